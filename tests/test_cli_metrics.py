"""The placeholders and commitments commands, called through main()."""

from __future__ import annotations

import json

from govtext.cli import main

from .conftest import CORPUS

WORK_PLAN = CORPUS / "001_902d627f80f43ece.txt"


def test_placeholders_json(capsys):
    assert main(["placeholders", str(CORPUS), "--format", "json", "--quiet"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 19 + 33 + 18 + 21 + 55
    assert set(rows[0]) == {"doc_id", "title", "year", "doc_type", "org", "text", "kind",
                            "start", "end", "likely_fill"}
    assert {r["kind"] for r in rows} <= {"number", "person", "name", "partial", "unknown"}


def test_placeholders_kind_filter_table(capsys):
    assert main(["placeholders", str(CORPUS), "--kind", "person", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "person" in out and "number" not in out


def test_commitments_json_and_csv(capsys, tmp_path):
    assert main(["commitments", str(WORK_PLAN), "--format", "json", "--quantified", "-q"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 11 and all(r["quantified"] for r in rows)
    assert sum(r["masked"] for r in rows) == 7
    assert {"doc_id", "sentence", "quantified", "masked", "section_kind", "start", "end"} <= set(
        rows[0]
    )
    text = WORK_PLAN.read_text(encoding="utf-8")
    assert all(text[r["start"] : r["end"]] == r["sentence"] for r in rows)
    out = tmp_path / "c.csv"
    assert main(["commitments", str(CORPUS), "--output", str(out), "--quiet"]) == 0
    assert out.read_text(encoding="utf-8").splitlines()[0].startswith(
        "doc_id,title,year,doc_type,org,sentence")


def test_missing_input_exit_code(capsys):
    assert main(["commitments", "no/such/dir", "--quiet"]) == 1
    assert "no/such/dir" in capsys.readouterr().err
