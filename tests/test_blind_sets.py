"""Figures on the sets written and labelled by hand by writers who never saw govtext's output.

Each set lives in ``tests/data/<name>/`` with its writers' notes (``README.md``): what
the documents or pages are, how and when they were labelled (always before govtext was
run on them).  Every set was scored first with the rules of the day before it came
(2026-12-02) and then once with the rules of that day, before any rule was written on
it: that second figure is its held-out figure.  Sets marked ``tuned`` then had rules
written on their misses and are development data since; the others are still held out.
The floors sit at the last measurement.

Documents (section kinds, title, year, doc_type), before -> held out (-> tuned):

- ``unseen7`` (12 documents, 184 headings, 58 top-level; tuned): top-level kinds 0.776
  -> 0.931 -> 1.000, all kinds 0.777 -> 0.951 -> 1.000, headings P 0.928 R 0.984 ->
  P 0.929 R 1.000; metadata 12/12 throughout.  Rules written on it: unnumbered themed
  headings on a line of their own; plans go on once begun.
- ``unseen9`` (12 documents, 159 headings, 59 top-level; tuned): top-level kinds 0.746
  -> 0.915 -> 1.000, all kinds 0.855 -> 0.950 -> 1.000; doc_type 10/12 -> 10/12 ->
  12/12.  Rules: a report whose opening lies in the past opens with work done; 形势
  sections; standing committee and plenum reports are ``other``.
- ``unseen11`` (12 documents, 160 headings, 62 top-level; held out for its top-level
  kinds and metadata, tuned for its sub-headings): top-level kinds 0.823 -> 1.000, all
  kinds 0.850 -> 0.963 -> 1.000, headings P 0.865 R 0.963 -> P 0.870 R 1.000 (six
  ``（一）……。`` sub-headings written on lines of their own under a heading, without a
  blank line between, were read as one paragraph with it: the rule that such a block is
  one paragraph per line was written on them); title and year 12/12, doc_type 11/12.
- ``unseen13`` (8 documents, 98 headings, 36 top-level; held out): top-level kinds
  0.917 -> 1.000, all kinds 0.959 -> 1.000, headings P 0.942 R 1.000; metadata 8/8.
- ``unseen19`` (8 documents, 89 headings, 38 top-level; held out): top-level kinds
  0.868 -> 1.000, all kinds 0.910 -> 0.989, headings P 0.978 R 1.000; title 7/8 ->
  8/8, year 8/8, doc_type 7/8 -> 8/8.

Scraped pages (title, year and doc_type all right), 40 pages each.
Before -> held out (-> tuned): ``unseen8`` 0.825 -> 0.925 -> 1.000; ``unseen10`` 0.700 ->
0.825 -> 1.000; ``unseen12`` 0.650 -> 0.800 -> 1.000; ``unseen14`` 0.575 -> 0.875 ->
1.000; ``unseen15`` 0.425 -> 0.850 -> 1.000; ``unseen16`` 0.600 -> 0.850 -> 1.000;
``unseen17`` 0.400 -> 0.700 -> 1.000; ``unseen18`` 0.600 -> 0.825 -> 1.000; ``unseen20``
0.525 -> 0.875 -> 1.000 (all scored first on 2026-12-02).  Titles are returned as the
page writes them since 2026-12-03 (the space and full-width ``｜`` misses of ``unseen15``
to ``unseen18`` were normalization's).  The sets of 2026-12-03, each scored once with
the rules of the moment before any rule was written on it (the rules of the day before
in brackets): ``unseen21`` pages 361-380 0.850 (0.650; title 0.850, year and doc_type
1.000);
``unseen22`` 0.825 (0.750; title 0.850, year 0.975, doc_type 0.950); ``unseen23``
0.775 (0.650; title 0.800, year 0.975, doc_type 0.975); ``unseen24`` 0.850 (0.825; title
0.850, year 0.975, doc_type 1.000); ``unseen26`` 0.950 (0.700; title 0.950, year and
doc_type 1.000); ``unseen25``, scored in two halves of 20 pages, the last figures of the
day: pages 541-560 0.800 (0.750; title 0.850, year 1.000, doc_type 0.950), pages 521-540
0.750 (0.550; title 0.850, year 0.950, doc_type 0.900).  All were tuned after their
scoring; the one miss left on ``unseen23`` and on ``unseen26`` each follows a convention
the other sets' labels do not (see their READMEs); ``unseen21`` pages 381-400 0.900
(0.700; title 0.900, year and doc_type 1.000); ``unseen27`` 0.750 (0.625; title 0.750,
year 0.975, doc_type 0.950), 0.925 tuned (its three misses left follow conventions that
other sets' labels do not, or a menu item longer than the menu rule allows);
``unseen28`` 0.850 (0.700; pages 641-660 0.950, pages 661-680 0.750);
``unseen30`` 0.775 (0.600; title 0.800, year 1.000, doc_type 0.925), tuned since
(0.925).  Held out when first scored: ``unseen29`` 0.950 (0.750; title 0.950, year
0.975, doc_type 1.000) and ``unseen31``, scored with the final rules of that day, 0.925
(0.675; title 0.975, year 1.000, doc_type 0.950); both were tuned later that day.

The second round of 2026-12-03 (each set's first scoring with the rules of the moment;
the rules of the day's start in brackets; every set tuned after its scoring):
``unseen32`` 0.750 (0.750), ``unseen33`` 0.700 (0.700), then held out while the rules
were written on the sets before them: ``unseen34`` 0.775 (0.750), ``unseen35`` 0.750
(0.725), ``unseen36`` 0.750 (0.700), ``unseen37`` 0.725 (0.650), ``unseen38`` 0.850
(0.775); from ``unseen39`` on the writers were given the labelling conventions the
earlier writers had disagreed on (forum tags left out, a news headline's deck not part
of the title, a spaced-out title written without spaces, a shared document's own
heading; see the sets' READMEs): ``unseen39`` 0.800 (0.725), ``unseen40`` 0.950
(0.750), ``unseen41`` 0.900 (0.775), ``unseen42`` 0.875 (0.725), ``unseen43`` 0.825
(0.700), ``unseen44`` 0.925 (0.775), ``unseen45`` 0.900 (0.650), ``unseen46`` 0.925
(0.750), ``unseen47`` 0.725 (0.625); the last two, held out while every other rule of
the day was written: ``unseen48`` 0.925 (0.700) and ``unseen49`` 0.850 (0.700), 71 of
80 pages.  Held out while every rule before was written, scored once: ``unseen50``
0.900 (0.725) and ``unseen51`` 0.875 (0.650), 71 of 80 pages (0.8875); tuned since.
Held out, no rule written on them, scored once with the final rules: ``unseen52`` 0.900
(0.775) and ``unseen53`` 0.950 (0.750), 74 of 80 pages (0.925); tuned since.
The third round of 2026-12-03 (the rules of that round's start, which were also the
rules of its first scorings, after the misses of ``unseen52`` and ``unseen53`` were
mended): ``unseen54`` 0.975 and ``unseen55`` 0.925, 76 of 80 pages (0.950); tuned since.
Then held out while those rules were written: ``unseen56`` 0.925 and ``unseen57`` 0.925,
74 of 80 pages (0.925; the rules of the round's start give the same); tuned
since. Then ``unseen58`` 0.975 (0.950 with the rules of the round's start) and ``unseen59``
0.825 (0.800); tuned since. Held out while all of those rules were written: ``unseen60``
0.925 (0.850) and ``unseen61`` 0.900 (0.875), 73 of 80 pages (0.9125; 0.8625); tuned since.
Then ``unseen62`` 0.900 (0.850) and ``unseen63`` 0.900 (0.825); tuned since. Held out while
all of those rules were written: ``unseen64`` 0.925 (0.925) and ``unseen65`` 0.975 (0.975),
76 of 80 pages (0.950; the same with the rules of the round's start); tuned since. Then
``unseen66`` 0.975 (0.975) and ``unseen67`` 0.900 (0.875), 75 of 80 pages (0.9375; 0.925);
tuned since. Held out, all six scored once with the rules of one moment:
``unseen68`` 0.975 (0.925) and ``unseen69`` 0.975 (0.975), 78 of 80 pages (0.975; 0.950);
and with the same rules ``unseen70`` 0.875 (0.825), ``unseen71`` 0.925 (0.900),
``unseen72`` 0.875 (0.850), ``unseen73`` 0.850 (0.800), 141 of 160 pages (0.881; 0.844):
219 of the 240 held-out pages (0.9125); tuned since (``unseen68``'s browser title with the
site first, ``unseen71``'s gazette contents and ``unseen72``'s forum year still missed).
Held out, no rule written on them, scored once with the final rules: ``unseen74`` 1.000
(0.950), ``unseen75`` 0.975 (0.950), ``unseen76`` 1.000 (1.000), ``unseen77`` 0.950 (0.925),
157 of 160 pages (0.981; 0.956); and with the same rules ``unseen78`` 0.975 (0.925),
``unseen79`` 0.975 (0.900), ``unseen80`` 0.975 (0.950), ``unseen81`` 1.000 (1.000), 157 of
160 pages (0.981; 0.944): 314 of the 320 pages held out from the final rules (0.981; 0.950).

Run ``python -m tests.test_blind_sets`` (from the repository root) to print every
figure and the pages missed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_unseen import Figures, _fmt, score_metadata, score_sections
from .test_unseen4 import check_floor
from .test_unseen5 import _labels, score

DATA = Path(__file__).parent / "data"

_ALL_RIGHT = {"title": 0.99, "year": 0.99, "doc_type": 0.99}


def _doc_floors(
    headings: tuple[float, float], kinds: float, doc_type: float = 0.99
) -> dict[tuple[str, str], dict[str, float]]:
    floors: dict[tuple[str, str], dict[str, float]] = {
        ("sections", "headings"): {"precision": headings[0], "recall": headings[1]},
        ("sections", "kinds"): {"accuracy": kinds},
        ("sections", "top_kinds"): {"accuracy": 0.99},
    }
    for key, floor in {**_ALL_RIGHT, "doc_type": doc_type}.items():
        floors[("metadata", key)] = {"accuracy": floor}
    return floors


#: set -> (number of documents, floors)
DOCUMENT_SETS: dict[str, tuple[int, dict[tuple[str, str], dict[str, float]]]] = {
    "unseen7": (12, _doc_floors((0.92, 0.99), 0.99)),
    "unseen9": (12, _doc_floors((0.96, 0.99), 0.99)),
    "unseen11": (12, _doc_floors((0.86, 0.99), 0.99, doc_type=0.91)),
    "unseen13": (8, _doc_floors((0.94, 0.99), 0.99)),
    "unseen19": (8, _doc_floors((0.97, 0.99), 0.98)),
}

#: set -> floors of the shares of pages with title, year, doc_type and all three right
#: set -> (number of pages, floors)
PAGE_SETS: dict[str, tuple[int, dict[str, float]]] = {
    name: (40, {**_ALL_RIGHT, "all": 0.99})
    for name in ("unseen8", "unseen10", "unseen12", "unseen14", "unseen15", "unseen16",
                 "unseen17", "unseen18", "unseen20", "unseen22", "unseen24")
}
# (page_529: its label joins a themed headline to the ——line naming the document, which
# the labels of unseen27 and unseen53 and the writers' conventions leave out)
PAGE_SETS["unseen25"] = (40, {"title": 0.975, "year": 0.99, "doc_type": 0.99, "all": 0.975})
PAGE_SETS["unseen21"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen23"] = (40, {"title": 0.97, "year": 0.99, "doc_type": 0.99, "all": 0.97})
PAGE_SETS["unseen26"] = (40, {"title": 0.97, "year": 0.99, "doc_type": 0.99, "all": 0.97})
PAGE_SETS["unseen27"] = (40, {"title": 0.975, "year": 0.99, "doc_type": 0.99, "all": 0.975})
PAGE_SETS["unseen28"] = (40, {"title": 0.97, "year": 0.99, "doc_type": 0.97, "all": 0.97})
# held out when first scored; the rule on a 信息公开 site's menu was written on one miss
PAGE_SETS["unseen29"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen30"] = (40, {"title": 0.92, "year": 0.99, "doc_type": 0.99, "all": 0.92})
# held out when first scored; two document-type rules were written on its misses
PAGE_SETS["unseen31"] = (40, {**_ALL_RIGHT, "all": 0.99})
# the sets of the second round: scored once, then tuned
PAGE_SETS["unseen32"] = (40, {"title": 0.975, "year": 0.99, "doc_type": 0.99, "all": 0.975})
PAGE_SETS["unseen33"] = (40, {"title": 0.9, "year": 0.975, "doc_type": 0.99, "all": 0.9})
# held out while the rules were written on the sets above, then scored once and tuned
PAGE_SETS["unseen34"] = (40, {"title": 0.95, "year": 0.975, "doc_type": 0.99, "all": 0.95})
PAGE_SETS["unseen35"] = (40, {"title": 0.975, "year": 0.99, "doc_type": 0.99, "all": 0.975})
PAGE_SETS["unseen36"] = (40, {"title": 0.925, "year": 0.975, "doc_type": 0.99, "all": 0.925})
PAGE_SETS["unseen37"] = (40, {"title": 0.975, "year": 0.99, "doc_type": 0.99, "all": 0.975})
PAGE_SETS["unseen38"] = (40, {"title": 0.95, "year": 0.99, "doc_type": 0.99, "all": 0.95})
PAGE_SETS["unseen39"] = (40, {"title": 0.975, "year": 0.99, "doc_type": 0.99, "all": 0.975})
PAGE_SETS["unseen40"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen41"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen42"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen43"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen44"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen45"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen46"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen47"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen48"] = (40, {"title": 0.99, "year": 0.975, "doc_type": 0.99, "all": 0.975})
PAGE_SETS["unseen49"] = (40, {"title": 0.975, "year": 0.99, "doc_type": 0.99, "all": 0.975})
# held out for one scoring, then tuned
PAGE_SETS["unseen50"] = (40, {**_ALL_RIGHT, "all": 0.99})
# (page_1574: its label gives a forum question the year of the work it asks about, where
# the other sets give the year of the report being drafted, which the text names)
PAGE_SETS["unseen51"] = (40, {"title": 0.99, "year": 0.975, "doc_type": 0.99, "all": 0.975})
# held out for one scoring with the final rules of 2026-12-03, then tuned
PAGE_SETS["unseen52"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen53"] = (40, {**_ALL_RIGHT, "all": 0.99})
# the third round of 2026-12-03: scored once, then tuned
PAGE_SETS["unseen54"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen55"] = (40, {**_ALL_RIGHT, "all": 0.99})
# held out while every rule before them was written, scored once, then tuned
PAGE_SETS["unseen56"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen57"] = (40, {"title": 0.99, "year": 0.975, "doc_type": 0.99, "all": 0.975})
# scored once, then tuned
PAGE_SETS["unseen58"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen59"] = (40, {**_ALL_RIGHT, "all": 0.99})
# held out while the rules for unseen52 to unseen59 were written, scored once, then tuned
PAGE_SETS["unseen60"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen61"] = (40, {**_ALL_RIGHT, "all": 0.99})
# scored once, then tuned
PAGE_SETS["unseen62"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen63"] = (40, {"title": 0.975, "year": 0.99, "doc_type": 0.975, "all": 0.975})
# held out while the rules for unseen52 to unseen63 were written, scored once, then tuned
PAGE_SETS["unseen64"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen65"] = (40, {**_ALL_RIGHT, "all": 0.99})
# scored once, then tuned
PAGE_SETS["unseen66"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen67"] = (40, {**_ALL_RIGHT, "all": 0.99})
# held out, scored once with the rules of one moment (unseen68 to unseen73), then tuned
PAGE_SETS["unseen68"] = (40, {"title": 0.975, "year": 0.99, "doc_type": 0.99, "all": 0.975})
PAGE_SETS["unseen69"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen70"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen71"] = (40, {"title": 0.975, "year": 0.99, "doc_type": 0.975, "all": 0.975})
PAGE_SETS["unseen72"] = (40, {"title": 0.99, "year": 0.975, "doc_type": 0.99, "all": 0.975})
PAGE_SETS["unseen73"] = (40, {**_ALL_RIGHT, "all": 0.99})
# held out: no rule written on them, scored once with the final rules
PAGE_SETS["unseen74"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen75"] = (40, {"title": 0.975, "year": 0.99, "doc_type": 0.99, "all": 0.975})
PAGE_SETS["unseen76"] = (40, {**_ALL_RIGHT, "all": 0.99})
PAGE_SETS["unseen77"] = (40, {"title": 0.95, "year": 0.975, "doc_type": 0.975, "all": 0.95})
PAGE_SETS["unseen78"] = (40, {"title": 0.975, "year": 0.99, "doc_type": 0.99, "all": 0.975})
PAGE_SETS["unseen79"] = (40, {"title": 0.975, "year": 0.99, "doc_type": 0.99, "all": 0.975})
PAGE_SETS["unseen80"] = (40, {"title": 0.975, "year": 0.99, "doc_type": 0.99, "all": 0.975})
PAGE_SETS["unseen81"] = (40, {**_ALL_RIGHT, "all": 0.99})


def document_figures(name: str) -> dict[str, dict[str, Figures]]:
    """Section and metadata figures of a set of documents."""
    data = DATA / name
    return {"sections": score_sections("", data), "metadata": score_metadata("", data)}


@pytest.fixture(scope="module")
def figures_of() -> dict[str, dict[str, dict[str, Figures]]]:
    out = {}
    for name, (n, _) in DOCUMENT_SETS.items():
        assert len(list((DATA / name).glob("*.txt"))) == n, f"{name}: documents missing"
        out[name] = document_figures(name)
    return out


@pytest.mark.parametrize(
    ("name", "figure"),
    [(name, fig) for name, (_, floors) in DOCUMENT_SETS.items() for fig in sorted(floors)],
)
def test_document_set(
    figures_of: dict[str, dict[str, dict[str, Figures]]], name: str, figure: tuple[str, str]
) -> None:
    check_floor(figures_of[name], DOCUMENT_SETS[name][1], figure[0], figure[1], name)


@pytest.mark.parametrize("name", sorted(PAGE_SETS))
def test_page_set(name: str) -> None:
    n, floors = PAGE_SETS[name]
    rows = _labels(DATA / name)
    assert len(rows) == n and all((DATA / name / r["file"]).exists() for r in rows)
    shares, misses = score(DATA / name)
    print(f"\n{name}: {shares}")
    for key, floor in floors.items():
        assert shares[key] >= floor, (name, key, shares[key], floor, misses)


if __name__ == "__main__":  # pragma: no cover
    for name in DOCUMENT_SETS:
        for group, figs in document_figures(name).items():
            for key, f in figs.items():
                print(f"{name} {group}.{key}: {_fmt(f)}")
    for name in PAGE_SETS:
        shares, misses = score(DATA / name)
        print(name, shares)
        print("\n".join(misses))
