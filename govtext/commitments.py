r"""Commitments: the sentences of a report that bind its author to future action.

A work plan (工作要点) is made of them; a responsibility report states a few in its
下步打算 part and many more facts about the year gone by.  :func:`extract_commitments`
returns one row per commitment sentence, says whether it is *quantified* (a number, a
frequency, a deadline or a threshold with a number) and whether that quantity is *masked*
(a placeholder such as ``不少于X次``).

Definitions
-----------
commitment
    A sentence (the unit of :func:`govtext.segment_sentences`) that states an action the
    author or the bodies it addresses will take, or a target to be met.  Decided from the
    kind of section the sentence is in and from cue words (``data/commitment_cues.tsv``):

    * in a **plans** section (下步打算, 工作安排, 对今年政府工作的建议 ...), every sentence is
      a commitment unless it is a statement about the period (``2023年是…开局之年``), an
      explanation (``这样的安排主要是考虑到…``) or looks back (已, 累计, 以来, perfective 了)
      without a forward cue;
    * in a **review**, **problems** or **causes** section, only a sentence with a forward
      cue (将 before a verb, modal 要, 必须, 力争, 拟 ...) and no backward-looking cue is a
      commitment (``一旦发现…，将综合运用…严肃处理``);
    * in the **preamble** before the first heading of a document that has headings, the
      lines of a 印发 / 转发 notice (``现将《……工作要点》印发给你们``, ``特此通知``) are
      formalities, and a sentence is a commitment only with a forward cue, a target cue
      or a lead-in naming the year's aims (``全年主要目标是：``); in a paragraph that
      looks back (it opens with ``2025年，``, 过去一年, 一年来 or a review verb such as
      取得, 完成, 实现了, and no forward cue) only a forward cue counts;
    * in another **other** section (the parts of a work plan whose headings name no
      kind, a text without headings) a sentence is read as in a plan when fewer than
      20 % of the sentences around it (six either side, within the same top-level
      section) look back, and as in a review otherwise.

    Headings (a numbered sentence of at most 40 characters, or a line without end
    punctuation), salutations, closings (专此报告), addresses (各位代表！) and sentences
    of fewer than 4 Han characters are never commitments.  Text inside “quotation marks”
    and 《titles》 is ignored when looking for cues and quantities (``“五个必须”`` is a
    slogan).
quantified
    The commitment carries a quantity: an Arabic number or a masked number with a unit or
    measure word (``2次``, ``5%左右``, ``1200万人``, ``X次``), a Chinese numeral with a
    measure word after a threshold or frequency word (``至少一次``), a frequency
    (``每季度``, ``每年``) or a deadline (``年底前``, ``到2025年``).  Years (``2023年``),
    ordinals (``XX届``) and numbers inside slogans are no quantities; 以上率下 is an idiom.
masked
    A quantified commitment at least one of whose numbers is a placeholder of kind
    ``number`` (see :func:`govtext.extract_placeholders`).

Measures (see :func:`commitment_measures`)
------------------------------------------
commitment_density
    Commitments per 1,000 Han characters of the document.
quantified_share
    Quantified commitments / commitments (undefined, NaN in a table, without
    commitments).
masked_target_share
    Masked commitments / quantified commitments (undefined without quantified
    commitments).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
import numpy.typing as npt

from govtext._patterns import chrome_spans
from govtext._required import CharFilter
from govtext._util import HAN_RE, count_han, han_mask
from govtext.cues import CUE_TYPES, CommitmentCues, load_commitment_cues
from govtext.normalization import NormalizedText, normalize_with_offsets

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Mapping

    import pandas as pd

    from govtext.placeholders import Placeholder
    from govtext.sections import SectionColumns

__all__ = [
    "SECTION_KINDS",
    "Commitment",
    "commitment_measures",
    "extract_commitments",
    "find_commitments",
    "load_commitment_cues",
]

#: Section kinds a commitment can have (:func:`govtext.sections.segment_sections`; its
#: ``mixed`` kind, a mixed heading whose text could not be split, counts as ``other``).
SECTION_KINDS: tuple[str, ...] = ("review", "problems", "causes", "plans", "other")

_HAN_RE = HAN_RE  # the one definition of a Han character (govtext._util.HAN)
_MASK = "[*XＸ×○〇□■]+"
# Units and measure words after a number (no 年/月/日: those are dates; no 届: an ordinal).
_UNITS = (
    "个百分点|百分点|人次|场次|课时|学时|小时|公里|平方米|平方公里|公顷|"
    "%|‰|次|个|项|人|名|件|条|份|篇|期|部|场|批|家|所|户|元|天|米|吨|斤|亩|台|套|辆|座|册|例|"
    "轮|倍|类|种|周(?!年)|月|年"
)
_MAGNITUDE = "(?:万亿|万|亿|千|百)"
_ARABIC_QTY_RE = re.compile(
    rf"(?<![\d.])(?P<num>\d+(?:\.\d+)?|{_MASK})\s*{_MAGNITUDE}?(?:余|多)?(?P<unit>{_UNITS})"
)
_CN_NUM = "[一二两三四五六七八九十百千]+"
# a Chinese numeral with a measure word shortly after a threshold or frequency word
_CN_QTY_RE = re.compile(rf"[^，；。]{{0,8}}?({_CN_NUM})(?:余|多)?(?:{_UNITS})")
_HEADING_MARKER_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、](?!\d)|"
    r"第[一二三四五六七八九十]+(?:部分|章|节|条|，|、)|[①-⑳])"
)
_END_PUNCT = set("。！？；!?;…")
# an item of an Arabic-numbered list (1. （1） ①) that is a whole sentence on a line of its
# own (1.开展食品安全抽检不少于3000批次。): a task, not the title of a section
_NUMBERED_ITEM_RE = re.compile(r"^\s*(?:\d+[.．、](?!\d)|[（(]\d+[）)]|[①-⑳])\s*\S")
_CLOSING_RE = re.compile(r"^(?:专此报告|特此报告|此致|敬礼|以上报告|各位代表|同志们)")
_QUOTED_RE = re.compile(r"“[^“”\n]{0,80}”|「[^「」\n]{0,80}」|《[^《》\n]{0,80}》")
# columns of the CharFilter flags of a sentence (see _filtered_patterns)
_CUE_INDEX = {kind: i for i, kind in enumerate(CUE_TYPES)}
_QTY = len(CUE_TYPES)
_EXCLUDE, _FORWARD, _TARGET = _CUE_INDEX["exclude"], _CUE_INDEX["forward"], _CUE_INDEX["target"]
_RETRO, _STATEMENT = _CUE_INDEX["retrospective"], _CUE_INDEX["statement"]
_DECLARATIVE, _PROBLEM = _CUE_INDEX["declarative"], _CUE_INDEX["problem"]
_QTY_KINDS = [_QTY, _CUE_INDEX["threshold"], _CUE_INDEX["frequency"], _CUE_INDEX["deadline"]]
_QUOTES = _QTY + 1
# the same flags as bits of one int per sentence (CharFilter.masks)
_B_EXCLUDE, _B_FORWARD, _B_TARGET = 1 << _EXCLUDE, 1 << _FORWARD, 1 << _TARGET
_B_RETRO, _B_STATEMENT = 1 << _RETRO, 1 << _STATEMENT
_B_DECLARATIVE, _B_PROBLEM = 1 << _DECLARATIVE, 1 << _PROBLEM
_B_QTY, _B_QUOTES = 1 << _QTY, 1 << _QUOTES
_B_QTY_KINDS = sum(1 << k for k in _QTY_KINDS)
_B_CUED = _B_FORWARD | _B_TARGET
#: Every flag set: search every pattern.
_ALL_FLAGS = (1 << (_QUOTES + 1)) - 1
_LOOKS_BACK_MAX = 0.2  # an "other" passage is read as a plan below this share
_WINDOW = 6  # ... of the content sentences within this many sentences either side
# the preamble before the first heading of a document: the formalities of a 印发 / 转发
# notice (现将《……工作要点》印发给你们，请结合实际认真贯彻落实。特此通知。) ...
_FORMALITY_RE = re.compile(
    r"(?:印发|转发|印送)给你们|现将.{0,80}(?:印发|转发)|特此(?:通知|函告)|"
    r"^请.{0,30}(?:贯彻落实|贯彻执行|遵照执行|抓好落实|认真执行)"
)
# ... a lead-in that names the year's aims or approach (全年主要目标是：, 总体思路是：) ...
_LEAD_IN_RE = re.compile(
    r"(?:总体思路|总体要求|总体目标|主要目标|预期目标|目标任务|工作目标|主要任务|工作思路|目标)"
    r"(?:是|为)[：:]"
)
# ... and the opening of a paragraph that looks back (2025年，……取得明显成效。)
_PAST_OPENING_RE = re.compile(r"^(?:(?:19|20)\d\d年度?[，,]|过去的?一年|一年来|去年|上一年)")
_REVIEW_VERB_RE = re.compile(r"取得|完成|实现了|圆满|回顾")


class Commitment(NamedTuple):
    """One commitment sentence (source offsets)."""

    sentence: str
    quantified: bool
    masked: bool
    section_kind: str
    start: int
    end: int
    cue: str
    quantity: str


# ---------------------------------------------------------------------------------------
# sections
# ---------------------------------------------------------------------------------------


def _section_info(
    text: str, sections: pd.DataFrame | SectionColumns | None, starts: Any
) -> tuple[list[str], Any]:
    """Section kind and top-level section (row label, -1 outside any) of each position."""
    from govtext.sections import section_kind_at, segment_sections

    if sections is None:
        sections = segment_sections(text)
    if not len(starts):
        return [], np.zeros(0, dtype=np.int64)
    kinds = [
        k if k in SECTION_KINDS else "other" for k in section_kind_at(sections, starts).tolist()
    ]
    levels = np.asarray(sections["level"])
    positive = levels[levels > 0]
    if not len(positive):
        return kinds, np.full(len(starts), -1, dtype=np.int64)
    top = np.flatnonzero(levels == int(positive.min()))
    s_start = np.asarray(sections["start"], dtype=np.int64)[top]
    order = top[np.argsort(s_start, kind="quicksort")]  # as sort_values("start")
    t_start = np.asarray(sections["start"], dtype=np.int64)[order]
    t_end = np.asarray(sections["end"], dtype=np.int64)[order]
    labels = np.asarray(sections.index, dtype=np.int64)[order]
    pos = np.asarray(starts, dtype=np.int64)
    # sibling sections do not overlap: the last one starting at or before each position
    i = np.searchsorted(t_start, pos, side="right") - 1
    inside = (i >= 0) & (pos < t_end[np.maximum(i, 0)])
    top_of = np.where(inside, labels[np.maximum(i, 0)], -1)
    return kinds, top_of


# ---------------------------------------------------------------------------------------
# sentences
# ---------------------------------------------------------------------------------------


def _blank_quoted(s: str) -> str:
    """Replace quoted text and titles by spaces (same length: offsets are kept)."""
    return _QUOTED_RE.sub(lambda m: " " * len(m.group()), s)


def _is_heading(s: str, n_han: int | None = None) -> bool:
    """Whether the sentence ``s`` is a heading (``n_han``: its Han characters, if known)."""
    stripped = s.strip()
    if _CLOSING_RE.match(stripped):
        return True
    if n_han is None:
        n_han = count_han(stripped)
    if n_han < 4:
        return True
    if stripped and stripped[-1] not in _END_PUNCT and "\n" not in stripped:
        # a line without end punctuation: a heading, a title or a salutation (市直机关工委：),
        # but not a lead-in such as 今年要重点抓好八个方面工作：
        if stripped[-1] in "：:":
            return n_han <= 10
        if len(stripped) <= 40:
            return True
    # a numbered heading; an item of a numbered list ending with ； is content
    return (
        bool(_HEADING_MARKER_RE.match(stripped))
        and len(stripped) <= 40
        and stripped[-1] not in "；;"
    )


def _whole_line_item(text: str, start: int, end: int, n_han: int) -> bool:
    r"""Whether ``text[start:end]`` is an item of a numbered list that is a whole sentence.

    An Arabic-numbered item (1. （1） ①) of at least 8 Han characters that ends with
    。！？ and stands alone on its line is a task of a list, not a section's title.

    Examples
    --------
    >>> t = "（一）抓实食品安全\n1. 开展食品安全监督抽检不少于3000批次。\n2.加强监管"
    >>> _whole_line_item(t, 10, 33, 14), _whole_line_item(t, 0, 9, 6)
    (True, False)
    """
    s = text[start:end].strip()
    return (
        n_han >= 8
        and s[-1:] in ("。", "！", "？")
        and bool(_NUMBERED_ITEM_RE.match(s))
        and (start == 0 or text[start - 1] == "\n" or _char_before(text, start) in ("", "\n"))
        and (end >= len(text) or _char_after(text, end) in ("", "\n"))
    )


def _char_before(text: str, pos: int) -> str:
    r"""``text[:pos].rstrip(" \t")[-1:]``, without copying the text before ``pos``."""
    k = pos - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return text[k] if k >= 0 else ""


def _char_after(text: str, pos: int) -> str:
    r"""``text[pos:].lstrip(" \t")[:1]`` (``pos >= 0``), without copying the text after it."""
    k = max(pos, 0)
    while k < len(text) and text[k] in " \t":
        k += 1
    return text[k] if k < len(text) else ""


class _Cues(NamedTuple):
    forward: str  # a modal or future cue (将, 要, 必须 ...)
    target: str  # an aim or target cue (力争, 目标是 ...)
    retro: bool
    statement: bool  # a statement about the period, an explanation, a maxim
    declarative: bool  # a statement of fact or value (...是..., 正在 ...)
    problem: bool  # a shortcoming (不够, 落后于 ...)


def _cues(clean: str, cues: CommitmentCues) -> _Cues:
    # the reference of _LazyCues: every pattern searched, as written (cues.patterns)
    # exclusions (要求, 以上率下 ...) only keep words from passing for a modal 要
    patterns = cues.patterns
    kept = patterns["exclude"].sub(lambda m: "\0" * len(m.group()), clean)
    fwd = patterns["forward"].search(kept)
    target = patterns["target"].search(clean)
    return _Cues(
        forward=fwd.group() if fwd else "",
        target=target.group() if target else "",
        retro=patterns["retrospective"].search(clean) is not None,
        statement=patterns["statement"].search(clean) is not None,
        declarative=patterns["declarative"].search(clean.lstrip()) is not None,
        problem=patterns["problem"].search(clean) is not None,
    )


def _mask_excluded(clean: str, cues: CommitmentCues) -> str:
    """``clean`` with the exclusions (要求, 以上率下 ...) masked by NUL characters."""
    return cues.fast["exclude"].sub(lambda m: "\0" * len(m.group()), clean)


class _LazyCues:
    """The cues of one content sentence, each searched for only when a decision needs it.

    Gives the same decisions as :func:`_cues` + :func:`_is_commitment`.  ``may`` is the
    sentence's :class:`~govtext._required.CharFilter` flags as bits
    (:meth:`~govtext._required.CharFilter.masks`): a pattern whose bit is 0 cannot match
    the sentence and is not searched.  ``forward`` and ``target``
    are set by :meth:`is_commitment` on every path that can make the sentence a
    commitment (alone or as the continuation of one).
    """

    __slots__ = ("_kept", "clean", "cues", "forward", "may", "retro", "statement", "target")

    def __init__(
        self, clean: str, cues: CommitmentCues, may: int, retro: bool | None = None
    ) -> None:
        self.clean = clean
        self.cues = cues
        self.may = may
        patterns = cues.fast
        if retro is None:
            retro = bool(may & _B_RETRO) and patterns["retrospective"].search(clean) is not None
        self.retro = retro
        self.statement = (
            bool(may & _B_STATEMENT) and patterns["statement"].search(clean) is not None
        )
        self._kept: str | None = None
        self.forward = ""
        self.target = ""

    @property
    def kept(self) -> str:
        """The sentence with the exclusions masked."""
        if self._kept is None:
            self._kept = (
                _mask_excluded(self.clean, self.cues) if self.may & _B_EXCLUDE else self.clean
            )
        return self._kept

    def is_commitment(self, mode: str) -> bool:
        """Decide from the cues and how the section reads (see :func:`_is_commitment`)."""
        if self.statement:
            return False
        plans = mode == "plans"
        if self.retro and not plans:
            return False
        may = self.may
        patterns = self.cues.fast
        if may & _B_FORWARD:
            m = patterns["forward"].search(self.kept)
            if m is not None:
                self.forward = m.group()
                return True
        if self.retro:  # in a plan, looking back without a forward cue
            return False
        if may & _B_TARGET:
            m = patterns["target"].search(self.clean)
            if m is not None:
                self.target = m.group()
                return True
        if not plans:
            return False
        if may & _B_DECLARATIVE and patterns["declarative"].search(self.clean.lstrip()):
            return False
        return not (may & _B_PROBLEM and patterns["problem"].search(self.clean))


    def is_preamble_commitment(self, review: bool) -> bool:
        """Decide a sentence of the preamble before the first heading.

        Only a forward cue (将, 要, 力争, 确保 ...), a target cue or a lead-in naming the
        year's aims (全年主要目标是：) makes it a commitment, and in a paragraph that looks
        back (``review``) only a forward cue does.
        """
        if self.statement or self.retro:
            return False
        if self.may & _B_FORWARD:
            m = self.cues.fast["forward"].search(self.kept)
            if m is not None:
                self.forward = m.group()
                return True
        if review:
            return False
        if self.may & _B_TARGET:
            m = self.cues.fast["target"].search(self.clean)
            if m is not None:
                self.target = m.group()
                return True
        if m := _LEAD_IN_RE.search(self.clean):
            self.target = m.group()
            return True
        return False

    def looks_back(self) -> bool:
        """Whether a paragraph opened by this sentence reviews the past (2025年，……取得)."""
        if self.retro:
            return True
        if self.may & _B_FORWARD and self.cues.fast["forward"].search(self.kept):
            return False
        if _LEAD_IN_RE.search(self.clean):
            return False
        stripped = self.clean.lstrip()
        return bool(_PAST_OPENING_RE.match(stripped) or _REVIEW_VERB_RE.search(stripped))


def _rows(*columns: Any, size: int = 4096) -> Iterator[tuple[Any, ...]]:
    """The rows of equally long arrays (or lists) as Python values, ``size`` at a time.

    Only one block of rows is converted at a time, so that a long text's sentences are
    not all held as Python ints.
    """
    n = len(columns[0])
    for a in range(0, n, size):
        block = [
            c[a : a + size].tolist() if isinstance(c, np.ndarray) else c[a : a + size]
            for c in columns
        ]
        yield from zip(*block, strict=True)


def _han_counts(norm: str, starts: Any, ends: Any) -> npt.NDArray[np.int64]:
    """Han characters of each span ``norm[start:end]`` (``0 <= start, end <= len(norm)``).

    The Han characters before each position are counted a piece of the text at a time
    (the positions in order), so that no array of the length of a long text is made.
    """
    s = np.asarray(starts, dtype=np.int64)
    pos = np.concatenate((s, np.asarray(ends, dtype=np.int64)))
    order = np.argsort(pos, kind="stable")
    ordered = pos[order]
    before = np.empty(len(pos), dtype=np.int64)
    total = k = 0
    for a in range(0, len(norm) + 1, _HAN_PIECE):
        cum = np.concatenate(([0], np.cumsum(han_mask(norm[a : a + _HAN_PIECE]), dtype=np.int64)))
        hi = int(np.searchsorted(ordered, a + _HAN_PIECE, side="left"))
        before[order[k:hi]] = total + cum[ordered[k:hi] - a]
        total += int(cum[-1])
        k = hi
    before[order[k:]] = total
    counts: npt.NDArray[np.int64] = before[len(s) :] - before[: len(s)]
    return counts


#: Characters whose Han characters :func:`_han_counts` counts at a time.
_HAN_PIECE = 2**16


def _filtered_patterns(cues: CommitmentCues) -> tuple[re.Pattern[str], ...]:
    """The patterns :class:`CharFilter` flags, in the order of ``_CUE_INDEX``."""
    return (*(cues.patterns[k] for k in CUE_TYPES), _ARABIC_QTY_RE, _QUOTED_RE)


def _is_commitment(cue: _Cues, mode: str) -> bool:
    """Decide from the cues and how the section reads (plans or review)."""
    if cue.statement:
        return False
    if mode == "plans":
        if cue.retro and not cue.forward:
            return False
        return bool(cue.forward or cue.target) or not (cue.declarative or cue.problem)
    return bool(cue.forward or cue.target) and not cue.retro


class _NumberMasks:
    """Normalized spans of the placeholders of kind number, for containment queries.

    The spans are sorted by start; ``reach[i]`` is the largest end among the first
    ``i + 1`` of them.  A span ``[s, e)`` lies inside one of them exactly when the last
    span starting at or before ``s`` (found by bisection) has a ``reach`` of at least
    ``e``: the same answer as looking at every span, in ``O(log n)`` instead of ``O(n)``.
    """

    __slots__ = ("reach", "starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(itertools.accumulate((e for _, e in spans), max))

    def contains(self, s: int, e: int) -> bool:
        """Whether ``[s, e)`` lies inside one of the spans."""
        i = bisect.bisect_right(self.starts, s) - 1
        return i >= 0 and self.reach[i] >= e


def _quantities(
    text: str,
    offset: int,
    number_masks: _NumberMasks,
    cues: CommitmentCues,
    may: int = _ALL_FLAGS,
) -> tuple[list[str], bool]:
    """Quantity expressions of a sentence, and whether one of them is masked.

    ``text`` is the normalized sentence with quotes blanked and exclusions masked
    (:func:`_mask_excluded`); ``offset`` its normalized start; ``number_masks`` the
    normalized spans of placeholders of kind number; ``may`` the sentence's
    :class:`~govtext._required.CharFilter` flags as bits (by default every bit set:
    search every pattern).
    """
    found: list[str] = []
    masked = False
    if not may & _B_QTY:
        qty_matches: Any = ()
    else:
        qty_matches = _ARABIC_QTY_RE.finditer(text)
    for m in qty_matches:
        num = m.group("num")
        if num[0].isdigit():
            if m.group("unit") in ("年", "月") and len(num) >= 3:
                continue  # 2023年: a year
            found.append(m.group())
            continue
        s, e = offset + m.start("num"), offset + m.end("num")
        if number_masks.contains(s, e):
            found.append(m.group())
            masked = True
    for kind in ("threshold", "frequency"):
        if not may >> _CUE_INDEX[kind] & 1:
            continue
        for m in cues.fast[kind].finditer(text):
            tail = text[m.end() : m.end() + 12]
            cn = _CN_QTY_RE.match(tail)
            if cn:
                found.append(m.group() + tail[: cn.end()])
    for kind in ("frequency", "deadline"):
        if not may >> _CUE_INDEX[kind] & 1:
            continue
        found += [m.group() for m in cues.fast[kind].finditer(text)]
    return list(dict.fromkeys(found)), masked


def find_commitments(
    text: str,
    *,
    sentences: pd.DataFrame | Mapping[str, Any] | None = None,
    sections: pd.DataFrame | SectionColumns | None = None,
    placeholders: pd.DataFrame | list[Placeholder] | None = None,
    normalized: NormalizedText | None = None,
    cues: CommitmentCues | None = None,
) -> list[Commitment]:
    r"""Commitments of ``text`` as a list of :class:`Commitment` (see :func:`extract_commitments`).

    Besides the tables :func:`extract_commitments` takes, ``sentences`` may be a mapping
    with ``start`` and ``end`` arrays and ``placeholders`` the list of
    :func:`govtext.placeholders.find_placeholders`.

    Examples
    --------
    >>> [c.quantity for c in find_commitments("三、下步打算\n全年至少召开X次专题会议。")]
    ['X次']
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_commitments expects a str, got {type(text).__name__}")
    cues = cues if cues is not None else load_commitment_cues()
    nt = normalized if normalized is not None else normalize_with_offsets(text)
    if sentences is None:
        from govtext.sections import sentence_arrays

        starts, ends = sentence_arrays(nt)
        sentences = {"start": starts, "end": ends}
    if sections is None:
        from govtext.sections import segment_sections

        sections = segment_sections(text, normalized=nt)
    if placeholders is None:
        from govtext.placeholders import extract_placeholders

        placeholders = extract_placeholders(text, normalized=nt)
    if isinstance(placeholders, list):  # find_placeholders rows
        masks = [(p.start, p.end) for p in placeholders if p.kind == "number"]
    else:
        masks = [
            (int(s), int(e))
            for s, e, k in zip(
                placeholders["start"], placeholders["end"], placeholders["kind"], strict=True
            )
            if k == "number"
        ]
    if masks:
        m_s, m_e = np.asarray(masks, dtype=np.int64).T
        m_s = nt.from_source_array(m_s)
        m_e = nt.from_source_array(m_e - 1) + 1
        number_masks = _NumberMasks(list(zip(m_s.tolist(), m_e.tolist(), strict=True)))
    else:
        number_masks = _NumberMasks([])
    starts_arr = np.asarray(sentences["start"], dtype=np.int64)
    ends_arr = np.asarray(sentences["end"], dtype=np.int64)
    # page chrome of a web copy (header and trailer parts) holds no commitment
    for c_s, c_e in chrome_spans(sections):
        outside = (starts_arr < c_s) | (starts_arr >= c_e)
        starts_arr, ends_arr = starts_arr[outside], ends_arr[outside]
    kinds, tops = _section_info(text, sections, starts_arr)
    # (searched in the index's own type: the index of a long text is not copied)
    n_starts = nt.from_source_array(starts_arr)
    n_ends = nt.from_source_array(ends_arr)
    han = _han_counts(nt.text, n_starts, n_ends)
    # which sentences contain a character that each cue pattern needs (the others
    # cannot match: their searches are skipped)
    flags = CharFilter(nt.text, _filtered_patterns(cues), ignore=" \0")
    may_rows = flags.masks(n_starts, n_ends)
    # whether one of the quantity patterns can match (else no quantity is searched for)
    may_qty = (may_rows & np.uint64(_B_QTY_KINDS)) != 0
    norm_text = nt.text

    # first pass: which sentences are headings, and for sections without a kind which
    # content sentences look back, per top-level section (only flags are kept, so that
    # a long text's sentences are not all held as strings and cue objects at once)
    is_heading: list[bool] = []
    content_top: list[int] = []
    content_retro: list[bool] = []
    for n_s, n_e, top, n_han, may in _rows(n_starts, n_ends, tops, han, may_rows):
        norm = norm_text[n_s:n_e]
        heading = _is_heading(norm, n_han) and not _whole_line_item(norm_text, n_s, n_e, n_han)
        is_heading.append(heading)
        if not heading:
            content_top.append(top)
            # as _LazyCues(clean, cues, may).retro
            retro = False
            if may & _B_RETRO:
                clean = _blank_quoted(norm) if may & _B_QUOTES else norm
                retro = cues.fast["retrospective"].search(clean) is not None
            content_retro.append(retro)

    # the preamble: the sentences before the first heading of a document that has one
    levels = np.asarray(sections["level"]) if len(sections) else np.zeros(0)
    heading_starts = np.asarray(sections["start"], dtype=np.int64)[levels > 0]
    first_heading = int(heading_starts.min()) if len(heading_starts) else -1
    paragraph = -2  # start of the normalized paragraph of the current preamble sentence
    review = False  # that paragraph looks back

    found: list[Commitment] = []
    chained = False  # the previous sentence is a commitment that ends with ；
    k = -1  # index of the current sentence among the content sentences
    for heading, start, end, n_s, n_e, kind, top, may, qty_may in _rows(
        is_heading, starts_arr, ends_arr, n_starts, n_ends, kinds, tops, may_rows, may_qty
    ):
        if heading:
            chained = False
            continue
        k += 1
        if kind == "other" and start < first_heading:
            norm = norm_text[n_s:n_e]
            clean = _blank_quoted(norm) if may & _B_QUOTES else norm
            lazy = _LazyCues(clean, cues, may, content_retro[k])
            if _FORMALITY_RE.search(clean.strip()):
                chained = False
                continue
            line_start = norm_text.rfind("\n", 0, n_s)
            if line_start != paragraph:
                paragraph, review = line_start, lazy.looks_back()
            is_commitment = lazy.is_preamble_commitment(review) or (
                chained and not lazy.retro and not lazy.statement
            )
        else:
            mode = kind
            if kind == "other":
                lo, hi = max(0, k - _WINDOW), k + _WINDOW + 1
                window = [
                    retro
                    for t, retro in zip(content_top[lo:hi], content_retro[lo:hi], strict=True)
                    if t == top
                ]
                mode = "plans" if sum(window) / len(window) < _LOOKS_BACK_MAX else "review"
            if mode != "plans" and not chained and not may & _B_CUED:
                # outside a plan only a forward or a target cue makes a commitment, and
                # neither can match: _LazyCues.is_commitment is False (chained stays so)
                continue
            norm = norm_text[n_s:n_e]
            clean = _blank_quoted(norm) if may & _B_QUOTES else norm
            lazy = _LazyCues(clean, cues, may, content_retro[k])
            is_commitment = lazy.is_commitment(mode)
        # 必须始终坚持一手抓物质文明，一手抓精神文明；一手抓经济建设，…: the clauses after ；
        # continue the commitment
        is_commitment = is_commitment or (chained and not lazy.retro and not lazy.statement)
        chained = is_commitment and clean.rstrip()[-1:] in ("；", ";")
        if not is_commitment:
            continue
        if qty_may:
            qty, masked = _quantities(lazy.kept, n_s, number_masks, cues, may)
        else:  # none of the quantity patterns can match
            qty, masked = [], False
        found.append(
            # (sentence, quantified, masked, section_kind, start, end, cue, quantity)
            Commitment(
                text[start:end], bool(qty), masked, kind, start, end,
                lazy.forward or lazy.target, "；".join(qty),
            )
        )
    return found


def extract_commitments(
    text: str,
    *,
    sentences: pd.DataFrame | None = None,
    sections: pd.DataFrame | None = None,
    placeholders: pd.DataFrame | None = None,
    normalized: NormalizedText | None = None,
    cues: CommitmentCues | None = None,
) -> pd.DataFrame:
    r"""Find the sentences that commit to future action, quantified or not, masked or not.

    See the module documentation for the precise definitions of *commitment*,
    *quantified* and *masked*.

    Parameters
    ----------
    text : str
        The source text.
    sentences, sections, placeholders : DataFrame, optional
        Results of :func:`govtext.segment_sentences`, ``segment_sections`` and
        :func:`govtext.extract_placeholders` for ``text`` when already computed (a
        :class:`~govtext.document.Document` passes its cached ones); computed otherwise.
    normalized : NormalizedText, optional
        ``normalize_with_offsets(text)`` when already computed.
    cues : CommitmentCues, optional
        The cue words (:func:`govtext.cues.load_commitment_cues` by default; a
        :class:`govtext.Config` carries them as ``config.commitment_cues``).

    Returns
    -------
    pandas.DataFrame
        One row per commitment: ``sentence``, ``quantified`` (bool), ``masked`` (bool),
        ``section_kind`` (review, problems, causes, plans or other), ``start``, ``end``
        (offsets in ``text``), ``cue`` (the forward cue found, empty when the sentence
        counts because it stands in a plan) and ``quantity`` (the quantity expressions,
        joined by ``；``).

    Examples
    --------
    >>> text = ("一、工作情况\n今年以来共召开会议**次。\n"
    ...         "二、下步打算\n全年召开专题会议不少于X次。每季度听取1次汇报。加强学习。")
    >>> df = extract_commitments(text)
    >>> df[["sentence", "quantified", "masked", "section_kind"]].values.tolist()
    [['全年召开专题会议不少于X次。', True, True, 'plans'],
     ['每季度听取1次汇报。', True, False, 'plans'],
     ['加强学习。', False, False, 'plans']]
    >>> df["quantity"].tolist()
    ['X次', '1次；每季度', '']
    """
    rows = find_commitments(
        text,
        sentences=sentences,
        sections=sections,
        placeholders=placeholders,
        normalized=normalized,
        cues=cues,
    )
    return commitment_frame(rows)


def commitment_frame(rows: list[Commitment]) -> pd.DataFrame:
    r"""The table of :func:`extract_commitments` from :func:`find_commitments` rows.

    Examples
    --------
    >>> commitment_frame(find_commitments("三、下步打算\n每季度召开1次会议。"))["quantity"].tolist()
    ['1次；每季度']
    """
    import pandas as pd

    frame: pd.DataFrame = pd.DataFrame(
        {
            "sentence": pd.Series([c.sentence for c in rows], dtype=object),
            "quantified": pd.Series([c.quantified for c in rows], dtype=bool),
            "masked": pd.Series([c.masked for c in rows], dtype=bool),
            "section_kind": pd.Series([c.section_kind for c in rows], dtype=object),
            "start": pd.Series([c.start for c in rows], dtype="int64"),
            "end": pd.Series([c.end for c in rows], dtype="int64"),
            "cue": pd.Series([c.cue for c in rows], dtype=object),
            "quantity": pd.Series([c.quantity for c in rows], dtype=object),
        }
    )
    return frame


def commitment_measures(commitments: Any, n_han: int) -> dict[str, float | int]:
    r"""Commitment measures of one document.

    Parameters
    ----------
    commitments : DataFrame or list of Commitment
        The commitments of the document (:func:`extract_commitments`).
    n_han : int
        Number of Han characters of the document.

    Returns
    -------
    dict
        ``n_commitments``; ``commitment_density``: commitments per 1,000 Han characters;
        ``quantified_share``: quantified commitments / commitments;
        ``masked_target_share``: masked commitments / quantified commitments.  Values
        are not rounded; a measure whose denominator is 0 is NaN.

    Examples
    --------
    >>> text = "三、下步打算\n全年召开专题会议不少于X次。每季度听取1次汇报。加强学习。"
    >>> m = commitment_measures(extract_commitments(text), count_han(text))
    >>> m["n_commitments"], round(m["quantified_share"], 3), m["masked_target_share"]
    (3, 0.667, 0.5)
    >>> commitment_measures([], 0)["quantified_share"]
    nan
    """
    if isinstance(commitments, list):
        quantified = [c.quantified for c in commitments]
        masked = [c.masked for c in commitments]
    else:
        quantified = [bool(x) for x in commitments["quantified"]]
        masked = [bool(x) for x in commitments["masked"]]
    nan = float("nan")
    n = len(quantified)
    n_q = sum(quantified)
    n_m = sum(m for q, m in zip(quantified, masked, strict=True) if q)
    return {
        "n_commitments": n,
        "commitment_density": 1000 * n / n_han if n_han else nan,
        "quantified_share": n_q / n if n else nan,
        "masked_target_share": n_m / n_q if n_q else nan,
    }
