r"""Placeholders: the masks that stand for redacted numbers, names and words.

Published official reports are often anonymised before release: the number of meetings
becomes ``**次``, the bureau ``XX局``, the leader in a formula ``XXX新时代中国特色社会主义思想``.
:func:`extract_placeholders` finds these masks and says what kind of thing each one hides.

Kinds
-----
number
    A masked quantity: before a measure word or a percent sign (``**次``, ``*****件``,
    ``**％``, ``XX届``), after 第, inside a formula (``1＋5＋*``), or next to digits
    (``20XX年``).
person
    A masked name of a person: before a title (``**同志``, ``**书记``, ``**教授``) or in a
    leader formula (``XXX新时代中国特色社会主义思想``, ``XXX最新重要讲话``, ``XXX视察``).
name
    An organisation, place, unit or sector: before 局/市/县/党组/系统/领域/单位/部门/纪检组
    ... (``XX局``, ``**系统``), after 视察/我市/向/《 (``视察XX重要讲话``,
    ``《**党务公开实施方案》``), and a mask that modifies a following noun (``进XX活动``,
    ``**样板``).
partial
    Part of a word is masked: the mask is followed by a bound character (``**情防控`` for
    疫情防控, ``**大精神`` for 二十大精神, ``1小时**圈``) or by the tail of a common compound
    (``**形态`` for 意识形态, found through jieba's dictionary).
unknown
    None of the above.

Precision comes first: 二○○○年 is a year, the × of ``3×4`` a multiplication, ``XXL`` and
``X光`` words, ``* 项目`` at the start of a line a bullet, the × and X of formula names
(``“数据要素×”``, ``1+N+X``, ``双尖双领+X``) operators; 某些 and 某种 are not masks (only
某某 is).  A mask after a signature field (``述职人：某某``, ``报告人：XXX``) is a person.
Where the slogan lexicon or jieba's dictionary shows what was masked, the
``likely_fill`` column says so (``XXX新时代中国特色社会主义思想`` → 习近平 when the lexicon
has that formula; ``**形态`` → 意识).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

from govtext._patterns import PLACEHOLDER_CANDIDATE_RE
from govtext._required import finditer
from govtext._util import HAN, HAN_RE
from govtext.normalization import NormalizedText, normalize_with_offsets

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from govtext.lexicon import Lexicon

__all__ = ["PLACEHOLDER_KINDS", "Placeholder", "extract_placeholders", "find_placeholders"]

#: The kinds a placeholder can have, in the order of the per-kind count columns.
PLACEHOLDER_KINDS: tuple[str, ...] = ("number", "person", "name", "partial", "unknown")

_HAN_RE = HAN_RE  # the one definition of a Han character (govtext._util.HAN)
_CN_DIGITS = set("零〇○一二两三四五六七八九十百千万亿")
_MASK_CHARS = set("*＊XＸx×○〇□■某")
_CONTEXT = 24

# --- number ---------------------------------------------------------------------------
# Measure words and units after a masked quantity (余/多/几 may come in between).
_MEASURES = (
    "人次|场次|架次|课时|学时|小时|分钟|公里|平方米|百分点|个百分点|季度|万元|亿元|千元|万人|万户|万亩|"
    "万吨|"
    "次|个|名|人|件|项|条|份|篇|期|部|场|届|批|家|所|户|元|万|亿|千|百|天|米|吨|台|套|辆|"
    "支|座|本|册|起|例|位|轮|年|月|日|号|倍|类|种|门|节|张|块|棵|株|头|只|周|%|％|‰"
)
_MEASURE_RE = re.compile(f"^(?:余|多|几|来)?(?:{_MEASURES})")
# Two-character words that start with a measure character but are measures all the same.
_MEASURE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "人次 场次 架次 余次 余人 余件 余个 余名 余场 余项 余家 余条 余篇 余期 余份 余户 余万 "
        "多次 多个 多名 多人 多项 多万 个人次 年度 月份 周年 天内 年内 月底 年底",
    )
)
_NUMBER_LEFT_RE = re.compile(
    r"(?:第|不少于|不低于|不超过|不多于|至少|多于|少于|超过|达到|共计|累计|合计|近|约|(?<![中公])共|达|增加|减少|"
    r"提高到|降至|降低到|[+＋×\-－~～—]|\d)$"
)
_NUMBER_RIGHT_RE = re.compile(r"^(?:[+＋]\s*\d|[.．]\d|\d)")

# --- formula names -------------------------------------------------------------------
# what follows the × of a campaign name written in Han characters (数据要素×行动)
_FORMULA_AFTER_TIMES_RE = re.compile(r"^(?:三年)?(?:行动|计划|专项|赋能|应用|工程|典型案例|大赛)")
# the members of a + formula on each side of an X (1+N+, 双尖双领+; +N, +1)
_FORMULA_MEMBER = f"(?:[0-9A-Za-z]{{1,3}}|[{HAN}]{{2,6}})"
_FORMULA_LEFT_RE = re.compile(f"(?:{_FORMULA_MEMBER}[+＋])+$")
_FORMULA_RIGHT_RE = re.compile(f"^(?:[+＋]{_FORMULA_MEMBER})+")

# --- person ---------------------------------------------------------------------------
_TITLE_RE = re.compile(
    r"^(?:同志|总书记|书记|副书记|主席|副主席|总理|副总理|委员长|局长|副局长|主任|副主任|部长|副部长|"
    r"省长|市长|县长|区长|镇长|乡长|处长|科长|教授|院士|博士|先生|女士|老师)"
)
#: A signature or byline field: 述职人：某某, 报告人：XXX, 责任编辑：某某, 本报记者 XXX.
_PERSON_FIELD_RE = re.compile(
    r"(?:述职人|述廉人|述责人|报告人|汇报人|发言人|撰稿人|起草人|签发人|审核人|联系人|姓名|"
    r"署名|主讲人|讲话人|责任编辑|编辑|作者|记者|通讯员|摄影)\s*[：:]\s*$"
    r"|(?:记者|通讯员|摄影)[ \u3000]*$"
)
#: A title then the name (省长　某某, 书记 XXX): the signature of a speech or report.
_TITLE_LEFT_RE = re.compile(
    r"(?:省长|市长|县长|区长|书记|主任|局长|主席|总理|部长|厅长|处长)[ \u3000\t]*$"
)
#: A quoted term that ends with the mask (“清风XX”): a name.
_QUOTED_TAIL_RE = re.compile(r"“[^“”]{0,10}$")
_LEADER_FORMULA_RE = re.compile(
    r"^(?:新时代中国特色社会主义思想|视察|最新重要讲话|重要讲话|重要指示|重要论述|重要批示|指示批示|"
    r"关于[^，。；]{1,24}的?重要(?:讲话|指示|论述|批示))"
)

# --- name -----------------------------------------------------------------------------
_NAME_SUFFIX_RE = re.compile(
    r"^(?:局|市|县|区|省|州|旗|镇|乡|村|街道|社区|网|厅|署|办|"
    r"党组|党委|党工委|党支部|支部|党校|党务|纪检组|纪检监察组|纪委|监委|"
    r"系统|领域|行业|单位|部门|上级|事业|公司|集团|大学|学院|学校|医院|中心|委员会|办公室|"
    r"日报|报社|电视台|领导干部|领导班子|各项工作|[“《])"
)
_NAME_LEFT_RE = re.compile(r"(?:视察|我市|我省|我区|我县|全市|本市|会同|配合|向|赴|到|《|“)$")

# Characters that end a word or are grammatical: a single one after a mask is no word part.
_FUNCTION_CHARS = set("的地得和与及或等在对向为是了着过把被将从于以而并也都又就")

_WORD_FREQ_MIN = 100  # dictionary words rarer than this are not trusted as compounds
_COMPOUND_SHARE = 0.1  # p+w must be at least this frequent relative to w itself


class Placeholder(NamedTuple):
    """One placeholder found in a text (source offsets)."""

    text: str
    kind: str
    start: int
    end: int
    likely_fill: str | None


# ---------------------------------------------------------------------------------------
# jieba's dictionary (read-only: never the global tokenizer)
# ---------------------------------------------------------------------------------------


@cache
def _word_freq() -> Mapping[str, int]:
    """Word -> frequency from jieba's bundled dictionary, read once."""
    freq: dict[str, int] = {}
    path = resources.files("jieba").joinpath("dict.txt")
    with path.open("r", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split(" ", 2)
            if len(parts) >= 2:
                freq[parts[0]] = int(parts[1])
    return freq


@cache
def _compounds_by_tail() -> Mapping[str, tuple[tuple[str, int], ...]]:
    """Frequent dictionary words of 3-6 characters, indexed by their last two."""
    index: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for word, f in _word_freq().items():
        if f >= _WORD_FREQ_MIN and 3 <= len(word) <= 6:
            index[word[-2:]].append((word, f))
    return {k: tuple(sorted(v, key=lambda x: -x[1])) for k, v in index.items()}


def _dict_word_prefix(right: str) -> str:
    """Longest dictionary word (2-4 characters) that ``right`` starts with, or ''."""
    freq = _word_freq()
    for n in (4, 3, 2):
        w = right[:n]
        if len(w) == n and _HAN_RE.fullmatch(w[-1]) and freq.get(w, 0) > 0:
            return w
    return ""


def _compound_head(word: str) -> str | None:
    """The head ``p`` of a frequent compound ``p + word`` (意识 for 形态), if one dominates."""
    f_word = _word_freq().get(word, 0)
    best: tuple[str, int] | None = None
    for compound, f in _compounds_by_tail().get(word[-2:], ()):
        head = compound[: -len(word)]
        if compound.endswith(word) and 1 <= len(head) <= 2:
            best = (head, f)
            break  # sorted by frequency
    if best is None or best[1] < _COMPOUND_SHARE * f_word:
        return None
    return best[0]


# ---------------------------------------------------------------------------------------
# lexicon fills
# ---------------------------------------------------------------------------------------


class _Tails(NamedTuple):
    """The tails of a lexicon's forms (see :func:`_lexicon_tails`)."""

    forms: Mapping[str, tuple[tuple[str, int], ...]]  # tail -> (form, mask end)
    longest: int  # length of the longest tail (0 without any)


@lru_cache(maxsize=4)
def _lexicon_tails(lexicon: Lexicon) -> _Tails:
    """Tail (text after a possible mask, >= 2 chars) -> (form, mask end) pairs."""
    index: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for entry in lexicon:
        for form in entry.forms:
            for j in range(1, len(form) - 1):
                index[form[j:]].append((form, j))
    return _Tails({k: tuple(v) for k, v in index.items()}, max(map(len, index), default=0))


def _lexicon_fill(left: str, right: str, lexicon: Lexicon | _Tails) -> str | None:
    """What a lexicon formula says the mask between ``left`` and ``right`` hides.

    ``lexicon`` may be given as its :func:`_lexicon_tails` (looked up once per text, not
    once per mask: hashing a lexicon is not free).
    """
    tails = lexicon if isinstance(lexicon, _Tails) else _lexicon_tails(lexicon)
    index = tails.forms
    fills: set[str] = set()
    stop = min(len(right), tails.longest)
    for k in range(2, stop + 1):
        for form, j in index.get(right[:k], ()):
            for i in range(j - 1, -1, -1):
                fill = form[i:j]
                if len(fill) > 4 or any(c in _MASK_CHARS for c in fill):
                    break
                head, tail = form[:i], form[j:]
                if not left.endswith(head) or len(head) + len(tail) < 4:
                    continue
                if not head and len(tail) < 6 and _word_freq().get(tail, 0) > 0:
                    continue  # **深化改革: the mask may just modify a complete word
                fills.add(fill)
    if len(fills) == 1:
        return fills.pop()
    return None


# ---------------------------------------------------------------------------------------
# the rules
# ---------------------------------------------------------------------------------------


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _neighbour(s: str, *, left: bool) -> str:
    """The nearest non-space character of ``s`` on the side next to the mask."""
    s = s.rstrip(" ") if left else s.lstrip(" ")
    if not s:
        return ""
    return s[-1] if left else s[0]


def _is_false_alarm(run: str, left: str, right: str, after: str) -> bool:
    """Candidates that are not masks: years, multiplication, Latin words, bullets.

    ``left`` and ``right`` are the normalized context; ``after`` is the source character
    after the run (normalization drops the space of a bullet such as ``* 加强学习``).
    """
    ch = run[0]
    prev = left[-1] if left else "\n"
    nxt = right[0] if right else "\n"
    if prev == "\n" and after in " \t\u3000" and ch in "*□■":
        return True  # "* item", "■ item": a bullet
    prev_ns = _neighbour(left, left=True)
    next_ns = _neighbour(right, left=False)
    if ch in "○〇":
        # 二○○○年, 一九○五: a zero inside a Chinese numeral
        return prev in _CN_DIGITS or nxt in _CN_DIGITS or prev.isdigit() or nxt.isdigit()
    if ch == "×" and len(run) == 1 and _HAN_RE.match(prev) and (
        not _HAN_RE.match(nxt) or _FORMULA_AFTER_TIMES_RE.match(right)
    ):
        return True  # “数据要素×”, 人工智能×行动: the operator of a campaign name
    if ch in "XxＸ" and len(run) == 1 and _is_formula_operand(left, right):
        return True  # 1+N+X, 双尖双领+X: a member of a formula name
    if ch == "×":
        # 3×4, a × b, (1+r)×2: a multiplication sign
        def operand(c: str) -> bool:
            return bool(c) and (
                c.isdigit() or _is_latin(c) or c in _CN_DIGITS or c in "()（）[]%％"
            )

        return operand(prev_ns) or operand(next_ns)
    if ch in "Xx":
        if _is_latin(prev_ns) or _is_latin(next_ns):
            return True  # XXL, Xbox, iPhone X
        if len(run) == 1 and re.match(r"(?:光|射线|线|型|轴|染色体|形)", right):
            return True  # X光, X射线, X型
        if prev.isdigit() and not re.match(r"[年月日号]", nxt):
            return True  # 3X: times
        return nxt.isdigit()  # X5, X86
    if ch == "*":
        # 3*4, a*b: multiplication
        return (prev_ns.isdigit() or _is_latin(prev_ns) or prev_ns in ")）") and (
            next_ns.isdigit() or _is_latin(next_ns) or next_ns in "(（"
        )
    if ch in "□■":
        return prev == "\n" and len(run) == 1  # a bullet or check box
    return False


def _is_formula_operand(left: str, right: str) -> bool:
    """A single X joined by + to a formula name (1+N+X, 双尖双领+X, X+N), not a mask.

    A formula of digits alone (1＋5＋X) keeps its X as a masked number.
    """
    before = left.rstrip(" ")
    after = right.lstrip(" ")
    if not (before[-1:] in "+＋" or after[:1] in "+＋"):
        return False
    m_left = _FORMULA_LEFT_RE.search(before)
    m_right = _FORMULA_RIGHT_RE.match(after)
    members = (m_left.group() if m_left else "") + (m_right.group() if m_right else "")
    if re.search(f"[A-WYZa-wyz{HAN}]", members):
        return True  # a letter (N) or a Han member (双尖双领)
    return before[-1:] in "+＋" and after.startswith("证书")  # 1+X证书


def _is_measure(right: str) -> bool:
    m = _MEASURE_RE.match(right)
    if not m:
        return False
    two = right[:2]
    if two in _MEASURE_WORDS or m.end() >= 2:
        return True
    # 部门, 人民, 条例, 日报: a word that merely starts with a measure character
    return not (len(two) == 2 and _word_freq().get(two, 0) >= _WORD_FREQ_MIN)


def _bound_char(right: str) -> bool:
    """``right`` starts with a Han character that forms no word with what follows."""
    if not right or not _HAN_RE.match(right[0]) or right[0] in _FUNCTION_CHARS:
        return False
    return not _dict_word_prefix(right)


def _classify(left: str, right: str, *, lexicon_fill: str | None) -> tuple[str, str | None]:
    """Kind and likely fill of a mask between ``left`` and ``right`` (normalized text)."""
    if (
        _is_measure(right)
        or _NUMBER_LEFT_RE.search(left)
        or _NUMBER_RIGHT_RE.match(right)
    ):
        return "number", None
    if _PERSON_FIELD_RE.search(left) or _TITLE_LEFT_RE.search(left):
        return "person", lexicon_fill
    if re.search(r"视察$", left):
        return "name", lexicon_fill
    if _TITLE_RE.match(right) or _LEADER_FORMULA_RE.match(right):
        return "person", lexicon_fill
    if _NAME_SUFFIX_RE.match(right):
        return "name", lexicon_fill
    if _bound_char(right):
        return "partial", lexicon_fill
    word = _dict_word_prefix(right) if right and _HAN_RE.match(right[0]) else ""
    if word:
        head = _compound_head(word)
        if head is not None:
            return "partial", lexicon_fill or head
    if _NAME_LEFT_RE.search(left) or (right[:1] in "”」" and _QUOTED_TAIL_RE.search(left)):
        return "name", lexicon_fill
    if word and _word_freq().get(word, 0) >= _WORD_FREQ_MIN:
        return "name", lexicon_fill  # a mask modifying a noun: 进XX活动, **样板
    return "unknown", lexicon_fill


def find_placeholders(
    text: str, *, lexicon: Lexicon | None = None, normalized: NormalizedText | None = None
) -> list[Placeholder]:
    r"""Placeholders of ``text`` as a list of :class:`Placeholder` (no pandas).

    See :func:`extract_placeholders` for the rules.

    Examples
    --------
    >>> [p.kind for p in find_placeholders("召开会议**次，XX局，二○○○年")]
    ['number', 'name']
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_placeholders expects a str, got {type(text).__name__}")
    if lexicon is None:
        from govtext.lexicon import load_lexicon

        lexicon = load_lexicon()
    nt = normalized if normalized is not None else normalize_with_offsets(text)
    norm = nt.text
    tails = _lexicon_tails(lexicon)
    found: list[tuple[Placeholder, str, str]] = []
    # formula names the text writes: the X of 1+N+X, the campaign names before ×
    formula_x = False
    times_names: set[str] = set(_TIMES_CAMPAIGNS)
    # the places where a candidate can start first (the same matches as finditer)
    for m in finditer(PLACEHOLDER_CANDIDATE_RE, norm):
        s, e = m.span()
        run = m.group()
        left = norm[max(0, s - _CONTEXT) : s]
        right = norm[e : e + _CONTEXT]
        src_s, src_e = nt.span_to_source(s, e)
        after = text[src_e] if src_e < len(text) else "\n"
        if _is_false_alarm(run, left, right, after):
            if run in ("X", "Ｘ", "x") and _is_formula_operand(left, right):
                formula_x = True
            elif run == "×" and (name := _TIMES_NAME_RE.search(left)) is not None:
                times_names.add(name.group())
            continue
        fill = _lexicon_fill(left, right, tails)
        kind, fill = _classify(left, right, lexicon_fill=fill)
        found.append((Placeholder(text[src_s:src_e], kind, src_s, src_e, fill), run, left))
    return [p for p, run, left in found if not _names_a_formula(run, left, formula_x, times_names)]


#: National campaign names written with ×, also where the text has no quoted or
#: 行动-led form of them (数据要素×监管: the 2024 “数据要素×”三年行动计划).
_TIMES_CAMPAIGNS = ("数据要素",)
#: The Han name before the × of a campaign name (数据要素×).
_TIMES_NAME_RE = re.compile(f"[{HAN}]{{2,6}}$")


def _names_a_formula(run: str, left: str, formula_x: bool, times_names: set[str]) -> bool:
    """Whether a mask candidate is a formula name's operator the text uses elsewhere.

    Where the text writes “1+N+X”, a lone X (“X”是指……, X份清单) is that formula's
    member; where it writes “数据要素×”, 数据要素×监管 is the same campaign name.
    """
    if run in ("X", "Ｘ") and formula_x:
        return True
    return run == "×" and any(left.endswith(name) for name in times_names)


def extract_placeholders(
    text: str, *, lexicon: Lexicon | None = None, normalized: NormalizedText | None = None
) -> pd.DataFrame:
    r"""Find the masks of an anonymised report and the kind of thing each one hides.

    Masks are runs of ``*`` ``＊``, ``X`` ``Ｘ`` (``xx`` in lower case from two on), ``×``,
    ``○○``/``〇〇``, ``□``/``■`` and ``某某`` (never 某些, 某种).  A run is one placeholder:
    ``*****件`` is one masked number.

    Parameters
    ----------
    text : str
        The source text.
    lexicon : Lexicon, optional
        Slogan lexicon used to tell what a mask inside an official formula hides
        (``likely_fill``); the packaged one by default.
    normalized : NormalizedText, optional
        ``normalize_with_offsets(text)`` when already computed.

    Returns
    -------
    pandas.DataFrame
        One row per placeholder: ``text`` (the mask as written), ``kind`` (number,
        person, name, partial or unknown; see the module documentation), ``start``,
        ``end`` (offsets in ``text``) and ``likely_fill`` (what the lexicon or jieba's
        dictionary says was masked, else None).

    Examples
    --------
    >>> df = extract_placeholders("全年召开会议不少于XX次，XX局党组负责，根据**情防控实际。")
    >>> df[["text", "kind", "start", "end"]].values.tolist()
    [['XX', 'number', 9, 11], ['XX', 'name', 13, 15], ['**', 'partial', 23, 25]]
    >>> extract_placeholders("二○○○年，3×4，XXL码，某些问题").empty
    True
    >>> extract_placeholders("落实**形态工作责任制")["likely_fill"].tolist()
    ['意识']
    """
    return placeholder_frame(find_placeholders(text, lexicon=lexicon, normalized=normalized))


def placeholder_frame(rows: list[Placeholder]) -> pd.DataFrame:
    """The table of :func:`extract_placeholders` from :func:`find_placeholders` rows.

    Examples
    --------
    >>> placeholder_frame(find_placeholders("XX局负责"))[["text", "kind"]].values.tolist()
    [['XX', 'name']]
    """
    import pandas as pd

    frame: pd.DataFrame = pd.DataFrame(
        {
            "text": pd.Series([p.text for p in rows], dtype=object),
            "kind": pd.Series([p.kind for p in rows], dtype=object),
            "start": pd.Series([p.start for p in rows], dtype="int64"),
            "end": pd.Series([p.end for p in rows], dtype="int64"),
            "likely_fill": pd.Series([p.likely_fill for p in rows], dtype=object),
        }
    )
    return frame
