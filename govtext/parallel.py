"""Map a per-document function over texts: serially, in processes, or on a Dask cluster."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from govtext._util import check_positive_int, require

__all__ = ["PARALLEL_MIN_CHARS", "map_documents"]

T = TypeVar("T")

#: Characters of text each worker process must have to analyse for processes to pay.
#: Starting a worker (importing govtext and its engine, loading the dictionaries) costs
#: about a second, the time the whole pipeline takes for about a million characters on
#: one core; below twice that per worker, fewer workers (or none) are started.
PARALLEL_MIN_CHARS = 2_000_000


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
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(
            tqdm(
                pool.map(func, texts, chunksize=chunks),
                total=len(texts),
                desc=desc,
                disable=not show,
                file=sys.stderr,
            )
        )
