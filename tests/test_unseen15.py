"""Title, year and doc_type past page chrome on 40 scraped pages (tests/data/unseen15/), tuned.

Written and labelled by hand by two writers before govtext was run on them
(``tests/data/unseen15/README.md``): about half copied as rendered, half scraped one
text node per line, from portals, discipline-commission, 人大 and 政协 sites, e-papers,
news apps, public accounts, document-sharing sites and a forum.  Measured on 2026-12-02
with the rules of the day before, with the rules of that day (held out: none written on
this set), and after rules were written on five of its six missed pages (a 名称 field
yields to the headline below it, app prompts, site names are no news headline, repost
marks and file extensions around a title): since then it is tuned.  The sixth miss is
a space between two Chinese words of a headline, which normalization drops.

Run ``python -m tests.test_unseen15`` (from the repository root) to print the figures
and the pages missed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_unseen5 import _labels, score

DATA = Path(__file__).parent / "data" / "unseen15"
# rules of the day before -> held out -> tuned: title 0.450 -> 0.850 -> 0.975,
# year 0.625 -> 0.975 -> 1.000, doc_type 0.925 -> 1.000 -> 1.000,
# all three 0.425 -> 0.850 -> 0.975
FLOORS = {"title": 0.97, "year": 0.99, "doc_type": 0.99, "all": 0.97}


def test_unseen15_pages_present() -> None:
    rows = _labels(DATA)
    assert len(rows) == 40
    assert all((DATA / r["file"]).exists() for r in rows)


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    return score(DATA)[0]


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_unseen15_metadata(figures: dict[str, float], key: str) -> None:
    print(f"\nunseen15 {key}: {figures[key]:.3f}")
    assert figures[key] >= FLOORS[key]


if __name__ == "__main__":  # pragma: no cover
    shares, misses = score(DATA)
    print(shares)
    print("\n".join(misses))
