"""Time and peak memory of a corpus run on each kind of bad input.

Usage::

    python benchmarks/bench_bad_input.py [--size 2000000] [--cases deep_json ...]

Each case of ``tests/bad_cases.py`` is written beside the good report, at ``--size``
(the unit of each case: brackets of deep JSON, bytes of a long line, about 100 times
that in the paragraphs of a .docx bomb and 1000 times in a whitespace bomb), into a
fresh folder.  A fresh process then reads the folder with
:func:`govtext.iter_documents` and runs :func:`govtext.stats` on what it read; this
process samples the resident memory of that process and its children (psutil) every
5 ms and keeps the peak; the child also reports its own peak once reading is done
(``ru_maxrss``, before stats).  The reference is the same run on the good report alone, in
the same run of this script: the table gives each case's peak and its excess over the
reference, the time of reading + stats inside the child, and what the run said about
the bad file.

No file of the corpus is read: the inputs are generated.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, resource, sys, time, warnings
from pathlib import Path
import pandas as pd
import govtext
from govtext.io import iter_documents

folder, max_bytes = sys.argv[1], sys.argv[2]
warm = "一、总体要求\n全年开会不少于X次，XX局坚持“两个确立”。\n二、存在的问题\n一是学习不够。"
govtext.stats(pd.DataFrame({"doc_id": ["w"], "text": [warm]}), progress=False)  # dictionaries
kwargs = {"max_bytes": int(max_bytes)} if max_bytes != "0" else {}
started = time.perf_counter()
report = {}
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    docs = list(iter_documents(folder, report=report, **kwargs))
    corpus = pd.DataFrame(docs)
    read_seconds = time.perf_counter() - started
    read_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    table = govtext.stats(corpus, progress=False)
elapsed = time.perf_counter() - started
print(json.dumps({
    "read_seconds": read_seconds,
    "read_peak": read_peak,
    "seconds": elapsed,
    "documents": len(table),
    "chars": int(corpus["text"].str.len().sum()),
    "errors": report.get("errors", []),
    "warnings": report.get("warnings", []),
    "skipped": report.get("skipped", []),
}, ensure_ascii=False))
"""


def _tree_rss(proc: object) -> int:
    import psutil

    assert isinstance(proc, psutil.Process)
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def run_child(folder: Path, max_bytes: int | None) -> tuple[dict[str, object], int]:
    """Read ``folder`` + stats in a fresh process: its report and peak RSS in bytes."""
    import psutil

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-c", CHILD, str(folder), str(max_bytes or 0)]
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc = psutil.Process(child.pid)
    peak = 0
    while child.poll() is None:
        try:
            peak = max(peak, _tree_rss(proc))
        except psutil.Error:
            break
        time.sleep(0.005)
    out, err = child.communicate()
    if child.returncode != 0:
        raise RuntimeError(f"child failed on {folder}: {err.decode()[-2000:]}")
    return json.loads(out.decode().strip().splitlines()[-1]), peak


def said(report: dict[str, object], folder: Path) -> str:
    """What the run said about the bad file(s), shortened for the table."""
    from govtext.cli import _one_line

    parts: list[str] = []
    errors = report["errors"]
    assert isinstance(errors, list)
    for e in errors[:2]:
        name = _one_line(str(e["path"]).removeprefix(str(folder) + "/"))
        if len(name) > 40:
            name = name[:18] + "…" + name[-18:]
        parts.append(f"`{name}`: {_one_line(e['error'])}")
    warnings = report["warnings"]
    assert isinstance(warnings, list)
    for w in warnings[:1]:
        parts.append("warning: " + _one_line(str(w).removeprefix(str(folder) + "/")))
    skipped = report["skipped"]
    assert isinstance(skipped, list)
    if skipped:
        parts.append(f"skipped {len(skipped)}: " + ", ".join(
            f"{Path(s['path']).name} ({s['reason']})" for s in skipped))
    if len(errors) > 2:
        parts.append(f"and {len(errors) - 2} more")
    return "; ".join(parts).replace("|", "\\|") or "(read whole, nothing to say)"


def disk_size(folder: Path) -> int:
    """Bytes of the regular files under ``folder`` (walked without recursion; symbolic
    links, special files and folders that cannot be listed are left out)."""
    import stat

    total, stack = 0, [str(folder)]
    while stack:
        try:
            with os.scandir(stack.pop()) as entries:
                for entry in entries:
                    mode = entry.stat(follow_symlinks=False).st_mode
                    if stat.S_ISDIR(mode):
                        stack.append(entry.path)
                    elif stat.S_ISREG(mode):
                        total += entry.stat(follow_symlinks=False).st_size
        except OSError:
            continue
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=2_000_000)
    parser.add_argument("--cases", nargs="*", default=None)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from tests.bad_cases import CASES, write_good

    chosen = [c for c in CASES if args.cases is None or c.id in args.cases]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        ref_folder = Path(tmp, "reference")
        ref_folder.mkdir()
        write_good(ref_folder)
        ref_report, ref_peak = run_child(ref_folder, None)
        ref_read = int(str(ref_report["read_peak"]))
        print(f"reference (good report alone): peak {ref_peak / 2**20:.0f} MB, "
              f"{ref_report['seconds']:.2f} s", flush=True)
        for case in chosen:
            folder = Path(tmp, case.id)
            folder.mkdir()
            write_good(folder)
            case.build(folder, args.size)
            on_disk = disk_size(folder)
            try:
                report, peak = run_child(folder, case.max_bytes)
            finally:
                if case.cleanup:
                    case.cleanup(folder)
            read_peak = int(str(report["read_peak"]))
            row = (case.id, on_disk, read_peak - ref_read, peak, peak - ref_peak,
                   report["read_seconds"], report["seconds"], said(report, folder))
            rows.append(row)
            print(f"{case.id}: {on_disk:,} bytes on disk, reading +{row[2] / 2**20:.0f} MB, "
                  f"peak {peak / 2**20:.0f} MB (+{(peak - ref_peak) / 2**20:.0f}), "
                  f"{report['seconds']:.2f} s: {row[-1]}", flush=True)
    table = [
        f"Reference: the good report alone, peak {ref_peak / 2**20:.0f} MB (after reading "
        f"{ref_read / 2**20:.0f} MB), read + stats {ref_report['seconds']:.2f} s. "
        f"`--size {args.size}`.",
        "",
        "| case | bytes on disk | reading: MB over reference | peak RSS (MB) "
        "| peak over reference (MB) | read (s) | read + stats (s) | what the run says |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for name, disk, read_extra, peak, extra, read_s, seconds, message in rows:
        table.append(
            f"| {name} | {disk:,} | {read_extra / 2**20:+.0f} | {peak / 2**20:.0f} "
            f"| {extra / 2**20:+.0f} | {read_s:.2f} | {seconds:.2f} | {message} |"
        )
    text = "\n".join(table)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
