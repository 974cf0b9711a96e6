"""Per-document summary statistics of a corpus.

Every column comes from one :class:`~govtext.document.Document` per text: each
analysis (normalization, sentences, tokens, ...) runs once per document, however many
columns use it.  A column group is a function ``Document -> dict``; :data:`COLUMN_GROUPS`
lists them in the order their columns appear.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from os import PathLike
from typing import IO, TYPE_CHECKING, Any

from govtext._params import (
    BOOL,
    OPTIONAL_PATH,
    OUTPUT,
    POSITIVE_INT,
    PROGRESS,
    Choice,
    validate_params,
)
from govtext._util import AnalysisWarning, ParameterError, check_choice, check_positive_int
from govtext.config import Config, resolve_config
from govtext.corpus import as_corpus, doc_ids, is_dask_frame, metadata_columns
from govtext.document import Document
from govtext.io import CORPUS_COLUMNS
from govtext.parallel import map_documents
from govtext.reuse import mask_boilerplate
from govtext.streaming import RunReport, is_path_source, stream_corpus

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "COLUMN_GROUPS",
    "META_COLUMNS",
    "AnalysisWarning",
    "document_stats",
    "stats",
    "write_stats",
]

_NAN = float("nan")

#: Metadata columns the reader gives, first in the table (the corpus's others follow).
META_COLUMNS = ("doc_id", "title", "year", "doc_type", "org")

ColumnGroup = Callable[[Document], dict[str, Any]]


def _text_columns(doc: Document) -> dict[str, Any]:
    starts, ends = doc.sentence_spans  # the spans of doc.sentences, without the table
    n_sent = len(starts)
    sent_len = float((ends - starts).mean()) if n_sent else _NAN
    return {
        "n_chars": len(doc.text),
        "script": doc.script,
        "n_han": doc.n_han,
        "n_paragraphs": len(doc.paragraphs),
        "n_sentences": n_sent,
        "mean_sentence_len": sent_len,
    }


def _token_columns(doc: Document) -> dict[str, Any]:
    # word tokens counted a piece of the text at a time (doc.token_counts), or from
    # doc.token_arrays when it is computed already
    n_tokens, n_types = doc.token_counts
    return {
        "n_tokens": n_tokens,
        "n_types": n_types,
        "ttr": n_types / n_tokens if n_tokens else _NAN,
    }


def _slogan_columns(doc: Document) -> dict[str, Any]:
    # the writings counted under the configuration's rule (every writing, also inside
    # a longer slogan, by default); the tokens' spans are shared through doc.protected
    from collections import Counter

    hits, _nested = doc.slogan_rows  # the rows of doc.slogan_hits, without the table
    n = len(hits)
    counts = Counter(h.canonical for h in hits)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    top = "; ".join(f"{name}:{c}" for name, c in ranked)
    n_han = doc.n_han
    return {
        "n_slogans": n,
        "distinct_slogans": len(counts),
        "slogan_density": n / n_han * 10_000 if n_han else _NAN,
        "top_slogans": top,
    }


def _section_columns(doc: Document) -> dict[str, Any]:
    from govtext.sections import kind_shares

    sections = doc.section_columns  # the columns of doc.sections, without the table
    structural = (sections["level"] > 0) & ~sections["inline"]
    kinds = sections["kind"][structural]
    shares = kind_shares(sections, doc.text)
    return {
        "n_sections": int(structural.sum()),
        "has_problems_section": bool((kinds == "problems").any()),
        "share_review": shares["review"],
        "share_problems": shares["problems"],
        "share_plans": shares["plans"],
    }


def _placeholder_columns(doc: Document) -> dict[str, Any]:
    from govtext.placeholders import PLACEHOLDER_KINDS

    kinds = [p.kind for p in doc.placeholder_rows]  # doc.placeholders["kind"]
    n = len(kinds)
    row: dict[str, Any] = {
        "n_placeholders": n,
        "placeholder_density": 1000 * n / doc.n_han if doc.n_han else _NAN,
    }
    for kind in PLACEHOLDER_KINDS:
        row[f"n_placeholders_{kind}"] = kinds.count(kind)
    return row


def _commitment_columns(doc: Document) -> dict[str, Any]:
    from govtext.commitments import commitment_measures

    return commitment_measures(doc.commitment_rows, doc.n_han)


def _issue_columns(doc: Document) -> dict[str, Any]:
    """The issue columns: ``n_issues``, ``n_issue_categories``, ``issue_categories``.

    ``issue_categories`` lists the categories, ``|``-separated, most frequent first,
    ties in order of appearance.
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


#: Column groups, in column order.  Each is a function of a Document.
COLUMN_GROUPS: tuple[ColumnGroup, ...] = (
    _text_columns,
    _token_columns,
    _section_columns,
    _placeholder_columns,
    _commitment_columns,
    _slogan_columns,
    _issue_columns,
)


#: The order the column groups are computed in when the analyses a group is the last to
#: read are released after it (:func:`_release_as_you_go`), and what is released.
_RELEASE_ORDER: tuple[tuple[ColumnGroup, tuple[str, ...]], ...] = (
    (_text_columns, ("paragraphs",)),
    (_token_columns, ("token_counts",)),
    (_slogan_columns, ("slogan_hits", "protected")),
    (_section_columns, ()),
    (_placeholder_columns, ()),
    (_commitment_columns, ("commitment_rows", "placeholder_rows", "sentence_spans")),
    (_issue_columns, ("issue_rows",)),
)


def _release_as_you_go(doc: Document) -> dict[str, Any]:
    """The row of ``doc``, each analysis released once no later group reads it.

    The columns are those of :data:`COLUMN_GROUPS`, in its order; a long text's token
    counts, slogans and commitments are then never held together.
    """
    parts: dict[ColumnGroup, dict[str, Any]] = {}
    for group, done in _RELEASE_ORDER:
        parts[group] = group(doc)
        doc.release(*done)
    row: dict[str, Any] = {}
    for group in COLUMN_GROUPS:
        row.update(parts[group] if group in parts else group(doc))
    return row


def document_stats(text: str | Document, *, config: Config | None = None) -> dict[str, Any]:
    """Statistics of one document (the columns of :func:`stats` without metadata).

    Given a text, the analyses are released as soon as no later column needs them;
    given a Document, they stay in its cache.

    Examples
    --------
    >>> row = document_stats("树牢“四个意识”。坚定“四个自信”。")
    >>> row["n_sentences"], row["n_han"]
    (2, 12)
    """
    if not isinstance(text, Document):
        return _release_as_you_go(Document(text, config=config))
    row: dict[str, Any] = {}
    for group in COLUMN_GROUPS:
        row.update(group(text))
    return row


def _stats_or_error(item: tuple[Any, Any], config: Config | None = None) -> tuple[bool, Any]:
    """``(True, document_stats(text))``, or ``(False, reason)`` when it fails.

    Run in the worker (a process or a Dask worker), so that one bad document never
    stops a corpus run and the error can be given with the document's id.  ``item`` is
    the text and the document's year (the reference year of its section kinds).
    """
    text, year = item
    if not isinstance(text, str):
        if text is None or (isinstance(text, float) and text != text):
            return False, "no text (a missing value in the 'text' column)"
        return False, f"the text is {type(text).__name__}, not str"
    try:
        return True, _release_as_you_go(Document(text, config=config, metadata={"year": year}))
    except Exception as exc:  # reported with the doc_id by stats()
        return False, f"{type(exc).__name__}: {exc}"


def _table(results: list[tuple[bool, Any]]) -> pd.DataFrame:
    """The rows of the documents analysed; a row of NaN where a document failed.

    Counts become nullable integers and flags nullable booleans (NA in a failed row).
    """
    import pandas as pd

    good = pd.DataFrame([payload for ok, payload in results if ok])
    if len(good) == len(results):
        return good  # type: ignore[no-any-return]
    if good.empty:
        good = pd.DataFrame([document_stats("")]).iloc[:0]
    positions = [i for i, (ok, _) in enumerate(results) if ok]
    good.index = pd.Index(positions)
    out = good.reindex(range(len(results)))  # failed rows: NaN
    for column in good.columns:
        kind = good[column].dtype.kind
        if kind in "iu":
            out[column] = out[column].astype("Int64")
        elif kind == "b":
            out[column] = out[column].astype("boolean")
    result: pd.DataFrame = out
    return result


@validate_params(
    {
        "n_jobs": POSITIVE_INT,
        "progress": PROGRESS,
        "errors": Choice("report", "raise"),
        "boilerplate": Choice("keep", "mask"),
        "cache": OPTIONAL_PATH,
        "as_dask": BOOL,
    }
)
def stats(
    corpus: Any,
    *,
    n_jobs: int = 1,
    client: Any = None,
    progress: bool | None = None,
    errors: str = "report",
    config: Config | None = None,
    boilerplate: str = "keep",
    cache: str | PathLike[str] | None = None,
    as_dask: bool = False,
) -> pd.DataFrame:
    """One row of summary statistics per document.

    Parameters
    ----------
    corpus : DataFrame or path or list of paths
        A corpus from :func:`govtext.read_corpus` (needs a ``text`` column), or files
        and folders, read by the rules of ``read_corpus`` but streamed: one document at
        a time, its text dropped once its row is computed (only the rows are held; to
        hold nothing, write them with :func:`write_stats`).  The reader's errors and
        warnings are those of ``read_corpus``, in ``attrs`` as there.  A
        ``dask.dataframe.DataFrame`` of a corpus (``text`` and ``doc_id`` columns and
        the metadata, as ``read_corpus`` gives them) gives a dask DataFrame: each
        partition analysed where Dask computes it, the rows those of ``stats`` of the
        same rows (a failed document's row is NaN, and ``errors="raise"`` raises when
        computed; no ``attrs``; ``n_jobs`` and ``cache`` are not used).
    n_jobs : int, default 1
        Worker processes; ``1`` computes in this process.  Processes are started only
        when they pay (at least :data:`govtext.parallel.PARALLEL_MIN_CHARS` characters
        of text per worker), one pool for the whole corpus; the rows are the same
        whatever ``n_jobs`` is.
    client : dask.distributed.Client, optional
        Run on a Dask cluster.  Given paths, the file list is partitioned and each
        part is read and analysed on a worker (the client never holds the texts;
        every worker needs govtext and the files at the same paths); a DataFrame's
        texts are sent to the workers from here.  With a dask DataFrame the result is
        persisted on the client's cluster (computed there, kept on the workers).
    progress : bool or None, default None
        Show a progress bar on stderr (``None``: only on a terminal).
    errors : {"report", "raise"}, default "report"
        A document that cannot be analysed (a user's DataFrame may hold a missing
        text): ``"report"`` gives it a row of NaN (NA for counts), lists it in
        ``df.attrs["errors"]`` (dicts with ``doc_id`` and ``error``) and warns with
        an :class:`AnalysisWarning`; ``"raise"`` raises a ``ValueError`` naming the
        document.
    config : Config, optional
        Lexicon, taxonomy, tokenizer and counting rule (:class:`govtext.Config`).
    boilerplate : {"keep", "mask"}, default "keep"
        ``"mask"``: passages repeated across the corpus (licence footers, page chrome,
        templates; :func:`govtext.find_boilerplate`) are blanked out before the analysis,
        so that no count or density includes them; a column ``n_boilerplate`` gives
        the characters left out of each document (``n_chars`` stays the source length).
        Boilerplate is found over the whole corpus, so a corpus given as paths is read
        whole first (not streamed), and ``cache`` is not used.
    cache : path, optional
        A folder keeping each document's row, keyed by the text's content hash, the
        configuration and govtext's version (:class:`govtext.streaming.ResultCache`):
        a run over documents seen before reuses their rows (for paths; a DataFrame
        is always computed); ``attrs["reused"]`` says how many.
    as_dask : bool, default False
        Given paths and a ``client``: a ``dask.dataframe.DataFrame`` whose partitions
        (one per part of the file list) are read, analysed and kept on the workers;
        the client receives only ids, column types and the reader's report (its
        warnings are given here).  Its rows are those of ``stats(corpus)``, in order.
        To keep the rows on disk instead, give :func:`write_stats` a folder.

    Returns
    -------
    pandas.DataFrame or dask.dataframe.DataFrame
        A dask DataFrame for a dask DataFrame or ``as_dask=True``.

        Every ratio and density is unrounded (round for display), and NaN where its
        denominator is 0 (a text without Han characters, tokens or sentences).  Every
        density is per Han character (``n_han``), the one base of govtext: spaces,
        digits and punctuation differ between sources without changing what is said.

        ``doc_id`` and the corpus's metadata columns (``title, year, doc_type, org`` and
        any others; see :mod:`govtext.corpus`), then ``n_chars``
        (characters of the source text), ``script`` (``"simplified"``,
        ``"traditional"`` or ``"mixed"``, see :func:`govtext.normalization.detect_script`;
        traditional text is analysed through OpenCC ``t2s``), ``n_han`` (Han characters),
        ``n_paragraphs`` (non-blank paragraphs after re-joining soft line breaks),
        ``n_sentences``, ``mean_sentence_len`` (characters), ``n_tokens`` (words and
        numbers, punctuation and spaces excluded; slogans, numbers with their unit and
        placeholders are one token each), ``n_types`` (distinct tokens) and
        ``ttr`` (n_types / n_tokens); ``n_placeholders`` (masks such as ``**``, ``XX``),
        ``placeholder_density`` (placeholders per 1,000 Han characters) and
        ``n_placeholders_number`` / ``_person`` / ``_name`` / ``_partial`` / ``_unknown``
        (see :func:`govtext.extract_placeholders`); ``n_commitments``,
        ``commitment_density`` (commitments per 1,000 Han characters),
        ``quantified_share`` (quantified / commitments) and ``masked_target_share``
        (masked / quantified commitments; NaN when there are none), see
        :func:`govtext.extract_commitments`.

        Section columns (see :func:`govtext.segment_sections`): ``n_sections``
        (numbered and unheaded sections of the body, inline items not counted),
        ``has_problems_section`` (a section or unheaded passage of kind
        ``problems``), ``share_review``, ``share_problems`` and ``share_plans``
        (share of the non-space characters of the text that lie in sections of that
        kind, the innermost section deciding).

        Problem statements (:func:`govtext.extract_issues`): ``n_issues`` (statements),
        ``n_issue_categories`` (distinct categories) and ``issue_categories`` (the
        categories, ``|``-separated, most frequent first).

        Slogan columns (see :func:`govtext.extract_slogans`): ``n_slogans`` (slogans
        written, also those written inside a longer slogan: 全面依法治国 counts for
        itself and for 依法治国; the counting rule of :mod:`govtext.slogans`),
        ``distinct_slogans`` (distinct canonical forms), ``slogan_density`` (slogans
        per 10,000 Han characters) and ``top_slogans`` (the five most frequent,
        ``"四个意识:3; 两个维护:2"``).

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "text": ["坚持全面从严治党。"]})
    >>> stats(corpus)[["doc_id", "n_chars", "n_sentences"]].values.tolist()
    [['a', 9, 1]]
    """
    import pandas as pd

    check_positive_int(n_jobs, "n_jobs", "stats")
    check_choice(errors, "errors", "stats", ("report", "raise"))
    cfg = resolve_config(config, "stats")
    if is_dask_frame(corpus) or as_dask:
        if boilerplate == "mask":
            raise ParameterError(
                "stats: boilerplate='mask' needs the whole corpus in one place; it cannot "
                "be used with a dask DataFrame or as_dask=True."
            )
        if is_dask_frame(corpus):
            return _stats_dask(corpus, client, errors, cfg)  # type: ignore[no-any-return]
        if not is_path_source(corpus):
            raise ParameterError(
                "The 'corpus' parameter of stats with as_dask=True must be a path, a list "
                f"of paths or a dask DataFrame. Got {type(corpus).__name__} instead."
            )
        return _stats_dask_from_paths(corpus, client, errors, cfg, cache)  # type: ignore[no-any-return]
    if not is_path_source(corpus) or boilerplate == "mask":
        frame = as_corpus(corpus, "stats")
        if boilerplate == "mask":
            frame = mask_boilerplate(frame)
        ids = doc_ids(frame, "stats")
        years = frame["year"].tolist() if "year" in frame.columns else [None] * len(frame)
        results = map_documents(
            partial(_stats_or_error, config=cfg),
            list(zip(frame["text"].tolist(), years, strict=True)),
            n_jobs=n_jobs,
            client=client,
            progress=progress,
            desc="stats",
        )
        result, failures = _rows(frame, ids, results, errors)
        result.attrs.update(frame.attrs)
    else:
        report = RunReport()
        parts = list(
            _stream_rows(corpus, report, n_jobs=n_jobs, client=client, progress=progress,
                         errors=errors, config=cfg, cache=cache, reader={})
        )
        report.warn_reading()
        if parts:
            result = pd.concat(parts, ignore_index=True)
        else:
            result = _rows(pd.DataFrame(columns=list(CORPUS_COLUMNS)), [], [], errors)[0]
        if "year" in result.columns:
            result["year"] = result["year"].astype("Int64")
        failures = [e for e in report.errors if "doc_id" in e]
        result.attrs.update(report.attrs())
        result.attrs["errors"] = [e for e in report.errors if "doc_id" not in e]
        if cache is not None:
            result.attrs["reused"] = report.reused
    if failures:
        result.attrs["errors"] = [*result.attrs.get("errors", []), *failures]
        _warn_failures(failures)
    return result


def _warn_failures(failures: list[dict[str, Any]]) -> None:
    shown = "; ".join(f"{f['doc_id']} ({f['error']})" for f in failures[:5])
    more = f" and {len(failures) - 5} more" if len(failures) > 5 else ""
    warnings.warn(
        f"{len(failures)} document(s) could not be analysed: {shown}{more}. "
        "Their rows are NaN; see df.attrs['errors'].",
        AnalysisWarning,
        stacklevel=3,
    )


def _rows(
    frame: pd.DataFrame, ids: list[str], results: list[tuple[bool, Any]], errors: str
) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    """The rows of ``stats`` for the documents of ``frame`` and the failures among them."""
    import pandas as pd

    failures: list[dict[str, Any]] = []
    for doc_id, (ok, payload) in zip(ids, results, strict=True):
        if not ok:
            if errors == "raise":
                raise ValueError(f"stats: document {doc_id!r} could not be analysed: {payload}")
            failures.append({"doc_id": doc_id, "error": str(payload)})
    table = _table(results)
    table.index = frame.index
    for column in ("quantified_share", "masked_target_share"):  # None (undefined) -> NaN
        if column in table.columns:
            table[column] = table[column].astype("float64")
    meta = frame[[c for c in metadata_columns(frame) if c != "doc_id"]].copy()
    meta.insert(0, "doc_id", ids)
    result: pd.DataFrame = pd.concat([meta, table], axis=1).reset_index(drop=True)
    if "year" in result.columns:
        result["year"] = result["year"].astype("Int64")
    return result, failures


def _stream_rows(
    source: Any,
    report: RunReport,
    *,
    n_jobs: int,
    client: Any,
    progress: bool | None,
    errors: str,
    config: Config,
    cache: str | PathLike[str] | None,
    reader: dict[str, Any],
) -> Iterator[pd.DataFrame]:
    """The rows of ``stats`` over the files of ``source``, a chunk at a time."""
    import pandas as pd

    chunks = stream_corpus(
        source, partial(_stats_or_error, config=config), name="stats", config=config,
        n_jobs=n_jobs, client=client, progress=progress, cache=cache,
        reader={"errors": errors, **reader}, report=report,
    )
    for chunk in chunks:
        frame = pd.DataFrame([doc for doc, _ in chunk])
        rows, failures = _rows(
            frame, doc_ids(frame, "stats"), [result for _, result in chunk], errors
        )
        report.errors.extend(failures)
        report.rows += len(rows)
        yield rows


def _empty_stats(errors: str) -> pd.DataFrame:
    """The table of a corpus without documents: every column, no row."""
    import pandas as pd

    frame = pd.DataFrame({c: pd.Series([None], dtype=object) for c in CORPUS_COLUMNS})
    frame["doc_id"], frame["text"] = ["-"], [""]
    rows = _rows(frame, ["-"], [(True, document_stats(""))], errors)[0]
    empty: pd.DataFrame = rows.iloc[:0]
    return empty


def _stats_part(
    docs: list[dict[str, Any]], results: list[tuple[bool, Any]], *, errors: str
) -> tuple[pd.DataFrame, list[int], list[tuple[int, str]]]:
    """The rows of one part of a corpus (on a Dask worker): one per document."""
    import pandas as pd

    if not docs:
        return _empty_stats(errors), [], []
    frame = pd.DataFrame(docs)
    rows, _ = _rows(frame, doc_ids(frame, "stats"), results, errors)
    failed = [(i, str(payload)) for i, (ok, payload) in enumerate(results) if not ok]
    return rows, [1] * len(docs), failed


def _stats_run(
    corpus: Any,
    report: RunReport,
    *,
    output: str | PathLike[str] | None,
    client: Any,
    errors: str,
    config: Config,
    cache: str | PathLike[str] | None,
    reader: dict[str, Any],
) -> Any:
    """``stats`` of the files of ``corpus``, one part per partition of the file list."""
    from govtext.streaming import tables_by_partition

    return tables_by_partition(
        corpus, partial(_stats_or_error, config=config), partial(_stats_part, errors=errors),
        name="stats", empty=_empty_stats(errors), output=output, config=config,
        client=client, cache=cache, reader={"errors": errors, **reader}, report=report,
    )


def _stats_of_partition(frame: pd.DataFrame, *, errors: str, config: Config) -> pd.DataFrame:
    """``stats`` of one partition of a dask DataFrame (on a worker)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", AnalysisWarning)
        out = stats(frame, errors=errors, config=config, progress=False)
    out.attrs = {}
    return out


def _stats_dask(corpus: Any, client: Any, errors: str, config: Config) -> Any:
    """``stats`` of a dask DataFrame: each partition on a worker, a dask DataFrame back."""
    from govtext.corpus import dask_meta

    sample = dask_meta(corpus, "stats")  # rows made up from the columns' types
    meta = _stats_of_partition(sample, errors=errors, config=config).iloc[:0]
    result = corpus.map_partitions(
        _stats_of_partition, errors=errors, config=config, meta=meta,
        enforce_metadata=False,
    )
    return client.persist(result) if client is not None else result


def _stats_dask_from_paths(corpus: Any, client: Any, errors: str, config: Config,
                           cache: str | PathLike[str] | None) -> Any:
    """``stats`` of files as a dask DataFrame whose partitions stay on the workers."""
    import dask.dataframe as dd

    if client is None:
        raise ParameterError(
            "stats: as_dask=True with paths needs a Dask client (client=...): the "
            "files are read and analysed on its workers."
        )
    report = RunReport()
    run = _stats_run(corpus, report, output=None, client=client, errors=errors,
                     config=config, cache=cache, reader={})
    report.warn_reading(stacklevel=4)
    failures = [e for e in report.errors if "doc_id" in e]
    if failures:
        _warn_failures(failures)
    return dd.from_delayed(run.parts, meta=run.schema.empty, verify_meta=False)


@validate_params(
    {
        "output": OUTPUT,
        "n_jobs": POSITIVE_INT,
        "progress": PROGRESS,
        "errors": Choice("report", "raise"),
        "cache": OPTIONAL_PATH,
    }
)
def write_stats(
    corpus: Any,
    output: str | PathLike[str] | IO[str],
    *,
    format: str | None = None,
    n_jobs: int = 1,
    client: Any = None,
    progress: bool | None = None,
    errors: str = "report",
    config: Config | None = None,
    cache: str | PathLike[str] | None = None,
    exclude: Iterable[str | PathLike[str]] = (),
    max_bytes: int | None = None,
) -> RunReport:
    r"""Write :func:`stats` to a file as the rows are computed, in bounded memory.

    The rows of ``stats(corpus)``, written a chunk at a time
    (:class:`govtext.export.TableWriter`): CSV, TSV, JSON and JSON Lines byte for byte
    as ``write_table(stats(corpus), output)`` writes them, Parquet a row group per
    chunk.  Given paths, neither the texts nor the rows are held: memory does not grow
    with the corpus.  The output file is never read as a document.

    Parameters
    ----------
    corpus : DataFrame, path or list of paths
        As for :func:`stats`.
    output : path or text stream
        The file (its extension gives the format: .csv .tsv .json .jsonl .parquet;
        .xlsx and .dta are written at the end), or a stream with ``format``.  A folder
        (a path ending in ``/``, or an existing folder) gets a Parquet dataset: one
        file per part of the corpus, ``part-00000.parquet``, ``part-00001.parquet``
        ..., each written where the part is computed: by a Dask worker with
        ``client`` (a part of about :data:`govtext.streaming.PARTITION_BYTES` of
        files; the client receives only ids, column types and the reader's report,
        never texts or rows), else here (a part per chunk of
        :data:`govtext.streaming.CHUNK_DOCUMENTS` documents, ``n_jobs`` processes; a
        dask DataFrame: a part per partition).  The parts are in the corpus's order
        and share one schema: ``pandas.read_parquet(folder)`` gives the table of
        :func:`stats` (``dask.dataframe.read_parquet(folder)`` a dask DataFrame).
        Part files of an earlier run in the folder are replaced.  The rows of every
        part (never the texts) are held where they were computed until all parts are
        analysed: the ids are made unique over the corpus, in order, and the columns'
        types agreed, before any part is written.
    format : str, optional
        As for :func:`govtext.write_table`.
    n_jobs, client, progress, errors, config, cache
        As for :func:`stats`.
    exclude : paths, optional
        Further files never read as documents.
    max_bytes : int, optional
        The reader's size cap per file (default :data:`govtext.io.MAX_BYTES`).

    Returns
    -------
    RunReport
        Documents read and rows written, documents reused from the cache, and the
        reader's and the analysis's errors (``errors``: dicts with ``path`` or
        ``doc_id`` and ``error``), skipped files and warnings.  The reader's
        :class:`~govtext.io.ReadWarning` s and an :class:`AnalysisWarning` are given
        at the end, as :func:`stats` gives them.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("坚持全面从严治党。", encoding="utf-8")
    >>> report = write_stats(d, d / "stats.csv")
    >>> report.rows, (d / "stats.csv").read_text(encoding="utf-8").split(",")[:3]
    (1, ['doc_id', 'title', 'year'])
    >>> report = write_stats(d / "a.txt", f"{d}/stats/")
    >>> sorted(p.name for p in (d / "stats").iterdir())
    ['part-00000.parquet']
    """
    import pandas as pd

    from govtext.export import TableWriter, is_dataset_path

    check_positive_int(n_jobs, "n_jobs", "write_stats")
    check_choice(errors, "errors", "write_stats", ("report", "raise"))
    cfg = resolve_config(config, "write_stats")
    if is_dataset_path(output) and format in (None, "parquet"):
        return _write_stats_dataset(
            corpus, output, n_jobs=n_jobs, progress=progress, client=client,  # type: ignore[arg-type]
            errors=errors, config=cfg, cache=cache, exclude=exclude, max_bytes=max_bytes,
        )
    writer = TableWriter(output, format=format)
    if not is_path_source(corpus):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", AnalysisWarning)
            table = stats(corpus, n_jobs=n_jobs, client=client, progress=progress,
                          errors=errors, config=cfg)
        report = RunReport(documents=len(table), rows=len(table))
        report.errors.extend(table.attrs.get("errors", []))
        with writer:
            writer.write(table)
    else:
        report = RunReport()
        skip = [*exclude, *([output] if isinstance(output, (str, PathLike)) else [])]
        with writer:
            for rows in _stream_rows(
                corpus, report, n_jobs=n_jobs, client=client, progress=progress,
                errors=errors, config=cfg, cache=cache, reader={"exclude": skip,
                        **({"max_bytes": max_bytes} if max_bytes is not None else {})},
            ):
                writer.write(rows)
            if writer.rows == 0:
                writer.write(_rows(pd.DataFrame(columns=list(CORPUS_COLUMNS)), [], [], errors)[0])
        report.warn_reading()
    failures = [e for e in report.errors if "doc_id" in e]
    if failures:
        _warn_failures(failures)
    return report


def _write_stats_dataset(
    corpus: Any,
    output: str | PathLike[str],
    *,
    n_jobs: int,
    progress: bool | None,
    client: Any,
    errors: str,
    config: Config,
    cache: str | PathLike[str] | None,
    exclude: Iterable[str | PathLike[str]],
    max_bytes: int | None,
) -> RunReport:
    """:func:`write_stats` to a folder of Parquet parts, each written where it is computed."""
    from pathlib import Path

    from govtext.streaming import write_parts

    folder = Path(output)
    if is_dask_frame(corpus):
        from govtext.corpus import dask_meta

        table = _stats_dask(corpus, None, errors, config)
        empty = _stats_of_partition(dask_meta(corpus, "stats"), errors=errors, config=config)
        n = write_parts(table.to_delayed(), folder, empty=empty.iloc[:0], client=client)
        return RunReport(documents=n, rows=n)
    if not is_path_source(corpus):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", AnalysisWarning)
            table = stats(corpus, n_jobs=n_jobs, client=client, errors=errors, config=config,
                          progress=progress)
        report = RunReport(documents=len(table), rows=len(table))
        report.errors.extend(table.attrs.get("errors", []))
        write_parts([table], folder, empty=table.iloc[:0])
    else:
        report = RunReport()
        skip = [*exclude, *folder.glob("part-[0-9][0-9][0-9][0-9][0-9].parquet")]
        reader: dict[str, Any] = {"exclude": skip}
        if max_bytes is not None:
            reader["max_bytes"] = max_bytes
        if client is not None:  # each part read, analysed and written by a worker
            _stats_run(corpus, report, output=folder, client=client, errors=errors,
                       config=config, cache=cache, reader=reader)
        else:  # streamed here (n_jobs processes), a part per chunk of rows
            chunks = list(_stream_rows(
                corpus, report, n_jobs=n_jobs, client=None, progress=progress, errors=errors,
                config=config, cache=cache, reader=reader,
            ))
            write_parts(chunks or [_empty_stats(errors)], folder, empty=_empty_stats(errors))
        report.warn_reading(stacklevel=4)
    failures = [e for e in report.errors if "doc_id" in e]
    if failures:
        _warn_failures(failures)
    return report
