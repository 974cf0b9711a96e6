"""A seed written in traditional characters reads as the seed itself.

Each seed is converted with OpenCC's ``s2t``; counts, sections and placeholders of the
conversion must agree with those of the original within 2%, and every span must still
index the converted source.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

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


def test_canonical_sets_and_problem_statements_agree(
    converted: dict[str, tuple[Document, Document]]
) -> None:
    for name, (simp, trad) in converted.items():
        # the same canonical forms (四個意識 read as 四个意识), none left in traditional
        assert set(simp.slogans["canonical"]) == set(trad.slogans["canonical"]), name
        ia, ib = simp.issues, trad.issues
        assert _within(len(ia), len(ib)), (name, len(ia), len(ib))
        assert ia["start"].tolist() == ib["start"].tolist(), name
        # each slogan is the writing of the traditional source at its span
        for row in trad.slogans.itertuples():
            assert trad.text[row.start:row.end] == row.slogan, (name, row)


def test_script_is_detected_per_document(
    converted: dict[str, tuple[Document, Document]], tmp_path: Path
) -> None:
    from govtext import read_corpus, stats

    for name, (simp, trad) in converted.items():
        assert (simp.script, trad.script) == ("simplified", "traditional"), name
        (tmp_path / name).write_text(trad.text, encoding="utf-8")
        (tmp_path / ("s_" + name)).write_text(simp.text, encoding="utf-8")
    df = read_corpus(tmp_path)
    want = ["simplified" if p.startswith("s_") else "traditional" for p in df["doc_id"]]
    assert df["script"].tolist() == want
    table = stats(df.head(2))
    assert table["script"].tolist() == want[:2]


def test_mixed_script_and_policy() -> None:
    from govtext import Config
    from govtext.normalization import detect_script

    mixed = "堅持四個意識，增強四個自信。坚持两个维护，落实全面从严治党。"
    assert detect_script(mixed) == "mixed"
    assert Document(mixed).slogans["canonical"].tolist() == [
        "四个意识", "四个自信", "两个维护", "全面从严治党"]
    # t2s=False reads the characters as written: the traditional forms are not found
    kept = Document(mixed, config=Config(t2s=False)).slogans["canonical"].tolist()
    assert "四个意识" not in kept


def test_length_changing_conversion_keeps_offsets_exact() -> None:
    from govtext.normalization import convert_one_to_one

    table = {"電腦網絡": "计算机网络", "電": "电", "腦": "脑", "網": "网", "絡": "络"}

    def convert(s: str) -> str:
        out = s.replace("電腦網絡", table["電腦網絡"])
        return "".join(table.get(c, c) if len(c) == 1 else c for c in out)

    text = "加強電腦網絡安全\n堅持四個意識"
    out = convert_one_to_one(text, convert)
    assert len(out) == len(text)
    assert out.split("\n")[0] == "加強电脑网络安全"
    assert all(a == b or convert(a) == b for a, b in zip(text, out, strict=True))
