from __future__ import annotations

import pandas as pd
import pytest

from govtext.io import read_corpus
from govtext.parallel import map_documents
from govtext.summary import document_stats, stats

from .conftest import CORPUS


def test_serial_and_processes_agree() -> None:
    texts = read_corpus(CORPUS)["text"].tolist()
    serial = map_documents(document_stats, texts)
    parallel = map_documents(document_stats, texts, n_jobs=2)
    # NaN (an undefined ratio) is not equal to itself: compare as tables
    pd.testing.assert_frame_equal(pd.DataFrame(serial), pd.DataFrame(parallel))
    assert [r["n_chars"] for r in serial] == [len(t) for t in texts]


def test_dask_client_gives_the_same_rows() -> None:
    distributed = pytest.importorskip("distributed", reason="dask[distributed] is not installed")
    texts = read_corpus(CORPUS)["text"].tolist()
    with distributed.Client(
        processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None
    ) as client:
        rows = map_documents(document_stats, texts, client=client)
    pd.testing.assert_frame_equal(
        pd.DataFrame(rows), pd.DataFrame(map_documents(document_stats, texts))
    )


def test_stats_n_jobs_validated() -> None:
    with pytest.raises(ValueError, match="n_jobs"):
        map_documents(len, ["a"], n_jobs=-1)
    assert len(stats(CORPUS, n_jobs=2)) == 5
