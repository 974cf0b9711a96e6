"""``govtext sections``: outline, table, csv and json output through ``main``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govtext.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "004_71d5212a2d8988ed.txt"


def test_outline_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sections", str(SEED), "--quiet"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "[salutation] 市直机关工委："
    assert "  一、2022年工作情况  <review>" in out
    assert out[-1] == "[closing] 专此报告。"


def test_json_for_a_folder_carries_doc_id_and_columns(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["sections", str(ROOT / "corpus"), "--format", "json", "--quiet"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["doc_id"] for r in rows} >= {"004_71d5212a2d8988ed"}
    need = {"doc_id", "level", "marker", "number", "heading", "kind", "start", "end",
            "parent", "inline", "part"}
    assert need <= set(rows[0])
    text = SEED.read_text(encoding="utf-8")
    doc = [r for r in rows if r["doc_id"] == "004_71d5212a2d8988ed"]
    problems = [r for r in doc if r["kind"] == "problems" and r["marker"] == ""]
    assert text[problems[0]["start"]:].startswith("今年以来")


def test_csv_and_no_inline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sections.csv"
    assert main(["sections", str(SEED), "--no-inline", "--output", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith(
        "doc_id,title,year,doc_type,org,row,level,marker,number,heading,kind,start,end,parent,"
        "inline"
    )
    assert all(line.startswith(SEED.stem + ",") for line in lines[1:])
    assert not any(",True," in line for line in lines[1:])
    assert "wrote" in capsys.readouterr().err


def test_table_and_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sections", str(SEED), "--format", "table"]) == 0
    assert "2022年工作情况" in capsys.readouterr().out
    assert main(["sections", "no/such/file.txt", "--quiet"]) == 1
    assert "error" in capsys.readouterr().err
    assert main(["sections", str(SEED), "--format", "xml"]) == 2
