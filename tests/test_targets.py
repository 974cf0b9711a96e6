"""Quantified targets and follow-through, against hand labels of the State Council reports.

tests/data/targets_sc.tsv was labelled by hand before govtext was run on it.  The rules
of govtext.targets were tuned on its gdp_growth rows only; the other indicators are
held out (their thresholds sit just below what was measured, not tuned).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from govtext import extract_targets, follow_through
from govtext.follow import commitment_follow_through, target_met
from govtext.targets import canonical_indicator, parse_chinese_number

LABELS = Path(__file__).resolve().parent / "data" / "targets_sc.tsv"
#: the canonical keys of govtext's synonym table that the labels pool under one name
LABEL_KEY = {"registered_unemployment": "unemployment", "surveyed_unemployment": "unemployment",
             "deficit": "deficit_amount"}


def one(text: str, year: int | None = 2024, **where: Any) -> pd.Series:
    df = extract_targets(text) if year is None else _targets(text, year)
    for column, value in where.items():
        df = df[df[column] == value]
    assert len(df) == 1, df
    return df.iloc[0]


def _targets(text: str, year: int) -> pd.DataFrame:
    from govtext.targets import extract_targets as targets_of

    return targets_of(text, year=year)


# ---------------------------------------------------------------------------------------
# the forms of a quantity, on invented sentences
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "high", "unit", "modifier", "surface"),
    [
        ("今年预期目标是：地区生产总值增长6%－6.5%。", 6.0, 6.5, "%", "", "6%－6.5%"),
        ("今年预期目标是：地区生产总值增长6.5%-7%。", 6.5, 7.0, "%", "", "6.5%-7%"),
        ("今年预期目标是：地区生产总值增长6-6.5%。", 6.0, 6.5, "%", "", "6-6.5%"),
        ("今年预期目标是：地区生产总值增长5.5%左右。", 5.5, math.nan, "%", "左右", "5.5%"),
        ("今年预期目标是：城镇新增就业110万人以上。", 110.0, math.nan, "万人", "以上", "110万人"),
        ("今年计划地区生产总值增长百分之九。", 9.0, math.nan, "%", "", "百分之九"),
        ("今年计划地区生产总值增长百分之六点七。", 6.7, math.nan, "%", "", "百分之六点七"),
        ("今年计划全省生产总值增长百分之八至九。", 8.0, 9.0, "%", "", "百分之八至九"),
        ("今年预期目标是：地区生产总值增长５．５％左右。", 5.5, math.nan, "%", "左右", "５．５％"),
        ("今年预期目标是：城镇登记失业率控制在4.5%以内。", 4.5, math.nan, "%", "以内", "4.5%"),
        ("今年要确保粮食产量不低于650万吨。", 650.0, math.nan, "万吨", "不低于", "650万吨"),
        ("今年要新增就业岗位一千万个。", 1000.0, math.nan, "万个", "", "一千万个"),
    ],
)
def test_forms(text: str, value: float, high: float, unit: str, modifier: str,
               surface: str) -> None:
    row = one(text)
    assert row["value"] == pytest.approx(value)
    assert (math.isnan(high) and math.isnan(row["value_high"])) or row["value_high"] == high
    assert (row["unit"], row["modifier"], row["kind"], row["period"]) == (
        unit, modifier, "target", "2024")
    assert text[row["start"]:row["end"]] == surface


def test_masked_value() -> None:
    row = one("今年预期目标是：全市生产总值增长**%左右。")
    assert row["masked"] and math.isnan(row["value"])
    assert row["modifier"] == "左右"
    row = one("全年召开专题会议不少于X次。", unit="次")
    assert row["masked"] and row["modifier"] == "不少于" and row["kind"] == "target"


def test_frequency_target() -> None:
    row = one("全年开展理论学习中心组集中学习不少于12次。", unit="次")
    assert (row["value"], row["modifier"], row["kind"]) == (12.0, "不少于", "target")
    assert row["indicator"].endswith("集中学习")


def test_multi_year_and_periods() -> None:
    df = _targets("一、过去五年工作回顾\n过去五年，全市生产总值年均增长6.1%。\n"
                  "二、今后五年目标\n今后五年，全市生产总值年均增长5%以上。", 2021)
    assert df["kind"].tolist() == ["multi_year", "multi_year"]
    assert df["period"].tolist() == ["2016-2020", "2021-2025"]
    plan = one("“十四五”时期经济年均增长保持在5%以上。", year=2021)
    assert (plan["kind"], plan["period"], plan["indicator"]) == (
        "multi_year", "2021-2025", "经济增长")


def test_outcome_of_the_year_before_and_shared_indicator() -> None:
    text = "一、2023年工作回顾\n全市生产总值达到1.2万亿元、增长5.3%。"
    df = _targets(text, 2024)
    assert df["indicator"].tolist() == ["全市生产总值", "全市生产总值"]
    assert df["kind"].tolist() == ["outcome", "outcome"]
    assert df["period"].tolist() == ["2023", "2023"]
    assert df["unit"].tolist() == ["万亿元", "%"]
    past = one("2022年，我们克服困难，地区生产总值增长3.1%。", year=2024)
    assert (past["kind"], past["period"]) == ("outcome", "2022")


def test_spans_index_the_source() -> None:
    text = ("各位代表：\n\n\u3000\u3000今年预期目标是：生产总\u200b值增长 ６ ％ 左右，"
            "物价涨幅3%左右。")
    df = _targets(text, 2024)
    assert len(df) == 2
    for row in df.itertuples():
        assert text[row.start:row.end] in ("６ ％", "3%")
        assert text[row.start:row.end] in row.sentence


def test_no_quantity_in_years_ordinals_and_titles() -> None:
    text = "今年是2024年，第3次会议审议《关于2024年增长5%的报告》。"
    assert _targets(text, 2024).empty


def test_chinese_numbers() -> None:
    assert parse_chinese_number("十三点四") == pytest.approx(13.4)
    assert parse_chinese_number("两千") == 2000
    assert parse_chinese_number("二十一点七") == pytest.approx(21.7)


def test_canonical_keys() -> None:
    assert canonical_indicator("国内生产总值", "%") == "gdp_growth"
    assert canonical_indicator("经济增长", "%") == "gdp_growth"
    assert canonical_indicator("国内生产总值", "万亿元") == "gdp"
    assert canonical_indicator("服务业增加值占国内生产总值", "%") == ""
    assert canonical_indicator("消费对经济增长", "%") == ""
    assert canonical_indicator("单位国内生产总值能耗", "%") == "energy_intensity"


def test_document_and_corpus_forms() -> None:
    from govtext import Document

    text = "今年的预期目标：国内生产总值增长5%左右。"
    doc = Document(text, metadata={"year": 2024})
    assert extract_targets(doc)["period"].tolist() == ["2024"]
    corpus = pd.DataFrame({"doc_id": ["r"], "year": [2024], "org": ["国务院"], "text": [text]})
    table = extract_targets(corpus)
    assert table.columns[0] == "doc_id" and table["year"].tolist() == [2024]
    assert table["canonical"].tolist() == ["gdp_growth"]


# ---------------------------------------------------------------------------------------
# the rule of met
# ---------------------------------------------------------------------------------------


def test_met_rule_per_modifier() -> None:
    assert target_met(5.4, 5.0, modifier="左右") and not target_met(5.6, 5.0, modifier="左右")
    assert target_met(4.5, 5.0, modifier="左右")
    assert target_met(1100.0, 1100.0, modifier="以上")
    assert not target_met(1099.0, 1100.0, modifier="不少于")
    assert target_met(4.5, 4.5, modifier="以内") and not target_met(4.7, 4.5, modifier="以内")
    assert target_met(6.1, 6.0, 6.5) and not target_met(5.9, 6.0, 6.5)
    assert target_met(7.8, 8.0) is False and target_met(7.96, 8.0) is True
    assert target_met(math.nan, 5.0) is None


# ---------------------------------------------------------------------------------------
# the State Council corpus against the hand labels
# ---------------------------------------------------------------------------------------


def _number(x: str) -> float | None:
    return round(float(x), 3) if x else None


def _rounded(x: float) -> float | None:
    return None if math.isnan(x) else round(float(x), 3)


@pytest.fixture(scope="module")
def labels() -> pd.DataFrame:
    return pd.read_csv(LABELS, sep="\t", dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def predicted(gwr_path: Path) -> pd.DataFrame:
    table = extract_targets(gwr_path)
    table = table[table["doc_type"] == "government_work_report"]
    return table.assign(key=table["canonical"].map(lambda k: LABEL_KEY.get(k, k)))


def _label_set(labels: pd.DataFrame) -> set[tuple[Any, ...]]:
    return {(int(r.report_year), r.indicator, r.kind, _number(r.value), _number(r.value_high))
            for r in labels.itertuples()}


def _predicted_set(predicted: pd.DataFrame, labels: pd.DataFrame) -> set[tuple[Any, ...]]:
    years, keys = set(labels["report_year"].astype(int)), set(labels["indicator"])
    return {(int(r.year), r.key, r.kind, _rounded(r.value), _rounded(r.value_high))
            for r in predicted.itertuples() if r.key in keys and int(r.year) in years}


def scores(predicted: pd.DataFrame, labels: pd.DataFrame) -> dict[tuple[str, str], tuple[
        float, float, int]]:
    """Precision and recall per (indicator, kind): distinct (report, indicator, kind,
    value, value_high) rows, for the kinds the labels record of each indicator."""
    gold, found = _label_set(labels), _predicted_set(predicted, labels)
    out = {}
    for indicator, kind in sorted({(g[1], g[2]) for g in gold}):
        g = {x for x in gold if x[1:3] == (indicator, kind)}
        p = {x for x in found if x[1:3] == (indicator, kind)}
        hit = len(g & p)
        out[(indicator, kind)] = (hit / len(p) if p else 0.0, hit / len(g), len(g))
    return out


#: (precision, recall) asserted: just below what was measured (README, "Targets and
#: follow-through").  gdp_growth was tuned on; the others were not.
THRESHOLDS = {
    ("gdp_growth", "target"): (0.96, 0.96),
    ("gdp_growth", "outcome"): (0.96, 0.96),
    ("gdp_growth", "multi_year"): (0.78, 0.93),
    ("urban_jobs", "target"): (0.94, 0.94),
    ("urban_jobs", "outcome"): (0.72, 0.94),
    ("unemployment", "target"): (0.95, 0.9),
    ("unemployment", "outcome"): (0.85, 0.85),
    ("cpi", "target"): (0.94, 0.94),
    ("cpi", "outcome"): (0.85, 0.9),
    ("deficit_ratio", "target"): (0.93, 0.78),
    ("deficit_ratio", "outcome"): (0.45, 0.45),
    ("deficit_amount", "target"): (0.3, 0.6),
}


def test_precision_recall_per_indicator_and_kind(predicted: pd.DataFrame,
                                                 labels: pd.DataFrame) -> None:
    measured = scores(predicted, labels)
    assert set(measured) == set(THRESHOLDS)
    for key, (precision, recall, _) in measured.items():
        low_p, low_r = THRESHOLDS[key]
        assert precision >= low_p, (key, precision)
        assert recall >= low_r, (key, recall)


def test_gdp_target_of_every_labelled_report(predicted: pd.DataFrame,
                                             labels: pd.DataFrame) -> None:
    gold = labels[(labels["indicator"] == "gdp_growth") & (labels["kind"] == "target")]
    assert len(gold) >= 25
    for r in gold.itertuples():
        rows = predicted[(predicted["year"] == int(r.report_year))
                         & (predicted["key"] == "gdp_growth") & (predicted["kind"] == "target")
                         & (predicted["period"] == r.period)]
        first = rows.sort_values("start").iloc[0]  # the headline statement
        assert first["value"] == pytest.approx(float(r.value)), r
        high = _number(r.value_high)
        assert _rounded(first["value_high"]) == high, r
        assert first["modifier"] == r.modifier, r


def test_gdp_outcome_of_every_labelled_report(predicted: pd.DataFrame,
                                              labels: pd.DataFrame) -> None:
    gold = labels[(labels["indicator"] == "gdp_growth") & (labels["kind"] == "outcome")]
    assert len(gold) >= 18
    for r in gold.itertuples():
        rows = predicted[(predicted["year"] == int(r.report_year))
                         & (predicted["key"] == "gdp_growth") & (predicted["kind"] == "outcome")
                         & (predicted["period"] == r.period)]
        assert (rows["value"] - float(r.value)).abs().min() < 1e-9, r


def _met_by_hand(outcome: float, target: float, high: float | None, modifier: str) -> bool:
    """The documented rule, written out again: ranges inclusive, 左右 within 0.5 points,
    no modifier a floor; bounds with a rounding tolerance of 0.05."""
    tol = 0.05
    if high is not None:
        return target - tol <= outcome <= high + tol
    if modifier == "左右":
        return abs(outcome - target) <= 0.5 + 1e-9
    if modifier in ("以内", "以下", "不超过"):
        return outcome <= target + tol
    return outcome >= target - tol


def test_follow_through_gdp_against_the_labels(gwr_path: Path, labels: pd.DataFrame) -> None:
    table = follow_through(gwr_path)
    gdp = table[(table["indicator"] == "gdp_growth") & (table["issuer"] == "国务院")]
    gdp = gdp.set_index("year")
    gold = labels[labels["indicator"] == "gdp_growth"]
    goals = {int(r.period): r for r in gold[gold["kind"] == "target"].itertuples()}
    results = {int(r.period): r for r in gold[gold["kind"] == "outcome"].itertuples()
               if int(r.report_year) == int(r.period) + 1}
    pairs = sorted(set(goals) & set(results))
    assert len(pairs) >= 15
    assert sorted(gdp.index) == pairs
    for year in pairs:
        goal, result = goals[year], results[year]
        row = gdp.loc[year]
        assert row["target"] == pytest.approx(float(goal.value))
        assert row["outcome"] == pytest.approx(float(result.value))
        expected = _met_by_hand(float(result.value), float(goal.value),
                                _number(goal.value_high), goal.modifier)
        assert bool(row["met"]) == expected, year
        gap = float(result.value) - float(goal.value)
        high = _number(goal.value_high)
        if high is not None:  # a range: distance to the nearer bound, 0 inside
            gap = max(0.0, float(result.value) - high) + min(0.0, float(result.value)
                                                              - float(goal.value))
        assert row["gap"] == pytest.approx(gap), year
        assert row["status"] == ("met" if expected else "above" if gap > 0 else "below"), year


def test_plot_follow_through() -> None:
    from govtext.plot import plot_follow_through

    table = pd.DataFrame({"indicator": ["gdp_growth"] * 3, "year": [2016, 2017, 2019],
                          "target": [6.5, 6.5, 6.0], "target_high": [7.0, math.nan, 6.5],
                          "modifier": ["", "左右", ""], "outcome": [6.7, 6.9, 6.1],
                          "met": [True, True, True]})
    ax = plot_follow_through(table)
    target_line, outcome_line = ax.get_lines()
    assert list(target_line.get_xdata()) == [2016, 2017, 2018, 2019]  # 2018 left empty
    assert math.isnan(outcome_line.get_ydata()[2])
    with pytest.raises(ValueError, match="cpi"):
        plot_follow_through(table, indicator="cpi")


def test_commitment_follow_through() -> None:
    corpus = pd.DataFrame({
        "doc_id": ["p22", "p23"], "year": [2022, 2023], "org": ["某局"] * 2,
        "doc_type": ["work_plan"] * 2,
        "text": ["2022年工作要点\n一、主要任务\n全年开展集中学习不少于12次。建设廉洁文化基地。",
                 "2023年工作要点\n一、2022年工作回顾\n全年开展集中学习12次。\n二、主要任务\n改革。"],
    })
    table = commitment_follow_through(corpus, min_similarity=0.3)
    assert table["done"].tolist() == [True, False]
    assert table.attrs["share_done"] == {("某局", "work_plan", 2022): 0.5}
    assert (table["review_doc"] == "p23").all()


def test_cli_targets_and_follow_through(tmp_path: Path) -> None:
    from govtext.cli import main

    path = tmp_path / "r.jsonl"
    rows = [{"title": f"{y}年政府工作报告", "year": y, "content": text} for y, text in [
        (2023, "今年的预期目标：国内生产总值增长5%左右。"),
        (2024, "去年国内生产总值增长5.2%。今年预期目标是：国内生产总值增长5%左右。")]]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows),
                    encoding="utf-8")
    out = tmp_path / "t.csv"
    assert main(["targets", str(path), "--output", str(out), "--quiet"]) == 0
    assert len(pd.read_csv(out)) == 3
    out = tmp_path / "f.csv"
    assert main(["follow-through", str(path), "--output", str(out), "--quiet"]) == 0
    table = pd.read_csv(out)
    assert table[["year", "target", "outcome", "met"]].values.tolist() == [[2023, 5.0, 5.2, True]]


def test_follow_through_with_own_synonyms() -> None:
    corpus = pd.DataFrame({
        "doc_id": ["a", "b"], "year": [2022, 2023], "org": ["某市"] * 2, "doc_type": ["r"] * 2,
        "text": ["今年的预期目标：全市税收收入增长8%以上。", "去年全市税收收入增长7.5%。"],
    })
    assert follow_through(corpus).empty  # no such indicator in the packaged table
    table = follow_through(corpus, indicators={"税收收入": "tax"})
    assert table[["indicator", "year", "target", "outcome", "met"]].values.tolist() == [
        ["tax", 2022, 8.0, 7.5, False]]
