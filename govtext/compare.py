r"""Comparisons between reports: keyness, similarity and text reuse.

* :func:`keyness` — which terms are over-used in one group of reports compared with
  another: log-likelihood ``G2`` (significance) with the log ratio (effect size), on the
  slogan-aware tokens of :class:`~govtext.tokenizer.Tokenizer`.
* :func:`similarity` — TF-IDF cosine similarity between every pair of documents.
* :func:`text_reuse` — passages of at least ``min_chars`` characters shared between
  reports (boilerplate copied from one report into another), with their positions in
  both source texts.

A *corpus* here is a DataFrame from :func:`govtext.read_corpus` (``text`` and ``doc_id``
columns), a mapping ``{doc_id: text}``, or paths that :func:`govtext.read_corpus` reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from govtext._params import BOOL, POSITIVE_INT, Choice, validate_params
from govtext._util import ParameterError, check_choice, check_positive_int
from govtext.config import Config
from govtext.corpus import text_frame
from govtext.reuse import mask_boilerplate, text_reuse

if TYPE_CHECKING:  # pragma: no cover
    import numpy.typing as npt
    import pandas as pd

__all__ = ["keyness", "similarity", "term_counts", "text_reuse"]


# --------------------------------------------------------------------------- corpora


# --------------------------------------------------------------------------- tokens


def _is_term(token: str) -> bool:
    """Whether a token is a countable term (has a letter or Han character, not a mask)."""
    return any(ch.isalpha() for ch in token) and not (set(token) <= set("XxＸｘ×○□＊*"))


@lru_cache(maxsize=4)
def term_analyzer(
    stopwords: frozenset[str] = frozenset(), config: Config | None = None
) -> Callable[[str], list[str]]:
    """A scikit-learn analyzer: slogan-aware tokens, without punctuation or stopwords.

    Examples
    --------
    >>> term_analyzer(frozenset({"的"}))("落实“两个维护”的要求")
    ['落实', '两个维护', '要求']
    """
    from govtext.tokenizer import Tokenizer

    tok = Tokenizer(config=config)

    def analyze(text: str) -> list[str]:
        return [t for t in tok.cut(text) if _is_term(t) and t not in stopwords]

    return analyze


def term_counts(texts: Iterable[str], *, stopwords: bool = True) -> dict[str, int]:
    """Term counts over ``texts`` (slogan-aware tokens; punctuation and masks left out).

    Examples
    --------
    >>> term_counts(["加强党建，加强党建。"])["党建"]
    2
    """
    from collections import Counter

    from govtext.lexicon import load_stopwords

    analyze = term_analyzer(load_stopwords() if stopwords else frozenset())
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(analyze(text))
    return dict(counts)


# --------------------------------------------------------------------------- keyness


def _g2(a: npt.NDArray[Any], b: npt.NDArray[Any], c: float, d: float) -> npt.NDArray[Any]:
    import numpy as np

    total = a + b
    e1 = c * total / (c + d)
    e2 = d * total / (c + d)
    with np.errstate(divide="ignore", invalid="ignore"):
        t1 = np.where(a > 0, a * np.log(a / e1), 0.0)
        t2 = np.where(b > 0, b * np.log(b / e2), 0.0)
    out: npt.NDArray[Any] = 2.0 * (t1 + t2)
    return out


@validate_params(
    {
        "min_count": POSITIVE_INT,
        "stopwords": BOOL,
        "per": POSITIVE_INT,
        "boilerplate": Choice("keep", "mask"),
    }
)
def keyness(
    group_a: Any,
    group_b: Any = None,
    *,
    by: str | None = None,
    target: Any = None,
    min_count: int = 3,
    stopwords: bool = True,
    per: int = 10_000,
    boilerplate: str = "keep",
) -> pd.DataFrame:
    r"""Key terms of one group of reports against another (log-likelihood and log ratio).

    Call it with two corpora (``keyness(reports_2022, reports_2012)``), or with one
    corpus and a grouping: ``keyness(corpus, by="year", target=2022)`` compares the
    documents whose ``year`` is 2022 (or is in ``target`` when it is a list) with all
    the others.

    For a term with ``a`` occurrences among ``c`` tokens of group A and ``b`` among
    ``d`` tokens of group B, with expected counts ``E1 = c(a+b)/(c+d)`` and
    ``E2 = d(a+b)/(c+d)``:

    * ``g2 = 2 (a ln(a/E1) + b ln(b/E2))`` — Dunning's log-likelihood (Rayson &
      Garside 2000), compared with chi-square with one degree of freedom for
      ``p_value`` (3.84: p < 0.05; 10.83: p < 0.001; 15.13: p < 0.0001);
    * ``log_ratio = log2(((a+0.5)/c) / ((b+0.5)/d))`` — Hardie's (2014) effect size,
      the binary log of the ratio of relative frequencies (0.5 added so that a term
      absent from one group has a finite value): 1 means twice as frequent in A,
      -1 twice as frequent in B.

    Both directions are reported: ``key_for`` is ``"a"`` where the term is relatively
    more frequent in A, ``"b"`` where it is in B.

    Parameters
    ----------
    group_a : corpus
        Group A (or the whole corpus when ``by`` is given).
    group_b : corpus, optional
        Group B (the reference).  Not used with ``by``.
    by : str, optional
        Column of the corpus that defines the groups.
    target : scalar or list, optional
        Value(s) of ``by`` that make group A.
    min_count : int, default 3
        Minimum count of a term in both groups together.
    stopwords : bool, default True
        Leave out the packaged stopwords.
    per : int, default 10000
        Base of the normalised frequencies ``freq_a`` and ``freq_b``.
    boilerplate : {"keep", "mask"}, default "keep"
        ``"mask"`` leaves out passages repeated across the documents of both groups
        (licence footers, page chrome, templates; see :func:`govtext.find_boilerplate`).

    Returns
    -------
    pandas.DataFrame
        ``term, count_a, count_b, freq_a, freq_b`` (per ``per`` tokens), ``g2``,
        ``p_value``, ``log_ratio``, ``key_for``; sorted by ``g2``, largest first.
        ``attrs["tokens_a"]`` and ``attrs["tokens_b"]`` hold the group sizes.

    Examples
    --------
    >>> a = {"r1": "加强党建。" * 20, "r2": "完善制度。" * 20}
    >>> b = {"g1": "推进经济。" * 20, "g2": "完善制度。" * 20}
    >>> k = keyness(a, b).set_index("term")
    >>> int(k.loc["党建", "count_a"]), int(k.loc["党建", "count_b"]), k.loc["党建", "key_for"]
    (20, 0, 'a')
    >>> float(k.loc["党建", "g2"]) > 10.83, float(k.loc["经济", "log_ratio"]) < 0
    (True, True)
    >>> float(k.loc["制度", "g2"])
    0.0
    """
    import numpy as np
    import pandas as pd
    from scipy.stats import chi2

    check_positive_int(min_count, "min_count", "keyness")
    check_positive_int(per, "per", "keyness")
    if by is not None:
        if group_b is not None:
            raise ParameterError("keyness: give either group_b or by=..., not both.")
        frame = text_frame(group_a, "keyness")
        if by not in frame.columns:
            raise ParameterError(
                f"The 'by' parameter of keyness must be a column of the corpus. Got {by!r} instead."
            )
        targets = target if isinstance(target, (list, tuple, set, frozenset)) else [target]
        mask = frame[by].isin(list(targets))
        if not mask.any() or mask.all():
            raise ParameterError(
                f"keyness: target {target!r} of column {by!r} must select some documents but "
                "not all of them."
            )
        texts_a = frame.loc[mask, "text"].tolist()
        texts_b = frame.loc[~mask, "text"].tolist()
    else:
        if group_b is None:
            raise ParameterError("keyness needs a second group (group_b) or a grouping (by=...).")
        texts_a = text_frame(group_a, "keyness")["text"].tolist()
        texts_b = text_frame(group_b, "keyness")["text"].tolist()
    if boilerplate == "mask":
        both = mask_boilerplate({i: t for i, t in enumerate(texts_a + texts_b)})["text"].tolist()
        texts_a, texts_b = both[: len(texts_a)], both[len(texts_a) :]
    ca = term_counts(texts_a, stopwords=stopwords)
    cb = term_counts(texts_b, stopwords=stopwords)
    c = float(sum(ca.values()))
    d = float(sum(cb.values()))
    if c == 0 or d == 0:
        raise ValueError("keyness: a group has no terms to count.")
    terms = sorted(set(ca) | set(cb))
    a = np.array([ca.get(t, 0) for t in terms], dtype=float)
    b = np.array([cb.get(t, 0) for t in terms], dtype=float)
    keep = (a + b) >= min_count
    terms = [t for t, k in zip(terms, keep, strict=True) if k]
    a, b = a[keep], b[keep]
    g2 = _g2(a, b, c, d)
    g2 = np.where(np.abs(g2) < 1e-9, 0.0, g2)
    log_ratio = np.log2(((a + 0.5) / c) / ((b + 0.5) / d))
    result: pd.DataFrame = pd.DataFrame(
        {
            "term": terms,
            "count_a": a.astype("int64"),
            "count_b": b.astype("int64"),
            "freq_a": a / c * per,
            "freq_b": b / d * per,
            "g2": g2,
            "p_value": chi2.sf(g2, 1),
            "log_ratio": log_ratio,
            "key_for": np.where(a / c >= b / d, "a", "b"),
        }
    )
    result = result.sort_values(["g2", "term"], ascending=[False, True], kind="stable")
    result = result.reset_index(drop=True)
    result.attrs["tokens_a"] = int(c)
    result.attrs["tokens_b"] = int(d)
    return result


# --------------------------------------------------------------------------- similarity


@validate_params(
    {
        "analyzer": Choice("word", "char"),
        "stopwords": BOOL,
        "min_df": POSITIVE_INT,
        "sublinear_tf": BOOL,
    }
)
def similarity(
    corpus: Any,
    *,
    analyzer: str = "word",
    stopwords: bool = True,
    min_df: int = 1,
    sublinear_tf: bool = True,
) -> pd.DataFrame:
    """TF-IDF cosine similarity between every pair of documents.

    Parameters
    ----------
    corpus : corpus
        DataFrame (``doc_id``, ``text``), mapping ``{doc_id: text}`` or paths.
    analyzer : {"word", "char"}, default "word"
        ``word``: slogan-aware tokens (punctuation, masks and, with ``stopwords``, the
        packaged stopwords left out); ``char``: character 2- to 4-grams.
    stopwords : bool, default True
    min_df : int, default 1
        Ignore terms found in fewer documents.
    sublinear_tf : bool, default True
        Use ``1 + log(tf)``.

    Returns
    -------
    pandas.DataFrame
        Square, symmetric matrix indexed by ``doc_id`` on both axes, values in [0, 1],
        1 on the diagonal (for documents with at least one term).

    Examples
    --------
    >>> m = similarity({"a": "全面从严治党。压实主体责任。", "b": "全面从严治党。压实主体责任。",
    ...                 "c": "稳定经济增长。扩大有效投资。"})
    >>> round(float(m.loc["a", "b"]), 3), round(float(m.loc["a", "c"]), 3)
    (1.0, 0.0)
    """
    import numpy as np
    import pandas as pd
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    from govtext.lexicon import load_stopwords

    check_choice(analyzer, "analyzer", "similarity", ("word", "char"))
    check_positive_int(min_df, "min_df", "similarity")
    frame = text_frame(corpus, "similarity")
    ids = frame["doc_id"].tolist()
    if analyzer == "word":
        stop = load_stopwords() if stopwords else frozenset()
        vec = TfidfVectorizer(
            analyzer=term_analyzer(stop), min_df=min_df, sublinear_tf=sublinear_tf
        )
    else:
        vec = TfidfVectorizer(analyzer="char", ngram_range=(2, 4), min_df=min_df,
                              sublinear_tf=sublinear_tf)
    x = vec.fit_transform(frame["text"].tolist())
    sim = np.clip(cosine_similarity(x), 0.0, 1.0)
    return cast("pd.DataFrame", pd.DataFrame(sim, index=pd.Index(ids, name="doc_id"), columns=ids))
