"""Corpus verbs: every extract_* and segment_* takes a text, a Document or a corpus."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

import govtext
from govtext.cli import main
from govtext.corpus import doc_ids, metadata_columns, split_doc_types
from govtext.document import ANALYSES, Document
from govtext.summary import COLUMN_GROUPS

from .conftest import CORPUS

VERBS = (
    "extract_slogans",
    "extract_placeholders",
    "extract_commitments",
    "extract_issues",
    "segment_sections",
    "segment_sentences",
)


@pytest.fixture(scope="module")
def seeds() -> pd.DataFrame:
    return govtext.read_corpus(CORPUS)


@pytest.mark.parametrize("verb", VERBS)
def test_corpus_tables_carry_metadata(seeds: pd.DataFrame, verb: str) -> None:
    func = getattr(govtext, verb)
    table = func(seeds)
    assert list(table.columns[:5]) == ["doc_id", "title", "year", "doc_type", "org"]
    assert len(table) > 0 and table["year"].eq(2022).all()
    assert set(table["doc_id"]) <= set(seeds["doc_id"])
    # the rows of each document are those of the document analysed alone
    for doc_id, text in zip(seeds["doc_id"], seeds["text"], strict=True):
        alone = func(text).reset_index(drop=True)
        assert func(Document(text)).equals(alone)
        if verb == "extract_slogans":  # beside the document's year
            alone = alone.rename(columns={"year": "slogan_year"})
        if verb == "segment_sections":  # the row in the document's own table
            alone = alone.reset_index(names="row")
        part = table[table["doc_id"] == doc_id].iloc[:, len(metadata_columns(seeds)):]
        pd.testing.assert_frame_equal(
            part.reset_index(drop=True), alone, check_dtype=False, check_index_type=False
        )
    # spans point into the source text
    if "start" in table.columns:
        texts = dict(zip(seeds["doc_id"], seeds["text"], strict=True))
        col = {"extract_slogans": "slogan", "extract_placeholders": "text",
               "extract_commitments": "sentence", "extract_issues": "statement",
               "segment_sentences": "sentence"}.get(verb)
        if col is not None:
            for row in table.itertuples():
                assert texts[row.doc_id][row.start : row.end] == getattr(row, col)


def test_parallel_tables_are_identical(seeds: pd.DataFrame) -> None:
    one = govtext.extract_commitments(seeds)
    two = govtext.extract_commitments(seeds, n_jobs=2)
    pd.testing.assert_frame_equal(one, two)


def test_one_doc_id_rule(tmp_path: Path) -> None:
    frame = pd.DataFrame({"path": ["a/x.txt", "b/x.txt"], "text": ["落实。", "坚持。"]})
    assert doc_ids(frame) == ["x", "x#2"]
    no_ids = pd.DataFrame({"text": ["落实“两个维护”。"]})
    with pytest.raises(govtext.ParameterError, match="no 'doc_id' column"):
        govtext.extract_slogans(no_ids)
    with pytest.raises(govtext.ParameterError, match="no 'doc_id' column"):
        govtext.stats(no_ids)


def test_unreadable_document_is_reported_not_fatal() -> None:
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "text": ["落实“两个维护”。", None]})
    with pytest.warns(govtext.AnalysisWarning, match="b"):
        table = govtext.extract_slogans(corpus)
    assert table["doc_id"].tolist() == ["a"]
    assert table.attrs["errors"][0]["doc_id"] == "b"


def test_stats_runs_each_analysis_once_per_document() -> None:
    doc = Document("一、总体要求\n树牢“四个意识”。坚定“四个自信”。**局负责。")
    row: dict[str, object] = {}
    for group in COLUMN_GROUPS:
        row.update(group(doc))
    assert sorted(doc.computed) == sorted(set(doc.computed)), doc.computed
    # everything stats reports was computed, and nothing stats does not need
    assert {"normalized", "protected", "slogan_rows", "section_columns", "token_counts",
            "placeholder_rows", "commitment_rows", "issue_rows"} <= set(doc.computed)
    assert not {"tokens", "token_arrays", "slogans", "slogan_hits", "sections", "placeholders",
                "commitments", "issues"} & set(doc.computed)
    assert set(doc.computed) <= set(ANALYSES)
    assert row["n_slogans"] == 2


def test_doc_type_policy() -> None:
    corpus = pd.DataFrame({
        "doc_id": ["a", "b", "c"],
        "year": [2020, 2020, 2021],
        "doc_type": ["report", "resolution", "report"],
        "text": ["落实“四个意识”。" * 30, "增强“四个意识”。", "树牢“四个意识”。" * 40],
    })
    with pytest.warns(govtext.AnalysisWarning, match=r"report: 2, resolution: 1"):
        tf = govtext.term_frequency(corpus, terms=["四个意识"])
    assert list(tf.columns[:2]) == ["doc_type", "year"]
    assert tf[["doc_type", "year", "count"]].values.tolist() == [
        ["report", 2020, 30], ["report", 2021, 40], ["resolution", 2020, 1]]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        chosen = govtext.term_frequency(corpus, terms=["四个意识"], doc_type="report")
        pooled = govtext.term_frequency(corpus, terms=["四个意识"], doc_type="all")
    assert chosen["count"].tolist() == [30, 40]
    assert pooled["count"].tolist() == [31, 40]
    # the denominator of every rate travels with it
    assert (chosen["rate"] == chosen["count"] / chosen["n_han"] * 10_000).all()
    with pytest.raises(govtext.ParameterError, match="must name types of the corpus"):
        govtext.term_frequency(corpus, doc_type="plan")
    kept, per_type = split_doc_types(corpus.iloc[[0, 2]], None, "x")
    assert len(kept) == 2 and not per_type


def test_doc_type_policy_in_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"doc_id": "a", "year": 2020, "doc_type": "report", "text": "落实“四个意识”。" * 3},
        {"doc_id": "b", "year": 2020, "doc_type": "resolution", "text": "增强“四个意识”。"},
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    assert main(["trend", str(path), "--slogans", "四个意识", "--long", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "mixes document types" in captured.err
    series = {r["slogan"]: r["count"] for r in json.loads(captured.out)}
    assert series == {"四个意识（report）": 3, "四个意识（resolution）": 1}
    assert main(["slogans", str(path), "--by", "year", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "mixes document types" in captured.err
    assert {(r["doc_type"], r["count"]) for r in json.loads(captured.out)} == {
        ("report", 3), ("resolution", 1)}
    assert main(["trend", str(path), "--slogans", "四个意识", "--long", "--format", "json",
                 "--doc-type", "report"]) == 0
    captured = capsys.readouterr()
    assert "mixes" not in captured.err
    assert [r["count"] for r in json.loads(captured.out)] == [3]
