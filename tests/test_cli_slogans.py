"""The ``slogans`` and ``kwic`` commands."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from govtext.cli import main

from .conftest import CORPUS


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> list[dict[str, object]]:
    assert main(argv) == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def test_slogans_on_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    rows = _json(capsys, ["slogans", str(CORPUS), "--format", "json", "--quiet"])
    assert set(rows[0]) == {
        "slogan", "count", "doc_freq", "first_year", "last_year", "source", "category", "gloss"
    }
    by_name = {r["slogan"]: r for r in rows}
    for national in ("四个意识", "两个维护", "两个确立", "四个自信", "三会一课", "一岗双责",
                     "八项规定", "四风", "全面从严治党"):
        assert by_name[national]["source"] == "lexicon", national
        assert by_name[national]["gloss"]
    for local in ("三真三实", "双创一争", "三比三赛", "以案四说", "三特", "四责联动"):
        assert by_name[local]["source"] == "pattern", local
    for wrong in ("三个方面", "五个方面", "一是", "一以贯之", "以上率下", "一年来"):
        assert wrong not in by_name
    assert by_name["两个维护"]["doc_freq"] == 5
    assert by_name["两个维护"]["first_year"] == by_name["两个维护"]["last_year"] == 2022
    counts = [r["count"] for r in rows]
    assert counts == sorted(counts, reverse=True)


def test_slogans_top_and_by_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "by_year.csv"
    assert main(["slogans", str(CORPUS), "--top", "3", "--by", "year", "-o", str(out),
                 "--doc-type", "all"]) == 0
    table = pd.read_csv(out)
    assert list(table.columns) == [
        "year", "slogan", "count", "n_docs", "doc_freq", "n_han", "n_chars", "rate"
    ]
    # the seeds are four types of report: without --doc-type each is counted apart
    assert main(["slogans", str(CORPUS), "--top", "3", "--by", "year", "-o", str(out), "-q"]) == 0
    per_type = pd.read_csv(out)
    assert list(per_type.columns[:2]) == ["doc_type", "year"]
    assert per_type["doc_type"].nunique() == 4
    assert per_type.groupby("slogan")["count"].sum().to_dict() == (
        table.groupby("slogan")["count"].sum().to_dict())
    assert table["slogan"].nunique() == 3 and set(table["year"]) == {2022}
    assert (table["rate"] == table["count"] / table["n_han"] * 10_000).all()
    capsys.readouterr()
    assert main(["slogans", str(CORPUS), "--top", "2", "--quiet"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["slogan", "count", "doc_freq"] and len(lines) == 4


def test_slogans_nested_counting(capsys: pytest.CaptureFixture[str]) -> None:
    every = {r["slogan"]: r["count"] for r in _json(
        capsys, ["slogans", str(CORPUS), "--format", "json", "--quiet"])}
    outer = {r["slogan"]: r["count"] for r in _json(
        capsys, ["slogans", str(CORPUS), "--format", "json", "--quiet", "--no-nested"])}
    # 从严治党 written inside 全面从严治党 counts by default (see the seed hand counts)
    assert every["从严治党"] > outer["从严治党"] > 0
    assert every["中国特色社会主义"] > 0 and "中国特色社会主义" not in outer
    assert every["全面从严治党"] == outer["全面从严治党"]


def test_slogans_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["slogans", str(CORPUS), "--by", "org_unit", "--quiet"]) == 2
    assert "no such column" in capsys.readouterr().err
    assert main(["slogans", str(CORPUS), "--top", "0", "--quiet"]) == 2
    assert "'top' parameter" in capsys.readouterr().err
    assert main(["slogans", "no/such/folder", "--quiet"]) == 1


def test_kwic(capsys: pytest.CaptureFixture[str]) -> None:
    rows = _json(
        capsys, ["kwic", str(CORPUS), "三真三实", "--window", "6", "--format", "json", "-q"]
    )
    assert len(rows) == 2
    for row in rows:
        assert row["match"] == "三真三实" and len(str(row["left"])) == 6
        text = (CORPUS / f"{row['doc_id']}.txt").read_text(encoding="utf-8")
        assert text[int(row["start"]) : int(row["end"])] == "三真三实"  # type: ignore[call-overload]
    rows = _json(capsys, ["kwic", str(CORPUS), "以案.说", "--regex", "--format", "json", "-q"])
    assert [r["match"] for r in rows] == ["以案四说"]
    assert main(["kwic", str(CORPUS), "(", "--regex", "-q"]) == 2
    assert "'pattern' parameter of kwic" in capsys.readouterr().err


def test_first_years_on_state_council_corpus(
    gwr_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _json(capsys, ["slogans", str(gwr_path), "--format", "json", "--quiet"])
    first = {r["slogan"]: r["first_year"] for r in rows}
    assert first["四个意识"] == 2017
    assert first["两个维护"] == 2019
    assert first["两个确立"] == 2022
    assert first["八项规定"] == 2014
