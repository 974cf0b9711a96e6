"""Time and peak memory of ``discover_phrases`` on the State Council corpus replicated.

Usage::

    python benchmarks/bench_phrases.py [--data ../shared/data/gov_work_reports.jsonl]
                                       [--scales 1 20]

Each scale runs in a fresh process, so that its peak resident memory (``ru_maxrss``)
is its own: the corpus is read (``read_corpus``), replicated ``scale`` times in memory,
and ``discover_phrases`` (default parameters) is timed.  The reference is the same
process's peak before ``discover_phrases`` starts (the corpus, pandas, numpy loaded):
the figure that matters is how much ``discover_phrases`` adds, and how that and the time
grow with the scale (linearly: 20 times the corpus, 20 times the time).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "gov_work_reports.jsonl"


def _measure(path: str, scale: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    import pandas as pd

    import govtext

    corpus = govtext.read_corpus(path)
    big = pd.concat([corpus] * scale, ignore_index=True)
    big["doc_id"] = [str(i) for i in range(len(big))]
    del corpus
    chars = int(big["n_chars"].sum())
    before_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    found = govtext.discover_phrases(big)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"scale": scale, "chars": chars, "seconds": seconds, "before_mb": before_mb,
            "peak_mb": peak_mb, "phrases": len(found)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--scales", nargs="+", type=int, default=[1, 20])
    parser.add_argument("--measure", nargs=2, metavar=("PATH", "SCALE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(_measure(args.measure[0], int(args.measure[1]))))
        return 0
    if not args.data.exists():
        print(f"corpus not found: {args.data}", file=sys.stderr)
        return 1
    print("| scale | characters | seconds | vs 1x per character | peak MB | of which "
          "before discover_phrases | phrases |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    first: dict[str, float] | None = None
    for scale in args.scales:
        out = subprocess.run(
            [sys.executable, __file__, "--measure", str(args.data), str(scale)],
            check=True, capture_output=True, text=True,
        ).stdout
        row = json.loads(out.strip().splitlines()[-1])
        first = first or row
        per_char = (row["seconds"] / row["chars"]) / (first["seconds"] / first["chars"])
        print(f"| {scale} | {row['chars']:,} | {row['seconds']:.1f} | {per_char:.2f} | "
              f"{row['peak_mb']:,.0f} | {row['before_mb']:,.0f} | {row['phrases']:,} |",
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
