"""Title, year and doc_type past page chrome on 40 scraped pages (tests/data/unseen12/), tuned.

Written and labelled by hand by two writers before govtext was run on them
(``tests/data/unseen12/README.md``): portals with weather bars and disclosure boxes,
discipline-commission and news sites, e-paper pages with their headline lists,
public-account articles with tags and editor's notes.  Measured on 2026-12-02 with the
rules of the day before, with the rules of that day (held out: none written on this
set), and after rules were written on its eight missed pages (one title part beside a
part that is none, 今天是 without a colon, trails that open with their separator,
headline lists and tags, editor's notes, a 关于 title written again below its issuer,
the year of a title without one from the lines after it): since then it is tuned.

Run ``python -m tests.test_unseen12`` (from the repository root) to print the figures
and the pages missed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_unseen5 import _labels, score

DATA = Path(__file__).parent / "data" / "unseen12"
# rules of the day before -> held out -> tuned: title 0.675 -> 0.825 -> 1.000,
# year 0.850 -> 0.975 -> 1.000, doc_type 0.950 -> 0.950 -> 1.000,
# all three 0.650 -> 0.800 -> 1.000
FLOORS = {"title": 0.99, "year": 0.99, "doc_type": 0.99, "all": 0.99}


def test_unseen12_pages_present() -> None:
    rows = _labels(DATA)
    assert len(rows) == 40
    assert all((DATA / r["file"]).exists() for r in rows)


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    return score(DATA)[0]


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_unseen12_metadata(figures: dict[str, float], key: str) -> None:
    print(f"\nunseen12 {key}: {figures[key]:.3f}")
    assert figures[key] >= FLOORS[key]


if __name__ == "__main__":  # pragma: no cover
    shares, misses = score(DATA)
    print(shares)
    print("\n".join(misses))
