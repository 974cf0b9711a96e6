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
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

from govtext._util import CJK, HAN

__all__ = [
    "NormalizedText",
    "looks_traditional",
    "normalize",
    "normalize_with_offsets",
    "paragraph_spans",
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


def _fold(text: str) -> str:
    if FOLD_ANY_RE.search(text) is None:
        return text
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    folded = np.where(codes < 0x10000, FOLD_ARRAY[np.minimum(codes, 0xFFFF)], codes)
    return folded.astype(np.uint32).tobytes().decode("utf-32-le", "surrogatepass")


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
        ``index[i]`` is the position in ``source`` of ``text[i]``.

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
    index: npt.NDArray[np.int64]

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
        return self.index[s], self.index[np.maximum(e - 1, 0)] + 1

    def from_source(self, pos: int) -> int:
        """Position in the normalized text of the first character at or after ``pos``."""
        return int(np.searchsorted(self.index, pos, side="left"))


@lru_cache(maxsize=1)
def _opencc_t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def _delete(text: str, index: npt.NDArray[np.int64], positions: Any) -> tuple[str, Any]:
    if len(positions) == 0:
        return text, index
    keep = np.ones(len(text), dtype=bool)
    keep[positions] = False
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    kept = codes[keep].tobytes().decode("utf-32-le", "surrogatepass")
    return kept, index[keep]


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
    line break is a soft wrap.

    Examples
    --------
    >>> paragraph_spans("一、总体要求\n（一）指导思想")
    [(0, 6), (7, 14)]
    >>> paragraph_spans("第一段\n续。\n\n第二段。\n\n第三段")
    [(0, 6), (8, 12), (14, 17)]
    """
    splitter = _BLANK_SPLIT_RE if uses_blank_line_paragraphs(text) else _LINE_SPLIT_RE
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in [*splitter.finditer(text), None]:
        s, e = pos, (m.start() if m is not None else len(text))
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
        if m is not None:
            pos = m.end()
    return spans


_HAN_CHARS_RE = re.compile(f"[{HAN}]")
_NON_HAN_CHARS_RE = re.compile(f"[^{HAN}]+")
#: Share of Han characters OpenCC's t2s must change for a text to count as traditional.
#: Simplified reports change at most 0.5% (a few characters t2s maps anyway); the
#: traditional 1954 and 1957 government work reports change 30% and 9.5%.
TRADITIONAL_THRESHOLD = 0.03


def looks_traditional(text: str, *, sample: int = 2000) -> bool:
    r"""Whether ``text`` is written in traditional characters.

    OpenCC's ``t2s`` conversion is applied to the first ``sample`` Han characters; the
    text counts as traditional when it changes more than :data:`TRADITIONAL_THRESHOLD`
    of them.

    Examples
    --------
    >>> looks_traditional("堅持四個意識，做到兩個維護。"), looks_traditional("坚持四个意识。")
    (True, False)
    """
    # the Han characters in one substitution, compared as code points with numpy
    han = _NON_HAN_CHARS_RE.sub("", text[: 4 * sample])[:sample]
    if not han:
        return False
    converted = _opencc_t2s().convert(han)
    if len(converted) != len(han):  # pragma: no cover - t2s keeps single characters
        return True
    changed = int(np.count_nonzero(_code_points(han) != _code_points(converted)))
    return changed / len(han) > TRADITIONAL_THRESHOLD


def _code_points(text: str) -> npt.NDArray[np.uint32]:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _t2s(text: str) -> str:
    conv = _opencc_t2s()
    out = conv.convert(text)
    if len(out) == len(text):
        return str(out)
    # A phrase conversion changed the length: convert line by line, and character by
    # character where a line still changes length, so the offset map stays one-to-one.
    lines = []
    for line in text.split("\n"):
        conv_line = conv.convert(line)
        if len(conv_line) != len(line):
            conv_line = "".join(c2 if len(c2 := conv.convert(ch)) == 1 else ch for ch in line)
        lines.append(conv_line)
    return "\n".join(lines)


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
        Remove a single line break between two Han characters (a soft wrap).  ``None``
        does so only when the text separates its paragraphs by blank lines, where such a
        break cannot be a paragraph end.

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
    index = np.arange(len(text), dtype=np.int64)
    # 1. delete zero-width characters and the CR of CRLF (positions are source positions)
    out, index = _delete(text, index, [m.start() for m in _DELETE_RE.finditer(text)])
    # 2. one-to-one folds: full-width ASCII, odd spaces, line separators
    out = _fold(out)
    # 3. spaces inside Chinese text, at line ends, and between digits
    out, index = _delete(out, index, _space_deletions(out))
    # 4. soft line breaks
    if join_lines is None:
        join_lines = uses_blank_line_paragraphs(out)
    if join_lines:
        out, index = _delete(out, index, [m.start() for m in _SOFT_BREAK_RE.finditer(out)])
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
