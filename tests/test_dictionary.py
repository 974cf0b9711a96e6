"""Dictionaries: YAML (quanteda/cntext layouts), TSV, packaged; count_dictionary; CLI."""

from __future__ import annotations

import io
import math
from pathlib import Path

import pandas as pd
import pytest

import govtext
from govtext import (
    Dictionary,
    ParameterError,
    count_dictionary,
    load_dictionary,
    read_corpus,
    read_dictionary,
)
from govtext.cli import main

from .conftest import CORPUS

YAML_TEXT = """\
problems:
  - 形式主义
  - 官僚主义
discipline:
  strict: [从严治党, 全面从严治党]
  integrity:
    - /廉洁(?:自律|从政)/
    - 党风廉政建设
slogans: 四个意识
"""


@pytest.fixture
def yaml_file(tmp_path: Path) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(YAML_TEXT, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return read_corpus(CORPUS)


def test_read_yaml_nested(yaml_file: Path) -> None:
    d = read_dictionary(yaml_file)
    assert d.names == ("problems", "discipline.strict", "discipline.integrity", "slogans")
    assert d["discipline.integrity"].patterns == ("廉洁(?:自律|从政)",)
    assert d["discipline.integrity"].terms == ("党风廉政建设",)
    assert d["slogans"].terms == ("四个意识",)
    assert d.name == "mine"


def test_read_cntext_layout(tmp_path: Path) -> None:
    path = tmp_path / "c.yml"
    path.write_text(
        "Name: 作风词典\nDesc: test\nCategory: [a, b]\nDictionary:\n  a: [形式主义]\n"
        "  b: [官僚主义]\n",
        encoding="utf-8",
    )
    d = read_dictionary(path)
    assert d.names == ("a", "b") and d.name == "作风词典"


def test_read_tsv(tmp_path: Path) -> None:
    path = tmp_path / "d.tsv"
    path.write_text("category\tterm\n# a comment\nwork\t形式主义\nwork\t官僚主义\n"
                    "party\t/从严治党/\n", encoding="utf-8")
    d = read_dictionary(path)
    assert d.names == ("work", "party")
    assert d["work"].terms == ("形式主义", "官僚主义") and d["party"].patterns == ("从严治党",)
    bad = tmp_path / "bad.tsv"
    bad.write_text("work 形式主义\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        read_dictionary(bad)


def test_bad_files(tmp_path: Path) -> None:
    with pytest.raises(ParameterError):
        read_dictionary(tmp_path / "d.json")
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: [/(unclosed/]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="regular expression"):
        read_dictionary(bad)
    bad.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(ValueError, match="mapping"):
        read_dictionary(bad)


def test_count_from_yaml(yaml_file: Path, corpus: pd.DataFrame) -> None:
    table = count_dictionary(corpus, yaml_file)
    d = read_dictionary(yaml_file)
    assert len(table) == len(corpus) * len(d)
    assert table.columns[0] == "doc_id"
    assert {"title", "year", "doc_type", "org"} <= set(table.columns)
    assert "text" not in table.columns
    assert table.columns[-5:].tolist() == ["category", "count", "n_han", "rate", "matched"]
    for doc_id, text in zip(corpus["doc_id"], corpus["text"], strict=True):
        norm = govtext.normalize(text)
        rows = table[table["doc_id"] == doc_id].set_index("category")
        # literal categories: the count of each term in the normalized text
        assert rows.loc["problems", "count"] == norm.count("形式主义") + norm.count("官僚主义")
        # longest term wins at a place: 全面从严治党 is one match, not also 从严治党
        assert rows.loc["discipline.strict", "count"] == norm.count("从严治党")
        n_han = rows.loc["problems", "n_han"]
        assert n_han == govtext.stats(corpus[corpus["doc_id"] == doc_id])["n_han"].iloc[0]
        for cat, row in rows.iterrows():
            assert math.isclose(row["rate"], row["count"] / n_han * 10_000)
            if row["count"]:
                for term in row["matched"].split(";"):
                    assert term in norm, cat
            else:
                assert row["matched"] == ""
    integrity = table[table["category"] == "discipline.integrity"]
    assert integrity["count"].sum() > 0


def test_count_from_mapping_and_regex() -> None:
    table = count_dictionary(
        {"a": "廉洁自律，廉洁从政，廉洁自律。", "b": "ｘｘ"},
        {"integrity": ["/廉洁(?:自律|从政)/"], "empty": ["/x*/"]},
    )
    a = table[table["doc_id"] == "a"].set_index("category")
    assert a.loc["integrity", "count"] == 3
    assert a.loc["integrity", "matched"] == "廉洁自律;廉洁从政"
    assert a.loc["empty", "count"] == 0  # zero-length matches do not count
    b = table[table["doc_id"] == "b"].set_index("category")
    assert math.isnan(b.loc["integrity", "rate"])  # no Han characters


def test_packaged_dictionaries(corpus: pd.DataFrame) -> None:
    tax = govtext.load_issue_taxonomy()
    issues = load_dictionary("issue_taxonomy")
    assert issues.names == tax.names
    assert set(issues["work_style"].terms) == set(tax["work_style"].cues) | set(
        tax["work_style"].weak_cues
    )
    cues = load_dictionary("commitment_cues")
    assert {"forward", "exclude"} <= set(cues.names)
    table = count_dictionary(corpus, "issue_taxonomy")
    assert set(table["category"]) == set(tax.names)
    assert table["count"].sum() > 0
    with pytest.raises(ParameterError):
        load_dictionary("nope")


def test_dictionary_from_mapping_is_immutable() -> None:
    d = Dictionary.from_mapping({"a": ["x"]})
    with pytest.raises(AttributeError):
        d.name = "other"  # type: ignore[misc]


def test_cli_dictionary(
    yaml_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["dictionary", str(CORPUS), "--dictionary", str(yaml_file),
                 "--format", "csv", "-q"]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert len(table) == 5 * 4 and "['" not in table.to_csv()
    out = tmp_path / "d.dta"
    assert main(["dictionary", str(CORPUS), "-d", str(yaml_file), "-o", str(out), "-q"]) == 0
    assert len(pd.read_stata(out)) == 20
    assert main(["dictionary", str(CORPUS), "-d", str(tmp_path / "none.yaml"), "-q"]) == 1
    assert main(["dictionary", str(CORPUS), "-q"]) == 2  # --dictionary is required
