"""Text reuse with edits, and boilerplate found across a corpus and masked."""

from __future__ import annotations

import random

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govtext
from govtext.reuse import find_boilerplate, mask_boilerplate, text_reuse

LICENCE_WORDS = ("司法性质", "公有领域", "第五条第一项", "本作品", "著作权法", "维基文库")


def _han(rng: random.Random, n: int) -> str:
    return "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(n))


def _edit(rng: random.Random, text: str, n_edits: int) -> str:
    """``text`` with ``n_edits`` substitutions, insertions or deletions, spread out."""
    chars = list(text)
    step = len(chars) // (n_edits + 1)
    for i in range(n_edits, 0, -1):  # from the end, so that positions stay valid
        pos = i * step
        op = i % 3
        if op == 0:
            chars[pos] = _han(rng, 1)
        elif op == 1:
            chars.insert(pos, _han(rng, 2))
        else:
            del chars[pos]
    return "".join(chars)


def test_fuzzy_reuse_finds_an_edited_passage_whole() -> None:
    rng = random.Random(3)
    passage = _han(rng, 150)
    edited = _edit(rng, passage, 6)  # an edit every ~21 characters
    a = _han(rng, 200) + passage + _han(rng, 100)
    b = _han(rng, 50) + edited + _han(rng, 80)
    exact = text_reuse({"a": a, "b": b}, min_chars=60)
    assert exact.empty  # no verbatim run of 60 characters survives the edits
    fuzzy = text_reuse({"a": a, "b": b}, min_chars=60, min_similarity=0.8)
    assert len(fuzzy) == 1
    row = fuzzy.iloc[0]
    # the region runs from the first to the last seed: nearly all of the passage
    assert 200 <= row.start_a <= 215 and 335 <= row.end_a <= 350
    assert 50 <= row.start_b <= 65
    assert 0.9 <= row.similarity < 1.0
    assert row.text == a[row.start_a : row.end_a]
    assert b[row.start_b : row.end_b] in edited


def test_fuzzy_reuse_rejects_what_is_too_different() -> None:
    rng = random.Random(4)
    passage = _han(rng, 150)
    heavy = _edit(rng, passage, 14)  # an edit every ~10 characters
    docs = {"a": passage, "b": heavy}
    loose = text_reuse(docs, min_chars=60, min_similarity=0.7, kgram=5)
    strict = text_reuse(docs, min_chars=60, min_similarity=0.95, kgram=5)
    assert len(loose) == 1 and 0.7 <= loose.iloc[0].similarity < 0.95
    assert strict.empty


@settings(max_examples=40, deadline=None)
@given(
    a=st.text(alphabet="党建学习监督", min_size=0, max_size=80),
    b=st.text(alphabet="党建学习监督", min_size=0, max_size=80),
    min_chars=st.integers(min_value=8, max_value=16),
)
def test_fuzzy_regions_cover_every_verbatim_passage(a: str, b: str, min_chars: int) -> None:
    exact = text_reuse({"a": a, "b": b}, min_chars=min_chars, kgram=4)
    fuzzy = text_reuse({"a": a, "b": b}, min_chars=min_chars, kgram=4, min_similarity=0.5)
    assert (exact["similarity"] == 1.0).all()
    for x in exact.itertuples():
        assert any(f.start_a <= x.start_a and x.end_a <= f.end_a for f in fuzzy.itertuples())
    for f in fuzzy.itertuples():
        assert 0.5 <= f.similarity <= 1.0 and f.text == a[f.start_a : f.end_a]
        assert f.n_chars >= min_chars or (f.end_b - f.start_b) >= min_chars


def test_reuse_parameters_are_checked() -> None:
    with pytest.raises(ValueError, match="min_similarity"):
        text_reuse({"a": "党建", "b": "党建"}, min_similarity=0)
    with pytest.raises(ValueError, match="min_similarity"):
        text_reuse({"a": "党建", "b": "党建"}, min_similarity=1.5)
    with pytest.raises(ValueError, match="max_gap"):
        text_reuse({"a": "党建", "b": "党建"}, max_gap=0)
    with pytest.raises(ValueError, match="min_share"):
        find_boilerplate({"a": "党建"}, min_share=2)


def _corpus_with_footer() -> tuple[dict[str, str], str, str]:
    rng = random.Random(11)
    # a template paragraph every report of one office closes with
    footer = "我们将认真落实各项工作任务，切实加强组织领导，确保各项目标任务按期完成，"
    footer += "以优异成绩向人民交出满意答卷" + _han(rng, 30) + "。"
    pair = _han(rng, 70)  # shared by two documents only: reuse, not boilerplate
    docs = {}
    for i in range(8):
        body = _han(rng, 300) + "。\n" + (pair + "。\n" if i in (1, 2) else "") + _han(rng, 200)
        docs[f"d{i}"] = body + ("\n" + footer if i < 5 else "")
    return docs, footer, pair


def test_find_boilerplate_finds_the_footer_in_every_document_with_it() -> None:
    docs, footer, pair = _corpus_with_footer()
    found = find_boilerplate(docs, min_chars=30)
    assert sorted(found["doc_id"]) == ["d0", "d1", "d2", "d3", "d4"]
    for row in found.itertuples():
        assert docs[row.doc_id][row.start : row.end] == row.text
        assert row.text == footer[:-1]
        assert row.n_docs == 5
    # the passage of two documents is below min_docs=3: not boilerplate
    assert not found["text"].str.contains(pair[:20]).any()
    # with min_share 0.7 (6 of 8 documents) the footer of 5 is not boilerplate either
    assert find_boilerplate(docs, min_chars=30, min_share=0.7).empty


def test_mask_boilerplate_keeps_offsets_and_line_breaks() -> None:
    docs, footer, _ = _corpus_with_footer()
    masked = mask_boilerplate(docs, min_chars=30).set_index("doc_id")
    for doc_id, text in docs.items():
        new = masked.loc[doc_id, "text"]
        assert len(new) == len(text) and new.count("\n") == text.count("\n")
        assert (footer[:6] in new) is False
        changed = sum(x != y for x, y in zip(text, new, strict=True))
        assert changed == masked.loc[doc_id, "n_boilerplate"]
        assert (changed > 0) == (doc_id in {"d0", "d1", "d2", "d3", "d4"})


def test_stats_and_keyness_leave_boilerplate_out() -> None:
    docs, footer, _ = _corpus_with_footer()
    frame = pd.DataFrame({"doc_id": list(docs), "text": list(docs.values())})
    keep = govtext.stats(frame).set_index("doc_id")
    mask = govtext.stats(frame, boilerplate="mask").set_index("doc_id")
    footer_han = sum("\u4e00" <= ch <= "\u9fff" for ch in footer)
    for doc_id in docs:
        expected = footer_han if doc_id < "d5" else 0
        assert keep.loc[doc_id, "n_han"] - mask.loc[doc_id, "n_han"] == expected
        assert mask.loc[doc_id, "n_chars"] == keep.loc[doc_id, "n_chars"] == len(docs[doc_id])
    a = {k: v for k, v in docs.items() if k < "d4"}
    b = {k: v for k, v in docs.items() if k >= "d4"}
    assert "答卷" in set(govtext.keyness(a, b, min_count=1)["term"])
    assert "答卷" not in set(govtext.keyness(a, b, min_count=1, boilerplate="mask")["term"])


def test_state_council_top_phrases_without_the_licence_footer(gwr_path) -> None:
    """The licence footer of the source is in the top 30 unless boilerplate is masked."""
    corpus = govtext.read_corpus(gwr_path)
    keep = govtext.discover_phrases(corpus, top=30)
    mask = govtext.discover_phrases(corpus, top=30, boilerplate="mask")
    def licence(phrases: pd.Series) -> list[str]:
        return [p for p in phrases if any(w in p or p in w for w in LICENCE_WORDS)]
    assert len(licence(keep["phrase"])) >= 2  # the check can fail: it does without masking
    assert licence(mask["phrase"]) == []
    assert len(mask) == 30
    found = find_boilerplate(corpus)
    assert found["doc_id"].nunique() >= 60  # the footer is in 65 of the 72 texts
    assert found["text"].str.contains("公有领域").sum() >= 60


def test_state_council_reuse_with_edits_extends_verbatim_reuse(gwr_records) -> None:
    docs = {f"{r['year'] or 'npc'}_{i}": r["content"] for i, r in enumerate(gwr_records)}
    exact = text_reuse(docs, min_chars=60)
    fuzzy = text_reuse(docs, min_chars=60, min_similarity=0.8)
    edited = fuzzy[fuzzy["similarity"] < 1]
    assert len(edited) > 20
    assert len(fuzzy) >= len(exact)
    for x in edited.head(30).itertuples():
        assert docs[x.doc_a][x.start_a : x.end_a] == x.text
        assert 0.8 <= x.similarity < 1


def test_cli_boilerplate_reuse_with_edits_and_masked_stats(tmp_path) -> None:
    import json
    import subprocess
    import sys

    docs, _, _ = _corpus_with_footer()
    rng = random.Random(5)
    passage = _han(rng, 150)
    docs["d5"] += "\n" + passage + "。"
    docs["d6"] += "\n" + _edit(rng, passage, 6) + "。"
    for doc_id, text in docs.items():
        (tmp_path / f"{doc_id}.txt").write_text(text, encoding="utf-8")

    def run(*args: str) -> list[dict[str, object]]:
        out = subprocess.run([sys.executable, "-m", "govtext", *args, "--format", "json"],
                             capture_output=True, text=True, check=True)
        assert "Traceback" not in out.stderr
        return list(json.loads(out.stdout))

    found = run("compare", str(tmp_path), "--analysis", "boilerplate", "--min-chars", "30")
    assert sorted({r["doc_id"] for r in found}) == ["d0", "d1", "d2", "d3", "d4"]
    edited = run("compare", str(tmp_path), "--analysis", "reuse", "--min-chars", "60",
                 "--min-similarity", "0.8")
    pairs = {(r["doc_a"], r["doc_b"]) for r in edited if float(str(r["similarity"])) < 1}
    assert ("d5", "d6") in pairs
    masked = {r["doc_id"]: r for r in run("stats", str(tmp_path), "--boilerplate", "mask")}
    kept = {r["doc_id"]: r for r in run("stats", str(tmp_path))}
    assert masked["d0"]["n_han"] < kept["d0"]["n_han"]
    assert masked["d7"]["n_han"] == kept["d7"]["n_han"]


def test_cli_cache_and_masked_boilerplate_do_not_mix(tmp_path) -> None:
    from govtext.cli import main

    docs, _, _ = _corpus_with_footer()
    for doc_id, text in docs.items():
        (tmp_path / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    code = main(["stats", str(tmp_path), "--boilerplate", "mask", "--cache",
                 str(tmp_path / "cache"), "--quiet"])
    assert code == 2
    assert not (tmp_path / "cache").exists()
