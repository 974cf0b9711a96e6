"""Commitment follow-through against hand labels (tests/data/follow/): three pairs of
documents of one organisation, the commitments of year t labelled done or not by the
review of year t + 1, written and labelled by hand before govtext was run on them
(``tests/data/follow/README.md``)."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from govtext.follow import commitment_follow_through

DATA = Path(__file__).parent / "data" / "follow"
PAIRS = {"a": (2024, 2025), "b": (2023, 2024), "c": (2024, 2025)}
DOC_TYPES = {"a": "work_plan", "b": "work_plan", "c": "government_work_report"}


def _corpus() -> pd.DataFrame:
    rows = []
    for pair, years in PAIRS.items():
        for year in years:
            rows.append({"doc_id": f"{pair}_{year}", "org": f"org_{pair}", "year": year,
                         "doc_type": DOC_TYPES[pair],
                         "text": (DATA / f"{pair}_{year}.txt").read_text(encoding="utf-8")})
    return pd.DataFrame(rows)


def score(min_similarity: float = 0.3) -> dict[str, float]:
    """Precision and recall of ``done`` over the labelled commitments of year t."""
    corpus = _corpus()
    texts = dict(zip(corpus["doc_id"], corpus["text"], strict=True))
    table = commitment_follow_through(corpus, min_similarity=min_similarity)
    with (DATA / "labels.tsv").open(encoding="utf-8", newline="") as fh:
        labels = list(csv.DictReader(fh, delimiter="\t"))
    tp = fp = fn = tn = 0
    for r in labels:
        doc_id = r["plan_file"].removesuffix(".txt")
        start = texts[doc_id].find(r["commitment"])
        assert start >= 0, r["commitment"]
        end = start + len(r["commitment"])
        mine = table[(table["doc_id"] == doc_id) & (table["start"] < end)
                     & (table["end"] > start)]
        said = bool(mine["done"].any())
        gold = r["done"] == "1"
        tp += said and gold
        fp += said and not gold
        fn += gold and not said
        tn += not said and not gold
    return {"precision": tp / max(tp + fp, 1), "recall": tp / max(tp + fn, 1),
            "accuracy": (tp + tn) / len(labels), "n": len(labels), "done": tp + fn}


# Measured 2026-12-02 with the default threshold (0.3), never changed for this set:
# first run precision 0.857, recall 0.231 (51 commitments, 26 done) — most commitments of
# the two work plans were not extracted at all: a numbered item that is a whole sentence
# (1. 开展食品安全监督抽检不少于3000批次。) was read as a section title.  With that fixed
# (govtext.commitments, a rule for every text; the set counts as development for it):
# precision 0.944, recall 0.654, accuracy 0.804.
FLOORS = {"precision": 0.94, "recall": 0.65, "accuracy": 0.80}


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    return score()


def test_every_labelled_commitment_is_in_its_plan() -> None:
    with (DATA / "labels.tsv").open(encoding="utf-8", newline="") as fh:
        labels = list(csv.DictReader(fh, delimiter="\t"))
    assert len(labels) == 51 and sum(r["done"] == "1" for r in labels) == 26


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_commitment_follow_through_against_hand_labels(figures: dict[str, float],
                                                       measure: str) -> None:
    print(f"\nfollow-through {measure}: {figures[measure]:.3f}")
    assert figures[measure] >= FLOORS[measure]
