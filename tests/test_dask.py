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


# ------------------------------------------------- Parquet parts and dask DataFrames

#: Phrases of the bodies of the texts (a generated report's, the first seed's).
_BODY_PHRASES = ("压力传导还不够坚实", "在市委、市政府的坚强领导下")


def _values(obj: object) -> Iterator[object]:
    """Every value inside ``obj`` (lists, tuples, dicts, their items)."""
    yield obj
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield from _values(key)
            yield from _values(value)
    elif isinstance(obj, (list, tuple, set)):
        for item in obj:
            yield from _values(item)


@pytest.fixture()
def gathered(client: object, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every result the client gathers from the workers, kept for a look."""
    seen: list[object] = []
    gather = client.gather  # type: ignore[attr-defined]

    def spy(*args: object, **kwargs: object) -> object:
        out = gather(*args, **kwargs)
        seen.append(out)
        return out

    monkeypatch.setattr(client, "gather", spy)
    return seen


def _no_rows_nor_texts(gathered: list[object]) -> None:
    values = list(_values(gathered))
    assert values, "nothing was gathered"
    frames = [v for v in values if isinstance(v, pd.DataFrame)]
    assert frames and all(len(f) == 0 for f in frames)  # column types only
    texts = [v for v in values if isinstance(v, str)]
    assert not [t for t in texts if any(p in t for p in _BODY_PHRASES)]


def test_write_stats_to_a_folder_writes_parts_on_the_workers(
    folder: Path, client: object, no_reading_here: list[str], gathered: list[object],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "stats"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report = govtext.write_stats(folder, f"{out}/", client=client)
    assert no_reading_here == []
    _no_rows_nor_texts(gathered)
    monkeypatch.undo()
    serial = _quiet(govtext.stats, folder)
    names = sorted(p.name for p in out.iterdir())
    assert len(names) > 1
    assert names == [f"part-{i:05d}.parquet" for i in range(len(names))]
    schemas = [pq.read_schema(out / name) for name in names]
    assert all(s.equals(schemas[0], check_metadata=True) for s in schemas)
    back = pd.read_parquet(out)
    pd.testing.assert_frame_equal(back, serial)
    assert report.rows == report.documents == len(serial)
    assert report.errors == serial.attrs["errors"]
    assert report.skipped == serial.attrs["skipped"]
    # a second run replaces the parts; written here (no client), the same table
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        govtext.write_stats(folder, f"{out}/")
    pd.testing.assert_frame_equal(pd.read_parquet(out), serial)


def test_stats_as_a_dask_dataframe_kept_on_the_workers(
    folder: Path, client: object, no_reading_here: list[str], gathered: list[object],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import dask.dataframe as dd

    table = _quiet(govtext.stats, folder, client=client, as_dask=True)
    assert no_reading_here == []
    assert isinstance(table, dd.DataFrame) and table.npartitions > 1
    _no_rows_nor_texts(gathered)
    monkeypatch.undo()
    serial = _quiet(govtext.stats, folder)
    pd.testing.assert_frame_equal(table.compute().reset_index(drop=True), serial)
    assert list(table.columns) == list(serial.columns)


def test_as_dask_with_paths_needs_a_client(folder: Path) -> None:
    with pytest.raises(govtext.ParameterError, match="client"):
        govtext.stats(folder, as_dask=True)


@pytest.fixture(scope="module")
def corpus_ddf(folder: Path) -> object:
    """The corpus read here, one text missing, as a dask DataFrame of three partitions."""
    import dask.dataframe as dd

    frame = _quiet(govtext.read_corpus, folder)
    frame = pd.concat([frame, pd.DataFrame({"doc_id": ["missing"], "text": [None]})],
                      ignore_index=True)
    return dd.from_pandas(frame, npartitions=3)


@pytest.mark.parametrize(
    "verb", ["stats", "extract_commitments", "segment_sections", "extract_slogans"]
)
def test_a_dask_dataframe_corpus_is_analysed_partition_by_partition(
    corpus_ddf: object, client: object, verb: str
) -> None:
    import dask.dataframe as dd

    func = getattr(govtext, verb)
    lazy = _quiet(func, corpus_ddf)
    assert isinstance(lazy, dd.DataFrame)
    serial = _quiet(func, corpus_ddf.compute())  # type: ignore[attr-defined]
    pd.testing.assert_frame_equal(lazy.compute().reset_index(drop=True), serial)
    persisted = _quiet(func, corpus_ddf, client=client)
    pd.testing.assert_frame_equal(persisted.compute().reset_index(drop=True), serial)
    if verb == "stats":
        assert serial["n_chars"].isna().sum() == 1  # the missing text: a row of NA


def test_write_stats_of_a_dask_dataframe_to_a_folder(
    corpus_ddf: object, client: object, tmp_path: Path
) -> None:
    out = tmp_path / "ddf_stats"
    report = _quiet(govtext.write_stats, corpus_ddf, f"{out}/", client=client)
    serial = _quiet(govtext.stats, corpus_ddf.compute())  # type: ignore[attr-defined]
    assert sorted(p.name for p in out.iterdir()) == [f"part-{i:05d}.parquet" for i in range(3)]
    assert report.rows == len(serial)
    back = pd.read_parquet(out)
    assert back["doc_id"].tolist() == serial["doc_id"].tolist()
    pd.testing.assert_frame_equal(back, serial)


def test_a_dask_dataframe_without_doc_ids_is_refused(corpus_ddf: object) -> None:
    with pytest.raises(govtext.ParameterError, match="'doc_id' column"):
        govtext.stats(corpus_ddf.drop(columns=["doc_id"]))  # type: ignore[attr-defined]


def test_cli_stats_writes_parts_through_a_scheduler_address(
    folder: Path, client: object, no_reading_here: list[str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    from govtext.cli import main

    out = tmp_path / "cli_stats"
    address = client.scheduler.address  # type: ignore[attr-defined]
    assert main(["stats", str(folder), "--output", f"{out}/", "--scheduler", address]) == 0
    assert no_reading_here == []
    err = capsys.readouterr().err
    monkeypatch.undo()
    serial = _quiet(govtext.stats, folder)
    assert f"wrote {len(serial)} rows to {out}/" in err
    assert "cannot read" in err and "empty.txt" in err  # the reader's report, as without Dask
    pd.testing.assert_frame_equal(pd.read_parquet(out), serial)
    assert main(["stats", str(folder), "--output", f"{out}/", "--format", "csv"]) == 2


def test_parts_of_different_kinds_share_one_schema(tmp_path: Path) -> None:
    """A column missing, empty or of another kind in a part: one schema, the concat's types."""
    import pyarrow.parquet as pq

    parts = [
        pd.DataFrame({"doc_id": ["a"], "n": [1], "page": pd.Series([3], dtype=object)}),
        pd.DataFrame({"doc_id": ["b"], "page": pd.Series(["iv"], dtype=object)}),
        pd.DataFrame({"doc_id": ["c"], "n": pd.array([None], dtype="Int64"),
                      "page": pd.Series([None], dtype=object)}),
    ]
    assert streaming.write_parts(parts, tmp_path, empty=parts[0].iloc[:0]) == 3
    files = sorted(tmp_path.iterdir())
    schemas = [pq.read_schema(f) for f in files]
    assert all(s.equals(schemas[0], check_metadata=True) for s in schemas)
    back = pd.read_parquet(tmp_path)
    together = pd.concat(parts, ignore_index=True)
    assert back["n"].dtype == together["n"].dtype
    assert back["n"].tolist()[:1] == [1] and back["n"].isna().tolist() == [False, True, True]
    assert back["page"].tolist()[:2] == ["3", "iv"]  # two kinds across parts: text
