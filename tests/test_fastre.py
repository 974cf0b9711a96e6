"""Patterns rewritten by ``govtext._fastre.literal_first`` match as the ones written.

Every rewritten pattern of the package is compared with the pattern as written, on
generated texts: the same matches (spans and groups) from ``finditer``, ``search``
from every position, and ``match`` at every position.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext._fastre import literal_first
from govtext.cues import load_commitment_cues

CUES = load_commitment_cues()

EXAMPLES = [
    r"(?<![为除])了|已经",
    r"(?:增长|下降)[0-9]|建成",
    r"^(?:这|从[^，]{1,10}看)|这将是|这就是",
    r"[一两三五十]年来|去年|上年(?!度)",
    r"(?:决|绝)?不能(?=放松)|必须",
    r"(?:a|b)??c|d",
    r"[ab]{1,3}c|x",
    r"\bx|y",
    r"(?P<n>[ab])c|d",
    r"(a)?b|c",
]


def _twins() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """The rewritten patterns of the package (``X_FAST``) and the ones written (``X_RE``)."""
    from govtext import commitments, sections

    found = [(f"cue {kind}", p, CUES.fast[kind]) for kind, p in CUES.patterns.items()]
    for module in (sections, commitments):
        for name in dir(module):
            if name.endswith("_FAST"):
                written = getattr(module, name[: -len("_FAST")] + "_RE")
                found.append((name, written, getattr(module, name)))
    return found


def _packaged() -> list[tuple[str, re.Pattern[str]]]:
    return [(name, written) for name, written, _fast in _twins()]


def test_the_package_searches_with_the_rewritten_patterns() -> None:
    twins = _twins()
    assert len(twins) > len(CUES.patterns)
    for name, written, fast in twins:
        assert fast.pattern == literal_first(written).pattern, name


PATTERNS = [(p, re.compile(p)) for p in EXAMPLES] + _packaged()

PIECES = [
    "已经", "已", "了", "了解", "为了", "罢了", "除了", "累计", "以来", "年来", "一年来", "去年",
    "上年", "上年度", "将", "将要", "将继续", "我们将", "要求", "要", "主要", "必须", "不能",
    "决不能", "放松", "力争", "每季度", "年底前", "到2025年", "2023年", "12月", "不少于", "X次",
    "**次", "是", "是：", "之年", "正在", "不够", "不足之处", "这", "从", "看", "增长", "下降",
    "5.6%", "建成", "新增", "推进", "加快", "扎实推进", "左右", "预期", "完成", "取得", "实现了",
    "目标", "任务", "回顾", "党组", "○○党组", "XX局", "。", "；", "，", "：", "\n", " ", "a", "b",
    "c", "d", "x", "y", "1", "9", "以上", "4万人以上", "增长4%以上", "存在", "还有", "问题", "差距",
    "薄弱环节", "挑战", "风险", "清醒看到", "仍存在一些问题。", "但",
]
texts = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_rewritten_pattern_keeps_groups_and_flags(name: str, pattern: re.Pattern[str]) -> None:
    fast = literal_first(pattern)
    assert fast.groups == pattern.groups and fast.groupindex == pattern.groupindex
    assert fast.flags == pattern.flags


@settings(max_examples=400, deadline=None)
@given(texts)
def test_rewritten_patterns_match_as_written(text: str) -> None:
    for _name, pattern in PATTERNS:
        fast = literal_first(pattern)
        assert _matches(fast, text) == _matches(pattern, text), (pattern.pattern, text)
        for pos in range(len(text) + 1):
            a, b = pattern.search(text, pos), fast.search(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
            a, b = pattern.match(text, pos), fast.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_rewrites() -> None:
    assert literal_first(re.compile(r"(?<![为除])了|已经")).pattern == "了(?<![为除]了)|已经"
    assert literal_first(re.compile(r"[一两]年来")).pattern == "一年来|两年来"
    assert literal_first(re.compile(r"^这|那")).pattern == "这(?<=^这)|那"
    # a capturing group at the start of a branch is left as written
    p = re.compile(r"(?P<n>[ab])c|d")
    assert literal_first(p) is p
    # already literal first
    p = re.compile("已经|累计")
    assert literal_first(p) is p


INLINE_PIECES = ["一是", "二是", "三要", "十二是", "一", "二", "是", "要", "否", "第一，", "第二：",
                 "首先，", "其次、", "再次", "最后：", "一方面", "另一方面", "。", "；", "，", " ",
                 "\n", "学习", "工作"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(INLINE_PIECES), max_size=25).map("".join))
def test_inline_markers_are_found_as_written(text: str) -> None:
    from govtext.sections import _INLINE_FIND, _INLINE_RE, _inline_matches

    expected = [(m.span(), m.groupdict()) for m in _INLINE_RE.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in _inline_matches(text)] == expected
    assert [m.span() for m in _INLINE_FIND.finditer(text)] == [span for span, _ in expected]
    assert _INLINE_FIND.groups == 0


def test_without_groups() -> None:
    p = re.compile(r"(?P<n>[ab])c|d")
    assert literal_first(p, groups=False).pattern == "ac|bc|d"


@settings(max_examples=300, deadline=None)
@given(texts)
def test_prefilters_of_the_section_kinds_never_skip_a_match(text: str) -> None:
    from govtext import sections

    # a sentence without the words is not searched: none of its matches is lost
    if sections._TARGET_RE.search(text):
        assert sections._TARGET_WORD_RE.search(text)
    if sections._TARGET_FIGURE_RE.search(text):
        assert "以上" in text
    if sections._SENTENCE_YEAR_RE.search(text):
        assert "年" in text
    for pattern in (sections._PROBLEM_TURN_RE, sections._PROBLEM_WORD_RE,
                    sections._PROBLEM_INTRO_RE, sections._STRICT_TURN_RE):
        if pattern.search(text):
            assert sections._TURN_WORD_RE.search(text)
