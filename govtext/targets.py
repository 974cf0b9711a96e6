r"""Quantified targets and reported outcomes: ``国内生产总值增长5%左右``, ``增长5.2%``.

:func:`extract_targets` returns one row per quantity of a report that has a named
indicator: a goal the report sets (``target``), a result it reports (``outcome``) or a
goal or result over several years (``multi_year``).

Rules
-----
quantity
    An Arabic number (full-width digits included: the text is read normalized, offsets
    point into the source), a masked number (``**``, ``X``, ``×``) or a Chinese numeral
    (``百分之九``, ``百分之六点七``, ``一千万人``), followed by a unit: ``%``, ``‰``,
    ``个百分点``, or a magnitude and a measure (``万人``, ``亿元``, ``万亿元``, ``万吨``,
    ``次``, ``个`` ...).  A range is two numbers joined by ``-``, ``－``, ``~``, ``至`` or
    ``到`` (``6%－6.5%``, ``6-6.5%``, ``百分之八至九``): ``value`` is the low end,
    ``value_high`` the high end.  Years, dates and ordinals are no quantities; nor is
    anything inside 《titles》.  ``start``/``end`` span the quantity in the source text
    (numbers and unit, without the modifier).
indicator
    The noun phrase before the number in its clause (the text since the last ，、：；
    or bracket), without the time words that open it (今年, 全年, 2012年 ...) and the
    verbs and modifiers that end it (增长, 达到, 控制在, 预期目标为 ...).  When nothing
    is left (``……达到134.9万亿元、增长5%``), the indicator of the quantity before it in
    the sentence, else the clause before (``经济增长速度的宏观调控目标，定为百分之八至九``).
    ``canonical`` is the indicator's key in ``data/indicator_synonyms.tsv``
    (国内生产总值, 经济增长, 国民生产总值 with a percentage are ``gdp_growth``), or
    empty.
modifier
    The word written next to the quantity: after it 左右, 以上, 以内, 以下; else before
    it 不低于, 不少于, 不超过, 不高于, 力争, 约, 达到, 超过; or empty.
kind
    ``multi_year`` when the clause of the quantity or the one before it speaks of
    several years (年均, 平均每年, 五年, 累计, “十四五”时期 ...).  Otherwise ``outcome``
    when the sentence looks back (去年, 上年, 过去一年, 一年来, an earlier year) and has
    no forward cue for this year; else ``target`` in a plans section (the section kinds
    of :func:`govtext.segment_sections`), ``outcome`` in a review, problems or causes
    section unless the sentence says 今年 with a forward cue, and, elsewhere, ``target``
    when the sentence has a forward cue (预期目标, 目标, 计划, 要, 力争, 确保, 争取, 拟,
    控制在, 不少于 ...) and ``outcome`` otherwise.  A sentence after a lead-in that
    announces targets (``今年的预期目标：``) counts as having a forward cue.
period
    For a document of year *Y* (its metadata, else the first year in its first 200
    characters): a target is for *Y*; an outcome is for the year the sentence names
    before the quantity if it names one earlier than *Y*, else for *Y - 1*; a multi-year
    quantity covers the five-year plan it names (“十三五” → ``2016-2020``), else the
    years after the base year the sentence names up to the last one it names
    (``从1997年……到2002年`` → ``1998-2002``), else ``Y-(Y+4)`` ahead (plans, 今后) or
    ``(Y-5)-(Y-1)`` back.  Empty without a year.
masked
    The value is a placeholder (``增长**%``); ``value`` is then NaN.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from govtext.normalization import NormalizedText, normalize_with_offsets

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Mapping

    import pandas as pd

__all__ = [
    "KINDS",
    "TARGET_COLUMNS",
    "IndicatorSynonyms",
    "Target",
    "canonical_indicator",
    "extract_targets",
    "find_targets",
    "load_indicator_synonyms",
    "parse_chinese_number",
]

#: Kinds of a quantity.
KINDS: tuple[str, ...] = ("target", "outcome", "multi_year")
#: Columns of :func:`extract_targets`.
TARGET_COLUMNS: tuple[str, ...] = (
    "indicator", "canonical", "value", "value_high", "unit", "modifier", "kind", "period",
    "masked", "sentence", "start", "end",
)

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_INT = "[零〇一二两三四五六七八九十百千]+"
_CN_NUM = rf"{_CN_INT}(?:点[零〇一二三四五六七八九]+)?"
_AR_NUM = r"\d+(?: ?\. ?\d+)?"
_MASK_NUM = r"\*{1,4}|X{1,3}|×{1,3}"
_SEP = r" ?(?:-|－|–|—|~|～|至|到) ?"
_MAG = "万亿|亿|万"
# measures after a magnitude or a number (longest first); no 年/月/日/届/号: dates, ordinals
_MEASURES = (
    "美元|元|吨标准煤|吨|人次|人|斤|亩|公顷|平方公里|平方米|立方米|千瓦时|千瓦|公里|户|套|"
    "辆|台|座|家|所|项|个|次|场|件|名|条|批|期|倍"
)
_PERCENT = "%|‰|个百分点|百分点"
_AR_QTY_RE = re.compile(
    rf"(?<![\d.A-Za-z])(?P<v1>{_AR_NUM}|{_MASK_NUM}) ?(?P<u1>%|‰)?"
    rf"(?:{_SEP}(?P<v2>{_AR_NUM}|{_MASK_NUM}))? ?(?:多|余)?"
    rf"(?P<unit>{_PERCENT}|(?:{_MAG})(?:{_MEASURES})?|{_MEASURES})(?![A-Za-z])"
)
_CN_PCT_RE = re.compile(
    rf"百分之(?P<v1>{_CN_NUM})(?:(?:至|到)(?:百分之)?(?P<v2>{_CN_NUM}))?"
)
_CN_QTY_RE = re.compile(
    rf"(?<![零〇一二两三四五六七八九十百千万亿])(?P<v1>{_CN_NUM})(?:多|余)?"
    rf"(?P<unit>(?:万亿|亿|万)(?:{_MEASURES})?|个百分点)"
)
_TITLE_RE = re.compile(r"《[^《》\n]{0,80}》")
_CLAUSE_DELIMS = "，,、：:；;（(）)"
_AFTER_MODS = ("左右", "以上", "以内", "以下")
_BEFORE_MOD_RE = re.compile(r"(不低于|不少于|不超过|不高于|力争|约|达到|超过)[^，、；：]{0,3}$")
_LEAD_TRIM_RE = re.compile(
    r"^(?:(?:其中|同时|并|以及|把|但|今年|去年|全年|上年|当年|明年|中央提出|提出|计划|使|"
    r"今后五年|未来五年|(?:过去|这|近)?[两三四五十]年(?:来|间)?|“?十[一二三四五六七八九]?五”?(?:时期|期间)?|"
    r"(?:19|20)\d\d年(?:末|底)?|年末|年底|按可比价格计算|主要预期目标是|预期目标是|"
    r"在此基础上|经济社会发展的|的)[，,]?)+"
)
_TAIL_TRIM_RE = re.compile(
    r"(?:比上年|比去年|同比|实际|分别|预期|计划|要求|年均|平均每年|每年|累计|力争|努力|"
    r"(?:的)?(?:宏观)?(?:调控|预期|主要|增长)?目标(?:定为|为|是)?|定为|"
    r"增长|增加|增速|上涨|下降|降低|降幅|降到|降至|下降到|回落到|减少|提高到|提高|提升|"
    r"上升到|增加到|达到|达|超过|突破|控制在|保持在|保持|稳定在|拟按|按|为|是|在|约|"
    r"不低于|不少于|不超过|不高于|低于|高于|接近|近|从|由|到|的|原定|平均|调高到|调高|比|"
    r"(?:19|20)\d\d年|，|,)$"
)
_MULTI_RE = re.compile(
    r"年均|平均每年|每年平均|[两三四五六七八九十]年(?:来|间|中|内|里|累计|期间)?|累计|"
    r"“?十[一二三四五六七八九]?五”?(?:期间|时期|规划)|前[两三四]年"
)
_PLAN_RE = re.compile(r"“?(?P<n>[六七八九]|十[一二三四五六七八九]?)五”?(?:期间|时期|规划|计划|末)")
_PAST_RE = re.compile(r"去年|上年(?!度)|过去一年|一年来|过去五年|以来|这五年|五年来")
_FORWARD_RE = re.compile(
    r"预期目标|目标|预期|计划|要求|力争|确保|争取|拟|要|控制在|不少于|不低于|不超过|安排|预算"
)
_THIS_YEAR_RE = re.compile(r"今年|本年|明年")
_LEAD_IN_RE = re.compile(r"(?:目标|计划|要求)[^。；]{0,6}[：:]\s*$")
_HAN_OR_LATIN_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_UNIT_ONLY_RE = re.compile(rf"[\d. ]*(?:{_MAG})?(?:{_MEASURES}|{_PERCENT})?")
_RELATION_CHARS = tuple("占与对在比")
_AVERAGE_RE = re.compile(r"年均|平均每年|每年平均")
_NAMED_TARGET_RE = re.compile(r"(?:的)?(?:预期|调控|计划|增长)?目标|预期")
_END_PUNCT = "。！？；!?;…”"
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?= ?年)")
_PLAN_STARTS = {3: 1966}  # the third five-year plan began in 1966; later plans follow


class Target(NamedTuple):
    """One quantity of a text (``start``/``end``: source offsets of the quantity)."""

    indicator: str
    canonical: str
    value: float
    value_high: float
    unit: str
    modifier: str
    kind: str
    period: str
    masked: bool
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class IndicatorSynonyms:
    """Written names of indicators and their canonical keys (``data/indicator_synonyms.tsv``).

    ``rows`` holds ``(surface, units, key)`` triples, longest surface first; frozen and
    hashable, so a table can be passed where a cache key is needed.

    Examples
    --------
    >>> syn = load_indicator_synonyms()
    >>> syn.key("国内生产总值", "%"), syn.key("国内生产总值", "万亿元"), syn.key("学习", "次")
    ('gdp_growth', 'gdp', '')
    """

    rows: tuple[tuple[str, str, str], ...]

    @property
    def surfaces(self) -> tuple[str, ...]:
        """Every written name in the table."""
        return tuple(r[0] for r in self.rows)

    def key(self, indicator: str, unit: str) -> str:
        """The canonical key of ``indicator`` measured in ``unit`` ('' when none).

        A share of, a ratio to or a contribution to an aggregate (``……占国内生产总值``,
        ``……与国内生产总值``, ``……对经济增长``, ``……在国内生产总值``) is not the
        aggregate: a surface right after 占, 与, 对, 在 or 比 does not match.
        """
        cls = unit_class(unit)
        for surface, units, key in self.rows:
            if not indicator.endswith(surface):
                continue
            if indicator[-len(surface) - 1:-len(surface)] in _RELATION_CHARS:
                return ""  # nor a shorter surface inside it (生产总值 in 占国内生产总值)
            if units == "any" or cls in units.split(","):
                return key
        return ""

    @classmethod
    def from_tsv(cls, text: str, source: str = "indicator_synonyms.tsv") -> IndicatorSynonyms:
        """Parse a table with columns ``key``, ``surface``, ``units`` (``#`` rows are comments)."""
        reader = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = []
        for row in reader:
            key = (row.get("key") or "").strip()
            if not key or key.startswith("#"):
                continue
            surface = (row.get("surface") or "").strip()
            units = (row.get("units") or "any").strip() or "any"
            if not surface:
                raise ValueError(f"{source} line {reader.line_num}: empty surface")
            rows.append((surface, units, key))
        rows.sort(key=lambda r: -len(r[0]))
        return cls(tuple(rows))

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, str]) -> IndicatorSynonyms:
        """A table from ``{surface: key}`` (any unit).

        Examples
        --------
        >>> IndicatorSynonyms.from_mapping({"经济增长": "growth"}).key("经济增长", "%")
        'growth'
        """
        rows = sorted(((s, "any", k) for s, k in mapping.items()), key=lambda r: -len(r[0]))
        return cls(tuple(rows))


@cache
def load_indicator_synonyms() -> IndicatorSynonyms:
    """The packaged synonym table ``govtext/data/indicator_synonyms.tsv`` (cached).

    Examples
    --------
    >>> load_indicator_synonyms().key("经济增长", "%")
    'gdp_growth'
    """
    from govtext.lexicon import read_data_file

    return IndicatorSynonyms.from_tsv(read_data_file("indicator_synonyms.tsv"))


def unit_class(unit: str) -> str:
    """The class of a unit: percent, points, amount, people, mass or count.

    Examples
    --------
    >>> unit_class("%"), unit_class("万亿元"), unit_class("万人"), unit_class("次")
    ('percent', 'amount', 'people', 'count')
    """
    if unit in ("%", "‰"):
        return "percent"
    if unit.endswith("百分点"):
        return "points"
    if unit.endswith("元"):
        return "amount"
    if unit.endswith(("人", "人次")):
        return "people"
    if unit.endswith(("吨", "斤", "吨标准煤")):
        return "mass"
    return "count"


def canonical_indicator(
    indicator: str, unit: str, synonyms: IndicatorSynonyms | None = None
) -> str:
    """The canonical key of an indicator as written (see ``data/indicator_synonyms.tsv``).

    Examples
    --------
    >>> canonical_indicator("经济增长", "%"), canonical_indicator("城镇新增就业", "万人")
    ('gdp_growth', 'urban_jobs')
    """
    return (synonyms or load_indicator_synonyms()).key(indicator, unit)


def parse_chinese_number(s: str) -> float:
    """The value of a Chinese numeral (``十一点八``, ``一千``, ``两百``).

    Examples
    --------
    >>> parse_chinese_number("九"), parse_chinese_number("十一点八"), parse_chinese_number("一千")
    (9.0, 11.8, 1000.0)
    """
    whole, _, frac = s.partition("点")
    total, digit = 0, 0
    for ch in whole:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (digit or 1) * _CN_UNITS[ch]
            digit = 0
    total += digit
    value = float(total)
    if frac:
        value += float("0." + "".join(str(_CN_DIGITS[c]) for c in frac))
    return value


def _number(s: str | None) -> tuple[float, bool]:
    """The value of an Arabic or Chinese number, and whether it is masked."""
    if s is None:
        return float("nan"), False
    s = s.replace(" ", "")
    if re.fullmatch(_MASK_NUM, s):
        return float("nan"), True
    if re.fullmatch(r"[\d.]+", s):
        return float(s), False
    return parse_chinese_number(s), False


class _Quantity(NamedTuple):
    start: int  # normalized offsets
    end: int
    value: float
    value_high: float
    unit: str
    masked: bool


def _quantities(norm: str, lo: int, hi: int) -> list[_Quantity]:
    """Quantities of ``norm[lo:hi]`` (normalized offsets), in order, not overlapping."""
    segment = norm[lo:hi]
    blocked = [(m.start(), m.end()) for m in _TITLE_RE.finditer(segment)]
    found: list[_Quantity] = []
    for rx, unit_of in ((_AR_QTY_RE, None), (_CN_PCT_RE, "%"), (_CN_QTY_RE, None)):
        for m in rx.finditer(segment):
            if any(a <= m.start() < b for a, b in blocked):
                continue
            v1, m1 = _number(m.group("v1"))
            v2, m2 = _number(m.group("v2")) if "v2" in rx.groupindex else (float("nan"), False)
            unit = unit_of or m.group("unit")
            if unit == "百分点":
                unit = "个百分点"
            before = segment[max(0, m.start() - 1):m.start()]
            if before == "第":
                continue
            if rx is _AR_QTY_RE and m.group("u1") and m.group("v2") is None:
                # 6%  then not a range: the unit is the percent sign itself
                end = m.start() + len(m.group("v1")) + len(m.group("u1"))
                found.append(_Quantity(lo + m.start(), lo + end, v1, float("nan"),
                                       m.group("u1"), m1))
                continue
            found.append(_Quantity(lo + m.start(), lo + m.end(), v1, v2, unit, m1 or m2))
    found.sort(key=lambda q: (q.start, -q.end))
    kept: list[_Quantity] = []
    for q in found:
        if kept and q.start < kept[-1].end:
            continue
        kept.append(q)
    return kept


def _clauses_before(norm: str, lo: int, pos: int, after: int) -> tuple[str, str]:
    """The clause that ends at ``pos`` and the clause before it (sentence ``lo``).

    The clause starts after the quantity before it (``after``) when that is nearer.
    """
    i = pos
    while i > max(lo, after) and norm[i - 1] not in _CLAUSE_DELIMS:
        i -= 1
    if i == after and after > lo:
        return norm[i:pos], ""
    i = pos
    while i > lo and norm[i - 1] not in _CLAUSE_DELIMS:
        i -= 1
    j = max(i - 1, lo)
    while j > lo and norm[j - 1] not in _CLAUSE_DELIMS:
        j -= 1
    return norm[i:pos], norm[j:max(i - 1, j)]


def _trim_tail(phrase: str, surfaces: tuple[str, ...]) -> str:
    """Take verbs and modifiers off the end, one at a time, up to a known indicator."""
    while phrase and not phrase.endswith(surfaces):
        m = _TAIL_TRIM_RE.search(phrase)
        if not m:
            break
        phrase = phrase[:m.start()]
    return phrase


def _noun_phrase(clause: str, syn: IndicatorSynonyms) -> str:
    surfaces = syn.surfaces
    phrase = _AVERAGE_RE.sub("", clause.strip(" \u3000\n"))
    phrase = _trim_tail(phrase, surfaces)
    phrase = _LEAD_TRIM_RE.sub("", phrase)
    phrase = _trim_tail(phrase, surfaces).strip(" \u3000")
    if len(phrase) > 12 and not phrase.endswith(surfaces):
        # a long phrase that names a known indicator before its target words
        # (我国经济增长预期目标是在……的基础上): cut after the indicator
        m = _NAMED_TARGET_RE.search(phrase)
        if m and phrase[:m.start()].endswith(surfaces):
            phrase = phrase[:m.start()]
    if len(phrase) < 2 or not _HAN_OR_LATIN_RE.search(phrase) or _UNIT_ONLY_RE.fullmatch(phrase):
        return ""
    return phrase[-30:]


def _modifier(norm: str, q: _Quantity, clause: str) -> str:
    after = norm[q.end:q.end + 2]
    if after in _AFTER_MODS:
        return after
    m = _BEFORE_MOD_RE.search(clause)
    return m.group(1) if m else ""


def _plan_years(n: str) -> str:
    number = {"六": 6, "七": 7, "八": 8, "九": 9, "十": 10}.get(n)
    if number is None:
        number = 10 + _CN_DIGITS[n[1]]
    first = _PLAN_STARTS[3] + 5 * (number - 3)
    return f"{first}-{first + 4}"


def _document_year(norm: str) -> int | None:
    m = _YEAR_RE.search(norm[:200])
    return int(m.group(1)) if m else None


def find_targets(
    text: str,
    *,
    year: int | None = None,
    normalized: NormalizedText | None = None,
    sections: pd.DataFrame | None = None,
    synonyms: IndicatorSynonyms | None = None,
) -> list[Target]:
    """The quantities of ``text`` as :class:`Target` rows (see :func:`extract_targets`).

    Examples
    --------
    >>> [t.value for t in find_targets("今年国内生产总值增长5%左右。", year=2024)]
    [5.0]
    """
    from govtext.sections import section_kind_at, segment_sections, sentence_arrays

    nt = normalized if normalized is not None else normalize_with_offsets(text)
    norm = nt.text
    if year is None:
        year = _document_year(norm)
    syn = synonyms or load_indicator_synonyms()
    s_starts, s_ends = sentence_arrays(nt)
    spans = [(nt.from_source(s), nt.from_source(e), s, e)
             for s, e in zip(s_starts.tolist(), s_ends.tolist(), strict=True)]
    if sections is None:
        sections = segment_sections(text, normalized=nt, year=year)
    kinds = (section_kind_at(sections, [s for _, _, s, _ in spans]).tolist()
             if spans and len(sections) else ["other"] * len(spans))
    rows: list[Target] = []
    lead_in = 0  # sentences still governed by a lead-in such as 主要预期目标是：
    looking_back = 0  # ... or by a sentence such as 过去一年，我们的各项工作取得了很大成绩。
    carried = ""  # the last indicator of a sentence cut by a line break
    for (lo, hi, src_lo, src_hi), section_kind in zip(spans, kinds, strict=True):
        sent = norm[lo:hi]
        governed, back = lead_in > 0, looking_back > 0
        lead_in = 8 if _LEAD_IN_RE.search(sent) else max(lead_in - 1, 0)
        if len(sent) > 120 and not _LEAD_IN_RE.search(sent):
            lead_in = 0
        quantities = _quantities(norm, lo, hi)
        looking_back = max(looking_back - 1, 0)
        if not quantities:
            if _PAST_RE.search(sent) and not _THIS_YEAR_RE.search(sent):
                looking_back = 2
            # a sentence cut by a line break (国内生产总值达到74.4 / 万亿元，增长6.7%)
            cut = sent.rstrip()[-1:] not in _END_PUNCT
            tail = _clauses_before(norm, lo, hi, lo)[0].rstrip("0123456789. ")
            carried = _noun_phrase(tail, syn) if cut else ""
            continue
        sentence = text[src_lo:src_hi]
        previous = carried
        after = lo
        for q in quantities:
            clause, clause_before = _clauses_before(norm, lo, q.start, after)
            after = q.end
            indicator = (_noun_phrase(clause, syn) or previous
                         or _noun_phrase(clause_before, syn))
            if not indicator:
                continue
            previous = indicator
            prefix = norm[lo:q.start]
            whole, whole_before = _clauses_before(norm, lo, q.start, lo)
            kind = _kind(prefix, sent, whole, whole_before or clause_before,
                         str(section_kind), governed, year, back)
            period = _period(kind, prefix, sent, str(section_kind), year)
            start, end = nt.span_to_source(q.start, q.end)
            rows.append(Target(
                indicator, syn.key(indicator, q.unit), q.value, q.value_high, q.unit,
                _modifier(norm, q, clause), kind, period, q.masked, sentence, start, end,
            ))
        carried = previous if sent.rstrip()[-1:] not in _END_PUNCT else ""
    return rows


def _past_years(s: str, year: int | None) -> list[int]:
    return [int(y) for y in _YEAR_RE.findall(s) if year is None or int(y) < year]


def _kind(prefix: str, sent: str, clause: str, clause_before: str, section_kind: str,
          governed: bool, year: int | None, back: bool) -> str:
    past_years = set(_past_years(prefix, year))
    if _MULTI_RE.search(clause) or _MULTI_RE.search(clause_before) or len(past_years) > 1:
        return "multi_year"
    if past_years:
        return "outcome"
    forward = governed or bool(_FORWARD_RE.search(sent))
    this_year = bool(_THIS_YEAR_RE.search(prefix)) or (
        year is not None and f"{year}年" in prefix)
    looks_back = back or bool(_PAST_RE.search(sent))
    if looks_back and not (this_year and forward):
        return "outcome"
    if section_kind == "plans":
        return "target"
    if section_kind in ("review", "problems", "causes"):
        return "target" if this_year and forward else "outcome"
    return "target" if forward else "outcome"


def _period(kind: str, prefix: str, sent: str, section_kind: str, year: int | None) -> str:
    if kind == "multi_year":
        plan = _PLAN_RE.search(sent)
        if plan:
            return _plan_years(plan.group("n"))
        years = sorted({int(y) for y in _YEAR_RE.findall(sent)})
        if len(years) >= 2:
            # growth from a base year (从1997年……到2002年, 比2002年): the years after it
            return f"{years[0] + 1}-{years[-1]}"
        if year is None:
            return ""
        if section_kind == "plans" or "今后" in sent or "未来" in sent:
            return f"{year}-{year + 4}"
        return f"{year - 5}-{year - 1}"
    if kind == "outcome":
        past = _past_years(prefix, year)
        if past:
            return str(past[-1])
        return "" if year is None else str(year - 1)
    return "" if year is None else str(year)


def target_frame(rows: list[Target]) -> pd.DataFrame:
    """The table of :func:`extract_targets` from :class:`Target` rows.

    Examples
    --------
    >>> target_frame([]).columns.tolist()[:3]
    ['indicator', 'canonical', 'value']
    """
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(TARGET_COLUMNS))
    typed: pd.DataFrame = frame.astype({"value": "float64", "value_high": "float64",
                                        "masked": "bool", "start": "int64", "end": "int64"})
    return typed


def extract_targets(
    text: str,
    *,
    year: int | None = None,
    normalized: NormalizedText | None = None,
    sections: pd.DataFrame | None = None,
    synonyms: IndicatorSynonyms | None = None,
) -> pd.DataFrame:
    r"""Every quantified target and reported outcome of one text, one row each.

    Parameters
    ----------
    text : str
        Source text.
    year : int, optional
        The document's year (a report of year *Y* sets targets for *Y* and reviews
        *Y - 1*); read from the start of the text when not given.
    normalized : NormalizedText, optional
        ``normalize_with_offsets(text)`` when already computed.
    sections : pandas.DataFrame, optional
        ``segment_sections(text)`` when already computed.
    synonyms : IndicatorSynonyms, optional
        Canonical keys of indicators (default: the packaged table).

    Returns
    -------
    pandas.DataFrame
        Columns ``indicator`` (as written), ``canonical`` (its key, or empty),
        ``value``, ``value_high`` (NaN unless a range), ``unit``, ``modifier``, ``kind``
        (``target``, ``outcome``, ``multi_year``), ``period``, ``masked``, ``sentence``,
        ``start``, ``end``; ``text[start:end]`` is the quantity as written.  The rules
        are in the module's documentation.

    Examples
    --------
    >>> text = ("一、2023年工作回顾\n国内生产总值增长5.2%。\n二、2024年政府工作任务\n"
    ...         "今年的预期目标：国内生产总值增长5%左右；城镇新增就业1150万人以上。")
    >>> df = extract_targets(text, year=2024)
    >>> for row in df[["indicator", "value", "unit", "modifier", "kind", "period"]].values:
    ...     print(*row)
    国内生产总值 5.2 %  outcome 2023
    国内生产总值 5.0 % 左右 target 2024
    城镇新增就业 1150.0 万人 以上 target 2024
    >>> extract_targets("今年计划国内生产总值增长百分之九。", year=1994)["value"].tolist()
    [9.0]
    """
    return target_frame(find_targets(text, year=year, normalized=normalized,
                                     sections=sections, synonyms=synonyms))


def as_synonyms(value: Any) -> IndicatorSynonyms:
    """A synonym table from None (packaged), a table, a mapping or a TSV path.

    Examples
    --------
    >>> as_synonyms({"增长": "g"}).rows
    (('增长', 'any', 'g'),)
    """
    from pathlib import Path

    if value is None:
        return load_indicator_synonyms()
    if isinstance(value, IndicatorSynonyms):
        return value
    if isinstance(value, dict):
        return IndicatorSynonyms.from_mapping(value)
    path = Path(value)
    return IndicatorSynonyms.from_tsv(path.read_text(encoding="utf-8"), str(path))
