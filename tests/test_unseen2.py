"""Figures on a second blind set (tests/data/unseen2/): five documents never used for tuning.

The documents and their labels were written by hand before govtext was run on them, by
someone who has not seen govtext's output on them (see ``tests/data/unseen2/README.md``).
The figures were measured once, with the rules frozen, and written down; the floors
below sit at or just below that measurement.  Afterwards two section rules were added
for the two headings it missed, so the section figures of this set count as tuned (the
comments give both); later the preamble rule of commitments was written on the work plan
of the set, so its commitment figures count as tuned too.  No other rule was changed
because of these documents.

Run ``python -m tests.test_unseen2`` (from the repository root) to print every figure.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from .test_unseen import (
    Figures,
    _fmt,
    _rows,
    _text,
    score_commitments,
    score_metadata,
    score_placeholders,
    score_problems,
    score_sections,
)

DATA = Path(__file__).parent / "data" / "unseen2"
#: The five full documents of the set (the scraped pages of the same folder are scored
#: for their metadata elsewhere).
DOCUMENTS = (
    "congress_report.txt",
    "gwr_city_2026.txt",
    "gwr_county_2025.txt",
    "shuzeshulian_2025.txt",
    "work_plan_2026.txt",
)
#: Files whose every mask is labelled (placeholders.tsv covers these only).
MASKED = ("congress_report.txt", "gwr_city_2026.txt", "shuzeshulian_2025.txt")

_QUOTES = "“”\"「」『』‘’"
_CN_NUMERAL = re.compile("[一二三四五六七八九十两百千万双]")


def _surface_re(surface: str) -> re.Pattern[str]:
    """A labelled surface (written without quotes) as it may stand in the text."""
    gap = f"[{_QUOTES}]?"
    return re.compile(gap.join(re.escape(c) for c in surface))


def _labelled_spans(text: str, rows: list[dict[str, str]]) -> list[tuple[int, int, dict[str, str]]]:
    """Each labelled occurrence (rows in document order) located in ``text``."""
    out: list[tuple[int, int, dict[str, str]]] = []
    cursor = 0
    for r in rows:
        rx = _surface_re(r["surface"])
        m = rx.search(text, cursor) or rx.search(text)
        if m is None:
            continue
        out.append((m.start(), m.end(), r))
        cursor = m.end()
    return out


def _canon(s: str) -> str:
    return re.sub(f"[、，,\\s{_QUOTES}]", "", s)


def score_slogans(split: str = "", data: Path = DATA) -> dict[str, Figures]:
    """Numeric slogans: recall of the labelled slogan occurrences (any govtext row that
    overlaps), precision of the slogans found by pattern, false alarms on the labelled
    non-slogans, and exact matches (the row's canonical form is the labelled one)."""
    from govtext.slogans import extract_slogans

    out = {"numeric": Figures(), "pattern": Figures(), "not_slogans": Figures()}
    by_file: dict[str, list[dict[str, str]]] = {}
    for r in _rows("slogans.tsv", split, data):
        by_file.setdefault(r["file"], []).append(r)
    for file, rows in by_file.items():
        text = _text(file, data)
        df = extract_slogans(text, nested=True)
        found = list(zip(df["start"], df["end"], df["canonical"], df["source"], strict=True))
        spans = _labelled_spans(text, rows)
        gold = [(s, e, r) for s, e, r in spans if r["is_slogan"] == "1"]
        for s, e, r in spans:
            hits = [f for f in found if f[0] < e and f[1] > s]
            if r["is_slogan"] == "1":
                out["numeric"].tp += bool(hits)
                out["numeric"].fn += not hits
                out["numeric"].n += 1
                out["numeric"].right += any(_canon(h[2]) == _canon(r["canonical"]) for h in hits)
            else:
                out["not_slogans"].fp += bool(hits)
                out["not_slogans"].tp += not hits  # rightly left alone
        for a, b, _, source in found:
            # the labels cover phrases with a Chinese numeral (formulas such as 1+N+X
            # are left out of slogans.tsv), so precision is taken over those
            if source != "pattern" or not _CN_NUMERAL.search(text[a:b]):
                continue
            good = any(a < e and b > s for s, e, _ in gold)
            out["pattern"].tp += good
            out["pattern"].fp += not good
    return out


def formula_false_alarms(data: Path = DATA) -> Figures:
    """Placeholders found on formula names (1+N+X, “数据要素×”, 双尖双领+X) in every document."""
    from govtext.placeholders import extract_placeholders

    formula = re.compile(r"[0-9A-Za-z\u4e00-\u9fff]*(?:[+＋][0-9A-Za-z\u4e00-\u9fff]+)+"
                         r"|[\u4e00-\u9fff]{2,6}×")
    out = Figures()
    for file in DOCUMENTS:
        text = _text(file, data)
        names = [m.span() for m in formula.finditer(text) if re.search("[+＋×]", m.group())]
        for s, e in zip(*[extract_placeholders(text)[c] for c in ("start", "end")], strict=True):
            on_name = any(a <= s and e <= b for a, b in names)
            out.fp += on_name
            out.n += 1
            out.right += not on_name
    return out


def report() -> dict[str, dict[str, Figures]]:
    """Every figure of the set."""
    return {
        "sections": score_sections("", DATA),
        "commitments": score_commitments("", DATA),
        "metadata": score_metadata("", DATA),
        "placeholders": score_placeholders("", DATA, MASKED),
        "problems": score_problems("", DATA, DOCUMENTS),
        "slogans": score_slogans("", DATA),
        "formula_names": {"masks": formula_false_alarms(DATA)},
    }


# Floors at or just below the one measurement of the frozen rules, 2026-12-02 (figures in
# comments: govtext before this round of rules -> with them, same run).
FLOORS: dict[tuple[str, str], dict[str, float]] = {
    # P 1.000 R 0.959 -> P 1.000 R 0.979 (97 headings).  After that run the two headings
    # missed (三、 after 第二部分, a 关于……的说明 line of 37 characters) led to two rules,
    # so the section figures of this set now count as tuned: R 1.000
    ("sections", "headings"): {"precision": 0.99, "recall": 0.99},
    # 0.959 -> 0.979 (first run); 1.000 after the two rules (tuned)
    ("sections", "kinds"): {"accuracy": 0.99},
    # 0.870 -> 0.913 (first run, 23 top-level headings); 1.000 after the two rules (tuned)
    ("sections", "top_kinds"): {"accuracy": 0.99},
    # P 0.806 R 0.962 -> P 0.806 R 0.962 (78 commitments, 40 other sentences).  Afterwards
    # the preamble rule (the 印发 notice and the review before the first heading of the
    # work plan, 16 of the 18 false alarms) was written on this set, so the commitment
    # figures now count as tuned: P 0.975 R 0.987
    ("commitments", "commitments"): {"precision": 0.97, "recall": 0.98},
    # 0.947 -> 0.947; 0.948 after the preamble rule (tuned)
    ("commitments", "quantified"): {"accuracy": 0.94},
    # year 1.000, doc_type 1.000, title 0.400 -> 0.400 (five documents)
    ("metadata", "year"): {"accuracy": 0.99},
    ("metadata", "doc_type"): {"accuracy": 0.99},
    ("metadata", "title"): {"accuracy": 0.40},
    # P 0.907 R 0.918 -> P 0.918 R 0.918 (85 masks of three documents)
    ("placeholders", "masks"): {"precision": 0.91, "recall": 0.91},
    # 0.885 -> 0.885
    ("placeholders", "kinds"): {"accuracy": 0.88},
    # P 0.929 R 0.812 -> P 0.929 R 0.812 (16 clauses)
    ("problems", "statements"): {"precision": 0.92, "recall": 0.81},
    # recall 0.936 -> 0.979 (47 slogan occurrences); canonical exact 0.915 -> 0.979
    ("slogans", "numeric"): {"recall": 0.97, "accuracy": 0.97},
    # pattern precision 0.833 -> 1.000 over the rows with a Chinese numeral, the phrases
    # the labels cover (12 rows; counting the four 1+N+X rows too, which the labels leave
    # out by their convention: 0.625 -> 0.750)
    ("slogans", "pattern"): {"precision": 0.99},
    # false alarms on the 30 labelled non-slogans: 2 -> 0
    ("slogans", "not_slogans"): {"precision": 0.99},
    # no mask found on a formula name: 0 -> 0
    ("formula_names", "masks"): {"accuracy": 0.99},
}


def _need() -> None:
    missing = [f for f in DOCUMENTS if not (DATA / f).exists()]
    if missing:
        pytest.skip(f"unseen2 documents missing: {missing}")


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, Figures]]:
    _need()
    return report()


@pytest.mark.parametrize(("name", "key"), sorted(FLOORS))
def test_unseen2_figures(figures: dict[str, dict[str, Figures]], name: str, key: str) -> None:
    f = figures[name][key]
    print(f"\nunseen2 {name}.{key}: {_fmt(f)}")
    for measure, floor in FLOORS[(name, key)].items():
        value: Any = getattr(f, measure)
        assert value >= floor, (name, key, measure, value, floor)


def test_no_placeholder_on_a_formula_name(figures: dict[str, dict[str, Figures]]) -> None:
    assert figures["formula_names"]["masks"].fp == 0


if __name__ == "__main__":  # pragma: no cover
    for name, figs in report().items():
        for key, f in figs.items():
            print(f"unseen2 {name}.{key}: {_fmt(f)}")
