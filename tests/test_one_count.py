"""One count in every view: a term's count in a document depends on it and the config alone.

On the State Council corpus, for lexicon slogans, pattern-found formulas, slogans written
inside longer ones and multi-part formulas, every view gives the same count per
(document type, year, term): the documents analysed one by one, ``term_frequency``,
``slogan_trend_table``, ``summarize_slogans``, ``stats``, the word cloud counts, ``dfm`` and the
commands ``slogans --by year`` and ``trend``.
"""

from __future__ import annotations

import json
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import govtext
from govtext.cli import main
from govtext.document import Document
from govtext.plot import wordcloud_frequencies

pytestmark = [pytest.mark.needs_corpus, pytest.mark.slow]

FIXED_TERMS = (
    "四个意识", "两个维护", "两个确立", "八项规定", "全面从严治党", "从严治党",
    "依法治国", "全面依法治国", "中国特色社会主义", "科学发展观", "三个代表",
    "不敢腐、不能腐、不想腐", "一个中心、两个基本点", "四个全面", "五位一体",
)


@pytest.fixture(scope="module")
def corpus(gwr_path: Path) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return govtext.read_corpus(gwr_path)


@pytest.fixture(scope="module")
def per_document(corpus: pd.DataFrame) -> list[Counter[str]]:
    out = []
    for text in corpus["text"]:
        hits = Document(text).slogan_hits
        out.append(Counter(hits["canonical"].tolist()))
    return out


@pytest.fixture(scope="module")
def terms(corpus: pd.DataFrame, per_document: list[Counter[str]]) -> list[str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        summary = govtext.summarize_slogans(corpus)
    patterns = summary[summary["source"] == "pattern"]["slogan"].head(8).tolist()
    lexicon = govtext.load_lexicon()
    fixed = [t for t in FIXED_TERMS if lexicon.canonical(t) is not None]
    chosen = list(dict.fromkeys([*fixed, *patterns]))
    assert len(chosen) >= 20 and len(patterns) >= 5
    return chosen


def _expected(
    corpus: pd.DataFrame, per_document: list[Counter[str]], terms: list[str]
) -> dict[tuple[Any, int, str], int]:
    expected: dict[tuple[Any, int, str], int] = {}
    for doc_type, year, counts in zip(corpus["doc_type"], corpus["year"], per_document,
                                      strict=True):
        for term in terms:
            key = (doc_type, int(year), term)
            expected[key] = expected.get(key, 0) + counts[term]
    return expected


def test_every_view_gives_the_same_count(
    corpus: pd.DataFrame, per_document: list[Counter[str]], terms: list[str],
    gwr_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    expected = _expected(corpus, per_document, terms)
    assert sum(expected.values()) > 400

    with pytest.warns(govtext.AnalysisWarning, match="mixes document types"):
        tf = govtext.term_frequency(corpus, terms=terms)
    got = {(r.doc_type, int(r.year), r.slogan): r.count for r in tf.itertuples()}
    assert got == expected

    with pytest.warns(govtext.AnalysisWarning, match="mixes document types"):
        trend = govtext.slogan_trend_table(corpus, terms, long=True)
    got_trend = Counter({(r.year, r.slogan): r.count for r in trend.itertuples()})
    want_trend = Counter({(y, f"{t}（{d}）"): c for (d, y, t), c in expected.items()})
    assert +got_trend == +want_trend

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        summary = govtext.summarize_slogans(corpus).set_index("slogan")
    totals: Counter[str] = Counter()
    for (_, _, term), c in expected.items():
        totals[term] += c
    for term in terms:
        assert summary.loc[term, "count"] == totals[term]

    stats = govtext.stats(corpus)
    assert stats["n_slogans"].tolist() == [sum(c.values()) for c in per_document]

    words = wordcloud_frequencies(corpus, max_words=100_000, min_length=1)
    for term in terms:
        assert words.get(term, 0) == totals[term]

    matrix = govtext.dfm(corpus)
    for term in terms:
        column = matrix[term].sparse.to_dense() if term in matrix.columns else None
        assert (0 if column is None else int(column.sum())) == totals[term]

    assert main(["slogans", str(gwr_path), "--by", "year", "--format", "json", "-q"]) == 0
    rows = json.loads(capsys.readouterr().out)
    got_cli = {(r["doc_type"], r["year"], r["slogan"]): r["count"] for r in rows
               if r["slogan"] in terms}
    assert got_cli == {k: v for k, v in expected.items() if k in got_cli}
    assert len(got_cli) == len(expected)

    args = ["trend", str(gwr_path), "--long", "--format", "json", "-q", "--slogans", *terms]
    assert main(args) == 0
    rows = json.loads(capsys.readouterr().out)
    assert +Counter({(r["year"], r["slogan"]): r["count"] for r in rows}) == +want_trend


def test_a_document_counts_the_same_alone(
    corpus: pd.DataFrame, per_document: list[Counter[str]], terms: list[str]
) -> None:
    """No count depends on which other documents the corpus holds."""
    for i in range(0, len(corpus), 9):
        alone = corpus.iloc[[i]]
        tf = govtext.term_frequency(alone, by=None, terms=terms)
        assert dict(zip(tf["slogan"], tf["count"], strict=True)) == {
            t: per_document[i][t] for t in terms
        }
