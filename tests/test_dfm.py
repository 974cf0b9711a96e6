"""dfm, top_features, write_dfm, Tokenizer as an analyzer, and ``govtext dfm``."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import govtext
from govtext import ParameterError, Tokenizer, dfm, read_corpus, top_features, write_dfm
from govtext.cli import main

from .conftest import CORPUS


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return read_corpus(CORPUS)


@pytest.fixture(scope="module")
def matrix(corpus: pd.DataFrame) -> pd.DataFrame:
    return dfm(corpus)


def test_shape_sparse_and_index(corpus: pd.DataFrame, matrix: pd.DataFrame) -> None:
    assert matrix.index.name == "doc_id"
    assert matrix.index.tolist() == corpus["doc_id"].tolist()
    assert all(isinstance(t, pd.SparseDtype) for t in matrix.dtypes)
    totals = matrix.sum().to_numpy()
    assert (np.diff(totals) <= 0).all()  # most frequent first


def test_four_consciousnesses_column(matrix: pd.DataFrame, corpus: pd.DataFrame) -> None:
    column = matrix["四个意识"]
    expected = sum(
        int((govtext.extract_slogans(t, nested=True)["canonical"] == "四个意识").sum())
        for t in corpus["text"]
    )
    assert int(column.sum()) == expected == 8


def test_slogan_counts_equal_stats_and_extract(
    corpus: pd.DataFrame, matrix: pd.DataFrame
) -> None:
    table = govtext.stats(corpus).set_index("doc_id")
    slogans = matrix.attrs["slogans"]
    assert slogans and set(slogans) <= set(matrix.columns)
    dense = matrix[slogans].sparse.to_dense()
    for doc_id, text in zip(corpus["doc_id"], corpus["text"], strict=True):
        found = govtext.extract_slogans(text, nested=True)["canonical"].value_counts()
        row = dense.loc[doc_id]
        assert {k: int(v) for k, v in row[row > 0].items()} == found.to_dict()
        assert int(row.sum()) == table.loc[doc_id, "n_slogans"]


def test_nested_rule_counts_inner_slogan() -> None:
    m = dfm({"a": "坚持全面依法治国。", "b": "推进依法治国。"})
    assert m.loc["a", "全面依法治国"] == 1 and m.loc["a", "依法治国"] == 1
    assert m.loc["b", "依法治国"] == 1


def test_words_match_tokenizer_analyzer(corpus: pd.DataFrame) -> None:
    from sklearn.feature_extraction.text import CountVectorizer

    text = corpus["text"].iloc[0]
    m = dfm({"d": text}, stopwords=False)
    vec = CountVectorizer(analyzer=Tokenizer(), lowercase=False)
    x = vec.fit_transform([text])
    counts = dict(zip(vec.get_feature_names_out(), x.toarray()[0].tolist(), strict=True))
    words = [c for c in m.columns if c not in m.attrs["slogans"]]
    assert words
    for word in words:
        assert m.loc["d", word] == counts[word]


def test_stopwords_and_min_count(corpus: pd.DataFrame, matrix: pd.DataFrame) -> None:
    stop = govtext.load_stopwords()
    assert not (set(matrix.columns) & stop - set(matrix.attrs["slogans"]))
    full = dfm(corpus, stopwords=False)
    assert set(full.columns) > set(matrix.columns)
    assert "的" in full.columns
    frequent = dfm(corpus, min_count=5)
    assert (frequent.sum() >= 5).all()
    assert set(frequent.columns) == {c for c in matrix.columns if matrix[c].sum() >= 5}
    custom = dfm(corpus, stopwords=["政治"])
    assert "政治" not in custom.columns and "的" in custom.columns


def test_by_sums_documents(corpus: pd.DataFrame, matrix: pd.DataFrame) -> None:
    grouped = dfm(corpus, by="doc_type")
    assert grouped.index.name == "doc_type"
    assert sorted(grouped.index) == sorted(corpus["doc_type"].unique())
    by_hand = matrix.sparse.to_dense().groupby(corpus["doc_type"].to_numpy()).sum()
    dense = grouped.sparse.to_dense()
    for group in grouped.index:
        row = dense.loc[group]
        assert row[row > 0].to_dict() == by_hand.loc[group][by_hand.loc[group] > 0].to_dict()
    assert grouped.attrs["docvars"]["n_docs"] == [
        int((corpus["doc_type"] == g).sum()) for g in grouped.index
    ]


def test_by_missing_group_warns() -> None:
    frame = pd.DataFrame({"doc_id": ["a", "b"], "year": pd.array([2021, None], dtype="Int64"),
                          "text": ["树牢“四个意识”。", "增强“四个意识”。"]})
    with pytest.warns(govtext.MissingGroupWarning):
        m = dfm(frame, by="year")
    assert m.index.tolist() == [2021] and m.attrs["dropped"] == 1


def test_bad_parameters() -> None:
    with pytest.raises(ParameterError, match="min_count"):
        dfm({"a": "四个意识"}, min_count=0)
    with pytest.raises(ParameterError, match="'by'"):
        dfm({"a": "四个意识"}, by="nope")
    with pytest.raises(ParameterError, match="stopwords"):
        dfm({"a": "四个意识"}, stopwords="的")


def test_top_features_like_textstat_frequency(matrix: pd.DataFrame) -> None:
    top = top_features(matrix, 10)
    assert top.columns.tolist() == ["feature", "frequency", "rank", "docfreq", "slogan"]
    assert len(top) == 10
    dense = matrix.sparse.to_dense()
    for rec in top.to_dict("records"):
        assert rec["frequency"] == int(dense[rec["feature"]].sum())
        assert rec["docfreq"] == int((dense[rec["feature"]] > 0).sum())
        assert rec["slogan"] == (rec["feature"] in matrix.attrs["slogans"])
        higher = int((dense.sum() > rec["frequency"]).sum())
        assert rec["rank"] == higher + 1


def test_top_features_by_docvar(corpus: pd.DataFrame, matrix: pd.DataFrame) -> None:
    top = top_features(matrix, 3, by="doc_type")
    assert top.columns[0] == "group"
    assert set(top["group"]) == set(corpus["doc_type"])
    assert top.groupby("group").size().max() <= 3
    responsibility = top[top["group"] == "responsibility_report"]
    assert responsibility["docfreq"].max() == 2  # two documents of that type
    with pytest.raises(ParameterError):
        top_features(matrix, 3, by="nope")


def test_write_dfm_reads_back(tmp_path: Path, matrix: pd.DataFrame) -> None:
    from scipy.io import mmread

    files = write_dfm(matrix, tmp_path / "x.mtx")
    back = mmread(files["matrix"]).tocsr()
    assert back.shape == matrix.shape
    assert (back != matrix.sparse.to_coo().tocsr()).nnz == 0
    features = pd.read_csv(files["features"])
    assert features["feature"].tolist() == matrix.columns.tolist()
    docvars = pd.read_csv(files["docvars"])
    assert docvars["doc_id"].tolist() == matrix.index.tolist()
    assert {"year", "title", "doc_type", "n_han"} <= set(docvars.columns)
    with pytest.raises(ParameterError):
        write_dfm(matrix, tmp_path / "x.csv")


def test_cli_dfm_mtx_and_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from scipy.io import mmread

    out = tmp_path / "m.mtx"
    assert main(["dfm", str(CORPUS), "--output", str(out), "-q"]) == 0
    features = pd.read_csv(tmp_path / "m_features.csv")
    x = mmread(out).tocsr()
    column = features["feature"].tolist().index("四个意识")
    assert int(x[:, column].sum()) == 8
    assert main(["dfm", str(CORPUS), "--top", "5", "--format", "csv", "-q"]) == 0
    table = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out))
    assert len(table) == 5 and table["rank"].iloc[0] == 1
    assert main(["dfm", str(CORPUS), "--by", "nope", "-q"]) == 2


def test_tokenizer_is_an_analyzer() -> None:
    tok = Tokenizer()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tokens = tok("2022年，树牢“四个意识”，XX局要落实。")
    assert "四个意识" in tokens and "树牢" in tokens
    assert not any(t in {"，", "“", "”", "。", "2022年", "XX"} for t in tokens)
