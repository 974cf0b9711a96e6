"""Slogan extraction measured against hand-labelled sets; kwic, term_frequency, phrases."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext import AnalysisWarning, Config
from govtext._patterns import NUMERAL_CHARS
from govtext.frequency import kwic, term_frequency
from govtext.lexicon import SloganEntry
from govtext.normalization import normalize
from govtext.phrases import discover_phrases
from govtext.slogans import extract_slogans

DATA = Path(__file__).resolve().parent / "data"
NUMERIC = re.compile(f"[{NUMERAL_CHARS}0-9第]")

Span = tuple[int, int]


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _occurrences(text: str, form: str, lo: int = 0, hi: int | None = None) -> list[Span]:
    hi = len(text) if hi is None else hi
    out, pos = [], text.find(form, lo)
    while pos >= 0 and pos + len(form) <= hi:
        out.append((pos, pos + len(form)))
        pos = text.find(form, pos + 1)
    return out


def _numeric_predictions(text: str, lo: int = 0, hi: int | None = None) -> list[Span]:
    hi = len(text) if hi is None else hi
    df = extract_slogans(text)
    # numeric formulas: the canonical form has a numeral (一体推进不敢腐... is not one)
    return [
        (s, e)
        for s, e, form in zip(df["start"], df["end"], df["canonical"], strict=True)
        if NUMERIC.search(form) and lo <= s and e <= hi
    ]


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _score(gold: list[Span], pred: list[Span]) -> tuple[int, int, int, int]:
    """(true predictions, predictions, gold found, gold)."""
    tp = sum(any(_overlap(p, g) for g in gold) for p in pred)
    found = sum(any(_overlap(g, p) for p in pred) for g in gold)
    return tp, len(pred), found, len(gold)


def _report(name: str, tp: int, n_pred: int, found: int, n_gold: int) -> tuple[float, float]:
    precision = tp / n_pred if n_pred else 1.0
    recall = found / n_gold if n_gold else 1.0
    print(
        f"\n{name}: precision {precision:.3f} ({tp}/{n_pred}), "
        f"recall {recall:.3f} ({found}/{n_gold})"
    )
    return precision, recall


# --------------------------------------------------------------------------------- seeds


def test_seed_labels_precision_recall(seed_texts: dict[str, str]) -> None:
    rows = _rows("slogans_seeds.tsv")
    totals = [0, 0, 0, 0]
    wrong: list[str] = []
    false_positives: list[str] = []
    missed: list[str] = []
    for name, text in seed_texts.items():
        mine = [r for r in rows if r["file"] == name]
        assert mine, f"no labels for {name}"
        gold = [sp for r in mine if r["label"] == "1" for sp in _occurrences(text, r["form"])]
        negatives = [
            (r["form"], sp)
            for r in mine
            if r["label"] == "0"
            for sp in _occurrences(text, r["form"])
        ]
        pred = _numeric_predictions(text)
        for form, sp in negatives:
            if any(_overlap(p, sp) for p in pred):
                wrong.append(form)
        for p in pred:
            if not any(_overlap(p, g) for g in gold):
                false_positives.append(text[p[0] : p[1]])
        for g in gold:
            if not any(_overlap(g, p) for p in pred):
                missed.append(text[g[0] : g[1]])
        for i, v in enumerate(_score(gold, pred)):
            totals[i] += v
    precision, recall = _report("seeds, numeric formulas", *totals)
    print("false positives:", false_positives, "missed:", missed)
    # the labelled non-slogans are among the false positives, and few
    assert set(wrong) <= set(false_positives) and len(wrong) <= 3
    assert precision >= 0.95
    assert recall >= 0.95


def test_seed_local_formulas_found_by_pattern(seed_texts: dict[str, str]) -> None:
    found = pd.concat([extract_slogans(t) for t in seed_texts.values()])
    by_pattern = set(found.loc[found["source"] == "pattern", "canonical"])
    for formula in ("三真三实", "双创一争", "三比三赛", "以案四说", "以案四改", "三特", "两个第一"):
        assert formula in by_pattern, formula
    canon = set(found["canonical"])
    for national in ("四个意识", "两个维护", "两个确立", "四个自信", "三会一课", "一岗双责"):
        assert national in canon


# ---------------------------------------------------------------------- State Council


def _records(gwr_records: list[dict[str, Any]]) -> dict[str, str]:
    return {r["title"]: r["content"] for r in gwr_records}


def test_state_council_quoted_terms(gwr_records: list[dict[str, Any]]) -> None:
    """Every quoted numeric term of the corpus, labelled by hand (offsets, no text)."""
    texts = _records(gwr_records)
    rows = _rows("slogans_gwr_quoted.tsv")
    assert len(rows) > 1000
    tp = n_pred = fp_on_negatives = 0
    found = n_gold = 0
    by_title: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        by_title.setdefault(r["title"], []).append(r)
    for title, items in by_title.items():
        text = texts[title]
        pred = _numeric_predictions(text)
        for r in items:
            span = (int(r["start"]), int(r["end"]))
            if r["form"]:
                assert normalize(text[span[0] : span[1]]) == normalize(r["form"])
            hit = any(_overlap(span, p) for p in pred)
            if r["label"] == "1":
                n_gold += 1
                found += hit
                if hit:
                    tp += 1
                    n_pred += 1
            elif hit:
                fp_on_negatives += 1
                n_pred += 1
    precision, recall = _report(
        "State Council, quoted numeric terms", tp, n_pred, found, n_gold
    )
    assert precision >= 0.95
    assert recall >= 0.93


def test_state_council_passages(gwr_records: list[dict[str, Any]]) -> None:
    """Passages read in full: unquoted formulas count too."""
    texts = _records(gwr_records)
    totals = [0, 0, 0, 0]
    for r in _rows("slogans_gwr_passages.tsv"):
        text = texts[r["title"]]
        lo, hi = int(r["start"]), int(r["end"])
        forms = [f for f in r["gold"].split("|") if f]
        gold = [sp for form in forms for sp in _occurrences(text, form, lo, hi)]
        assert len(gold) >= len(forms)
        pred = _numeric_predictions(text, lo, hi)
        for i, v in enumerate(_score(gold, pred)):
            totals[i] += v
    precision, recall = _report("State Council passages, all numeric formulas", *totals)
    assert precision >= 0.9
    assert recall >= 0.85


def _heldout() -> list[tuple[int, int, int, list[tuple[int, int, str, str]]]]:
    """Passages of slogans_gwr_heldout.tsv: (year, start, end, [(start, end, label, canonical)])."""
    passages: list[tuple[int, int, int, list[tuple[int, int, str, str]]]] = []
    for r in _rows("slogans_gwr_heldout.tsv"):
        if r["label"] == "passage":
            passages.append((int(r["year"]), int(r["start"]), int(r["end"]), []))
        else:
            passages[-1][3].append((int(r["start"]), int(r["end"]), r["label"], r["canonical"]))
    return passages


def test_state_council_heldout(gwr_records: list[dict[str, Any]]) -> None:
    """Held-out passages read in full and labelled before the extractor ran on them.

    Every slogan occurrence, numeric or not, quoted or not (see the file's header).  The
    figures are measured, never tuned: the rules were not changed after this set was
    scored.  Unsure spans (label ``?``) count neither way.
    """
    import hashlib

    texts = {int(r["year"]): r["content"] for r in gwr_records if r["year"]}
    title_year = {r["title"]: int(r["year"]) for r in gwr_records if r["year"]}
    # quoted numeric terms already labelled in slogans_gwr_quoted.tsv
    seen = {
        (title_year[r["title"]], int(r["start"]), int(r["end"]))
        for r in _rows("slogans_gwr_quoted.tsv") if r["title"] in title_year
    }
    passages = _heldout()
    assert len(passages) >= 8 and len({y // 10 for y, *_ in passages}) >= 8
    totals = {"numeric": [0, 0, 0, 0], "all": [0, 0, 0, 0], "unseen": [0, 0, 0, 0]}
    missed: list[str] = []
    wrong: list[str] = []
    for year, lo, hi, labels in passages:
        text = texts[year]
        for s, e, _, _ in [(lo, hi, "", ""), *labels]:
            # the labels still point at the text they were made on
            digest = hashlib.sha1(text[s:e].encode("utf-8")).hexdigest()[:10]
            assert any(
                digest == r["sha1"] for r in _rows("slogans_gwr_heldout.tsv")
                if int(r["year"]) == year and int(r["start"]) == s
            ), (year, s, e)
        df = extract_slogans(text)
        pred = [
            ((s, e), bool(NUMERIC.search(c)))
            for s, e, c in zip(df["start"], df["end"], df["canonical"], strict=True)
            if lo <= s and e <= hi
        ]
        gold = [((s, e), bool(NUMERIC.search(c))) for s, e, lab, c in labels if lab == "1"]
        unsure = [(s, e) for s, e, lab, _ in labels if lab == "?"]
        for name in totals:
            # unseen: numeric slogans no other label set of the project has labelled
            g = [sp for sp, num in gold if num or name == "all"]
            other = [sp for sp, num in gold if sp not in g] + unsure
            if name == "unseen":
                other += [sp for sp in g if any(
                    y == year and _overlap(sp, (a, b)) for y, a, b in seen)]
                g = [sp for sp in g if sp not in other]
            p = [sp for sp, num in pred if num or name == "all"]
            # a prediction on an unsure span (or, for numeric, on a non-numeric slogan)
            # counts neither way
            p = [sp for sp in p if any(_overlap(sp, x) for x in g)
                 or not any(_overlap(sp, x) for x in other)]
            for i, v in enumerate(_score(g, p)):
                totals[name][i] += v
            if name == "all":
                missed += [f"{year}:{text[a:b]}" for a, b in g
                           if not any(_overlap((a, b), x) for x in p)]
                wrong += [f"{year}:{text[a:b]}" for a, b in p
                          if not any(_overlap((a, b), x) for x in g)]
    p_num, r_num = _report("State Council held-out passages, numeric formulas", *totals["numeric"])
    p_all, r_all = _report("State Council held-out passages, all slogans", *totals["all"])
    p_new, r_new = _report("  numeric formulas not in slogans_gwr_quoted.tsv", *totals["unseen"])
    print("false positives:", wrong)
    print("missed:", missed)
    assert totals["numeric"][3] >= 40 and totals["all"][3] >= 100
    # first run: numeric 1.000 / 0.885, unseen numeric 1.000 / 0.781, all 0.990 / 0.530;
    # after converting traditional-character texts (the fault this set found):
    # 1.000 / 0.918, 1.000 / 0.844, 0.990 / 0.541. The floors sit just below.
    assert p_num >= 0.95 and r_num >= 0.9
    assert p_new >= 0.95 and r_new >= 0.8
    assert p_all >= 0.95 and r_all >= 0.52


def test_first_years_in_state_council_corpus(gwr_path: Path) -> None:
    from govtext.io import read_corpus

    corpus = read_corpus(gwr_path)
    tf = term_frequency(corpus, terms=["四个意识", "两个维护", "两个确立", "八项规定"])
    first = tf[tf["count"] > 0].groupby("slogan")["year"].min().to_dict()
    print("\nfirst years:", first)
    assert first == {"四个意识": 2017, "两个维护": 2019, "两个确立": 2022, "八项规定": 2014}
    # years without a document are absent, not zero
    assert 1996 not in set(tf["year"].dropna())
    assert set(tf["year"].dropna()) == set(corpus["year"].dropna())


# ------------------------------------------------------------------ extraction details


@pytest.mark.parametrize(
    "text",
    [
        "主要表现在三个方面：一是理论学习不够。",
        "重点抓好五个方面工作，一年来成效明显。",
        "一以贯之、坚定不移，坚持以上率下，举一反三。",
        "两个月内完成，二○○○年目标，一心一意谋发展，七上八下。",
        "结合“三八”“五四”等节日，把八小时之外管起来，打通“最后一公里”。",
        "特别是“一把手”，防止“一刀切”。",
    ],
)
def test_not_slogans(text: str) -> None:
    df = extract_slogans(text)
    numeric = [s for s in df["slogan"] if NUMERIC.search(s)]
    assert numeric == [], numeric


def test_offsets_point_into_raw_source() -> None:
    raw = (
        "树牢“四个\u200b意识”，落实“１＋５＋＊”体系，"
        "持续开展“三真\n三实”行动。\n\n二段。\n\n三段。"
    )
    df = extract_slogans(raw)
    assert df["canonical"].tolist() == ["四个意识", "1+5+*", "三真三实"]
    for s, e, written in zip(df["start"], df["end"], df["slogan"], strict=True):
        assert raw[s:e] == written
    assert df["slogan"].tolist()[0] == "四个\u200b意识"
    assert df["quoted"].all()


def test_variants_are_merged() -> None:
    df = extract_slogans("一体推进不敢腐不能腐不想腐，落实中央八项规定精神")
    assert df["canonical"].tolist() == ["不敢腐、不能腐、不想腐", "八项规定"]
    assert df["source"].tolist() == ["lexicon", "lexicon"]
    assert df["year"].notna().all() and df["category"].notna().all()


def test_nested_slogans() -> None:
    text = (
        "落实全面从严治党主体责任，以习近平新时代中国特色社会主义思想为指导，"
        "推进全面依法治国，落实党风廉政建设责任制和中央八项规定精神。"
    )
    plain = extract_slogans(text)
    # 全面从严治党主体责任 is two slogans side by side, not one
    assert plain["canonical"].tolist() == [
        "全面从严治党", "主体责任", "习近平新时代中国特色社会主义思想", "全面依法治国",
        "党风廉政建设责任制", "八项规定",
    ]
    assert "nested" not in plain.columns
    nested = extract_slogans(text, nested=True)
    inner = nested[nested["nested"]]
    # every slogan written inside another, at any depth; 中央八项规定精神 is one writing
    assert inner["canonical"].tolist() == [
        "从严治党", "中国特色社会主义", "依法治国", "党风廉政建设"
    ]
    assert nested.loc[~nested["nested"], "canonical"].tolist() == plain["canonical"].tolist()
    for s, e, written in nested[["start", "end", "slogan"]].itertuples(index=False):
        assert text[s:e] == written
    for s, e in inner[["start", "end"]].itertuples(index=False):
        assert any(ps <= s and e <= pe and (ps, pe) != (s, e)
                   for ps, pe in plain[["start", "end"]].itertuples(index=False))
    # the frequency functions count the rows of extract_slogans(text, nested=True)
    corpus = pd.DataFrame({"doc_id": ["a"], "year": [2022], "text": [text]})
    expected = nested["canonical"].value_counts().to_dict()
    tf = term_frequency(corpus)
    assert tf.set_index("slogan")["count"].to_dict() == expected
    from govtext.frequency import summarize_slogans
    from govtext.summary import stats

    assert summarize_slogans(corpus).set_index("slogan")["count"].to_dict() == expected
    row = stats(corpus).iloc[0]
    assert row["n_slogans"] == len(nested) == 10
    assert row["distinct_slogans"] == len(expected)
    # nested=False: the longest slogan at each place only
    outer = term_frequency(corpus, nested=False).set_index("slogan")["count"].to_dict()
    assert outer == plain["canonical"].value_counts().to_dict()
    assert summarize_slogans(corpus, nested=False)["count"].sum() == len(plain)


def test_nested_writing_rules() -> None:
    # the same slogan counts the same wherever it stands: 从严治党 inside a stand-alone
    # 全面从严治党 and inside one followed by 主体责任
    a = extract_slogans("坚持全面从严治党", nested=True)["canonical"].tolist()
    b = extract_slogans("落实全面从严治党主体责任", nested=True)["canonical"].tolist()
    assert a == ["全面从严治党", "从严治党"]
    assert b == ["全面从严治党", "从严治党", "主体责任"]
    # quoted: the inner writing is quoted too
    df = extract_slogans("推进“全面依法治国”", nested=True)
    assert df["canonical"].tolist() == ["全面依法治国", "依法治国"] and df["quoted"].all()
    # a blocker is no writing, nested or not
    assert extract_slogans("坚持创新发展理念", nested=True).empty


def test_seed_counts_by_hand(seed_texts: dict[str, str]) -> None:
    """Counts on the seeds agree with the counts read by hand (tests/data)."""
    from govtext.frequency import summarize_slogans
    from govtext.summary import stats

    rows = _rows("slogans_seed_counts.tsv")
    assert len(rows) >= 12
    corpus = pd.DataFrame({"doc_id": list(seed_texts), "text": list(seed_texts.values())})
    texts = [normalize(t) for t in seed_texts.values()]
    every = summarize_slogans(corpus).set_index("slogan")["count"]
    outer = summarize_slogans(corpus, nested=False).set_index("slogan")["count"]
    tf = term_frequency(corpus, by=None).set_index("slogan")["count"]
    st = stats(corpus)
    for r in rows:
        name, count, outermost = r["slogan"], int(r["count"]), int(r["outermost"])
        plain = sum(t.count(f) for f in r["forms"].split("|") if f for t in texts)
        assert plain == count, (name, plain, count)  # the label agrees with str.count
        assert every.get(name, 0) == count, (name, every.get(name, 0), count)
        assert tf.get(name, 0) == count, name
        assert outer.get(name, 0) == outermost, (name, outer.get(name, 0), outermost)
    # stats counts the same way, document by document
    assert st["n_slogans"].sum() == every.sum()
    by_doc = term_frequency(corpus, by="doc_id").set_index(["doc_id", "slogan"])["count"]
    for doc_id, top in st[["doc_id", "top_slogans"]].itertuples(index=False):
        for item in top.split("; "):
            name, n = item.rsplit(":", 1)
            assert by_doc[(doc_id, name)] == int(n), (doc_id, name)
    print(f"\nseed counts: {len(rows)} slogans agree with the hand counts; "
          f"{int(every.sum())} writings, {int(outer.sum())} outermost spans")


def test_quoted_formula_found_again_without_quotes() -> None:
    df = extract_slogans("开展“三比三赛”活动。三比三赛成效明显，用好“四责联动”。四责联动机制")
    assert df["canonical"].tolist() == ["三比三赛", "三比三赛", "四责联动", "四责联动"]
    assert df["quoted"].tolist() == [True, False, True, False]


def test_lexicon_blockers_are_not_slogans() -> None:
    from govtext.lexicon import load_lexicon

    blockers = sorted(load_lexicon().blockers)
    assert blockers
    for word in blockers:
        df = extract_slogans(f"坚持{word}。")
        assert df.empty, (word, df["slogan"].tolist())
    df = extract_slogans("坚持创新发展理念，贯彻新发展理念")
    assert df["slogan"].tolist() == ["新发展理念"] and df["start"].tolist() == [11]


def test_quoted_phrase_holding_a_lexicon_slogan() -> None:
    df = extract_slogans("落实“四个意识的要求”")
    assert df["slogan"].tolist() == ["四个意识"] and df["source"].tolist() == ["lexicon"]


def test_quoted_list_of_formulas() -> None:
    df = extract_slogans("开展“三比三赛、四责联动”活动")
    assert df["canonical"].tolist() == ["三比三赛", "四责联动"]
    assert df["quoted"].all() and (df["source"] == "pattern").all()
    # a listed pair is one slogan
    df = extract_slogans("全力落实“五个必须、五个决不允许”要求")
    assert df["canonical"].tolist() == ["五个必须、五个决不允许"]
    assert df["source"].tolist() == ["lexicon"] and df["quoted"].all()


def test_five_year_plans() -> None:
    text = "“六五”期间，六五计划，第六个五年计划；启动实施“七五”普法规划；“十四五”时期"
    df = extract_slogans(text)
    assert df["canonical"].tolist() == [
        "第六个五年计划", "第六个五年计划", "第六个五年计划", "七五", "十四五"
    ]
    assert df.loc[0, "year"] == 1982 and df.loc[0, "source"] == "pattern"
    # the bare short name inside a year or a decimal is no plan
    assert extract_slogans("一九五八，三百八十六点六五斤").empty


def test_columns_and_empty() -> None:
    df = extract_slogans("")
    assert list(df.columns) == [
        "slogan", "canonical", "start", "end", "quoted", "source", "category", "year"
    ]
    assert df.empty
    with pytest.raises(TypeError):
        extract_slogans(None)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------- kwic


def test_kwic_matches_variants_and_maps_offsets() -> None:
    corpus = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "text": [
                "坚持一体推进不敢腐不能腐不想腐。",
                "全面执行“不敢腐、不能\n腐、不想腐”的机制。\n\n二段。\n\n三段。",
            ],
        }
    )
    out = kwic(corpus, "不敢腐、不能腐、不想腐", window=3)
    assert out["doc_id"].tolist() == ["a", "b"]
    texts = corpus.set_index("doc_id")["text"]
    for doc_id, s, e, match in out[["doc_id", "start", "end", "match"]].itertuples(index=False):
        text = texts[doc_id]
        assert text[s:e] == match
    assert out.loc[1, "match"] == "不敢腐、不能\n腐、不想腐"
    assert out.loc[0, "left"] == "一体推进"[-3:]
    regex = kwic(corpus, r"不.腐", regex=True)
    assert len(regex) >= 4
    with pytest.raises(ValueError, match="'window' parameter of kwic"):
        kwic(corpus, "腐", window=0)
    with pytest.raises(ValueError, match="'pattern' parameter of kwic"):
        kwic(corpus, "(", regex=True)


# ------------------------------------------------------------------------ term frequency


def test_density_ignores_layout() -> None:
    """Blank lines, ideographic spaces and indentation do not change a density."""
    plain = "坚决做到两个维护。树牢四个意识。"
    laid_out = "\u3000\u3000坚决做到两个维护。\n\n\u3000\u3000树牢四个意识。\n\n\n"
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "year": [2022, 2023], "text": [plain, laid_out]})
    tf = term_frequency(corpus, terms=["两个维护"]).set_index("year")
    assert tf.loc[2022, "n_han"] == tf.loc[2023, "n_han"] == 14
    assert tf.loc[2022, "n_chars"] < tf.loc[2023, "n_chars"]
    assert tf.loc[2022, "rate"] == tf.loc[2023, "rate"] == pytest.approx(10_000 / 14)
    from govtext.summary import stats

    density = stats(corpus)["slogan_density"].tolist()
    assert density[0] == density[1] == pytest.approx(2 / 14 * 10_000)


def test_term_frequency_groups() -> None:
    corpus = pd.DataFrame(
        {
            "year": [2020, 2022, 2022, None],
            "text": [
                "增强“四个意识”。",
                "树牢四个意识，做到两个维护。",
                "坚决做到“两个维护”。",
                "四个意识",
            ],
        }
    )
    from govtext.frequency import MissingGroupWarning

    with pytest.warns(MissingGroupWarning, match="1 of 4 document"):
        tf = term_frequency(corpus)
    assert tf.attrs["dropped"] == 1 and tf.attrs["per"] == 10_000
    assert set(tf["year"]) == {2020, 2022}
    row = tf[(tf["year"] == 2022) & (tf["slogan"] == "两个维护")].iloc[0]
    assert row["count"] == 2 and row["doc_freq"] == 2 and row["n_docs"] == 2
    # densities are per Han character: 树牢四个意识做到两个维护 (12) + 坚决做到两个维护 (8)
    assert row["n_han"] == 20 and row["n_chars"] == 25
    assert row["rate"] == pytest.approx(2 / 20 * 10_000)
    # the rate keeps its name whatever the base
    per_1k = term_frequency(corpus.dropna(), per=1000, terms=["两个维护"])
    assert list(per_1k.columns)[-1] == "rate" and per_1k.attrs["per"] == 1000
    assert per_1k.attrs["dropped"] == 0
    assert per_1k.set_index("year").loc[2022, "rate"] == pytest.approx(2 / 20 * 1000)
    zero = tf[(tf["year"] == 2020) & (tf["slogan"] == "两个维护")].iloc[0]
    assert zero["count"] == 0
    # a term that is no slogan counts where it is found as one: nowhere (and a warning
    # says so); counted as a word of one's own once it is in the lexicon
    with pytest.warns(AnalysisWarning, match="树牢 not found as a slogan"):
        whole = term_frequency(corpus, by=None, terms=["四个意识", "全过程人民民主", "树牢"])
    assert whole.set_index("slogan")["count"].to_dict() == {
        "四个意识": 3, "全过程人民民主": 0, "树牢": 0
    }
    own = Config(entries=(SloganEntry("树牢", (), "ideology", None, ""),))
    mine = term_frequency(corpus, by=None, terms=["树牢"], config=own)
    assert mine["count"].tolist() == [1]
    with pytest.raises(ValueError, match="'by' parameter"):
        term_frequency(corpus, by="org")


# ----------------------------------------------------------------------- phrase discovery


def test_discover_phrases_on_seeds(seed_texts: dict[str, str]) -> None:
    corpus = pd.DataFrame({"doc_id": list(seed_texts), "text": list(seed_texts.values())})
    found = discover_phrases(corpus, min_count=4)
    assert {"phrase", "count", "doc_freq", "pmi", "left_entropy", "right_entropy", "score",
            "slogan", "source"} <= set(found.columns)
    phrases = set(found["phrase"])
    assert {"全面从严治党", "党风廉政建设"} <= phrases
    flagged = found[found["source"] == "lexicon"]
    assert len(flagged) >= 5
    assert (found["count"] >= 4).all() and (found["n"] >= 2).all()
    # counts agree with plain counting on normalized text
    for phrase, count in found.head(20)[["phrase", "count"]].itertuples(index=False):
        assert count == sum(normalize(t).count(phrase) for t in seed_texts.values()), phrase
    top = discover_phrases(corpus, min_count=4, top=5)
    assert len(top) == 5
    with pytest.raises(ValueError):
        discover_phrases(corpus, min_n=1)


def test_discover_phrases_state_council(gwr_path: Path) -> None:
    from govtext.io import read_corpus

    found = discover_phrases(read_corpus(gwr_path), min_count=10, min_doc_freq=3, top=300)
    flagged = set(found.loc[found["source"].notna(), "slogan"])
    print("\nslogans among the top 300 phrases:", sorted(flagged)[:40])
    assert len(flagged) >= 10


_ALPHABET = (
    "四个意识两维护三会一课真实双创争比赛以案说改第议题全面从严治党年月次方是来贯之十五规划"
    "主体责任依法国新时代中特色社会思想习近平廉政建设制"
    "“”\"「」、，。·0123456789０１%+＋*＊XＸ○某\u200b\n \u3000"
)


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=_ALPHABET, max_size=80))
def test_slogan_rows_point_into_the_text(text: str) -> None:
    for nested in (False, True):
        df = extract_slogans(text, nested=nested)
        for s, e, written, canonical in df[["start", "end", "slogan", "canonical"]].itertuples(
            index=False
        ):
            assert 0 <= s < e <= len(text)
            assert text[s:e] == written
            assert canonical
        assert df["start"].is_monotonic_increasing
        if not nested:
            assert (df["start"].shift(-1).fillna(len(text)) >= df["end"]).all()
            outer = df
    # nested=True adds rows inside the spans of nested=False, and changes none of them
    inner = df[df["nested"]]
    assert df.loc[~df["nested"], ["canonical", "start", "end"]].values.tolist() == (
        outer[["canonical", "start", "end"]].values.tolist()
    )
    spans = outer[["start", "end"]].values.tolist()
    for s, e in inner[["start", "end"]].itertuples(index=False):
        assert any(ps <= s and e <= pe and (ps, pe) != (s, e) for ps, pe in spans)


def test_trend_table_counts_documents_without_a_year() -> None:
    from govtext.frequency import MissingGroupWarning
    from govtext.plot import slogan_trend_table

    corpus = pd.DataFrame(
        {"year": [2021, None, None], "text": ["树牢“四个意识”。", "四个意识", "两个维护"]}
    )
    with pytest.warns(MissingGroupWarning, match="slogan_trend_table: 2 of 3"):
        table = slogan_trend_table(corpus, ["四个意识"])
    assert table.attrs["dropped"] == 2
    assert table.index.tolist() == [2021]


# ------------------------------------------------------ precision and whole formulas


@pytest.mark.parametrize(
    "text",
    [
        "在我国不可能形成一个资产阶级。",
        "完成了统一等一系列重大任务。",  # 一等一系 across 统一 and 一系列
        "万事万物是相互联系的。",
        "当时全国只有一个专业。",
        "揭露了“571工程”纪要。",  # a code name of digits
        "新建“三甲”医院两所。",
        "新增“两院”院士3名。",
        "推行社保“一卡通”。",
        "赋能千行百业。",
        "推进北三县一体化发展。",  # 三县一体 across 一体化
        "结合“三八”“五四”等节日。",  # holidays, also side by side in quotes
    ],
)
def test_ordinary_phrases_with_a_numeral_are_no_slogans(text: str) -> None:
    df = extract_slogans(text, nested=True)
    assert df[df["source"] == "pattern"].empty, df["slogan"].tolist()


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("提出“一要吃饭，二要建设”的方针。", ["一要吃饭，二要建设"]),
        ("不能“一手比较硬，一手比较软”。", ["一手比较硬，一手比较软"]),
        ("坚持“一个中心，两个基本点”。", ["一个中心、两个基本点"]),
        ("坚持一个中心，两个基本点。", ["一个中心、两个基本点"]),
        ("深化农村土地“三权”分置改革。", ["三权分置"]),
        ("加力实施“两重”“两新”政策。", ["两重", "两新"]),
        ("推进“两重”建设。", ["两重建设"]),
        ("统筹利用两个市场、两种资源。", ["两个市场、两种资源"]),
        ("现代化建设分两步走。", ["两步走"]),
        ("推进“三农”工作。", ["三农"]),  # the quoted form itself, counted once
        ("打造“双尖双领+X”品牌。", ["双尖双领+X"]),  # a formula with open members
        ("坚持“一手抓发展、一手抓安全”。", ["一手抓发展、一手抓安全"]),
    ],
)
def test_formulas_are_found_whole(text: str, canonical: list[str]) -> None:
    df = extract_slogans(text)
    assert df["canonical"].tolist() == canonical
    # counted once: no second writing of the same entry inside the formula
    nested = extract_slogans(text, nested=True)
    assert nested[~nested["nested"]]["canonical"].tolist() == canonical
    assert not set(nested[nested["nested"]]["canonical"]) & set(canonical)
    s, e = int(df["start"].iloc[0]), int(df["end"].iloc[-1])
    # one span covers the whole formula (the quote inside “三权”分置 included)
    assert set(canonical[0]) - set("、，") <= set(text[int(df["start"].iloc[0]) : e])
    assert s < e


def test_a_part_standing_alone_counts_under_its_own_entry() -> None:
    df = extract_slogans("坚持两个基本点。", nested=True)
    assert df["canonical"].tolist() == ["两个基本点"]
    # written inside the whole line, the part counts too (the counting rule)
    df = extract_slogans("坚持一个中心、两个基本点。", nested=True)
    assert df["canonical"].tolist() == ["一个中心、两个基本点", "两个基本点"]


def test_peace_and_development_needs_its_context() -> None:
    assert extract_slogans("致力于人类和平与发展的崇高事业。").empty
    assert extract_slogans("为世界和平与发展作出贡献。").empty
    assert extract_slogans("和平与发展仍是时代主题。")["canonical"].tolist() == ["和平与发展"]
