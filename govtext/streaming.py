"""Stream a corpus from its files through a per-document analysis, in bounded memory.

The corpus verbs given a path (a file, a folder or a list of them) do not read the
corpus into a DataFrame first: :func:`stream_corpus` reads one document at a time
(:func:`govtext.io.iter_documents`, the reader's rules and error report unchanged),
hands the texts to the analysis (in this process, in worker processes that are
started only when they pay, or on a Dask cluster), drops each text once it is
analysed and gives the results back in chunks, in the corpus's order.  The verb turns
each chunk into rows and writes them (:class:`govtext.export.TableWriter`) or keeps
them, never the texts.

On a Dask cluster (``client=``) the file list is partitioned and each part is read
*and* analysed on a worker: the client sends paths and receives rows, the texts never
pass through it.  Every worker needs govtext (the same version) and the files at the
same paths (a shared file system).

An optional cache (``cache=DIR``) keeps each document's result on disk, keyed by the
text's content hash, the analysis, the :class:`~govtext.config.Config` and govtext's
own code; a second run over an unchanged corpus reuses them.

Examples
--------
>>> import tempfile, pathlib
>>> from govtext.summary import document_stats
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("坚持全面从严治党。", encoding="utf-8")
>>> report = RunReport()
>>> for chunk in stream_corpus(d, _n_chars, name="n_chars", report=report):
...     print([(doc["doc_id"], result) for doc, result in chunk])
[('a', 9)]
>>> report.documents
1
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from os import PathLike
from pathlib import Path
from typing import Any

from govtext._util import require
from govtext.config import Config
from govtext.parallel import imap_documents

__all__ = [
    "CHUNK_DOCUMENTS",
    "PARTITION_BYTES",
    "PartTable",
    "PartitionedRun",
    "ResultCache",
    "RunReport",
    "is_path_source",
    "read_and_analyse",
    "stream_corpus",
    "tables_by_partition",
    "write_parts",
]

#: Documents per chunk of results (the rows written at a time).
CHUNK_DOCUMENTS = 256
#: Bytes of files read and analysed by one Dask task.
PARTITION_BYTES = 32 * 2**20

Chunk = list[tuple[dict[str, Any], Any]]


@dataclass
class RunReport:
    """What a streamed run read, skipped, reused and could not use.

    ``errors`` lists the inputs that could not be read (dicts with ``path`` and
    ``error``, as in ``read_corpus(...).attrs["errors"]``) and then the documents that
    could not be analysed (``doc_id`` and ``error``); ``skipped``, ``warnings`` and
    ``metadata_unmatched`` are the reader's lists.  ``reused`` counts the documents
    whose results came from the cache.

    Examples
    --------
    >>> RunReport().documents
    0
    """

    documents: int = 0
    rows: int = 0
    reused: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    metadata_unmatched: list[dict[str, str]] = field(default_factory=list)

    def attrs(self) -> dict[str, Any]:
        """The lists as ``read_corpus`` puts them in ``attrs``."""
        return {
            "errors": list(self.errors),
            "skipped": list(self.skipped),
            "metadata_unmatched": list(self.metadata_unmatched),
            "warnings": list(self.warnings),
        }

    def warn_reading(self, stacklevel: int = 3) -> None:
        """The :class:`~govtext.io.ReadWarning` s ``read_corpus`` gives for the same files."""
        from govtext.io import ReadWarning

        for message in self.warnings:
            warnings.warn(message, ReadWarning, stacklevel=stacklevel)
        failures = [e for e in self.errors if "path" in e]
        if failures:
            names = "; ".join(f"{f['path']} ({f['error']})" for f in failures[:5])
            more = f" and {len(failures) - 5} more" if len(failures) > 5 else ""
            warnings.warn(
                f"{len(failures)} input(s) could not be read: {names}{more}. "
                "See df.attrs['errors'].",
                ReadWarning,
                stacklevel=stacklevel,
            )


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """A digest of govtext's modules (its version among them) and packaged data."""
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix not in (".pyc",) and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class ResultCache:
    """Per-document results on disk, keyed by content, analysis, configuration and code.

    Parameters
    ----------
    folder : str
        The cache's folder (created when needed).  Runs with different analyses,
        configurations or govtext versions share it without mixing their results.
    name : str
        The analysis (``"stats"``, ``"extract_commitments"`` ...).
    config : Config
        The configuration the results depend on.

    Examples
    --------
    >>> import tempfile
    >>> cache = ResultCache.open(tempfile.mkdtemp(), "stats", Config())
    >>> key = cache.key("坚持。")
    >>> cache.get(key)
    (False, None)
    >>> cache.put(key, {"n_chars": 3})
    >>> cache.get(key)
    (True, {'n_chars': 3})
    """

    folder: str
    namespace: str

    @classmethod
    def open(cls, folder: str | PathLike[str], name: str, config: Config) -> ResultCache:
        """The cache of ``name`` under ``config`` in ``folder``."""
        state = pickle.dumps(config.__getstate__(), protocol=4)
        namespace = hashlib.sha256(
            b"\0".join([name.encode(), state, _code_digest().encode()])
        ).hexdigest()[:32]
        return cls(os.fspath(folder), namespace)

    def key(self, text: str) -> str:
        """The key of a document: the SHA-256 of its text (UTF-8)."""
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def _path(self, key: str) -> Path:
        return Path(self.folder) / self.namespace / key[:2] / f"{key}.pkl"

    def get(self, key: str) -> tuple[bool, Any]:
        """``(True, result)`` when a result is kept for ``key``, else ``(False, None)``."""
        try:
            data = self._path(key).read_bytes()
        except OSError:
            return False, None
        try:
            return True, pickle.loads(data)
        except Exception:  # a file cut short by a run that was stopped: compute again
            return False, None

    def put(self, key: str, result: Any) -> None:
        """Keep ``result`` for ``key`` (written to a temporary file, then renamed)."""
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(result, fh, protocol=4)
        os.replace(tmp, path)


def is_path_source(data: Any) -> bool:
    """Whether ``data`` names files (a path, or a list or tuple of paths) to stream.

    Examples
    --------
    >>> is_path_source("corpus/"), is_path_source(["a.txt", "b.txt"]), is_path_source(3)
    (True, True, False)
    """
    if isinstance(data, (str, PathLike)):
        return True
    return (
        isinstance(data, (list, tuple))
        and bool(data)
        and all(isinstance(p, (str, PathLike)) for p in data)
    )


def _n_chars(item: tuple[Any, Any]) -> int:
    """Characters of the text of an ``(text, year)`` item (the module's example)."""
    return len(item[0])


def _call(func: Callable[[Any], Any], item: tuple[str, Any, tuple[Any] | None]) -> Any:
    """``func((text, year))``, or the cached result the item carries."""
    text, year, hit = item
    if hit is not None:
        return hit[0]
    return func((text, year))


_MISS = (False, None)


def _merge_reading(report: RunReport, part: dict[str, list[Any]]) -> None:
    report.errors.extend(part.get("errors", []))
    report.skipped.extend(part.get("skipped", []))
    for message in part.get("warnings", []):
        if message not in report.warnings:
            report.warnings.append(message)


def stream_corpus(
    source: str | PathLike[str] | Iterable[str | PathLike[str]],
    func: Callable[[Any], Any],
    *,
    name: str,
    config: Config | None = None,
    n_jobs: int = 1,
    client: Any = None,
    progress: bool | None = False,
    cache: str | PathLike[str] | None = None,
    reader: dict[str, Any] | None = None,
    report: RunReport | None = None,
    chunk_documents: int | None = None,
) -> Iterator[Chunk]:
    """Read the documents of ``source`` and analyse each, yielding chunks of results.

    Parameters
    ----------
    source : path or list of paths
        Files and folders, as for :func:`govtext.read_corpus`.
    func : callable
        A picklable function of ``(text, year)`` (a module-level function or a
        :func:`functools.partial` of one); its result is kept per document.
    name : str
        The analysis, for the progress bar and the cache.
    config : Config, optional
        The configuration ``func`` uses (the cache's key).
    n_jobs : int, default 1
        Worker processes (:func:`govtext.parallel.imap_documents`: started only when
        they pay, one pool for the whole run).
    client : dask.distributed.Client, optional
        Partition the file list and read and analyse each part on a worker.
    progress : bool or None, default False
        A progress bar on stderr (``None``: only on a terminal).
    cache : path, optional
        Folder of a :class:`ResultCache`.
    reader : dict, optional
        Keywords of :func:`govtext.io.iter_documents` (``pattern``, ``metadata``,
        ``errors``, ``markdown``, ``max_bytes``, ``exclude``).
    report : RunReport, optional
        Filled during the run: what was read, reused and could not be read.
    chunk_documents : int, optional
        Documents per chunk (by default :data:`CHUNK_DOCUMENTS`).

    Yields
    ------
    list of (dict, object)
        Each document's record from the reader, without its text, and the result of
        ``func``, in the corpus's order.
    """
    size = chunk_documents if chunk_documents is not None else CHUNK_DOCUMENTS
    cfg = config if config is not None else Config()
    rep = report if report is not None else RunReport()
    store = ResultCache.open(cache, name, cfg) if cache is not None else None
    options = dict(reader or {})
    if client is not None:
        yield from _stream_on_cluster(source, func, client, store, options, rep, size)
        return
    yield from _stream_here(source, func, name, n_jobs, progress, store, options, rep, size)


def _stream_here(
    source: Any,
    func: Callable[[Any], Any],
    name: str,
    n_jobs: int,
    progress: bool | None,
    store: ResultCache | None,
    options: dict[str, Any],
    rep: RunReport,
    chunk_documents: int,
) -> Iterator[Chunk]:
    from tqdm import tqdm

    from govtext.io import iter_documents

    part: dict[str, list[Any]] = {}
    docs = iter_documents(source, report=part, **options)
    waiting: deque[tuple[dict[str, Any], str | None, bool]] = deque()

    def items() -> Iterator[tuple[str, Any, tuple[Any] | None]]:
        for doc in docs:
            text = doc.pop("text")
            key = store.key(text) if store is not None else None
            found, result = store.get(key) if store is not None and key else _MISS
            waiting.append((doc, key, found))
            if found:
                yield "", doc.get("year"), (result,)
            else:
                yield text, doc.get("year"), None

    show = sys.stderr.isatty() if progress is None else bool(progress)
    results = imap_documents(partial(_call, func), items(), n_jobs=n_jobs)
    chunk: Chunk = []
    for result in tqdm(results, desc=name, disable=not show, file=sys.stderr, unit="doc"):
        doc, key, found = waiting.popleft()
        if found:
            rep.reused += 1
        elif store is not None and key is not None:
            store.put(key, result)
        rep.documents += 1
        chunk.append((doc, result))
        if len(chunk) >= chunk_documents:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
    _merge_reading(rep, part)
    rep.metadata_unmatched.extend(part.get("metadata_unmatched", []))


def _partitions(files: list[tuple[str, str]], size: int) -> list[list[tuple[str, str]]]:
    """Runs of ``files`` of about ``size`` bytes each (a file larger than that alone)."""
    parts: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    total = 0
    for pair in files:
        try:
            nbytes = os.path.getsize(pair[0])
        except OSError:
            nbytes = 0
        if current and total + nbytes > size:
            parts.append(current)
            current, total = [], 0
        current.append(pair)
        total += nbytes
    if current:
        parts.append(current)
    return parts


def read_and_analyse(
    files: list[tuple[str, str]],
    func: Callable[[Any], Any],
    reader: dict[str, Any],
    store: ResultCache | None,
) -> tuple[list[dict[str, Any]], list[Any], dict[str, list[Any]], int]:
    """Read ``files`` and analyse their documents, where this runs (a Dask worker).

    Returns the documents' records without their texts (ids as their files give
    them), the results, the reader's report and how many results came from the cache.
    """
    from govtext.io import read_files

    part: dict[str, list[Any]] = {}
    docs: list[dict[str, Any]] = []
    results: list[Any] = []
    reused = 0
    for doc in read_files(files, report=part, **reader):
        text = doc.pop("text")
        key = store.key(text) if store is not None else None
        found, result = store.get(key) if store is not None and key else _MISS
        if found:
            reused += 1
        else:
            result = func((text, doc.get("year")))
            if store is not None and key is not None:
                store.put(key, result)
        del text
        docs.append(doc)
        results.append(result)
    return docs, results, part, reused


def _stream_on_cluster(
    source: Any,
    func: Callable[[Any], Any],
    client: Any,
    store: ResultCache | None,
    options: dict[str, Any],
    rep: RunReport,
    chunk_documents: int,
) -> Iterator[Chunk]:
    from govtext.io import list_files, unique_id, unmatched_metadata

    require("distributed", "dask[distributed]", "running on a Dask cluster")
    listing = {k: options[k] for k in ("pattern", "errors", "max_bytes", "exclude") if k in options}
    reading = {k: options[k] for k in ("metadata", "errors", "markdown", "max_bytes")
               if k in options}
    found: dict[str, list[Any]] = {}
    files = list_files(source, report=found, **listing)
    _merge_reading(rep, found)
    parts = _partitions(files, PARTITION_BYTES)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    except Exception:  # an old or unusual client: a window of four
        n_workers = 2
    window = max(2, 2 * n_workers)
    pending: deque[Any] = deque()
    seen: set[str] = set()
    used: list[tuple[str, int]] = []
    queue = iter(parts)
    chunk: Chunk = []

    def submit() -> None:
        for group in queue:
            pending.append(
                client.submit(read_and_analyse, group, func, reading, store, pure=False)
            )
            return

    for _ in range(window):
        submit()
    while pending:
        future = pending.popleft()
        docs, results, part, reused = future.result()
        future.release()
        submit()
        _merge_reading(rep, part)
        used.extend(part.get("metadata_used", []))
        rep.reused += reused
        # chunks of chunk_documents across the parts: the chunks of a run here
        for doc, result in zip(docs, results, strict=True):
            doc["doc_id"] = unique_id(doc["doc_id"], seen)
            rep.documents += 1
            chunk.append((doc, result))
            if len(chunk) >= chunk_documents:
                yield chunk
                chunk = []
    if chunk:
        yield chunk
    extra: dict[str, list[Any]] = {"warnings": []}
    rep.metadata_unmatched.extend(
        unmatched_metadata(files, used, metadata=options.get("metadata"), report=extra)
    )
    _merge_reading(rep, extra)


# ------------------------------------------------------------ tables by partition

#: ``to_table(docs, results)`` -> (rows, rows per document, failures as (position, error)).
PartTable = Callable[
    [list[dict[str, Any]], list[Any]], tuple[Any, list[int], list[tuple[int, str]]]
]


def _table_part(
    files: list[tuple[str, str]],
    func: Callable[[Any], Any],
    reader: dict[str, Any],
    store: ResultCache | None,
    to_table: PartTable,
) -> dict[str, Any]:
    """Read, analyse and tabulate one part, where this runs; the rows stay here."""
    docs, results, part, reused = read_and_analyse(files, func, reader, store)
    frame, counts, failures = to_table(docs, results)
    return {
        "frame": frame,
        "counts": counts,
        "ids": [doc["doc_id"] for doc in docs],
        "failures": failures,
        "reading": part,
        "reused": reused,
    }


def _part_summary(result: dict[str, Any]) -> dict[str, Any]:
    """The part without its rows: ids, failures, the reader's report and the probe."""
    from govtext.export import part_probe

    summary = {k: v for k, v in result.items() if k != "frame"}
    summary["probe"] = part_probe(result["frame"])
    return summary


def _finish_part(
    result: dict[str, Any], ids: list[str], schema: Any, path: str | None
) -> Any:
    """The part's rows with the corpus's ids, in the dataset's schema; written to ``path``.

    Returns the number of rows written, or the rows when ``path`` is None.
    """
    import numpy as np

    frame = result["frame"].copy()
    if len(frame):
        frame["doc_id"] = np.repeat(np.array(ids, dtype=object), result["counts"]).tolist()
    if path is None:
        return schema.conform(frame)
    return schema.write(frame, path)


@dataclass
class PartitionedRun:
    """The parts of a table computed part by part (on a Dask cluster or here).

    ``parts`` holds, in the corpus's order, the number of rows written to each part
    file (:meth:`write`) or each part's rows (:meth:`frames`): Dask futures on a
    cluster, DataFrames here.
    """

    schema: Any
    parts: list[Any]
    client: Any = None


def tables_by_partition(
    source: Any,
    func: Callable[[Any], Any],
    to_table: PartTable,
    *,
    name: str,
    empty: Any,
    output: str | PathLike[str] | None = None,
    config: Config | None = None,
    client: Any = None,
    cache: str | PathLike[str] | None = None,
    reader: dict[str, Any] | None = None,
    report: RunReport | None = None,
) -> PartitionedRun:
    """A table over the files of ``source``, one part per partition of the file list.

    Each part is read, analysed and tabulated (``to_table``) where it runs: on a Dask
    worker with ``client`` (the client receives only ids, the reader's report and
    column types, never texts or rows), else here.  The ids are then made unique over
    the whole corpus, in order (:func:`govtext.io.unique_id`), and each part is given
    the columns and types of the whole (:func:`govtext.export.common_schema`).

    Parameters
    ----------
    source : path or list of paths
        As for :func:`stream_corpus`.
    func : callable
        The per-document analysis, as for :func:`stream_corpus`.
    to_table : callable
        ``(records, results) -> (rows, rows per document, failures)``: the rows of a
        part (a ``doc_id`` column among them), how many rows each document has, and
        ``(position, error)`` for each document that could not be analysed.
    name : str
        The analysis (the cache's key).
    empty : DataFrame
        The table of a corpus without documents.
    output : path, optional
        A folder: each part is written to it as ``part-00000.parquet`` ... by the
        worker that computed it.  Without it the parts' rows are kept where they were
        computed (on the workers).
    config, client, cache, reader, report
        As for :func:`stream_corpus`.

    Returns
    -------
    PartitionedRun
        The schema and the parts (rows written, or the rows), in the corpus's order.

    Examples
    --------
    >>> import tempfile, pathlib, pandas as pd
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("坚持全面从严治党。", encoding="utf-8")
    >>> def table(docs, results):
    ...     return pd.DataFrame({"doc_id": [x["doc_id"] for x in docs], "n": results}), \
[1] * len(docs), []
    >>> run = tables_by_partition(d, _n_chars, table, name="n", empty=table([], [])[0])
    >>> run.parts[0].values.tolist()
    [['a', 9]]
    """
    from govtext.export import common_schema
    from govtext.io import list_files, unique_id, unmatched_metadata

    cfg = config if config is not None else Config()
    rep = report if report is not None else RunReport()
    store = ResultCache.open(cache, name, cfg) if cache is not None else None
    options = dict(reader or {})
    listing = {k: options[k] for k in ("pattern", "errors", "max_bytes", "exclude") if k in options}
    reading: dict[str, Any] = {
        k: options[k] for k in ("metadata", "errors", "markdown", "max_bytes") if k in options
    }
    found: dict[str, list[Any]] = {}
    files = list_files(source, report=found, **listing)
    _merge_reading(rep, found)
    groups: list[list[tuple[str, str]]] = _partitions(files, PARTITION_BYTES) or [[]]
    if client is not None:
        require("distributed", "dask[distributed]", "running on a Dask cluster")
        held = [client.submit(_table_part, g, func, reading, store, to_table, pure=False)
                for g in groups]
        summaries = client.gather([client.submit(_part_summary, h, pure=False) for h in held])
    else:
        held = [_table_part(g, func, reading, store, to_table) for g in groups]
        summaries = [_part_summary(h) for h in held]
    seen: set[str] = set()
    used: list[tuple[str, int]] = []
    unique: list[list[str]] = []
    for summary in summaries:
        _merge_reading(rep, summary["reading"])
        used.extend(summary["reading"].get("metadata_used", []))
        rep.reused += summary["reused"]
        ids = [unique_id(i, seen) for i in summary["ids"]]
        unique.append(ids)
        rep.documents += len(ids)
        rep.rows += sum(summary["counts"])
        rep.errors.extend({"doc_id": ids[i], "error": e} for i, e in summary["failures"])
    # the reader's errors first, then the analysis's (as a streamed run lists them)
    rep.errors.sort(key=lambda e: "doc_id" in e)
    extra: dict[str, list[Any]] = {"warnings": []}
    rep.metadata_unmatched.extend(
        unmatched_metadata(files, used, metadata=options.get("metadata"), report=extra)
    )
    _merge_reading(rep, extra)
    schema = common_schema([s["probe"] for s in summaries], empty)
    paths: list[str | None] = [None] * len(held)
    if output is not None:
        paths = list(_part_paths(output, len(held)))
    if client is not None:
        parts = [
            client.submit(_finish_part, h, ids, schema, path, pure=False)
            for h, ids, path in zip(held, unique, paths, strict=True)
        ]
        if output is not None:
            parts = client.gather(parts)
        del held
    else:
        parts = [_finish_part(h, ids, schema, path)
                 for h, ids, path in zip(held, unique, paths, strict=True)]
    return PartitionedRun(schema, parts, client)


def _probe(frame: Any) -> dict[str, Any]:
    from govtext.export import part_probe

    return part_probe(frame)


def _write_part(frame: Any, schema: Any, path: str) -> int:
    written: int = schema.write(frame, path)
    return written


def _part_paths(output: str | os.PathLike[str], n: int) -> list[str]:
    """The paths of ``n`` Parquet parts in the folder ``output``, made ready to write.

    The folder is created; part files of an earlier run in it are removed.
    """
    from govtext.export import PART_NAME

    folder = Path(output)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("part-[0-9][0-9][0-9][0-9][0-9].parquet"):
        old.unlink()
    return [str(folder / PART_NAME.format(i)) for i in range(n)]


def write_parts(
    parts: list[Any], output: str | PathLike[str], *, empty: Any, client: Any = None
) -> int:
    """Write the partitions of a table to a folder of Parquet parts with one schema.

    Parameters
    ----------
    parts : list
        The partitions in order: DataFrames, or Dask futures or delayed objects of
        them (``dask_dataframe.to_delayed()``), computed and written on the workers
        of ``client``.
    output : path
        The folder; its earlier part files are replaced.
    empty : DataFrame
        The table without rows (the schema when no part has a row).
    client : dask.distributed.Client, optional
        The cluster the parts are computed on.

    Returns
    -------
    int
        The rows written.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> d = tempfile.mkdtemp()
    >>> parts = [pd.DataFrame({"doc_id": ["a"], "n": [1]}), pd.DataFrame({"doc_id": ["b"]})]
    >>> write_parts(parts, d, empty=parts[0].iloc[:0])
    2
    >>> pd.read_parquet(d)["n"].tolist()
    [1.0, nan]
    """
    from govtext.export import common_schema

    paths = _part_paths(output, len(parts))
    if client is not None:
        held = client.compute(parts)
        schema = common_schema(client.gather(client.map(_probe, held, pure=False)), empty)
        return sum(client.gather(client.map(_write_part, held, [schema] * len(held), paths,
                                            pure=False)))
    if any(hasattr(p, "compute") for p in parts):
        from dask.base import compute

        frames = list(compute(*parts))  # type: ignore[no-untyped-call]
    else:
        frames = list(parts)
    schema = common_schema([_probe(f) for f in frames], empty)
    return sum(_write_part(f, schema, path) for f, path in zip(frames, paths, strict=True))
