"""Time and peak memory of ``govtext stats`` on one very large one-line .txt.

Usage::

    python benchmarks/bench_bigline.py [--sizes 10 50 100 200] [--code DIR] [--reference DIR]
                                       [--workdir DIR] [--nice 0]

For each size (megabytes of UTF-8) a .txt holding a single line (no line break) is
written into a temporary folder (``--workdir``; removed at the end, the files are never
kept): the five reports of ``corpus/`` with their line breaks removed, repeated.  One
fresh process then runs::

    python -m govtext stats FILE --output out.csv --quiet

while this script samples, every 0.1 s, the resident set size (RSS) of that process and
of all its children, summed.  A file of a few kilobytes is run first: its peak is the
fixed cost of the process (interpreter, pandas, dictionaries).  Reported for each size:
seconds, peak MB of the tree, bytes per character of the document over the fixed cost
(``(peak - fixed) / characters``), and the ratios of time and peak to the size before.

``--code DIR`` runs the ``govtext`` package found in ``DIR`` instead of this checkout;
``--reference DIR`` also runs the one found in ``DIR`` (e.g. an earlier commit exported
with ``git archive``) on the same file just before, for a before/after in the same
conditions, and says whether the two CSV files differ.  Needs ``psutil``
(``pip install ".[bench]"``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_streaming import _rows_written, _tree  # process tree, rows of the CSV written

ROOT = Path(__file__).resolve().parents[1]


def report_text() -> str:
    """The five reports of ``corpus/`` joined, their line breaks removed: one line."""
    files = sorted((ROOT / "corpus").glob("*.txt"))
    return "".join(f.read_text(encoding="utf-8") for f in files).replace("\n", "")


def make_file(folder: Path, mb: float) -> tuple[Path, int]:
    """A one-line .txt of about ``mb`` megabytes; its path and number of characters.

    The reports of ``corpus/`` (:func:`report_text`) repeated, the last copy cut.
    """
    path = folder / f"oneline-{mb:g}MB.txt"
    unit = report_text()
    data = unit.encode("utf-8")
    size = int(mb * 2**20)
    n_chars = 0
    with path.open("wb") as fh:
        for _ in range(size // len(data)):
            fh.write(data)
            n_chars += len(unit)
        rest = data[: size % len(data)].decode("utf-8", "ignore")
        fh.write(rest.encode("utf-8"))
        n_chars += len(rest)
    return path, n_chars


def run(path: Path, output: Path, code: Path, nice: int) -> tuple[float, float, int]:
    """Run ``govtext stats`` on ``path``: seconds, peak RSS of the tree (MB), rows."""
    import psutil

    env = {**os.environ, "PYTHONPATH": str(code)}
    cmd = [sys.executable, "-m", "govtext", "stats", str(path), "--output", str(output), "--quiet"]
    if nice:
        cmd = ["nice", "-n", str(nice), *cmd]
    t0 = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, cwd=code, stderr=subprocess.PIPE, text=True)
    proc = psutil.Process(child.pid)
    peak = 0
    while child.poll() is None:
        rss = 0
        for p in _tree(proc):
            try:
                rss += p.memory_info().rss  # type: ignore[attr-defined]
            except psutil.Error:
                continue
        peak = max(peak, rss)
        time.sleep(0.1)
    seconds = time.perf_counter() - t0
    return seconds, peak / 2**20, _rows_written(child, output)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", nargs="+", type=float, default=[10, 50, 100, 200])
    parser.add_argument("--code", type=Path, default=ROOT)
    parser.add_argument(
        "--reference",
        type=Path,
        default=None,
        help="also run the govtext found in this folder, before --code",
    )
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--nice", type=int, default=0)
    args = parser.parse_args(argv)
    codes = {"this": args.code}
    if args.reference is not None:
        codes = {"reference": args.reference, **codes}
    folder = Path(tempfile.mkdtemp(prefix="govtext-bigline-", dir=args.workdir))
    try:
        print(f"load average {os.getloadavg()[0]:.2f}")
        small, _ = make_file(folder, 0.01)
        fixed = {}
        for name, code in codes.items():
            _, fixed[name], _ = run(small, folder / "out.csv", code, args.nice)
            print(
                f"{name}: {code}; fixed cost (a {small.stat().st_size:,}-byte file): "
                f"{fixed[name]:.0f} MB"
            )
        print(
            "| code | MB | characters | seconds | peak MB | bytes/char over fixed "
            "| time ratio | peak ratio | rows |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        prev: dict[str, tuple[float, float]] = {}
        for mb in args.sizes:
            path, n_chars = make_file(folder, mb)
            outputs = []
            for name, code in codes.items():
                out = folder / f"out-{name}.csv"
                sec, peak, rows = run(path, out, code, args.nice)
                outputs.append(out.read_bytes())
                per_char = (peak - fixed[name]) * 2**20 / n_chars
                p = prev.get(name)
                ratios = f"{sec / p[0]:.2f} | {peak / p[1]:.2f}" if p else " | "
                print(
                    f"| {name} | {mb:g} | {n_chars:,} | {sec:.1f} | {peak:.0f} "
                    f"| {per_char:.1f} | {ratios} | {rows} |",
                    flush=True,
                )
                prev[name] = (sec, peak)
            path.unlink()
            if len(set(outputs)) > 1:
                print(f"the CSV files differ at {mb:g} MB", flush=True)
        print(f"load average {os.getloadavg()[0]:.2f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
