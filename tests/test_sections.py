"""Section segmentation: seeds against hand-written outlines, numbering styles, awkward
cases, the partition invariants (hypothesis) and the State Council corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.sections import (
    KINDS,
    SECTION_COLUMNS,
    format_outline,
    kind_shares,
    kind_spans,
    outline,
    section_at,
    section_kind_at,
    segment_sections,
)

DATA = Path(__file__).resolve().parent / "data"
SEED_LABELS = json.loads((DATA / "sections_seeds.json").read_text(encoding="utf-8"))
GWR_LABELS = json.loads((DATA / "sections_gwr.json").read_text(encoding="utf-8"))


# --- invariants ----------------------------------------------------------------------

def check_partition(df: pd.DataFrame, text: str) -> None:
    """The documented partition: parts tile the text, children nest, siblings do not
    overlap, sections tile the end of their parent."""
    assert list(df.columns) == list(SECTION_COLUMNS)
    n = len(text)
    if n == 0:
        assert df.empty
        return
    assert (df["start"] < df["end"]).all()
    assert ((df["start"] >= 0) & (df["end"] <= n)).all()
    top = df[df["level"] == 0]
    assert (top["parent"] == -1).all()
    assert top["start"].iloc[0] == 0 and top["end"].iloc[-1] == n
    assert (top["start"].to_numpy()[1:] == top["end"].to_numpy()[:-1]).all()
    assert set(df["kind"]) <= set(KINDS)
    for i, row in df.iterrows():
        assert (row["start"] <= row["body_start"] <= row["end"]), i
        if row["level"] == 0:
            continue
        parent = df.loc[row["parent"]]
        assert row["parent"] < i
        assert parent["level"] < row["level"]
        assert parent["start"] <= row["start"] and row["end"] <= parent["end"]
    for pid, kids in df[df["level"] > 0].groupby("parent"):
        kids = kids.sort_values("start")
        assert (kids["start"].to_numpy()[1:] >= kids["end"].to_numpy()[:-1]).all(), pid
        sections = kids[~kids["inline"]]
        if len(sections):
            assert (sections["start"].to_numpy()[1:] == sections["end"].to_numpy()[:-1]).all()
            assert sections["end"].iloc[-1] == df.loc[pid, "end"]


def rows(df: pd.DataFrame, text: str) -> list[dict[str, object]]:
    out = []
    for r in df[df["level"] > 0].itertuples():
        out.append(
            {
                "level": r.level, "marker": r.marker, "heading": r.heading, "kind": r.kind,
                "inline": bool(r.inline), "text": text[r.start:r.end].lstrip(),
            }
        )
    return out


# --- seeds against the hand-written outlines ------------------------------------------

def _match(pred: dict[str, object], gold: dict[str, object]) -> bool:
    return (
        pred["level"] == gold["level"]
        and pred["marker"] == gold["marker"]
        and bool(pred["inline"]) == bool(gold.get("inline", False))
        and str(pred["text"]).startswith(str(gold["text"]))
    )


def _pr(tp: int, n_pred: int, n_gold: int) -> tuple[float, float]:
    return (tp / n_pred if n_pred else 1.0), (tp / n_gold if n_gold else 1.0)


def test_seed_outlines_match_hand_labels(seed_texts: dict[str, str]) -> None:
    totals = {"sec": [0, 0, 0], "inl": [0, 0, 0]}  # tp, pred, gold
    kind_ok = kind_n = heading_ok = heading_n = 0
    for name, labels in SEED_LABELS.items():
        if name.startswith("_"):
            continue
        text = seed_texts[name]
        df = segment_sections(text)
        check_partition(df, text)
        # parts
        parts = df[df["level"] == 0]
        assert [p["part"] for p in labels["parts"]] == parts["part"].tolist(), name
        for p, r in zip(labels["parts"], parts.itertuples(), strict=True):
            assert text[r.start:r.end].lstrip().startswith(p["text"]), (name, p)
        pred = rows(df, text)
        for group, inline in (("sec", False), ("inl", True)):
            g = [x for x in labels["sections"] if bool(x.get("inline", False)) == inline]
            p = [x for x in pred if x["inline"] == inline]
            used: set[int] = set()
            for gold in g:
                hit = next(
                    (k for k, x in enumerate(p) if k not in used and _match(x, gold)), None
                )
                if hit is None:
                    continue
                used.add(hit)
                totals[group][0] += 1
                kind_n += 1
                kind_ok += p[hit]["kind"] == gold["kind"]
                if "heading" in gold:
                    heading_n += 1
                    heading_ok += p[hit]["heading"] == gold["heading"]
            totals[group][1] += len(p)
            totals[group][2] += len(g)
    sec_p, sec_r = _pr(*totals["sec"])
    inl_p, inl_r = _pr(*totals["inl"])
    print(
        f"\nseed sections: P={sec_p:.3f} R={sec_r:.3f} (n_gold={totals['sec'][2]}); "
        f"inline items: P={inl_p:.3f} R={inl_r:.3f} (n_gold={totals['inl'][2]}); "
        f"kind accuracy {kind_ok}/{kind_n}; headings exact {heading_ok}/{heading_n}"
    )
    assert sec_p >= 0.95 and sec_r >= 0.95
    assert inl_p >= 0.9 and inl_r >= 0.9
    assert kind_ok / kind_n >= 0.95
    assert heading_ok / heading_n >= 0.95


def test_seed_level1_kinds_exactly(seed_texts: dict[str, str]) -> None:
    for name, labels in SEED_LABELS.items():
        if name.startswith("_"):
            continue
        df = segment_sections(seed_texts[name])
        l1 = df[(df["level"] == 1) & ~df["inline"]]
        gold = [x for x in labels["sections"] if x["level"] == 1 and not x.get("inline")]
        assert l1["marker"].tolist() == [g["marker"] for g in gold], name
        assert l1["kind"].tolist() == [g["kind"] for g in gold], name


def test_seed_004_salutation_closing_and_unheaded_problems(seed_texts: dict[str, str]) -> None:
    text = seed_texts["004_71d5212a2d8988ed.txt"]
    df = segment_sections(text)
    parts = df[df["level"] == 0].set_index("part")
    assert parts.loc["salutation", "heading"] == "市直机关工委："
    assert parts.loc["closing", "heading"] == "专此报告。"
    first = df[(df["level"] == 1)].index[0]
    passage = df[(df["parent"] == first) & (df["marker"] == "")]
    assert len(passage) == 1
    p = passage.iloc[0]
    assert p["kind"] == "problems" and p["kind_source"] == "turn"
    assert text[p["start"]:].startswith("今年以来，**局全面从严治党工作虽然取得了一些成绩")
    assert p["end"] == df.loc[first, "end"]
    # the problems statements are asked for by position
    pos = text.index("部分党员干部缺乏斗争精神")
    assert section_kind_at(df, [pos]).tolist() == ["problems"]
    # the previous subsection now stops where the passage starts
    four = df[df["marker"] == "（四）"].iloc[0]
    assert four["end"] == p["start"]


def test_seed_003_mixed_heading_is_split(seed_texts: dict[str, str]) -> None:
    text = seed_texts["003_a63353f37c2cae0e.txt"]
    df = segment_sections(text)
    mixed = df[df["kind"] == "mixed"]
    assert len(mixed) == 1 and mixed.iloc[0]["heading"] == "存在的问题和下一步打算"
    kids = df[df["parent"] == mixed.index[0]]
    assert kids["kind"].tolist() == ["problems", "plans"]
    assert text[kids.iloc[1]["start"]:].startswith("2023年，**党组将继续")


# --- numbering styles and awkward cases (documents written for these tests) -------------

def outline_of(text: str) -> list[tuple[int, str, str, str]]:
    df = segment_sections(text)
    check_partition(df, text)
    return [
        (int(r.level), r.marker, r.heading, r.kind)
        for r in df[(df["level"] > 0)].itertuples()
    ]


def test_chapter_style_and_circled_numbers() -> None:
    text = (
        "第一部分 工作回顾\n"
        "第一章 组织建设\n过去一年完成了换届。\n"
        "第一节 基层组织\n①支部建设。已建成支部12个。\n②党员发展。发展党员5名。\n"
        "第二节 干部队伍\n开展了培训。\n"
        "第二部分 存在的问题\n学习不够深入。\n"
    )
    got = outline_of(text)
    assert got == [
        (1, "第一部分", "工作回顾", "review"),
        (2, "第一章", "组织建设", "review"),
        (3, "第一节", "基层组织", "review"),
        (4, "①", "支部建设", "review"),
        (4, "②", "党员发展", "review"),
        (3, "第二节", "干部队伍", "review"),
        (1, "第二部分", "存在的问题", "problems"),
    ]


def test_arabic_comma_and_parenthesised_numbers() -> None:
    text = (
        "一、下一步工作安排\n"
        "1、加强学习。组织学习不少于10次。\n"
        "（1）集中学习。每月一次。\n（2）个人自学。每周一次。\n"
        "2、强化监督。\n"
    )
    got = outline_of(text)
    assert got == [
        (1, "一、", "下一步工作安排", "plans"),
        (2, "1、", "加强学习", "plans"),
        (3, "（1）", "集中学习", "plans"),
        (3, "（2）", "个人自学", "plans"),
        (2, "2、", "强化监督", "plans"),
    ]


def test_heading_on_its_own_line_and_as_first_clause() -> None:
    own = "一、主要工作开展情况\n今年以来，我们完成了各项任务。\n"
    clause = "一、主要工作开展情况。今年以来，我们完成了各项任务。\n"
    for text in (own, clause):
        df = segment_sections(text)
        row = df[df["level"] == 1].iloc[0]
        assert row["heading"] == "主要工作开展情况"
        assert text[row["body_start"]:].startswith("今年以来")


def test_skipped_level_and_run_on_numbering() -> None:
    text = (
        "一、总体要求\n坚持稳中求进。\n"
        "二、重点任务\n1.抓好学习。全年学习12次。\n2.抓好监督。\n"
        "三、保障措施\n3.加强领导。\n4.强化考核。\n"
    )
    got = outline_of(text)
    assert [(lv, m) for lv, m, _, _ in got] == [
        (1, "一、"), (1, "二、"), (2, "1."), (2, "2."), (1, "三、"), (2, "3."), (2, "4."),
    ]


def test_full_width_digits_zero_width_and_crlf_map_back() -> None:
    text = (
        "\u200b一、工作回顾\r\n（１）学习。\u200b完成１２次。\r\n（２）监督。\r\n"
        "二、存在问题\r\n不足。\r\n"
    )
    df = segment_sections(text)
    check_partition(df, text)
    sub = df[df["level"] == 2]
    assert sub["marker"].tolist() == ["(1)", "(2)"] or sub["marker"].tolist() == ["（1）", "（2）"]
    first = sub.iloc[0]
    assert text[first["start"]:first["start"] + 3] == "（１）"
    assert df[df["level"] == 1]["kind"].tolist() == ["review", "problems"]


def test_soft_line_breaks_in_blank_line_paragraph_text() -> None:
    text = (
        "各位代表：\n\n现在，我代表政府作报告。\n\n一、工作回\n顾\n\n去年经济增长（PM\n2.5\n）浓度下降。\n\n"
        "二、今年工作任务\n\n今年要抓好三件事。\n\n"
    )
    got = outline_of(text)
    assert got[0][:3] == (1, "一、", "工作回顾")
    assert got[1][:3] == (1, "二、", "今年工作任务")
    assert [g[3] for g in got] == ["review", "plans"]


def test_false_headings_are_not_headings() -> None:
    text = (
        "一、工作回顾\n"
        "1.5万名党员参加了学习。\n"
        "2022年，我们开展了巡察。\n"
        "一是加强学习。二是强化监督。\n"
        "报告分三部分：一、回顾；二、问题；三、打算。\n"
        "3.这一行的编号前面没有1和2。\n"
        "一、二季度经济增长较快。\n"
        "二、存在问题\n学习不够。\n"
    )
    df = segment_sections(text)
    check_partition(df, text)
    headed = df[(df["level"] > 0) & ~df["inline"]]
    assert headed["marker"].tolist() == ["一、", "二、"]
    items = df[df["inline"]]
    assert items["marker"].tolist() == ["一是", "二是"]
    assert (items["level"] == 2).all()


def test_inline_enumerations_kinds_and_nesting() -> None:
    text = (
        "三、下步打算\n"
        "首先，加强学习。其次，强化监督。最后，抓好落实。\n"
        "一方面要严管，另一方面要厚爱。\n"
    )
    df = segment_sections(text)
    check_partition(df, text)
    items = df[df["inline"]]
    assert items["marker"].tolist() == ["首先", "其次", "最后", "一方面", "另一方面"]
    assert (items["kind"] == "plans").all()
    assert items["number"].tolist() == [1, 2, 3, 1, 2]


def test_title_signature_and_date() -> None:
    text = (
        "关于2022年度党建工作情况的报告\n"
        "市委组织部：\n"
        "现将有关情况报告如下。\n"
        "一、工作开展情况\n完成了各项任务。\n"
        "二、存在问题及原因分析\n学习不够深入。究其原因，主要是重视不够。\n"
        "特此报告。\n"
        "中共某某局党组\n"
        "2023年1月10日\n"
    )
    df = segment_sections(text)
    check_partition(df, text)
    parts = df[df["level"] == 0]["part"].tolist()
    assert parts == [
        "title", "salutation", "preamble", "body", "closing", "signature", "date",
    ]
    mixed = df[df["kind"] == "mixed"].iloc[0]
    kids = df[df["parent"] == mixed.name]
    assert kids["kind"].tolist() == ["problems", "causes"]


def test_headless_report_finds_problems_passage() -> None:
    text = (
        "今年以来，我局认真落实主体责任，召开会议12次，开展了专项检查。\n"
        "虽然取得了一定成绩，但仍存在一些问题：一是学习不够深入。二是监督不够有力。\n"
        "下一步，我们将继续加强学习，强化监督。\n"
    )
    df = segment_sections(text)
    check_partition(df, text)
    kinds = df[df["kind_source"] == "turn"]["kind"].tolist()
    assert kinds == ["problems", "plans"]


def test_empty_and_whitespace_texts() -> None:
    assert segment_sections("").empty
    df = segment_sections(" \n\u200b\n")
    check_partition(df, " \n\u200b\n")
    assert df["part"].tolist() == ["body"]


def test_type_error() -> None:
    with pytest.raises(TypeError):
        segment_sections(None)  # type: ignore[arg-type]


# --- helpers for other analysers ---------------------------------------------------------

def test_kind_helpers_agree(seed_texts: dict[str, str]) -> None:
    text = seed_texts["000_d9a1c945e3530270.txt"]
    df = segment_sections(text)
    spans = kind_spans(df)
    assert spans["start"].iloc[0] == 0 and spans["end"].iloc[-1] == len(text)
    assert (spans["start"].to_numpy()[1:] == spans["end"].to_numpy()[:-1]).all()
    positions = np.arange(0, len(text), 97)
    kinds = section_kind_at(df, positions)
    idx = np.searchsorted(spans["end"].to_numpy(), positions, side="right")
    assert kinds.tolist() == spans["kind"].to_numpy()[idx].tolist()
    rows_at = section_at(df, positions)
    assert (df.loc[rows_at, "start"].to_numpy() <= positions).all()
    shares = kind_shares(df, text)
    assert abs(sum(shares.values()) - 1) < 1e-3
    assert shares["review"] > shares["plans"] > 0 and shares["problems"] > 0
    assert section_kind_at(df, [-5, len(text) + 10]).tolist() == ["other", "other"]


def test_format_outline(seed_texts: dict[str, str]) -> None:
    text = seed_texts["004_71d5212a2d8988ed.txt"]
    out = format_outline(segment_sections(text), text, inline=False)
    lines = out.splitlines()
    assert lines[0] == "[salutation] 市直机关工委："
    assert "  一、2022年工作情况  <review>" in lines
    assert any(line.startswith("    (今年以来") and line.endswith("<problems>") for line in lines)
    assert outline(text).count("<") > out.count("<")
    with pytest.raises(ValueError, match="'width' parameter of format_outline"):
        format_outline(segment_sections(text), width=0)


# --- property tests ---------------------------------------------------------------------

_ALPHABET = (
    "一二三四五六十是要第部分章节、，。；：！？（）()１２1234567890.．①②"
    "首先其次最后方面另工作回顾存在问题不足下步打算虽然但仍成绩将年月日报告特此专"
    "“”《》 \u3000\n\n\r\u200bXX**"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=300))
def test_partition_holds_for_any_text(text: str) -> None:
    df = segment_sections(text)
    check_partition(df, text)
    spans = kind_spans(df)
    if len(text):
        assert spans["start"].iloc[0] == 0 and spans["end"].iloc[-1] == len(text)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "一、工作回顾", "二、存在问题", "三、下步打算", "（一）加强学习。完成了任务。",
                "（二）强化监督。", "1.抓好落实。", "2.严格考核。", "①第一项。",
                "第一部分 总体情况", "一是学习不够。二是监督不严。",
                "虽然取得了成绩，但仍存在不足：一是差距。二是短板。",
                "下一步，我们将继续努力。", "专此报告。", "2023年1月10日", "各位代表：", "结束语",
                "", "这是普通的一段话，没有编号。",
            ]
        ),
        max_size=25,
    ),
    st.sampled_from(["\n", "\n\n", "\r\n"]),
)
def test_partition_holds_for_report_like_texts(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    check_partition(segment_sections(text), text)


# --- State Council corpus ------------------------------------------------------------------

def test_state_council_corpus(gwr_records: list[dict[str, str]]) -> None:
    by_year: dict[str, dict[str, str]] = {}
    n_problem_reports = n_recent = 0
    for rec in gwr_records:
        text = rec["content"]
        df = segment_sections(text)
        check_partition(df, text)
        if rec.get("year"):
            by_year[str(rec["year"])] = rec
            if int(rec["year"]) >= 1990:
                n_recent += 1
                l1 = df[(df["level"] == 1) & ~df["inline"]]
                review = l1[l1["kind"].isin(["review", "mixed"])]
                has = any(
                    ((df["start"] >= df.loc[i, "start"]) & (df["end"] <= df.loc[i, "end"])
                     & (df["kind"] == "problems") & (df["kind_source"] == "turn")).any()
                    for i in review.index
                )
                n_problem_reports += has
        assert df[df["level"] == 0]["part"].iloc[-1] in ("trailer", "body")
    print(f"\nreports since 1990 with a problems passage in their review part: "
          f"{n_problem_reports}/{n_recent}")
    assert n_problem_reports >= 0.85 * n_recent
    checked = 0
    for year, gold in GWR_LABELS.items():
        if year.startswith("_"):
            continue
        text = by_year[year]["content"]
        df = segment_sections(text)
        l1 = df[(df["level"] == 1) & ~df["inline"]]
        assert l1["marker"].tolist() == gold["markers"], year
        for marker, kind in zip(gold["markers"], gold["kinds"], strict=True):
            if kind is not None:
                assert l1[l1["marker"] == marker]["kind"].iloc[0] == kind, (year, marker)
        for marker, n_kids in gold.get("children", {}).items():
            row = l1[l1["marker"] == marker].index[0]
            kids = df[(df["parent"] == row) & ~df["inline"] & (df["marker"] != "")]
            assert len(kids) == n_kids, (year, marker)
            assert re.fullmatch(r"（[一二三四五六七八九十]+）", kids["marker"].iloc[0]), year
        if gold.get("problems_in"):
            row = l1[l1["marker"] == gold["problems_in"]].index[0]
            assert (df[df["parent"] == row]["kind"] == "problems").any(), year
        checked += 1
    assert checked == len([k for k in GWR_LABELS if not k.startswith("_")])
