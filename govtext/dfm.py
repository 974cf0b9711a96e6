"""Document-feature matrices with slogans whole, in the manner of quanteda's ``dfm``.

:func:`dfm` counts the words of each document (govtext's :class:`~govtext.Tokenizer`,
so 全面从严治党 and 四个意识 are one feature each) and its slogans by the counting rule of
:mod:`govtext.slogans`: a slogan counts every time it is written, also inside a longer
one, so a slogan's column holds exactly the count that :func:`govtext.stats`,
:func:`govtext.extract_slogans` (``nested=True``) and :func:`govtext.term_frequency`
report for that document.  :func:`top_features` ranks the features as quanteda's
``textstat_frequency`` does, and :func:`write_dfm` writes the matrix for R (Matrix
Market ``.mtx`` with a features and a docvars CSV).

Examples
--------
>>> import pandas as pd
>>> corpus = pd.DataFrame({"doc_id": ["a", "b"],
...     "text": ["树牢“四个意识”，坚持全面从严治党。", "增强“四个意识”。"]})
>>> m = dfm(corpus)
>>> m["四个意识"].sparse.to_dense().tolist(), m["从严治党"].sparse.to_dense().tolist()
([1, 1], [1, 0])
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from os import PathLike, fspath
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from govtext._util import ParameterError, check_positive_int
from govtext.config import Config, resolve_config
from govtext.corpus import as_corpus, doc_ids
from govtext.document import Document
from govtext.frequency import warn_dropped
from govtext.parallel import map_documents

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["DocumentFeatures", "dfm", "document_features", "top_features", "write_dfm"]

#: Corpus columns that are not docvars (the text itself, where it was read from).
_NOT_DOCVARS = ("text", "path", "encoding")


class DocumentFeatures(NamedTuple):
    """Counts of one document, as :func:`dfm` counts them."""

    #: Word tokens (no slogans, numbers, placeholders, punctuation or spaces).
    words: Counter[str]
    #: Slogans by canonical form, counted by the nested rule.
    slogans: Counter[str]
    #: Han characters of the document.
    n_han: int




def document_features(text: str, config: Any = None) -> DocumentFeatures:
    """The word and slogan counts of one text, as :func:`dfm` counts them.

    Parameters
    ----------
    text : str
        Source text.
    config : Config, optional
        Passed to :class:`govtext.document.Document`.

    Returns
    -------
    DocumentFeatures
        ``(words, slogans, n_han)``.

    Examples
    --------
    >>> f = document_features("坚持全面依法治国，树牢“四个意识”。")
    >>> sorted(f.slogans.items())
    [('依法治国', 1), ('全面依法治国', 1), ('四个意识', 1)]
    >>> sorted(f.words.items())
    [('坚持', 1), ('树牢', 1)]
    """
    from govtext.tokenizer import KINDS

    if not isinstance(text, str) or not text:
        return DocumentFeatures(Counter(), Counter(), 0)
    doc = Document(text, config=config)
    tokens, _, _, kinds = doc.token_arrays
    word = KINDS.index("word")
    words = Counter(t for t, k in zip(tokens, kinds.tolist(), strict=True) if k == word)
    # the one count of every view (stats, term_frequency, trends, word clouds)
    slogans = Counter(doc.slogan_hits["canonical"].tolist())
    return DocumentFeatures(words, slogans, doc.n_han)


def _corpus_frame(corpus: Any) -> pd.DataFrame:
    import pandas as pd

    if isinstance(corpus, pd.Series):
        corpus = pd.DataFrame({"doc_id": [str(i) for i in corpus.index], "text": corpus.tolist()})
    elif isinstance(corpus, Mapping):
        corpus = pd.DataFrame({"doc_id": list(corpus), "text": list(corpus.values())})
    frame = as_corpus(corpus, "dfm")
    named: pd.DataFrame = frame.assign(doc_id=doc_ids(frame, "dfm"))
    return named


def _stopword_set(stopwords: Any, config: Config) -> frozenset[str]:
    if stopwords is True:
        return config.stopword_set
    if stopwords is False or stopwords is None:
        return frozenset()
    if isinstance(stopwords, str) or not isinstance(stopwords, Iterable):
        raise ParameterError(
            "The 'stopwords' parameter of dfm must be a bool or an iterable of words. "
            f"Got {stopwords!r} instead."
        )
    return frozenset(str(w) for w in stopwords)


def _plain(value: Any) -> Any:
    """A value fit for JSON (attrs, file metadata): NA is None, numpy scalars Python."""
    try:
        import pandas as pd

        if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item") and not isinstance(value, str):
        try:
            return value.item()
        except (ValueError, AttributeError):
            return str(value)
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _missing(value: Any) -> bool:
    plain = _plain(value)
    return plain is None or (isinstance(plain, float) and math.isnan(plain))


def dfm(
    corpus: Any,
    *,
    by: str | None = None,
    min_count: int = 1,
    stopwords: bool | Iterable[str] = True,
    config: Any = None,
    n_jobs: int = 1,
    progress: bool | None = False,
) -> pd.DataFrame:
    """Document-feature matrix: one row per document (or ``by`` group), one column per feature.

    Parameters
    ----------
    corpus : DataFrame, mapping or path
        A corpus from :func:`govtext.read_corpus` (``text`` and ``doc_id``), a mapping of
        doc_id -> text, or paths to read with :func:`~govtext.read_corpus`.
    by : str, optional
        A corpus column (``year``, ``doc_type``, ``org`` ...): rows are its values,
        summed over their documents (quanteda's ``dfm_group``).  Documents without a
        value are left out (:class:`~govtext.MissingGroupWarning`, ``attrs["dropped"]``).
    min_count : int, default 1
        Keep features counted at least this many times in the whole corpus.
    stopwords : bool or iterable of str, default True
        Leave out the packaged stopwords (:func:`govtext.load_stopwords`), these words,
        or none (``False``).  Slogans are never stopwords.
    config : Config, optional
        Passed to :class:`govtext.document.Document` (lexicon, tokenizer, counting rule).
    n_jobs : int, default 1
        Worker processes for the per-document counts.
    progress : bool or None, default False
        A progress bar on stderr (``None``: only on a terminal).

    Returns
    -------
    pandas.DataFrame
        Sparse (``Sparse[int64, 0]`` columns; ``.sparse.to_coo()`` gives the SciPy
        matrix).  The index is ``doc_id`` (or the ``by`` values, sorted), the columns
        are the features, the most frequent first (ties by name).  Features are
        the words of :class:`~govtext.Tokenizer` (numbers, placeholders, punctuation
        and spaces left out) and the slogans by canonical form (variants merged).  A
        slogan's column counts every writing, also inside a longer slogan (the counting
        rule of :mod:`govtext.slogans`), so it equals the document's count in
        :func:`govtext.stats` and ``extract_slogans(text, nested=True)``; a word token
        spelled like a slogan (a lexicon form the slogan finder did not take there, e.g.
        inside a blocker) is not added to that column.  ``attrs``: ``slogans`` (the
        features that are slogans), ``docvars`` (a dict of columns: the corpus's
        metadata per row, or ``by``, ``n_docs`` and ``n_han`` per group; ``n_han`` per
        document too), ``by`` and ``dropped``.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b", "c"], "year": [2021, 2022, 2022],
    ...     "text": ["树牢“四个意识”。", "增强“四个意识”，做到“两个维护”。", "做到“两个维护”。"]})
    >>> m = dfm(corpus, by="year")
    >>> m[["四个意识", "两个维护"]].sparse.to_dense()
          四个意识  两个维护
    year
    2021     1     0
    2022     1     2
    """
    import numpy as np
    import pandas as pd
    from scipy import sparse

    min_count = check_positive_int(min_count, "min_count", "dfm")
    cfg = resolve_config(config, "dfm")
    stop = _stopword_set(stopwords, cfg)
    frame = _corpus_frame(corpus)
    if by is not None and by not in frame.columns:
        raise ParameterError(
            f"The 'by' parameter of dfm must name a column of the corpus "
            f"({', '.join(map(str, frame.columns))}). Got {by!r} instead."
        )
    texts = [t if isinstance(t, str) else "" for t in frame["text"].tolist()]
    counted: list[DocumentFeatures] = map_documents(
        partial(document_features, config=cfg), texts, n_jobs=n_jobs, progress=progress,
        desc="dfm",
    )
    slogan_names: set[str] = set()
    for f in counted:
        slogan_names.update(f.slogans)
    lexicon = cfg.slogan_lexicon

    def is_word(token: str) -> bool:
        return token not in stop and token not in slogan_names and token not in lexicon

    rows: list[Counter[str]] = []
    for f in counted:
        row = Counter({w: c for w, c in f.words.items() if is_word(w)})
        row.update(f.slogans)
        rows.append(row)

    # rows: documents, or groups of them
    dropped = 0
    docvars: dict[str, list[Any]]
    if by is None:
        labels: list[Any] = [str(d) for d in frame["doc_id"].tolist()]
        keep_cols = [c for c in frame.columns if c not in _NOT_DOCVARS]
        docvars = {str(c): [_plain(v) for v in frame[c].tolist()] for c in keep_cols}
        docvars["n_han"] = [f.n_han for f in counted]
        index_name = "doc_id"
    else:
        groups: dict[Any, Counter[str]] = {}
        n_docs: Counter[Any] = Counter()
        n_han: Counter[Any] = Counter()
        for value, row, f in zip(frame[by].tolist(), rows, counted, strict=True):
            if _missing(value):
                dropped += 1
                continue
            key = _plain(value)
            groups.setdefault(key, Counter()).update(row)
            n_docs[key] += 1
            n_han[key] += f.n_han
        labels = sorted(groups, key=lambda g: (str(type(g)), g))
        rows = [groups[g] for g in labels]
        docvars = {
            by: list(labels),
            "n_docs": [n_docs[g] for g in labels],
            "n_han": [n_han[g] for g in labels],
        }
        index_name = by
        warn_dropped(dropped, len(texts), by, "dfm")

    total: Counter[str] = Counter()
    for row in rows:
        total.update(row)
    features = sorted((k for k, v in total.items() if v >= min_count),
                      key=lambda k: (-total[k], k))
    column = {k: j for j, k in enumerate(features)}
    indptr = [0]
    indices: list[int] = []
    data: list[int] = []
    for row in rows:
        cells = sorted((column[k], v) for k, v in row.items() if k in column and v)
        indices.extend(j for j, _ in cells)
        data.extend(v for _, v in cells)
        indptr.append(len(indices))
    matrix = sparse.csr_matrix(
        (np.asarray(data, dtype=np.int64), np.asarray(indices, dtype=np.int64),
         np.asarray(indptr, dtype=np.int64)),
        shape=(len(rows), len(features)),
    )
    accessor: Any = pd.DataFrame.sparse
    out: pd.DataFrame = accessor.from_spmatrix(
        matrix,
        index=pd.Index(labels, name=index_name, dtype=object if by is None else None),
        columns=pd.Index(features, dtype=object),
    )
    if by == "year":
        out.index = out.index.astype("Int64")
    out.attrs = {
        "slogans": [k for k in features if k in slogan_names],
        "docvars": docvars,
        "by": by,
        "dropped": dropped,
    }
    return out


def _as_dfm(matrix: Any, func: str) -> pd.DataFrame:
    import pandas as pd

    if not isinstance(matrix, pd.DataFrame):
        raise TypeError(f"{func} expects a DataFrame from govtext.dfm, got "
                        f"{type(matrix).__name__}")
    frame: pd.DataFrame = matrix
    return frame


def _csr(matrix: pd.DataFrame) -> Any:
    import pandas as pd
    from scipy import sparse

    # a view without attrs: pandas copies attrs into every column it hands out, which
    # would make the conversion of a wide matrix ten times slower
    plain = matrix.copy(deep=False)
    plain.attrs = {}
    if len(plain.columns) and all(isinstance(t, pd.SparseDtype) for t in plain.dtypes):
        accessor: Any = plain.sparse
        return accessor.to_coo().tocsr()
    return sparse.csr_matrix(plain.to_numpy(dtype="float64"))


def top_features(
    matrix: pd.DataFrame, n: int | None = 20, *, by: str | Sequence[Any] | None = None
) -> pd.DataFrame:
    """The most frequent features of a dfm, like quanteda's ``textstat_frequency``.

    Parameters
    ----------
    matrix : pandas.DataFrame
        A matrix from :func:`dfm` (or any documents x features table of counts).
    n : int or None, default 20
        Features per group (all with ``None``).
    by : str or sequence, optional
        Rank within groups: the name of a docvar of the matrix (``attrs["docvars"]``,
        e.g. ``year`` or ``doc_type``) or one value per row.

    Returns
    -------
    pandas.DataFrame
        ``feature, frequency, rank, docfreq, slogan`` (and ``group`` first with ``by``):
        ``frequency`` the count in all rows (of the group), ``rank`` 1 for the most
        frequent (ties share the lowest rank, as in quanteda), ``docfreq`` the rows
        that have the feature, ``slogan`` whether the feature is a slogan.  Sorted by
        group, then frequency (descending), then feature.

    Examples
    --------
    >>> import pandas as pd
    >>> m = dfm(pd.DataFrame({"doc_id": ["a", "b"],
    ...                       "text": ["树牢“四个意识”，树牢“四个自信”。", "增强“四个意识”。"]}))
    >>> top_features(m, 3).values.tolist()
    [['四个意识', 2, 1, 2, True], ['树牢', 2, 1, 1, False], ['四个自信', 1, 3, 1, True]]
    """
    import numpy as np
    import pandas as pd

    matrix = _as_dfm(matrix, "top_features")
    if n is not None:
        n = check_positive_int(n, "n", "top_features")
    features = np.asarray([str(c) for c in matrix.columns], dtype=object)
    slogans = set(matrix.attrs.get("slogans", ()))
    x = _csr(matrix)
    if by is None:
        group_values: list[Any] = [None] * x.shape[0]
    elif isinstance(by, str):
        docvars = matrix.attrs.get("docvars", {})
        if by not in docvars:
            raise ParameterError(
                f"The 'by' parameter of top_features must name a docvar of the matrix "
                f"({', '.join(map(str, docvars))}) or give one value per row. "
                f"Got {by!r} instead."
            )
        group_values = list(docvars[by])
    else:
        group_values = list(by)
    if len(group_values) != x.shape[0]:
        raise ParameterError(
            f"The 'by' parameter of top_features must give one value per row "
            f"({x.shape[0]}). Got {len(group_values)} values instead."
        )
    columns = ["feature", "frequency", "rank", "docfreq", "slogan"]
    parts = []
    keys = sorted({_plain(g) for g in group_values}, key=lambda g: (g is None, str(type(g)), g))
    for key in keys:
        rows = [i for i, g in enumerate(group_values) if _plain(g) == key]
        sub = x[rows]
        freq = np.asarray(sub.sum(axis=0)).ravel()
        docfreq = np.asarray((sub > 0).sum(axis=0)).ravel()
        present = np.flatnonzero(freq > 0)
        order = present[np.lexsort((features[present], -freq[present]))]
        if n is not None:
            order = order[:n]
        ranks = pd.Series(-freq[order]).rank(method="min").astype("int64").to_numpy()
        part = pd.DataFrame(
            {
                "feature": pd.Series(features[order], dtype=object),
                "frequency": freq[order].astype("int64"),
                "rank": ranks,
                "docfreq": docfreq[order].astype("int64"),
                "slogan": np.asarray([f in slogans for f in features[order]], dtype=bool),
            }
        )
        if by is not None:
            part.insert(0, "group", pd.Series([key] * len(part), dtype=object))
        parts.append(part)
    if not parts:
        empty: pd.DataFrame = pd.DataFrame(columns=(["group"] if by is not None else []) + columns)
        return empty
    out: pd.DataFrame = pd.concat(parts, ignore_index=True)
    return out


def write_dfm(matrix: pd.DataFrame, path: str | PathLike[str]) -> dict[str, Path]:
    """Write a dfm for R and quanteda: Matrix Market plus features and docvars CSVs.

    Parameters
    ----------
    matrix : pandas.DataFrame
        A matrix from :func:`dfm`.
    path : str or path-like
        The ``.mtx`` file.  Beside it go ``<stem>_features.csv`` (one row per column, in
        order: ``feature, frequency, docfreq, slogan``) and ``<stem>_docvars.csv`` (one
        row per row, in order: ``doc_id`` or the group, and the docvars).

    Returns
    -------
    dict of str to Path
        ``{"matrix": ..., "features": ..., "docvars": ...}``.

    Notes
    -----
    In R::

        m <- Matrix::readMM("x.mtx")
        feats <- read.csv("x_features.csv", encoding = "UTF-8")
        dv <- read.csv("x_docvars.csv", encoding = "UTF-8")
        dimnames(m) <- list(dv[[1]], feats$feature)
        x <- quanteda::as.dfm(m)
        quanteda::docvars(x) <- dv

    Examples
    --------
    >>> import pandas as pd, tempfile, os
    >>> m = dfm(pd.DataFrame({"doc_id": ["a"], "text": ["树牢“四个意识”。"]}))
    >>> files = write_dfm(m, os.path.join(tempfile.mkdtemp(), "x.mtx"))
    >>> sorted(p.name for p in files.values())
    ['x.mtx', 'x_docvars.csv', 'x_features.csv']
    """
    import numpy as np
    import pandas as pd
    from scipy.io import mmwrite

    from govtext.export import write_table

    matrix = _as_dfm(matrix, "write_dfm")
    target = Path(fspath(path))
    if target.suffix.lower() != ".mtx":
        raise ParameterError(
            f"The 'path' parameter of write_dfm must end in .mtx. Got {fspath(path)!r} instead."
        )
    x = _csr(matrix)
    if x.dtype.kind == "f" and np.all(np.mod(x.data, 1) == 0):
        x = x.astype(np.int64)
    features_path = target.with_name(target.stem + "_features.csv")
    docvars_path = target.with_name(target.stem + "_docvars.csv")
    slogans = set(matrix.attrs.get("slogans", ()))
    features = pd.DataFrame(
        {
            "feature": pd.Series([str(c) for c in matrix.columns], dtype=object),
            "frequency": np.asarray(x.sum(axis=0)).ravel().astype("int64"),
            "docfreq": np.asarray((x > 0).sum(axis=0)).ravel().astype("int64"),
            "slogan": [str(c) in slogans for c in matrix.columns],
        }
    )
    name = matrix.index.name or "doc_id"
    docvars = pd.DataFrame({name: pd.Series(list(matrix.index), dtype=object)})
    for key, values in matrix.attrs.get("docvars", {}).items():
        if key != name and len(values) == len(docvars):
            docvars[key] = pd.Series(list(values), dtype=object)
    mmwrite(str(target), x.tocoo(), field="integer" if x.dtype.kind in "iu" else "real")
    write_table(features, features_path, safe_columns=True)
    write_table(docvars, docvars_path, safe_columns=True)
    return {"matrix": target, "features": features_path, "docvars": docvars_path}
