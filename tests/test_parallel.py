from __future__ import annotations

import pandas as pd
import pytest

from govtext import parallel
from govtext.io import read_corpus
from govtext.parallel import PARALLEL_MIN_CHARS, map_documents
from govtext.summary import document_stats, stats

from .conftest import CORPUS


def test_serial_and_processes_agree() -> None:
    texts = read_corpus(CORPUS)["text"].tolist()
    serial = map_documents(document_stats, texts)
    # min_chars=0: processes even for five documents
    parallel = map_documents(document_stats, texts, n_jobs=2, min_chars=0)
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


def test_small_corpus_starts_no_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = read_corpus(CORPUS)["text"].tolist()
    assert sum(map(len, texts)) < PARALLEL_MIN_CHARS
    serial_csv = stats(CORPUS).to_csv(index=False)

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a process pool was started for a small corpus")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    # byte-identical to one job, and no worker started
    assert stats(CORPUS, n_jobs=2).to_csv(index=False) == serial_csv
    assert map_documents(len, texts, n_jobs=2) == [len(t) for t in texts]


def test_workers_follow_the_size_of_the_texts() -> None:
    from govtext.parallel import _n_workers

    texts = ["字" * 10] * 6
    assert _n_workers(texts, 4, 0) == 4
    assert _n_workers(texts, 4, 20) == 3  # 60 characters: 3 workers of at least 20
    assert _n_workers(texts, 4, 61) == 1
    assert _n_workers(texts[:1], 4, 0) == 1
    assert _n_workers([None, "字" * 40], 2, 20) == 2  # a missing text counts for nothing
    with pytest.raises(ValueError, match="min_chars"):
        map_documents(len, ["a"], min_chars=-1)


def test_processes_byte_identical_to_one_job() -> None:
    texts = read_corpus(CORPUS)["text"].tolist()
    one = pd.DataFrame(map_documents(document_stats, texts)).to_csv(index=False)
    two = pd.DataFrame(map_documents(document_stats, texts, n_jobs=2, min_chars=1)).to_csv(
        index=False
    )
    assert two == one


def test_workers_count_the_text_of_tuples() -> None:
    from govtext.parallel import _n_workers

    big = "字" * PARALLEL_MIN_CHARS
    assert _n_workers([(big, 2020), (big, 2021)], 2, PARALLEL_MIN_CHARS) == 2
    assert _n_workers([("短", 2020), ("短", 2021)], 2, PARALLEL_MIN_CHARS) == 1
