from __future__ import annotations

import math
import random

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.compare import _g2, keyness, similarity, text_reuse

from .conftest import SEED_FILES

# ----------------------------------------------------------------------------- keyness


def test_g2_matches_hand_computation() -> None:
    # a=10 of 100 tokens, b=0 of 100: E1 = E2 = 5, G2 = 2 * 10 ln 2
    g = _g2(np.array([10.0]), np.array([0.0]), 100.0, 100.0)
    assert g[0] == pytest.approx(2 * 10 * math.log(2))
    # Rayson's worked form: a=30/c=1000, b=10/d=2000
    a, b, c, d = 30.0, 10.0, 1000.0, 2000.0
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    expected = 2 * (a * math.log(a / e1) + b * math.log(b / e2))
    assert _g2(np.array([a]), np.array([b]), c, d)[0] == pytest.approx(expected)
    # equal relative frequencies give 0
    assert _g2(np.array([5.0]), np.array([10.0]), 100.0, 200.0)[0] == pytest.approx(0.0)


def test_keyness_constructed_contrast() -> None:
    a = {"a1": "加强党建。完善制度。" * 10, "a2": "加强党建。" * 10}
    b = {"b1": "推进经济。完善制度。" * 10, "b2": "推进经济。" * 10}
    k = keyness(a, b).set_index("term")
    assert k.loc["党建", "key_for"] == "a" and k.loc["经济", "key_for"] == "b"
    assert k.loc["党建", "log_ratio"] > 3 and k.loc["经济", "log_ratio"] < -3
    assert k.loc["党建", "p_value"] < 1e-6
    # 制度 is as frequent in both groups; 加强 and 完善 are stopwords of the genre
    assert abs(k.loc["制度", "log_ratio"]) < 0.1 and k.loc["制度", "g2"] < 0.01
    assert "加强" not in k.index and "完善" not in k.index
    assert "完善" in keyness(a, b, stopwords=False)["term"].tolist()
    # sorted by G2, both directions present
    full = keyness(a, b)
    assert full["g2"].is_monotonic_decreasing
    assert set(full["key_for"]) == {"a", "b"}
    # swapping the groups flips the sign of the effect size, not G2
    flipped = keyness(b, a).set_index("term")
    assert flipped.loc["党建", "g2"] == pytest.approx(k.loc["党建", "g2"])
    assert flipped.loc["党建", "log_ratio"] == pytest.approx(-k.loc["党建", "log_ratio"])


def test_keyness_by_column_and_errors() -> None:
    corpus = pd.DataFrame(
        {
            "doc_id": ["x", "y", "z"],
            "year": [2012, 2022, 2022],
            "text": ["发展经济。" * 5, "加强党建。" * 5, "加强党建。发展经济。" * 2],
        }
    )
    k = keyness(corpus, by="year", target=2022).set_index("term")
    assert k.loc["党建", "count_a"] == 7 and k.loc["党建", "count_b"] == 0
    with pytest.raises(ValueError, match="'by' parameter of keyness"):
        keyness(corpus, by="nope", target=1)
    with pytest.raises(ValueError, match="select some documents"):
        keyness(corpus, by="year", target=1999)
    with pytest.raises(ValueError, match="needs a second group"):
        keyness(corpus)
    with pytest.raises(ValueError, match="'min_count' parameter of keyness"):
        keyness(corpus, by="year", target=2022, min_count=0)


def test_keyness_seeds_work_plan_against_reports(seed_texts: dict[str, str]) -> None:
    """The work plan (001) against the four reports: known contrasts of the genre."""
    plan = {k: v for k, v in seed_texts.items() if k.startswith("001")}
    reports = {k: v for k, v in seed_texts.items() if not k.startswith("001")}
    k = keyness(plan, reports).set_index("term")
    # the plan sets yearly targets (全年……不少于X次) and masks the leader's name (XXX)
    assert k.loc["全年", "key_for"] == "a" and k.loc["全年", "g2"] > 10.83
    assert k.loc["不少", "key_for"] == "a" and k.loc["不少", "g2"] > 10.83
    # the reports name 习近平 (the plan masks it) and the 巡察 inspections they underwent
    # (p < 0.05 whether or not the slogan-aware tokenizer keeps 习近平新时代…思想 whole)
    assert k.loc["习近平", "key_for"] == "b" and k.loc["习近平", "g2"] > 3.84
    assert k.loc["巡察", "key_for"] == "b"


def test_keyness_gwr_eras(gwr_records: list[dict[str, str]]) -> None:
    """Government work reports of the 1950s against those of 2013-2025."""
    early = {r["year"]: r["content"] for r in gwr_records if r["year"] and r["year"] < "1961"}
    late = {r["year"]: r["content"] for r in gwr_records if r["year"] and r["year"] >= "2013"}
    k = keyness(early, late, min_count=10).set_index("term")
    top_early = set(k[k["key_for"] == "a"].head(40).index)
    top_late = set(k[k["key_for"] == "b"].head(40).index)
    # 1950s: the planned economy; 2010s: reform and innovation
    assert {"五年计划", "计划", "工业"} <= top_early
    assert {"改革", "创新", "民生"} <= top_late
    assert k.loc["五年计划", "count_b"] == 0 and k.loc["五年计划", "log_ratio"] > 5
    assert k.loc["创新", "log_ratio"] < -5
    assert (k.loc[list(top_early), "g2"] > 15.13).all()


# -------------------------------------------------------------------------- similarity


def test_similarity_properties(seed_texts: dict[str, str]) -> None:
    sim = similarity(seed_texts)
    ids = list(seed_texts)
    assert list(sim.index) == ids and list(sim.columns) == ids
    values = sim.to_numpy()
    assert np.allclose(values, values.T)
    assert np.allclose(np.diag(values), 1.0)
    assert ((values >= 0) & (values <= 1)).all()
    # 000 (city management bureau's responsibility report) is closest to 001, the same
    # bureau's work plan; they share whole passages (see the text reuse test)
    row = sim.loc[ids[0]].drop(ids[0])
    assert row.idxmax() == ids[1]


def test_similarity_identical_and_disjoint() -> None:
    sim = similarity(
        {"a": "全面从严治党。压实主体责任。", "b": "全面从严治党。压实主体责任。",
         "c": "稳定经济增长。"},
    )
    assert sim.loc["a", "b"] == pytest.approx(1.0)
    assert sim.loc["a", "c"] == pytest.approx(0.0)
    char = similarity({"a": "全面从严治党", "b": "全面从严治军"}, analyzer="char")
    assert 0 < char.loc["a", "b"] < 1


# -------------------------------------------------------------------------- text reuse


def _random_han(rng: random.Random, n: int) -> str:
    return "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(n))


def test_text_reuse_constructed_pairs() -> None:
    rng = random.Random(7)
    shared_long = _random_han(rng, 80)
    shared_short = _random_han(rng, 30)
    a = _random_han(rng, 300) + shared_long + _random_han(rng, 200) + shared_short + "。"
    b = _random_han(rng, 50) + shared_short + _random_han(rng, 400) + shared_long
    r = text_reuse({"a": a, "b": b}, min_chars=40)
    assert len(r) == 1
    row = r.iloc[0]
    assert (row.start_a, row.end_a) == (300, 380)
    assert (row.start_b, row.end_b) == (480, 560)
    assert row.text == shared_long == b[row.start_b : row.end_b]
    both = text_reuse({"a": a, "b": b}, min_chars=25)
    assert sorted(both["n_chars"]) == [30, 80]


def test_text_reuse_punctuation_spaces_and_offsets() -> None:
    base = "严格落实全面从严治党主体责任认真履行一岗双责坚持把纪律和规矩挺在前面"
    a = "今年以来，严格落实全面从严治党主体责任，认真履行“一岗双责”，坚持把纪律和规矩挺在前面。"
    b = "我们 严格落实全面从严治党主体责任、认真履行一岗双责；\n坚持把纪律和规矩挺在前面"
    r = text_reuse({"a": a, "b": b}, min_chars=len(base))
    assert len(r) == 1
    row = r.iloc[0]
    assert a[row.start_a : row.end_a].startswith("严格") and a[row.start_a : row.end_a].endswith(
        "前面"
    )
    assert b[row.start_b : row.end_b].startswith("严格") and b[row.end_b - 2 : row.end_b] == "前面"
    assert row.n_chars == len(base)
    # compared with punctuation, the passage is broken by the different marks
    assert text_reuse({"a": a, "b": b}, min_chars=len(base), ignore_punct=False).empty


def test_text_reuse_no_self_matches_and_empty() -> None:
    text = "坚持把纪律和规矩挺在前面。" * 10
    assert text_reuse({"a": text}, min_chars=10).empty
    assert text_reuse({"a": "短", "b": "短"}, min_chars=10).empty
    with pytest.raises(ValueError, match="'min_chars' parameter of text_reuse"):
        text_reuse({"a": text, "b": text}, min_chars=0)
    with pytest.raises(ValueError, match="max_doc_share"):
        text_reuse({"a": text, "b": text}, max_doc_share=0)


def _brute_force(a: str, b: str, min_chars: int) -> set[tuple[int, int, int]]:
    """All maximal common passages of a and b (start in a, start in b, length)."""
    out = set()
    for i in range(len(a)):
        for j in range(len(b)):
            if a[i] != b[j] or (i > 0 and j > 0 and a[i - 1] == b[j - 1]):
                continue
            n = 0
            while i + n < len(a) and j + n < len(b) and a[i + n] == b[j + n]:
                n += 1
            if n >= min_chars:
                out.add((i, j, n))
    return out


@settings(max_examples=60, deadline=None)
@given(
    a=st.text(alphabet="党建学习监督", min_size=0, max_size=70),
    b=st.text(alphabet="党建学习监督", min_size=0, max_size=70),
    min_chars=st.integers(min_value=3, max_value=12),
    kgram=st.integers(min_value=1, max_value=8),
)
def test_text_reuse_finds_every_maximal_match(a: str, b: str, min_chars: int, kgram: int) -> None:
    r = text_reuse({"a": a, "b": b}, min_chars=min_chars, kgram=kgram)
    got = {(int(x.start_a), int(x.start_b), int(x.n_chars)) for x in r.itertuples()}
    assert got == _brute_force(a, b, min_chars)
    for x in r.itertuples():
        assert a[x.start_a : x.end_a] == b[x.start_b : x.end_b] == x.text


def test_text_reuse_seeds_shared_boilerplate(seed_texts: dict[str, str]) -> None:
    """000 and 001 (the same city-management bureau) share two passages of 30+ characters.

    Found by reading both texts: the sentence on the four forms of supervision (000 in
    section (二) 三是, 001 item 15) and the one on the stationed discipline group's tasks
    (000 section (四) 三是, 001 item 20).
    """
    r = text_reuse(seed_texts, min_chars=30)
    t0, t1 = seed_texts[SEED_FILES[0].name], seed_texts[SEED_FILES[1].name]
    expected = [
        "综合运用监督执纪“四种形态”，特别是深化运用“第一种形态”作为从严治党、从严管党的重要举措",
        "及时部署落实派驻纪检组安排的工作任务，确保交办的各项工作任务不折不扣完成到位",
    ]
    pairs = r[(r.doc_a == SEED_FILES[0].name) & (r.doc_b == SEED_FILES[1].name)]
    assert len(pairs) == 2 and len(r) == 2
    for passage in expected:
        sa, sb = t0.find(passage), t1.find(passage)
        assert sa >= 0 and sb >= 0
        hit = pairs[(pairs.start_a == sa) & (pairs.start_b == sb)]
        assert len(hit) == 1, passage
        assert hit.iloc[0].end_a == sa + len(passage)


def test_text_reuse_gwr_scale(gwr_records: list[dict[str, str]]) -> None:
    """The 72 State Council texts (1.1 M characters): the closing thanks are reused."""
    docs = {f"{r['year'] or 'npc'}_{i}": r["content"] for i, r in enumerate(gwr_records)}
    r = text_reuse(docs, min_chars=60)
    assert len(r) > 100
    thanks = r[r.text.str.contains("表示诚挚感谢")]
    assert len(thanks) > 10
    for x in r.head(50).itertuples():
        assert docs[x.doc_a][x.start_a : x.end_a] == x.text
