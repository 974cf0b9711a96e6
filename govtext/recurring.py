"""Problem statements across a corpus: recurring categories and suggested new topics.

:func:`recurring_issues` builds the category × document (or year, org …) matrix of the
statements :func:`govtext.extract_issues` finds; :func:`suggest_issue_topics` clusters
statements to show what the taxonomy does not cover yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from govtext._params import NONNEGATIVE_INT, POSITIVE_INT, STR, Choice, validate_params
from govtext._util import ParameterError, check_choice, check_positive_int
from govtext.compare import term_analyzer
from govtext.config import Config
from govtext.corpus import as_corpus, doc_ids, extract_issues
from govtext.issues import categorize_issues
from govtext.taxonomy import OTHER, STRONG, IssueTaxonomy, load_issue_taxonomy

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["recurring_issues", "suggest_issue_topics"]


@validate_params({"by": STR, "n_jobs": POSITIVE_INT})
def recurring_issues(
    corpus: Any,
    *,
    by: str = "doc_id",
    n_jobs: int = 1,
    issues: pd.DataFrame | None = None,
    config: Config | None = None,
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
    config : Config, optional
        Issue taxonomy and policies (:class:`govtext.Config`).

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
        frame = as_corpus(corpus, "recurring_issues")
        issues = extract_issues(frame, n_jobs=n_jobs, config=config, progress=False)
    else:
        frame = as_corpus(corpus, "recurring_issues")
    frame = frame.assign(doc_id=doc_ids(frame, "recurring_issues"))
    if by not in frame.columns:
        raise ParameterError(
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


@validate_params(
    {
        "n_topics": POSITIVE_INT,
        "n_terms": POSITIVE_INT,
        "method": Choice("nmf", "kmeans"),
        "random_state": NONNEGATIVE_INT,
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
    (:class:`~govtext.tokenizer.Tokenizer`, stopwords removed) and decomposed with NMF
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

    from govtext.lexicon import load_stopwords

    check_positive_int(n_topics, "n_topics", "suggest_issue_topics")
    check_positive_int(n_terms, "n_terms", "suggest_issue_topics")
    check_choice(method, "method", "suggest_issue_topics", ("nmf", "kmeans"))
    tax = taxonomy if taxonomy is not None else load_issue_taxonomy()
    if isinstance(statements, pd.DataFrame):
        if "statement" in statements.columns:
            texts = statements["statement"].astype(str).tolist()
        else:
            texts = extract_issues(statements, progress=False)["statement"].tolist()
    else:
        texts = [str(s) for s in statements]
    columns = ["topic", "terms", "n_statements", "top_category", "category_share",
               "other_share", "uncovered_terms", "candidate", "examples"]
    if len(texts) < 2:
        return pd.DataFrame(columns=columns)
    from sklearn.feature_extraction.text import TfidfVectorizer

    stop = frozenset(load_stopwords() | _GENERIC_TERMS)
    base = term_analyzer(stopwords=stop)

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
    all_cues = set(tax.cue_weights)
    strong_cues = {c for c, (_, w) in tax.cue_weights.items() if w == STRONG}
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
