"""Time and peak memory of the whole process tree of ``govtext stats``, at growing scales.

Usage::

    python benchmarks/bench_streaming.py [--data ../shared/data/gov_work_reports.jsonl]
                                         [--scales 1 20 100] [--n-jobs 2]
                                         [--workdir /tmp/govtext_streaming]
                                         [--code DIR] [--nice 10]

The State Council corpus is written as ``max(scales)`` JSON Lines files (one copy of the
corpus each, ``copy_000.jsonl`` ...) into ``--workdir`` (outside the project; made once
and reused), and a folder per scale links the first ``scale`` of them.  For each scale
one fresh process runs::

    python -m govtext stats FOLDER --n-jobs N --output stats.csv --quiet

(niced by ``--nice``) while this script samples, every 0.1 s, the memory of that
process and all its children (the worker processes): the sum of their resident set
sizes (RSS; pages shared between a parent and its forked workers are counted in each)
and the sum of their proportional set sizes (PSS; shared pages divided among the
processes that share them: what the tree really takes).  Reported: seconds, the peak
of both sums, and the rows of the CSV written (read back with the csv module).

``--code DIR`` runs the ``govtext`` package found in ``DIR`` instead of this checkout
(e.g. an earlier commit exported with ``git archive``), for a before/after in the same
conditions; the command runs with ``DIR`` as its working folder and ``PYTHONPATH``, so
that no other copy of govtext is imported.  Needs ``psutil`` (``pip install
".[bench]"``).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "gov_work_reports.jsonl"


def make_corpus(data: Path, workdir: Path, scales: list[int]) -> dict[int, Path]:
    """The folder of each scale: ``scale`` copies of ``data`` (links to shared copies)."""
    copies = workdir / "copies"
    copies.mkdir(parents=True, exist_ok=True)
    largest = max(scales)
    for i in range(largest):
        target = copies / f"copy_{i:03d}.jsonl"
        if not target.exists():
            shutil.copyfile(data, target)
    folders = {}
    for scale in scales:
        folder = workdir / f"{scale}x"
        folder.mkdir(exist_ok=True)
        for i in range(scale):
            link = folder / f"copy_{i:03d}.jsonl"
            if not link.exists():
                try:
                    os.link(copies / link.name, link)
                except OSError:
                    shutil.copyfile(copies / link.name, link)
        folders[scale] = folder
    return folders


def _rows_written(child: subprocess.Popen[str], output: Path) -> int:
    """Rows of the CSV file a finished ``govtext stats`` wrote; exits if it failed."""
    err = child.stderr.read() if child.stderr else ""
    if child.returncode != 0:
        raise SystemExit(f"govtext stats failed ({child.returncode}): {err}")
    with output.open(encoding="utf-8", newline="") as fh:
        return sum(1 for _ in csv.reader(fh)) - 1


def _tree(proc: object) -> list[object]:
    import psutil

    assert isinstance(proc, psutil.Process)
    try:
        return [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return [proc]


def run(
    folder: Path, output: Path, n_jobs: int, code: Path, nice: int
) -> dict[str, float]:
    """Run ``govtext stats`` on ``folder``; seconds, peak RSS and PSS sums (MB), rows."""
    import psutil

    env = {**os.environ, "PYTHONPATH": str(code)}
    cmd = [
        "nice", "-n", str(nice), sys.executable, "-m", "govtext", "stats", str(folder),
        "--n-jobs", str(n_jobs), "--output", str(output), "--quiet",
    ]
    t0 = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, cwd=code, stderr=subprocess.PIPE, text=True)
    proc = psutil.Process(child.pid)
    peak_rss = peak_pss = 0
    while child.poll() is None:
        rss = pss = 0
        for p in _tree(proc):
            try:
                info = p.memory_full_info()  # type: ignore[attr-defined]
            except psutil.Error:
                continue
            rss += info.rss
            pss += getattr(info, "pss", info.rss)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.1)
    seconds = time.perf_counter() - t0
    rows = _rows_written(child, output)
    return {"seconds": seconds, "rss_mb": peak_rss / 2**20, "pss_mb": peak_pss / 2**20,
            "rows": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--scales", nargs="+", type=int, default=[1, 20, 100])
    parser.add_argument("--n-jobs", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/govtext_streaming"))
    parser.add_argument("--code", type=Path, default=ROOT)
    parser.add_argument("--nice", type=int, default=10)
    args = parser.parse_args(argv)
    folders = make_corpus(args.data, args.workdir, args.scales)
    with args.data.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    n_chars = sum(len(d["content"]) for d in docs)
    print(f"code: {args.code}; --n-jobs {args.n_jobs}; load average {os.getloadavg()[0]:.2f}")
    print("| scale | documents | characters | seconds | peak MB (PSS sum) "
          "| peak MB (RSS sum) | rows |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for scale in args.scales:
        out = args.workdir / f"stats_{scale}x.csv"
        r = run(folders[scale], out, args.n_jobs, args.code, args.nice)
        print(f"| {scale} | {len(docs) * scale:,} | {n_chars * scale:,} | {r['seconds']:.1f} "
              f"| {r['pss_mb']:.0f} | {r['rss_mb']:.0f} | {int(r['rows']):,} |", flush=True)
    print(f"load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
