"""Section kinds and metadata on tests/data/unseen7/: twelve documents, tuned.

Six government-style documents (a county report of 2026, a provincial report of 2022
with themed headings only, a city report of 2025 with unnumbered headings, a city party
congress report of 2021, a bureau's summary and plan, a township report of 2023) and six
of the party genres (述责述廉, two responsibility reports, a party-building summary with
unnumbered themed headings, a discipline commission's work plan, a 抓基层党建 述职
report), written and labelled by hand by two writers before govtext was run on them
(``tests/data/unseen7/README.md``): 184 headings, 58 of them top-level.

Measured on 2026-12-02: with the rules of the day before, with the rules of that day
(held out: none written on this set; the first figure of the issue's bar), and after
rules were written on its misses (unnumbered themed headings on a line of their own,
the plans of a report going on until a rule says otherwise): since then it is tuned.

Run ``python -m tests.test_unseen7`` (from the repository root) to print every figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_unseen import Figures, _fmt, score_metadata, score_sections
from .test_unseen4 import check_floor

DATA = Path(__file__).parent / "data" / "unseen7"

# rules of the day before -> held out -> tuned:
# headings P 0.928 R 0.984 -> P 0.928 R 0.984 -> P 0.929 R 1.000 (184);
# kinds 0.777 -> 0.951 -> 1.000; top-level kinds 0.776 (45/58) -> 0.931 (54/58) -> 1.000;
# title, year, doc_type 12/12 each throughout.
FLOORS: dict[tuple[str, str], dict[str, float]] = {
    ("sections", "headings"): {"precision": 0.92, "recall": 0.99},
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
    assert len(list(DATA.glob("*.txt"))) == 12, "unseen7 documents missing"
    return report(DATA)


@pytest.mark.parametrize(("name", "key"), sorted(FLOORS))
def test_unseen7_figures(figures: dict[str, dict[str, Figures]], name: str, key: str) -> None:
    check_floor(figures, FLOORS, name, key, "unseen7")


if __name__ == "__main__":  # pragma: no cover
    for name, figs in report(DATA).items():
        for key, f in figs.items():
            print(f"unseen7 {name}.{key}: {_fmt(f)}")
