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

import math
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from govtext._params import BOOL, NUMBER, POSITIVE_INT, Choice, validate_params
from govtext._util import ParameterError, check_choice, check_positive_int
from govtext.config import Config
from govtext.corpus import as_corpus, doc_ids

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt
    import pandas as pd

__all__ = ["keyness", "similarity", "term_counts", "text_reuse"]


# --------------------------------------------------------------------------- corpora


def _corpus_frame(corpus: Any, func: str = "compare") -> pd.DataFrame:
    """A DataFrame with ``doc_id`` and ``text`` from any accepted corpus form."""
    import pandas as pd

    if isinstance(corpus, Mapping):
        frame = pd.DataFrame({"doc_id": list(corpus.keys()), "text": list(corpus.values())})
    else:
        frame = as_corpus(corpus, func)
    if "doc_id" not in frame.columns:
        frame = frame.assign(doc_id=doc_ids(frame, func))
    bad = [type(t).__name__ for t in frame["text"] if not isinstance(t, str)]
    if bad:
        raise TypeError(f"{func}: every text must be a str; got {bad[0]}")
    return cast("pd.DataFrame", frame)


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


@validate_params({"min_count": POSITIVE_INT, "stopwords": BOOL, "per": POSITIVE_INT})
def keyness(
    group_a: Any,
    group_b: Any = None,
    *,
    by: str | None = None,
    target: Any = None,
    min_count: int = 3,
    stopwords: bool = True,
    per: int = 10_000,
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
        frame = _corpus_frame(group_a, "keyness")
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
        texts_a = _corpus_frame(group_a, "keyness")["text"].tolist()
        texts_b = _corpus_frame(group_b, "keyness")["text"].tolist()
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
    frame = _corpus_frame(corpus, "similarity")
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


# --------------------------------------------------------------------------- text reuse

_BASE = 0x100000001B3  # 64-bit FNV prime, odd
_MIX = 0x9E3779B97F4A7C15


def _stream(text: str, ignore_punct: bool) -> tuple[str, npt.NDArray[np.int64]]:
    """Characters compared for reuse, and the source position of each.

    The text is normalized (width folding, invisible characters); whitespace is left
    out, and punctuation too when ``ignore_punct``.
    """
    import numpy as np

    from govtext.normalization import normalize_with_offsets

    nt = normalize_with_offsets(text)
    keep = [
        i for i, ch in enumerate(nt.text)
        if not ch.isspace() and (not ignore_punct or ch.isalnum())
    ]
    stream = "".join(nt.text[i] for i in keep)
    src = nt.index[np.asarray(keep, dtype=np.int64)] if keep else np.zeros(0, np.int64)
    return stream, src.astype(np.int64)


def _kgram_hashes(stream: str, k: int) -> npt.NDArray[np.uint64]:
    """Polynomial hashes (mod 2**64) of every k-gram of ``stream``, mixed."""
    import numpy as np

    n = len(stream) - k + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    codes = np.frombuffer(stream.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    base = np.uint64(_BASE)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * base + codes[j : j + n]
        h ^= h >> np.uint64(29)
        h *= np.uint64(_MIX)
        h ^= h >> np.uint64(32)
    return h


def _winnow(h: npt.NDArray[np.uint64], w: int) -> npt.NDArray[np.int64]:
    """Positions selected by winnowing (every window of ``w`` hashes keeps its minimum)."""
    import numpy as np

    n = len(h)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    if w <= 1 or n <= w:
        if n <= w:
            return np.asarray([int(np.argmin(h))], dtype=np.int64)
        return np.arange(n, dtype=np.int64)
    from numpy.lib.stride_tricks import sliding_window_view

    # window j covers h[j : j + w]; position i is kept if it is the minimum of a window
    mins = sliding_window_view(h, w).min(axis=1)  # len n - w + 1
    # the largest window minimum among the windows that contain i
    padded = np.concatenate([np.zeros(w - 1, dtype=np.uint64), mins,
                             np.zeros(w - 1, dtype=np.uint64)])
    best = sliding_window_view(padded, w).max(axis=1)[: n]
    return np.flatnonzero(h == best).astype(np.int64)


@validate_params(
    {
        "min_chars": POSITIVE_INT,
        "ignore_punct": BOOL,
        "kgram": POSITIVE_INT,
        "max_doc_share": NUMBER,
    }
)
def text_reuse(
    corpus: Any,
    *,
    min_chars: int = 50,
    ignore_punct: bool = True,
    kgram: int = 8,
    max_doc_share: float = 1.0,
) -> pd.DataFrame:
    r"""Passages of at least ``min_chars`` characters shared between reports.

    Every maximal passage that two documents share is found, as long as it has at
    least ``min_chars`` compared characters: the texts are normalized, whitespace (and,
    with ``ignore_punct``, punctuation) is set aside, every ``kgram``-character shingle
    is hashed, a winnowing window of ``min_chars - kgram + 1`` shingles keeps the
    fingerprints (so that any shared passage of ``min_chars`` characters shares at least
    one fingerprint, Schleimer et al. 2003), the fingerprints shared by two documents
    are checked character by character and extended left and right to the maximal
    common passage.  The work grows with the corpus size and the amount of shared text,
    not with the square of the document lengths.

    Parameters
    ----------
    corpus : corpus
        DataFrame (``doc_id``, ``text``), mapping ``{doc_id: text}`` or paths.
    min_chars : int, default 50
        Minimum length of a reported passage, in compared characters (Han characters,
        letters and digits when ``ignore_punct``; also punctuation otherwise).
    ignore_punct : bool, default True
        Compare texts without their punctuation, so ``不敢腐、不能腐`` matches
        ``不敢腐不能腐``.
    kgram : int, default 8
        Shingle length (at most ``min_chars``).
    max_doc_share : float, default 1.0
        Ignore fingerprints found in more than this share of the documents (lower it,
        e.g. to 0.5, to skip formulas every report repeats in large corpora).

    Returns
    -------
    pandas.DataFrame
        One row per shared passage and pair of documents: ``doc_a``, ``doc_b`` (in
        corpus order), ``start_a``, ``end_a``, ``start_b``, ``end_b`` (source offsets
        in each text), ``n_chars`` (compared characters) and ``text`` (the passage as
        it reads in document A); longest first.

    Examples
    --------
    >>> shared = "严格落实全面从严治党主体责任，认真履行一岗双责，坚持把纪律和规矩挺在前面。"
    >>> docs = {"a": "今年以来，" + shared + "成效明显。", "b": "我们" + shared}
    >>> r = text_reuse(docs, min_chars=20)
    >>> r[["doc_a", "doc_b", "start_a", "start_b", "n_chars"]].values.tolist()
    [['a', 'b', 5, 2, 34]]
    >>> r.loc[0, "text"] == docs["a"][5:41] == docs["b"][2:38]
    True
    """
    import pandas as pd

    check_positive_int(min_chars, "min_chars", "text_reuse")
    check_positive_int(kgram, "kgram", "text_reuse")
    if not (isinstance(max_doc_share, (int, float)) and 0 < max_doc_share <= 1):
        raise ParameterError(
            "The 'max_doc_share' parameter of text_reuse must be a float in (0, 1]. "
            f"Got {max_doc_share!r} instead."
        )
    frame = _corpus_frame(corpus, "text_reuse")
    ids = frame["doc_id"].tolist()
    texts = frame["text"].tolist()
    k = min(kgram, min_chars)
    streams, sources, fingerprints = _fingerprints(texts, ignore_punct, k, min_chars - k + 1,
                                                  min_chars)
    columns = ["doc_a", "doc_b", "start_a", "end_a", "start_b", "end_b", "n_chars", "text"]
    if fingerprints is None:
        return cast("pd.DataFrame", pd.DataFrame(columns=columns))
    n_docs_per_h = fingerprints.groupby("h")["doc"].transform("nunique")
    limit = max(2, math.floor(max_doc_share * len(texts)))
    shared = fingerprints[(n_docs_per_h >= 2) & (n_docs_per_h <= limit)]
    found = _shared_passages(shared, streams, k, min_chars)
    rows = []
    for (da, db, s_a, s_b), length in found.items():
        src_a, src_b = sources[da], sources[db]
        a0, a1 = int(src_a[s_a]), int(src_a[s_a + length - 1]) + 1
        b0, b1 = int(src_b[s_b]), int(src_b[s_b + length - 1]) + 1
        rows.append(
            {"doc_a": ids[da], "doc_b": ids[db], "start_a": a0, "end_a": a1,
             "start_b": b0, "end_b": b1, "n_chars": length, "text": texts[da][a0:a1],
             "_order": (da, db, a0)}
        )
    if not rows:
        return cast("pd.DataFrame", pd.DataFrame(columns=columns))
    result: pd.DataFrame = pd.DataFrame(rows)
    result = result.sort_values(["n_chars", "_order"], ascending=[False, True], kind="stable")
    result = result[columns].reset_index(drop=True)
    return cast(
        "pd.DataFrame",
        result.astype({c: "int64" for c in ("start_a", "end_a", "start_b", "end_b", "n_chars")}),
    )


def _fingerprints(
    texts: list[str], ignore_punct: bool, k: int, w: int, min_chars: int
) -> tuple[list[str], list[npt.NDArray[np.int64]], pd.DataFrame | None]:
    """Each text's stream and source map, and the winnowed k-gram fingerprints of all.

    The fingerprints table has the columns ``h`` (hash), ``doc`` and ``pos`` (in the
    stream); None when fewer than two texts are long enough.
    """
    import numpy as np
    import pandas as pd

    streams: list[str] = []
    sources: list[npt.NDArray[np.int64]] = []
    hashes, docs, positions = [], [], []
    for i, text in enumerate(texts):
        stream, src = _stream(text, ignore_punct)
        streams.append(stream)
        sources.append(src)
        if len(stream) < min_chars:
            continue
        h = _kgram_hashes(stream, k)
        sel = _winnow(h, w)
        hashes.append(h[sel])
        positions.append(sel)
        docs.append(np.full(len(sel), i, dtype=np.int64))
    if len(hashes) < 2:
        return streams, sources, None
    fp = pd.DataFrame(
        {"h": np.concatenate(hashes), "doc": np.concatenate(docs),
         "pos": np.concatenate(positions)}
    ).drop_duplicates(["h", "doc", "pos"])
    return streams, sources, fp


def _extend(sa: str, sb: str, pa: int, pb: int, k: int) -> tuple[int, int, int]:
    """The longest common run of ``sa`` and ``sb`` through the k-grams at ``pa``, ``pb``.

    Returns ``(start_a, start_b, length)``.
    """
    s_a, s_b = pa, pb
    while s_a > 0 and s_b > 0 and sa[s_a - 1] == sb[s_b - 1]:
        s_a -= 1
        s_b -= 1
    e_a, e_b = pa + k, pb + k
    while e_a < len(sa) and e_b < len(sb) and sa[e_a] == sb[e_b]:
        e_a += 1
        e_b += 1
    return s_a, s_b, e_a - s_a


def _shared_passages(
    fingerprints: pd.DataFrame, streams: list[str], k: int, min_chars: int
) -> dict[tuple[int, int, int, int], int]:
    """Passages two documents share: ``(doc_a, doc_b, start_a, start_b) -> length``.

    Every pair of documents with a common fingerprint is extended to the longest common
    run, once per diagonal stretch already covered.
    """
    found: dict[tuple[int, int, int, int], int] = {}
    covered: dict[tuple[int, int, int], list[tuple[int, int]]] = {}
    for _, group in fingerprints.groupby("h", sort=False):
        occ = list(zip(group["doc"].tolist(), group["pos"].tolist(), strict=True))
        for x in range(len(occ)):
            for y in range(x + 1, len(occ)):
                (da, pa), (db, pb) = sorted((occ[x], occ[y]))
                if da == db:
                    continue
                diag = (da, db, pa - pb)
                if any(s <= pa < e for s, e in covered.get(diag, ())):
                    continue
                sa, sb = streams[da], streams[db]
                if sa[pa : pa + k] != sb[pb : pb + k]:
                    continue  # hash collision
                s_a, s_b, length = _extend(sa, sb, pa, pb, k)
                covered.setdefault(diag, []).append((s_a, s_a + length))
                if length >= min_chars:
                    found[(da, db, s_a, s_b)] = length
    return found
