"""Tables by extension (write_table) and the CLI's --output through it."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from govtext import ParameterError
from govtext.cli import main
from govtext.export import safe_names, tidy_table, write_table

from .conftest import CORPUS

READERS = {
    "csv": pd.read_csv,
    "tsv": lambda p: pd.read_csv(p, sep="\t"),
    "json": lambda p: pd.read_json(p, precise_float=True),
    "jsonl": lambda p: pd.read_json(p, lines=True, precise_float=True),
    "parquet": pd.read_parquet,
    "xlsx": pd.read_excel,
    "dta": pd.read_stata,
}


@pytest.mark.parametrize("ext", ["parquet", "xlsx", "dta"])
def test_stats_binary_formats_read_back(tmp_path: Path, ext: str) -> None:
    out = tmp_path / f"s.{ext}"
    assert main(["stats", str(CORPUS), "-o", str(out), "-q"]) == 0
    table = READERS[ext](out)
    assert len(table) == 5
    assert {"doc_id", "year", "n_slogans", "slogan_density"} <= set(table.columns)
    reference = pd.read_csv(CORPUS / "metadata.csv")
    assert sorted(table["year"].tolist()) == sorted(reference["year"].tolist())


def test_stats_every_format_same_values(tmp_path: Path) -> None:
    csv_path = tmp_path / "s.csv"
    assert main(["stats", str(CORPUS), "-o", str(csv_path), "-q"]) == 0
    reference = READERS["csv"](csv_path)
    for ext, read in READERS.items():
        path = tmp_path / f"t.{ext}"
        assert main(["stats", str(CORPUS), "-o", str(path), "-q"]) == 0
        table = read(path)
        assert table["doc_id"].astype(str).tolist() == reference["doc_id"].tolist()
        assert table["n_slogans"].tolist() == reference["n_slogans"].tolist()
        got = table["slogan_density"].to_numpy(dtype=float)
        want = reference["slogan_density"].to_numpy(dtype=float)
        if ext == "xlsx":  # Excel keeps 15-16 significant digits
            assert got == pytest.approx(want, rel=1e-14)
        else:  # full precision everywhere else
            assert got.tolist() == want.tolist()


def test_csv_keeps_every_digit(tmp_path: Path) -> None:
    value = 2 / 3
    table = pd.DataFrame({"x": [value, float("nan")]})
    for ext in ("csv", "json", "jsonl", "parquet"):
        path = tmp_path / f"x.{ext}"
        write_table(table, path)
        back = READERS[ext](path)["x"]
        assert back.iloc[0] == value
        assert pd.isna(back.iloc[1])
    assert "0.6666666666666666" in (tmp_path / "x.csv").read_text(encoding="utf-8")


def test_issues_csv_has_no_list_repr(tmp_path: Path) -> None:
    out = tmp_path / "issues.csv"
    assert main(["issues", str(CORPUS), "-o", str(out), "-q"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "['" not in text and "('" not in text
    table = pd.read_csv(out)
    multi = table["categories"].dropna()
    assert multi.str.contains(";").any()
    for cats, main_cat in zip(table["categories"], table["category"], strict=True):
        assert main_cat in str(cats).split(";")


def test_issues_json_keeps_arrays(tmp_path: Path) -> None:
    out = tmp_path / "issues.json"
    assert main(["issues", str(CORPUS), "-o", str(out), "-q"]) == 0
    records = json.loads(out.read_text(encoding="utf-8"))
    assert records and all(isinstance(r["categories"], list) for r in records)


@pytest.mark.parametrize("name", ["s.txt.gz", "s.xls", "s", "s.docx"])
def test_unknown_extension_exits_2(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / name
    assert main(["stats", str(CORPUS), "-o", str(out), "-q"]) == 2
    assert not out.exists()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ".parquet" in err


def test_txt_output_is_the_text_table(tmp_path: Path) -> None:
    out = tmp_path / "s.txt"
    assert main(["stats", str(CORPUS), "-o", str(out), "-q"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("doc_id") and set(lines[1]) <= {"-", " "}


def test_write_table_unknown_extension() -> None:
    with pytest.raises(ParameterError, match=r"\.csv"):
        write_table(pd.DataFrame({"a": [1]}), "x.sav")
    with pytest.raises(ParameterError, match="format"):
        write_table(pd.DataFrame({"a": [1]}), "x.csv", format="sav")


def test_safe_names_valid_unique_deterministic() -> None:
    import re

    columns = ["gov_work_reports:1", "gov_work_reports:2", "gov_work_reports_1", "2021",
               "四个意识", "不敢腐、不能腐、不想腐", "if", "TRUE", "_n", "", "x" * 40,
               "x" * 40, "a b", "a-b"]
    names = safe_names(columns)
    assert names == safe_names(columns)
    assert len(set(names)) == len(names)
    ident = re.compile(r"^[^\W\d_]\w{0,31}$")
    reserved = {"if", "TRUE", "_n", "in", "for", "NA"}
    for name in names:
        assert ident.match(name), name
        assert name not in reserved
    # a name valid as it is keeps it; the colliding one gets a suffix
    assert names[2] == "gov_work_reports_1"
    assert names[0] == "gov_work_reports_1_2"
    assert names[1] == "gov_work_reports_2"
    assert names[3] == "v2021"
    assert names[4] == "四个意识"
    assert names[5] == "不敢腐_不能腐_不想腐"
    assert len(names[10]) == 32 and len(names[11]) == 32


def test_tidy_joins_lists_tuples_sets() -> None:
    table = pd.DataFrame(
        {
            "a": [["x", "y"], None, []],
            "b": [("p", 1), {"z", "w"}, "plain"],
            "c": [1.0, 2.0, float("nan")],
        }
    )
    out = tidy_table(table)
    assert out["a"].tolist()[0] == "x;y" and out["a"].isna().iloc[1]
    assert out["a"].tolist()[2] == ""
    assert out["b"].tolist() == ["p;1", "w;z", "plain"]
    assert table["a"].iloc[0] == ["x", "y"]  # the input is not changed


def test_stata_long_strings_and_missing(tmp_path: Path) -> None:
    long_text = "加强党的建设" * 600  # longer than a Stata str#
    table = pd.DataFrame(
        {"doc_id": ["a", "b"], "text": [long_text, None], "flag": [True, False],
         "year": pd.array([2021, None], dtype="Int64"), "gov:1": [0.5, 0.25]}
    )
    path = tmp_path / "t.dta"
    write_table(table, path)
    back = pd.read_stata(path)
    assert back.columns.tolist() == ["doc_id", "text", "flag", "year", "gov_1"]
    assert back["text"].iloc[0] == long_text
    assert back["flag"].tolist() == [1, 0]
    assert back["year"].iloc[0] == 2021 and pd.isna(back["year"].iloc[1])


def test_excel_strips_control_characters(tmp_path: Path) -> None:
    table = pd.DataFrame({"text": ["第一页\x0c第二页"]})
    path = tmp_path / "t.xlsx"
    write_table(table, path)
    assert pd.read_excel(path)["text"].iloc[0] == "第一页第二页"


def test_stream_needs_text_format(tmp_path: Path) -> None:
    import io

    buf = io.StringIO()
    write_table(pd.DataFrame({"a": [1]}), buf, format="tsv")
    assert buf.getvalue() == "a\n1\n"
    with pytest.raises(ParameterError):
        write_table(pd.DataFrame({"a": [1]}), io.StringIO(), format="parquet")


def test_json_keeps_names_other_formats_rename(tmp_path: Path) -> None:
    table = pd.DataFrame({"doc_id": ["000_a"], "000_a": [1.0], "gov:1": [0.5]})
    write_table(table, tmp_path / "t.json")
    assert list(json.loads((tmp_path / "t.json").read_text("utf-8"))[0]) == [
        "doc_id", "000_a", "gov:1"]
    write_table(table, tmp_path / "t.csv")
    assert (tmp_path / "t.csv").read_text("utf-8").splitlines()[0] == "doc_id,v000_a,gov_1"


def test_formulas_are_neutralised_in_spreadsheet_formats(tmp_path: Path) -> None:
    frame = pd.DataFrame({"title": ["=HYPERLINK(\"x\")", "+1+1", "@SUM(A1)", "正常标题"],
                          "n": [1, 2, 3, 4]})
    csv_path, xlsx_path, json_path = tmp_path / "t.csv", tmp_path / "t.xlsx", tmp_path / "t.json"
    for path in (csv_path, xlsx_path, json_path):
        write_table(frame, path)
    for back in (pd.read_csv(csv_path), pd.read_excel(xlsx_path)):
        assert back["title"].tolist() == ["'=HYPERLINK(\"x\")", "'+1+1", "'@SUM(A1)", "正常标题"]
    assert pd.read_json(json_path)["title"].tolist() == frame["title"].tolist()
