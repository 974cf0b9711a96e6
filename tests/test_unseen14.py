"""Title, year and doc_type past page chrome on 40 scraped pages (tests/data/unseen14/), tuned.

Written and labelled by hand by two writers before govtext was run on them
(``tests/data/unseen14/README.md``): portals, discipline-commission, organisation
department, enterprise and university sites, people's congress sites, e-paper pages,
news apps, document-sharing sites and reprints, some scraped one text node per line.
Measured on 2026-12-02 with the rules of the day before, with the rules of that day
(held out: none written on this set; a crash on a line that was only a label was mended
first), and after rules were written on its five missed pages (issuing bodies ending in
部, 院 or 市委; a trail cut into one step per line; the weather and a trail's label
alone; an e-paper's page navigation; twenty head lines looked at, not twelve): since
then it is tuned.

Run ``python -m tests.test_unseen14`` (from the repository root) to print the figures
and the pages missed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_unseen5 import _labels, score

DATA = Path(__file__).parent / "data" / "unseen14"
# rules of the day before -> held out -> tuned: title 0.650 -> 0.875 -> 1.000,
# year 0.725 -> 0.950 -> 1.000, doc_type 0.875 -> 1.000 -> 1.000,
# all three 0.575 -> 0.875 -> 1.000
FLOORS = {"title": 0.99, "year": 0.99, "doc_type": 0.99, "all": 0.99}


def test_unseen14_pages_present() -> None:
    rows = _labels(DATA)
    assert len(rows) == 40
    assert all((DATA / r["file"]).exists() for r in rows)


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    return score(DATA)[0]


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_unseen14_metadata(figures: dict[str, float], key: str) -> None:
    print(f"\nunseen14 {key}: {figures[key]:.3f}")
    assert figures[key] >= FLOORS[key]


if __name__ == "__main__":  # pragma: no cover
    shares, misses = score(DATA)
    print(shares)
    print("\n".join(misses))
