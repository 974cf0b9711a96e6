"""The faster paths give the results of the plain ones; the inputs of
``benchmarks/bench_pathological.py`` in small versions (correctness and work counted,
never a wall-clock time)."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext import Tokenizer, discover_phrases, read_text
from govtext._protect import find_protected
from govtext.document import Document
from govtext.io import markdown_to_text
from govtext.summary import document_stats

sys.path.insert(0, str(Path(__file__).parent))
from test_scaling import count_lines

_PIECES = [
    "坚持", "“四个意识”", "三会一课", "**次", "XX局", "2022年", "95%", "，", "。", "\n", "\r\n",
    " ", "\u3000", "ａｂ", "１２", "全面从严治党", "一国两制", "abc", "12.5亿元", "“三真三实”",
    "十四五规划", "的", "\t", "某某", "〇",
]


def per_gap_tokens(tok: Tokenizer, text: str) -> list[str]:
    """The engine called on each gap between protected spans (the plain way)."""
    engine = tok._engine()
    spans = find_protected(text)
    out: list[str] = []
    pos = 0
    for s, e in zip(spans.starts, spans.ends, strict=True):
        out.extend(engine.cut(text[pos:s]) if s > pos else [])
        out.append(text[s:e])
        pos = e
    if pos < len(text):
        out.extend(engine.cut(text[pos:]))
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_one_call_for_all_gaps_cuts_as_one_call_per_gap(pieces: list[str]) -> None:
    tok = Tokenizer()
    text = "".join(pieces)
    assert tok.cut(text) == per_gap_tokens(tok, text)


def test_one_call_for_all_gaps_on_the_state_council_corpus(gwr_records: list[dict]) -> None:
    tok = Tokenizer()
    for rec in gwr_records:
        text = rec["content"]
        assert tok.cut(text) == per_gap_tokens(tok, text)


def test_a_text_holding_the_separator_is_cut_gap_by_gap() -> None:
    tok = Tokenizer()
    text = "坚持“四个意识”\x00召开会议**次\x00"
    tokens = tok.cut(text)
    assert "".join(tokens) == text
    assert tokens == per_gap_tokens(tok, text)
    assert "四个意识" in tokens and "**" in tokens


def test_nested_writings_at_every_occurrence_of_a_repeated_slogan() -> None:
    text = "推进全面从严治党。" * 3 + "坚持全面从严治党。"
    hits = Document(text).slogan_hits
    inner = hits[hits["canonical"] == "从严治党"]
    outer = hits[hits["canonical"] == "全面从严治党"]
    assert len(outer) == 4 and len(inner) == 4
    assert (inner["start"].to_numpy() == outer["start"].to_numpy() + 2).all()


def test_phrases_count_and_doc_freq_as_plain_counts() -> None:
    texts = ["树牢四个意识，坚持四个意识。", "增强四个意识", "推进全面从严治党",
             "落实四个意识和全面从严治党"] * 3
    found = discover_phrases(pd.DataFrame({"text": texts}), min_count=3, min_pmi=0.0,
                             min_entropy=0.0)
    assert len(found) > 0
    for phrase, count, doc_freq in found[["phrase", "count", "doc_freq"]].values.tolist():
        occurrences = sum(
            sum(t.startswith(phrase, i) for i in range(len(t))) for t in texts
        )
        assert count == occurrences
        assert doc_freq == sum(phrase in t for t in texts)


_SENTENCE = "全面贯彻落实党的二十大精神，坚持“两个确立”，召开会议**次，完成投资12.5亿元。"
_MARKDOWN = "坚持**“两个确立”**，召开会议**次，研究*项议题，__重点__与~~删除~~，*未闭合**"


def test_markdown_long_line_with_stars() -> None:
    # every run of * closed by one of the same length: emphasis, left out
    paired = markdown_to_text(_MARKDOWN * 50)
    assert "*" not in paired and paired.count("“两个确立”") == 50
    # a lone * left over: the document writes masks with *, every * stays
    line = _MARKDOWN * 50 + "共*项"
    assert markdown_to_text(line) == line.replace("__重点__", "重点").replace("~~删除~~", "删除")
    ratio = count_lines(markdown_to_text, _MARKDOWN * 400) / count_lines(
        markdown_to_text, _MARKDOWN * 200
    )
    assert 1.5 < ratio < 2.6


def test_docx_of_many_paragraphs(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    # paragraphs of varied length, as a document has them (lines all of one length
    # would read as a hard-wrapped text: see govtext.normalization.soft_breaks)
    paragraphs = [f"{'一二三'[i // 20 % 3]}、重点工作" if i % 20 == 0
                  else "坚持“两个确立”，" * (i % 5) + _SENTENCE for i in range(400)]
    for p in paragraphs:
        document.add_paragraph(p)
    path = tmp_path / "many.docx"
    document.save(str(path))
    text = read_text(path)
    assert text == "\n".join(paragraphs)
    row = document_stats(text)
    assert row["n_paragraphs"] == 400
    assert row["n_sentences"] == 380 + 20  # a sentence each, and each heading


def test_stats_of_one_line_grow_linearly(tmp_path: Path) -> None:
    path = tmp_path / "one-line.txt"
    path.write_text(_SENTENCE * 300, encoding="utf-8")
    text = read_text(path)
    assert "\n" not in text
    row = document_stats(text)
    assert row["n_paragraphs"] == 1 and row["n_sentences"] == 300
    ratio = count_lines(document_stats, _SENTENCE * 400) / count_lines(
        document_stats, _SENTENCE * 200
    )
    assert 1.5 < ratio < 2.6
