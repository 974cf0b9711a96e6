"""Map a per-document function over texts: serially, in processes, or on a Dask cluster."""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

from govtext._util import check_positive_int, require

__all__ = ["BATCH_CHARS", "PARALLEL_MIN_CHARS", "imap_documents", "map_documents"]

T = TypeVar("T")

#: Characters of text each worker process must have to analyse for processes to pay.
#: Starting a worker (importing govtext and its engine, loading the dictionaries) costs
#: about a second, the time the whole pipeline takes for about a million characters on
#: one core; below twice that per worker, fewer workers (or none) are started.
PARALLEL_MIN_CHARS = 2_000_000

#: Characters of text sent to a worker process at a time by :func:`imap_documents`: big
#: enough that sending costs nothing beside the analysis, small enough that the texts in
#: flight (a few batches per worker) take a few megabytes.
BATCH_CHARS = 250_000

#: Items :func:`imap_documents` holds at most while it decides whether processes pay.
HOLD_ITEMS = 2_000


def _size(item: Any) -> int:
    """Characters of a text, or of the text that leads a tuple (text, metadata ...)."""
    if isinstance(item, str):
        return len(item)
    if isinstance(item, tuple) and item and isinstance(item[0], str):
        return len(item[0])
    return 0


def _n_workers(texts: Sequence[Any], n_jobs: int, min_chars: int) -> int:
    """Worker processes worth starting for ``texts`` (1: run in this process)."""
    if n_jobs == 1 or len(texts) < 2:
        return 1
    total = sum(_size(t) for t in texts)
    by_size = total // min_chars if min_chars > 0 else n_jobs
    return max(1, min(n_jobs, len(texts), by_size))


def _pool_context() -> Any:
    """The start method of worker processes: fork on Linux while no other thread runs.

    A forked worker starts at once and shares the engine and dictionaries this process
    has loaded; with other threads running (a progress bar's monitor, a Dask client)
    forking is not safe, and the platform's default is used.
    """
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return None


def _run_batch(func: Callable[[Any], T], batch: list[Any]) -> list[T]:
    """``[func(item) for item in batch]`` in a worker process."""
    return [func(item) for item in batch]


def _progress_enabled(progress: bool | None) -> bool:
    if progress is None:
        return sys.stderr.isatty()
    return bool(progress)


def map_documents(
    func: Callable[[Any], T],
    texts: Sequence[Any],
    *,
    n_jobs: int = 1,
    client: Any = None,
    progress: bool | None = False,
    desc: str = "documents",
    min_chars: int = PARALLEL_MIN_CHARS,
) -> list[T]:
    """Apply ``func`` to every text, keeping the order.

    Parameters
    ----------
    func : callable
        A picklable function of one text (a module-level function).
    texts : sequence of str
    n_jobs : int, default 1
        Largest number of worker processes; 1 runs in this process.  Processes are
        started only when they pay: each must get at least ``min_chars`` characters
        of text, so a small corpus runs in this process whatever ``n_jobs`` says.
        The result is the same either way.
    client : dask.distributed.Client, optional
        Run on a Dask cluster instead (``pip install "dask[distributed]"``).
    progress : bool or None, default False
        Show a tqdm progress bar on stderr; ``None`` shows it only on a terminal.
    desc : str
        Label of the progress bar.
    min_chars : int, default PARALLEL_MIN_CHARS
        Characters of text (all texts together) per worker process below which fewer
        workers are started (``0``: always ``n_jobs``).

    Returns
    -------
    list
        ``[func(t) for t in texts]``.

    Examples
    --------
    >>> map_documents(len, ["四个意识", "两个维护。"])
    [4, 5]
    >>> map_documents(len, ["四个意识", "两个维护。"], n_jobs=2)  # too small: no processes
    [4, 5]
    """
    check_positive_int(n_jobs, "n_jobs", "map_documents")
    check_positive_int(min_chars, "min_chars", "map_documents", allow_zero=True)
    show = _progress_enabled(progress)
    if client is not None:
        distributed = require("distributed", "dask[distributed]", "running on a Dask cluster")
        futures = client.map(func, list(texts), pure=False)
        if show:
            distributed.progress(futures)
        return list(client.gather(futures))
    from tqdm import tqdm

    workers = _n_workers(texts, n_jobs, min_chars)
    if workers == 1:
        return [func(t) for t in tqdm(texts, desc=desc, disable=not show, file=sys.stderr)]
    chunks = max(1, len(texts) // (workers * 4))
    with ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context()) as pool:
        return list(
            tqdm(
                pool.map(func, texts, chunksize=chunks),
                total=len(texts),
                desc=desc,
                disable=not show,
                file=sys.stderr,
            )
        )


def imap_documents(
    func: Callable[[Any], T],
    items: Iterable[Any],
    *,
    n_jobs: int = 1,
    min_chars: int | None = None,
    batch_chars: int | None = None,
) -> Iterator[T]:
    """Apply ``func`` to every item of a stream, lazily, keeping the order.

    The streaming counterpart of :func:`map_documents`: items are read from ``items``
    only as workers need them, so a corpus larger than memory passes through in bounded
    memory.  Worker processes are started only when they pay: the first items are held
    until ``2 * min_chars`` characters of text have been seen, and a stream that ends
    before is analysed in this process (as is each window of :data:`HOLD_ITEMS` items
    held before that much text has been seen).  Otherwise the first document is analysed here
    (loading the engine and dictionaries) and one pool of ``n_jobs`` workers (forked on
    Linux, so that they share what is loaded) takes the rest in batches of about
    ``batch_chars`` characters, at most two batches per worker in flight.  The results
    are those of ``map(func, items)``, whatever ``n_jobs`` is.

    Parameters
    ----------
    func : callable
        A picklable function of one item (a module-level function or a
        :func:`functools.partial` of one).
    items : iterable
        Texts, or tuples whose first element is the text.
    n_jobs : int, default 1
        Largest number of worker processes; 1 runs in this process.
    min_chars : int, optional
        Characters of text per worker below which no process is started (``0``:
        processes from the first item on); by default :data:`PARALLEL_MIN_CHARS`.
    batch_chars : int, optional
        Characters of text sent to a worker at a time (by default :data:`BATCH_CHARS`).

    Yields
    ------
    object
        ``func(item)``, in the order of ``items``.

    Examples
    --------
    >>> list(imap_documents(len, iter(["四个意识", "两个维护。"]), n_jobs=2))
    [4, 5]
    """
    check_positive_int(n_jobs, "n_jobs", "imap_documents")
    if min_chars is None:
        min_chars = PARALLEL_MIN_CHARS
    check_positive_int(min_chars, "min_chars", "imap_documents", allow_zero=True)
    if batch_chars is None:
        batch_chars = BATCH_CHARS
    check_positive_int(batch_chars, "batch_chars", "imap_documents")
    it = iter(items)
    if n_jobs == 1:
        for item in it:
            yield func(item)
        return
    # hold the first items (not analysed yet) until processes would pay; a window of
    # HOLD_ITEMS items that has not shown enough text is analysed here and the next one
    # held, so that a long stream of small (or already cached) items is not held whole
    seen = 0
    while True:
        held: list[Any] = []
        for item in it:
            held.append(item)
            seen += _size(item)
            if (seen >= 2 * min_chars and len(held) > 1) or len(held) >= HOLD_ITEMS:
                break
        if seen >= 2 * min_chars and len(held) > 1:
            break
        for item in held:
            yield func(item)
        if len(held) < HOLD_ITEMS:
            return
    # the first document in this process: it loads the engine and the dictionaries,
    # which forked workers then share
    yield func(held[0])
    yield from _pooled(func, held[1:], it, n_jobs, batch_chars)


def _pooled(
    func: Callable[[Any], T],
    first: list[Any],
    rest: Iterator[Any],
    n_jobs: int,
    batch_chars: int,
) -> Iterator[T]:
    """The results of ``func`` over ``first`` then ``rest``, from a pool of processes."""

    def batches() -> Iterator[list[Any]]:
        batch: list[Any] = []
        chars = 0
        for source in (first, rest):
            for item in source:
                batch.append(item)
                chars += _size(item)
                if chars >= batch_chars:
                    yield batch
                    batch, chars = [], 0
        if batch:
            yield batch

    in_flight: deque[Future[list[T]]] = deque()
    with ProcessPoolExecutor(max_workers=n_jobs, mp_context=_pool_context()) as pool:
        for batch in batches():
            in_flight.append(pool.submit(_run_batch, func, batch))
            if len(in_flight) >= 2 * n_jobs:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()
