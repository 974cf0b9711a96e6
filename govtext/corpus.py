"""Corpora: what a corpus is, how its documents are named, and verbs over its documents.

A corpus is a DataFrame from :func:`govtext.read_corpus` (a ``text`` column and the
documents' metadata), a path, or a list of paths.  This module holds the rules every
corpus verb shares:

- **doc_id**: the corpus's ``doc_id`` column (``read_corpus`` gives the file stem, plus
  the row for table files), else the stem of a ``path`` column; never a position.
- **metadata**: every per-row table starts with ``doc_id`` and the document's metadata
  (``title, year, doc_type, org`` and any other columns of the corpus, the reader's
  ``path``, ``encoding`` and ``n_chars`` left out), then the per-row columns.
- **document types**: :func:`split_doc_types` is the one policy of every count by year:
  a chosen ``doc_type``, or, when the corpus mixes types, a result per type with an
  :class:`~govtext.AnalysisWarning` naming them; never a silent pool.

The per-document verbs :func:`extract_slogans`, :func:`extract_placeholders`,
:func:`extract_commitments`, :func:`extract_issues`, :func:`extract_references`,
:func:`segment_sections` and
:func:`segment_sentences` take a text, a :class:`~govtext.document.Document` or a corpus.
Given a ``dask.dataframe.DataFrame`` of a corpus (``text`` and ``doc_id`` columns) they
analyse each partition where Dask computes it and give a dask DataFrame back
(:func:`per_document`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from os import PathLike
from typing import TYPE_CHECKING, Any

from govtext._params import BOOL, POSITIVE_INT, PROGRESS, validate_params
from govtext._util import AnalysisWarning, ParameterError, check_positive_int, warn
from govtext.config import Config, resolve_config
from govtext.document import Document
from govtext.parallel import map_documents

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "READER_COLUMNS",
    "as_corpus",
    "dask_meta",
    "doc_ids",
    "extract_commitments",
    "extract_issues",
    "extract_placeholders",
    "extract_references",
    "extract_slogans",
    "extract_targets",
    "is_corpus",
    "is_dask_frame",
    "metadata_columns",
    "per_document",
    "segment_sections",
    "segment_sentences",
    "split_doc_types",
    "text_frame",
]

#: Columns of :func:`govtext.read_corpus` that describe the file, not the document.
READER_COLUMNS = ("text", "path", "encoding", "n_chars", "script")
_FIRST = ("doc_id", "title", "year", "doc_type", "org")


def is_corpus(data: Any) -> bool:
    """Whether ``data`` is a corpus (a DataFrame, a path or a list of paths), not a text.

    Examples
    --------
    >>> is_corpus("坚持全面从严治党。"), is_corpus(["corpus/"])
    (False, True)
    """
    import pandas as pd

    if isinstance(data, (str, Document)):
        return False
    return isinstance(data, (pd.DataFrame, PathLike)) or (
        isinstance(data, Iterable) and not isinstance(data, (bytes, dict))
    )


def is_dask_frame(data: Any) -> bool:
    """Whether ``data`` is a ``dask.dataframe.DataFrame`` (told without importing dask).

    Examples
    --------
    >>> import pandas as pd
    >>> is_dask_frame(pd.DataFrame({"text": ["落实。"]}))
    False
    """
    module = type(data).__module__.split(".")[0]
    return module in ("dask", "dask_expr") and hasattr(data, "map_partitions")


def dask_meta(corpus: Any, func: str = "govtext") -> pd.DataFrame:
    """A few made-up rows of the types of a dask DataFrame's columns (checked first).

    The corpus needs a ``text`` and a ``doc_id`` column: its partitions are analysed
    apart, so the ids cannot be made from paths across them.
    """
    from dask.dataframe.dispatch import make_meta, meta_nonempty

    meta = make_meta(corpus)  # type: ignore[no-untyped-call]
    for column, why in (
        ("text", "the texts"),
        ("doc_id", "the documents' ids (partitions are analysed apart)"),
    ):
        if column not in meta.columns:
            raise ParameterError(
                f"The dask DataFrame given to {func} needs a '{column}' column ({why}); "
                "read files with govtext.read_corpus and dask.dataframe.from_pandas, or "
                "add the column."
            )
    sample: pd.DataFrame = meta_nonempty(meta)
    return sample


def as_corpus(corpus: Any, func: str = "govtext") -> pd.DataFrame:
    """The corpus as a DataFrame: ``corpus`` itself, or the files it names, read.

    Parameters
    ----------
    corpus : DataFrame, path or list of paths
        A DataFrame needs a ``text`` column.  A ``str`` is read as a path.
    func : str
        The calling function, for messages.

    Examples
    --------
    >>> import pandas as pd
    >>> as_corpus(pd.DataFrame({"doc_id": ["a"], "text": ["落实。"]})).shape
    (1, 2)
    """
    import pandas as pd

    if isinstance(corpus, pd.DataFrame):
        if "text" not in corpus.columns:
            raise ParameterError(
                f"The corpus given to {func} needs a 'text' column; read files with "
                "govtext.read_corpus(path)."
            )
        return corpus
    if isinstance(corpus, (str, PathLike)) or (
        isinstance(corpus, Iterable) and not isinstance(corpus, (bytes, dict, Document))
    ):
        from govtext.io import read_corpus

        return read_corpus(corpus)
    raise ParameterError(
        f"The 'corpus' parameter of {func} must be a DataFrame from govtext.read_corpus, "
        f"a path or a list of paths. Got {type(corpus).__name__} instead."
    )


def doc_ids(frame: pd.DataFrame, func: str = "govtext") -> list[str]:
    """The documents' identifiers: the ``doc_id`` column, else the stems of ``path``.

    Examples
    --------
    >>> import pandas as pd
    >>> doc_ids(pd.DataFrame({"path": ["a/2022_plan.txt"], "text": ["落实。"]}))
    ['2022_plan']
    """
    from pathlib import PurePath

    if "doc_id" in frame.columns:
        return [str(v) for v in frame["doc_id"].tolist()]
    if "path" in frame.columns:
        stems = [PurePath(str(p)).stem for p in frame["path"].tolist()]
        seen: dict[str, int] = {}
        out = []
        for stem in stems:
            n = seen.get(stem, 0)
            seen[stem] = n + 1
            out.append(stem if n == 0 else f"{stem}#{n + 1}")
        return out
    raise ParameterError(
        f"The corpus given to {func} has no 'doc_id' column (nor a 'path' column to "
        "name its documents by); add one, e.g. corpus['doc_id'] = ['a', 'b', ...], or read "
        "the files with govtext.read_corpus."
    )


def text_frame(corpus: Any, func: str = "govtext") -> pd.DataFrame:
    """A DataFrame with ``doc_id`` and ``text`` from a corpus or a ``{doc_id: text}`` mapping.

    Examples
    --------
    >>> text_frame({"a": "坚持全面从严治党。"})[["doc_id", "text"]].values.tolist()
    [['a', '坚持全面从严治党。']]
    """
    from collections.abc import Mapping

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
    out: pd.DataFrame = frame
    return out


def metadata_columns(frame: pd.DataFrame) -> list[str]:
    """The metadata columns of a corpus, in table order (``doc_id`` first).

    Examples
    --------
    >>> import pandas as pd
    >>> metadata_columns(pd.DataFrame(columns=["url", "text", "year", "doc_id", "n_chars"]))
    ['doc_id', 'year', 'url']
    """
    cols = [c for c in frame.columns if c not in READER_COLUMNS]
    first = [c for c in _FIRST if c in cols]
    return first + [c for c in cols if c not in first]


def _metadata_frame(frame: pd.DataFrame, func: str) -> pd.DataFrame:
    meta = frame[[c for c in metadata_columns(frame) if c != "doc_id"]].copy()
    meta.insert(0, "doc_id", doc_ids(frame, func))
    if "year" in meta.columns:
        meta["year"] = meta["year"].astype("Int64")
    out: pd.DataFrame = meta.reset_index(drop=True)
    return out


def _analyse(
    item: tuple[Any, Any], *, analyse: Callable[[Document], pd.DataFrame], config: Config
) -> pd.DataFrame | str:
    """``analyse(Document(text))`` in a worker; the reason as a str when it fails."""
    text, year = item
    if not isinstance(text, str):
        return "no text (a missing value in the 'text' column)"
    try:
        return analyse(Document(text, config=config, metadata={"year": year}))
    except Exception as exc:  # reported with the doc_id by per_document()
        return f"{type(exc).__name__}: {exc}"


def _renamed(result: pd.DataFrame, meta: pd.DataFrame) -> pd.DataFrame:
    """``result`` with the columns that share a metadata column's name renamed.

    A per-row column named like a metadata column becomes ``<name>_row``; the ``year``
    a slogan was introduced becomes ``slogan_year`` beside the document's ``year``.
    """
    clash = [c for c in result.columns if c in meta.columns]
    if not clash:
        return result
    names = {c: "slogan_year" if c == "year" and "slogan" in result.columns else f"{c}_row"
             for c in clash}
    renamed: pd.DataFrame = result.rename(columns=names)
    return renamed


def per_document(
    corpus: Any,
    analyse: Callable[[Document], pd.DataFrame],
    *,
    func: str,
    config: Config | None = None,
    n_jobs: int = 1,
    client: Any = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """One tidy table of a per-document analysis over a corpus.

    Parameters
    ----------
    corpus : DataFrame, path or list of paths
        Paths are streamed (:func:`govtext.streaming.stream_corpus`): read one
        document at a time, each text dropped once analysed; on a Dask ``client`` the
        files are read on the workers.  A ``dask.dataframe.DataFrame`` (``text`` and
        ``doc_id`` columns) gives a dask DataFrame: each partition analysed where Dask
        computes it (persisted on ``client`` when given), the rows those of the
        serial run over the same rows (no ``attrs``; a failed document has no rows).
    analyse : callable
        A picklable function ``Document -> DataFrame`` (a module-level function).
    func : str
        The public verb, for messages and the progress bar.
    config : Config, optional
    n_jobs : int, default 1
        Worker processes.
    client : dask.distributed.Client, optional
        Run on a Dask cluster.
    progress : bool or None, default None
        Progress bar on stderr (``None``: only on a terminal).

    Returns
    -------
    pandas.DataFrame or dask.dataframe.DataFrame
        ``doc_id``, the metadata columns, then the columns of ``analyse``.  A document
        that cannot be analysed has no rows; it is listed in ``attrs["errors"]`` and
        warned about with an :class:`~govtext.AnalysisWarning`.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "year": [2021, 2022],
    ...                        "text": ["落实“两个维护”。", "增强“四个意识”。"]})
    >>> per_document(corpus, _slogan_table, func="extract_slogans")[
    ...     ["doc_id", "year", "slogan"]].values.tolist()
    [['a', 2021, '两个维护'], ['b', 2022, '四个意识']]
    """
    import pandas as pd

    cfg = resolve_config(config, func)
    check_positive_int(n_jobs, "n_jobs", func)
    task = partial(_analyse, analyse=analyse, config=cfg)
    from govtext.streaming import RunReport, is_path_source, stream_corpus

    if is_dask_frame(corpus):
        part = partial(_per_partition, analyse=analyse, func=func, config=cfg)
        meta = part(dask_meta(corpus, func)).iloc[:0]
        result = corpus.map_partitions(part, meta=meta, enforce_metadata=False)
        return client.persist(result) if client is not None else result  # type: ignore[no-any-return]
    if is_path_source(corpus):
        report = RunReport()
        parts: list[pd.DataFrame] = []
        failures: list[dict[str, Any]] = []
        empty: pd.DataFrame | None = None
        meta = _metadata_frame(pd.DataFrame(columns=["doc_id", *_FIRST[1:]]), func)
        for chunk in stream_corpus(
            corpus, task, name=func, config=cfg, n_jobs=n_jobs, client=client,
            progress=progress, report=report,
        ):
            meta = _metadata_frame(pd.DataFrame([doc for doc, _ in chunk]), func)
            empty = _join(meta, [result for _, result in chunk], parts, failures, empty)
        report.warn_reading(stacklevel=4)
        attrs = report.attrs()
    else:
        frame = as_corpus(corpus, func)
        meta = _metadata_frame(frame, func)
        years = frame["year"].tolist() if "year" in frame.columns else [None] * len(frame)
        results = map_documents(
            task,
            list(zip(frame["text"].tolist(), years, strict=True)),
            n_jobs=n_jobs,
            client=client,
            progress=progress,
            desc=func,
        )
        parts, failures = [], []
        empty = _join(meta, results, parts, failures, None)
        attrs = {str(k): v for k, v in frame.attrs.items()}
    if parts:
        out = pd.concat(parts, ignore_index=True)
    elif empty is not None:
        out = pd.concat([meta.iloc[:0], _renamed(empty, meta)], axis=1)
    else:
        out = meta.iloc[:0].copy()
    if "year" in out.columns:
        out["year"] = out["year"].astype("Int64")
    out.attrs.update(attrs)
    if failures:
        out.attrs["errors"] = [*attrs.get("errors", []), *failures]
        shown = "; ".join(f"{f['doc_id']} ({f['error']})" for f in failures[:5])
        warn(
            f"{func}: {len(failures)} document(s) could not be analysed: {shown}. "
            "See df.attrs['errors'].",
            AnalysisWarning,
        )
    return out


def _per_partition(
    frame: pd.DataFrame, *, analyse: Callable[[Document], pd.DataFrame], func: str,
    config: Config,
) -> pd.DataFrame:
    """:func:`per_document` of one partition of a dask DataFrame (on a worker)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", AnalysisWarning)
        out = per_document(frame, analyse, func=func, config=config, progress=False)
    out.attrs = {}
    return out


def _join(
    meta: pd.DataFrame,
    results: list[pd.DataFrame | str],
    parts: list[pd.DataFrame],
    failures: list[dict[str, Any]],
    empty: pd.DataFrame | None,
) -> pd.DataFrame | None:
    """Each document's rows joined to its metadata (into ``parts``); failures noted.

    Returns the first result's empty table (the columns of a corpus without rows).
    """
    import pandas as pd

    for i, result in enumerate(results):
        if isinstance(result, str):
            failures.append({"doc_id": meta["doc_id"].iloc[i], "error": result})
            continue
        if empty is None:
            empty = result.iloc[:0]
        if len(result):
            left = meta.iloc[[i] * len(result)].reset_index(drop=True)
            parts.append(pd.concat([left, _renamed(result, meta).reset_index(drop=True)], axis=1))
    return empty


# ----------------------------------------------------------------- document types


def split_doc_types(
    frame: pd.DataFrame, doc_type: str | Sequence[str] | None, func: str
) -> tuple[pd.DataFrame, bool]:
    """The one document-type policy of counts by year.

    Parameters
    ----------
    frame : DataFrame
        The corpus.
    doc_type : str, list of str, "all" or None
        Keep documents of these types; ``"all"`` pools every type on purpose.  ``None``:
        when the corpus has more than one type, warn (naming the types and their
        counts) and give a result per type.
    func : str
        The calling verb, for messages.

    Returns
    -------
    (DataFrame, bool)
        The documents to count, and whether the result must be per type (a
        ``doc_type`` column).

    Examples
    --------
    >>> import pandas as pd, warnings
    >>> corpus = pd.DataFrame({"doc_type": ["政府工作报告", "决议", "政府工作报告"],
    ...                        "text": ["甲。", "乙。", "丙。"]})
    >>> kept, per_type = split_doc_types(corpus, "政府工作报告", "term_frequency")
    >>> len(kept), per_type
    (2, False)
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     _, per_type = split_doc_types(corpus, None, "term_frequency")
    >>> per_type, "政府工作报告: 2" in str(w[0].message)
    (True, True)
    """
    if doc_type is None:
        if "doc_type" not in frame.columns:
            return frame, False
        counts = frame["doc_type"].fillna("(none)").value_counts()
        if len(counts) <= 1:
            return frame, False
        listed = ", ".join(f"{t}: {n}" for t, n in sorted(counts.items(), key=lambda kv: -kv[1]))
        warn(
            f"{func}: the corpus mixes document types ({listed}); counting each type "
            "apart (a 'doc_type' column). Choose one with doc_type=... (--doc-type), or "
            "doc_type='all' to pool them.",
            AnalysisWarning,
        )
        return frame, True
    if isinstance(doc_type, str) and doc_type == "all":
        return frame, False
    wanted = [doc_type] if isinstance(doc_type, str) else list(doc_type)
    if "doc_type" not in frame.columns:
        raise ParameterError(
            f"The 'doc_type' parameter of {func} needs a 'doc_type' column in the corpus."
        )
    present = set(frame["doc_type"].dropna().tolist())
    unknown = [t for t in wanted if t not in present]
    if unknown:
        raise ParameterError(
            f"The 'doc_type' parameter of {func} must name types of the corpus "
            f"({', '.join(sorted(map(str, present)))}). Got {unknown!r} instead."
        )
    kept = frame[frame["doc_type"].isin(wanted)]
    return kept, len(wanted) > 1


# ---------------------------------------------------------- per-document verbs


def _document(data: str | Document, config: Config | None, func: str) -> Document:
    if isinstance(data, Document):
        if config is not None and config != data.config:
            raise ParameterError(
                f"{func}: the Document has a config of its own; leave 'config' out or "
                "build the Document with it."
            )
        return data
    if not isinstance(data, str):
        raise TypeError(f"{func} expects a str, a Document or a corpus, got {type(data).__name__}")
    return Document(data, config=config)


def _verb(
    data: Any,
    analyse: Callable[[Document], pd.DataFrame],
    func: str,
    config: Config | None,
    n_jobs: int,
    client: Any,
    progress: bool | None,
    corpus_analyse: Callable[[Document], pd.DataFrame] | None = None,
) -> pd.DataFrame:
    if is_corpus(data):
        return per_document(
            data, corpus_analyse or analyse, func=func, config=config, n_jobs=n_jobs, client=client,
            progress=progress,
        )
    return analyse(_document(data, config, func))


def _slogan_table(doc: Document) -> pd.DataFrame:
    return doc.slogans


def _nested_slogan_table(doc: Document) -> pd.DataFrame:
    from govtext.slogans import slogan_frame

    return slogan_frame(doc.text, doc.protected, nested=True, lexicon=doc.config.slogan_lexicon)


def _placeholder_table(doc: Document) -> pd.DataFrame:
    return doc.placeholders


def _commitment_table(doc: Document) -> pd.DataFrame:
    return doc.commitments


def _target_table(doc: Document) -> pd.DataFrame:
    from govtext.targets import extract_targets as targets_of

    return targets_of(doc.text, year=doc.year, normalized=doc.normalized,
                      sections=doc.sections)


def _issue_table(doc: Document) -> pd.DataFrame:
    return doc.issues


def _section_table(doc: Document) -> pd.DataFrame:
    return doc.sections


def _section_rows(doc: Document) -> pd.DataFrame:
    # the row of each section in its document's table: what ``parent`` and the
    # ``section`` of extract_issues refer to
    table: pd.DataFrame = doc.sections.reset_index(names="row")
    return table


def _sentence_table(doc: Document) -> pd.DataFrame:
    return doc.sentences


@validate_params({"n_jobs": POSITIVE_INT, "progress": PROGRESS, "nested": BOOL})
def extract_slogans(
    data: Any,
    *,
    nested: bool = False,
    config: Config | None = None,
    n_jobs: int = 1,
    client: Any = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Every slogan occurrence of a text, a Document or a corpus.

    Parameters
    ----------
    data : str, Document, DataFrame, path or list of paths
    nested : bool, default False
        Also the lexicon slogans written inside longer ones (a ``nested`` column);
        see :func:`govtext.slogans.extract_slogans`.
    config : Config, optional
        Lexicon and policies (:class:`govtext.Config`).
    n_jobs, client, progress
        For a corpus: worker processes, a Dask client, a progress bar.

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`govtext.slogans.extract_slogans`; for a corpus, preceded
        by ``doc_id`` and the metadata columns, the ``year`` a slogan was introduced
        then named ``slogan_year`` beside the document's ``year``.

    Examples
    --------
    >>> extract_slogans("树牢“四个意识”")["slogan"].tolist()
    ['四个意识']
    """
    table = _nested_slogan_table if nested else _slogan_table
    return _verb(data, table, "extract_slogans", config, n_jobs, client, progress)


@validate_params({"n_jobs": POSITIVE_INT, "progress": PROGRESS})
def extract_placeholders(
    data: Any,
    *,
    config: Config | None = None,
    n_jobs: int = 1,
    client: Any = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """The masks (``**``, ``XX``, ``××``, ``某某``) of a text, a Document or a corpus.

    See :func:`govtext.placeholders.extract_placeholders` for the rules and columns; for
    a corpus the table starts with ``doc_id`` and the metadata columns.

    Examples
    --------
    >>> extract_placeholders("XX局党组负责")[["text", "kind"]].values.tolist()
    [['XX', 'name']]
    """
    return _verb(data, _placeholder_table, "extract_placeholders", config, n_jobs, client,
                 progress)


@validate_params({"n_jobs": POSITIVE_INT, "progress": PROGRESS})
def extract_commitments(
    data: Any,
    *,
    config: Config | None = None,
    n_jobs: int = 1,
    client: Any = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    r"""Commitment sentences of a text, a Document or a corpus.

    See :func:`govtext.commitments.extract_commitments` for the rules and columns; for
    a corpus the table starts with ``doc_id`` and the metadata columns.

    Examples
    --------
    >>> extract_commitments("2023年工作要点\n全年开展集中学习不少于12次。")["quantified"].tolist()
    [True]
    """
    return _verb(data, _commitment_table, "extract_commitments", config, n_jobs, client,
                 progress)


@validate_params({"n_jobs": POSITIVE_INT, "progress": PROGRESS})
def extract_issues(
    data: Any,
    *,
    config: Config | None = None,
    n_jobs: int = 1,
    client: Any = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    r"""Problem statements of a text, a Document or a corpus.

    See :func:`govtext.issues.extract_issues` for the rules and columns (the taxonomy
    is the configuration's); for a corpus the table starts with ``doc_id`` and the
    metadata columns.

    Examples
    --------
    >>> text = ("二、存在问题\n一是压力传导还不够坚实。二是学习不够深入。\n"
    ...         "三、下步打算\n将加强学习。")
    >>> extract_issues(text)["statement"].tolist()
    ['压力传导还不够坚实。', '学习不够深入。']
    """
    return _verb(data, _issue_table, "extract_issues", config, n_jobs, client, progress)


@validate_params({"n_jobs": POSITIVE_INT, "progress": PROGRESS})
def segment_sections(
    data: Any,
    *,
    config: Config | None = None,
    n_jobs: int = 1,
    client: Any = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    r"""Parts, sections and inline items of a text, a Document or a corpus.

    See :func:`govtext.sections.segment_sections` for the rules and columns; for a
    corpus the table starts with ``doc_id`` and the metadata columns, and ``row`` is
    the row of the section in its document's table (what ``parent`` refers to).

    Examples
    --------
    >>> segment_sections("一、总体要求\n坚持。\n二、主要任务\n落实。")["heading"].tolist()[-2:]
    ['总体要求', '主要任务']
    """
    return _verb(data, _section_table, "segment_sections", config, n_jobs, client, progress,
                 corpus_analyse=_section_rows)


@validate_params({"n_jobs": POSITIVE_INT, "progress": PROGRESS})
def segment_sentences(
    data: Any,
    *,
    config: Config | None = None,
    n_jobs: int = 1,
    client: Any = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Sentences of a text, a Document or a corpus (``sentence``, ``start``, ``end``).

    Examples
    --------
    >>> segment_sentences("坚持全面从严治党。落实两个维护！")["sentence"].tolist()
    ['坚持全面从严治党。', '落实两个维护！']
    """
    return _verb(data, _sentence_table, "segment_sentences", config, n_jobs, client, progress)


def _reference_table(doc: Document) -> pd.DataFrame:
    return doc.references


@validate_params({"n_jobs": POSITIVE_INT, "progress": PROGRESS})
def extract_references(
    data: Any,
    *,
    config: Config | None = None,
    n_jobs: int = 1,
    client: Any = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Document numbers (发文字号) and cited titles of a text, a Document or a corpus.

    See :func:`govtext.references.extract_references` for the rules and columns; for a
    corpus the table starts with ``doc_id`` and the metadata columns (the reference's
    ``year`` and ``title`` then named ``year_row`` and ``title_row`` beside the
    document's).

    Examples
    --------
    >>> df = extract_references("落实《关于加强机关党建的意见》（国发〔2023〕5号）。")
    >>> df[["kind", "organ", "year", "serial"]].values.tolist()
    [['citation', '国', 2023, 5], ['doc_number', '国', 2023, 5]]
    """
    return _verb(data, _reference_table, "extract_references", config, n_jobs, client, progress)


@validate_params({"n_jobs": POSITIVE_INT, "progress": PROGRESS})
def extract_targets(
    data: Any,
    *,
    config: Config | None = None,
    n_jobs: int = 1,
    client: Any = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    r"""Quantified targets and reported outcomes of a text, a Document or a corpus.

    See :func:`govtext.targets.extract_targets` for the rules and columns; the year a
    target is for comes from the document's ``year`` (metadata), else from its first
    lines.  For a corpus the table starts with ``doc_id`` and the metadata columns.

    Examples
    --------
    >>> df = extract_targets("2024年政府工作报告\n今年预期目标是：国内生产总值增长5%左右。")
    >>> df[["indicator", "value", "modifier", "kind", "period"]].values.tolist()
    [['国内生产总值', 5.0, '左右', 'target', '2024']]
    """
    return _verb(data, _target_table, "extract_targets", config, n_jobs, client, progress)
