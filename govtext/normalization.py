"""Text normalization that keeps a map back to the source text.

Every change :func:`normalize` makes is either a one-to-one character replacement
(full-width ``１`` to ``1``, an ideographic space to a space, traditional to simplified)
or a deletion (zero-width characters, byte-order marks, spaces inside Chinese text, a
soft line break inside a word).  Each character of the normalized text therefore comes
from exactly one character of the source, and :class:`NormalizedText` records which one,
so that a span found in normalized text maps back to the source text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, pairwise
from typing import Any

import numpy as np
import numpy.typing as npt

from govtext._util import CJK, HAN, han_mask

__all__ = [
    "SCRIPTS",
    "NormalizedText",
    "convert_one_to_one",
    "detect_script",
    "inline_paragraph_starts",
    "layout_changes",
    "looks_traditional",
    "normalize",
    "normalize_with_offsets",
    "paragraph_spans",
    "soft_breaks",
    "spaced_out",
]

# Full-width forms that are ordinary Chinese punctuation and stay as they are.
_KEEP_FULLWIDTH = set("，：；！？（）")


def _build_fold_table() -> dict[int, int]:
    table: dict[int, int] = {}
    for code in range(0xFF01, 0xFF5F):
        if chr(code) not in _KEEP_FULLWIDTH:
            table[code] = code - 0xFEE0
    # odd spaces -> ASCII space; tab -> space; lone carriage return -> newline
    for code in (0x3000, 0x00A0, 0x2007, 0x202F, 0x205F, 0x0009, 0x000B, 0x000C):
        table[code] = 0x20
    for code in range(0x2000, 0x200B):
        table[code] = 0x20
    table[0x000D] = 0x0A
    table[0x2028] = 0x0A
    table[0x2029] = 0x0A
    return table


FOLD = _build_fold_table()
# The fold table as an array over the Basic Multilingual Plane (every key is in it), so
# that a whole text is folded with numpy (much faster than str.translate with a dict on
# Chinese text; same result).
FOLD_ARRAY = np.arange(0x10000, dtype=np.uint32)
for _k, _v in FOLD.items():
    FOLD_ARRAY[_k] = _v
del _k, _v
FOLD_ANY_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(FOLD)) + "]")


#: Characters converted to code points at a time (so that a long text's code points are
#: never all held).
_PIECE = 2**16


def _code_pieces(text: str) -> Iterator[tuple[int, npt.NDArray[np.uint32]]]:
    """The code points of ``text``, ``_PIECE`` characters at a time, with their start."""
    for a in range(0, len(text), _PIECE):
        piece = text[a : a + _PIECE].encode("utf-32-le", "surrogatepass")
        yield a, np.frombuffer(piece, dtype=np.uint32)


def _from_codes(codes: npt.NDArray[np.uint32]) -> str:
    return codes.astype(np.uint32).tobytes().decode("utf-32-le", "surrogatepass")


#: Whether a character of the Basic Multilingual Plane is folded (a key of :data:`FOLD`).
_FOLDED = np.zeros(0x10000, dtype=bool)
_FOLDED[list(FOLD)] = True


def _fold(text: str) -> str:
    pieces = []
    changed = False
    for _, codes in _code_pieces(text):
        if int(codes.max()) >= 0x10000:  # beyond the Basic Multilingual Plane
            where = np.flatnonzero(_FOLDED[np.minimum(codes, 0xFFFF)] & (codes < 0x10000))
        else:
            where = np.flatnonzero(_FOLDED[codes])
        if len(where):
            codes = codes.copy()
            codes[where] = FOLD_ARRAY[codes[where]]
            changed = True
        pieces.append(codes)
    if not changed:
        return text
    return "".join(p.tobytes().decode("utf-32-le", "surrogatepass") for p in pieces)


# zero-width characters, BOM, soft hyphen, CR of a CRLF pair
# one character class first (a CR only before a LF), so that the search skips ahead quickly
_DELETE_RE = re.compile("[\ufeff\u200b-\u200f\u2060-\u2064\u00ad\u180e\r](?:(?<=\r)(?=\n)|(?<!\r))")
_SPACES_RE = re.compile(" +")
_CJK_CHARS = re.compile(f"[{CJK}]")
# starts with the line break itself, so that the search skips ahead quickly
_SOFT_BREAK_RE = re.compile(f"\n(?<=[{HAN}]\n)(?=[{HAN}])")
_BLANK_LINE_RE = re.compile("\n[ \t\u3000]*\n")


@dataclass(frozen=True)
class NormalizedText:
    r"""A normalized text with the position in the source of each of its characters.

    Attributes
    ----------
    text : str
        The normalized text.
    source : str
        The text as it was given.
    index : numpy.ndarray
        ``index[i]`` is the position in ``source`` of ``text[i]`` (int32 when the
        source has fewer than 2**31 characters, int64 otherwise; the methods give
        positions as ``int`` or int64 arrays).

    Examples
    --------
    >>> nt = normalize_with_offsets("政府工作\u200b报告：１９９３年")
    >>> nt.text
    '政府工作报告：1993年'
    >>> nt.span_to_source(4, 6)
    (5, 7)
    >>> nt.source[5:7]
    '报告'
    """

    text: str
    source: str
    index: npt.NDArray[np.signedinteger[Any]]

    def __len__(self) -> int:
        return len(self.text)

    def to_source(self, pos: int) -> int:
        """Map a position of the normalized text to the source text.

        ``len(text)`` maps to ``len(source)``.
        """
        if pos >= len(self.text):
            return len(self.source)
        return int(self.index[pos])

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open span ``[start, end)`` of the normalized text to the source.

        The source span starts at the source character of ``text[start]`` and ends just
        after the source character of ``text[end - 1]``, so it covers every character
        that was deleted in between.
        """
        if end <= start:
            pos = self.to_source(start)
            return pos, pos
        return int(self.index[start]), int(self.index[end - 1]) + 1

    def spans_to_source(
        self, starts: Any, ends: Any
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Vectorised :meth:`span_to_source` for arrays of non-empty spans."""
        s = np.asarray(starts, dtype=np.int64)
        e = np.asarray(ends, dtype=np.int64)
        if len(self.index) == 0:
            zero = np.zeros_like(s)
            return zero, zero
        index = self.index
        return (
            index[s].astype(np.int64, copy=False),
            index[np.maximum(e - 1, 0)].astype(np.int64, copy=False) + 1,
        )

    def from_source(self, pos: int) -> int:
        """Position in the normalized text of the first character at or after ``pos``."""
        return int(self.from_source_array(np.asarray([pos]))[0])

    def from_source_array(self, positions: Any) -> npt.NDArray[np.int64]:
        """Vectorised :meth:`from_source` (``numpy.searchsorted`` on :attr:`index`).

        The positions are searched in the index's own integer type when they fit it, so
        that the index (of the length of the text) is never copied to another type.

        Examples
        --------
        >>> nt = normalize_with_offsets("政府工作\u200b报告")
        >>> nt.from_source_array([0, 4, 5, 9]).tolist()
        [0, 4, 4, 6]
        """
        pos = np.asarray(positions, dtype=np.int64)
        index = self.index
        info = np.iinfo(index.dtype)
        if len(pos) and info.min <= int(pos.min()) and int(pos.max()) <= info.max:
            pos = pos.astype(index.dtype)
        found: npt.NDArray[np.int64] = np.searchsorted(index, pos, side="left").astype(
            np.int64, copy=False
        )
        return found


@lru_cache(maxsize=1)
def _opencc_t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def _codes(text: str) -> npt.NDArray[np.uint32]:
    """The code points of ``text`` (one per character, lone surrogates included)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _delete(
    text: str, index: npt.NDArray[np.signedinteger[Any]], positions: Any
) -> tuple[str, Any]:
    if len(positions) == 0:
        return text, index
    if len(positions) <= len(text) >> 6:
        # a few positions: the text between them, sliced
        pos = sorted(set(np.asarray(positions, dtype=np.int64).tolist()))
        pieces = []
        maps = []
        last = 0
        for p in pos:
            pieces.append(text[last:p])
            maps.append(index[last:p])
            last = p + 1
        pieces.append(text[last:])
        maps.append(index[last:])
        return "".join(pieces), np.concatenate(maps)
    keep = np.ones(len(text), dtype=bool)
    keep[positions] = False
    kept = "".join(_from_codes(codes[keep[a : a + len(codes)]]) for a, codes in _code_pieces(text))
    return kept, index[keep]


#: A single space between two characters (the spacing of spaced-out text).
_SINGLE_SPACE_RE = re.compile(r"(?<=[^\s]) (?=[^\s])")


def spaced_out(text: str) -> bool:
    """Whether ``text`` is spaced out: a space between (nearly) every two characters.

    True when single spaces between two non-space characters number at least half the
    non-space characters (``四 个 意 识``).  Such a text is read with those spaces
    removed; a run of several spaces (a space of the text itself) counts as one.

    Examples
    --------
    >>> spaced_out("树 牢 “ 四 个 意 识 ” 。"), spaced_out("树牢“四个意识”。 GDP 增长")
    (True, False)
    """
    n_space = text.count(" ")
    n = len(text) - n_space - text.count("\n")
    # single spaces are some of the spaces: too few spaces, no need to find them
    return n >= 4 and n_space >= 0.5 * n and len(_SINGLE_SPACE_RE.findall(text)) >= 0.5 * n


def _indented_lines(out: str, index: npt.NDArray[np.signedinteger[Any]], source: str) -> list[bool]:
    """For each line of ``out``, whether its source line starts with spaces."""
    first = bool(source) and source[0] in _INDENT_CHARS
    codes = _codes(out)
    pos = np.flatnonzero(codes == 0x0A)
    nxt = pos + 1
    # a line that follows a break and is not empty, and the source between the two
    opens = nxt < len(out)
    opens[opens] = codes[nxt[opens]] != 0x0A
    src = _codes(source)
    # where the source holds an indentation character
    at = np.flatnonzero((src == 0x20) | (src == 0x09) | (src == 0x3000) | (src == 0xA0))
    lo = index[pos[opens]] + 1
    hi = index[nxt[opens]]
    flags = np.zeros(len(pos), dtype=bool)
    flags[opens] = np.searchsorted(at, hi) > np.searchsorted(at, lo)
    return [first, *flags.tolist()]


def _insert_breaks(
    text: str, index: npt.NDArray[np.signedinteger[Any]], positions: list[int]
) -> tuple[str, npt.NDArray[np.signedinteger[Any]]]:
    """Insert a line break before each of ``positions``; it maps to the next character."""
    pieces = []
    last = 0
    for p in positions:
        pieces.append(text[last:p])
        last = p
    pieces.append(text[last:])
    pos = np.asarray(positions, dtype=np.int64)
    return "\n".join(pieces), np.insert(index, pos, index[pos])


_LATIN_WORD_END_RE = re.compile(r"(?:^|\s)[A-Za-z]+$")
_LATIN_WORD_START_RE = re.compile(r"[A-Za-z]+(?:\s|$)")


def _between_latin_words(line: str, nxt: str) -> bool:
    """Whether a break between ``line`` and ``nxt`` separates two Latin words.

    Masks such as ``及X`` / ``XX视察`` are not words.
    """
    return bool(_LATIN_WORD_END_RE.search(line) and _LATIN_WORD_START_RE.match(nxt))


def _is_cjk(ch: str) -> bool:
    return bool(_CJK_CHARS.match(ch))


# Runs of spaces with a line break, the text's edge or a CJK character on one side: the
# whole run goes.  Other runs (between Latin letters or digits) are judged one by one.
# (each expression starts with the space itself, so that a search skips ahead quickly)
_SPACE_RUN_DELETE_RE = re.compile(f" (?<![^\\n{CJK}] ) *| (?<!  ) *(?![^\\n{CJK}])")
_SPACE_RUN_OTHER_RE = re.compile(f" (?<=[^\\n{CJK} ] ) *(?=[^\\n{CJK} ])")


def _space_deletions(text: str) -> Any:
    spans = [m.span() for m in _SPACE_RUN_DELETE_RE.finditer(text)]
    for m in _SPACE_RUN_OTHER_RE.finditer(text):
        s, e = m.span()
        if text[s - 1].isdigit() and text[e].isdigit():
            spans.append((s, e))
        elif e - s > 1:
            spans.append((s + 1, e))
    if not spans:
        return []
    bounds = np.asarray(spans, dtype=np.int64)
    starts, ends = bounds[:, 0], bounds[:, 1]
    lengths = ends - starts
    # every position of every span: start + 0, 1, ..., length - 1
    offsets = np.arange(int(lengths.sum()), dtype=np.int64) - np.repeat(
        np.cumsum(lengths) - lengths, lengths
    )
    return np.sort(np.repeat(starts, lengths) + offsets)


def uses_blank_line_paragraphs(text: str) -> bool:
    r"""Whether paragraphs of ``text`` are separated by blank lines.

    In such texts a single line break between two Han characters is a soft wrap
    (``政府工作报\n告``); where every line is a paragraph, it is not.

    Examples
    --------
    >>> uses_blank_line_paragraphs("第一段。\n\n第二段。\n\n第三段")
    True
    >>> uses_blank_line_paragraphs("一、总体要求\n（一）指导思想")
    False
    """
    blank = len(_BLANK_LINE_RE.findall(text))
    single = text.count("\n") - 2 * blank
    return blank >= 2 and blank >= single


_BLANK_SPLIT_RE = re.compile(r"\n[ \t\u3000]*\n\s*")
_LINE_SPLIT_RE = re.compile(r"\n")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    r"""Spans of the non-blank paragraphs of a (normalized) text, without outer spaces.

    Paragraphs are lines or, where the text separates its paragraphs by blank lines
    (:func:`uses_blank_line_paragraphs`), blocks between blank lines, in which a single
    line break is a soft wrap; a block whose lines after the first each open with a
    heading marker after a heading or a sentence end (``二、……`` / ``（一）……。`` /
    ``（二）……``: sections written without blank lines between them) is a paragraph per
    line.

    Examples
    --------
    >>> paragraph_spans("一、总体要求\n（一）指导思想")
    [(0, 6), (7, 14)]
    >>> paragraph_spans("第一段\n续。\n\n第二段。\n\n第三段")
    [(0, 6), (8, 12), (14, 17)]
    >>> paragraph_spans("前言。\n\n二、抓实责任\n（一）健全体系。制定清单。\n\n结语。")
    [(0, 3), (5, 11), (12, 25), (27, 30)]
    """
    blank = uses_blank_line_paragraphs(text)
    splitter = _BLANK_SPLIT_RE if blank else _LINE_SPLIT_RE
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in [*splitter.finditer(text), None]:
        s, e = pos, (m.start() if m is not None else len(text))
        if blank and "\n" in text[s:e] and _numbered_lines(text[s:e]):
            at = s
            for line in text[s:e].split("\n"):
                spans.extend(_stripped(text, at, at + len(line)))
                at += len(line) + 1
        else:
            spans.extend(_stripped(text, s, e))
        if m is not None:
            pos = m.end()
    return spans


def _stripped(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """``[(s, e)]`` without the outer spaces of ``text[s:e]``, or ``[]`` if it is blank."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return [(s, e)] if e > s else []


def _numbered_lines(block: str) -> bool:
    r"""Whether each line of a block after the first opens with a heading marker.

    Each after a heading line or a sentence end: a list of sections written without
    blank lines between them.

    >>> _numbered_lines("二、抓实主体责任\n（一）健全责任体系。制定清单。\n（二）强化考核。")
    True
    >>> _numbered_lines("全年增长\n1.5%，好于预期。")
    False
    """
    lines = [line.strip() for line in block.strip().split("\n")]
    return all(
        line and _LINE_HEADING_RE.match(line) is not None
        and (_ends_clause(prev) or _LINE_HEADING_RE.match(prev) is not None)
        for prev, line in pairwise(lines)
    )


_HAN_CHARS_RE = re.compile(f"[{HAN}]")
#: Share of Han characters OpenCC's t2s must change for a text to count as traditional.
#: Simplified reports change at most 0.5% (a few characters t2s maps anyway); the
#: traditional 1954 and 1957 government work reports change 30% and 9.5%.
TRADITIONAL_THRESHOLD = 0.03
#: The scripts :func:`detect_script` tells apart.
SCRIPTS = ("simplified", "traditional", "mixed")


@lru_cache(maxsize=1)
def _opencc_s2t() -> Any:
    import opencc

    return opencc.OpenCC("s2t")


def _han_sample(text: str, sample: int) -> str:
    # the first Han characters of the first 4 * sample characters, selected with numpy;
    # a Chinese text has them within its first 1.5 * sample characters: those are read
    # first (the same characters when they hold sample Han characters)
    for size in (3 * sample // 2, 4 * sample):
        head = text[:size]
        codes = _codes(head)
        han = codes[han_mask(head)]
        if len(han) >= sample or len(head) < size:
            break
    found: str = han[:sample].tobytes().decode("utf-32-le")
    return found


def _changed_share(han: str, converted: str) -> float:
    if len(converted) != len(han):  # pragma: no cover - OpenCC keeps single characters
        return 1.0
    # compared as code points with numpy
    return int(np.count_nonzero(_code_points(han) != _code_points(converted))) / len(han)


def detect_script(text: str, *, sample: int = 4000) -> str:
    r"""The script a text is written in: ``"simplified"``, ``"traditional"`` or ``"mixed"``.

    The rule, on the first ``sample`` Han characters: the share of them that OpenCC's
    ``t2s`` changes (characters written only in traditional script) and the share that
    ``s2t`` changes (characters written only in simplified script).  A text is
    ``"traditional"`` when the first share is above :data:`TRADITIONAL_THRESHOLD` (3%) and
    the second is not, ``"mixed"`` when both are, and ``"simplified"`` otherwise (also a
    text without Han characters).  A simplified report changes under ``t2s`` by at most
    0.5% and under ``s2t`` by about 35%; its OpenCC ``s2t`` conversion the other way round.

    Examples
    --------
    >>> detect_script("堅持四個意識，做到兩個維護。"), detect_script("坚持四个意识。")
    ('traditional', 'simplified')
    >>> detect_script("堅持四個意識，坚持四个意识。")
    'mixed'
    """
    han = _han_sample(text, sample)
    if not han:
        return "simplified"
    if _changed_share(han, _opencc_t2s().convert(han)) <= TRADITIONAL_THRESHOLD:
        return "simplified"
    if _changed_share(han, _opencc_s2t().convert(han)) > TRADITIONAL_THRESHOLD:
        return "mixed"
    return "traditional"


def looks_traditional(text: str, *, sample: int = 2000) -> bool:
    r"""Whether ``text`` is written (at least partly) in traditional characters.

    OpenCC's ``t2s`` conversion is applied to the first ``sample`` Han characters; the
    text counts as traditional when it changes more than :data:`TRADITIONAL_THRESHOLD`
    of them (a ``"traditional"`` or ``"mixed"`` text of :func:`detect_script`).

    Examples
    --------
    >>> looks_traditional("堅持四個意識，做到兩個維護。"), looks_traditional("坚持四个意识。")
    (True, False)
    """
    han = _han_sample(text, sample)
    if not han:
        return False
    return _changed_share(han, _opencc_t2s().convert(han)) > TRADITIONAL_THRESHOLD


def convert_one_to_one(text: str, convert: Callable[[str], str]) -> str:
    r"""Apply a character conversion (OpenCC) so that the result keeps the text's length.

    ``convert`` is applied to the whole text.  When a phrase conversion changed the
    length, the text is converted line by line, and a line whose length still changes
    character by character (a character whose conversion is not one character stays as
    it is), so that each character of the result comes from the character of ``text`` at
    the same position and the offset map stays exact.

    Examples
    --------
    >>> convert_one_to_one("頭髮\n一隻", {"頭髮": "头发", "一隻": "一只"}.get)
    '头发\n一只'
    >>> phrase = {"電腦": "计算机", "電": "电", "腦": "脑"}
    >>> convert_one_to_one("電腦", lambda s: phrase.get(s, s))
    '电脑'
    """
    out = str(convert(text))
    if len(out) == len(text):
        return out
    lines = []
    for line in text.split("\n"):
        conv_line = str(convert(line))
        if len(conv_line) != len(line):
            conv_line = "".join(c2 if len(c2 := str(convert(ch))) == 1 else ch for ch in line)
        lines.append(conv_line)
    return "\n".join(lines)


def _code_points(text: str) -> npt.NDArray[np.uint32]:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _t2s(text: str) -> str:
    conv = _opencc_t2s()
    return convert_one_to_one(text, conv.convert)


# --- layout: line breaks that are not paragraph ends, paragraphs without line breaks ---

#: Characters that end a sentence or clause at the end of a line (maybe inside quotes).
_LINE_END_TERMINAL = frozenset("。！？；：!?;:")
_LINE_END_CLOSING = frozenset("”’」』）)》〉】]")
#: A line starting with one of these continues the line before it (punctuation that a
#: wrap pushed to the start of a line, closing quotes and brackets; not a dash, which
#: opens a date line or a subtitle: ——2026年1月20日).
_LINE_CONTINUATION = frozenset("，。、；：！？）》〉」』”’】…,.;:!?)]%")
#: Heading markers at the start of a line: 一、 （一） 1. 第一章 ①.
_LINE_HEADING_RE = re.compile(
    r"(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\d]+[）)]|\d{1,2}[.、．](?!\d)"
    r"|第[一二三四五六七八九十百\d]+[部章节条]|[①-⑳])"
)
_INDENT_CHARS = frozenset(" \t\u3000\u00a0")  # the same four in _indented_lines
# a wrap inside a quotation: an opening quote not closed on its line, closed early on
# the next line (“四个\n意识”)
_QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》"}
#: Passes of :func:`soft_breaks` at most (each pass joins what the one before revealed).
_MAX_JOIN_PASSES = 4
#: Longest line of a list of short lines (see :func:`soft_breaks`).
_LIST_LINE = 40
#: Share of near-full lines from which a text counts as hard-wrapped.
HARD_WRAP_SHARE = 0.5


def _ends_clause(line: str) -> bool:
    stripped = line.rstrip()
    while stripped and stripped[-1] in _LINE_END_CLOSING:
        stripped = stripped[:-1]
    return bool(stripped) and stripped[-1] in _LINE_END_TERMINAL


@lru_cache(maxsize=1)
def _narrow_table() -> npt.NDArray[np.bool_]:
    """Whether each character of the Basic Multilingual Plane is not one of ``CJK``."""
    table = np.ones(0x10000, dtype=bool)
    plane = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    table[[ord(m.group()) for m in _CJK_CHARS.finditer(plane)]] = False
    table.setflags(write=False)
    return table


def _body_widths(text: str, starts: list[int], lines: list[str], sizes: list[int]) -> list[int]:
    """Width of line bodies (``line.strip()``, of ``sizes`` characters) of ``text``.

    ``lines[k]`` starts at ``starts[k]`` in ``text``.  In half-width units: Han,
    full-width forms and CJK punctuation count two.
    """
    # the characters that count one: few in Chinese text
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    if len(units) == len(text):  # no character beyond the Basic Multilingual Plane
        narrow = np.flatnonzero(np.take(_narrow_table(), units))
    else:
        codes = _codes(text)
        narrow = np.flatnonzero(
            np.take(_narrow_table(), np.minimum(codes, 0xFFFF)) | (codes >= 0x10000)
        )
    size = np.asarray(sizes, dtype=np.int64)
    lead = np.fromiter((len(x) - len(x.lstrip()) for x in lines), dtype=np.int64, count=len(lines))
    first = np.asarray(starts, dtype=np.int64) + lead
    n_narrow = np.searchsorted(narrow, first + size) - np.searchsorted(narrow, first)
    widths: list[int] = (2 * size - n_narrow).tolist()
    return widths


def _line_widths(text: str, lines: list[str], bodies: list[str], sizes: list[int]) -> list[int]:
    """Width of the body of each line (0 for a blank one), as :func:`_body_widths`.

    A body's width is its length and one more for each of its ``CJK`` characters.
    """
    units = _codes(text)
    if len(units) and int(units.max()) >= 0x10000:  # beyond the Basic Multilingual Plane
        starts = [0, *accumulate(len(line) + 1 for line in lines[:-1])]
        filled = [i for i, s in enumerate(sizes) if s]
        widths = [0] * len(lines)
        found = _body_widths(
            text, [starts[i] for i in filled], [lines[i] for i in filled],
            [sizes[i] for i in filled],
        )
        for i, w in zip(filled, found, strict=True):
            widths[i] = w
        return widths
    # the characters that count one: few in Chinese text
    narrow = np.flatnonzero(np.take(_narrow_table(), units))
    breaks = np.flatnonzero(units == 0x0A)
    first = np.concatenate(([0], breaks + 1))
    # lines with spaces around their body: the body starts after them
    padded = [i for i, (line, body) in enumerate(zip(lines, bodies, strict=True))
              if line is not body]
    if padded:
        first[padded] += [len(lines[i]) - len(lines[i].lstrip()) for i in padded]
    size = np.asarray(sizes, dtype=np.int64)
    n_narrow = np.searchsorted(narrow, first + size) - np.searchsorted(narrow, first)
    out: list[int] = (2 * size - n_narrow).tolist()
    return out


def _quantile(values: list[int], q: float) -> int:
    ranked = sorted(values)
    return ranked[int(q * (len(ranked) - 1))] if ranked else 0


def _open_quote_at_end(line: str) -> str | None:
    """The closing quote an unclosed quotation at the end of ``line`` waits for."""
    stack: list[str] = []
    # only the quotes change the stack
    for ch in _QUOTE_CHARS_RE.findall(line):
        if ch in _QUOTE_PAIRS:
            stack.append(_QUOTE_PAIRS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
    return stack[-1] if stack else None


_QUOTE_CHARS_RE = re.compile(
    "[" + "".join(re.escape(c) for pair in _QUOTE_PAIRS.items() for c in pair) + "]"
)


def _closes_early(line: str, closer: str, limit: int = 16) -> bool:
    k = line.find(closer, 0, limit + 1)
    if k < 0:
        return False
    head = line[:k]
    return not any(ch in _QUOTE_PAIRS or ch in _LINE_END_TERMINAL for ch in head)


def soft_breaks(text: str, indented: Any = None) -> list[int]:
    r"""Positions of the line breaks of a (normalized) text that are not paragraph ends.

    A line break is a soft wrap, to be removed, when

    - the text is hard-wrapped (at least :data:`HARD_WRAP_SHARE` of its lines, and at
      least 6, run close to its usual line length, counted in characters or in
      half-width units, that length is at least 14 characters (narrower columns are
      lines of their own: headings, lists), and at most 5% run beyond it) and the
      line before the break runs to that length, unless that line ends a sentence or
      clause (。！？；：) and the next line is indented or opens with a heading marker
      (一、 （一） 1.), or both lines open with a heading marker;
    - the next line opens with punctuation that continues the line (，、。）” ...) and the
      line before does not end a sentence;
    - the break falls inside a quotation (an opening quote left open at the end of the
      line, closed within the first 16 characters of the next: ``“四个\n意识”``);
    - the text separates its paragraphs by blank lines
      (:func:`uses_blank_line_paragraphs`) and the break stands between two Han
      characters, unless its block is a list of three or more short lines (page
      chrome, a menu, a signature: each of at most 40 characters).

    Blank lines, short lines (headings, the last line of a paragraph), lines that end
    a sentence and breaks between two Latin words keep their break.

    Parameters
    ----------
    text : str
        The text (normalized: spaces at line ends removed).
    indented : sequence of bool, optional
        For each line of ``text``, whether the source line was indented (the
        indentation itself may already be removed); by default, whether ``text``'s
        line starts with a space.

    Returns
    -------
    list of int
        Positions of ``\n`` characters in ``text``.

    Examples
    --------
    >>> soft_breaks("树牢“四个\n意识”。\n二、主要做法")
    [5]
    >>> wrapped = "坚持以党的政治建设为统领，推动\n全面从严治党向纵深发展，树牢“\n四个意识”。\n" * 3
    >>> soft_breaks(wrapped)[:3]
    [15, 31, 54]
    """
    if "\n" not in text:
        return []
    lines = text.split("\n")
    if indented is None:
        indented = [bool(line) and line[0] in _INDENT_CHARS for line in lines]
    layout = _Layout.of(text, lines, list(indented))
    return layout.positions(layout.soft_lines(None))


class _Layout:
    """The lines of a text as :func:`soft_breaks` reads them.

    The per-line values (bodies, their length and width, indentation) are kept, so that
    after the soft breaks are removed the next pass (:meth:`joined`) reads the lines
    that were joined again, not the whole text.
    """

    __slots__ = ("blank_mode", "bodies", "full", "indented", "lines", "n_blank", "near",
                 "sizes", "widths", "wrapped")

    def __init__(
        self, lines: list[str], indented: list[bool], bodies: list[str],
        sizes: list[int], widths: list[int], n_blank: int,
    ) -> None:
        self.lines = lines
        self.indented = indented
        self.bodies = bodies
        self.sizes = sizes  # len(body) of each line (0: blank)
        self.widths = widths  # width of each body in half-width units
        # the non-blank lines that run to the usual length, and those beyond it
        size = np.asarray(sizes, dtype=np.int64)
        width = np.asarray(widths, dtype=np.int64)
        filled = size > 0
        size, width = size[filled], width[filled]
        n = len(size)
        full_c = int(np.partition(size, int(0.8 * (n - 1)))[int(0.8 * (n - 1))]) if n else 0
        full_w = int(np.partition(width, int(0.8 * (n - 1)))[int(0.8 * (n - 1))]) if n else 0
        tol_c, tol_w = max(2, full_c // 10), max(4, full_w // 10)
        near = (size >= full_c - tol_c) | (width >= full_w - tol_w)
        over = (size > full_c + tol_c) & (width > full_w + tol_w)
        # hard-wrapped: many lines run to the usual length, (almost) none beyond it
        n_full = int(np.count_nonzero(near & ~over))
        n_over = int(np.count_nonzero(over))
        self.wrapped = (n_full >= 6 and n_full >= HARD_WRAP_SHARE * n and full_c >= 14
                        and n_over <= 0.05 * n)
        self.near: set[int] = (
            set(np.flatnonzero(filled)[near].tolist()) if self.wrapped else set()
        )
        # uses_blank_line_paragraphs of the text: blank lines (matches of _BLANK_LINE_RE)
        # and single breaks
        self.n_blank = n_blank
        single = len(lines) - 1 - 2 * n_blank
        self.blank_mode = n_blank >= 2 and n_blank >= single
        # whether the layout was read on all the lines (the first pass)
        self.full = True

    @classmethod
    def of(cls, text: str, lines: list[str], indented: list[bool]) -> _Layout:
        """The layout of ``text`` (split into ``lines``)."""
        bodies = [line.strip() for line in lines]
        sizes = [len(b) for b in bodies]
        widths = _line_widths(text, lines, bodies, sizes)
        n_blank = len(_BLANK_LINE_RE.findall(text))
        return cls(lines, indented, bodies, sizes, widths, n_blank)

    def positions(self, soft: list[int]) -> list[int]:
        """Positions in the text of the breaks after the lines ``soft``."""
        if not soft:
            return []
        ends = list(accumulate(map(len, self.lines)))
        return [ends[i] + i for i in soft]

    def _in_list(self, lines: Iterable[int] | None) -> set[int]:
        """The lines in blocks of three or more short lines (blank-line paragraphs only).

        ``lines``: only the blocks that hold one of them (all blocks when None).
        """
        if not self.blank_mode:
            return set()
        bodies = self.bodies
        if lines is None:
            return _list_lines([i for i, b in enumerate(bodies) if b], bodies)
        found: set[int] = set()
        for a, b in self._blocks(lines):
            if b - a >= 2 and all(len(bodies[j]) <= _LIST_LINE for j in range(a, b + 1)):
                found.update(range(a, b + 1))
        return found

    def _blocks(self, lines: Iterable[int]) -> list[tuple[int, int]]:
        """First and last line of the blocks of non-blank lines that hold ``lines``."""
        sizes = self.sizes
        blocks: list[tuple[int, int]] = []
        last = -1
        for i in sorted(lines):
            if i <= last or not sizes[i]:
                continue
            a = i
            while a > 0 and sizes[a - 1]:
                a -= 1
            b = i
            while b + 1 < len(sizes) and sizes[b + 1]:
                b += 1
            blocks.append((a, b))
            last = b
        return blocks

    def soft_lines(self, changed: list[int] | None) -> list[int]:
        """The lines whose break is soft, sorted.

        ``changed``: the lines joined by the pass before (None: the first pass); only
        the blocks that hold them are read again.
        """
        bodies, lines, indented = self.bodies, self.lines, self.indented
        if changed is None:
            check: Iterable[int] = [i for i, s in enumerate(self.sizes) if s]
        else:
            check = [i for a, b in self._blocks(changed) for i in range(a, b)]
        in_list = self._in_list(None if changed is None else changed)
        wrapped, near, blank_mode = self.wrapped, self.near, self.blank_mode
        n = len(lines)
        out: list[int] = []
        for i in check:
            if i + 1 >= n or not bodies[i + 1]:
                continue
            body, nxt = bodies[i], bodies[i + 1]
            ends = _ends_clause(body)
            soft = False
            if wrapped and i in near:
                soft = not ends or not (indented[i + 1] or _LINE_HEADING_RE.match(nxt))
                # a heading that fills the line, then the next heading
                soft = soft and not (_LINE_HEADING_RE.match(body) and _LINE_HEADING_RE.match(nxt))
            if not soft and not ends:
                if nxt[0] in _LINE_CONTINUATION:
                    soft = True
                elif (closer := _open_quote_at_end(body)) is not None:
                    soft = _closes_early(nxt, closer)
            if (not soft and blank_mode and i not in in_list and _HAN_CHARS_RE.match(body[-1])
                    and _HAN_CHARS_RE.match(nxt[0]) and lines[i] == body):
                soft = True
            if soft and not _between_latin_words(body, nxt):
                # never between two Latin words: removing the break would join them
                out.append(i)
        return out

    def joined(self, soft: list[int]) -> tuple[_Layout, list[int]]:
        """The layout of this layout's text with the breaks after ``soft`` removed.

        Also the lines of the new layout that were joined.
        """
        lines, indented, bodies = self.lines, self.indented, self.bodies
        sizes, widths = self.sizes, self.widths
        new_lines: list[str] = []
        new_indented: list[bool] = []
        new_bodies: list[str] = []
        new_sizes: list[int] = []
        new_widths: list[int] = []
        changed: list[int] = []
        pos = 0
        k = 0
        while k < len(soft):
            a = soft[k]
            b = a + 1  # lines a .. b are joined
            k += 1
            while k < len(soft) and soft[k] == b:
                b += 1
                k += 1
            new_lines.extend(lines[pos:a])
            new_indented.extend(indented[pos:a])
            new_bodies.extend(bodies[pos:a])
            new_sizes.extend(sizes[pos:a])
            new_widths.extend(widths[pos:a])
            line = "".join(lines[a : b + 1])
            changed.append(len(new_lines))
            new_lines.append(line)
            new_indented.append(indented[a])
            if all(lines[j] is bodies[j] for j in range(a, b + 1)):
                # lines without spaces around their body: the body is the lines joined
                new_bodies.append(line)
                new_sizes.append(len(line))
                new_widths.append(sum(widths[a : b + 1]))
            else:
                body = line.strip()
                new_bodies.append(body)
                new_sizes.append(len(body))
                new_widths.append(len(body) + len(_CJK_CHARS.findall(body)))
            pos = b + 1
        new_lines.extend(lines[pos:])
        new_indented.extend(indented[pos:])
        new_bodies.extend(bodies[pos:])
        new_sizes.extend(sizes[pos:])
        new_widths.extend(widths[pos:])
        # a removed break stands between two non-blank lines: the blank lines are the same
        layout = _Layout(
            new_lines, new_indented, new_bodies, new_sizes, new_widths, self.n_blank
        )
        # lines of blocks without a joined line read as before unless the reading of the
        # whole text changed
        layout.full = (self.wrapped or layout.wrapped or layout.blank_mode != self.blank_mode)
        return layout, changed


def _list_lines(filled: list[int], bodies: list[str]) -> set[int]:
    """The lines in blocks (runs of non-blank lines) of three or more short lines."""
    found: set[int] = set()
    k = 0
    while k < len(filled):
        m = k
        while m + 1 < len(filled) and filled[m + 1] == filled[m] + 1:
            m += 1
        block = filled[k:m + 1]
        if len(block) >= 3 and all(len(bodies[j]) <= _LIST_LINE for j in block):
            found.update(block)
        k = m + 1
    return found


# --- paragraphs of a text without line breaks ------------------------------------------

_SENTENCE_END = "。！？；：!?;:"
_AFTER_END = f"(?<=[{_SENTENCE_END}])|(?<=[{_SENTENCE_END}][”’」』）)])"
#: Heading markers that open a paragraph after a sentence end in a text without breaks.
_INLINE_HEADING_RE = re.compile(
    rf"(?:{_AFTER_END})(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{{1,2}}[.．](?=[{HAN}])"
    r"|（\d{1,2}）)"
)
# a marker right after a heading that has no final punctuation (一、总体要求（一）指导思想)
_NEXT_MARKER_RE = re.compile(
    rf"(?<![{HAN}])[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）"
    rf"|(?<!\d)\d{{1,2}}[.．](?=[{HAN}])|(?<![第统唯同单专万之])[一二三四五六七八九十]+是"
)
# where a heading without final punctuation gives way to its text: a year after a Han
# character (一、2022年工作情况2022年，……), or after the last heading word of a top
# heading (二、存在的问题和下一步打算经过一年的努力，……)
_HEADING_YEAR_RE = re.compile(rf"(?<=[{HAN}])(?:19|20)\d\d年")
_HEADING_WORD_RE = re.compile(
    "情况|问题|打算|安排|要求|成效|措施|目标|任务|思路|做法|建议|不足|经验|体会"
)
_TOP_MARKER_RE = re.compile("[一二三四五六七八九十]+、")
# words that open the text under a heading (三、2026年主要工作今年是……)
_BODY_OPENER_RE = re.compile(
    "今年|去年|过去一年|过去五年|一年来|五年来|新征程上|根据|按照|围绕|对照|经过|深入剖析|对此"
)
# the turn to shortcomings that opens a problems passage
_PROBLEMS_TURN_RE = re.compile(
    r"(?<=[。！？])(?=[^。！？]{0,30}?(?:虽然|尽管|虽)[^。！？]{0,40}?(?:成绩|成效|进展)"
    r"[^。！？]{0,12}?但"
    r"|[^。！？]{0,20}?(?:清醒地?(?:看到|认识到)|在(?:看到|肯定)成绩的同时))"
)
# a salutation inside the text: 各位代表：
_INLINE_SALUTATION_RE = re.compile("各位代表[：:]|同志们[：:]")
_TITLE_AT_START_RE = re.compile(
    rf"[^{_SENTENCE_END}，,、“”《》〈〉\n]{{4,60}}?(?:报告|工作要点|要点|总结|计划|决议|方案|讲话|说明|意见)"
    r"(?![和及与暨的(、，,。：:》〉]|（(?!(?:19|20)\d\d年))"
)
_SALUTATION_RE = re.compile(
    rf"[^{_SENTENCE_END}，,、\n]{{2,20}}[：:](?=现将|按照|根据|受|我|今年|\d)"
)
_CLOSING_RE = re.compile(
    rf"(?<=[{_SENTENCE_END}])(?:特此报告|专此报告|以上报告[，,]?请予(?:评议|审议)|以上报告|特此说明)"
    "[。！]?$"
)
# 述职人：某某, and a date line that runs into the text (2026年1月15日按照……)
_REPORTER_RE = re.compile(r"(?:述职人|报告人|汇报人)[：:](?:某某|XXX|XX|[\u4e00-\u9fff]{2,3})")
_DATE_THEN_TEXT_RE = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日(?=按照|根据|现将|受|我)")
# a date in brackets after the title: （2026年2月10日……通过）
_DATED_BRACKET_RE = re.compile(r"（(?:19|20)\d\d年[^（）。]{0,40}）")
_TRAILING_DATE_RE = re.compile(
    rf"(?<=[{_SENTENCE_END}])[^{_SENTENCE_END}，,]{{0,30}}?(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日$"
)


def _heading_end(text: str, pos: int) -> int | None:
    """Where the text of a heading at ``pos`` without final punctuation starts."""
    own = _NEXT_MARKER_RE.match(text, pos)
    if own is None:
        return None
    stop = own.end()
    while stop < len(text) and stop - own.end() < 60 and text[stop] not in _SENTENCE_END + "，,":
        stop += 1
    if stop >= len(text) or text[stop] not in _SENTENCE_END + "，,":
        return None
    chunk = text[own.end():stop]
    if (m := _HEADING_YEAR_RE.search(chunk, 2)) is not None:
        return own.end() + m.start()
    if (m := _BODY_OPENER_RE.search(chunk, 4)) is not None:
        return own.end() + m.start()
    words = list(_HEADING_WORD_RE.finditer(chunk))
    if words and len(chunk) - words[-1].end() >= 2:
        rest = chunk[words[-1].end():]
        # after a top heading; after a sub-heading only before a quotation or a number
        if _TOP_MARKER_RE.fullmatch(own.group()) or rest[0] in "“0123456789":
            return own.end() + words[-1].end()
    return None


def inline_paragraph_starts(text: str) -> list[int]:
    r"""Where paragraphs start in a text written without line breaks.

    A heading marker (一、 （一） 1.) after a sentence end (。！？；：) opens a
    paragraph, and so does the next marker of a heading that has no final punctuation
    before it (``一、总体要求（一）指导思想``, ``……主体责任一是……``); the text under
    such a heading starts at a year, a word that opens a text (今年, 五年来, 根据 ...) or
    after the last heading word (情况, 问题, 打算, 目标 ...).  A turn to shortcomings
    (``虽然取得了……成绩，但……``, ``同时也要清醒看到……``) opens a paragraph.  A title at
    the start (a run without punctuation ending in 报告 / 要点 / 总结 ...), a salutation
    (``市直机关工委：``, ``各位代表：``), a closing formula (``专此报告。``) and a final
    date line are paragraphs of their own.  Texts with a line break are left as they
    are.

    Returns
    -------
    list of int
        Positions before which a paragraph break belongs.

    Examples
    --------
    >>> text = "2022年工作总结2022年，我们做了很多。一、主要成绩（一）加强学习一是学习。二是落实。"
    >>> [text[p:p + 4] for p in inline_paragraph_starts(text)]
    ['2022', '一、主要', '（一）加', '一是学习']
    """
    if "\n" in text.strip() or len(text) < 40:
        return []
    found: set[int] = set()
    if (m := _TITLE_AT_START_RE.match(text)) and m.end() < len(text):
        found.add(m.end())
        if d := _DATED_BRACKET_RE.match(text, m.end()):
            found.add(d.end())
        if s := _SALUTATION_RE.match(text, m.end()):
            found.add(s.end())
    elif s := _SALUTATION_RE.match(text):
        found.add(s.end())
    heads = [m.start() for m in _INLINE_HEADING_RE.finditer(text)]
    for h in heads:
        found.add(h)
        # the heading's own marker, then the next marker before any punctuation
        pos = h
        while True:
            own = _NEXT_MARKER_RE.match(text, pos)
            if own is None:
                break
            nxt = _NEXT_MARKER_RE.search(text, own.end(), min(len(text), own.end() + 40))
            if nxt is None or re.search(f"[{_SENTENCE_END}]", text[own.end():nxt.start()]):
                break
            found.add(nxt.start())
            pos = nxt.start()
        if (end := _heading_end(text, pos)) is not None:
            found.add(end)
    found.update(m.start() for m in _PROBLEMS_TURN_RE.finditer(text))
    for m in _INLINE_SALUTATION_RE.finditer(text, 0, min(len(text), 400)):
        found.update((m.start(), m.end()))
    for rx in (_REPORTER_RE, _DATE_THEN_TEXT_RE):
        for m in rx.finditer(text, 0, min(len(text), 400)):
            found.update((m.start(), m.end()))
    for rx in (_CLOSING_RE, _TRAILING_DATE_RE):
        if m := rx.search(text):
            found.add(m.start())
    return sorted(p for p in found if 0 < p < len(text))


def layout_changes(text: str) -> bool:
    r"""Whether normalization changes the layout of ``text``.

    True when it has a soft line break (:func:`soft_breaks`), is written without line
    breaks but has paragraph starts (:func:`inline_paragraph_starts`), or is spaced out
    (:func:`spaced_out`).

    Examples
    --------
    >>> layout_changes("树牢“四个\n意识”。"), layout_changes("一、总体要求\n坚持学习。")
    (True, False)
    """
    return bool(spaced_out(text) or soft_breaks(text) or inline_paragraph_starts(text))


def normalize_with_offsets(
    text: str, *, t2s: bool | str = "auto", join_lines: bool | None = None
) -> NormalizedText:
    r"""Normalize ``text`` and keep the map back to it.

    Parameters
    ----------
    text : str
        Source text.
    t2s : bool or "auto", default "auto"
        Convert traditional characters to simplified ones with OpenCC, character for
        character.  ``"auto"`` converts texts written in traditional characters
        (:func:`looks_traditional`) and leaves simplified texts as they are, so that
        every analyser reads 四個意識 as 四个意识.
    join_lines : bool or None, default None
        Read the layout: ``None`` removes the line breaks that are not paragraph ends
        (:func:`soft_breaks`: hard wraps, a break inside a quotation, a line continued
        by punctuation, a break between Han characters in a text that separates its
        paragraphs by blank lines) and, in a text without line breaks, inserts one
        before each paragraph start :func:`inline_paragraph_starts` finds (an inserted
        break maps to the source character after it).  ``True`` also removes every
        single line break between two Han characters; ``False`` keeps the lines as
        they are.  Spaced-out text (:func:`spaced_out`) is read without the spaces
        between its characters in every case.

    Returns
    -------
    NormalizedText

    Examples
    --------
    >>> nt = normalize_with_offsets("政府工作报\n告\n\n\u3000\u3000１ ９ ９ ３ 年\n\n")
    >>> nt.text
    '政府工作报告\n\n1993年\n\n'
    >>> start = nt.text.index("1993")
    >>> nt.source[slice(*nt.span_to_source(start, start + 5))]
    '１ ９ ９ ３ 年'
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize expects a str, got {type(text).__name__}")
    # positions in 32 bits when they fit (the map of a long text takes half the memory);
    # the positions given out are int64 (see NormalizedText)
    index = np.arange(len(text), dtype=np.int32 if len(text) < 2**31 else np.int64)
    # 1. delete zero-width characters and the CR of CRLF (positions are source positions)
    out, index = _delete(text, index, [m.start() for m in _DELETE_RE.finditer(text)])
    # 2. one-to-one folds: full-width ASCII, odd spaces, line separators
    out = _fold(out)
    # 3. spaces inside Chinese text, at line ends, and between digits; in spaced-out
    #    text (a space between every two characters) the single spaces first
    if spaced_out(out):
        out, index = _delete(out, index, [m.start() for m in _SINGLE_SPACE_RE.finditer(out)])
    out, index = _delete(out, index, _space_deletions(out))
    # 4. line breaks that are not paragraph ends (soft wraps), and paragraph breaks in a
    #    text written without line breaks
    #    (until none is left: a join can close a quotation left open on a line)
    #    (each pass after the first reads again only the blocks of lines it joined)
    layout: _Layout | None = None
    soft: list[int] = []
    for _ in range(_MAX_JOIN_PASSES if join_lines is not False else 0):
        if "\n" not in out:
            break
        if join_lines:
            breaks = soft_breaks(out, _indented_lines(out, index, text))
            breaks = sorted({*breaks, *(m.start() for m in _SOFT_BREAK_RE.finditer(out))})
        else:
            changed: list[int] | None = None
            if layout is None:
                layout = _Layout.of(out, out.split("\n"), _indented_lines(out, index, text))
            else:
                layout, changed = layout.joined(soft)
                if layout.full:
                    changed = None
            soft = layout.soft_lines(changed)
            breaks = layout.positions(soft)
        if not breaks:
            break
        out, index = _delete(out, index, breaks)
    if join_lines is not False and (starts := inline_paragraph_starts(out)):
        out, index = _insert_breaks(out, index, starts)
    # 5. traditional -> simplified, one character for one character
    if t2s == "auto":
        t2s = bool(out) and looks_traditional(out)
    elif not isinstance(t2s, bool):
        from govtext._util import ParameterError

        raise ParameterError(
            f"The 't2s' parameter of normalize must be True, False or 'auto'. Got {t2s!r} instead."
        )
    if t2s and out:
        out = _t2s(out)
    return NormalizedText(out, text, index)


def normalize(text: str, *, t2s: bool | str = "auto") -> str:
    r"""Normalize an official text for analysis.

    Folds full-width digits, Latin letters and ASCII-able punctuation to ASCII (Chinese
    punctuation such as “”，。、（）： stays), removes zero-width characters and byte-order
    marks, turns ideographic and other odd spaces into spaces and drops them inside
    Chinese text (``李\u3000强`` becomes ``李强``, ``1 9 9 3 年`` becomes ``1993年``),
    re-joins words split by a soft line break, and optionally converts traditional
    characters to simplified ones.  Use :func:`normalize_with_offsets` to map positions
    back to the source.

    Parameters
    ----------
    text : str
        Source text.
    t2s : bool or "auto", default "auto"
        Convert traditional characters to simplified (OpenCC ``t2s``); ``"auto"`` does
        so for texts written in traditional characters (:func:`looks_traditional`).

    Returns
    -------
    str

    Examples
    --------
    >>> normalize("全面从严治党\u200b，ＸＸ局完成率９５％")
    '全面从严治党，XX局完成率95%'
    >>> normalize("關於憲法草案的報告")
    '关于宪法草案的报告'
    >>> normalize("關於憲法草案的報告", t2s=False)
    '關於憲法草案的報告'
    """
    return normalize_with_offsets(text, t2s=t2s).text
