"""Sentences and sections of official documents."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from govtext._fastre import literal_first
from govtext._patterns import DEFICIENCY_RE, RELATED_TRAILER_RE, is_page_chrome
from govtext._required import _start_pattern
from govtext._util import HAN, HAN_RE
from govtext.normalization import (
    NormalizedText,
    normalize_with_offsets,
    paragraph_spans,
    uses_blank_line_paragraphs,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "KINDS",
    "PARTS",
    "SECTION_COLUMNS",
    "SectionColumns",
    "clause_spans",
    "format_outline",
    "kind_shares",
    "kind_spans",
    "outline",
    "section_at",
    "section_columns",
    "section_kind_at",
    "segment_sections",
    "segment_sentences",
    "sentence_spans",
]

_TERMINATORS = set("。！？；!?;")
_OPENERS = {"“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "(": ")", "《": "》",
            "【": "】", "[": "]", "〔": "〕", "〈": "〉"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_QUOTE_CLOSERS = set("”’」』")
_MAX_DEPTH = 8


def _is_paragraph_break(norm: str, i: int) -> bool:
    """Whether the line break at ``norm[i]`` starts a blank line."""
    j = i + 1
    n = len(norm)
    while j < n and norm[j] in " \t\u3000":
        j += 1
    return j >= n or norm[j] == "\n"


# The characters the sentence scanner acts on; everything between them is skipped by
# the expression engine.  A run of terminators is one match: its end is where a
# sentence that ends there ends.
_SENTENCE_EVENT_RE = re.compile(
    "[\n" + re.escape("".join(_OPENERS) + "".join(_CLOSERS) + "".join(sorted(_TERMINATORS))) + "]"
    "(?:(?<=[" + re.escape("".join(sorted(_TERMINATORS))) + "])"
    "[" + re.escape("".join(sorted(_TERMINATORS))) + "]*)?"
)
_NOT_TERMINATOR_RE = re.compile("[^" + re.escape("".join(sorted(_TERMINATORS))) + "]|\\Z")


def _sentence_bounds(norm: str) -> list[tuple[int, int]]:
    """Sentence spans of the normalized text ``norm`` (normalized positions)."""
    # where paragraphs are separated by blank lines, a single line break is a soft wrap
    # (``细颗粒物（PM\n2.5\n）浓度``), not the end of a sentence
    blank_mode = uses_blank_line_paragraphs(norm)
    spans: list[tuple[int, int]] = []
    stack: list[str] = []
    start = 0
    n = len(norm)
    i = 0
    search = _SENTENCE_EVENT_RE.search
    after_terminators = _NOT_TERMINATOR_RE.search

    def close(end: int) -> None:
        s, e = start, end
        while s < e and norm[s].isspace():
            s += 1
        while e > s and norm[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))

    while True:
        m = search(norm, i)
        if m is None:
            break
        i = m.start()
        ch = norm[i]
        if ch == "\n":
            if not blank_mode or _is_paragraph_break(norm, i):
                close(i)
                stack.clear()  # quotes and brackets never span paragraphs
                start = i + 1
        elif ch in _OPENERS:
            if len(stack) < _MAX_DEPTH:
                # a straight quote cannot be told apart from its closing twin; curly ones can
                stack.append(_OPENERS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
        elif ch in _CLOSERS:
            if ch in stack:
                while stack and stack.pop() != ch:
                    pass
        elif ch in _TERMINATORS:
            if not stack:
                # close(end), inline: the sentence ends with a terminator (no space), and
                # starts at or before this one (not a space)
                end = m.end()  # after the run of terminators
                s = start
                while norm[s].isspace():
                    s += 1
                spans.append((s, end))
                start = i = end
                continue
            if stack[-1] in _QUOTE_CLOSERS and len(stack) == 1 and i + 1 < n:
                # “……。” ends the sentence at the closing quote
                j = after_terminators(norm, i + 1).start()  # type: ignore[union-attr]
                if j < n and norm[j] == stack[-1]:
                    stack.pop()
                    close(j + 1)
                    start = j + 1
                    i = j + 1
                    continue
        i += 1
    close(n)
    return spans


def clause_spans(norm: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``norm[start:end]``, in positions of ``norm``.

    ``norm`` is normalized text; the sentences are those of :func:`segment_sentences`
    (ending at 。！？；, never inside quotation marks or brackets), found in the slice
    only, so that a caller that reads one passage at a time stays linear in the text.

    Examples
    --------
    >>> clause_spans("甲。一是“学习不够；”二是作风不实。", 2)
    [(2, 11), (11, 18)]
    """
    stop = len(norm) if end is None else end
    return [(start + a, start + b) for a, b in _sentence_bounds(norm[start:stop])]


def sentence_spans(text: str, *, normalized: NormalizedText | None = None) -> list[tuple[int, int]]:
    r"""Source spans of the sentences of ``text`` (see :func:`segment_sentences`).

    Examples
    --------
    >>> sentence_spans("一是强化学习。二是“严”字当头；\n三是落实")
    [(0, 7), (7, 16), (17, 21)]

    In a text whose paragraphs are separated by blank lines, a single line break does
    not end a sentence:

    >>> sentence_spans("浓度（PM\n2.5\n）下降。\n\n第二段。\n\n第三段。\n\n第四段。")
    [(0, 14), (16, 20), (22, 26), (28, 32)]
    """
    nt = normalized if normalized is not None else normalize_with_offsets(text)
    bounds = _sentence_bounds(nt.text)
    if not bounds:
        return []
    starts, ends = nt.spans_to_source(*zip(*bounds, strict=True))
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


def segment_sentences(text: str, *, normalized: NormalizedText | None = None) -> pd.DataFrame:
    """Split a text into sentences.

    Sentences end at 。！？； (and their ASCII forms) and at paragraph breaks, never
    inside quotation marks or brackets; a closing quotation mark right after the end
    punctuation belongs to the sentence (``……。”``).  A soft line break inside a
    paragraph (in texts that separate paragraphs by blank lines) does not end a
    sentence.  Leading and trailing spaces are not part of a sentence.

    Parameters
    ----------
    text : str
        Source text.
    normalized : NormalizedText, optional
        ``normalize_with_offsets(text)`` when already computed.

    Returns
    -------
    pandas.DataFrame
        Columns ``sentence``, ``start``, ``end``; ``text[start:end] == sentence``.

    Examples
    --------
    >>> df = segment_sentences("树牢“四个意识”。他说：“要学习。”随后散会！")
    >>> df["sentence"].tolist()
    ['树牢“四个意识”。', '他说：“要学习。”', '随后散会！']
    >>> df[["start", "end"]].values.tolist()
    [[0, 9], [9, 18], [18, 23]]
    """
    nt = normalized if normalized is not None else normalize_with_offsets(text)
    return sentence_frame(text, *sentence_arrays(nt))


def sentence_arrays(nt: NormalizedText) -> tuple[Any, Any]:
    """Source ``start`` and ``end`` arrays of the sentences of a normalized text.

    The spans of :func:`segment_sentences`, without the table.

    Examples
    --------
    >>> starts, ends = sentence_arrays(normalize_with_offsets("一是学习。二是落实；"))
    >>> starts.tolist(), ends.tolist()
    ([0, 5], [5, 10])
    """
    import numpy as np

    bounds = _sentence_bounds(nt.text)
    if not bounds:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return nt.spans_to_source(*zip(*bounds, strict=True))


def sentence_frame(text: str, starts: Any, ends: Any) -> pd.DataFrame:
    """The table of :func:`segment_sentences` from the spans of :func:`sentence_arrays`.

    Examples
    --------
    >>> text = "一是学习。二是落实；"
    >>> sentence_frame(text, *sentence_arrays(normalize_with_offsets(text)))["sentence"].tolist()
    ['一是学习。', '二是落实；']
    """
    import pandas as pd

    sentences = [text[s:e] for s, e in zip(starts.tolist(), ends.tolist(), strict=True)]
    df: pd.DataFrame = pd.DataFrame(
        {
            "sentence": sentences,
            "start": pd.Series(starts, dtype="int64"),
            "end": pd.Series(ends, dtype="int64"),
        }
    )
    return df


# ---------------------------------------------------------------------------------------
# Sections
# ---------------------------------------------------------------------------------------

#: Section kinds, in the order :func:`section_kind_at` codes them.
KINDS: tuple[str, ...] = ("other", "review", "problems", "causes", "plans", "mixed")
#: Parts of a document (rows of level 0).
PARTS: tuple[str, ...] = (
    "header", "title", "salutation", "preamble", "body", "closing", "signature", "date", "trailer",
)
SECTION_COLUMNS: tuple[str, ...] = (
    "level", "marker", "number", "heading", "kind", "start", "end", "parent", "inline",
    "part", "body_start", "kind_source",
)

_CN_NUM = "一二三四五六七八九十"
_CN_VALUES = {c: i + 1 for i, c in enumerate(_CN_NUM)}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _cn_int(s: str) -> int | None:
    """Value of a Chinese numeral up to 99 (``十二`` is 12, ``二十`` is 20)."""
    if not s or any(c not in _CN_VALUES for c in s):
        return None
    if len(s) == 1:
        return _CN_VALUES[s]
    if len(s) == 2:
        a, b = s[0], s[1]
        if a == "十":
            return 10 + _CN_VALUES[b] if b != "十" else None
        if b == "十":
            return _CN_VALUES[a] * 10
        return None
    if len(s) == 3 and s[1] == "十" and s[0] != "十" and s[2] != "十":
        return _CN_VALUES[s[0]] * 10 + _CN_VALUES[s[2]]
    return None


_CN = f"[{_CN_NUM}]{{1,3}}"
# (type, pattern); the first group is the number.  Order matters: 第一部分 before 第一，
_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("第部分", re.compile(rf"第({_CN})部分")),
    ("第篇", re.compile(rf"第({_CN})篇")),
    ("第编", re.compile(rf"第({_CN})编")),
    ("第章", re.compile(rf"第({_CN})章")),
    ("第节", re.compile(rf"第({_CN})节")),
    ("第条", re.compile(rf"第({_CN})条")),
    ("（一）", re.compile(rf"[（(]({_CN})[）)]")),
    ("（1）", re.compile(r"[（(](\d{1,2})[）)]")),
    ("一、", re.compile(rf"({_CN})[、.．](?![二三四五六七八九十][、季产等级类])")),
    ("1.", re.compile(r"(\d{1,2})[.．](?![\d.．])")),
    ("1、", re.compile(r"(\d{1,2})、(?!\d)")),
    ("①", re.compile(f"([{_CIRCLED}])")),
    ("第一，", re.compile(rf"第({_CN})[，,、：:](?=\s*\S)")),
)


def _starts_of(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str] | None:
    """A class of the characters every match of one of ``patterns`` starts with, or None."""
    starts = [_start_pattern(p) for p in patterns]
    if any(s is None for s in starts):
        return None
    # each is a class ``[...]`` of escaped characters: one class of them all
    return re.compile("[" + "".join(s.pattern[1:-1] for s in starts if s is not None) + "]")


#: The first character of every numbering of ``_MARKERS`` (a text that does not open
#: with one is not matched against each).
_MARKER_START = _starts_of(p for _, p in _MARKERS)
_FIRST_ITEM_RE = re.compile(r"首先[，,：:]")
_BARE_CN_RE = re.compile(rf"({_CN})")
_SENT_END = "。！？；!?;"
_PARAGRAPH_END = set("。！？；!?;…”’）)：:")
_HAN_RE = HAN_RE  # the one definition of a Han character (govtext._util.HAN)

# --- parts ----------------------------------------------------------------------------
_SALUTATION_END = ("：", ":", "！", "!")
_NOT_SALUTATION = re.compile(r"如下|报告|汇报|情况|如次|以下|说明|通知")
_CLOSING_RE = re.compile(
    r"^(专此|特此|以上报告|以上汇报|妥否|当否|请审阅|请审议|请予审议|请批示|请审定|请阅示|"
    r"此致|敬礼)"
)
_DATE_RE = re.compile(
    r"^[（(]?(\d{4}|[〇○零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月"
    r"((\d{1,2}|[一二三四五六七八九十]{1,3})日)?[）)]?$"
)
_DATED_LINE_RE = re.compile(r"^(\d{4}|[〇○零一二三四五六七八九]{4})年[^，。]{1,6}月[^，。]{1,6}日")
_TRAILER_RE = re.compile(r"^(本作品(是|在|不)|Public domain|false$|注：中文维基文库|This work)")

# --- kinds --------------------------------------------------------------------------
_HEAD_PROBLEMS = re.compile(
    r"存在(的)?(主要|突出)?(问题|不足|差距)|问题(和|与|及|、)(不足|差距|困难)|不足(之处|和问题|与问题)"
    r"|差距(和|与)不足|主要问题|突出问题|^问题$|困难和问题|工作中的不足|薄弱环节|短板|^不足$"
    r"|面临的(问题|困难|挑战)|教训"
)
#: How a plan or a report was drafted (纲要编制过程, 起草情况): neither review nor plans.
_HEAD_DRAFTING_RE = re.compile(r"(编制|起草)(的)?(主要)?(过程|经过|背景|工作情况|情况)")
#: The situation a plan starts from, on its own (准确把握当前形势, 当前面临的形势): neither
#: work done nor to be done.
_HEAD_SITUATION_RE = re.compile(
    r"^(?:准确|正确|深刻|清醒|科学)?(?:把握|认清|分析|认识|研判)?(?:当前|面临的|当前面临的|新的)?"
    r"(?:形势|国内外形势|发展形势|发展环境|宏观环境)$"
)
_HEAD_CAUSES = re.compile(r"原因|根源|症结|成因")
_HEAD_OTHER = re.compile(
    r"^(?:结束语|结语|前言|引言|附件|附录|说明|附[件录]?[0-9一二三四五六七八九十]*[：:]?\s*"
    r"(?:名词解释|名词解析|术语解释|有关名词解释|注释|附表|附图))$"
)
#: The heading of an explanation appended to a report, on a line of its own and often
#: longer than other headings: 关于《XX县2025年……计划（草案）》主要指标的说明.
_EXPLANATION_HEADING_RE = re.compile(r"^关于[^。！？；：:，,]{2,60}(?:的说明|说明)$")
#: Marker types that number the top-level parts of a report, and go on from one
#: another where a report mixes styles (第一部分, 第二部分, 三、).
_TOP_TYPES = frozenset({"第部分", "第篇", "一、"})
#: An appendix line: 附：名词解释, 附件1：…… (a heading although it holds a colon).
_APPENDIX_RE = re.compile(r"^附[件录]?[0-9一二三四五六七八九十]*[：:]\s*[^。！？；：:，,]{2,20}$")
#: Longer "headings" are the first sentences of list items: their wording says little.
_MAX_CUE_HEADING = 40
_HEAD_PLANS = re.compile(
    r"(下一?步|下阶段|今后|今年|明年|来年|新的一年|\d{4}年|[〇○零一二三四五六七八九]{4}年)[^，。]{0,10}"
    r"(打算|安排|计划|思路|措施|重点|任务|目标|考虑|要求|建议|方针)"
    r"|打算|工作安排|工作思路|努力方向|改进措施|整改措施|整改方向|主要任务|工作任务|总体要求|政策取向"
    r"|工作要点|目标任务|奋斗|下一步|^今后|五年计划|计划的|发展纲要|的建议$"
)
_HEAD_REVIEW = re.compile(
    r"回顾|工作情况|履行情况|履职情况|开展情况|完成情况|落实情况|执行情况|进展情况|基本情况"
    r"|工作成效|主要成绩|成绩|主要做法|述责述廉|工作总结|基本总结|总结|一年来|五年来|过去|成就"
    r"|情况$|报告[^，。]{0,3}\d{4}年"
)
#: Forward vocabulary of plans and government work reports: decides a top-level
#: heading (or one whose parent has no kind), never a sub-heading of a review.
_HEAD_FORWARD = re.compile(
    r"目标任务|主要考虑|重点工作|工作重点|重点任务|主要任务|工作安排|工作部署|总体部署|主要目标"
    r"|预期目标|政府自身建设|^关于.{2,40}的说明$"
)
#: A heading that reports work done (……目标任务圆满完成, 取得了, 实现了).
_HEAD_DONE_RE = re.compile(r"(圆满|全面|顺利|胜利|如期|超额)完成$|取得了|实现了|完成了")
#: Wording that names work done or to be done alike (2026年主要工作, 取得新成效): the
#: years of the heading or the tense of its passage decide.
_HEAD_WEAK_REVIEW = re.compile(r"主要工作|成效|进展|做法")
# years named by a heading: 2025年, 2021—2025年, 二〇二五年
_HEAD_YEAR_RE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?:年?\s*[-—–~～至到]\s*((?:19|20)\d{2}))?(?=年|\s|$)"
    r"|([〇○零一二三四五六七八九]{4})年"
)
# five-year plans: “十四五”时期, 十五五规划, 第十五个五年规划
_HEAD_PLAN_PERIOD_RE = re.compile(
    r"“(十[一二三四五六七八九]?五)”|(十[一二三四五六七八九]?五)(?=时期|规划|期间|计划)"
    r"|第(十[一二三四五六七八九]?|[一二三四五六七八九])个五年(?:规划|计划)"
)
_HEAD_FUTURE_RE = re.compile(
    r"今年(?!以来)|明年|来年|新的一年|今后|未来|下一步|下步|下阶段|接下来|新征程|开局"
)
_HEAD_PAST_RE = re.compile(r"去年|上年|过去|以来|一年来|五年来|[一二三四五两十]年来")
_CN_YEAR_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0"}
#: The tense and aspect of a sentence: work done (取得, 完成, 实现了, ……了) or to be done
#: (要, 将, 力争); each sentence of a passage votes by the cues it has.
_TENSE_REVIEW_RE = re.compile(
    r"(?<![为除])了(?![解却结])|已经|已(?!有的|知)|取得|完成|实现|累计|先后|同比|比上年|圆满|超额"
    r"|荣获|获评|首次|创历史"
)
_TENSE_PLANS_RE = re.compile(
    r"(?<![重主需只必首纲摘紧])要(?![求素点闻害])|将(?!近|军|领|士)|力争|争取|确保|着力|计划|拟"
    r"|务必|必须|应当|预期|继续|进一步|坚决|全力|大力"
)
_CONTENT_CUES: dict[str, re.Pattern[str]] = {
    "review": re.compile(
        r"了|已经|已|取得|累计|先后|今年以来|一年来|过去一年|过去五年|共(计)?(召开|开展|组织|查处|"
        r"排查|发现|完成)|实现|成效|显著|得到"
    ),
    "problems": re.compile(
        r"不够|不足|不强|不到位|有待|差距|欠缺|缺乏|薄弱|还存在|仍存在|仍然存在|短板|滞后|不严|不细"
        r"|不高|不深|偏少|较少|松懈|淡化|不力|问题"
    ),
    "plans": re.compile(
        r"将|要|下一步|今后|明年|力争|确保|不少于|至少|计划|拟|争取|努力|继续|进一步|着力"
    ),
}
_PLANS_DOC_RE = re.compile(r"工作要点|工作计划|工作安排|重点抓好|总体要求是|主要任务是|工作思路是")
_PROBLEM_TURN_RE = re.compile(
    r"(存在|还有|仍有|也有|表现在|表现为|面临|看到|认识到)[^。；]{0,30}"
    r"(不足|问题|差距|短板|薄弱环节|挑战|困难|矛盾)"
)
_PROBLEM_TURN_CUE = re.compile(r"但|然而|不过|同时|清醒|要看到|必须看到|应当看到|认识到")
_CLEAR_VIEW_RE = re.compile(r"清醒(地)?(看到|认识到|意识到)|(必须|应当|也要|更要)看到")
_PROBLEM_WORD_RE = re.compile(r"问题|不足|差距|短板|困难|挑战|矛盾|缺点|失误")


def _is_problem_turn(window: str) -> bool:
    """Whether the opening of a paragraph turns to problems (……但仍存在以下不足：)."""
    if _PROBLEM_TURN_RE.search(window) and _PROBLEM_TURN_CUE.search(window):
        return True
    return bool(_CLEAR_VIEW_RE.search(window) and _PROBLEM_WORD_RE.search(window))


_PLAN_TURN_RE = re.compile(
    r"^(下一步|下步|下阶段|今后|明年|新的一年|来年|(\d{4}|[〇○零一二三四五六七八九]{4})年)"
    r"[^。]{0,40}?(将|(?<![重主需只必])要(?![求素点])|计划|拟|打算|努力|着力)"
    r"|^(下一步|下步|下阶段|今后一个时期|今后一段时期)"
)
_CAUSE_TURN_RE = re.compile(
    r"^(究其|分析|深究)?[^。]{0,6}(原因|根源|症结)[，,]?(主要|根本)?(在于|是|有)"
)

# --- unheaded passages ----------------------------------------------------------
_PW = "问题|困难|不足|缺点|差距|矛盾|挑战|失误|短板|风险"
#: A sentence that says there are problems (我们在前进中还存在一些问题和困难。).
_PROBLEM_INTRO_RE = re.compile(
    rf"^[^。，,；]{{0,16}}(还|仍|也|仍然|依然)(存在|有)[^。；]{{0,14}}({_PW})"
    rf"([和与及、]({_PW}))?[。：:]$"
)
_STRICT_TURN_RE = re.compile(r"(存在|还有|仍有|也有)[^。；]{0,20}(问题|矛盾|不足|缺点|差距|短板)")
#: Problems again after causes (除物价问题外，……问题也比较突出。).
_PROBLEM_AGAIN_RE = re.compile(
    rf"^(除[^。，]{{0,12}}(外|以外)|此外|另外)[，,]?[^。]{{0,30}}({_PW})"
)
_DEFICIENCY_RE = DEFICIENCY_RE
_CAUSE_SENT_RE = re.compile(
    r"^(究其|分析|深究|深挖|剖析|查找|反思|产生|造成|出现|形成)[^。；]{0,16}(原因|根源|症结|根子)"
    r"|^[^。；，,]{0,10}(原因|根源|症结)[，,]?(主要|根本|深层次)?(在于|是|有)"
    r"|^(从)?(主观|客观)(上|方面)"
    r"|既有(客观|主观)(方面的)?原因|有(客观|主观)(方面的)?原因"
    rf"|^(这些|上述|以上)({_PW})[^。；]{{0,6}}有的(是|同|与|由于|因为)"
    rf"|^[^。；]{{0,12}}({_PW})[，,]?(的)?(根本|主要|原因)(原因)?(在于|是由于|源于)"
)
_PLAN_SENT_RE = re.compile(
    r"^(下一步|下步|下阶段|今后一个时期|今后一段时期|今后|接下来)[，,]?[^。]{0,30}?"
    r"(将|要|计划|拟|打算|努力|着力|继续)"
)
#: The work of the year begins (今年我国将……) after a review and its problems.
_PLAN_YEAR_RE = re.compile(
    r"^(今年|明年|新的一年)[^。]{0,40}?(将|(?<![重主需只必])要(?![求素点])|计划|拟|力争)"
)
_RESOLVE_RE = re.compile(
    r"^(对此|为此)?[，,]?(我们|各级政府|政府)?[，,]?(一定要|一定|必须|务必|决心|应当|要)(?!求)[^。]*"
    rf"({_PW}|忧患|辜负|重托|期望|厚望|期待|使命|加以解决|认真解决|切实解决|加以改进)"
    rf"|^对(于)?(这些|以上|上述|存在的)[^，。；]{{0,10}}({_PW})"
    rf"|^(上述|以上|这些)[^。；]{{0,4}}({_PW})[^。；]{{0,8}}(引起|重视)"
)
#: A resolution that says what will be done (一定, 决心, 采取……措施), not what was (已引起).
_FORWARD_RESOLVE_RE = re.compile(r"一定|必须|务必|决心|采取|加以解决|切实解决|认真解决")
_DIRECTIVE_RE = re.compile(r"^(我们|各级政府)?(必须|要(?!求)|应当|应该|务必|需要)")
_SALUTE_RE = re.compile(r"^(各位代表|各位委员|同志们|代表们)[！!：:，,]")
_REVIEW_OPENER_RE = re.compile(
    r"^(回顾|过去[一两三五]?年|[一两三五]年来|这些成绩|这些成就"
    r"|[^。，]{0,16}(取得的|的)(成绩|成就)[，,]?(来之不易|是))"
)
_ENUM_START_RE = re.compile(
    rf"^(——|—|({_CN})[是要](?!否)|第({_CN})[，,、：:]|首先|其次|再次|另一方面)"
)
_ENUM_IN_RE = re.compile(rf"(?<![{HAN}])(({_CN})[是要](?!否)|第({_CN})[，,、：:])")


def _enum_family(marker: str) -> str:
    """Family of an enumerator: 是 (一是), 要 (一要), 第 (第一，), — and 序 (首先)."""
    if marker.startswith("—"):
        return "—"
    if marker.startswith("第"):
        return "第"
    if marker[-1:] in ("是", "要"):
        return marker[-1]
    return "序"


# --- inline enumerations -----------------------------------------------------------
_INLINE_RE = re.compile(
    rf"(?P<shi>({_CN})(?:是|要)(?!否))"
    rf"|(?P<di>第({_CN})(?=[，,、：:]))"
    r"|(?P<seq>首先|其次|再次|最后)(?=[，,、：:])"
    r"|(?P<fm>另一方面|一方面)"
)
#: Where ``_INLINE_RE`` matches, without its groups and rewritten literal first
#: (:func:`govtext._fastre.literal_first`): the same spans, found faster.
_INLINE_FIND = literal_first(_INLINE_RE, groups=False)
_INLINE_BOUNDARY = set("。；：！？!?;:，,\n")
_SEQ_NUMBERS = {"首先": 1, "其次": 2, "再次": 3, "最后": 0}


@dataclass
class _Para:
    start: int  # positions in the normalized text, without surrounding spaces
    end: int
    text: str  # soft line breaks replaced by spaces (same length)


@dataclass
class _Row:
    level: int
    marker: str
    number: int | None
    heading: str
    kind: str
    start: int  # normalized positions until the very end
    end: int
    parent: int
    inline: bool
    part: str
    body_start: int
    kind_source: str
    mtype: str = ""
    para: int = -1
    children: list[int] = field(default_factory=list)


def _paragraphs(norm: str, spans: list[tuple[int, int]] | None = None) -> list[_Para]:
    """Non-blank paragraphs of a normalized text (see :func:`paragraph_spans`).

    A block of lines (between blank lines) with a line of page chrome in it is read as
    one paragraph per line: chrome lines of a web copy stand on lines of their own.
    ``spans`` is ``paragraph_spans(norm)`` when already computed.
    """
    out: list[_Para] = []
    for s, e in paragraph_spans(norm) if spans is None else spans:
        block = norm[s:e]
        if "\n" in block and any(is_page_chrome(line) for line in block.split("\n")):
            pos = s
            for line in block.split("\n"):
                a, b = pos, pos + len(line)
                while a < b and norm[a].isspace():
                    a += 1
                while b > a and norm[b - 1].isspace():
                    b -= 1
                if b > a:
                    out.append(_Para(a, b, norm[a:b]))
                pos += len(line) + 1
        else:
            out.append(_Para(s, e, block.replace("\n", " ")))
    return out


# brackets and sentence ends: the only characters :func:`_first_sentence_end` acts on
_BRACKET_OR_END_RE = re.compile(
    "[" + re.escape("".join(_OPENERS) + "".join(_CLOSERS) + _SENT_END) + "]"
)


def _first_sentence_end(text: str, start: int = 0) -> int:
    """Index just after the first sentence end at bracket depth 0 (or ``len(text)``)."""
    depth = 0
    search = _BRACKET_OR_END_RE.search
    m = search(text, start)
    while m is not None:
        ch = m.group()
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            if depth:
                depth -= 1
        elif depth == 0:
            return m.end()
        m = search(text, m.end())
    return len(text)


def _match_marker(text: str) -> tuple[str, int, int] | None:
    """``(type, number, length)`` of the numbering that starts ``text``, if any."""
    markers = _MARKERS if _MARKER_START is None or _MARKER_START.match(text) else ()
    for mtype, pattern in markers:
        m = pattern.match(text)
        if m is None:
            continue
        raw = m.group(1)
        if mtype == "①":
            number: int | None = _CIRCLED.index(raw) + 1
        elif raw.isdigit():
            number = int(raw)
        else:
            number = _cn_int(raw)
        if not number:
            continue
        rest = text[m.end():].lstrip()
        if not rest and mtype not in ("第部分", "第篇", "第编", "第章", "第节"):
            continue
        if mtype in ("1.", "1、") and rest[:1] in ("%", "％", "万", "亿", "倍"):
            continue
        return mtype, number, m.end()
    if len(text) <= 3:
        m = _BARE_CN_RE.fullmatch(text)
        if m is not None and (n := _cn_int(text)):
            return "bare", n, len(text)
    return None


#: A themed heading: two or three clauses of a few characters each, between commas
#: (坚持政治引领，强化理论武装).
_THEMED_HEADING_RE = re.compile(
    r"[\u4e00-\u9fff“”]{3,15}(?:[，,][\u4e00-\u9fff“”]{3,15}){1,2}"
)


#: Words of a sentence, not of a heading: a copula, a modal, a pronoun
_SENTENCE_WORD_RE = re.compile(r"是|必须|应当|应该|我们|我国|他们|就要|只有|因为|所以|但是")


def _is_themed_heading(text: str) -> bool:
    """An unnumbered themed heading on a line of its own (深化作风建设，营造良好政治生态).

    >>> _is_themed_heading("坚持政治引领，强化理论武装")
    True
    >>> _is_themed_heading("我们坚持以人民为中心，着力保障和改善民生。")
    False
    >>> _is_themed_heading("最重要的问题是自己积累经验，自己认识社会")
    False
    """
    return (len(text) <= 32 and _THEMED_HEADING_RE.fullmatch(text) is not None
            and _SENTENCE_WORD_RE.search(text) is None)


def _is_plain_heading(text: str) -> bool:
    """A short unnumbered line without punctuation that reads as a heading."""
    if _EXPLANATION_HEADING_RE.match(text):
        return True
    if len(text) > 30 or len(_HAN_RE.findall(text)) < 2:
        return False
    if _APPENDIX_RE.match(text):
        return True
    if text[-1] in "、“”" or any(c in "。！？；：!?;:，," for c in text):
        return False
    return not text.startswith(("各位", "同志")) and not _DATE_RE.match(text)


#: Verbs that take a problem as their object: a heading that says what will be mended
#: (补齐县级医院专科短板, 着力解决突出问题) names a task, not the problems found.
_REMEDY_RE = re.compile(r"补齐|补强|补足|补上|弥补|破解|解决|消除|整治|化解|攻克|改进|加强")


def _remedied(heading: str, at: int) -> bool:
    """Whether the clause of ``heading`` before position ``at`` opens with a remedy verb.

    >>> _remedied("补齐县级医院专科短板", 8)
    True
    >>> _remedied("存在的主要问题", 0)
    False
    """
    clause = re.split(r"[，,、；;]", heading[:at])[-1]
    return bool(_REMEDY_RE.search(clause))


def _heading_kinds(heading: str, *, forward: bool = True) -> list[str]:
    """Kinds named by the wording of a heading, in the order they appear.

    ``forward`` admits the forward vocabulary of plans (重点工作, 政府自身建设, 关于……的说明).
    """
    if len(heading) > _MAX_CUE_HEADING:
        return []
    if (_HEAD_OTHER.match(heading) or _HEAD_DRAFTING_RE.search(heading)
            or _HEAD_SITUATION_RE.search(heading)):
        return ["other"]
    found: list[tuple[int, str]] = []
    for kind, pattern in (
        ("problems", _HEAD_PROBLEMS), ("causes", _HEAD_CAUSES), ("plans", _HEAD_PLANS),
    ):
        m = pattern.search(heading)
        if m is not None and not (kind == "problems" and _remedied(heading, m.start())):
            found.append((m.start(), kind))
    if forward and not any(k == "plans" for _, k in found):
        m = _HEAD_FORWARD.search(heading)
        if m is not None:
            found.append((m.start(), "plans"))
    if _HEAD_DONE_RE.search(heading):
        # “十四五”规划目标任务圆满完成: the targets are reported met, not set
        found = [(s, k) for s, k in found if k != "plans"]
    m = _HEAD_REVIEW.search(heading)
    if m is not None and (
        not found or all(m.end() <= s or m.start() >= s + 2 for s, _ in found)
    ):
        found.append((m.start(), "review"))
    return [k for _, k in sorted(found)]


def _plan_start(numeral: str, *, ordinal: bool) -> int | None:
    """First year of the five-year plan ``numeral`` (十四五 or, ``ordinal``, 第十四个)."""
    n = _cn_int(numeral if ordinal else numeral[:-1] or "十")
    if not n:
        return None
    if n <= 2:
        return 1953 + 5 * (n - 1)
    return 1966 + 5 * (n - 3)  # the third plan began in 1966, after the adjustment years


def _heading_years(heading: str) -> list[tuple[int, int, int]]:
    """Periods a heading names: ``(position, first year, last year)``, in order.

    >>> _heading_years("“十三五”时期发展成就和2021年主要目标")
    [(0, 2016, 2020), (12, 2021, 2021)]
    """
    out: list[tuple[int, int, int]] = []
    for m in _HEAD_YEAR_RE.finditer(heading):
        if m.group(3):
            y = int("".join(_CN_YEAR_DIGITS[c] for c in m.group(3)))
            out.append((m.start(), y, y))
        else:
            first = int(m.group(1))
            out.append((m.start(), first, int(m.group(2) or first)))
    for m in _HEAD_PLAN_PERIOD_RE.finditer(heading):
        ordinal = m.group(3) is not None
        start = _plan_start(m.group(1) or m.group(2) or m.group(3), ordinal=ordinal)
        if start is not None:
            out.append((m.start(), start, start + 4))
    return sorted(out)


def _time_kinds(heading: str, ref_year: int | None) -> tuple[list[str], int]:
    """Kinds that the times a heading names say, and where the first time stands.

    A year or five-year plan before ``ref_year`` (the first year the document plans for)
    is review; ``ref_year`` or later, 今年, 明年, 今后, 下一步 are plans; 去年, 以来,
    一年来 are review.  ``([], -1)`` when the heading names no time.
    """
    if len(heading) > _MAX_CUE_HEADING:
        return [], -1
    found: list[tuple[int, str]] = []
    if ref_year is not None:
        for pos, _first, last in _heading_years(heading):
            found.append((pos, "review" if last < ref_year else "plans"))
    for pattern, kind in ((_HEAD_FUTURE_RE, "plans"), (_HEAD_PAST_RE, "review")):
        for m in pattern.finditer(heading):
            found.append((m.start(), kind))
    found.sort()
    kinds: list[str] = []
    for _, k in found:
        if k not in kinds:
            kinds.append(k)
    return kinds, (found[0][0] if found else -1)


#: Outcomes reported with their figure: 增长5.6%, 达到**亿元, 新增规上企业86家, 建成,
#: 累计.  A target list reads the same (增长7%, 新增就业4万人), so they count only in a
#: passage that is anchored in the past (``_PAST_ANCHOR_RE``) or under a heading that
#: reports a result.
_OUTCOME_RE = re.compile(
    r"(?:增长|下降|提高到|提升到|达到|突破|新增|新建|建成|完成|改造|认定|引进|接待|惠及|跃居|实现|"
    r"稳定在|控制在|超过)[^，。；：:]{0,14}?(?:\d|\*\*)|建成|累计"
)
#: The times of work done: 过去一年, 一年来, 去年, 上年.
_PAST_ANCHOR_RE = re.compile(r"过去[的]?[一五]?年|[一两三五十]年来|去年|上年(?!度)")
#: Targets set: 左右, 预期, and 推进, 加快 where they open a clause as the verb of a task
#: (加快建设……, 扎实推进……; not 新动能加快成长, 改革开放纵深推进); the document's year or
#: a later one next to 目标 or 任务 (see ``_tense_kind``).
_TARGET_RE = re.compile(
    r"左右|预期|(?:^|[，,：:])\s*(?:[扎深持大积全稳着]?[实入续力极面步力])?(?:推进|加快)"
)
#: A count or a growth with 以上 (4万人以上, 增长4%以上; not 达到90%以上) reads as a
#: target: no outcome vote.
_TARGET_FIGURE_RE = re.compile(r"(?:\d|\*\*)[^\d，。；、%％]{1,4}以上|增长[^，。；]{0,8}[%％]以上")
_SENTENCE_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?!来|以来|代)")
#: The patterns of ``_tense_kind`` rewritten so that every branch opens with a literal
#: (:func:`govtext._fastre.literal_first`: the same matches, found faster).
_TENSE_REVIEW_FAST = literal_first(_TENSE_REVIEW_RE)
_TENSE_PLANS_FAST = literal_first(_TENSE_PLANS_RE)
_PAST_ANCHOR_FAST = literal_first(_PAST_ANCHOR_RE)
_OUTCOME_FAST = literal_first(_OUTCOME_RE)
#: Each match of ``_TARGET_RE`` holds one of these, each of ``_TARGET_FIGURE_RE`` 以上:
#: a sentence without them is not searched.
_TARGET_WORD_RE = re.compile("左右|预期|推进|加快")
#: A heading whose last clause reports a result, subject and predicate (经济发展量质齐升,
#: 产业体系加快重塑, 民生福祉持续增进, 迈上新台阶, 取得新成效): in a document that reviews
#: past work it heads work done.
_HEAD_RESULT_RE = re.compile(
    r"(?:齐升|重塑|增进|跃升|攀升|向好|彰显|凸显|见效|壮大|提质|增效|迸发|涌流|焕新|更优|更强|更美"
    r"|更高|更实|(?:持续|稳步|明显|显著|全面|加快|不断|大幅|日益|竞相|充分)"
    r"(?:提升|增强|改善|优化|巩固|提高|扩大|增长|释放|激发|夯实)"
    r"|(?:新台阶|新成效|新进展|新成就|新突破|新局面|新高度|新水平|新面貌|新气象|新篇章)+)$"
)


def _heading_reports_result(heading: str) -> bool:
    """Whether the last clause of a themed heading states a result (民生福祉持续增进).

    >>> _heading_reports_result("聚力攻坚、奋勇争先，经济发展量质齐升")
    True
    >>> _heading_reports_result("凝心聚力强担当，加快建设人民满意的服务型政府")
    False
    """
    last = re.split(r"[，,、]", heading)[-1]
    return len(heading) <= _MAX_CUE_HEADING and bool(_HEAD_RESULT_RE.search(last))


def _tense_kind(
    text: str, heading: str = "", ref_year: int | None = None, *, after_review: bool = False
) -> str | None:
    """Whether a passage tells of work done (review) or to be done (plans), else None.

    Each sentence votes by its cues of aspect and mood: work done (取得, 完成, ……了; in a
    sentence that sets no task also 过去一年, 去年, one of the five years before
    ``ref_year``) against work to be done (要, 将, 力争, 左右, 推进 or 加快 opening a clause,
    ``ref_year`` or a later year next to 目标 or 任务).  Where the passage is anchored in
    the past (过去一年, 去年, an earlier year; or ``after_review``: the section before it,
    of the same level, is a review, and at most one sentence sets a task) or its
    ``heading`` reports a result (经济发展量质齐升), an outcome with its figure (增长5.6%,
    新增企业86家, 建成, 累计) in a sentence that sets no task and no target figure
    (4万人以上, 增长4%以上) is work done too; such a heading
    adds two votes for review where the passage already reads as work done.  One side
    needs three votes and half as many again as the other.  Problem words do not vote:
    a review that names its problems once stays a review.

    >>> _tense_kind("全年完成投资120亿元。新建学校5所，取得了明显成效。实现了增长。")
    'review'
    >>> _tense_kind("要加快建设产业体系。力争全年增长5%。将新建学校5所。")
    'plans'
    >>> _tense_kind("过去一年，经济运行回升向好。地区生产总值增长5.6%。新增企业86家。")
    'review'
    >>> _tense_kind("地区生产总值增长5.6%。新增企业86家。新建5G基站1260个。") is None
    True
    """
    rows: list[tuple[int, int, int]] = []
    anchored = bool(heading) and _heading_reports_result(heading)
    for sentence in re.split(r"[。！？；!?;\n]", text):
        if not sentence.strip():
            continue
        forward = len(_TENSE_PLANS_FAST.findall(sentence))
        if _TARGET_WORD_RE.search(sentence):
            forward += len(_TARGET_RE.findall(sentence))
        done = len(_TENSE_REVIEW_FAST.findall(sentence))
        past = len(_PAST_ANCHOR_FAST.findall(sentence))
        if ref_year is not None and "年" in sentence:
            for m in _SENTENCE_YEAR_RE.finditer(sentence):
                y = int(m.group(1))
                if ref_year - 5 <= y < ref_year:
                    past += 1
                elif y >= ref_year and re.search(r"目标|任务", sentence):
                    forward += 1
        anchored = anchored or past > 0
        # the times and figures of work done count in a sentence that sets no task
        outcome = 0 if forward or ("以上" in sentence and _TARGET_FIGURE_RE.search(sentence)) else (
            past + len(_OUTCOME_FAST.findall(sentence)))
        rows.append((done, forward, outcome))
    # the review before it anchors a passage that sets (almost) no task
    anchored = anchored or (after_review and sum(f > 0 for _, f, _ in rows) <= 1)
    votes = {"review": 0, "plans": 0}
    for done, forward, outcome in rows:
        score = done + (outcome if anchored else 0) - forward
        if score > 0:
            votes["review"] += 1
        elif score < 0:
            votes["plans"] += 1
    if heading and votes["review"] > votes["plans"] and _heading_reports_result(heading):
        votes["review"] += 2
    best = max(votes, key=lambda k: votes[k])
    other = votes["plans" if best == "review" else "review"]
    if votes[best] >= 3 and votes[best] >= 1.5 * other:
        return best
    return None


_SUMMARY_DOC_RE = re.compile(
    r"总结|情况报告|工作情况|情况的?汇报|述职|述责|述廉|履职|报告如下|汇报如下|今年以来|一年来"
)
_PLAN_DOC_RE = re.compile(r"政府工作报告|工作要点|工作计划|规划|工作安排|工作思路|行动方案")


def _reference_year(
    year: int | None, head_text: str, heading_years: list[int]
) -> int | None:
    """The first year a document plans for: its own year, or the next for a summary.

    A government work report or work plan of ``year`` plans for ``year``; a summary or
    a duty report of ``year`` (its title or opening says 总结, 情况, 述职, 报告如下)
    reviews ``year``, as does a document whose headings name ``year + 1``.  Without a
    year, headings that name two successive years plan for the later one.
    """
    if year is None:
        if heading_years and heading_years[-1] - 1 in heading_years:
            return heading_years[-1]
        return None
    if year + 1 in heading_years:
        return year + 1
    if _SUMMARY_DOC_RE.search(head_text) and not _PLAN_DOC_RE.search(head_text):
        return year + 1
    return year


_YEAR_NAMED_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?!来|以来|前|后|代)")
_DATED_RE = re.compile(r"[（(—\-\s]*((?:19|20)\d{2})年\d{1,2}月\d{1,2}日")


def _infer_year(paras: list[_Para], parts: list[str]) -> int | None:
    """The year of a document, as ``infer_metadata`` finds it, from its paragraphs.

    In order: the title, a date line near the top (``——2026年1月25日在……``), a year
    that opens one of the first paragraphs (``2025年是……``), a year named in the
    opening, the date line of the signature.
    """
    head = [(j, p.text) for j, p in enumerate(paras[:12]) if parts[j] != "header"]
    for j, t in head:
        if parts[j] == "title" and (m := _YEAR_NAMED_RE.search(t)):
            return int(m.group(1))
    for _, t in head[:6]:
        if len(t) < 80 and (m := _DATED_RE.match(t)):
            return int(m.group(1))
    for _, t in head[:3]:
        if m := _YEAR_NAMED_RE.match(t):
            return int(m.group(1))
    if m := _YEAR_NAMED_RE.search("".join(t for _, t in head[:3])[:200]):
        return int(m.group(1))
    for j in range(len(paras) - 1, max(len(paras) - 6, -1), -1):
        if parts[j] == "date" and (m := _YEAR_NAMED_RE.match(paras[j].text)):
            return int(m.group(1))
    return None


def _content_scores(text: str) -> dict[str, float]:
    """Cue counts per 100 characters for the review, problems and plans kinds."""
    n = max(len(text), 1)
    return {k: 100.0 * len(p.findall(text)) / n for k, p in _CONTENT_CUES.items()}


def _content_kind(text: str, prior: str | None = None) -> str:
    scores = _content_scores(text)
    if prior is not None:
        scores[prior] = scores.get(prior, 0.0) * 1.5 + 0.5
    ranked = sorted(scores, key=lambda k: scores[k], reverse=True)
    best, second = scores[ranked[0]], scores[ranked[1]]
    return ranked[0] if best >= 0.5 and best >= 1.25 * second else "other"


def _title_like(p: _Para) -> bool:
    t = p.text
    return (
        len(t) <= 50
        and t[-1] not in "。！？；：!?;:，,"
        and "。" not in t
        and _match_marker(t) is None
    )


def _subtitle_like(p: _Para) -> bool:
    t = p.text
    if t.startswith(("——", "—", "--")) and len(t) <= 60:
        return True
    if _DATED_LINE_RE.match(t) and len(t) <= 60 and "。" not in t:
        return True
    if re.fullmatch(r"[（(][^（()）]{0,50}[）)]", t):
        return True
    return (
        len(t) <= 20
        and not any(c in "。！？；：!?;:，," for c in t)
        and _match_marker(t) is None
    )


def _salutation_like(p: _Para) -> bool:
    t = p.text
    return (
        len(t) <= 30
        and t.endswith(_SALUTATION_END)
        and not any(c in "。，,；" for c in t)
        and _NOT_SALUTATION.search(t) is None
        and _match_marker(t) is None
    )


def _signature_like(p: _Para) -> bool:
    t = p.text
    return (
        len(t) <= 30
        and not any(c in "。！？；：!?;:，," for c in t)
        and _match_marker(t) is None
    )


_SITE_NAME_RE = re.compile(
    r"[^\s。，；：！？、]{2,16}(?:人民政府|日报|晚报|融媒体中心|新闻网|发布)"
)


def _split_parts(paras: list[_Para]) -> tuple[list[str], int, int]:
    """Part name of the head and tail paragraphs; ``(parts, middle_start, middle_end)``."""
    n = len(paras)
    parts = [""] * n
    i = 0

    def skip_chrome(i: int) -> int:
        # page chrome of a web copy: buttons, 来源/时间 lines, photo captions
        while i < n - 1 and is_page_chrome(paras[i].text):
            parts[i] = "header"
            i += 1
        return i

    if n > 2 and _SITE_NAME_RE.fullmatch(paras[0].text) and is_page_chrome(paras[1].text):
        # the site's name above its menu: XX县人民政府 / 首页
        parts[0] = "header"
        i = 1
    i = skip_chrome(i)
    if i < n - 1 and _title_like(paras[i]) and not _salutation_like(paras[i]):
        parts[i] = "title"
        i += 1
        start = i
        while i < n - 1 and i - start < 6 and not _salutation_like(paras[i]):
            if is_page_chrome(paras[i].text):
                parts[i] = "header"
            elif _subtitle_like(paras[i]):
                parts[i] = "title"
            else:
                break
            i += 1
        i = skip_chrome(i)
    if i < n - 1 and _salutation_like(paras[i]):
        parts[i] = "salutation"
        i += 1
    k = n
    for j in range(max(i + 1, n - 40), n):
        if _TRAILER_RE.match(paras[j].text) or RELATED_TRAILER_RE.match(paras[j].text):
            for jj in range(j, n):
                parts[jj] = "trailer"
            k = j
            break
    # chrome at the end of a web copy (责任编辑：…, 【打印】【关闭】, 分享到：)
    while k > i + 1 and is_page_chrome(paras[k - 1].text):
        k -= 1
        parts[k] = "trailer"
    # signature and date lines, then closing formulas
    block_end = k
    has_date = False
    while k > i + 1 and block_end - k < 4:
        t = paras[k - 1].text
        if _DATE_RE.match(t):
            has_date = True
        elif not _signature_like(paras[k - 1]) or _CLOSING_RE.match(t):
            break
        k -= 1
    before = paras[k - 1].text if k > i else ""
    if has_date or (k < block_end and _CLOSING_RE.match(before) and len(before) <= 40):
        for j in range(k, block_end):
            parts[j] = "date" if _DATE_RE.match(paras[j].text) else "signature"
    else:
        k = block_end
    closing_end = k
    while k > i + 1 and closing_end - k < 2:
        t = paras[k - 1].text
        if not (_CLOSING_RE.match(t) and len(t) <= 40):
            break
        k -= 1
        parts[k] = "closing"
    return parts, i, k


def _clean_heading(s: str) -> str:
    return s.strip().rstrip("。！？；：!?;:，, ").strip()


def _heading_rows(
    paras: list[_Para], lo: int, hi: int, norm: str
) -> list[tuple[int, int, str, int | None, str, int]]:
    """Numbered and plain headings among ``paras[lo:hi]`` of ``norm`` with their levels.

    Returns ``(para index, level, type, number, marker, marker length)`` tuples.
    """
    cands: dict[int, tuple[str, int, int]] = {}
    for j in range(lo, hi):
        m = _match_marker(paras[j].text)
        if m is not None:
            cands[j] = m
    # 首先，…… opens a list that goes on with 第二，…… (and is item 1 of it)
    di = sorted(j for j, c in cands.items() if c[0] == "第一，")
    for j in range(lo, hi):
        first = _FIRST_ITEM_RE.match(paras[j].text)
        if j in cands or first is None or not paras[j].text[first.end():].strip():
            continue
        k = bisect.bisect_right(di, j)
        after = di[k] if k < len(di) else None
        if after is not None and cands[after][1] == 2:
            cands[j] = ("第一，", 1, first.end())
    # themed headings without a number (坚持政治引领，强化理论武装) divide a text whose
    # top level has no numbers
    unnumbered = not any(c[0] in _TOP_TYPES for c in cands.values())
    for j in range(lo, hi - 1):
        if j in cands or _INLINE_RE.match(paras[j].text):
            continue
        themed = unnumbered and _is_themed_heading(paras[j].text) and (
            j == 0 or norm.count("\n", paras[j - 1].end, paras[j].start) >= 2)
        if not themed and not _is_plain_heading(paras[j].text):
            continue
        prev = paras[j - 1].text if j > 0 else ""
        if prev and j - 1 not in cands and prev[-1] not in _PARAGRAPH_END:
            continue  # a fragment of a broken line, not a heading
        nxt = paras[j + 1].text
        if j + 1 not in cands and not _is_plain_heading(nxt) and len(nxt) > len(paras[j].text):
            cands[j] = ("plain", 0, 0)
        elif (j + 1 in cands and cands[j + 1][1] == 1 and (
                themed or _names_kind_or_time(paras[j].text) or _HEAD_OTHER.match(paras[j].text))):
            # “十四五”时期工作回顾 right above its 一、……: a heading over a numbered list
            cands[j] = ("plain", 0, 0)
    out: list[tuple[int, int, str, int | None, str, int]] = []
    stack: list[list[Any]] = []  # [type, highest number, numbers used]
    last_seen: dict[str, int] = {}
    restarts: list[tuple[int, int, str, int]] = []  # (out index, level, type, number before)
    for j in sorted(cands):
        mtype, num, mlen = cands[j]
        if mtype == "plain":
            plain_at = [d for d, f in enumerate(stack) if f[0] == "plain"]
            if (_HEAD_OTHER.match(paras[j].text) or not stack
                    or _EXPLANATION_HEADING_RE.match(paras[j].text)):
                # 结束语 closes the body, 关于……的说明 is a part of its own; a first
                # heading opens the body
                level = 1
            elif plain_at:
                level = plain_at[-1] + 1  # same level as the previous plain heading
            else:
                level = 2  # a sub-heading of the current top-level section
            del stack[level - 1:]
            stack.append(["plain", 0, set()])
            out.append((j, level, "plain", None, "", 0))
            continue
        level = 0
        fresh = False  # a list that starts again: its numbers are counted anew
        for d in range(len(stack) - 1, -1, -1):  # continuation of an open list
            if stack[d][0] == mtype and num == stack[d][1] + 1:
                level = d + 1
                break
        if not level and len(stack) > 1 and stack[-1][0] == mtype and num == 1:
            level = len(stack)  # a new list right after one of the same type
            fresh = True
            _restart(restarts, (len(out), level, mtype, stack[-1][1]))
        if not level and num == 1 and len(stack) >= _MAX_NESTED_RESTART:
            # 一、 after 二、（一）1., again and again: a restarted list nests inside the
            # item before it (the 1955 report's 一、 lists under 第一，), but not ever
            # deeper: past a depth no report reaches, the list starts again at its own
            # level (so the rows that contain a paragraph stay few, the scan linear)
            same = next((k for k in range(len(stack) - 1) if stack[k][0] == mtype), None)
            if same is not None:
                level = same + 1
                fresh = True
                _restart(restarts, (len(out), level, mtype, stack[same][1]))
        if not level:
            # the list before a restart goes on (四、 一、二、三、 五、): the restarted
            # list was nested in the item before it
            for ri, (oi, lv, t, before) in enumerate(restarts):
                if t == mtype and num == before + 1 and lv <= len(stack):
                    for q in range(oi, len(out)):
                        jj, ll, tt, nn, mk, ml = out[q]
                        out[q] = (jj, ll + 1, tt, nn, mk, ml)
                    level = lv
                    del restarts[ri:]
                    break
        if not level:
            for d in range(len(stack) - 1, -1, -1):  # one number skipped
                if stack[d][0] == mtype and num == stack[d][1] + 2:
                    level = d + 1
                    break
        if not level:
            # out of order: （一）（二）（四）（三）, a number the open list has not used yet
            for d in range(len(stack) - 1, -1, -1):
                if (stack[d][0] == mtype and 1 < num < stack[d][1]
                        and num not in stack[d][2]):
                    level = d + 1
                    break
        if not level and stack and num > 1 and mtype in _TOP_TYPES and (
                stack[0][0] in _TOP_TYPES and stack[0][1] == num - 1):
            level = 1  # 第二部分 then 三、: the top-level count goes on in another style
        if not level:
            runs_on = mtype in last_seen and num == last_seen[mtype] + 1
            rest = paras[j].text[mlen:]
            bare_line = len(rest) <= 30 and not any(c in _SENT_END for c in rest)
            if num != 1 and not runs_on and (stack or not bare_line):
                continue  # "3." out of the blue: not a heading
            level = len(stack) + 1
        open_list = stack[level - 1] if len(stack) >= level else None
        del stack[level - 1:]
        if open_list is not None and open_list[0] == mtype and not fresh:
            open_list[2].add(num)
            stack.append([mtype, max(open_list[1], num), open_list[2]])
        else:
            stack.append([mtype, num, {num}])
        last_seen[mtype] = num
        marker = paras[j].text[:mlen].strip()
        out.append((j, level, mtype, num, marker, mlen))
    return _lone_plain_heading(out, paras)


#: The depth from which a restarted list is taken for a new list at its own level.
_MAX_NESTED_RESTART = 6


def _restart(restarts: list[tuple[int, int, str, int]], new: tuple[int, int, str, int]) -> None:
    """Record a restarted list; it supersedes an earlier restart of its level and type.

    Only the latest restart of a list can go on (四、 一、二、 五、), so the record stays
    as short as the number of levels and types, and the scan linear.
    """
    restarts[:] = [r for r in restarts if (r[1], r[2]) != (new[1], new[2])]
    restarts.append(new)


def _names_kind_or_time(line: str) -> bool:
    """Whether a line names a section kind (回顾, 重点工作) or a period (2026年, “十五五”)."""
    kinds = _heading_kinds(line)
    return (bool(kinds) and kinds != ["other"]) or bool(_heading_years(line)) \
        or bool(_time_kinds(line, None)[0])


def _lone_plain_heading(
    out: list[tuple[int, int, str, int | None, str, int]], paras: list[_Para]
) -> list[tuple[int, int, str, int | None, str, int]]:
    """Numbered sections after the only plain heading of a document are its siblings.

    Plain headings that group numbered sections come in series (过去五年的回顾 /
    今后五年的主要任务, each over its own 一、二、...).  A plain heading that stands alone
    and has text of its own before the numbered sections (首先报告2001年的工作, then the
    year's work and 按照这个总体要求……一、……) is one part among them, not their parent.
    """
    plain = [k for k, h in enumerate(out) if h[2] == "plain" and not _HEAD_OTHER.match(
        paras[h[0]].text)]
    if len(plain) != 1:
        return out
    k = plain[0]
    if out[k][1] != 1 or k + 1 >= len(out) or out[k + 1][1] != 2 or out[k + 1][2] == "plain":
        return out
    if out[k + 1][0] - out[k][0] <= 2:  # no text of its own
        return out
    fixed = list(out)
    for m in range(k + 1, len(out)):
        if out[m][1] <= 1:
            break
        j, level, mtype, num, marker, mlen = out[m]
        fixed[m] = (j, level - 1, mtype, num, marker, mlen)
    return fixed


def _units(paras: list[_Para], start: int, end: int) -> list[tuple[int, int]]:
    """Paragraph pieces of the normalized span ``[start, end)``."""
    # paragraphs are non-empty, in order and do not overlap: those that reach past
    # ``start`` follow the first one found by bisection
    out = []
    for j in range(bisect.bisect_right(paras, start, key=_para_end), len(paras)):
        p = paras[j]
        if p.start >= end:
            break
        s, e = max(p.start, start), min(p.end, end)
        if e > s:
            out.append((s, e))
    return out


def _para_end(p: _Para) -> int:
    return p.end


def _find_turn(
    norm: str, units: list[tuple[int, int]], pattern: re.Pattern[str]
) -> int | None:
    """Start of the first paragraph (else sentence) after the first that matches."""
    for s, _ in units[1:]:
        if pattern.search(norm[s:s + 80]):
            return s
    for s, e in units:
        pos = s
        seg = norm[s:e]
        while pos < e:
            nxt = s + _first_sentence_end(seg, pos - s)
            if pos > units[0][0] and pattern.search(norm[pos:min(e, pos + 80)]):
                return pos
            pos = nxt
    return None


def _build(
    text: str, nt: NormalizedText | None = None, year: int | None = None,
    paragraphs: list[tuple[int, int]] | None = None,
) -> tuple[list[_Row], NormalizedText]:
    if nt is None:
        nt, paragraphs = normalize_with_offsets(text), None
    norm = nt.text
    paras = _paragraphs(norm, paragraphs)
    rows: list[_Row] = []
    if not paras:
        if text:
            rows.append(_Row(0, "", None, "", "other", 0, len(norm), -1, False, "body", 0, "part"))
        return rows, nt

    parts, lo, hi = _split_parts(paras)
    heads = _heading_rows(paras, lo, hi, norm)
    body_first = heads[0][0] if heads else lo
    for j in range(lo, hi):
        parts[j] = "preamble" if j < body_first else "body"

    # level-0 rows: runs of paragraphs with the same part
    part_rows: list[_Row] = []
    for j, p in enumerate(paras):
        if j and parts[j] == parts[j - 1] and parts[j] not in ("signature", "date", "closing"):
            continue
        start = 0 if not part_rows else p.start
        heading = "" if parts[j] in ("preamble", "body") else p.text.strip()
        part_rows.append(
            _Row(0, "", None, heading, "other", start, len(norm), -1, False, parts[j], start,
                 "part", para=j)
        )
    for a, b in itertools.pairwise(part_rows):
        a.end = b.start
    rows.extend(part_rows)
    body = next((r for r in rows if r.part == "body"), None)

    # numbered and plain headings
    prior = None
    head_text = " ".join(p.text for j, p in enumerate(paras) if parts[j] in ("title", "preamble"))
    if _PLANS_DOC_RE.search(head_text):
        prior = "plans"
    sec: list[_Row] = []
    for j, level, mtype, num, marker, mlen in heads:
        p = paras[j]
        rest_off = mlen + (len(p.text[mlen:]) - len(p.text[mlen:].lstrip()))
        rest = p.text[rest_off:]
        hend = _first_sentence_end(rest)
        heading = _clean_heading(rest[:hend])
        body_start = p.start + rest_off + hend
        while body_start < p.end and norm[body_start].isspace():
            body_start += 1
        if hend >= len(rest):
            body_start = p.end
        sec.append(
            _Row(level, marker, num, heading, "other", p.start, -1, -1, False, "body",
                 body_start, "", mtype=mtype, para=j)
        )
    assert body is not None or not sec
    body_end = body.end if body is not None else len(norm)
    _section_ends(sec, body_end)
    for r in sec:
        if r.body_start >= paras[r.para].end:  # heading on its own line
            nxt = paras[r.para + 1].start if r.para + 1 < len(paras) else r.end
            r.body_start = min(nxt, r.end)
    rows.extend(sec)
    _link(rows)

    # kinds from headings (wording, then times), parents, the tense of the passage and
    # its content
    if year is None:
        year = _infer_year(paras, parts)
    head_years = sorted({y for r in sec if r.level <= 2
                         for _, a, b in _heading_years(r.heading) for y in (a, b)})
    opening = head_text + " " + " ".join(p.text for p in paras[lo:lo + 3])[:300]
    ref_year = _reference_year(year, opening, head_years)
    mixed_kinds = _assign_kinds(rows, range(len(rows)), ref_year, norm, prior)
    past_opening = ref_year is not None and (
        _PAST_ANCHOR_FAST.search(opening) is not None
        or any(ref_year - 5 <= int(y) < ref_year for y in _SENTENCE_YEAR_RE.findall(opening)))
    if reordered := _order_kinds(rows, past_opening=past_opening):
        # the sections below a top-level section whose kind the order of the report
        # decided are looked at again, with that kind as their parent's
        below = [i for i, r in enumerate(rows) if r.level > 0 and _top_index(rows, i) in reordered
                 and i not in reordered]
        for i in below:
            mixed_kinds.pop(i, None)
        mixed_kinds.update(_assign_kinds(rows, below, ref_year, norm, prior))

    # mixed headings (存在的问题和下一步打算): split where the text turns
    for idx, kinds in mixed_kinds.items():
        r = rows[idx]
        if r.children:
            continue
        units = _units(paras, r.body_start, r.end)
        turn_re = {"plans": _PLAN_TURN_RE, "causes": _CAUSE_TURN_RE}.get(kinds[1])
        turn = _find_turn(norm, units, turn_re) if units and turn_re is not None else None
        if turn is None and kinds[:2] == ["review", "plans"]:
            # no 下一步/今后 to turn at: the first paragraph from which the text reads
            # as plans, having read as review before
            for k in range(1, len(units)):
                s = units[k][0]
                if (_content_kind(norm[s:units[k][1]]) == "plans"
                        and _content_kind(norm[s:r.end]) == "plans"
                        and _content_kind(norm[units[0][0]:s]) == "review"):
                    turn = s
                    break
        if turn is None:
            continue  # stays "mixed": no place where the text turns
        first = units[0][0]
        for (s, e), kind in (((first, turn), kinds[0]), ((turn, r.end), kinds[1])):
            rows.append(_Row(r.level + 1, "", None, "", kind, s, e, idx, False, "body", s, "turn"))
    _link(rows)

    _problem_passages(rows, paras, norm, body)
    _link(rows)
    _tails(rows, paras, norm)
    _link(rows)
    _inline_items(rows, paras, norm, body)
    _link(rows)
    return rows, nt


def _assign_kinds(
    rows: list[_Row], indices: Iterable[int], ref_year: int | None, norm: str,
    prior: str | None,
) -> dict[int, list[str]]:
    """Set the kind of ``rows[i]`` for each of ``indices`` (document order, parents first).

    Returns the kinds of the sections whose heading names two (``mixed``), by index.
    """
    mixed_kinds: dict[int, list[str]] = {}
    # the last row seen of each (level, parent): a row's sibling before it (the siblings
    # of a row are among ``indices`` whenever the row is)
    last_sibling: dict[tuple[int, int], _Row] = {}
    for idx in indices:
        r = rows[idx]
        if r.level == 0:
            continue
        parent = rows[r.parent]
        parent_kind = (parent.kind if parent.level > 0 and parent.kind not in ("other", "mixed")
                       else None)
        before = last_sibling.get((r.level, r.parent))
        last_sibling[(r.level, r.parent)] = r
        kinds, source = _section_kind(r, parent_kind, ref_year, norm, prior,
                                      after_review=before is not None and before.kind == "review")
        if len(kinds) > 1:
            r.kind, r.kind_source = "mixed", source
            mixed_kinds[idx] = kinds
        elif kinds:
            r.kind, r.kind_source = kinds[0], source
        else:
            r.kind = _content_kind(norm[r.start:r.end], prior)
            r.kind_source = "content"
    return mixed_kinds


def _top_index(rows: list[_Row], i: int) -> int:
    """Index of the top-level section (parent at level 0) that holds ``rows[i]``."""
    while rows[i].parent >= 0 and rows[rows[i].parent].level > 0:
        i = rows[i].parent
    return i


def _order_kinds(rows: list[_Row], *, past_opening: bool = False) -> set[int]:
    """Kinds from the order of a report, for top-level sections no other rule decided.

    Reports of work tell what was done, then what is lacking (问题, 不足; and why),
    then what will be done: a top-level section whose kind only its content suggested
    (``kind_source == "content"``) is a review where it comes before the first section
    whose heading names problems or causes, with no section of plans before it, and
    plans where it comes after the last of them or where the last section before it
    that a rule decided is a plan and its content reads as neither review nor
    problems: once the plans have begun, what follows is plans until a rule says
    otherwise; a topic heading (关于外交工作) keeps the kind of its content.  Where the
    opening is anchored in the past (``past_opening``: 2022年，……, 过去一年), the
    sections that open the report before its first section whose heading or times name
    plans (2023年主要任务, 下一步打算; not 政府自身建设) are work done
    (``kind_source == "order"``).  Returns the indices changed.
    """
    top = [i for i, r in enumerate(rows)
           if r.level > 0 and not r.inline and (r.parent < 0 or rows[r.parent].level == 0)]
    decided = [rows[i].kind if rows[i].kind_source != "content" else None for i in top]
    named = [k for k, i in enumerate(top) if decided[k] in ("problems", "causes")
             and rows[i].kind_source in ("heading", "year")]
    planned = [k for k, i in enumerate(top) if decided[k] == "plans" and (
        rows[i].kind_source == "year"
        or (rows[i].kind_source == "heading" and _HEAD_PLANS.search(rows[i].heading)))]
    changed: set[int] = set()
    last: str | None = None  # the kind of the last section decided by a rule
    for k, i in enumerate(top):
        r = rows[i]
        if decided[k] is not None:
            last = decided[k]
            continue
        if named and k < named[0] and "plans" not in decided[:k]:
            r.kind = "review"
        elif (past_opening and planned and k < planned[0]
                and all(d in (None, "other") for d in decided[:k])):
            r.kind = "review"  # the report opens with the work done
        elif (named and k > named[-1]) or (
                last == "plans" and r.kind == "other" and not r.heading.startswith("关于")):
            # after the problems; or in the plans once they have begun, where the content
            # reads as neither (a topic, 关于外交工作, is left to its content)
            r.kind = "plans"
        else:
            continue
        r.kind_source = "order"
        changed.add(i)
    return changed


def _section_ends(sec: list[_Row], body_end: int) -> None:
    """Set the end of each headed section: where the next one of its level or above starts.

    The sections still open form a stack of rising levels (linear time).
    """
    open_secs: list[_Row] = []
    for r in sec:
        while open_secs and open_secs[-1].level >= r.level:
            open_secs.pop().end = r.start
        open_secs.append(r)
    for r in open_secs:
        r.end = body_end


def _section_kind(
    r: _Row, parent_kind: str | None, ref_year: int | None, norm: str,
    prior: str | None = None, *, after_review: bool = False,
) -> tuple[list[str], str]:
    """Kinds of a section and the rule that decided (``kind_source``); ``[]`` if none did.

    In order: the wording of the heading (``heading``: 回顾, 存在问题, 下一步打算, and at
    the top level the forward vocabulary 重点工作, 政府自身建设); the times it names
    (``year``: years before the document's reference year, 以来 → review; that year or
    later, the coming five-year plan, 今年, 今后 → plans); the kind of the parent
    section (``parent``); in a work plan (``prior`` plans: its title says 工作要点,
    工作计划), plans (``document``); the tense of the passage it heads (``tense``: 取得,
    完成, ……了, and outcomes with their figures where the passage is anchored in the
    past or the heading states a result, against 要, 将, 力争, 推进; ``_tense_kind``);
    wording that fits both (主要工作, 成效) as review.
    """
    heading = r.heading
    kinds = _heading_kinds(heading, forward=parent_kind is None) if heading else []
    if (r.mtype == "第一，" and parent_kind in ("review", "plans")
            and set(kinds) <= {"review", "plans"}):
        # 第一，…… items are sentences of their section: a word such as 政策取向
        # in one of them does not turn a review into plans
        return [parent_kind], "parent"
    if kinds:
        return kinds, "heading"
    if heading and r.mtype != "第一，":
        times, at = _time_kinds(heading, ref_year)
        # below a section of known kind, only a time that opens the heading counts
        # (（一）2025年工作情况, not 巩固2025年以来的良好势头)
        if times and (parent_kind is None or at <= 1):
            return times, "year"
    if parent_kind is not None:
        return [parent_kind], "parent"
    if prior == "plans" and heading:
        return ["plans"], "document"
    tense = _tense_kind(norm[r.body_start:r.end], heading, ref_year, after_review=after_review)
    if tense is not None:
        return [tense], "tense"
    if heading and _HEAD_WEAK_REVIEW.search(heading) and len(heading) <= _MAX_CUE_HEADING:
        return ["review"], "heading"
    return [], ""


def _link(rows: list[_Row]) -> None:
    """Sort rows in document order (parents first) and recompute parents/children."""
    order = sorted(range(len(rows)), key=lambda i: (rows[i].start, rows[i].level, -rows[i].end))
    new = [rows[i] for i in order]
    rows[:] = new
    stack: list[int] = []
    for i, r in enumerate(rows):
        r.children = []
        while stack and not (
            rows[stack[-1]].level < r.level and rows[stack[-1]].end >= r.end
            and rows[stack[-1]].start <= r.start
        ):
            stack.pop()
        r.parent = stack[-1] if stack else -1
        if r.parent >= 0:
            rows[r.parent].children.append(i)
        stack.append(i)


def _sentences(norm: str, s: int, e: int, most: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``norm[s:e]`` (ends at 。！？；, never inside brackets).

    With ``most``, the first ``most`` sentences only.
    """
    out: list[tuple[int, int]] = []
    pos = s
    seg = norm[s:e]
    while pos < e and (most is None or len(out) < most):
        nxt = s + _first_sentence_end(seg, pos - s)
        a = pos
        while a < nxt and norm[a].isspace():
            a += 1
        if a < nxt:
            out.append((a, nxt))
        pos = nxt
    return out


def _logical_paragraphs(
    paras: list[_Para], lo: int, hi: int, head_paras: set[int]
) -> list[tuple[int, int]]:
    """Spans of the paragraphs ``paras[lo:hi]`` that are no headings.

    A paragraph broken off in the middle of a sentence (``……现在`` / ``不是……``) is
    joined to the one before.
    """
    out: list[tuple[int, int]] = []
    prev_joinable = False
    for j in range(lo, hi):
        p = paras[j]
        if j in head_paras:
            prev_joinable = False
            continue
        if prev_joinable and out and _HAN_RE.match(p.text[:1]) and _match_marker(p.text) is None:
            out[-1] = (out[-1][0], p.end)
        else:
            out.append((p.start, p.end))
        prev_joinable = len(p.text) >= 20 and p.text[-1] not in _PARAGRAPH_END
    return out


def _problem_turn_at(norm: str, sents: list[tuple[int, int]], strong: bool) -> int | None:
    """Index of the sentence (of the first three) where a paragraph turns to problems.

    ``……但仍存在以下不足：``, ``我们也清醒看到……问题和挑战。``; ``strong`` (in the
    introduction of a plan) asks for a plain statement that problems exist.
    """
    for i in range(min(3, len(sents))):
        s = sents[i][0]
        window_end = sents[i + 1][1] if i + 1 < len(sents) else sents[i][1]
        window = norm[s:window_end].replace("\n", " ")
        first = norm[s:sents[i][1]].replace("\n", " ")
        if strong:
            # the situation a plan starts from mixes chances and challenges (面临的机遇和
            # 挑战并存): only a plain statement that problems exist turns to problems
            if (_STRICT_TURN_RE.search(first) and _PROBLEM_TURN_CUE.search(first)
                    and "机遇" not in first):
                return i
        elif _is_problem_turn(window):
            if i == 0 or _PROBLEM_TURN_CUE.search(first) or _CLEAR_VIEW_RE.search(first):
                return i
        elif _PROBLEM_INTRO_RE.search(first):
            return i
    return None


def _is_resolution(sentence: str) -> bool:
    """A closing resolution of a problems passage (我们一定要……决不辜负人民重托。)."""
    if _CLEAR_VIEW_RE.search(sentence) or "看到" in sentence[:12]:
        return False
    return bool(_RESOLVE_RE.search(sentence))


def _passage_pieces(
    norm: str, lps: list[tuple[int, int]], k: int, turn: int, limit: int,
    strong: bool = False,
) -> tuple[list[tuple[int, str]], int]:
    """Pieces ``(start, kind)`` of a problems passage, and where the passage ends.

    The passage starts at ``turn`` in logical paragraph ``k`` and ends by ``limit``.

    The passage runs on through the paragraph and the paragraphs that go on with it:
    enumerated items (二是, ——), paragraphs that state shortcomings, causes (究其原因,
    这些问题有的是……) and plans (下一步, 今后); it stops at a closing resolution (我们一定
    要……决不辜负……), a salutation (各位代表！) or a paragraph about something else.
    """
    pieces: list[tuple[int, str]] = [(turn, "problems")]
    kind = "problems"
    family_seen: set[str] = set()
    problem_families: set[str] = set()  # lists of problems open when causes began
    n_statements = 0
    prev_end_colon = False
    last_piece_para = k
    j = k
    while j < len(lps):
        s, e = lps[j]
        if s >= limit:
            return pieces, limit
        e = min(e, limit)
        text = norm[s:e]
        if j > k:
            head = text[:60].replace("\n", " ")
            enum = _ENUM_START_RE.match(head)
            fam = _enum_family(enum.group(0)) if enum is not None else ""
            first_end = s + _first_sentence_end(text)
            first = norm[s:first_end].replace("\n", " ")
            if _SALUTE_RE.match(head) or _REVIEW_OPENER_RE.match(head):
                return pieces, s
            if _PLAN_TURN_RE.match(head):
                pieces.append((s, "plans"))
                return pieces, limit
            if _CAUSE_SENT_RE.search(first):
                if kind != "causes":
                    pieces.append((s, "causes"))
                    kind = "causes"
                    problem_families = set(family_seen)
            elif kind == "causes" and fam and fam in problem_families:
                pieces.append((s, "problems"))  # the next problem of the list
                kind = "problems"
            elif enum is not None and (
                fam in family_seen or prev_end_colon or last_piece_para >= j - 1
            ):
                pass  # the next item of a list
            elif kind == "causes" and (
                _is_problem_turn(first) or _PROBLEM_INTRO_RE.search(first)
                or _PROBLEM_AGAIN_RE.match(first)
            ):
                pieces.append((s, "problems"))
                kind = "problems"
            elif _is_resolution(first) or not _DEFICIENCY_RE.search(first):
                return pieces, s
            if fam:
                family_seen.add(fam)
        sents = _sentences(norm, max(s, turn), e)
        for a, b in sents[1:] if j == k else sents:
            sentence = norm[a:b].replace("\n", " ")
            if j > k and a == sents[0][0]:
                n_statements += 1
                continue  # the opening sentence was read above
            if _is_resolution(sentence) and n_statements:
                return pieces, a
            if strong and _DIRECTIVE_RE.match(sentence):
                return pieces, a  # a plan goes on from the situation it states
            if kind == "problems" and _CAUSE_SENT_RE.search(sentence):
                pieces.append((a, "causes"))
                kind = "causes"
                last_piece_para = j
                problem_families = set(family_seen)
                problem_families.update(
                    _enum_family(m.group(0)) for m in _ENUM_IN_RE.finditer(norm, s, a)
                )
            elif _PLAN_SENT_RE.match(sentence):
                pieces.append((a, "plans"))
                return pieces, limit
            n_statements += 1
        for m in _ENUM_IN_RE.finditer(text):
            family_seen.add(_enum_family(m.group(0)))
        prev_end_colon = text.rstrip()[-1:] in "：:"
        j += 1
    return pieces, limit


class _RowsAt:
    """The structural rows that contain a position, for positions visited in order.

    Rows must be in document order (as :func:`_link` leaves them) and not be added to
    while in use; their ends may only shrink.  Then a row that ends before a position
    ends before every later one, and the rows containing the position are kept up to
    date by adding the rows that start before it and dropping those that end before
    it: the same rows as looking at every row, in time proportional to their number.
    """

    def __init__(self, rows: list[_Row], body: _Row) -> None:
        self.rows = rows
        self.body = body
        self.next = 0  # the first row not yet looked at
        self.active: list[int] = []  # rows containing the last position, in row order

    def _eligible(self, r: _Row) -> bool:
        return not r.inline and (r.level > 0 or r is self.body)

    def chain(self, pos: int) -> list[int]:
        """Headed rows (and the body) containing ``pos``, shallowest first.

        ``pos`` must not decrease from one call to the next.
        """
        rows = self.rows
        while self.next < len(rows) and rows[self.next].start <= pos:
            if self._eligible(rows[self.next]):
                self.active.append(self.next)
            self.next += 1
        self.active = [i for i in self.active if pos < rows[i].end]
        return sorted(self.active, key=lambda i: rows[i].level)

    def around(self, pos: int) -> list[_Row]:
        """Headed rows with ``start < pos < end``, ``pos`` at or after the last position."""
        rows = self.rows
        out = [rows[i] for i in self.active if rows[i].start < pos < rows[i].end]
        j = self.next
        while j < len(rows) and rows[j].start < pos:
            r = rows[j]
            if self._eligible(r) and pos < r.end:
                out.append(r)
            j += 1
        return out


def _passage_owner(
    rows: list[_Row], chain: list[int], headless: bool
) -> tuple[int, bool]:
    """The row whose text a problems passage at a paragraph would belong to.

    ``chain``: the rows containing the paragraph, shallowest first; ``headless``: the
    body has no headed section.  Returns the row (-1: none) and whether it is the
    introduction of a plan (a passage there must state plainly that problems exist).
    """
    deepest = chain[-1]
    for i in reversed(chain):
        r = rows[i]
        if r.level > 0 and r.kind == "review" and (
            r.kind_source in ("heading", "year", "turn")
            or (r.kind_source in ("content", "tense") and r.level == 1)
        ):
            return i, False
        if i != deepest:
            if r.level == 0 and headless:
                return i, False
            continue
        if r.level == 1 and r.kind == "plans" and r.kind_source in (
            "heading", "year", "content", "tense", "document"
        ):
            return i, True  # the situation in the introduction of a plan
        if r.level > 0 and r.kind == "mixed" \
                and _heading_kinds(r.heading)[:2] == ["review", "plans"]:
            return i, False  # 去年工作回顾和今年的基本方针, not split: its review part
        if r.level == 0 and headless:
            return i, False
    return -1, False


class _Passage(NamedTuple):
    turn: int  # where it starts
    limit: int  # the next heading (or the end of the owner)
    end: int  # where the problems, causes and plans stop
    pieces: list[tuple[int, str]]  # (start, kind) of its parts


#: Every turn to problems (``_problem_turn_at``) names one of these words: those of
#: ``_PROBLEM_TURN_RE``, ``_PROBLEM_WORD_RE``, ``_PROBLEM_INTRO_RE`` (``_PW``) and
#: ``_STRICT_TURN_RE``.
_TURN_WORD_RE = re.compile(f"{_PW}|薄弱环节")


def _find_passage(
    norm: str, lps: list[tuple[int, int]], k: int, owner: _Row, strong: bool,
    head_starts: list[int],
) -> _Passage | None:
    """The problems passage (or plans) that starts in logical paragraph ``k``, if any."""
    ps0, pe0 = lps[k]

    def limit_after(turn: int) -> int:
        i = bisect.bisect_right(head_starts, turn)
        return min(head_starts[i], owner.end) if i < len(head_starts) else owner.end

    # the turn is looked for in the first three sentences (and the one after them); it
    # names a problem word, so a paragraph without one has none
    if _TURN_WORD_RE.search(norm, ps0, pe0) is None:
        sents, at = [], None
    else:
        sents = _sentences(norm, ps0, pe0, most=4)
        at = _problem_turn_at(norm, sents, strong) if sents else None
    if at is None:
        if owner.kind == "review" and _PLAN_SENT_RE.match(norm[ps0:ps0 + 60]):
            # 下一步，我们将…… at the end of a review: the plans, up to the next heading
            limit = limit_after(ps0)
            return _Passage(ps0, limit, limit, [(ps0, "plans")])
        return None
    turn = ps0 if at == 0 else sents[at][0]
    limit = limit_after(turn)
    pieces, end = _passage_pieces(norm, lps, k, turn, limit, strong)
    if strong and end <= sents[at][1]:
        return None  # a mere mention of problems before the plan
    return _Passage(turn, limit, end, pieces)


def _passage_attach(
    rows: list[_Row], chain: list[int], owner: int, limit: int, heading_at: dict[int, int]
) -> int | None:
    """The row a passage hangs from: the parent of the heading that ends it.

    ``heading_at`` maps a start to the first headed row starting there.  None when that
    parent is shallower than the owner (the passage is not taken).
    """
    o = rows[owner]
    if limit >= o.end:
        return owner
    nxt = rows[heading_at[limit]]
    cands = [i for i in chain if rows[i].level == nxt.level - 1]
    if not cands or rows[cands[0]].level < o.level:
        return None
    return cands[0]


def _passage_rows(
    rows: list[_Row], paras: list[_Para], norm: str, passage: _Passage, attach: int,
    filler_kind: str,
) -> list[_Row]:
    """The rows of a passage hanging from ``attach``.

    ``filler_kind``: the kind of the text between the end of the passage and its limit
    (the section's own kind again).
    """
    a = rows[attach]
    turn, limit, end = passage.turn, passage.limit, passage.end
    pieces = list(passage.pieces)
    if a.kind == "mixed":
        # the problems close the review; the plans come after them
        first = _first_unit(paras, a.body_start, turn)
        if first is not None and first < turn:
            pieces.insert(0, (first, "review"))
        filler_kind = "plans"
    if end < limit:
        plan_at = next((u for u, _ in _units(paras, end, limit) if u > end and (
            _PLAN_SENT_RE.match(norm[u:u + 60])
            or (filler_kind == "review" and _PLAN_YEAR_RE.match(norm[u:u + 60])))), None)
        after = _sentences(norm, end, limit, most=3)  # the first, and whether there are 3
        closing = norm[after[0][0]:after[0][1]].replace("\n", " ") if after else ""
        if (filler_kind == "review" and 0 < len(after) <= 2 and plan_at is None
                and _is_resolution(closing) and _FORWARD_RESOLVE_RE.search(closing)):
            # the resolution that closes the review's problems (我们一定正视问题，
            # 采取有力措施加以解决) says what will be done
            pieces.append((end, "plans"))
        else:
            pieces.append((end, filler_kind + "|parent"))
        if plan_at is not None:
            pieces.append((plan_at, "plans"))
    bounds = [p for p, _ in pieces] + [limit]
    out = []
    for (s, kind), e in zip(pieces, bounds[1:], strict=True):
        if e <= s:
            continue
        kind, _, source = kind.partition("|")
        out.append(
            _Row(a.level + 1, "", None, "", kind, s, e, attach, False, "body", s,
                 source or "turn", para=-1)
        )
    return out


def _first_unit(paras: list[_Para], start: int, end: int) -> int | None:
    """Start of the first paragraph piece of ``[start, end)`` (see :func:`_units`)."""
    j = bisect.bisect_right(paras, start, key=_para_end)
    if j < len(paras) and paras[j].start < end and start < end:
        return max(paras[j].start, start)
    return None


def _problem_passages(
    rows: list[_Row], paras: list[_Para], norm: str, body: _Row | None
) -> None:
    """Find unheaded problems passages and the causes and plans that follow them.

    They are looked for in review sections, in the introduction of plans sections and
    in headless bodies.
    """
    if body is None:
        return
    headed = [r for r in rows if r.level > 0]
    head_starts = sorted(r.start for r in headed)
    heading_at: dict[int, int] = {}
    for i, r in enumerate(rows):
        if r.level > 0 and not r.inline:
            heading_at.setdefault(r.start, i)
    lo = next((j for j, p in enumerate(paras) if p.start >= body.start), len(paras))
    hi = next((j for j, p in enumerate(paras) if p.start >= body.end), len(paras))
    lps = _logical_paragraphs(paras, lo, hi, {r.para for r in headed})
    rows_at = _RowsAt(rows, body)
    done: set[int] = set()
    new_rows: list[_Row] = []
    k = 0
    while k < len(lps):
        chain = rows_at.chain(lps[k][0])
        owner, strong = _passage_owner(rows, chain, not headed)
        passage = None
        if owner >= 0 and owner not in done:
            passage = _find_passage(norm, lps, k, rows[owner], strong, head_starts)
        attach = None
        if passage is not None:
            attach = _passage_attach(rows, chain, owner, passage.limit, heading_at)
        if attach is not None and any(
            not rows[c].inline and not rows[c].heading and rows[c].kind_source == "turn"
            for c in rows[attach].children
        ):
            attach = None  # already split where its text turns (a mixed heading)
        if passage is None or attach is None:
            k += 1
            continue
        deepest = chain[-1]
        filler_kind = rows[deepest].kind if deepest != attach else rows[attach].kind
        done.add(owner)
        for r in rows_at.around(passage.turn):
            if r.level > rows[attach].level:
                r.end = passage.turn
        new_rows += _passage_rows(rows, paras, norm, passage, attach, filler_kind)
        while k < len(lps) and lps[k][0] < passage.limit:
            k += 1
    rows.extend(new_rows)


def _tails(rows: list[_Row], paras: list[_Para], norm: str) -> None:
    """Split causes and plans off the end of headed problems sections.

    ``究其根本原因在于……`` and ``下一步……`` after the last problem become unheaded
    children of kinds causes and plans.
    """
    new_rows: list[_Row] = []
    for idx, r in enumerate(rows):
        if r.level == 0 or r.inline or r.kind not in ("problems", "causes") \
                or r.kind_source != "heading":
            continue
        if any(not rows[c].inline for c in r.children):
            continue
        units = _units(paras, r.body_start, r.end)
        if not units:
            continue
        last_item = max(
            (m.start() for m in _ENUM_IN_RE.finditer(norm, units[0][0], r.end)),
            default=units[0][0],
        )
        pieces: list[tuple[int, str]] = []
        kind = r.kind
        for s, e in units:
            for a, b in _sentences(norm, s, e):
                if a <= units[0][0]:
                    continue
                sentence = norm[a:b].replace("\n", " ")
                if kind == "problems" and a > last_item and _CAUSE_SENT_RE.search(sentence):
                    pieces.append((a, "causes"))
                    kind = "causes"
                elif kind != "plans" and (
                    (a == s and _PLAN_TURN_RE.match(norm[a:a + 60]))
                    or _PLAN_SENT_RE.match(sentence)
                ):
                    pieces.append((a, "plans"))
                    kind = "plans"
        bounds = [p for p, _ in pieces] + [r.end]
        for (s, kind), e in zip(pieces, bounds[1:], strict=True):
            new_rows.append(_Row(r.level + 1, "", None, "", kind, s, e, idx, False, r.part, s,
                                 "turn"))
    rows.extend(new_rows)


def _inside_an_item(items: list[tuple[int, int, int, str]], s: int, e: int) -> bool:
    return any(it[0] <= s and e <= it[1] for it in items)


def _accept_lists(
    spans: list[list[tuple[int, int, int, str]]],
) -> list[tuple[list[tuple[int, int, int, str]], int]]:
    """The lists kept, widest first, with their depth (0, or 1 inside another's item).

    A list is kept unless it overlaps a list kept before without lying inside one of
    its items.  The lists kept are therefore nested or disjoint: the outermost ones are
    held sorted by position (bisection), each with the lists kept inside it, so that
    a list is compared only with those around it.
    """
    from sortedcontainers import SortedList

    accepted: list[tuple[list[tuple[int, int, int, str]], int]] = []
    tops: SortedList = SortedList()  # (start, end, number) of the outermost lists
    inner: list[list[list[tuple[int, int, int, str]]]] = []  # lists inside each
    outer: list[list[tuple[int, int, int, str]]] = []
    for items in spans:
        s, e = items[0][0], items[-1][1]
        i = tops.bisect_left((e,))  # the outermost lists that start before e
        hits = []
        while i > 0 and tops[i - 1][1] > s:
            hits.append(tops[i - 1])
            i -= 1
        if not hits:
            tops.add((s, e, len(outer)))
            outer.append(items)
            inner.append([])
            accepted.append((items, 0))
            continue
        if len(hits) > 1:
            continue
        top = hits[0][2]
        if not _inside_an_item(outer[top], s, e) or any(
            not (e <= acc[0][0] or s >= acc[-1][1]) and not _inside_an_item(acc, s, e)
            for acc in inner[top]
        ):
            continue
        inner[top].append(items)
        accepted.append((items, 1))
    return accepted


def _inline_matches(seg: str) -> Iterator[re.Match[str]]:
    """The matches of ``_INLINE_RE.finditer(seg)``: found by ``_INLINE_FIND``, then matched."""
    match = _INLINE_RE.match
    for found in _INLINE_FIND.finditer(seg):
        m = match(seg, found.start())
        if m is not None:  # always (the same spans)
            yield m


def _inline_items(rows: list[_Row], paras: list[_Para], norm: str, body: _Row | None) -> None:
    """Add inline enumerations (一是…二是…, 首先…其次…, 一方面…另一方面…) as items."""
    if body is None:
        return
    has_sections = any(r.level > 0 for r in rows)
    owners = [
        i for i, r in enumerate(rows)
        if (r.level > 0 and not r.inline) or (r is body and not has_sections)
    ]
    new_rows: list[_Row] = []
    for oi in owners:
        o = rows[oi]
        structural = [rows[c] for c in o.children if not rows[c].inline]
        region_end = structural[0].start if structural else o.end
        region_start = o.body_start if o.level > 0 else o.start
        if region_end <= region_start:
            continue
        # (position, marker end, family, number, marker, paragraph end)
        cands: list[tuple[int, int, str, int, str, int]] = []
        for s, e in _units(paras, region_start, region_end):
            seg = norm[s:e]
            for m in _inline_matches(seg):
                q = m.start()
                k = q - 1
                while k >= 0 and seg[k] == " ":
                    k -= 1
                if k >= 0 and seg[k] not in _INLINE_BOUNDARY:
                    continue
                if m.group("shi"):
                    family = "是" if m.group("shi").endswith("是") else "要"
                    num = _cn_int(m.group("shi")[:-1]) or 0
                elif m.group("di"):
                    family, num = "第", _cn_int(m.group("di")[1:]) or 0
                elif m.group("seq"):
                    family, num = "首先", _SEQ_NUMBERS[m.group("seq")]
                else:
                    family, num = "方面", 2 if m.group("fm") == "另一方面" else 1
                cands.append((s + q, s + m.end(), family, num, m.group(0), e))
        runs: list[list[tuple[int, int, str, int, str, int]]] = []
        open_runs: dict[str, list[tuple[int, int, str, int, str, int]]] = {}
        for c in cands:
            family, num = c[2], c[3]
            run = open_runs.get(family)
            last = run[-1][3] if run else 0
            if family == "方面" and num == 1 and run is not None and len(run) == 1:
                num = 2  # 一方面……一方面……
            if family == "首先" and num == 0:
                num = last + 1 if run is not None and last >= 1 else -1
            if num == 1:
                if run is not None:
                    runs.append(run)
                open_runs[family] = [(*c[:3], 1, *c[4:])]
            elif run is not None and num == last + 1:
                run.append((*c[:3], num, *c[4:]))
        runs.extend(open_runs.values())
        runs = [r for r in runs if len(r) >= 2]
        # items: each runs to the next marker; the last to the end of its paragraph
        # a list of the same family that starts again later in the paragraph
        # (一是……二是……一是……) follows this one rather than nesting in its last item:
        # the starts of the runs by (family, paragraph end of their first item), in order
        restarts: dict[tuple[str, int], list[int]] = {}
        for r2 in runs:
            restarts.setdefault((r2[0][2], r2[0][5]), []).append(r2[0][0])
        for starts in restarts.values():
            starts.sort()
        spans: list[list[tuple[int, int, int, str]]] = []
        for run in runs:
            items = []
            later = restarts.get((run[0][2], run[-1][5]), [])
            k = bisect.bisect_right(later, run[-1][0])
            again = later[k] if k < len(later) else run[-1][5]
            for k, c in enumerate(run):
                end = run[k + 1][0] if k + 1 < len(run) else min(c[5], again)
                items.append((c[0], end, c[3], c[4]))
            spans.append(items)
        spans.sort(key=lambda it: it[0][0] - it[-1][1])  # widest first
        accepted = _accept_lists(spans)
        for items, depth in accepted:
            for s, e, num, marker in items:
                after = s + len(marker)
                while after < e and norm[after] in "，,、：: ":
                    after += 1
                hend = after + _first_sentence_end(norm[after:e])
                new_rows.append(
                    _Row(o.level + 1 + depth, marker, num, _clean_heading(norm[after:hend]),
                         o.kind, s, e, oi, True, o.part, s, "parent")
                )
    rows.extend(new_rows)
    _link(rows)
    # nested items take their host item's kind (same as the owner's here)
    for r in rows:
        if r.inline and r.parent >= 0:
            r.kind = rows[r.parent].kind if rows[r.parent].level > 0 else r.kind


def _without_twins(rows: list[_Row]) -> list[_Row]:
    """``rows`` without a row that repeats an earlier one (same level, span, kind, parent).

    Two rules can propose the same unheaded passage (a mixed heading split where the text
    turns, and the problems passage found inside it); kept twice it would overlap its
    twin, and sections would no longer partition the text.  Parents are renumbered.
    """
    seen: dict[tuple[Any, ...], int] = {}
    new_index: list[int] = []
    kept: list[_Row] = []
    for r in rows:
        key = (r.level, r.start, r.end, r.kind, r.parent, r.inline, r.heading, r.part)
        if key in seen:
            new_index.append(seen[key])
            continue
        seen[key] = len(kept)
        new_index.append(len(kept))
        kept.append(r)
    if len(kept) == len(rows):
        return rows
    for r in kept:
        if r.parent >= 0:
            r.parent = new_index[r.parent]
    return kept


def segment_sections(
    text: str, *, normalized: NormalizedText | None = None, year: int | None = None
) -> pd.DataFrame:
    r"""Split an official document into its parts, sections and inline items.

    The document is read as a tree.  Its **parts** (level 0) are a header (the page
    chrome of a web copy before the text: ``下载`` / ``打印`` / ``【字号：加大 还原 减小】``,
    ``来源：……`` / ``时间：……`` lines, photo captions ``……本报记者 王五 摄``), the title, the
    salutation (主送机关, ``市直机关工委：``), the preamble, the body, the closing formula
    (``专此报告。``), signature and date lines, and a trailer (licence boilerplate of web
    copies, ``责任编辑：……``, ``【打印】【关闭】``, ``相关报道：`` and what follows).  The
    **sections** of the body (levels 1, 2, ...) follow the numbering of
    official documents (GB/T 9704: ``一、`` ``（一）`` ``1.``/``1、`` ``（1）`` ``①``, and
    ``第一部分`` ``第一章`` ``第一节`` ``第一，``) as the document actually nests it, so a
    skipped level (``一、`` then ``1.``) or numbering that runs on across sections (``1.``
    ... ``22.``) is read correctly, and numbers that do not continue a list (``3.`` out
    of the blue, ``1.5万``, ``2022年``) are not headings.  A heading that is the first
    clause of its paragraph ends at the first ``。``; the body of the section starts
    after it (``body_start``).  Short unnumbered lines without punctuation
    (``结束语``) are level-1 headings.  **Inline items** (``一是……二是……``, ``第一，……``,
    ``首先……其次……``, ``一方面……另一方面……``) become rows with ``inline=True`` inside
    their section.

    Each section gets a **kind**: ``review`` (work done), ``problems``, ``causes``,
    ``plans``, ``other``, from what its heading means: its wording (回顾, 存在问题,
    下一步打算; at the top level also the forward vocabulary of plans: 目标任务, 主要考虑,
    重点工作, 政府自身建设, 关于……的说明); else the times it names, against the
    document's **reference year** (the first year it plans for: the ``year`` of a
    government work report or work plan, the next year for a summary or duty report, or
    when its headings name the next year): earlier years and five-year plans, 以来,
    一年来 are review; the reference year or later, the coming five-year plan
    (“十五五”), 今年, 明年, 今后, 下一步 are plans (``2026年主要工作`` in a report of 2026);
    else its parent section; else, in a work plan (工作要点), plans; else, for a themed
    heading (``一年接着一年干，……``), the tense and aspect of the passage it heads
    (取得, 完成, ……了 against 要, 将, 力争); else the wording of its text.  A heading
    that names two kinds
    (``存在的问题和下一步打算``) has kind ``mixed`` and two unheaded children split where
    the text turns to the second kind.  A problems passage without a heading inside
    a review section (``……虽然取得了一些成绩，但仍存在以下不足：一是……``), or stated in
    the introduction of a plans section (``但是，……仍然存在一些突出矛盾和问题。``),
    becomes an unheaded child of kind ``problems`` (``kind_source == "turn"``).  It
    starts at the sentence that turns to problems and ends where the problems end: at
    a closing resolution (``我们一定要……决不辜负人民重托。``), a salutation
    (``各位代表！``) or a paragraph that states no shortcoming and does not go on with
    the list; the rest of the section is an unheaded row of the section's kind
    (``kind_source == "parent"``).  Causes inside or after it (``究其原因``,
    ``主要原因是：``, ``这些问题有的是……``, ``既有客观原因``) and plans after it (``下一步``,
    ``今后``) are unheaded rows of kinds ``causes`` and ``plans``, as are causes and plans
    at the end of a headed problems section.

    Parameters
    ----------
    text : str
        Source text of one document.
    normalized : NormalizedText, optional
        ``normalize_with_offsets(text)`` when already computed.
    year : int, optional
        The document's year (a ``year`` column of the corpus); inferred from the title,
        date lines and opening (as :func:`govtext.metadata.infer_metadata` does) when absent;
        without one, headings that name two successive years plan for the later one.

    Returns
    -------
    pandas.DataFrame
        One row per part, section and inline item, in document order (a parent before
        its children), with columns

        - ``level`` (int): 0 for parts, 1 for top-level sections, and so on.
        - ``marker`` (str): numbering as written after normalization (``一、``,
          ``（1）``, ``一是``), ``""`` for parts and unheaded passages.
        - ``number`` (Int64): value of the numbering, ``<NA>`` when unnumbered.
        - ``heading`` (str): heading text without its marker and final punctuation;
          the text of short parts (title, salutation, closing, signature, date);
          ``""`` for the preamble, the body and unheaded passages.
        - ``kind`` (str): one of ``review problems causes plans other mixed``.
        - ``start``, ``end`` (int): the row's span in the source text.
        - ``parent`` (int): index of the parent row, ``-1`` for parts.
        - ``inline`` (bool): an inline item (``一是``) rather than a numbered section.
        - ``part`` (str): the part the row belongs to (``header title salutation
          preamble body closing signature date trailer``).
        - ``body_start`` (int): where the text after the heading starts (source).
        - ``kind_source`` (str): the rule that decided the kind: ``heading`` (its
          wording), ``year`` (the times it names), ``parent``, ``document`` (a section
          of a work plan), ``tense`` (the tense of its passage), ``order`` (a
          top-level section before the report's problems is a review, one after them
          plans), ``content`` (the wording of its text), ``turn`` (a split or unheaded
          passage), ``part``.

        The spans partition the text: the parts (level 0) tile ``[0, len(text))``;
        every row lies inside its parent; siblings never overlap; the sections
        (non-inline children) of a row tile ``[first child start, parent end)``, so
        the parent's own text is its heading and introduction.  Inline items run to
        the next item; the last one ends with its paragraph.  Use
        :func:`section_kind_at` or :func:`kind_spans` to ask for the kind of the
        innermost row at a position.

    See Also
    --------
    format_outline : the rows as an indented outline.
    section_kind_at : kind of the innermost section at given positions.

    Examples
    --------
    >>> text = ("市直机关工委：\n一、2022年工作情况\n（一）加强政治建设，筑牢根基。"
    ...         "全年召开会议**次。\n今年以来，虽然取得了一些成绩，"
    ...         "但仍存在以下不足：一是学习不够。二是监督不严。"
    ...         "\n二、2023年工作安排\n继续加强学习。\n专此报告。")
    >>> df = segment_sections(text)
    >>> df[["level", "marker", "heading", "kind", "part"]].values.tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    [[0, '', '市直机关工委：', 'other', 'salutation'],
     [0, '', '', 'other', 'body'],
     [1, '一、', '2022年工作情况', 'review', 'body'],
     [2, '（一）', '加强政治建设，筑牢根基', 'review', 'body'],
     [2, '', '', 'problems', 'body'],
     [3, '一是', '学习不够', 'problems', 'body'],
     [3, '二是', '监督不严', 'problems', 'body'],
     [1, '二、', '2023年工作安排', 'plans', 'body'],
     [0, '', '专此报告。', 'other', 'closing']]
    >>> row = df.iloc[3]
    >>> text[row["start"]:row["body_start"]]
    '（一）加强政治建设，筑牢根基。'
    """
    return section_columns(text, normalized=normalized, year=year).frame()


class SectionColumns:
    r"""The columns of a :func:`segment_sections` table as numpy arrays, without the table.

    Read as the table is by the analyses of one document: ``len`` is the number of
    rows, ``columns`` the column names, ``index`` the row labels (0, 1, 2 ...) and
    ``cols["kind"]`` a column (read-only); :meth:`frame` builds the table.

    Examples
    --------
    >>> cols = section_columns("一、工作回顾\n做了很多。\n二、存在问题\n学习不够。")
    >>> len(cols), cols["heading"].tolist()[-2:]
    (3, ['工作回顾', '存在问题'])
    >>> cols.frame().equals(segment_sections("一、工作回顾\n做了很多。\n二、存在问题\n学习不够。"))
    True
    """

    __slots__ = ("_data", "_n")

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data
        self._n = len(data["level"])
        for column in data.values():
            column.setflags(write=False)

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, name: str) -> Any:
        return self._data[name]

    @property
    def columns(self) -> tuple[str, ...]:
        """The column names, in the table's order."""
        return tuple(self._data)

    @property
    def index(self) -> Any:
        """The row labels of the table: 0, 1, 2 ..."""
        import numpy as np

        return np.arange(self._n, dtype=np.int64)

    def frame(self) -> pd.DataFrame:
        """The table of :func:`segment_sections`."""
        import pandas as pd

        data: dict[str, Any] = {}
        for name, column in self._data.items():
            if name == "number":
                data[name] = pd.array(column.tolist(), dtype="Int64")
            elif column.dtype == object:
                data[name] = pd.Series(column.tolist(), dtype="object")
            else:
                data[name] = column  # numpy arrays: the same table, built faster
        df: pd.DataFrame = pd.DataFrame(data)
        return df


def section_columns(
    text: str, *, normalized: NormalizedText | None = None, year: int | None = None,
    paragraphs: list[tuple[int, int]] | None = None,
) -> SectionColumns:
    r"""The columns of :func:`segment_sections` (no table), see :class:`SectionColumns`.

    Parameters
    ----------
    text : str
        Source text.
    normalized : NormalizedText, optional
        ``normalize_with_offsets(text)`` when already computed.
    year : int, optional
        Reference year of the section kinds (read from the text when omitted).
    paragraphs : list of (int, int), optional
        ``paragraph_spans(normalized.text)`` when already computed (used with
        ``normalized`` only).

    Returns
    -------
    SectionColumns
        ``cols.frame()`` is ``segment_sections(text, normalized=normalized, year=year)``.

    Examples
    --------
    >>> section_columns("一、总体要求\n坚持学习。")["level"].tolist()
    [0, 1]
    """
    import numpy as np

    if not isinstance(text, str):
        raise TypeError(f"segment_sections expects a str, got {type(text).__name__}")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise TypeError(f"segment_sections expects an int year, got {type(year).__name__}")
    rows, nt = _build(text, normalized, year, paragraphs)
    rows = _without_twins(rows)
    n_src = len(text)
    n_norm = len(nt.text)

    def src(pos: int) -> int:
        if pos <= 0:
            return 0
        return n_src if pos >= n_norm else nt.to_source(pos)

    def src_end(pos: int) -> int:
        return n_src if pos >= n_norm else src(pos)

    def ints(values: list[int]) -> Any:
        return np.array(values, dtype=np.int64)

    def objects(values: list[Any]) -> Any:
        out = np.empty(len(values), dtype=object)
        out[:] = values
        return out

    starts = [src(r.start) for r in rows]
    ends = [src_end(r.end) for r in rows]
    return SectionColumns({
        "level": ints([r.level for r in rows]),
        "marker": objects([r.marker for r in rows]),
        "number": objects([r.number for r in rows]),
        "heading": objects([r.heading for r in rows]),
        "kind": objects([r.kind for r in rows]),
        "start": ints(starts),
        "end": ints(ends),
        "parent": ints([r.parent for r in rows]),
        "inline": np.array([r.inline for r in rows], dtype=bool),
        "part": objects([r.part for r in rows]),
        "body_start": ints(
            [min(max(src(r.body_start), s), e) for r, s, e in zip(rows, starts, ends, strict=True)]
        ),
        "kind_source": objects([r.kind_source for r in rows]),
    })


def _paint(sections: pd.DataFrame | SectionColumns, n: int, values: Any, fill: Any) -> Any:
    """Array of length ``n``: the value of the innermost row covering each position."""
    import numpy as np

    vals = np.asarray(values)
    dtype = vals.dtype
    if dtype.kind in "iu":
        # the smallest integer type that holds the values (row numbers, kind codes):
        # one array of the length of the text, so a long text's costs 1 to 4 bytes a
        # character instead of 8
        ends_of = [fill, *(vals[[vals.argmin(), vals.argmax()]].tolist() if len(vals) else [])]
        dtype = np.result_type(*(np.min_scalar_type(v) for v in ends_of))
    out = np.full(n, fill, dtype=dtype)
    if len(sections) == 0 or n == 0:
        return out
    order = np.lexsort((np.asarray(sections["start"]), np.asarray(sections["level"])))
    starts = np.asarray(sections["start"])
    ends = np.asarray(sections["end"])
    for i in order:  # shallow rows first, deeper rows paint over them
        out[int(starts[i]):int(ends[i])] = vals[i]
    return out


def _painted_at(
    sections: pd.DataFrame | SectionColumns, values: Any, fill: int, pos: Any
) -> Any:
    """``_paint(sections, n, values, fill)[pos]`` (int64; ``fill`` outside ``[0, n)``).

    ``n`` is the largest end of the rows.  The text is painted a window of
    :data:`_PAINT_WINDOW` characters at a time, with the rows over the window, so
    that no array of the length of a long text is made.
    """
    import numpy as np

    out = np.full(len(pos), fill, dtype=np.int64)
    n = int(sections["end"].max()) if len(sections) else 0
    if n == 0 or len(pos) == 0:
        return out
    vals = np.asarray(values, dtype=np.int64)
    order = np.lexsort((np.asarray(sections["start"]), np.asarray(sections["level"])))
    starts = np.asarray(sections["start"], dtype=np.int64)[order]
    ends = np.asarray(sections["end"], dtype=np.int64)[order]
    vals = vals[order]
    by_pos = np.argsort(pos, kind="stable")
    ordered = pos[by_pos]
    for a in range(0, n, _PAINT_WINDOW):
        b = min(a + _PAINT_WINDOW, n)
        lo, hi = np.searchsorted(ordered, [a, b], side="left")
        if lo == hi:
            continue
        window = np.full(b - a, fill, dtype=np.int64)
        # shallow rows first, deeper rows paint over them (as _paint)
        for i in np.flatnonzero((starts < b) & (ends > a)).tolist():
            window[max(int(starts[i]), a) - a : min(int(ends[i]), b) - a] = vals[i]
        out[by_pos[lo:hi]] = window[ordered[lo:hi] - a]
    return out


#: Characters of text :func:`_painted_at` paints at a time.
_PAINT_WINDOW = 2**16


def section_at(sections: pd.DataFrame, positions: Any) -> Any:
    r"""Index of the innermost row of ``sections`` that contains each position.

    Parameters
    ----------
    sections : pandas.DataFrame
        Output of :func:`segment_sections`.
    positions : int or array-like of int
        Positions in the source text (``start`` of a sentence, for instance).

    Returns
    -------
    numpy.ndarray of int
        Row index (label of ``sections.index``) per position, ``-1`` outside the text.

    Examples
    --------
    >>> text = "一、工作回顾\n做了很多。\n二、存在问题\n学习不够。"
    >>> df = segment_sections(text)
    >>> idx = section_at(df, [text.index("做了"), text.index("学习")])
    >>> df.loc[idx, "heading"].tolist()
    ['工作回顾', '存在问题']
    """
    import numpy as np

    pos = np.atleast_1d(np.asarray(positions, dtype=np.int64))
    labels = np.asarray(sections.index, dtype=np.int64)
    out: Any = _painted_at(sections, labels, -1, pos)
    return out


def section_kind_at(sections: pd.DataFrame | SectionColumns, positions: Any) -> Any:
    r"""Kind of the innermost section containing each position.

    This is how a sentence, a commitment or a self-criticism statement found at
    ``start`` learns whether it sits in a review, problems, causes or plans
    section.  Unheaded passages and inline items count (their kind is the kind of the
    text they cover); positions in the title, preamble, closing or outside the text
    get ``"other"``.  A ``mixed`` section whose text was split reports the kind of
    the split part.

    Parameters
    ----------
    sections : pandas.DataFrame
        Output of :func:`segment_sections`.
    positions : int or array-like of int
        Positions in the source text.

    Returns
    -------
    numpy.ndarray of str

    Examples
    --------
    >>> text = "一、工作回顾\n做了很多。\n二、存在问题\n学习不够。\n三、下步打算\n继续学习。"
    >>> df = segment_sections(text)
    >>> section_kind_at(df, [text.index("做了"), text.index("学习不"), text.index("继续")]).tolist()
    ['review', 'problems', 'plans']
    """
    import numpy as np

    pos = np.atleast_1d(np.asarray(positions, dtype=np.int64))
    # row numbers (not labels), so that kinds are picked by position
    rows = _painted_at(sections, np.arange(len(sections), dtype=np.int64), -1, pos)
    # the last entry answers row -1 (outside every row)
    kinds = np.array([*(str(k) for k in sections["kind"]), "other"], dtype=object)
    out: Any = kinds[rows]
    return out


def kind_spans(sections: pd.DataFrame) -> pd.DataFrame:
    r"""Maximal runs of text with the same section kind.

    The runs tile the text covered by ``sections``; each carries the kind of the
    innermost row over it (see :func:`section_kind_at`).  Join sentences or matches to
    them with :func:`pandas.merge_asof` on ``start``.

    Returns
    -------
    pandas.DataFrame
        Columns ``kind``, ``start``, ``end``.

    Examples
    --------
    >>> text = "一、工作回顾\n做了很多。\n二、存在问题\n学习不够。"
    >>> kind_spans(segment_sections(text)).values.tolist()
    [['review', 0, 13], ['problems', 13, 25]]
    """
    import numpy as np
    import pandas as pd

    n = int(sections["end"].max()) if len(sections) else 0
    codes = {k: i for i, k in enumerate(KINDS)}
    values = np.array([codes.get(str(k), 0) for k in sections["kind"]], dtype=np.int64)
    painted = _paint(sections, n, values, 0)
    if n == 0:
        empty: pd.DataFrame = pd.DataFrame({"kind": [], "start": [], "end": []}).astype(
            {"start": "int64", "end": "int64"}
        )
        return empty
    cuts = np.flatnonzero(np.diff(painted)) + 1
    starts = np.concatenate(([0], cuts))
    ends = np.concatenate((cuts, [n]))
    spans: pd.DataFrame = pd.DataFrame(
        {
            "kind": [KINDS[int(painted[s])] for s in starts],
            "start": starts.astype("int64"),
            "end": ends.astype("int64"),
        }
    )
    return spans


@functools.cache
def _space_table() -> Any:
    import numpy as np

    # every character for which str.isspace() is true lies below U+3001 (U+3000 is the
    # last one in Unicode)
    return np.array([chr(c).isspace() for c in range(0x3001)], dtype=bool)


def _space_mask(text: str) -> Any:
    """``str.isspace()`` of each character of ``text``, as a numpy array."""
    import numpy as np

    table = _space_table()
    out = np.empty(len(text), dtype=bool)
    for a in range(0, len(text), _SPACE_PIECE):  # a piece of a long text at a time
        piece = text[a : a + _SPACE_PIECE].encode("utf-32-le", "surrogatepass")
        codes = np.frombuffer(piece, dtype=np.uint32)
        out[a : a + len(codes)] = (codes < len(table)) & table[np.minimum(codes, len(table) - 1)]
    return out


#: Characters :func:`_space_mask` converts at a time.
_SPACE_PIECE = 2**16


def kind_shares(sections: pd.DataFrame | SectionColumns, text: str) -> dict[str, float]:
    r"""Share of the non-space characters of ``text`` in each section kind.

    The innermost section decides the kind of a character.  Shares are not rounded;
    they are NaN for a text without non-space characters.

    Examples
    --------
    >>> text = "一、工作回顾\n做了很多。\n二、存在问题\n学习不够。"
    >>> kind_shares(segment_sections(text), text)["problems"]
    0.5
    """
    import numpy as np

    n = len(text)
    codes = {k: i for i, k in enumerate(KINDS)}
    values = np.array([codes.get(str(k), 0) for k in sections["kind"]], dtype=np.int64)
    painted = _paint(sections, n, values, 0) if n else np.zeros(0, dtype=np.int64)
    mask = ~_space_mask(text)
    total = int(mask.sum())
    if not total:
        return dict.fromkeys(KINDS, float("nan"))
    counts = np.bincount(painted[mask].astype(np.intp), minlength=len(KINDS)).tolist()
    return {k: float(counts[i]) / total for i, k in enumerate(KINDS)}


def format_outline(
    sections: pd.DataFrame, text: str | None = None, *, width: int = 40,
    inline: bool = True,
) -> str:
    r"""Render the rows of :func:`segment_sections` as an indented outline.

    Parameters
    ----------
    sections : pandas.DataFrame
        Output of :func:`segment_sections`.
    text : str, optional
        The source text; unheaded rows then show how they start.
    width : int, default 40
        Headings longer than this are cut with ``…``.
    inline : bool, default True
        Show inline items (一是, 一方面 ...).

    Returns
    -------
    str

    Examples
    --------
    >>> text = "一、工作回顾\n做了很多。\n二、存在问题\n一是学习不够。二是监督不严。"
    >>> print(format_outline(segment_sections(text), text))
    [body]
      一、工作回顾  <review>
      二、存在问题  <problems>
        一是 学习不够  <problems>
        二是 监督不严  <problems>
    """
    from govtext._util import check_positive_int

    check_positive_int(width, "width", "format_outline")
    lines = []
    for rec in sections.to_dict("records"):
        level, marker, kind = int(rec["level"]), str(rec["marker"]), str(rec["kind"])
        if rec["inline"] and not inline:
            continue
        heading = str(rec["heading"])
        if level == 0:
            label = f"[{rec['part']}]"
            if heading:
                label += " " + _cut(heading, width)
            lines.append(label)
            continue
        if not heading and not marker:
            snippet = ""
            if text is not None:
                snippet = " ".join(text[int(rec["start"]):int(rec["end"])].split())
            label = "(" + (_cut(snippet, width // 2) if snippet else "unheaded") + ")"
        elif rec["inline"]:
            label = f"{marker} {_cut(heading, width)}"
        else:
            label = f"{marker}{_cut(heading, width)}"
        lines.append("  " * level + f"{label}  <{kind}>")
    return "\n".join(lines)


def _cut(s: str, width: int) -> str:
    return s if len(s) <= width else s[: width - 1] + "…"


def outline(text: str, *, width: int = 40, inline: bool = True) -> str:
    r"""The outline of ``text`` for humans (:func:`format_outline` of its sections).

    Examples
    --------
    >>> print(outline("2022年工作总结\n一、主要成绩\n做了很多工作。\n二、存在问题\n学习不够。"))
    [title] 2022年工作总结
    [body]
      一、主要成绩  <review>
      二、存在问题  <problems>
    """
    return format_outline(segment_sections(text), text, width=width, inline=inline)
