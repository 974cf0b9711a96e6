"""Streamed runs: the rows of the DataFrame route, written as they come, texts never held."""

from __future__ import annotations

import io
import json
import shutil
import warnings
from pathlib import Path

import pandas as pd
import pytest

import govtext
from govtext import parallel
from govtext.cli import main
from govtext.config import Config
from govtext.export import ExportWarning, TableWriter, write_table
from govtext.io import ReadWarning, read_corpus
from govtext.parallel import imap_documents
from govtext.summary import document_stats

from .conftest import CORPUS


def _quiet(func: object, *args: object, **kwargs: object) -> object:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return func(*args, **kwargs)  # type: ignore[operator]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """The seeds, an empty file and a table of two documents."""
    root = tmp_path / "corpus"
    shutil.copytree(CORPUS, root)
    (root / "empty.txt").write_bytes(b"")
    rows = [{"doc_id": "x", "year": 2021, "text": "2021年工作要点\n坚持全面从严治党。"},
            {"doc_id": "x", "text": "落实“两个维护”，全年开展学习12次。"}]
    (root / "table.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    return root


def test_stats_of_a_path_equals_stats_of_the_read_corpus(folder: Path) -> None:
    with pytest.warns(ReadWarning, match="1 input"):
        streamed = govtext.stats(folder)
    reference = _quiet(govtext.stats, _quiet(read_corpus, folder))
    pd.testing.assert_frame_equal(streamed, reference)
    assert streamed.attrs == reference.attrs
    assert streamed.attrs["errors"][0]["error"] == "empty file"
    assert "x#2" in streamed["doc_id"].tolist()


def test_the_state_council_corpus_streamed_as_read(gwr_path: Path) -> None:
    streamed = govtext.stats(gwr_path)
    pd.testing.assert_frame_equal(streamed, govtext.stats(read_corpus(gwr_path)))


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".json", ".jsonl"])
def test_write_stats_is_byte_identical_to_write_table(
    folder: Path, tmp_path: Path, suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from govtext import streaming

    monkeypatch.setattr(streaming, "CHUNK_DOCUMENTS", 2)  # several chunks
    reference = tmp_path / f"reference{suffix}"
    write_table(_quiet(govtext.stats, folder), reference)
    out = tmp_path / f"streamed{suffix}"
    report = _quiet(govtext.write_stats, folder, out)
    assert out.read_bytes() == reference.read_bytes()
    assert report.rows == report.documents == 7
    assert [e["path"] for e in report.errors] == [str(folder / "empty.txt")]


def test_write_stats_parquet_holds_the_rows(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from govtext import streaming

    monkeypatch.setattr(streaming, "CHUNK_DOCUMENTS", 3)  # row groups of three
    out = tmp_path / "stats.parquet"
    _quiet(govtext.write_stats, folder, out)
    written = pd.read_parquet(out)
    reference = _quiet(govtext.stats, folder)
    assert written["doc_id"].tolist() == reference["doc_id"].tolist()
    assert written["n_tokens"].tolist() == reference["n_tokens"].tolist()
    pd.testing.assert_series_equal(written["year"], reference["year"], check_dtype=False)


def test_processes_give_byte_identical_rows(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = tmp_path / "one.csv"
    _quiet(govtext.write_stats, folder, one)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_CHARS", 0)  # processes even here
    monkeypatch.setattr(parallel, "BATCH_CHARS", 1)  # one document per batch
    two = tmp_path / "two.csv"
    _quiet(govtext.write_stats, folder, two, n_jobs=2)
    assert two.read_bytes() == one.read_bytes()


def test_imap_documents_keeps_the_order_and_starts_no_pool_when_small(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [CORPUS.joinpath(p).read_text(encoding="utf-8") for p in sorted(
        p.name for p in CORPUS.glob("0*.txt"))]
    serial = [document_stats(t) for t in texts]
    pooled = list(imap_documents(document_stats, iter(texts * 3), n_jobs=2, min_chars=0,
                                 batch_chars=1))
    assert pd.DataFrame(pooled).to_csv() == pd.DataFrame(serial * 3).to_csv()

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a process pool was started for a small corpus")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    monkeypatch.setattr(parallel, "HOLD_ITEMS", 2)  # windows of two, analysed here
    assert list(imap_documents(len, iter(texts), n_jobs=2)) == [len(t) for t in texts]


def test_the_cache_reuses_rows_of_an_unchanged_corpus(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _quiet(govtext.stats, folder, cache=cache)
    second = _quiet(govtext.stats, folder, cache=cache)
    assert (first.attrs["reused"], second.attrs["reused"]) == (0, len(first))
    pd.testing.assert_frame_equal(first, second, check_flags=False)
    assert first.to_csv() == second.to_csv()
    changed = Config(nested=False)
    third = _quiet(govtext.stats, folder, cache=cache, config=changed)
    assert third.attrs["reused"] == 0
    pd.testing.assert_frame_equal(third, _quiet(govtext.stats, folder, config=changed))


def test_cli_stats_streams_and_reports_the_cache(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import govtext.io

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the corpus was read into a DataFrame")

    monkeypatch.setattr(govtext.io, "read_corpus", refuse)
    out = tmp_path / "stats.csv"
    cache = tmp_path / "cache"
    assert main(["stats", str(folder), "--output", str(out), "--cache", str(cache)]) == 0
    first = out.read_bytes()
    err = capsys.readouterr().err
    assert "cannot read" in err and "empty.txt" in err
    assert "reused 0 of 7 document(s)" in err and "wrote 7 rows" in err
    assert main(["stats", str(folder), "--output", str(out), "--cache", str(cache)]) == 0
    assert "reused 7 of 7 document(s)" in capsys.readouterr().err
    assert out.read_bytes() == first
    monkeypatch.undo()
    reference = tmp_path / "reference.csv"
    write_table(_quiet(govtext.stats, _quiet(read_corpus, folder)), reference)
    assert first == reference.read_bytes()


def test_cli_stats_without_documents_writes_no_file(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    out = tmp_path / "stats.csv"
    assert main(["stats", str(tmp_path / "in"), "--output", str(out), "--quiet"]) == 1
    assert not out.exists()


def test_table_writer_keeps_the_first_columns(tmp_path: Path) -> None:
    out = io.StringIO()
    with TableWriter(out, format="csv") as writer:
        writer.write(pd.DataFrame({"doc_id": ["a"], "n": [1]}))
        with pytest.warns(ExportWarning, match="url"):
            writer.write(pd.DataFrame({"doc_id": ["b"], "url": ["u"]}))
    assert out.getvalue() == "doc_id,n\na,1\nb,\n"
    empty = io.StringIO()
    TableWriter(empty, format="json").close()
    assert empty.getvalue() == "[]\n"
