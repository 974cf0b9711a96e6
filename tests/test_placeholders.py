"""Placeholders: validated against every mask of the five seeds, labelled by hand.

tests/data/placeholders_seeds.tsv lists each mask of each seed (offsets, the mask, the kind
read off the context by hand, and what it hides where that is clear).  The seeds were read
in full; no mask character other than * and X occurs in them.
"""

from __future__ import annotations

import csv
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.lexicon import Lexicon, SloganEntry
from govtext.placeholders import PLACEHOLDER_KINDS, extract_placeholders, find_placeholders

from .conftest import TEST_DATA

LABELS = TEST_DATA / "placeholders_seeds.tsv"


def _labels() -> list[dict[str, str]]:
    with LABELS.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@pytest.fixture(scope="module")
def predictions(seed_texts: dict[str, str]) -> dict[str, object]:
    return {name: extract_placeholders(text) for name, text in seed_texts.items()}


def test_seed_counts_equal_hand_counts(seed_texts, predictions):
    hand = Counter(row["doc"] for row in _labels())
    assert set(hand) == set(seed_texts)
    got = {name: len(df) for name, df in predictions.items()}
    print("placeholders per seed (hand / found):", {k: (hand[k], got[k]) for k in sorted(hand)})
    assert got == dict(hand)


def test_seed_spans_equal_hand_spans(seed_texts, predictions):
    for name, text in seed_texts.items():
        gold = {(int(r["start"]), int(r["end"])) for r in _labels() if r["doc"] == name}
        df = predictions[name]
        found = set(zip(df["start"], df["end"], strict=True))
        assert found == gold, name
        spans = zip(df["start"], df["end"], df["text"], strict=True)
        assert all(text[s:e] == t for s, e, t in spans)


def test_kinds_agree_with_hand_labels(predictions):
    pairs = []
    for row in _labels():
        df = predictions[row["doc"]]
        hit = df[(df["start"] == int(row["start"])) & (df["end"] == int(row["end"]))]
        pairs.append((row["kind"], hit["kind"].iloc[0]))
    agree = sum(g == p for g, p in pairs) / len(pairs)
    report = {}
    for kind in PLACEHOLDER_KINDS:
        tp = sum(g == p == kind for g, p in pairs)
        n_pred = sum(p == kind for _, p in pairs)
        n_gold = sum(g == kind for g, _ in pairs)
        report[kind] = (
            round(tp / n_pred, 3) if n_pred else None,
            round(tp / n_gold, 3) if n_gold else None,
            n_gold,
        )
    print(f"kind agreement {agree:.3f} over {len(pairs)}; (precision, recall, n): {report}")
    assert agree >= 0.95
    assert report["number"][0] == 1.0 and report["number"][1] == 1.0
    assert report["person"][0] >= 0.85 and report["person"][1] >= 0.85
    assert report["name"][0] >= 0.95 and report["name"][1] >= 0.95
    assert report["partial"][0] >= 0.85 and report["partial"][1] >= 0.85


def test_likely_fill(predictions):
    # fills the lexicon or jieba's dictionary can tell (XXX新时代… -> 习近平, **形态 -> 意识)
    fills = []
    for row in _labels():
        df = predictions[row["doc"]]
        hit = df[(df["start"] == int(row["start"])) & (df["end"] == int(row["end"]))]
        fills.append((row["likely_fill"] or None, hit["likely_fill"].iloc[0]))
    made = [(g, p) for g, p in fills if p is not None]
    correct = sum(g == p for g, p in made)
    labelled = sum(g is not None for g, _ in fills)
    print(f"likely_fill: {correct} of {len(made)} proposed fills right; {labelled} masks labelled")
    assert made and correct == len(made)
    assert sum(p == "意识" for _, p in made) == 3


def test_likely_fill_from_lexicon_formula():
    lex = Lexicon.from_entries(
        [SloganEntry("习近平新时代中国特色社会主义思想", (), "ideology", 2017, "Xi Thought")]
    )
    df = extract_placeholders("坚持以XXX新时代中国特色社会主义思想为指导", lexicon=lex)
    assert df[["kind", "likely_fill"]].values.tolist() == [["person", "习近平"]]


def test_packaged_lexicon_fills_leader_formula():
    from govtext.lexicon import load_lexicon

    assert "习近平新时代中国特色社会主义思想" in load_lexicon()
    df = extract_placeholders("以XXX新时代中国特色社会主义思想为指导")
    assert df["likely_fill"].tolist() == ["习近平"]


def test_state_council_false_alarms(gwr_records):
    # The State Council reports are not anonymised: every placeholder found is a false alarm.
    found = []
    for rec in gwr_records:
        df = extract_placeholders(rec["content"])
        found += [(rec["year"], t) for t in df["text"]]
    n_chars = sum(len(r["content"]) for r in gwr_records)
    print(f"false alarms on the State Council corpus: {len(found)} in {n_chars} characters {found}")
    assert len(found) == 0


@pytest.mark.parametrize(
    "text",
    [
        "从一九九三年到二○○○年的七年间",
        "二〇二二年",
        "面积为3×4米，（1+r）×2，a×b",
        "XXL码的衣服，X光检查，X射线，X型",
        "iPhone X 与 Xbox",
        "计算3*4与a*b",
        "* 加强学习\n* 推进改革",
        "■ 加强学习\n□ 已完成",
        "某些问题，某种程度，某一方面",
        "20X5型号",
    ],
)
def test_not_placeholders(text):
    assert extract_placeholders(text).empty


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年召开会议**次", [("**", "number")]),
        ("结案率**％", [("**", "number")]),
        ("第X条", [("X", "number")]),
        ("“1＋5＋*”标准体系", [("*", "number")]),
        ("20XX年XX月", [("XX", "number"), ("XX", "number")]),
        ("某某同志", [("某某", "person")]),
        ("XXX视察XX重要讲话", [("XXX", "person"), ("XX", "name")]),
        ("ＸＸ局党组", [("ＸＸ", "name")]),
        ("××县○○镇□□村", [("××", "name"), ("○○", "name"), ("□□", "name")]),
        ("某某某局", [("某某某", "name")]),
        ("根据**情防控实际", [("**", "partial")]),
        ("落实**形态工作责任制", [("**", "partial")]),
    ],
)
def test_kinds(text, expected):
    df = extract_placeholders(text)
    assert list(zip(df["text"], df["kind"], strict=True)) == expected


def test_offsets_point_into_source_with_odd_spacing():
    text = "全年召开\u3000会议\u200bＸＸ次，\r\nＸＸ局"
    df = extract_placeholders(text)
    assert [text[s:e] for s, e in zip(df["start"], df["end"], strict=True)] == ["ＸＸ", "ＸＸ"]
    assert df["kind"].tolist() == ["number", "name"]


def test_columns_and_types():
    df = extract_placeholders("没有占位符。")
    assert list(df.columns) == ["text", "kind", "start", "end", "likely_fill"]
    assert str(df["start"].dtype) == "int64"
    with pytest.raises(TypeError):
        find_placeholders(b"**")  # type: ignore[arg-type]


_ALPHABET = st.sampled_from(
    list("**XX××○〇□某某些年次局市的一二三四五六七八九十0123456789 \n，。ab形态情")
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_spans_are_sorted_disjoint_and_exact(text):
    rows = find_placeholders(text)
    prev_end = 0
    for p in rows:
        assert 0 <= p.start < p.end <= len(text)
        assert text[p.start : p.end] == p.text
        assert p.start >= prev_end
        assert p.kind in PLACEHOLDER_KINDS
        prev_end = p.end


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="*＊XＸx×○〇□■某"), max_size=80))
def test_no_mask_character_no_placeholder(text):
    assert find_placeholders(text) == []


def test_formula_names_are_no_masks() -> None:
    for text in ("实施“数据要素×”三年行动计划", "推进数据要素×行动", "构建“1+N+X”政策体系",
                 "打造“双尖双领+X”产业集群", "推行1+X证书制度", "推广“X+N”模式"):
        assert extract_placeholders(text).empty, text
    # a formula of digits keeps its masked member
    assert extract_placeholders("建设“1＋5＋*”标准体系")["kind"].tolist() == ["number"]
    assert extract_placeholders("建设1＋5＋X标准体系")["kind"].tolist() == ["number"]


def test_masks_after_signature_fields_and_titles_are_persons() -> None:
    text = "2025年度述责述廉报告\n述职人：某某\n报告人：XXX\nXX省人民政府省长\u3000某某\n"
    kinds = extract_placeholders(text)[["text", "kind"]].values.tolist()
    assert kinds == [["某某", "person"], ["XXX", "person"], ["XX", "name"], ["某某", "person"]]
    assert extract_placeholders("中共XX县委")["kind"].tolist() == ["name"]
    assert extract_placeholders("追缴资金**万元")["kind"].tolist() == ["number"]
    assert extract_placeholders("开展“清风XX”系列活动")["kind"].tolist() == ["name"]


def test_formula_names_used_again_are_no_masks() -> None:
    # the X of “1+N+X” used on its own, the campaign name × before other words
    text = "构建“1+N+X”政策体系，“X”是指若干特色项目，制定X份清单。加强数据要素×监管。"
    assert extract_placeholders(text).empty
    assert extract_placeholders("实施“城市更新×”行动，推进城市更新×社区治理。").empty
    # without a formula in the text, a lone X before a measure is a masked number
    assert extract_placeholders("共印发X份文件。")["kind"].tolist() == ["number"]
    assert extract_placeholders("在×县召开会议。")["kind"].tolist() == ["name"]
