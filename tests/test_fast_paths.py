"""The fast paths of the pipeline give what the plain implementations give.

Each faster routine is checked against a straightforward reference (the per-character
loop or per-sentence search it replaced) on generated texts: the character filter of
``govtext._required`` never skips a span where the pattern matches, its ``finditer``
finds the same matches, the sentence scanner, section lookups and commitment decisions
agree with their references, and the raw results a ``Document`` shares with ``stats``
agree with the tables it builds from them.
"""

from __future__ import annotations

import math
import re
from typing import Any

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext._required import CharFilter, finditer, requirement
from govtext.commitments import (
    _ARABIC_QTY_RE,
    _QUOTED_RE,
    _blank_quoted,
    _cues,
    _filtered_patterns,
    _is_commitment,
    _LazyCues,
    commitment_measures,
    load_commitment_cues,
)
from govtext.document import Document
from govtext.normalization import normalize_with_offsets, uses_blank_line_paragraphs
from govtext.sections import (
    _CLOSERS,
    _INLINE_RE,
    _MAX_DEPTH,
    _OPENERS,
    _QUOTE_CLOSERS,
    _SENT_END,
    _TERMINATORS,
    _first_sentence_end,
    _paint,
    kind_shares,
    section_kind_at,
    segment_sections,
    sentence_spans,
)
from govtext.slogans import extract_slogans
from govtext.tokenizer import Tokenizer

CUES = load_commitment_cues()
PATTERNS = [
    *_filtered_patterns(CUES),
    _INLINE_RE,
    re.compile(r"(?<![为除])了(?![解结])|已经|^这"),
    re.compile(r"到\d{4}年|(?:年底|月末)(?:前|以前)|[一二三]{1,2}月前"),
    re.compile(r"(?:a|b)?c+|d[^e]{0,3}f"),
    re.compile(r"x*y|(?:zz|z)w"),
]

# pieces that make the patterns match, and characters around them
PIECES = [
    "已经", "已", "了解", "为了", "累计", "以来", "将继续", "我们将", "要求", "要", "主要", "必须",
    "力争", "每季度", "年底前", "到2025年", "不少于", "X次", "**次", "3次", "95%", "“四个意识”",
    "《条例》", "是", "正在", "不够", "这", "一是", "二是", "第一，", "首先，", "其次，", "一方面",
    "另一方面", "否", "。", "；", "，", "\n", " ", "\u3000", "（", "）", "a", "b", "c", "d", "e",
    "f", "x", "y", "z", "w", "1", "9", "年", "月", "前", "以前", "学习", "工作", "落实",
]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


# --------------------------------------------------------------------------- CharFilter


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_filter_never_skips_a_span_with_a_match(text: str, data: Any) -> None:
    n = len(text)
    bounds = sorted(data.draw(st.lists(st.integers(0, n), min_size=2, max_size=8)))
    starts, ends = bounds[0::2], bounds[1::2]
    starts = starts[: len(ends)]
    may = CharFilter(text, PATTERNS).contains(starts, ends)
    # also spans out of order and overlapping (the general path)
    s2 = data.draw(st.lists(st.integers(0, n), min_size=1, max_size=4))
    e2 = [min(n, s + data.draw(st.integers(0, 6))) for s in s2]
    may2 = CharFilter(text, PATTERNS).contains(s2, e2)
    for flags, ss, es in ((may, starts, ends), (may2, s2, e2)):
        for row, s, e in zip(flags, ss, es, strict=True):
            for flag, pattern in zip(row, PATTERNS, strict=True):
                if pattern.search(text[s:e]):
                    assert flag, (pattern.pattern, text[s:e])


@settings(max_examples=100, deadline=None)
@given(texts)
def test_filter_with_replacement_characters(text: str) -> None:
    # the commitment searches run on sentences whose quotes are blanked by spaces and
    # whose exclusions are masked by NUL characters: the filter must still hold
    may = CharFilter(text, PATTERNS, ignore=" \0").contains([0], [len(text)])[0]
    masked = CUES.patterns["exclude"].sub(lambda m: "\0" * len(m.group()), _blank_quoted(text))
    for flag, pattern in zip(may, PATTERNS, strict=True):
        if pattern.search(masked) or pattern.search(masked.lstrip()):
            assert flag, (pattern.pattern, masked)


def test_patterns_without_requirement_are_always_searched() -> None:
    assert requirement(re.compile("a?")) is None
    assert requirement(re.compile("[^a]")) is None
    may = CharFilter("bbb", [re.compile("a?"), re.compile("a")]).contains([0], [3])
    assert may.tolist() == [[True, False]]


def test_filter_prunes_most_sentences_of_a_report(seed_texts: dict[str, str]) -> None:
    # not a timing: the filter must actually skip searches to be of any use
    text = next(iter(seed_texts.values()))
    nt = normalize_with_offsets(text)
    starts, ends = Document(text).sentence_spans
    n_s, n_e = np.searchsorted(nt.index, starts), np.searchsorted(nt.index, ends)
    may = CharFilter(nt.text, _filtered_patterns(CUES), ignore=" \0").contains(n_s, n_e)
    assert may.mean() < 0.6


# --------------------------------------------------------------------------- finditer


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_finditer_finds_the_same_matches(text: str, data: Any) -> None:
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    for pattern in (*PATTERNS, _ARABIC_QTY_RE, _QUOTED_RE):
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text, pos, endpos)]
        got = [(m.span(), m.groups()) for m in finditer(pattern, text, pos, endpos)]
        assert got == expected, pattern.pattern


# --------------------------------------------------------------------------- sentences


def _reference_sentence_spans(text: str) -> list[tuple[int, int]]:
    """The per-character scanner (the definition of the sentence rules)."""
    nt = normalize_with_offsets(text)
    norm = nt.text
    blank_mode = uses_blank_line_paragraphs(norm)
    spans: list[tuple[int, int]] = []
    stack: list[str] = []
    start = 0
    n = len(norm)
    i = 0

    def paragraph_break(i: int) -> bool:
        j = i + 1
        while j < n and norm[j] in " \t\u3000":
            j += 1
        return j >= n or norm[j] == "\n"

    def close(end: int) -> None:
        s, e = start, end
        while s < e and norm[s].isspace():
            s += 1
        while e > s and norm[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(nt.span_to_source(s, e))

    while i < n:
        ch = norm[i]
        if ch == "\n" and (not blank_mode or paragraph_break(i)):
            close(i)
            stack.clear()
            start = i + 1
        elif ch in _OPENERS and len(stack) < _MAX_DEPTH:
            stack.append(_OPENERS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
        elif ch in _CLOSERS and ch in stack:
            while stack and stack.pop() != ch:
                continue  # pop up to the matching opener
        elif ch in _TERMINATORS:
            if not stack:
                end = i + 1
                while end < n and norm[end] in _TERMINATORS:
                    end += 1
                close(end)
                start = end
                i = end
                continue
            if stack[-1] in _QUOTE_CLOSERS and len(stack) == 1 and i + 1 < n:
                j = i + 1
                while j < n and norm[j] in _TERMINATORS:
                    j += 1
                if j < n and norm[j] == stack[-1]:
                    stack.pop()
                    close(j + 1)
                    start = j + 1
                    i = j + 1
                    continue
        i += 1
    close(n)
    return spans


SENTENCE_ALPHABET = [
    *"。！？；!?;“”‘’「」『』（）()《》【】[]〔〕〈〉",
    *"\n\n  \u3000\t政府报告a1，、：",
    "\n\n",
    "\u200b",
    "１",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_ALPHABET), max_size=60).map("".join))
def test_sentence_scanner_matches_the_per_character_reference(text: str) -> None:
    assert sentence_spans(text) == _reference_sentence_spans(text)


def _reference_first_sentence_end(text: str, start: int = 0) -> int:
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS and depth:
            depth -= 1
        elif ch in _SENT_END and depth == 0:
            return i + 1
    return len(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_ALPHABET), max_size=40).map("".join), st.data())
def test_first_sentence_end_matches_reference(text: str, data: Any) -> None:
    start = data.draw(st.integers(0, len(text)))
    assert _first_sentence_end(text, start) == _reference_first_sentence_end(text, start)


# --------------------------------------------------------------------------- sections

SECTION_PIECES = [
    "一、工作情况\n", "二、存在问题\n", "三、下步打算\n", "（一）加强学习。", "一是学习不够；",
    "二是监督不够。", "我们将继续推进。", "\n", "  ", "存在的主要问题是：", "下一步，",
    "专此报告。",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SECTION_PIECES), max_size=15).map("".join), st.data())
def test_section_lookups_match_reference(text: str, data: Any) -> None:
    sections = segment_sections(text)
    positions = data.draw(st.lists(st.integers(-2, len(text) + 2), max_size=10))
    # reference: paint labels, then look each label up
    n = int(sections["end"].max()) if len(sections) else 0
    painted = _paint(sections, n, np.asarray(sections.index, dtype=np.int64), -1)
    kinds = dict(zip(sections.index, sections["kind"], strict=True))
    expected = [
        "other" if not 0 <= p < n or painted[p] < 0 else str(kinds[int(painted[p])])
        for p in positions
    ]
    assert section_kind_at(sections, positions).tolist() == expected
    # kind shares: the non-space mask as str.isspace() gives it
    shares = kind_shares(sections, text)
    mask = np.array([not c.isspace() for c in text], dtype=bool)
    codes = {"other": 0, "review": 1, "problems": 2, "causes": 3, "plans": 4, "mixed": 5}
    values = np.array([codes.get(str(k), 0) for k in sections["kind"]], dtype=np.int64)
    paint = _paint(sections, len(text), values, 0)
    total = int(mask.sum())
    for kind, i in codes.items():
        count = int((paint[mask] == i).sum())
        if total:
            assert shares[kind] == count / total
        else:
            assert math.isnan(shares[kind])


# --------------------------------------------------------------------------- commitments


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["plans", "review", "problems", "causes", "other"]))
def test_lazy_cues_decide_as_the_reference(sentence: str, mode: str) -> None:
    clean = _blank_quoted(sentence)
    reference = _cues(clean, CUES)
    for may in (
        (1 << len(_filtered_patterns(CUES))) - 1,
        int(
            CharFilter(sentence, _filtered_patterns(CUES), ignore=" \0").masks(
                [0], [len(sentence)]
            )[0]
        ),
    ):
        lazy = _LazyCues(clean, CUES, may)
        decided = lazy.is_commitment(mode)
        assert decided == _is_commitment(reference, mode)
        assert (lazy.retro, lazy.statement) == (reference.retro, reference.statement)
        if decided or not (lazy.retro or lazy.statement):
            assert (lazy.forward or lazy.target) == (reference.forward or reference.target)


# --------------------------------------------------------------------------- Document


def test_document_raw_results_agree_with_its_tables(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        doc = Document(text)
        starts, ends = doc.sentence_spans
        assert doc.sentences["start"].tolist() == starts.tolist()
        assert doc.sentences["end"].tolist() == ends.tolist()
        pd.testing.assert_frame_equal(doc.tokens, Tokenizer().tokenize(text))
        pd.testing.assert_series_equal(
            pd.Series(commitment_measures(doc.commitment_rows, doc.n_han), dtype=float),
            pd.Series(commitment_measures(doc.commitments, doc.n_han), dtype=float),
        )
        assert [p.kind for p in doc.placeholder_rows] == doc.placeholders["kind"].tolist()
        assert [r["category"] for r in doc.issue_rows] == doc.issues["category"].tolist()
        hits, nested = doc.slogan_rows
        pd.testing.assert_frame_equal(doc.slogan_hits, extract_slogans(text, nested=True))
        assert [h.canonical for h in hits] == doc.slogan_hits["canonical"].tolist()
        assert nested == doc.slogan_hits["nested"].tolist()
        pd.testing.assert_frame_equal(doc.sections, segment_sections(text))
        for column in doc.sections.columns:  # a missing number is None, NA in the table
            values = [None if v is pd.NA else v for v in doc.sections[column].tolist()]
            assert doc.section_columns[column].tolist() == values
