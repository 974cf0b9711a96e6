"""How the time of the analysers grows on inputs that used to take quadratic time.

Usage::

    python benchmarks/bench_pathological.py [--cases commitments sections placeholders]
                                            [--sizes 10000 20000 40000 80000] [--repeat 3]

Each case is generated at every size (the unit is a character for ``commitments`` and
``placeholders``, a line for ``sections``) and timed in this one process (best of
``--repeat``, after a warm-up on the smallest input).  What matters is the ratio of the
time at one size to the time at the size before: about 2 when the time grows linearly
with the input (the sizes double), about 4 when it grows quadratically.

Cases:

- ``commitments``: :func:`govtext.extract_commitments` on a plan made of masked
  quantities (``**次``) repeated, 30 to a sentence;
- ``sections``: :func:`govtext.segment_sections` on a numbered heading, a sentence that
  turns to problems and an enumerated item, repeated (every paragraph is looked at as a
  possible problems passage);
- ``placeholders``: :func:`govtext.extract_placeholders` on dense masks of every kind
  (``**次``, ``XX局``, ``XXX同志``, ``**情防控``, ``某某``) repeated.

No file of the corpus is read: the inputs are generated.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def commitments_input(n: int) -> str:
    """A plan of ``n`` characters: ``**次`` repeated, with a sentence end now and then."""
    unit = "全年要召开会议" + "**次" * 30 + "。"
    return ("二、下步打算\n" + unit * (n // len(unit) + 1))[:n]


def sections_input(n: int) -> str:
    """``n`` lines: a heading, a turn to problems and an item, repeated."""
    lines = ["一、存在的问题", "但仍存在一些问题和不足。", "一是学习不够。"]
    return "\n".join(lines[i % 3] for i in range(n))


def placeholders_input(n: int) -> str:
    """``n`` characters of dense masks of every kind."""
    unit = "召开会议**次，XX局党组，XXX同志讲话，**情防控，某某单位，第X届；"
    return (unit * (n // len(unit) + 1))[:n]


def cases() -> dict[str, tuple[Callable[[int], str], Callable[[str], object], str]]:
    """Name -> (input generator, analyser, unit)."""
    sys.path.insert(0, str(ROOT))
    from govtext.commitments import extract_commitments
    from govtext.placeholders import extract_placeholders
    from govtext.sections import segment_sections

    return {
        "commitments": (commitments_input, extract_commitments, "chars"),
        "sections": (sections_input, segment_sections, "lines"),
        "placeholders": (placeholders_input, extract_placeholders, "chars"),
    }


def best_time(func: Callable[[str], object], text: str, repeat: int) -> float:
    """Best wall-clock seconds of ``repeat`` calls."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", nargs="+", default=["commitments", "sections", "placeholders"])
    parser.add_argument("--sizes", nargs="+", type=int, default=[10_000, 20_000, 40_000, 80_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    table = cases()
    print("| case | size | unit | seconds | ratio to the size before |")
    print("|---|---:|---|---:|---:|")
    for name in args.cases:
        make, func, unit = table[name]
        func(make(min(args.sizes)))  # warm-up: dictionaries and lexicons loaded
        prev = None
        for n in args.sizes:
            sec = best_time(func, make(n), args.repeat)
            ratio = f"{sec / prev:.2f}" if prev else ""
            print(f"| {name} | {n:,} | {unit} | {sec:.3f} | {ratio} |", flush=True)
            prev = sec
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
