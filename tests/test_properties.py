"""Properties of every analyser on generated report-like text (hypothesis).

The text mixes fragments of report prose with heading markers, masks, quotes, numbers,
line breaks, spaces, full- and half-width punctuation and any other character.  Every
analyser must run without an exception and report spans inside the text whose text is
the text it reports; sections partition the text, the tokenizer loses nothing and
``normalize_with_offsets`` maps back exactly (the checks live in ``tests/fuzz_seeds.py``,
shared with the mutation fuzz).
"""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govtext
from govtext.document import ANALYSES, Document
from govtext.summary import document_stats
from tests.fuzz_seeds import MASKS, ODD, QUOTES, check_normalized, check_sections, check_spans

FRAGMENTS = (
    "坚持以党的政治建设为统领", "全面从严治党", "树牢“四个意识”", "坚决做到“两个维护”",
    "认真落实“一岗双责”", "全年开展专题学习不少于X次", "存在的问题", "主要问题：", "原因分析",
    "下一步工作打算", "2023年工作要点", "一年来，", "我们将继续", "要加强", "必须",
    "思想认识不够到位", "整改落实不彻底", "召开会议12次", "覆盖率达到95%", "同比增长3.5个百分点",
    "某某同志", "XX局党组", "（2023年3月5日）", "特此报告。", "中共XX委员会", "各位代表：",
)
HEADINGS = (
    "一、", "二、", "十、", "（一）", "（二）", "(三)", "1.", "2．", "3、", "（1）", "(2)", "①",
    "第一部分", "第二章", "第三条", "一是", "二是", "三是", "首先，", "其次，", "一方面，",
)
PUNCTUATION = ("。", "，", "、", "；", "：", "！", "？", ".", ",", ";", ":", "!", "?", "…", "——")
SPACE = ("\n", "\n\n", "\r\n", " ", "\u3000", "\t", "\u3000\u3000")
NUMBERS = st.integers(min_value=0, max_value=10**6).map(str) | st.sampled_from(
    ("２０２３", "一百二十", "〇", "3.5%", "１２％", "1,000")
)
PIECES = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.sampled_from(HEADINGS),
    st.sampled_from(MASKS),
    st.sampled_from(QUOTES),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(SPACE),
    st.sampled_from(ODD),
    NUMBERS,
    st.text(st.characters(exclude_categories=("Cs",)), max_size=3),
)
#: Report-like text: mostly prose and structure, now and then anything.
REPORTS = st.lists(PIECES, max_size=60).map("".join)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(REPORTS)
def test_tokenizer_is_lossless(text: str) -> None:
    assert "".join(govtext.tokenize(text)) == text
    assert "".join(govtext.Tokenizer().cut(text)) == text


@FAST
@given(REPORTS)
def test_normalize_with_offsets_maps_back_exactly(text: str) -> None:
    check_normalized(text)


@FAST
@given(REPORTS)
def test_sections_partition_the_text(text: str) -> None:
    check_sections(govtext.segment_sections(text), text)


@FAST
@given(REPORTS)
def test_sentences_are_spans_of_the_text(text: str) -> None:
    check_spans(govtext.segment_sentences(text), text, "sentence", "sentences")


@FAST
@given(REPORTS)
def test_slogans_are_spans_of_the_text(text: str) -> None:
    check_spans(govtext.extract_slogans(text), text, "slogan", "slogans")


@FAST
@given(REPORTS)
def test_placeholders_are_spans_of_the_text(text: str) -> None:
    check_spans(govtext.extract_placeholders(text), text, "text", "placeholders")


@FAST
@given(REPORTS)
def test_commitments_are_spans_of_the_text(text: str) -> None:
    check_spans(govtext.extract_commitments(text), text, "sentence", "commitments")


@FAST
@given(REPORTS)
def test_issues_are_spans_of_the_text(text: str) -> None:
    check_spans(govtext.extract_issues(text), text, "statement", "issues")


@FAST
@given(REPORTS, st.sampled_from(("两个", "XX", "。", "四个意识", "\n", "问题")))
def test_kwic_matches_are_spans_of_the_text(text: str, pattern: str) -> None:
    corpus = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    hits = govtext.kwic(corpus, pattern, window=4)
    check_spans(hits, text, "match", "kwic")
    for left, right, s, e in zip(hits["left"], hits["right"], hits["start"], hits["end"],
                                 strict=True):
        assert left == text[max(0, s - 4) : s] and right == text[e : e + 4]


@FAST
@given(REPORTS)
def test_document_analyses_and_stats(text: str) -> None:
    doc = Document(text)
    for name in ANALYSES:
        doc.analysis(name)
    check_spans(doc.tokens, text, "token", "tokens")
    check_spans(doc.slogan_hits, text, "slogan", "slogan hits")
    check_sections(doc.sections, text)
    row = document_stats(doc)
    assert row["n_chars"] == len(text)
    structural = (doc.sections["level"] > 0) & ~doc.sections["inline"]
    assert row["n_sections"] == int(structural.sum())  # inline items are not counted


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(REPORTS, min_size=1, max_size=4))
def test_stats_of_a_corpus_has_one_row_per_document(texts: list[str]) -> None:
    corpus = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts})
    table = govtext.stats(corpus, progress=False)
    assert table["doc_id"].tolist() == corpus["doc_id"].tolist()
    assert table["n_chars"].tolist() == [len(t) for t in texts]
