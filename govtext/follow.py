r"""Follow-through: whether the year's targets came true and the plans reappear as done.

:func:`follow_through` links the target an issuer set for an indicator in the document
of year *t* to the outcome for year *t* the same issuer reports in its document of year
*t + 1*.  :func:`commitment_follow_through` links the commitments of a plan of year *t*
to the review of year *t + 1* by text similarity.

The rule of ``met``
-------------------
``met`` compares the outcome *o* with the target *v* (range *v*–*h*) by the target's
modifier.  Outcomes are reported to one decimal, so the rounding tolerance *tol* is
0.05 (half a unit of that decimal): an outcome that reaches a bound once rounded as the
report rounds it counts as reaching it.

========================  ========================================================
modifier                  met when
========================  ========================================================
左右, 约                   \|o − v\| ≤ 0.5 for percentages (and percentage points),
                          ≤ 5 % of *v* otherwise
以上, 不低于, 不少于,        o ≥ v − tol
超过, 达到, 力争
以内, 以下, 不超过, 不高于   o ≤ v + tol
a range (v–h)             v − tol ≤ o ≤ h + tol, whatever the modifier
none                      o ≥ v − tol (a growth target is a floor)
========================  ========================================================

Masked targets or outcomes (``**%``) give ``met`` = NA.

``gap`` is the outcome minus the target (minus the nearer bound of a range; 0 inside
it), and ``status`` says which way a target that was not met was missed: ``"met"``,
``"above"`` (the outcome exceeded what the rule allows: growth well beyond a 左右
target, a ceiling overshot) or ``"below"``; NA when masked.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from govtext._params import NUMBER, POSITIVE_INT, PROGRESS, validate_params
from govtext.corpus import extract_targets

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from govtext.config import Config

__all__ = [
    "FOLLOW_COLUMNS", "TOLERANCE", "commitment_follow_through", "follow_through", "target_met",
]

#: Columns of :func:`follow_through`.
FOLLOW_COLUMNS: tuple[str, ...] = (
    "issuer", "doc_type", "indicator", "year", "target", "target_high", "modifier",
    "outcome", "met", "gap", "status", "target_doc", "outcome_doc",
)
_ABOUT = ("左右", "约")
_FLOOR = ("以上", "不低于", "不少于", "超过", "达到", "力争")
_CEILING = ("以内", "以下", "不超过", "不高于")


#: Rounding tolerance of ``met``: half a unit of the one decimal outcomes are reported to.
TOLERANCE = 0.05


def target_met(
    outcome: float, target: float, target_high: float = math.nan, modifier: str = "",
    unit: str = "%",
) -> bool | None:
    """Whether ``outcome`` meets the target, by the rule of the module (None when unknown).

    Examples
    --------
    >>> target_met(5.2, 5.0, modifier="左右"), target_met(2.3, 6.0, modifier="以上")
    (True, False)
    >>> target_met(6.1, 6.0, 6.5), target_met(6.6, 6.0, 6.5), target_met(7.5, 7.5)
    (True, False, True)
    """
    if any(isinstance(x, float) and math.isnan(x) for x in (outcome, target)):
        return None
    tol = TOLERANCE
    if not (isinstance(target_high, float) and math.isnan(target_high)):
        return bool(target - tol <= outcome <= target_high + tol)
    if modifier in _ABOUT:
        band = 0.5 if unit in ("%", "‰") or unit.endswith("百分点") else 0.05 * abs(target)
        return bool(abs(outcome - target) <= band + 1e-9)
    if modifier in _CEILING:
        return bool(outcome <= target + tol)
    return bool(outcome >= target - tol)


def _gap(outcome: float, target: float, target_high: float) -> float:
    """Outcome minus the target (minus the nearer bound of a range, 0 inside it)."""
    if isinstance(target_high, float) and not math.isnan(target_high):
        if outcome > target_high:
            return round(outcome - target_high, 6)
        return round(min(0.0, outcome - target), 6)
    return round(outcome - target, 6)


def _status(met: bool | None, gap: float) -> str | None:
    if met is None:
        return None
    if met:
        return "met"
    return "above" if gap > 0 else "below"


def _pick(rows: pd.DataFrame) -> pd.Series:
    """The row stated first in the document (the headline statement)."""
    first: pd.Series = rows.sort_values("start", kind="stable").iloc[0]
    return first


@validate_params({"n_jobs": POSITIVE_INT, "progress": PROGRESS})
def follow_through(
    corpus: Any,
    *,
    indicators: Any = None,
    targets: pd.DataFrame | None = None,
    config: Config | None = None,
    n_jobs: int = 1,
    client: Any = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    r"""Targets of year *t* against the outcomes reported for *t* in the document of *t + 1*.

    Parameters
    ----------
    corpus : DataFrame, path or list of paths
        Documents with ``year`` and, for the issuer, ``org`` and ``doc_type``
        metadata (missing ones count as one issuer).
    indicators : mapping, path or IndicatorSynonyms, optional
        The synonym table that gives indicators their canonical key (default: the
        packaged ``data/indicator_synonyms.tsv``; a ``{written name: key}`` mapping or a
        TSV file with columns ``key, surface, units`` replaces it).  Names are matched
        across years by this key (国内生产总值, 经济增长, 国民生产总值 → ``gdp_growth``).
    targets : DataFrame, optional
        The corpus's :func:`govtext.extract_targets` table, when already computed.
    config, n_jobs, client, progress
        As for :func:`govtext.extract_targets`.

    Returns
    -------
    pandas.DataFrame
        One row per issuer, indicator (canonical key) and year *t* with a target in the
        document of *t* (``kind == "target"``, period *t*) and an outcome for *t* in the
        document of *t + 1* (``kind == "outcome"``, period *t*): ``issuer, doc_type,
        indicator, year, target, target_high, modifier, outcome, met, gap, status,
        target_doc, outcome_doc`` (``gap`` and ``status`` as in the module's
        documentation).  When a document states a figure more than once, the first
        statement counts.  ``met`` follows the rule in the module's documentation.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "year": [2023, 2024],
    ...     "org": ["国务院"] * 2, "doc_type": ["report"] * 2,
    ...     "text": ["今年的预期目标：国内生产总值增长5%左右。",
    ...              "去年国内生产总值增长5.2%。今年经济增长预期目标为5%左右。"]})
    >>> follow_through(corpus)[["indicator", "year", "target", "outcome", "met"]].values.tolist()
    [['gdp_growth', 2023, 5.0, 5.2, True]]
    """
    import pandas as pd

    from govtext.corpus import as_corpus
    from govtext.targets import as_synonyms

    frame = as_corpus(corpus, "follow_through")
    table = targets if targets is not None else extract_targets(
        frame, config=config, n_jobs=n_jobs, client=client, progress=progress)
    syn = as_synonyms(indicators)
    rows: list[dict[str, Any]] = []
    if len(table):
        table = table.assign(
            key=[syn.key(i, u) for i, u in zip(table["indicator"], table["unit"], strict=True)],
            issuer=table["org"].fillna("") if "org" in table else "",
            doc_type=table["doc_type"].fillna("") if "doc_type" in table else "",
        )
        table = table[(table["key"] != "") & table["year"].notna()]
        table = table.assign(year=table["year"].astype(int),
                             period=table["period"].astype(str))
        for (issuer, doc_type, key), group in table.groupby(
                ["issuer", "doc_type", "key"], sort=True):
            goals = group[(group["kind"] == "target")
                          & (group["period"] == group["year"].astype(str))]
            results = group[group["kind"] == "outcome"]
            for year, goal_rows in goals.groupby("year", sort=True):
                found = results[(results["year"] == year + 1)
                                & (results["period"] == str(year))]
                if found.empty:
                    continue
                goal, result = _pick(goal_rows), _pick(found)
                met, gap = None, math.nan
                if not (goal["masked"] or result["masked"]):
                    met = target_met(float(result["value"]), float(goal["value"]),
                                     float(goal["value_high"]), str(goal["modifier"]),
                                     str(goal["unit"]))
                    gap = _gap(float(result["value"]), float(goal["value"]),
                               float(goal["value_high"]))
                rows.append({
                    "issuer": issuer, "doc_type": doc_type, "indicator": key,
                    "year": int(year), "target": goal["value"],
                    "target_high": goal["value_high"], "modifier": goal["modifier"],
                    "outcome": result["value"], "met": met, "gap": gap,
                    "status": _status(met, gap),
                    "target_doc": goal.get("doc_id", ""), "outcome_doc": result.get("doc_id", ""),
                })
    out = pd.DataFrame(rows, columns=list(FOLLOW_COLUMNS))
    typed: pd.DataFrame = out.astype({"year": "int64", "target": "float64",
                                      "target_high": "float64", "outcome": "float64",
                                      "met": "boolean", "gap": "float64",
                                      "status": "string"})
    return typed


def _follow_units(doc: Any) -> pd.DataFrame:
    """A document's commitments and the sentences of its review sections, one table."""
    import pandas as pd

    from govtext.sections import section_kind_at

    com = doc.commitments[["sentence", "start", "end"]].assign(unit="commitment")
    sents = doc.sentences
    kinds = (section_kind_at(doc.sections, sents["start"].to_numpy()) if len(doc.sections)
             else [])
    keep = [k == "review" for k in kinds] if len(kinds) else [False] * len(sents)
    rev = sents.loc[keep, ["sentence", "start", "end"]].assign(unit="review")
    out: pd.DataFrame = pd.concat([com, rev], ignore_index=True)
    return out


@validate_params({"min_similarity": NUMBER, "n_jobs": POSITIVE_INT, "progress": PROGRESS})
def commitment_follow_through(
    corpus: Any,
    *,
    min_similarity: float = 0.3,
    config: Config | None = None,
    n_jobs: int = 1,
    client: Any = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    r"""Which commitments of year *t* reappear in the review of year *t + 1*.

    The commitments of each document (:func:`govtext.extract_commitments`) are compared
    with the sentences of the review sections (kind ``review``) of the same issuer's
    (``org`` and ``doc_type``) document of the next year, by the cosine similarity of
    TF-IDF vectors of character 2- and 3-grams (scikit-learn).  A commitment is
    ``done`` when its most similar review sentence reaches ``min_similarity``.

    Parameters
    ----------
    corpus : DataFrame, path or list of paths
    min_similarity : float, default 0.3
        Threshold on the cosine similarity, between 0 and 1.
    config, n_jobs, client, progress
        As for :func:`govtext.extract_commitments`.

    Returns
    -------
    pandas.DataFrame
        One row per commitment of a document that has a next-year document of the same
        issuer: ``issuer, doc_type, year, doc_id, commitment, start, end, review_doc,
        best_match, similarity, done``; ``DataFrame.attrs["share_done"]`` holds the share
        of commitments done, per issuer and year (``{(issuer, doc_type, year): share}``).

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "year": [2022, 2023],
    ...     "org": ["市委"] * 2, "doc_type": ["work_plan"] * 2, "text": [
    ...     "2022年工作要点\n一、主要任务\n全年开展集中学习不少于12次。建设廉洁文化基地。",
    ...     "2023年工作要点\n一、2022年工作回顾\n全年开展集中学习12次。\n二、主要任务\n改革。"]})
    >>> commitment_follow_through(corpus)["done"].tolist()
    [True, False]
    """
    import pandas as pd

    from govtext._util import ParameterError, require
    from govtext.corpus import as_corpus, doc_ids, per_document

    if not 0.0 <= float(min_similarity) <= 1.0:
        raise ParameterError(
            "The 'min_similarity' parameter of commitment_follow_through must be a number "
            f"between 0 and 1. Got {min_similarity!r} instead.")
    require("sklearn", "scikit-learn", "commitment_follow_through")
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    frame = as_corpus(corpus, "commitment_follow_through")
    frame = frame.assign(doc_id=doc_ids(frame, "commitment_follow_through"))
    # one Document per text: its commitments and its review sentences from one analysis
    units = per_document(frame, _follow_units, func="commitment_follow_through",
                         config=config, n_jobs=n_jobs, client=client, progress=progress)
    commitments = units[units["unit"] == "commitment"]
    review: dict[str, list[str]] = {
        str(doc_id): group["sentence"].tolist()
        for doc_id, group in units[units["unit"] == "review"].groupby("doc_id", sort=False)
    }
    meta = frame.assign(
        issuer=frame["org"].fillna("") if "org" in frame else "",
        doc_type=frame["doc_type"].fillna("") if "doc_type" in frame else "",
    )[["doc_id", "issuer", "doc_type", "year"]].dropna(subset=["year"])
    meta = meta.assign(year=meta["year"].astype(int))
    by_key = {(r.issuer, r.doc_type, r.year): r.doc_id for r in meta.itertuples()}
    columns = ["issuer", "doc_type", "year", "doc_id", "commitment", "start", "end",
               "review_doc", "best_match", "similarity", "done"]
    rows: list[dict[str, Any]] = []
    shares: dict[tuple[str, str, int], float] = {}
    for r in meta.itertuples():
        nxt = by_key.get((r.issuer, r.doc_type, r.year + 1))
        if nxt is None:
            continue
        mine = commitments[commitments["doc_id"] == r.doc_id]
        targets_text = review.get(str(nxt), [])
        if mine.empty:
            continue
        if targets_text:
            vec = TfidfVectorizer(analyzer="char", ngram_range=(2, 3))
            vec.fit(list(mine["sentence"]) + targets_text)
            sim = cosine_similarity(vec.transform(mine["sentence"]), vec.transform(targets_text))
            best = sim.argmax(axis=1)
            scores = sim.max(axis=1)
        done_count = 0
        for i, c in enumerate(mine.itertuples()):
            score = float(scores[i]) if targets_text else 0.0
            match = targets_text[int(best[i])] if targets_text else ""
            done = score >= float(min_similarity)
            done_count += done
            rows.append({"issuer": r.issuer, "doc_type": r.doc_type, "year": r.year,
                         "doc_id": r.doc_id, "commitment": c.sentence, "start": c.start,
                         "end": c.end, "review_doc": nxt, "best_match": match,
                         "similarity": score, "done": done})
        shares[(r.issuer, r.doc_type, r.year)] = done_count / len(mine)
    result: pd.DataFrame = pd.DataFrame(rows, columns=columns)
    result.attrs["share_done"] = shares
    return result
