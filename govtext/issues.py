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

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from govtext._patterns import DEFICIENCY_STATEMENT_RE
from govtext._util import HAN_RE
from govtext.sections import SectionColumns, clause_spans
from govtext.taxonomy import OTHER, IssueTaxonomy, load_issue_taxonomy

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from govtext.normalization import NormalizedText

__all__ = [
    "ISSUE_COLUMNS",
    "categorize_issues",
    "extract_issues",
    "issue_rows",
    "issue_spans",
    "issues_frame",
]

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

    from govtext.normalization import normalize

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
_DEFICIENCY_RE = DEFICIENCY_STATEMENT_RE
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
_HAN_RE = HAN_RE  # the one definition of a Han character (govtext._util.HAN)


_CLAUSE_END = set("。！？；!?;”’」』")


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
    for a, b in clause_spans(norm, s, e):
        if a > s and _RESOLUTION_RE.match(norm, a, b):
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
    for a, b in clause_spans(norm, s, e):
        if norm[b - 1] not in _CLAUSE_END and norm[b:e].strip():
            continue  # a line without an end (a heading), not at the passage's end
        ss, se = _trim(norm, a, b)
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
    from govtext.normalization import normalize_with_offsets

    nt = normalize_with_offsets(text)
    out = []
    for ps, pe in passages:
        ns, ne = nt.from_source(ps), nt.from_source(pe)
        for a, b, mk in _statements_in(nt.text, ns, ne):
            out.append((*nt.span_to_source(a, b), mk))
    return out


def _problem_sections(sections: pd.DataFrame | SectionColumns) -> list[tuple[int, int, int, str]]:
    """Outermost problems sections: ``(row index, start, end, heading)``, by position."""
    if sections is None or len(sections) == 0 or "kind" not in sections.columns:
        return []
    import numpy as np

    keep = np.asarray(sections["kind"] == "problems", dtype=bool)
    if not keep.any():
        return []
    if "inline" in sections.columns:
        inline = sections["inline"]
        if hasattr(inline, "fillna"):  # a table's column may hold missing values
            inline = inline.fillna(False).astype(bool)
        keep = keep & ~np.asarray(inline, dtype=bool)
    sel = np.flatnonzero(keep)
    starts = np.asarray(sections["start"])[sel]
    sel = sel[np.argsort(starts, kind="quicksort")]  # as sort_values("start")
    labels = sections.index[sel].tolist()
    headings = (
        np.asarray(sections["heading"], dtype=object)[sel].tolist()
        if "heading" in sections.columns
        else [""] * len(sel)
    )
    spans: list[tuple[int, int, int, str]] = []
    for idx, s, e, heading in zip(
        labels,
        np.asarray(sections["start"])[sel].tolist(),
        np.asarray(sections["end"])[sel].tolist(),
        headings,
        strict=True,
    ):
        s, e = int(s), int(e)
        if spans and s < spans[-1][2]:
            continue  # nested in a problems section already taken
        spans.append((int(idx), s, e, "" if heading is None else str(heading)))
    return spans


def issue_rows(
    text: str,
    sections: pd.DataFrame | SectionColumns,
    taxonomy: IssueTaxonomy,
    nt: NormalizedText | None = None,
) -> list[dict[str, Any]]:
    r"""The rows of :func:`extract_issues` as dicts, from sections already segmented.

    Examples
    --------
    >>> import pandas as pd
    >>> secs = pd.DataFrame({"kind": ["problems"], "heading": ["存在问题"],
    ...                      "start": [0], "end": [18]})
    >>> rows = issue_rows("存在问题\n一是学习不够深入。", secs, load_issue_taxonomy())
    >>> [r["statement"] for r in rows]
    ['学习不够深入。']
    """
    from govtext.normalization import normalize_with_offsets

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


def issues_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The table of :func:`extract_issues` from :func:`issue_rows`.

    Examples
    --------
    >>> list(issues_frame([]).columns)[:4]
    ['statement', 'category', 'start', 'end']
    """
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
    text: str, *, sections: pd.DataFrame | None = None,
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
    text : str
        Source text (``govtext.extract_issues`` also takes a Document or a corpus).
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
    from govtext.normalization import normalize_with_offsets
    from govtext.sections import segment_sections

    if not isinstance(text, str):
        raise TypeError(f"extract_issues expects a str, got {type(text).__name__}")
    nt = normalize_with_offsets(text)
    tax = taxonomy if taxonomy is not None else load_issue_taxonomy()
    secs = sections if sections is not None else segment_sections(text, normalized=nt)
    return issues_frame(issue_rows(text, secs, tax, nt))
