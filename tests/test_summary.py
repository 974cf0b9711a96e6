from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

from govtext import ParameterError
from govtext.document import Document
from govtext.io import read_corpus
from govtext.summary import document_stats, stats

from .conftest import CORPUS

BASE_COLUMNS = [
    "doc_id",
    "title",
    "year",
    "doc_type",
    "org",
    "n_chars",
    "script",
    "n_han",
    "n_paragraphs",
    "n_sentences",
    "mean_sentence_len",
    "n_tokens",
    "n_types",
    "ttr",
]


@pytest.fixture(scope="module")
def seed_stats() -> pd.DataFrame:
    return stats(read_corpus(CORPUS))


def test_columns_and_rows(seed_stats: pd.DataFrame) -> None:
    assert list(seed_stats.columns[: len(BASE_COLUMNS)]) == BASE_COLUMNS
    assert len(seed_stats) == 5
    assert (seed_stats["year"] == 2022).all()


def test_values_are_consistent(seed_stats: pd.DataFrame) -> None:
    corpus = read_corpus(CORPUS)
    for row, text in zip(seed_stats.itertuples(), corpus["text"], strict=True):
        assert row.n_chars == len(text)
        assert row.n_han == sum("\u4e00" <= ch <= "\u9fff" for ch in text)
        # the seeds have one paragraph per non-blank line
        assert row.n_paragraphs == sum(1 for line in text.split("\n") if line.strip())
        assert row.n_sentences >= row.n_paragraphs
        assert 0 < row.ttr <= 1
        assert row.n_types <= row.n_tokens < row.n_chars


def test_hand_counted_small_document() -> None:
    text = "一、总体要求\n树牢“四个意识”，坚定“四个自信”。全年开展12次学习！\n\n二、主要任务\n"
    row = document_stats(text)
    assert row["n_chars"] == len(text)
    assert row["n_paragraphs"] == 3
    assert row["n_sentences"] == 4  # heading, 。, ！, heading
    assert row["n_han"] == 29  # 5 + 6 + 6 + 4 + 3 + 5


def test_same_result_from_path_and_in_processes(seed_stats: pd.DataFrame) -> None:
    from_path = stats(CORPUS)
    pd.testing.assert_frame_equal(from_path, seed_stats)
    parallel = stats(read_corpus(CORPUS), n_jobs=2)
    pd.testing.assert_frame_equal(parallel, seed_stats)


def test_one_analysis_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """stats() builds one Document per text and computes each analysis once."""
    built: list[Document] = []
    real_init = Document.__init__

    def recording_init(self: Document, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        built.append(self)

    monkeypatch.setattr(Document, "__init__", recording_init)
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "一、总体要求\n树牢“四个意识”。坚定“四个自信”。", "二、存在问题\n一是学习不够。"]})
    table = stats(corpus)
    assert len(built) == 2
    for doc in built:
        assert len(doc.computed) == len(set(doc.computed)), doc.computed
        assert {"normalized", "protected", "section_columns", "slogan_rows"} <= set(doc.computed)
    assert table["n_slogans"].tolist() == [2, 0]


def test_errors_carry_over(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("2023年工作要点\n一、总体要求。", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = stats(read_corpus(tmp_path))
    assert len(table) == 1
    assert table.attrs["errors"][0]["error"] == "empty file"


def test_parameter_errors() -> None:
    with pytest.raises(
        ValueError, match=r"The 'n_jobs' parameter of stats must be a positive int\. Got 0"
    ):
        stats(CORPUS, n_jobs=0)
    with pytest.raises(ValueError, match="'text' column"):
        stats(pd.DataFrame({"content": ["x"]}))
    with pytest.raises(ParameterError, match="'corpus' parameter of stats"):
        stats(42)


def test_state_council_corpus(gwr_path: Path) -> None:
    table = stats(gwr_path)
    assert len(table) == 72
    assert table["year"].notna().all()
    reports = table[table["doc_type"] == "government_work_report"]
    assert (reports["n_sentences"] > 100).all()
    assert (reports["n_han"] > 0.8 * reports["n_chars"] - 2000).all()


def test_a_document_that_cannot_be_analysed_is_named() -> None:
    from govtext._util import AnalysisWarning

    corpus = pd.DataFrame(
        {"doc_id": ["a", "b", "c"], "text": ["坚持全面从严治党。", None, "树牢“四个意识”。"]}
    )
    with pytest.warns(AnalysisWarning, match=r"1 document\(s\) could not be analysed: b \("):
        table = stats(corpus)
    assert table["doc_id"].tolist() == ["a", "b", "c"]
    assert table.attrs["errors"] == [
        {"doc_id": "b", "error": "no text (a missing value in the 'text' column)"}
    ]
    # the other rows are as if alone; the failed row is NaN / NA
    alone = stats(corpus.iloc[[0, 2]]).reset_index(drop=True)
    pd.testing.assert_frame_equal(
        table.iloc[[0, 2]].reset_index(drop=True), alone, check_dtype=False
    )
    row = table.iloc[1]
    assert row.drop("doc_id").isna().all()
    assert str(table["n_sentences"].dtype) == "Int64"
    assert str(table["has_problems_section"].dtype) == "boolean"
    assert table["n_sentences"].iloc[[0, 2]].tolist() == [1, 1]
    with pytest.raises(ValueError, match=r"document 'b' could not be analysed: no text"):
        stats(corpus, errors="raise")
    # in worker processes too, and a text of another type
    other = pd.DataFrame({"doc_id": ["x", "y"], "text": ["两个维护。", 12345]})
    with pytest.warns(AnalysisWarning, match="the text is int, not str"):
        table = stats(other, n_jobs=2)
    assert table.attrs["errors"] == [{"doc_id": "y", "error": "the text is int, not str"}]


def test_undefined_ratios_are_nan_and_nothing_is_rounded() -> None:
    import math

    row = document_stats("，。！？……")  # punctuation only: no Han character, no token
    assert row["n_han"] == 0 and row["n_tokens"] == 0
    for column in ("ttr", "slogan_density", "placeholder_density", "commitment_density"):
        assert math.isnan(row[column]), column
    assert math.isnan(document_stats("")["mean_sentence_len"])
    assert math.isnan(document_stats("  \n")["share_plans"])
    # ratios are exact: 3 slogans in 7 Han characters, 3 types of 4 tokens
    text = "四个意识、四个自信、两个维护、四个意识。"
    row = document_stats(text)
    n_han, n_slogans = row["n_han"], row["n_slogans"]
    assert row["slogan_density"] == n_slogans / n_han * 10_000
    assert row["ttr"] == row["n_types"] / row["n_tokens"]
    text = "三、下步打算\n全年召开专题会议不少于X次。每季度听取1次汇报。加强学习。"
    row = document_stats(text)
    assert row["n_commitments"] == 3
    assert row["quantified_share"] == 2 / 3
    assert row["commitment_density"] == 1000 * 3 / row["n_han"]
    # section shares: the measure of sections.kind_shares, unrounded
    from govtext.sections import kind_shares

    text = "一、工作回顾\n做了很多工作。\n二、存在问题\n学习不够。\n三、下步打算\n加强学习。"
    doc = Document(text)
    rounded = kind_shares(doc.sections, text)
    row = document_stats(doc)
    for kind in ("review", "problems", "plans"):
        assert row[f"share_{kind}"] == pytest.approx(rounded[kind], abs=5e-5)
    assert row["share_problems"] == 11 / 35  # 二、存在问题 学习不够。 of 35 characters


def test_seed_ratios_are_unrounded(seed_stats: pd.DataFrame) -> None:
    for column in ("ttr", "slogan_density", "commitment_density", "placeholder_density",
                   "mean_sentence_len", "share_plans"):
        values = seed_stats[column].dropna()
        assert any(round(v, 4) != v for v in values), column
    assert (seed_stats["slogan_density"] == seed_stats["n_slogans"] / seed_stats["n_han"]
            * 10_000).all()
