"""Time and peak memory of ``discover_phrases`` on the State Council corpus replicated.

Usage::

    python benchmarks/bench_phrases.py [--data ../shared/data/gov_work_reports.jsonl]
                                       [--scales 1 10 20] [--reference DIR]

Each scale runs in a fresh process: the corpus is read (``read_corpus``), replicated
``scale`` times in memory, and ``discover_phrases`` (default parameters) is timed.  The
peak memory is that of the process tree: the resident sets of the process and of all
its children, summed, polled by the parent every 20 ms (``psutil``), and never less than
the process's own maximum resident set (``ru_maxrss``).  The process's peak before
``discover_phrases`` starts (the corpus, pandas, numpy loaded) is shown beside it.

With ``--reference DIR`` (a checkout of another version of govtext, e.g. from
``git worktree add`` or ``git archive``), each scale runs the reference and then this
version, one after the other, and the time ratio (this version / reference) is shown;
the two tables of phrases are compared (same phrases, counts and scores).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "gov_work_reports.jsonl"


def _measure(code: str, path: str, scale: int) -> dict[str, object]:
    sys.path.insert(0, code)
    import hashlib

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
    own_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    digest = hashlib.sha256(found.round(9).to_csv(index=False).encode("utf-8")).hexdigest()[:16]
    return {
        "scale": scale,
        "chars": chars,
        "seconds": seconds,
        "before_mb": before_mb,
        "own_mb": own_mb,
        "phrases": len(found),
        "digest": digest,
        "module": govtext.__file__,
    }


def _run(code: Path, data: Path, scale: int) -> dict[str, object]:
    """One measurement in a fresh process, its tree's resident memory polled."""
    import psutil

    proc = subprocess.Popen(
        [sys.executable, __file__, "--measure", str(code), str(data), str(scale)],
        stdout=subprocess.PIPE,
        text=True,
    )
    peak = 0
    watched = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            tree = [watched, *watched.children(recursive=True)]
            rss = 0
            for p in tree:
                with contextlib.suppress(psutil.Error):
                    rss += p.memory_info().rss
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.02)
    out, _ = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"measurement failed (scale {scale}, code {code})")
    row: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    row["peak_mb"] = max(peak / 2**20, float(row["own_mb"]))  # type: ignore[arg-type]
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--scales", nargs="+", type=int, default=[1, 10, 20])
    parser.add_argument("--reference", type=Path, help="a checkout of the version to compare")
    parser.add_argument(
        "--measure", nargs=3, metavar=("CODE", "PATH", "SCALE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.measure:
        code, path, scale = args.measure
        print(json.dumps(_measure(code, path, int(scale))))
        return 0
    if not args.data.exists():
        print(f"corpus not found: {args.data}", file=sys.stderr)
        return 1
    versions = [("this", ROOT)]
    if args.reference is not None:
        versions.insert(0, ("reference", args.reference.resolve()))
    print(
        "| version | scale | characters | seconds | time vs reference | peak MB "
        "(process tree) | before discover_phrases MB | phrases | same table |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for scale in args.scales:
        rows = {name: _run(code, args.data, scale) for name, code in versions}
        ref = rows.get("reference")
        for name, row in rows.items():
            ratio = same = "-"
            if ref is not None and name == "this":
                ratio = f"{float(row['seconds']) / float(ref['seconds']):.2f}"  # type: ignore[arg-type]
                same = "yes" if row["digest"] == ref["digest"] else "NO"
            print(
                f"| {name} | {scale} | {row['chars']:,} | {row['seconds']:.1f} | {ratio} | "
                f"{row['peak_mb']:,.0f} | {row['before_mb']:,.0f} | {row['phrases']:,} | "
                f"{same} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
