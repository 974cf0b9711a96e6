"""Whether worker processes pay: one job against two, in the same run.

Usage::

    python benchmarks/bench_parallel.py [--data ../shared/data/gov_work_reports.jsonl]
                                        [--scales 1 4] [--rounds 3]

For each scale the State Council corpus is replicated ``scale`` times and
:func:`govtext.parallel.map_documents` maps :func:`govtext.summary.document_stats` (the
per-document work of ``stats``) over its texts in three ways, the rounds interleaved
and each figure the best of ``--rounds`` (after a warm-up that loads the dictionaries):

- ``1 job``: in this process, the reference;
- ``2 jobs``: as ``stats(..., n_jobs=2)`` runs it (workers only when each gets at least
  ``PARALLEL_MIN_CHARS`` characters);
- ``2 jobs, always processes``: ``min_chars=0``, two workers whatever the size, as
  before the threshold.

Each round also checks that the three give byte-identical tables.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "gov_work_reports.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--scales", nargs="+", type=int, default=[1, 4])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    import pandas as pd

    from govtext.parallel import PARALLEL_MIN_CHARS, map_documents
    from govtext.summary import document_stats

    with args.data.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["content"] for line in fh if line.strip()]
    map_documents(document_stats, texts[:2])  # warm-up
    ways = {
        "1 job": {"n_jobs": 1},
        "2 jobs": {"n_jobs": 2},
        "2 jobs, always processes": {"n_jobs": 2, "min_chars": 0},
    }
    print(f"PARALLEL_MIN_CHARS = {PARALLEL_MIN_CHARS:,}; load average {os.getloadavg()[0]:.2f}")
    print("| scale | characters | how | seconds | speed vs 1 job |")
    print("|---:|---:|---|---:|---:|")
    for scale in args.scales:
        corpus = texts * scale
        best = dict.fromkeys(ways, float("inf"))
        for _ in range(args.rounds):
            outputs = []
            for name, kwargs in ways.items():
                t0 = time.perf_counter()
                rows = map_documents(document_stats, corpus, **kwargs)  # type: ignore[arg-type]
                best[name] = min(best[name], time.perf_counter() - t0)
                outputs.append(pd.DataFrame(rows).to_csv(index=False))
            assert len(set(outputs)) == 1, "the outputs differ"
        n_chars = sum(map(len, corpus))
        for name in ways:
            speed = best["1 job"] / best[name]
            print(f"| {scale} | {n_chars:,} | {name} | {best[name]:.2f} | {speed:.2f}x |",
                  flush=True)
    print(f"load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
