r"""Self-criticism statements (存在问题) of official reports and their categories.

Responsibility and party-building reports end their review with a problems section
(``二、存在问题``) or an unheaded passage (``……虽然取得了一些成绩，但仍存在以下不足：一是……``)
that lists the unit's shortcomings, typically ``一是全面从严治党压力传导还不够坚实。……``.
Government work reports have a similar passage on difficulties and challenges.
:func:`extract_issues` returns one row per enumerated problem, with a category from the
packaged taxonomy ``govtext/data/issue_taxonomy.tsv`` (see :func:`load_issue_taxonomy`);
:func:`recurring_issues` counts categories across the documents and years of a corpus;
:func:`suggest_issue_topics` looks for topics the taxonomy may lack.

How a statement is categorised
------------------------------
Each category of the taxonomy lists *cues* (specific phrases, weight 2) and *weak cues*
(generic words, weight 1).  Cues are matched leftmost-longest over the whole taxonomy, so
``科技创新`` is one cue of ``tech_innovation`` and not also ``创新``; a distinct cue counts
once.  The lead of a statement (its first sentence: the ``……还不够坚实。`` headline of an
enumerated item) names the problem and the rest gives examples, so categories are ranked
by their score in the lead, then by their score in the whole statement, then by the
position of their first cue.  A statement without any cue is ``other``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from govtext._util import check_positive_int

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from govtext.document import Document
    from govtext.normalize import NormalizedText

__all__ = [
    "OTHER",
    "IssueCategory",
    "IssueTaxonomy",
    "categorize_issues",
    "extract_issues",
    "issue_columns",
    "issue_spans",
    "load_issue_taxonomy",
    "recurring_issues",
    "suggest_issue_topics",
]

#: Category of a statement that matches no cue of the taxonomy.
OTHER = "other"

_TAXONOMY_COLUMNS = ("category", "label", "group", "description", "cues", "weak_cues")
_STRONG = 2
_WEAK = 1

ISSUE_COLUMNS = (
    "statement",
    "category",
    "start",
    "end",
    "categories",
    "marker",
    "section",
    "heading",
)


# --------------------------------------------------------------------------- taxonomy


@dataclass(frozen=True)
class IssueCategory:
    """One category of the issue taxonomy.

    Attributes
    ----------
    category : str
        Identifier, e.g. ``responsibility``.
    label : str
        Chinese name, e.g. ``责任落实与压力传导``.
    group : str
        ``party_building`` (party-building and responsibility reports) or ``government``
        (government work reports).
    description : str
        What statements of the category are about.
    cues : tuple of str
        Specific phrases (weight 2).
    weak_cues : tuple of str
        Generic words (weight 1).
    """

    category: str
    label: str
    group: str
    description: str
    cues: tuple[str, ...]
    weak_cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class IssueTaxonomy:
    """An immutable taxonomy of problem statements with its cue matcher.

    Examples
    --------
    >>> tax = load_issue_taxonomy()
    >>> tax["responsibility"].label
    '责任落实与压力传导'
    >>> tax.match("压力传导还不够坚实")
    [('压力传导', 'responsibility', 2, 0)]
    """

    categories: tuple[IssueCategory, ...]
    _cues: Mapping[str, tuple[str, int]] = field(repr=False, compare=False, hash=False)
    _pattern: re.Pattern[str] | None = field(repr=False, compare=False, hash=False)
    _by_name: Mapping[str, IssueCategory] = field(repr=False, compare=False, hash=False)

    @classmethod
    def from_categories(cls, categories: Iterable[IssueCategory]) -> IssueTaxonomy:
        """Build a taxonomy; a cue may belong to one category only."""
        cats = tuple(categories)
        cues: dict[str, tuple[str, int]] = {}
        by_name: dict[str, IssueCategory] = {}
        for cat in cats:
            if cat.category in by_name or cat.category == OTHER:
                raise ValueError(f"Issue category {cat.category!r} is defined twice or reserved.")
            by_name[cat.category] = cat
            for cue, weight in [(c, _STRONG) for c in cat.cues] + [
                (c, _WEAK) for c in cat.weak_cues
            ]:
                if cue in cues:
                    raise ValueError(
                        f"Cue {cue!r} belongs to both {cues[cue][0]!r} and {cat.category!r}."
                    )
                cues[cue] = (cat.category, weight)
        ordered = sorted(cues, key=lambda c: (-len(c), c))
        pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None
        return cls(cats, MappingProxyType(cues), pattern, MappingProxyType(by_name))

    def __iter__(self) -> Iterator[IssueCategory]:
        return iter(self.categories)

    def __len__(self) -> int:
        return len(self.categories)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def __getitem__(self, name: str) -> IssueCategory:
        return self._by_name[name]

    @property
    def names(self) -> tuple[str, ...]:
        """Category identifiers in taxonomy order."""
        return tuple(c.category for c in self.categories)

    def match(self, text: str) -> list[tuple[str, str, int, int]]:
        """Cue matches in ``text``: ``(cue, category, weight, position)``, leftmost-longest."""
        if self._pattern is None:
            return []
        out = []
        for m in self._pattern.finditer(text):
            category, weight = self._cues[m.group()]
            out.append((m.group(), category, weight, m.start()))
        return out

    def to_frame(self) -> pd.DataFrame:
        """The taxonomy as a DataFrame, one row per category."""
        import pandas as pd

        return pd.DataFrame(
            [
                {
                    "category": c.category,
                    "label": c.label,
                    "group": c.group,
                    "description": c.description,
                    "cues": list(c.cues),
                    "weak_cues": list(c.weak_cues),
                }
                for c in self.categories
            ]
        )


def _split_cues(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _parse_taxonomy(text: str) -> IssueTaxonomy:
    rows = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = set(_TAXONOMY_COLUMNS) - set(rows.fieldnames or ())
    if missing:
        raise ValueError(f"issue_taxonomy.tsv lacks the columns {sorted(missing)}")
    cats = []
    for row in rows:
        name = (row["category"] or "").strip()
        if not name or name.startswith("#"):
            continue
        cats.append(
            IssueCategory(
                category=name,
                label=(row["label"] or "").strip(),
                group=(row["group"] or "").strip(),
                description=(row["description"] or "").strip(),
                cues=_split_cues(row["cues"]),
                weak_cues=_split_cues(row["weak_cues"]),
            )
        )
    return IssueTaxonomy.from_categories(cats)


@cache
def load_issue_taxonomy() -> IssueTaxonomy:
    """Load the packaged issue taxonomy (``govtext/data/issue_taxonomy.tsv``), cached.

    Returns
    -------
    IssueTaxonomy

    Examples
    --------
    >>> tax = load_issue_taxonomy()
    >>> "supervision" in tax, "party_business_integration" in tax
    (True, True)
    >>> tax["work_style"].label
    '作风与形式主义'
    """
    from govtext.lexicon import read_data_file

    return _parse_taxonomy(read_data_file("issue_taxonomy.tsv"))


# --------------------------------------------------------------------------- categorize

_LEAD_END_RE = re.compile(r"[。！？；!?;]")


def _score(text: str, taxonomy: IssueTaxonomy) -> tuple[str, list[str], list[str], int]:
    """Category, categories by rank, matched cues and total score of the winner."""
    lead_m = _LEAD_END_RE.search(text)
    lead_end = lead_m.end() if lead_m else len(text)
    cue_info: dict[str, tuple[str, int, int, bool]] = {}  # cue -> category, weight, pos, lead
    for cue, category, weight, pos in taxonomy.match(text):
        prev = cue_info.get(cue)
        in_lead = pos < lead_end
        if prev is None:
            cue_info[cue] = (category, weight, pos, in_lead)
        elif in_lead and not prev[3]:
            cue_info[cue] = (category, weight, prev[2], True)
    lead: dict[str, int] = {}
    total: dict[str, int] = {}
    first: dict[str, int] = {}
    for category, weight, pos, in_lead in cue_info.values():
        total[category] = total.get(category, 0) + weight
        if in_lead:
            lead[category] = lead.get(category, 0) + weight
        first[category] = min(first.get(category, pos), pos)
    if not total:
        return OTHER, [], [], 0
    ranked = sorted(total, key=lambda c: (-lead.get(c, 0), -total[c], first[c]))
    cues = sorted(cue_info, key=lambda c: cue_info[c][2])
    return ranked[0], ranked, cues, total[ranked[0]]


def categorize_issues(
    statements: str | Iterable[str], *, taxonomy: IssueTaxonomy | None = None
) -> pd.DataFrame:
    """Assign a taxonomy category to problem statements by their cue words.

    Parameters
    ----------
    statements : str or iterable of str
        One statement or several.
    taxonomy : IssueTaxonomy, optional
        Defaults to :func:`load_issue_taxonomy`.

    Returns
    -------
    pandas.DataFrame
        One row per statement: ``statement``, ``category`` (``other`` when no cue
        matches), ``categories`` (every matched category, best first), ``cues`` (the
        matched cues, in text order) and ``score`` (points of the winning category; see
        the module docstring).

    Examples
    --------
    >>> df = categorize_issues(["全面从严治党压力传导还不够坚实。", "党建和业务两张皮。",
    ...                         "今天天气很好。"])
    >>> df["category"].tolist()
    ['responsibility', 'party_business_integration', 'other']
    >>> df.loc[0, "cues"]
    ['压力传导']
    """
    import pandas as pd

    from govtext.normalize import normalize

    tax = taxonomy if taxonomy is not None else load_issue_taxonomy()
    items = [statements] if isinstance(statements, str) else list(statements)
    rows = []
    for s in items:
        if not isinstance(s, str):
            raise TypeError(f"categorize_issues expects str statements, got {type(s).__name__}")
        category, ranked, cues, score = _score(normalize(s), tax)
        rows.append(
            {"statement": s, "category": category, "categories": ranked, "cues": cues,
             "score": score}
        )
    columns = ["statement", "category", "categories", "cues", "score"]
    frame = pd.DataFrame(rows, columns=columns)
    frame["score"] = frame["score"].astype("int64")
    return frame


# --------------------------------------------------------------------------- extraction

_NUM = "一二三四五六七八九十"
# inline enumerators: 一是 / 第一， / 其一， / 首先， ... ; heading-like ones at line start
_INLINE_MARKER_RE = re.compile(
    rf"(?:[{_NUM}]+是|第[{_NUM}]+[，,、是]|其[{_NUM}][，,、是]|首先[，,]|其次[，,]|再次[，,]|最后[，,]"
    rf"|[（(](?:[{_NUM}]{{1,2}}|[0-9]{{1,2}})[）)]|[①-⑳])"
)
_LINE_MARKER_RE = re.compile(
    rf"(?:[（(][{_NUM}0-9]+[）)]|[{_NUM}]+、|[0-9]+[.．、]|[①-⑳]|——|—)\s*"
)
#: A closing resolution of a problems passage: 我们一定正视问题，采取有力措施加以解决。
_RESOLUTION_RE = re.compile(
    r"(?:对此|为此|对于?(?:这些|上述|以上)[^，。；]{0,8}|针对[^，。；]{0,12})?[，,]?"
    r"(?:我们|我|本人|班子|党组|党委|政府|各级政府)?(?:将|要|一定要|一定|必须|务必|决心|坚决|会)?"
    r"[^。；]{0,6}(?:正视|高度重视|认真对待|直面|切实解决|加以解决|认真解决|着力解决|努力解决|"
    r"采取[^。；]{0,8}措施|加以改进|认真整改|切实整改|整改落实|决不回避|绝不回避|决不辜负)"
)
_MARKER_LEFT = set("：:。；;！？!?，,\n")
_LIST_CUE_RE = re.compile(
    r"(?:主要是|主要有|主要表现为|主要表现在|突出表现为|突出表现在|具体表现为|表现为|表现在)[：:]?"
)
_LIST_TAIL_RE = re.compile(r"等(?:方面的|方面|突出|的)?(?:问题|不足|短板|差距|现象)")
_DEFICIENCY_RE = re.compile(
    "不够|不足|不强|不到位|不严|不实|不细|不高|不深|不力|不紧|不广|不大|不多|不稳|不牢|不全|"
    "不善|不担当|不作为|乱作为|为官不为|差距|欠缺|缺乏|缺少|薄弱|短板|有待|尚需|尚未|尚不|"
    "仍有|仍然|依然|仍是|仍在|仍处|还有|还存在|存在|问题|乏力|困难|压力|风险|矛盾|漏洞|滞后|"
    "淡化|放松|松懈|弱化|单一|两张皮|粗放|严峻|繁重|艰巨|任重道远|不满意|时有发生|多发|加剧|"
    "上升|下降|减弱|放缓|减慢|过多|过频|偏低|偏高|没有|未能|隐患|障碍|严重|突出|较多|较大|"
    "懒政|怠政|腐败|事故|紧张|难以|艰难|波动|震荡|不容忽视"
)
#: An unenumerated sentence this short without a word of shortcoming is a maxim
#: (思危方能居安。), not a statement.
_SHORT_SENTENCE = 12
_INTRO_RE = re.compile(
    "(?:成绩|成就|成效|进展)[^。；]*(?:同时|但|看到|认识)|清醒(?:地)?(?:看到|认识到)|"
    "^(?:但是|但|同时|然而|当然)?[，,]?[^，,]{0,16}(?:面临|存在|还有|看到)[^。；，]{0,12}(?:问题|困难|挑战|不足|缺点|差距)"
    "(?:和|与|及)?(?:问题|困难|挑战|不足|缺点)?[。：:]$|^(?:主要|具体|突出)?(?:是|有|表现[为在])[：:]$|"
    "^(?:对于?)?(?:这些|上述|以上)(?:问题|不足|差距)"
)
_PLAN_RE = re.compile(
    r"^(?:我们|我|今后|下一步|下步|接下来)?(?:一定|必须|务必)?(?:要|将|需要|必须|决心)|"
    r"决不辜负|不负人民|不辱|加以改进|认真整改|切实整改"
)
_HAN_RE = re.compile("[\u3400-\u9fff]")
_SENT_RE = re.compile(r"[^。！？；!?;\n]+(?:[。！？；!?;]+[”’」』]?|$)")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "：:，,、"):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _markers(norm: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """Enumerators in ``norm[s:e]`` as ``(marker start, content start, marker)``."""
    found: list[tuple[int, int, str]] = []
    for m in _INLINE_MARKER_RE.finditer(norm, s, e):
        left = norm[m.start() - 1] if m.start() > 0 else "\n"
        if m.start() == s or left in _MARKER_LEFT or left.isspace():
            found.append((m.start(), m.end(), m.group()))
    if len(found) < 2:
        line_found = []
        for m in _LINE_MARKER_RE.finditer(norm, s, e):
            left = norm[m.start() - 1] if m.start() > 0 else "\n"
            if m.start() == s or left == "\n":
                line_found.append((m.start(), m.end(), m.group().strip()))
        if len(line_found) >= 2:
            return line_found
    return found


def _paragraph_end(norm: str, pos: int, limit: int) -> int:
    nl = norm.find("\n", pos, limit)
    return limit if nl < 0 else nl


def _list_items(norm: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """Items of ``主要是A、B、C等问题`` in the sentence ``norm[s:e]``, or None."""
    m = _LIST_CUE_RE.search(norm, s, e)
    if not m:
        return None
    body_s = m.end()
    tail = _LIST_TAIL_RE.search(norm, body_s, e)
    body_e = tail.start() if tail else e
    # stop the list at the first clause break (，。；) after it
    for stop in "，,。；;":
        k = norm.find(stop, body_s, body_e)
        if k >= 0:
            body_e = k
    parts = []
    pos = body_s
    for k in range(body_s, body_e + 1):
        if k == body_e or norm[k] == "、":
            ps, pe = _trim(norm, pos, k)
            if pe > ps:
                parts.append((ps, pe))
            pos = k + 1
    if len(parts) >= 2 and all(_DEFICIENCY_RE.search(norm, a, b) for a, b in parts):
        return parts
    ps, pe = _trim(norm, body_s, body_e)
    return [(ps, pe)] if pe > ps and _DEFICIENCY_RE.search(norm, ps, pe) else None


def _before_resolution(norm: str, s: int, e: int) -> int:
    """End of ``norm[s:e]`` before its first closing resolution (我们一定正视问题……)."""
    for m in _SENT_RE.finditer(norm, s, e):
        a = m.start()
        while a < m.end() and norm[a].isspace():
            a += 1
        if a > s and _RESOLUTION_RE.match(norm, a, m.end()):
            return a
    return e


def _statements_in(norm: str, s: int, e: int) -> list[tuple[int, int, str | None]]:
    """Statement spans ``(start, end, marker)`` of one problems passage of ``norm``."""
    markers = _markers(norm, s, e)
    out: list[tuple[int, int, str | None]] = []
    if markers:
        line_style = any(
            (mk[0] in "（(①—" and (m == s or norm[m - 1] == "\n")) or mk[-1:] in "、.．"
            for m, _, mk in markers
        )
        listed: list[tuple[int, int, str]] = []
        for i, (_, cs, mk) in enumerate(markers):
            if i + 1 < len(markers):
                ce = markers[i + 1][0]
            else:
                ce = e if line_style else _paragraph_end(norm, cs, e)
            ce = _before_resolution(norm, cs, ce)
            ts, te = _trim(norm, cs, ce)
            if te > ts:
                listed.append((ts, te, mk))
        # every item of a list of problems is a statement; an item that states no
        # shortcoming (一是经济持续较快发展……) is none where most items state none
        stating = [it for it in listed if _DEFICIENCY_RE.search(norm, it[0], it[1])]
        out.extend(listed if 2 * len(stating) > len(listed) else stating)
        return out
    for m in _SENT_RE.finditer(norm, s, e):
        ss, se = _trim(norm, m.start(), m.end())
        if se <= ss:
            continue
        items = _list_items(norm, ss, se)
        if items:
            out.extend((a, b, None) for a, b in items)
            continue
        sentence = norm[ss:se]
        if (_INTRO_RE.search(sentence) or _PLAN_RE.search(sentence)
                or _RESOLUTION_RE.match(sentence) or not _HAN_RE.search(sentence)):
            continue
        if len(sentence) < _SHORT_SENTENCE and not _DEFICIENCY_RE.search(sentence):
            continue
        out.append((ss, se, None))
    return out


def issue_spans(
    text: str, passages: Iterable[tuple[int, int]]
) -> list[tuple[int, int, str | None]]:
    """Statement spans in given problems passages of ``text`` (source offsets).

    The splitting step of :func:`extract_issues`, for passages found by other means.

    Parameters
    ----------
    text : str
        Source text.
    passages : iterable of (start, end)
        Source spans of problems passages.

    Returns
    -------
    list of (start, end, marker)
        Source spans of the statements; ``marker`` is the enumerator (``一是``) or None.

    Examples
    --------
    >>> t = "存在问题：一是学习不够深入。二是监督不够有力。"
    >>> [(t[s:e], m) for s, e, m in issue_spans(t, [(0, len(t))])]
    [('学习不够深入。', '一是'), ('监督不够有力。', '二是')]
    """
    from govtext.normalize import normalize_with_offsets

    nt = normalize_with_offsets(text)
    out = []
    for ps, pe in passages:
        ns, ne = nt.from_source(ps), nt.from_source(pe)
        for a, b, mk in _statements_in(nt.text, ns, ne):
            out.append((*nt.span_to_source(a, b), mk))
    return out


def _problem_sections(sections: pd.DataFrame) -> list[tuple[int, int, int, str]]:
    """Outermost problems sections: ``(row index, start, end, heading)``, by position."""
    if sections is None or len(sections) == 0 or "kind" not in sections.columns:
        return []
    import numpy as np

    keep = (sections["kind"] == "problems").to_numpy(dtype=bool)
    if not keep.any():
        return []
    if "inline" in sections.columns:
        keep = keep & ~sections["inline"].fillna(False).astype(bool).to_numpy(dtype=bool)
    sel = np.flatnonzero(keep)
    starts = sections["start"].to_numpy()[sel]
    sel = sel[np.argsort(starts, kind="quicksort")]  # as sort_values("start")
    labels = sections.index[sel].tolist()
    headings = (
        sections["heading"].to_numpy(dtype=object)[sel].tolist()
        if "heading" in sections.columns
        else [""] * len(sel)
    )
    spans: list[tuple[int, int, int, str]] = []
    for idx, s, e, heading in zip(
        labels,
        sections["start"].to_numpy()[sel].tolist(),
        sections["end"].to_numpy()[sel].tolist(),
        headings,
        strict=True,
    ):
        s, e = int(s), int(e)
        if spans and s < spans[-1][2]:
            continue  # nested in a problems section already taken
        spans.append((int(idx), s, e, "" if heading is None else str(heading)))
    return spans


def _issue_rows(
    text: str, sections: pd.DataFrame, taxonomy: IssueTaxonomy, nt: NormalizedText | None = None
) -> list[dict[str, Any]]:
    from govtext.normalize import normalize_with_offsets

    nt = nt if nt is not None else normalize_with_offsets(text)
    rows: list[dict[str, Any]] = []
    for idx, ps, pe, heading in _problem_sections(sections):
        ns, ne = nt.from_source(ps), nt.from_source(pe)
        for a, b, mk in _statements_in(nt.text, ns, ne):
            category, ranked, _, _ = _score(nt.text[a:b], taxonomy)
            s, e = nt.span_to_source(a, b)
            rows.append(
                {
                    "statement": text[s:e],
                    "category": category,
                    "start": s,
                    "end": e,
                    "categories": ranked,
                    "marker": mk,
                    "section": idx,
                    "heading": heading,
                }
            )
    return rows


def _issues_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    import pandas as pd

    # built column by column (the same dtypes as from the list of rows, faster)
    ints = ("start", "end", "section")
    frame = pd.DataFrame(
        {
            c: pd.Series([r[c] for r in rows], dtype="int64") if c in ints
            else [r[c] for r in rows] if rows
            else pd.Series([], dtype=object)
            for c in ISSUE_COLUMNS
        },
        columns=list(ISSUE_COLUMNS),
    )
    return frame


def extract_issues(
    text: str | Document, *, sections: pd.DataFrame | None = None,
    taxonomy: IssueTaxonomy | None = None
) -> pd.DataFrame:
    r"""Self-criticism statements of a report, one row per enumerated problem.

    Statements are taken from the problems sections of :func:`segment_sections`
    (``kind == "problems"``: headed sections such as ``二、存在问题`` and unheaded passages
    such as ``……但仍存在以下不足：``).  Inside a passage, each enumerated item
    (``一是……``, ``第一，……``, ``（一）……``, ``1.……``) is a statement running to the next
    enumerator (the last one to the end of its paragraph); a list such as ``主要是A、B、C等问题``
    gives one statement per item; otherwise each sentence that states a shortcoming is a
    statement, leaving out framing sentences (``……清醒看到面临的困难和挑战。``) and
    resolutions (``我们要直面问题……``).

    Parameters
    ----------
    text : str or Document
        Source text (or a :class:`~govtext.document.Document`, whose cached sections
        are reused).
    sections : pandas.DataFrame, optional
        Sections of ``text`` as :func:`segment_sections` returns them; computed when
        omitted.
    taxonomy : IssueTaxonomy, optional
        Defaults to :func:`load_issue_taxonomy`.

    Returns
    -------
    pandas.DataFrame
        ``statement`` (``text[start:end]``, without its enumerator), ``category``,
        ``start``, ``end``, ``categories`` (every matched category, best first),
        ``marker`` (``一是`` …, or None), ``section`` (row index of the problems section
        in the sections table) and ``heading`` (its heading; empty for an unheaded
        passage).

    Examples
    --------
    >>> import pandas as pd
    >>> text = ("二、存在问题\n一是压力传导还不够坚实。二是党建和业务融合不够。\n"
    ...         "三、下步打算\n将加强学习。")
    >>> secs = pd.DataFrame({"kind": ["problems", "plans"], "heading": ["存在问题", "下步打算"],
    ...                      "start": [0, 32], "end": [31, 43]})
    >>> df = extract_issues(text, sections=secs)
    >>> df["statement"].tolist()
    ['压力传导还不够坚实。', '党建和业务融合不够。']
    >>> df["category"].tolist(), df["marker"].tolist()
    (['responsibility', 'party_business_integration'], ['一是', '二是'])
    >>> all(text[s:e] == t for s, e, t in zip(df.start, df.end, df.statement))
    True
    """
    from govtext.document import Document

    doc = text if isinstance(text, Document) else Document(text)
    tax = taxonomy if taxonomy is not None else load_issue_taxonomy()
    secs = sections if sections is not None else doc.sections
    return _issues_frame(_issue_rows(doc.text, secs, tax, doc.normalized))


def issue_columns(doc: Document) -> dict[str, Any]:
    """The issue columns of :func:`govtext.stats` for one document.

    ``n_issues`` (statements), ``n_issue_categories`` (distinct categories) and
    ``issue_categories`` (categories, ``|``-separated, most frequent first, ties in order
    of appearance).

    Examples
    --------
    >>> from govtext.document import Document
    >>> issue_columns(Document("今天天气很好。"))
    {'n_issues': 0, 'n_issue_categories': 0, 'issue_categories': ''}
    """
    rows = doc.issue_rows  # the rows of doc.issues, without the table
    counts: dict[str, int] = {}
    for row in rows:
        cat = row["category"]
        counts[cat] = counts.get(cat, 0) + 1
    order = sorted(counts, key=lambda c: -counts[c])
    return {
        "n_issues": len(rows),
        "n_issue_categories": len(counts),
        "issue_categories": "|".join(order),
    }


# --------------------------------------------------------------------------- corpus level


def _corpus_issues(corpus: Any, n_jobs: int = 1) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(corpus frame, issues with doc_id) of a corpus."""
    import pandas as pd

    from govtext.parallel import map_documents
    from govtext.stats import _as_corpus

    frame = _as_corpus(corpus)
    results = map_documents(_issues_of_text, frame["text"].tolist(), n_jobs=n_jobs)
    ids = frame["doc_id"].tolist() if "doc_id" in frame.columns else list(range(len(frame)))
    parts = []
    for doc_id, rows in zip(ids, results, strict=True):
        part = _issues_frame(rows)
        part.insert(0, "doc_id", doc_id)
        parts.append(part)
    issues = pd.concat(parts, ignore_index=True) if parts else _issues_frame([])
    return frame, issues


def _issues_of_text(text: str) -> list[dict[str, Any]]:
    from govtext.document import Document

    doc = Document(text)
    return _issue_rows(doc.text, doc.sections, load_issue_taxonomy(), doc.normalized)


def recurring_issues(
    corpus: Any, *, by: str = "doc_id", n_jobs: int = 1, issues: pd.DataFrame | None = None
) -> pd.DataFrame:
    r"""Category × document matrix of problem statements, with recurrence.

    Parameters
    ----------
    corpus : DataFrame or path
        A corpus from :func:`govtext.read_corpus` (``text``, ``doc_id``, optional
        ``year``).
    by : str, default "doc_id"
        Column of the corpus whose values become the matrix columns (``doc_id``, ``year``,
        ``org`` …).
    n_jobs : int, default 1
        Worker processes for the extraction.
    issues : DataFrame, optional
        Statements already extracted (with ``doc_id``); skips the extraction.

    Returns
    -------
    pandas.DataFrame
        One row per category that occurs (index ``category``): a column per value of
        ``by`` with the number of statements, then ``n_statements`` (total),
        ``n_docs`` (documents with at least one statement of the category), ``doc_share``
        (n_docs / documents that have any statement), ``n_years`` and ``years``
        (sorted list of the years in which it occurs, when the corpus has ``year``) and
        ``recurring`` (occurs in at least two documents).  Sorted by ``n_docs`` then
        ``n_statements``.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "year": [2021, 2022], "text": [
    ...     "二、存在问题\n一是压力传导还不够坚实。二是日常监督不够全面。",
    ...     "二、存在的问题\n一是压力传导层层递减。二是理论学习不够深入。"]})
    >>> m = recurring_issues(corpus)
    >>> [int(m.loc["responsibility", c]) for c in ("a", "b", "n_docs")]
    [1, 1, 2]
    >>> m.loc["responsibility", "years"], bool(m.loc["responsibility", "recurring"])
    ([2021, 2022], True)
    """
    import pandas as pd

    check_positive_int(n_jobs, "n_jobs", "recurring_issues")
    if issues is None:
        frame, issues = _corpus_issues(corpus, n_jobs=n_jobs)
    else:
        from govtext.stats import _as_corpus

        frame = _as_corpus(corpus)
    if "doc_id" not in frame.columns:
        frame = frame.assign(doc_id=range(len(frame)))
    if by not in frame.columns:
        raise ValueError(
            f"The 'by' parameter of recurring_issues must be a column of the corpus. "
            f"Got {by!r} instead."
        )
    meta = frame.set_index("doc_id")
    data = issues.copy()
    data["_by"] = data["doc_id"] if by == "doc_id" else data["doc_id"].map(meta[by])
    columns = list(dict.fromkeys(meta.index.tolist() if by == "doc_id" else meta[by].tolist()))
    matrix = pd.crosstab(data["category"], data["_by"]).reindex(columns=columns, fill_value=0)
    matrix.columns.name = None
    matrix.index.name = "category"
    n_with_issues = max(data["doc_id"].nunique(), 1)
    grouped = data.groupby("category")
    matrix["n_statements"] = grouped.size()
    matrix["n_docs"] = grouped["doc_id"].nunique()
    matrix["doc_share"] = (matrix["n_docs"] / n_with_issues).round(3)
    if "year" in meta.columns:
        data["_year"] = data["doc_id"].map(meta["year"])
        years = data.groupby("category")["_year"].agg(
            lambda s: sorted({int(y) for y in s if pd.notna(y)})
        )
        matrix["n_years"] = years.reindex(matrix.index).map(len)
        matrix["years"] = years.reindex(matrix.index)
    matrix["recurring"] = matrix["n_docs"] >= 2
    matrix = matrix.sort_values(["n_docs", "n_statements"], ascending=False, kind="stable")
    return matrix


#: Words every problem statement uses (存在, 不够, 一些 ...): left out of topic terms.
_GENERIC_TERMS = frozenset(
    {
        "存在", "不足", "不够", "问题", "一些", "有的", "有些", "少数", "部分",
        "仍然", "依然", "仍", "还", "还有", "不少", "较多", "较大", "方面",
        "领域", "工作", "进一步", "没有", "还是", "比较", "突出", "严重", "多发",
        "发生", "时有发生", "当前", "目前", "当中", "其中", "以及", "需要", "有待",
        "加强", "提高", "不强", "不高", "不深", "不严", "不到位", "主要", "表现",
        "等", "情况", "任务", "地方", "更加", "继续", "相关",
    }
)


def suggest_issue_topics(
    statements: Any,
    *,
    n_topics: int = 8,
    n_terms: int = 8,
    method: str = "nmf",
    taxonomy: IssueTaxonomy | None = None,
    random_state: int = 0,
) -> pd.DataFrame:
    """Topics of problem statements found by scikit-learn, to check the taxonomy.

    The statements are vectorised with TF-IDF on slogan-aware tokens
    (:class:`~govtext.tokenize.Tokenizer`, stopwords removed) and decomposed with NMF
    (or clustered with k-means).  Each topic is reported with its top terms, the
    statements it covers, and how those statements are categorised by the taxonomy: a
    topic whose statements are mostly ``other``, or whose top terms are no cue of the
    taxonomy, points at a category the taxonomy lacks.

    Parameters
    ----------
    statements : DataFrame, iterable of str, or corpus
        Output of :func:`extract_issues` (a ``statement`` column), a list of
        statements, or a corpus (a ``text`` column; statements are extracted first).
    n_topics : int, default 8
        Number of topics (reduced to the number of statements when larger).
    n_terms : int, default 8
        Top terms listed per topic.
    method : {"nmf", "kmeans"}, default "nmf"
    taxonomy : IssueTaxonomy, optional
    random_state : int, default 0

    Returns
    -------
    pandas.DataFrame
        One row per topic: ``topic``, ``terms`` (top terms), ``n_statements``
        (statements whose main topic it is), ``top_category`` (most frequent taxonomy
        category among them), ``category_share`` (its share), ``other_share`` (share
        categorised ``other``), ``uncovered_terms`` (top terms that are part of no cue
        and contain no specific cue of the taxonomy), ``candidate`` (True when the topic may be a
        category the taxonomy lacks: at least half of its statements are ``other``, or
        no category reaches 40 % of them, or half of its top terms or its first term are
        uncovered) and
        ``examples`` (up to three statements).

    Examples
    --------
    >>> topics = suggest_issue_topics(["压力传导不够。", "压力传导层层递减。", "网络安全防护薄弱。",
    ...                                "网络安全意识不强。"], n_topics=2)
    >>> sorted(len(t) > 0 for t in topics["terms"])
    [True, True]
    """
    import numpy as np
    import pandas as pd

    from govtext._util import check_choice
    from govtext.lexicon import load_stopwords

    check_positive_int(n_topics, "n_topics", "suggest_issue_topics")
    check_positive_int(n_terms, "n_terms", "suggest_issue_topics")
    check_choice(method, "method", "suggest_issue_topics", ("nmf", "kmeans"))
    tax = taxonomy if taxonomy is not None else load_issue_taxonomy()
    if isinstance(statements, pd.DataFrame):
        if "statement" in statements.columns:
            texts = statements["statement"].astype(str).tolist()
        else:
            texts = _corpus_issues(statements)[1]["statement"].tolist()
    else:
        texts = [str(s) for s in statements]
    columns = ["topic", "terms", "n_statements", "top_category", "category_share",
               "other_share", "uncovered_terms", "candidate", "examples"]
    if len(texts) < 2:
        return pd.DataFrame(columns=columns)
    from sklearn.feature_extraction.text import TfidfVectorizer

    from govtext.compare import _analyzer

    stop = frozenset(load_stopwords() | _GENERIC_TERMS)
    base = _analyzer(stopwords=stop)

    def analyze(text: str) -> list[str]:
        return [t for t in base(text) if len(t) > 1]

    vec = TfidfVectorizer(analyzer=analyze, min_df=1, sublinear_tf=True)
    x = vec.fit_transform(texts)
    terms = np.asarray(vec.get_feature_names_out())
    k = min(n_topics, len(texts), x.shape[1]) if x.shape[1] else 0
    if k == 0:
        return pd.DataFrame(columns=columns)
    if method == "nmf":
        from sklearn.decomposition import NMF

        model = NMF(n_components=k, init="nndsvda", random_state=random_state, max_iter=500)
        weights = model.fit_transform(x)
        components = model.components_
        assign = weights.argmax(axis=1)
    else:
        from sklearn.cluster import KMeans

        km = KMeans(n_clusters=k, n_init=10, random_state=random_state)
        assign = km.fit_predict(x)
        components = km.cluster_centers_
    cats = categorize_issues(texts, taxonomy=tax)["category"].to_numpy()
    all_cues = set(tax._cues)
    strong_cues = {c for c, (_, w) in tax._cues.items() if w == _STRONG}
    rows = []
    for t in range(k):
        top = [str(terms[i]) for i in np.argsort(components[t])[::-1][:n_terms]
               if components[t][i] > 0]
        members = np.flatnonzero(assign == t)
        member_cats = pd.Series(cats[members]) if len(members) else pd.Series(dtype=object)
        counts = member_cats.value_counts()
        uncovered = [
            w for w in top
            if not any(w in c for c in all_cues) and not any(c in w for c in strong_cues)
        ]
        share = round(float(counts.iloc[0] / len(members)), 3) if len(counts) else 0.0
        other_share = round(float((member_cats == OTHER).mean()), 3) if len(members) else 0.0
        rows.append(
            {
                "topic": t,
                "terms": top,
                "n_statements": len(members),
                "top_category": counts.index[0] if len(counts) else OTHER,
                "category_share": share,
                "other_share": other_share,
                "uncovered_terms": uncovered,
                "candidate": bool(
                    len(members)
                    and (
                        other_share >= 0.5
                        or share < 0.4
                        or 2 * len(uncovered) >= len(top)
                        or bool(top and top[0] in uncovered)
                    )
                ),
                "examples": [texts[i] for i in members[:3]],
            }
        )
    return pd.DataFrame(rows, columns=columns).sort_values(
        "n_statements", ascending=False, kind="stable"
    ).reset_index(drop=True)
