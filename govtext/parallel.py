"""Map a per-document function over texts: serially, in processes, or on a Dask cluster."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from govtext._util import check_positive_int, require

__all__ = ["map_documents"]

T = TypeVar("T")


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
) -> list[T]:
    """Apply ``func`` to every text, keeping the order.

    Parameters
    ----------
    func : callable
        A picklable function of one text (a module-level function).
    texts : sequence of str
    n_jobs : int, default 1
        Number of worker processes; 1 runs in this process.
    client : dask.distributed.Client, optional
        Run on a Dask cluster instead (``pip install "dask[distributed]"``).
    progress : bool or None, default False
        Show a tqdm progress bar on stderr; ``None`` shows it only on a terminal.
    desc : str
        Label of the progress bar.

    Returns
    -------
    list
        ``[func(t) for t in texts]``.

    Examples
    --------
    >>> map_documents(len, ["四个意识", "两个维护。"])
    [4, 5]
    """
    check_positive_int(n_jobs, "n_jobs", "map_documents")
    show = _progress_enabled(progress)
    if client is not None:
        distributed = require("distributed", "dask[distributed]", "running on a Dask cluster")
        futures = client.map(func, list(texts), pure=False)
        if show:
            distributed.progress(futures)
        return list(client.gather(futures))
    from tqdm import tqdm

    if n_jobs == 1 or len(texts) < 2:
        return [func(t) for t in tqdm(texts, desc=desc, disable=not show, file=sys.stderr)]
    chunks = max(1, len(texts) // (n_jobs * 4))
    with ProcessPoolExecutor(max_workers=n_jobs) as pool:
        return list(
            tqdm(
                pool.map(func, texts, chunksize=chunks),
                total=len(texts),
                desc=desc,
                disable=not show,
                file=sys.stderr,
            )
        )
