"""A Dask cluster of two worker processes reads and analyses the files; the client only paths."""

from __future__ import annotations

import json
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

import govtext
from govtext import io as gio
from govtext import streaming

from .conftest import CORPUS

distributed = pytest.importorskip("distributed", reason="dask[distributed] is not installed")


def _report(year: int, n: int) -> str:
    """A generated report (no corpus text): a heading, sections, slogans, masks."""
    return (
        f"{year}年全面从严治党工作要点\n"
        "一、总体要求\n"
        f"坚持以习近平新时代中国特色社会主义思想为指导，树牢“四个意识”，做到“两个维护”。\n"
        "二、存在问题\n"
        f"一是学习不够深入。二是压力传导还不够坚实，全年问题{n}个。\n"
        "三、下步打算\n"
        f"全年开展集中学习不少于{n}次，召开**次专题会议，XX同志负责。\n"
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds (with their metadata.csv and README) and generated files of every kind."""
    root = tmp_path_factory.mktemp("dask_corpus")
    shutil.copytree(CORPUS, root / "seeds")
    gen = root / "generated"
    gen.mkdir()
    for i in range(4):
        (gen / f"{2019 + i}年工作要点.txt").write_text(_report(2019 + i, i + 3), encoding="utf-8")
    # the same name twice (a.txt, a.md) and the same id in two tables: made unique in order
    (gen / "a.txt").write_text(_report(2020, 7), encoding="utf-8")
    (gen / "a.md").write_text("# " + _report(2021, 8), encoding="utf-8")
    for name in ("t1.jsonl", "t2.jsonl"):
        rows = [{"id": "dup", "year": 2023, "text": _report(2023, 9)},
                {"id": f"{name}-own", "text": _report(2024, 2)}]
        (gen / name).write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
    (gen / "empty.txt").write_bytes(b"")  # an error of the reader, reported the same way
    return root


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture()
def no_reading_here(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every file reader of this (the client's) process fail, and list the calls."""
    calls: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        calls.append(str(args[0]))
        raise AssertionError(f"the client read {args[0]}")

    monkeypatch.setattr(gio, "_read_single", refuse)
    monkeypatch.setattr(gio, "_table_records", refuse)
    monkeypatch.setattr(streaming, "PARTITION_BYTES", 4_000)  # several parts, both workers
    return calls


def _quiet(func: object, *args: object, **kwargs: object) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out: pd.DataFrame = func(*args, **kwargs)  # type: ignore[operator]
    return out


def test_stats_on_the_cluster_equals_the_serial_result(
    folder: Path, client: object, no_reading_here: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    on_cluster = _quiet(govtext.stats, folder, client=client)
    assert no_reading_here == []  # no file was read by the client
    monkeypatch.undo()  # read here again: the serial reference
    serial = _quiet(govtext.stats, folder)
    pd.testing.assert_frame_equal(on_cluster, serial)
    assert on_cluster.to_csv(index=False) == serial.to_csv(index=False)
    assert on_cluster.attrs == serial.attrs
    ids = serial["doc_id"].tolist()
    assert "generated/a#2" in ids and "dup#2" in ids  # ids made unique over the whole
    assert [e["path"] for e in serial.attrs["errors"]] == [str(folder / "generated/empty.txt")]
    assert len(serial) == 5 + 4 + 2 + 4


def test_corpus_verbs_and_write_stats_on_the_cluster(
    folder: Path, client: object, no_reading_here: list[str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    commitments = _quiet(govtext.extract_commitments, folder, client=client)
    out = tmp_path / "stats.parquet"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report = govtext.write_stats(folder, out, client=client)
    assert no_reading_here == []
    monkeypatch.undo()
    pd.testing.assert_frame_equal(commitments, _quiet(govtext.extract_commitments, folder))
    written = pd.read_parquet(out)
    serial = _quiet(govtext.stats, folder)
    assert report.rows == len(serial) == len(written)
    assert written["doc_id"].tolist() == serial["doc_id"].tolist()
    assert written["n_tokens"].tolist() == serial["n_tokens"].tolist()
