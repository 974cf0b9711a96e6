from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from govtext.cli import display_width, format_table, main

from .conftest import CORPUS, ROOT, SEED_FILES


def test_stats_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(CORPUS), "--quiet"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:4] == ["doc_id", "title", "year", "doc_type"]
    assert len(out) == 2 + 5
    # wide characters are aligned: the year column starts at the same display column
    header_col = display_width(out[0][: out[0].index("year")])
    for line in out[2:]:
        # cut the line at the header's display column: the year is there
        width, cut = 0, 0
        while width < header_col:
            width += display_width(line[cut])
            cut += 1
        assert line[cut : cut + 4] == "2022", line


def test_stats_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(CORPUS), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 5
    assert {
        "doc_id",
        "title",
        "year",
        "doc_type",
        "n_chars",
        "n_han",
        "n_paragraphs",
        "n_sentences",
        "mean_sentence_len",
        "n_tokens",
        "n_types",
        "ttr",
    } <= set(rows[0])
    assert all(r["year"] == 2022 and r["doc_type"] for r in rows)


def test_stats_csv_to_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s.csv"
    assert main(["stats", str(SEED_FILES[0]), str(SEED_FILES[1]), "--output", str(out)]) == 0
    table = pd.read_csv(out)
    assert table["doc_id"].tolist() == [SEED_FILES[0].stem, SEED_FILES[1].stem]
    assert "wrote 2 rows" in capsys.readouterr().err


def test_bad_files_named_and_exit_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_bytes(SEED_FILES[0].read_text("utf-8").encode("gb18030"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 nope")
    assert main(["stats", str(tmp_path), "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert "empty.txt: empty file" in captured.err
    assert "bad.docx: not a valid .docx" in captured.err
    assert "Traceback" not in captured.err
    assert len(pd.read_csv(__import__("io").StringIO(captured.out))) == 1


def test_nothing_readable_exits_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["stats", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "empty.txt: empty file" in err
    assert "could be read" in err
    assert main(["stats", str(tmp_path / "missing")]) == 1


def test_usage_errors_exit_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["stats"]) == 2
    assert main(["nosuchcommand", "x"]) == 2
    assert main(["stats", str(CORPUS), "--format", "xml"]) == 2
    assert main(["stats", str(CORPUS), "--n-jobs", "0"]) == 2
    err = capsys.readouterr().err
    assert "n_jobs" in err and "Traceback" not in err


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert "govtext" in capsys.readouterr().out
    assert main(["stats", "--help"]) == 0
    assert "--format" in capsys.readouterr().out


def test_format_table_alignment() -> None:
    frame = pd.DataFrame({"slogan": ["四个意识", "a"], "n": [1, 100]})
    lines = format_table(frame).splitlines()
    assert lines[2] == "四个意识    1"
    assert lines[3] == "a         100"


def test_python_dash_m_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "govtext", "stats", str(SEED_FILES[2]), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[0]["doc_type"] == "duty_integrity_report"


def test_state_council_json_lists_all_72(
    gwr_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stats", str(gwr_path), "--format", "json", "--quiet"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 72
    assert all(isinstance(r["year"], int) for r in rows)
