"""slogan_variants: surface forms of a slogan and the formulas around it.

The State Council facts below were read off the corpus with a plain text search (the
years and writings of 全面从严治党, 落实全面从严治党要求, 贯彻落实党中央全面从严治党战略部署,
推动高质量发展) before they were written here; each test also recomputes them from the
raw texts.  The stop-word lists of govtext.lineage were tuned on the 全面从严治党 and
高质量发展 variants of this corpus.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext import (
    AnalysisWarning,
    Document,
    ParameterError,
    normalize,
    slogan_variants,
    term_frequency,
)
from govtext.lineage import VARIANT_COLUMNS


@pytest.fixture(scope="module")
def gwr_corpus(gwr_records: list[dict[str, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": [f"gwr{i}" for i in range(len(gwr_records))],
            "year": pd.array([int(r["year"]) if r["year"] else None for r in gwr_records],
                             dtype="Int64"),
            "text": [r["content"] for r in gwr_records],
        }
    )


def _year_columns(table: pd.DataFrame) -> list[int]:
    return [c for c in table.columns if isinstance(c, int)]


def test_invented_formulas() -> None:
    corpus = pd.DataFrame({
        "year": [2016, 2017, 2018, 2019],
        "text": ["坚持全面从严治党。", "推动全面从严治党向纵深发展。",
                 "坚定不移推动全面从严治党向纵深发展，全面从严治党永远在路上。",
                 "坚定不移推进全面从严治党。要坚定不移推进全面从严治党！"],
    })
    table = slogan_variants(corpus, "全面从严治党")
    assert list(table.columns[: len(VARIANT_COLUMNS)]) == list(VARIANT_COLUMNS)
    rows = {r.variant: r for r in table.itertuples()}
    deep = rows["推动全面从严治党向纵深发展"]
    assert (deep.left, deep.first_year, deep.last_year, deep.n_documents, deep.count) == (
        "推动", 2017, 2018, 2, 2
    )
    assert deep.right.startswith("向")
    # written twice in one document only: a one-off context, counted as the slogan
    assert "坚定不移推进全面从严治党" not in rows
    assert rows["全面从严治党"].count == 4
    assert table["count"].sum() == 6
    assert table[_year_columns(table)].sum().tolist() == [1, 1, 2, 2]


def test_min_documents_one_keeps_every_context() -> None:
    corpus = pd.DataFrame({"year": [2019], "text": ["要坚定不移推进全面从严治党。"]})
    assert slogan_variants(corpus, "全面从严治党")["variant"].tolist() == ["全面从严治党"]
    wide = slogan_variants(corpus, "全面从严治党", min_documents=1)
    assert wide["variant"].tolist() == ["坚定不移推进全面从严治党"]
    assert slogan_variants(corpus, "全面从严治党", min_documents=1, left=0)[
        "variant"].tolist() == ["全面从严治党"]


def test_stops_at_punctuation_and_function_words() -> None:
    corpus = pd.DataFrame({"year": [2020, 2021],
                           "text": ["坚持和加强全面从严治党的各项工作。",
                                    "加强全面从严治党的各项工作，"]})
    table = slogan_variants(corpus, "全面从严治党")
    assert set(table["right"]) == {""}
    assert table["variant"].tolist() == ["加强全面从严治党"]


def test_nested_writing_starts_from_its_slogan() -> None:
    corpus = pd.DataFrame({"year": [2020, 2021], "text": ["坚持全面从严治党。"] * 2})
    table = slogan_variants(corpus, "从严治党")
    assert table["variant"].tolist() == ["坚持全面从严治党"]
    assert table["canonical"].tolist() == ["从严治党"]


def test_long_form_and_doc_types() -> None:
    corpus = pd.DataFrame({
        "year": [2017, 2018, 2018],
        "doc_type": ["报告", "报告", "要点"],
        "text": ["落实全面从严治党主体责任。", "压实全面从严治党主体责任。",
                 "落实全面从严治党主体责任。"],
    })
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        table = slogan_variants(corpus, "全面从严治党", long=True)
    assert any(issubclass(w.category, AnalysisWarning) for w in caught)
    assert table.columns[0] == "doc_type"
    report = table[table["doc_type"] == "报告"]
    assert report[["variant", "year", "year_count"]].values.tolist() == [
        ["全面从严治党主体责任", 2017, 1], ["全面从严治党主体责任", 2018, 1]
    ]
    # one document of its type: no variant recurs there
    assert table.loc[table["doc_type"] == "要点", "variant"].tolist() == ["全面从严治党"]
    # pooled, 落实全面从严治党主体责任 is written in two documents
    pooled = slogan_variants(corpus, "全面从严治党", doc_type="all")
    assert pooled["variant"].tolist() == ["落实全面从严治党主体责任", "全面从严治党主体责任"]
    assert pooled[[2017, 2018]].values.tolist() == [[1, 1], [0, 1]]


def test_bad_values() -> None:
    corpus = pd.DataFrame({"year": [2020], "text": ["坚持全面从严治党。"]})
    with pytest.raises(ParameterError, match="'left' parameter of slogan_variants"):
        slogan_variants(corpus, "全面从严治党", left=-1)
    with pytest.raises(ParameterError, match="'slogan' parameter"):
        slogan_variants(corpus, "  ")
    empty = slogan_variants(corpus, "四个意识")
    assert empty.empty and list(empty.columns) == [*VARIANT_COLUMNS, 2020]


def _raw_counts(corpus: pd.DataFrame, phrase: str) -> dict[int, int]:
    out: dict[int, int] = {}
    for text, year in zip(corpus["text"], corpus["year"], strict=True):
        n = text.count(phrase)
        if n and not pd.isna(year):
            out[int(year)] = out.get(int(year), 0) + n
    return dict(sorted(out.items()))


@pytest.mark.parametrize("slogan", ["全面从严治党", "高质量发展", "从严治党"])
def test_state_council_counts_add_up(gwr_corpus: pd.DataFrame, slogan: str) -> None:
    table = slogan_variants(gwr_corpus, slogan)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tf = term_frequency(gwr_corpus, terms=[slogan])
    per_year = table[_year_columns(table)].sum()
    expected = dict(zip(tf["year"].tolist(), tf["count"].tolist(), strict=True))
    assert {y: n for y, n in per_year.items() if n} == {y: n for y, n in expected.items() if n}
    # every writing of every document (also those without a year) is one row's count
    hits = sum(
        int((Document(t).slogan_hits["canonical"] == slogan).sum()) for t in gwr_corpus["text"]
    )
    assert table["count"].sum() == hits > 0
    assert (table["first_year"] <= table["last_year"]).all()
    assert table["variant"].str.contains(slogan).all()


def test_state_council_facts(gwr_corpus: pd.DataFrame) -> None:
    table = slogan_variants(gwr_corpus, "全面从严治党")
    rows = {r.variant: r for r in table.itertuples()}
    # first in a dated government work report in 2015 (read: 全面从严治党取得新进展)
    assert table["first_year"].min() == min(_raw_counts(gwr_corpus, "全面从严治党")) == 2015
    # 落实全面从严治党要求: 2017 (written 认真落实…, one token), 2018, 2019, 2021
    raw = _raw_counts(gwr_corpus, "落实全面从严治党要求")
    assert raw == {2017: 1, 2018: 1, 2019: 1, 2021: 1}
    duty = rows["落实全面从严治党要求"]
    assert (duty.first_year, duty.last_year, duty.count) == (2017, 2021, sum(raw.values()))
    # 贯彻落实党中央全面从严治党战略部署: 2021, 2022, 2023, 2025 (2019 writes 贯彻党中央…)
    raw = _raw_counts(gwr_corpus, "贯彻落实党中央全面从严治党战略部署")
    assert list(raw) == [2021, 2022, 2023, 2025]
    plan = rows["贯彻落实党中央全面从严治党战略部署"]
    assert (plan.first_year, plan.last_year, plan.count) == (2021, 2025, 4)
    assert table.loc[table["variant"] == "党中央全面从严治党战略部署", 2019].tolist() == [1]


def test_state_council_growth_formula(gwr_corpus: pd.DataFrame) -> None:
    table = slogan_variants(gwr_corpus, "高质量发展")
    row = table[table["variant"] == "推动高质量发展"].iloc[0]
    # 推动高质量发展 is written from 2018 on (read), the year 高质量发展 first appears
    assert min(_raw_counts(gwr_corpus, "推动高质量发展")) == row["first_year"] == 2018
    assert row["first_year"] == table["first_year"].min()
    assert row["count"] <= sum(_raw_counts(gwr_corpus, "推动高质量发展").values())


def test_cli_variants(tmp_path: Path) -> None:
    from govtext.cli import main

    source = tmp_path / "corpus.csv"
    pd.DataFrame({
        "year": [2017, 2018, 2019],
        "text": ["推动全面从严治党向纵深发展。"] * 2 + ["坚持全面从严治党。"],
    }).to_csv(source, index=False)
    out = tmp_path / "v.csv"
    assert main(["slogans", str(source), "--variants", "全面从严治党", "-o", str(out), "-q"]) == 0
    table = pd.read_csv(out)
    assert table["variant"].tolist() == ["推动全面从严治党向纵深发展", "全面从严治党"]
    # year columns are named v2017 ... in exported tables (names valid in Stata and R)
    assert table[["v2017", "v2018", "v2019"]].values.tolist() == [[1, 1, 0], [0, 0, 1]]
    out_long = tmp_path / "long.csv"
    assert main(["slogans", str(source), "--variants", "全面从严治党", "--by", "year",
                 "-o", str(out_long), "-q"]) == 0
    assert pd.read_csv(out_long)["year_count"].sum() == 3
    assert main(["slogans", str(source), "--variants", "全面从严治党", "--by", "org", "-q"]) == 2


_FRAGMENTS = ["坚持", "推动", "全面从严治党", "向纵深发展", "，", "。", "的", "主体责任", "落实",
              "坚定不移", "\n", " ", "2023年", "和"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_FRAGMENTS), max_size=12), min_size=1, max_size=4))
def test_every_writing_counts_once_under_a_written_variant(parts: list[list[str]]) -> None:
    texts = ["".join(p) for p in parts]
    corpus = pd.DataFrame({"year": [2000 + i for i in range(len(texts))], "text": texts})
    table = slogan_variants(corpus, "全面从严治党", min_documents=1)
    hits = [int((Document(t).slogan_hits["canonical"] == "全面从严治党").sum()) for t in texts]
    assert int(table["count"].sum()) == sum(hits)
    assert table[_year_columns(table)].sum().tolist() == hits
    for variant, lw, rw in zip(table["variant"], table["left"], table["right"], strict=True):
        assert variant.startswith(lw) and variant.endswith(rw) and "全面从严治党" in variant
        assert any(variant in normalize(t) for t in texts)
