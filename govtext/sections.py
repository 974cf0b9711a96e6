"""Sentences and sections of official documents."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from govtext.normalize import (
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
    "format_outline",
    "kind_shares",
    "kind_spans",
    "outline",
    "section_at",
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


def sentence_spans(text: str) -> list[tuple[int, int]]:
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
    nt = normalize_with_offsets(text)
    norm = nt.text
    # where paragraphs are separated by blank lines, a single line break is a soft wrap
    # (``细颗粒物（PM\n2.5\n）浓度``), not the end of a sentence
    blank_mode = uses_blank_line_paragraphs(norm)
    spans: list[tuple[int, int]] = []
    stack: list[str] = []
    start = 0
    n = len(norm)
    i = 0

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
        if ch == "\n" and (not blank_mode or _is_paragraph_break(norm, i)):
            close(i)
            stack.clear()  # quotes and brackets never span paragraphs
            start = i + 1
        elif ch in _OPENERS and len(stack) < _MAX_DEPTH:
            # a straight quote cannot be told apart from its closing twin; curly ones can
            stack.append(_OPENERS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
        elif ch in _CLOSERS and ch in stack:
            while stack and stack.pop() != ch:
                pass
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
                # “……。” ends the sentence at the closing quote
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


def segment_sentences(text: str) -> pd.DataFrame:
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
    import pandas as pd

    spans = sentence_spans(text)
    df: pd.DataFrame = pd.DataFrame(
        {
            "sentence": [text[s:e] for s, e in spans],
            "start": pd.Series([s for s, _ in spans], dtype="int64"),
            "end": pd.Series([e for _, e in spans], dtype="int64"),
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
    "title", "salutation", "preamble", "body", "closing", "signature", "date", "trailer",
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
_BARE_CN_RE = re.compile(rf"({_CN})")
_SENT_END = "。！？；!?;"
_PARAGRAPH_END = set("。！？；!?;…”’）)：:")
_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")

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
_HEAD_CAUSES = re.compile(r"原因|根源|症结|成因")
_HEAD_OTHER = re.compile(r"^(结束语|结语|前言|引言|附件|附录|说明)$")
#: Longer "headings" are the first sentences of list items: their wording says little.
_MAX_CUE_HEADING = 40
_HEAD_PLANS = re.compile(
    r"(下一?步|下阶段|今后|今年|明年|来年|新的一年|\d{4}年|[〇○零一二三四五六七八九]{4}年)[^，。]{0,10}"
    r"(打算|安排|计划|思路|措施|重点|任务|目标|考虑|要求|建议)"
    r"|打算|工作安排|工作思路|努力方向|改进措施|整改措施|整改方向|主要任务|工作任务|总体要求|政策取向"
    r"|工作要点|目标任务|奋斗|下一步|^今后|五年计划|计划的|发展纲要|的建议$"
)
_HEAD_REVIEW = re.compile(
    r"回顾|工作情况|履行情况|履职情况|开展情况|完成情况|落实情况|执行情况|进展情况|基本情况|主要工作"
    r"|工作成效|主要成绩|成绩|成效|主要做法|做法|进展|述责述廉|工作总结|基本总结|一年来|过去|成就"
    r"|情况$"
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
    r"[^。]{0,40}?(将|要|计划|拟|打算|努力|着力)"
    r"|^(下一步|下步|下阶段|今后一个时期|今后一段时期)"
)
_CAUSE_TURN_RE = re.compile(
    r"^(究其|分析|深究)?[^。]{0,6}(原因|根源|症结)[，,]?(主要|根本)?(在于|是|有)"
)

# --- inline enumerations -----------------------------------------------------------
_INLINE_RE = re.compile(
    rf"(?P<shi>({_CN})(?:是|要)(?!否))"
    rf"|(?P<di>第({_CN})(?=[，,、：:]))"
    r"|(?P<seq>首先|其次|再次|最后)(?=[，,、：:])"
    r"|(?P<fm>另一方面|一方面)"
)
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


def _paragraphs(norm: str) -> list[_Para]:
    """Non-blank paragraphs of a normalized text (see :func:`paragraph_spans`)."""
    return [_Para(s, e, norm[s:e].replace("\n", " ")) for s, e in paragraph_spans(norm)]


def _first_sentence_end(text: str, start: int = 0) -> int:
    """Index just after the first sentence end at bracket depth 0 (or ``len(text)``)."""
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


def _match_marker(text: str) -> tuple[str, int, int] | None:
    """``(type, number, length)`` of the numbering that starts ``text``, if any."""
    for mtype, pattern in _MARKERS:
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


def _is_plain_heading(text: str) -> bool:
    """A short unnumbered line without punctuation that reads as a heading."""
    if len(text) > 30 or len(_HAN_RE.findall(text)) < 2:
        return False
    if text[-1] in "、“”" or any(c in "。！？；：!?;:，," for c in text):
        return False
    return not text.startswith(("各位", "同志")) and not _DATE_RE.match(text)


def _heading_kinds(heading: str) -> list[str]:
    """Kinds named by a heading, in the order they appear."""
    if len(heading) > _MAX_CUE_HEADING:
        return []
    if _HEAD_OTHER.match(heading):
        return ["other"]
    found: list[tuple[int, str]] = []
    for kind, pattern in (
        ("problems", _HEAD_PROBLEMS), ("causes", _HEAD_CAUSES), ("plans", _HEAD_PLANS),
    ):
        m = pattern.search(heading)
        if m is not None:
            found.append((m.start(), kind))
    m = _HEAD_REVIEW.search(heading)
    if m is not None and (
        not found or all(m.end() <= s or m.start() >= s + 2 for s, _ in found)
    ):
        found.append((m.start(), "review"))
    return [k for _, k in sorted(found)]


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


def _split_parts(paras: list[_Para]) -> tuple[list[str], int, int]:
    """Part name of the head and tail paragraphs; ``(parts, middle_start, middle_end)``."""
    n = len(paras)
    parts = [""] * n
    i = 0
    if n > 1 and _title_like(paras[0]) and not _salutation_like(paras[0]):
        parts[0] = "title"
        i = 1
        while i < n - 1 and i < 6 and _subtitle_like(paras[i]) and not _salutation_like(paras[i]):
            parts[i] = "title"
            i += 1
    if i < n - 1 and _salutation_like(paras[i]):
        parts[i] = "salutation"
        i += 1
    k = n
    for j in range(max(i + 1, n - 40), n):
        if _TRAILER_RE.match(paras[j].text):
            for jj in range(j, n):
                parts[jj] = "trailer"
            k = j
            break
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
    paras: list[_Para], lo: int, hi: int
) -> list[tuple[int, int, str, int | None, str, int]]:
    """Numbered and plain headings among ``paras[lo:hi]`` with their levels.

    Returns ``(para index, level, type, number, marker, marker length)`` tuples.
    """
    cands: dict[int, tuple[str, int, int]] = {}
    for j in range(lo, hi):
        m = _match_marker(paras[j].text)
        if m is not None:
            cands[j] = m
    for j in range(lo, hi - 1):
        if j in cands or not _is_plain_heading(paras[j].text) or _INLINE_RE.match(paras[j].text):
            continue
        prev = paras[j - 1].text if j > 0 else ""
        if prev and j - 1 not in cands and prev[-1] not in _PARAGRAPH_END:
            continue  # a fragment of a broken line, not a heading
        nxt = paras[j + 1].text
        if j + 1 not in cands and not _is_plain_heading(nxt) and len(nxt) > len(paras[j].text):
            cands[j] = ("plain", 0, 0)
    out: list[tuple[int, int, str, int | None, str, int]] = []
    stack: list[list[Any]] = []  # [type, last number]
    last_seen: dict[str, int] = {}
    for j in sorted(cands):
        mtype, num, mlen = cands[j]
        if mtype == "plain":
            plain_at = [d for d, f in enumerate(stack) if f[0] == "plain"]
            if _HEAD_OTHER.match(paras[j].text) or not stack:
                level = 1  # 结束语 closes the body; a first heading opens it
            elif plain_at:
                level = plain_at[-1] + 1  # same level as the previous plain heading
            else:
                level = 2  # a sub-heading of the current top-level section
            del stack[level - 1:]
            stack.append(["plain", 0])
            out.append((j, level, "plain", None, "", 0))
            continue
        level = 0
        for d in range(len(stack) - 1, -1, -1):  # continuation of an open list
            if stack[d][0] == mtype and num == stack[d][1] + 1:
                level = d + 1
                break
        if not level and len(stack) > 1 and stack[-1][0] == mtype and num == 1:
            level = len(stack)  # a new list right after one of the same type
        if not level:
            for d in range(len(stack) - 1, -1, -1):  # one number skipped
                if stack[d][0] == mtype and num == stack[d][1] + 2:
                    level = d + 1
                    break
        if not level:
            runs_on = mtype in last_seen and num == last_seen[mtype] + 1
            rest = paras[j].text[mlen:]
            bare_line = len(rest) <= 30 and not any(c in _SENT_END for c in rest)
            if num != 1 and not runs_on and (stack or not bare_line):
                continue  # "3." out of the blue: not a heading
            level = len(stack) + 1
        del stack[level - 1:]
        stack.append([mtype, num])
        last_seen[mtype] = num
        marker = paras[j].text[:mlen].strip()
        out.append((j, level, mtype, num, marker, mlen))
    return out


def _units(paras: list[_Para], start: int, end: int) -> list[tuple[int, int]]:
    """Paragraph pieces of the normalized span ``[start, end)``."""
    out = []
    for p in paras:
        s, e = max(p.start, start), min(p.end, end)
        if e > s:
            out.append((s, e))
    return out


def _find_turn(
    norm: str, units: list[tuple[int, int]], pattern: re.Pattern[str]
) -> int | None:
    """Start of the first paragraph (else sentence) after the first that matches."""
    for s, _ in units[1:]:
        if pattern.search(norm[s:s + 80]):
            return s
    for s, e in units:
        pos = s
        while pos < e:
            nxt = s + _first_sentence_end(norm[s:e], pos - s)
            if pos > units[0][0] and pattern.search(norm[pos:min(e, pos + 80)]):
                return pos
            pos = nxt
    return None


def _build(text: str) -> tuple[list[_Row], NormalizedText]:
    nt = normalize_with_offsets(text)
    norm = nt.text
    paras = _paragraphs(norm)
    rows: list[_Row] = []
    if not paras:
        if text:
            rows.append(_Row(0, "", None, "", "other", 0, len(norm), -1, False, "body", 0, "part"))
        return rows, nt

    parts, lo, hi = _split_parts(paras)
    heads = _heading_rows(paras, lo, hi)
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
    for idx, r in enumerate(sec):
        r.end = next((s.start for s in sec[idx + 1:] if s.level <= r.level), body_end)
        if r.body_start >= paras[r.para].end:  # heading on its own line
            nxt = paras[r.para + 1].start if r.para + 1 < len(paras) else r.end
            r.body_start = min(nxt, r.end)
    rows.extend(sec)
    _link(rows)

    # kinds from headings, parents and content
    mixed_kinds: dict[int, list[str]] = {}
    for idx, r in enumerate(rows):
        if r.level == 0:
            continue
        kinds = _heading_kinds(r.heading) if r.heading else []
        parent = rows[r.parent]
        if len(kinds) > 1:
            r.kind, r.kind_source = "mixed", "heading"
            mixed_kinds[idx] = kinds
        elif kinds:
            r.kind, r.kind_source = kinds[0], "heading"
        elif parent.level > 0 and parent.kind not in ("other", "mixed"):
            r.kind, r.kind_source = parent.kind, "parent"
        else:
            r.kind = _content_kind(norm[r.start:r.end], prior)
            r.kind_source = "content"

    # mixed headings (存在的问题和下一步打算): split where the text turns
    for idx, kinds in mixed_kinds.items():
        r = rows[idx]
        if r.children:
            continue
        units = _units(paras, r.body_start, r.end)
        turn_re = {"plans": _PLAN_TURN_RE, "causes": _CAUSE_TURN_RE}.get(kinds[1])
        turn = _find_turn(norm, units, turn_re) if units and turn_re is not None else None
        if turn is None:
            continue  # stays "mixed": no place where the text turns
        first = units[0][0]
        for (s, e), kind in (((first, turn), kinds[0]), ((turn, r.end), kinds[1])):
            rows.append(_Row(r.level + 1, "", None, "", kind, s, e, idx, False, "body", s, "turn"))
    _link(rows)

    _problem_passages(rows, paras, norm, body)
    _link(rows)
    _inline_items(rows, paras, norm, body)
    _link(rows)
    return rows, nt


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


def _problem_passages(
    rows: list[_Row], paras: list[_Para], norm: str, body: _Row | None
) -> None:
    """Find unheaded problems passages inside review sections (and headless bodies)."""
    if body is None:
        return
    headed = [r for r in rows if r.level > 0]
    head_paras = {r.para for r in headed}
    done: set[int] = set()
    for j, p in enumerate(paras):
        if j in head_paras or not (body.start <= p.start < body.end):
            continue
        # deepest structural row containing the paragraph
        idx = max(
            (i for i, r in enumerate(rows) if r.start <= p.start < r.end and not r.inline),
            key=lambda i: rows[i].level,
        )
        owner = idx
        while owner >= 0 and not (
            (rows[owner].level > 0 and rows[owner].kind == "review"
             and (rows[owner].kind_source in ("heading", "turn")
                  or (rows[owner].kind_source == "content" and rows[owner].level == 1)))
            or (rows[owner].level == 0 and not headed)
        ):
            owner = rows[owner].parent
        if owner < 0 or owner in done:
            continue
        window = p.text[: _first_sentence_end(p.text, _first_sentence_end(p.text))]
        if not _is_problem_turn(window):
            continue
        o = rows[owner]
        end = o.end
        nested = False
        for r in headed:
            if p.start < r.start < end:
                if r.level > o.level + 1:
                    nested = True
                end = min(end, r.start)
        if nested:
            continue
        done.add(owner)
        for r in rows:
            if r.level > o.level and r.start < p.start < r.end and o.start <= r.start:
                r.end = p.start
        units = _units(paras, p.start, end)
        turn = _find_turn(norm, units, _PLAN_TURN_RE) if len(units) > 1 else None
        if turn is not None and turn > units[1][0] - 1:
            pieces = [((p.start, turn), "problems"), ((turn, end), "plans")]
        else:
            pieces = [((p.start, end), "problems")]
        for (s, e), kind in pieces:
            rows.append(
                _Row(o.level + 1, "", None, "", kind, s, e, owner, False, "body", s, "turn",
                     para=-1)
            )


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
            for m in _INLINE_RE.finditer(seg):
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
        spans: list[list[tuple[int, int, int, str]]] = []
        for run in runs:
            items = []
            for k, c in enumerate(run):
                end = run[k + 1][0] if k + 1 < len(run) else c[5]
                items.append((c[0], end, c[3], c[4]))
            spans.append(items)
        spans.sort(key=lambda it: it[0][0] - it[-1][1])  # widest first
        accepted: list[tuple[list[tuple[int, int, int, str]], int]] = []  # items, depth
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


def segment_sections(text: str) -> pd.DataFrame:
    r"""Split an official document into its parts, sections and inline items.

    The document is read as a tree.  Its **parts** (level 0) are the title, the
    salutation (主送机关, ``市直机关工委：``), the preamble, the body, the closing formula
    (``专此报告。``), signature and date lines, and a trailer (licence boilerplate of web
    copies).  The **sections** of the body (levels 1, 2, ...) follow the numbering of
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
    ``plans``, ``other``, from its heading wording, else from its parent section,
    else from the wording of its text.  A heading that names two kinds
    (``存在的问题和下一步打算``) has kind ``mixed`` and two unheaded children split where
    the text turns to the second kind.  A problems passage without a heading inside
    a review section (``……虽然取得了一些成绩，但仍存在以下不足：一是……``) becomes an
    unheaded child of kind ``problems`` (``kind_source == "turn"``).

    Parameters
    ----------
    text : str
        Source text of one document.

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
        - ``part`` (str): the part the row belongs to (``title salutation preamble
          body closing signature date trailer``).
        - ``body_start`` (int): where the text after the heading starts (source).
        - ``kind_source`` (str): how the kind was found: ``heading``, ``parent``,
          ``content``, ``turn`` (a split or unheaded passage), ``part``.

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
    import pandas as pd

    if not isinstance(text, str):
        raise TypeError(f"segment_sections expects a str, got {type(text).__name__}")
    rows, nt = _build(text)
    n_src = len(text)
    n_norm = len(nt.text)

    def src(pos: int) -> int:
        if pos <= 0:
            return 0
        return n_src if pos >= n_norm else nt.to_source(pos)

    def src_end(pos: int) -> int:
        return n_src if pos >= n_norm else src(pos)

    data: dict[str, Any] = {
        "level": pd.Series([r.level for r in rows], dtype="int64"),
        "marker": pd.Series([r.marker for r in rows], dtype="object"),
        "number": pd.Series([r.number for r in rows], dtype="Int64"),
        "heading": pd.Series([r.heading for r in rows], dtype="object"),
        "kind": pd.Series([r.kind for r in rows], dtype="object"),
        "start": pd.Series([src(r.start) for r in rows], dtype="int64"),
        "end": pd.Series([src_end(r.end) for r in rows], dtype="int64"),
        "parent": pd.Series([r.parent for r in rows], dtype="int64"),
        "inline": pd.Series([r.inline for r in rows], dtype="bool"),
        "part": pd.Series([r.part for r in rows], dtype="object"),
        "body_start": pd.Series(
            [min(max(src(r.body_start), src(r.start)), src_end(r.end)) for r in rows],
            dtype="int64",
        ),
        "kind_source": pd.Series([r.kind_source for r in rows], dtype="object"),
    }
    df: pd.DataFrame = pd.DataFrame(data, columns=list(SECTION_COLUMNS))
    return df


def _paint(sections: pd.DataFrame, n: int, values: Any, fill: Any) -> Any:
    """Array of length ``n``: the value of the innermost row covering each position."""
    import numpy as np

    out = np.full(n, fill, dtype=np.asarray(values).dtype)
    if len(sections) == 0 or n == 0:
        return out
    order = np.lexsort((sections["start"].to_numpy(), sections["level"].to_numpy()))
    starts = sections["start"].to_numpy()
    ends = sections["end"].to_numpy()
    vals = np.asarray(values)
    for i in order:  # shallow rows first, deeper rows paint over them
        out[int(starts[i]):int(ends[i])] = vals[i]
    return out


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
    n = int(sections["end"].max()) if len(sections) else 0
    labels = np.asarray(sections.index, dtype=np.int64)
    painted = _paint(sections, n, labels, -1)
    out = np.full(len(pos), -1, dtype=np.int64)
    ok = (pos >= 0) & (pos < n)
    out[ok] = painted[pos[ok]]
    return out


def section_kind_at(sections: pd.DataFrame, positions: Any) -> Any:
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

    idx = section_at(sections, positions)
    kinds = sections["kind"].to_numpy(dtype=object)
    labels = list(sections.index)
    where = {lab: i for i, lab in enumerate(labels)}
    return np.array(
        ["other" if i < 0 else str(kinds[where[int(i)]]) for i in idx], dtype=object
    )


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


def kind_shares(sections: pd.DataFrame, text: str) -> dict[str, float]:
    r"""Share of the non-space characters of ``text`` in each section kind.

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
    mask = np.fromiter((not c.isspace() for c in text), dtype=bool, count=n)
    total = int(mask.sum())
    counts = np.bincount(painted[mask], minlength=len(KINDS)) if total else np.zeros(len(KINDS))
    return {k: round(float(counts[i]) / total, 4) if total else 0.0 for i, k in enumerate(KINDS)}


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
