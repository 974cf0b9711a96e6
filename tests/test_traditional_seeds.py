"""A seed written in traditional characters reads as the seed itself.

Each seed is converted with OpenCC's ``s2t``; counts, sections and placeholders of the
conversion must agree with those of the original within 2%, and every span must still
index the converted source.
"""

from __future__ import annotations

from collections import Counter

import pytest

from govtext.document import Document

opencc = pytest.importorskip("opencc")


def _within(a: int, b: int, share: float = 0.02) -> bool:
    return abs(a - b) <= share * max(a, b)


@pytest.fixture(scope="module")
def converted(seed_texts: dict[str, str]) -> dict[str, tuple[Document, Document]]:
    cc = opencc.OpenCC("s2t")
    out = {}
    for name, text in seed_texts.items():
        trad = cc.convert(text)
        assert trad != text, name  # the conversion changed the text
        out[name] = (Document(text), Document(trad))
    return out


def test_counts_agree(converted: dict[str, tuple[Document, Document]]) -> None:
    for name, (simp, trad) in converted.items():
        for what in ("slogans", "commitments", "issues", "placeholders", "sentences"):
            a, b = len(getattr(simp, what)), len(getattr(trad, what))
            assert _within(a, b), (name, what, a, b)
        # canonical forms are merged: 四個意識 counts as 四个意识
        ca = Counter(simp.slogans["canonical"])
        cb = Counter(trad.slogans["canonical"])
        assert sum((ca - cb).values()) <= 0.02 * sum(ca.values()), name


def test_sections_agree(converted: dict[str, tuple[Document, Document]]) -> None:
    for name, (simp, trad) in converted.items():
        a = simp.sections[~simp.sections["inline"]]
        b = trad.sections[~trad.sections["inline"]]
        assert _within(len(a), len(b)), name
        same = sum(x == y for x, y in zip(a["kind"], b["kind"], strict=False))
        assert same >= 0.98 * len(a), name
        assert a["start"].tolist() == b["start"].tolist(), name  # s2t keeps lengths here


def test_placeholders_agree_and_index_the_source(
    converted: dict[str, tuple[Document, Document]]
) -> None:
    for name, (simp, trad) in converted.items():
        pa, pb = simp.placeholders, trad.placeholders
        assert _within(len(pa), len(pb)), name
        same = sum(x == y for x, y in zip(pa["kind"], pb["kind"], strict=False))
        assert same >= 0.98 * len(pa), name
        for row in pb.itertuples():
            assert trad.text[row.start:row.end] == row.text
