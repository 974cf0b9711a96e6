"""A long one-line text is analysed piece by piece: the results are those of the whole.

The analyses of ``stats`` work on pieces of a long text (code points, masks, painted
sections, token lists) so that memory stays bounded; these tests make the pieces tiny
and compare every analysis with the default run, and check the inline enumerations'
linear-time selection against the direct one.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import govtext._protect
import govtext._required
import govtext._util
import govtext.commitments
import govtext.normalization
import govtext.sections
from govtext.document import Document
from govtext.sections import _accept_lists
from govtext.summary import COLUMN_GROUPS, document_stats
from govtext.tokenizer import Tokenizer

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _one_line(n_chars: int) -> str:
    """The seed reports joined without their line breaks, the first ``n_chars``."""
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    return text.replace("\n", "")[:n_chars]


def _analyses(text: str) -> tuple[dict[str, object], list[pd.DataFrame]]:
    doc = Document(text)
    row: dict[str, object] = {}
    for group in COLUMN_GROUPS:
        row.update(group(doc))
    frames = [
        doc.sections,
        doc.sentences,
        doc.tokens,
        doc.slogan_hits,
        doc.placeholders,
        doc.commitments,
        doc.issues,
    ]
    return row, frames


@pytest.mark.parametrize("piece", [1, 7, 500])
def test_tiny_pieces_give_the_whole_text_analyses(
    monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    text = _one_line(12_000)
    want_row, want_frames = _analyses(text)
    for module, name in [
        (govtext.normalization, "_PIECE"),
        (govtext._protect, "_PIECE"),
        (govtext._required, "_PIECE"),
        (govtext._util, "_HAN_PIECE"),
        (govtext.commitments, "_HAN_PIECE"),
        (govtext.sections, "_PAINT_WINDOW"),
        (govtext.sections, "_SPACE_PIECE"),
    ]:
        monkeypatch.setattr(module, name, piece)
    monkeypatch.setitem(govtext.commitments._rows.__kwdefaults__, "size", piece)
    got_row, got_frames = _analyses(text)
    assert {k: str(v) for k, v in got_row.items()} == {k: str(v) for k, v in want_row.items()}
    for got, want in zip(got_frames, want_frames, strict=True):
        pd.testing.assert_frame_equal(got, want, check_exact=True)
    assert want_row["n_commitments"] and want_row["n_slogans"]  # the text has some


@pytest.mark.parametrize("chunk_chars", [1, 40, 3000])
def test_token_pieces_join_to_the_tokens(chunk_chars: int) -> None:
    text = _one_line(8_000)
    doc = Document(text)
    tok = Tokenizer()
    tokens, starts, ends, kinds = tok.token_arrays(text, spans=doc.protected)
    pieces = list(tok.iter_token_arrays(text, spans=doc.protected, chunk_chars=chunk_chars))
    assert len(pieces) > 1
    assert [t for p in pieces for t in p[0]] == tokens
    for i, whole in ((1, starts), (2, ends), (3, kinds)):
        np.testing.assert_array_equal(np.concatenate([p[i] for p in pieces]), whole)


def test_token_counts_from_pieces_or_arrays() -> None:
    text = _one_line(6_000)
    counted = Document(text).token_counts
    doc = Document(text)
    tokens = doc.tokens
    words = tokens[~tokens["kind"].isin(["punct", "space"])]["token"]
    assert doc.token_counts == counted == (len(words), words.nunique())


def test_released_analyses_give_the_same_row() -> None:
    text = _one_line(10_000)
    kept = Document(text)
    row = document_stats(kept)  # a Document keeps its analyses
    assert {"protected", "commitment_rows", "token_counts"} <= set(vars(kept))
    released = document_stats(text)  # a text's analyses are released as it goes
    assert list(released) == list(row)
    assert {k: str(v) for k, v in released.items()} == {k: str(v) for k, v in row.items()}
    doc = Document(text)
    n = len(doc.slogans)
    doc.release("slogans", "protected")
    assert "protected" not in vars(doc)
    assert len(doc.slogans) == n
    with pytest.raises(govtext._util.ParameterError, match=r"Document\.release"):
        doc.release("nothing")


def test_one_line_counts_equal_those_with_line_breaks() -> None:
    """Characters, tokens and matches do not depend on line breaks after sentence ends."""
    text = _one_line(10_000)
    lines = text.replace("。", "。\n")
    one, broken = document_stats(text), document_stats(lines)
    for column in (
        "n_han",
        "n_tokens",
        "n_types",
        "n_slogans",
        "distinct_slogans",
        "top_slogans",
        "n_placeholders",
    ):
        assert one[column] == broken[column], column
    assert broken["n_paragraphs"] > one["n_paragraphs"]


def _accept_direct(spans: list[list[tuple[int, int, int, str]]]) -> list[tuple[object, int]]:
    """The selection of inline lists, comparing each with every list kept before."""
    accepted: list[tuple[list[tuple[int, int, int, str]], int]] = []
    for items in spans:
        s, e = items[0][0], items[-1][1]
        host = None
        clash = False
        for acc, _depth in accepted:
            a_s, a_e = acc[0][0], acc[-1][1]
            if e <= a_s or s >= a_e:
                continue
            inside = [it for it in acc if it[0] <= s and e <= it[1]]
            if inside:
                host = inside[0]
            else:
                clash = True
        if clash:
            continue
        accepted.append((items, 0 if host is None else 1))
    return accepted  # type: ignore[return-value]


@pytest.mark.parametrize("seed", range(30))
def test_inline_lists_kept_as_by_the_direct_rule(seed: int) -> None:
    rng = random.Random(seed)
    spans = []
    for _ in range(rng.randrange(1, 60)):
        pos = rng.randrange(0, 400)
        items = []
        for _k in range(rng.randrange(2, 5)):
            end = pos + rng.randrange(1, 40)
            items.append((pos, end, _k + 1, "一是"))
            pos = end
        spans.append(items)
    spans.sort(key=lambda it: it[0][0] - it[-1][1])  # widest first, as _inline_items
    assert _accept_lists(spans) == _accept_direct(spans)
