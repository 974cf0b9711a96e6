"""Whether worker processes pay: ``govtext stats --n-jobs 2`` against 1 job, in the same run.

Usage::

    python benchmarks/bench_parallel.py [--data ../shared/data/gov_work_reports.jsonl]
                                        [--scales 1 20] [--rounds 3]
                                        [--workdir /tmp/govtext_streaming] [--code DIR]

For each scale the State Council corpus is written as ``scale`` JSON Lines files (the
folders of ``bench_streaming.py``, made once under ``--workdir``, outside the project)
and the whole command runs in a fresh process::

    python -m govtext stats FOLDER --n-jobs N --output stats.csv --quiet

with ``N`` = 1 (the reference) and 2, the two interleaved in every round; each figure
is the best of ``--rounds`` wall-clock times, so that it includes everything a user
waits for (starting Python, reading, starting workers when they pay).  Every round
checks that the two CSV files are byte-identical.  The CPU seconds of the command and its
workers (``RUSAGE_CHILDREN``) show what the processes cost beside the work itself, which
the wall-clock ratio cannot show on a machine whose cores are busy with other work.
``--code DIR`` runs the ``govtext`` package found in ``DIR`` (an earlier commit exported
with ``git archive``).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_streaming import DATA, ROOT, make_corpus


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(folder: Path, out: Path, n_jobs: int, code: Path) -> tuple[float, float]:
    """Wall-clock seconds and CPU seconds (the command and its workers) of one run."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    cmd = [sys.executable, "-m", "govtext", "stats", str(folder), "--n-jobs", str(n_jobs),
           "--output", str(out), "--quiet"]
    c0, t0 = _cpu(), time.perf_counter()
    subprocess.run(cmd, env=env, cwd=code, check=True, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0, _cpu() - c0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--scales", nargs="+", type=int, default=[1, 20])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/govtext_streaming"))
    parser.add_argument("--code", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    folders = make_corpus(args.data, args.workdir, args.scales)
    print(f"code: {args.code}; load average {os.getloadavg()[0]:.2f}")
    print("| scale | 1 job (s) | 2 jobs (s) | 2 jobs vs 1 job | CPU s, 1 job | CPU s, 2 jobs "
          "| byte-identical |")
    print("|---:|---:|---:|---:|---:|---:|---|")
    for scale in args.scales:
        best = {1: float("inf"), 2: float("inf")}
        cpu = {1: float("inf"), 2: float("inf")}
        same = True
        for _ in range(args.rounds):
            outs = {}
            for n_jobs in (1, 2):
                out = args.workdir / f"parallel_{scale}x_{n_jobs}.csv"
                wall, used = _run(folders[scale], out, n_jobs, args.code)
                best[n_jobs] = min(best[n_jobs], wall)
                cpu[n_jobs] = min(cpu[n_jobs], used)
                outs[n_jobs] = out.read_bytes()
            same = same and outs[1] == outs[2]
        print(f"| {scale} | {best[1]:.2f} | {best[2]:.2f} | {best[1] / best[2]:.2f}x "
              f"| {cpu[1]:.1f} | {cpu[2]:.1f} | {'yes' if same else 'NO'} |", flush=True)
    print(f"load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
