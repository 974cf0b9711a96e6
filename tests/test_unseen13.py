"""Section kinds and metadata on tests/data/unseen13/: eight documents, held out.

County (2023), city (2026: the 十四五 review and the 十五五 goals) and provincial (2018,
themed) government work reports, a 述责述廉 report with inline headings, a county
party committee's responsibility report with themed headings, a state enterprise's
party-building report with unnumbered headings, a city health work plan and a
township's summary and plan: written and labelled by hand before govtext was run on
them (``tests/data/unseen13/README.md``): 98 headings, 36 of them top-level.

Held out: measured on 2026-12-02 with the rules of the day before and with the rules of
that day; no rule has been written or changed after looking at these documents.  The
floors sit at the second measurement.

Run ``python -m tests.test_unseen13`` (from the repository root) to print every figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_unseen import Figures, _fmt, score_metadata, score_sections
from .test_unseen4 import check_floor

DATA = Path(__file__).parent / "data" / "unseen13"

# rules of the day before -> rules of that day (held out throughout):
# headings P 0.942 R 1.000 (98) -> same; kinds 0.959 (94/98) -> 1.000 (98/98);
# top-level kinds 0.917 (33/36) -> 1.000 (36/36); title, year, doc_type 8/8 -> 8/8.
FLOORS: dict[tuple[str, str], dict[str, float]] = {
    ("sections", "headings"): {"precision": 0.94, "recall": 0.99},
    ("sections", "kinds"): {"accuracy": 0.99},
    ("sections", "top_kinds"): {"accuracy": 0.99},
    ("metadata", "title"): {"accuracy": 0.99},
    ("metadata", "year"): {"accuracy": 0.99},
    ("metadata", "doc_type"): {"accuracy": 0.99},
}


def report(data: Path = DATA) -> dict[str, dict[str, Figures]]:
    """Section and metadata figures of the set."""
    return {"sections": score_sections("", data), "metadata": score_metadata("", data)}


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, Figures]]:
    assert len(list(DATA.glob("*.txt"))) == 8, "unseen13 documents missing"
    return report(DATA)


@pytest.mark.parametrize(("name", "key"), sorted(FLOORS))
def test_unseen13_figures(figures: dict[str, dict[str, Figures]], name: str, key: str) -> None:
    check_floor(figures, FLOORS, name, key, "unseen13")


if __name__ == "__main__":  # pragma: no cover
    for name, figs in report(DATA).items():
        for key, f in figs.items():
            print(f"unseen13 {name}.{key}: {_fmt(f)}")
