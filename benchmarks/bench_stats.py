"""Speed and peak memory of read_corpus + stats, against plain jieba.lcut in the same run.

Usage::

    python benchmarks/bench_stats.py [--data ../shared/data/gov_work_reports.jsonl]
                                     [--scales 1 20] [--n-jobs 1]

For each scale the corpus is written ``scale`` times into a temporary JSONL file (outside
the project).  Each measurement runs in a fresh subprocess so that its peak resident
memory (``ru_maxrss``) is its own:

- ``read``: ``read_corpus`` alone;
- ``stats``: ``read_corpus`` then ``stats`` (normalize, sentences, tokens and every
  other column, one pass per document);
- ``jieba``: ``jieba.lcut`` over the same texts with a private ``jieba.Tokenizer``
  (its dictionary loaded before the clock starts), the reference.

Characters per second are source characters (``n_chars``) over wall-clock seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "gov_work_reports.jsonl"


def _measure(kind: str, path: str, n_jobs: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    import warnings

    import govtext

    warnings.simplefilter("ignore")
    if kind == "jieba":
        import jieba

        corpus = govtext.read_corpus(path)
        texts = corpus["text"].tolist()
        tok = jieba.Tokenizer()
        tok.initialize()
        start = time.perf_counter()
        n_tokens = sum(len(tok.lcut(t)) for t in texts)
        seconds = time.perf_counter() - start
        extra = {"tokens": n_tokens}
    else:
        # engines and dictionaries are loaded before the clock starts, as for jieba
        govtext.stats(govtext.read_corpus(str(ROOT / "corpus")))
        start = time.perf_counter()
        corpus = govtext.read_corpus(path)
        if kind == "stats":
            table = govtext.stats(corpus, n_jobs=n_jobs)
            extra = {"rows": len(table)}
        else:
            extra = {"rows": len(corpus)}
        seconds = time.perf_counter() - start
    chars = int(corpus["n_chars"].sum())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "chars": chars, "chars_per_s": chars / seconds,
            "peak_mb": peak_mb, **extra}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 20])
    parser.add_argument("--n-jobs", type=int, default=1)
    parser.add_argument("--_child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._child:
        print(json.dumps(_measure(args._child[0], args._child[1], args.n_jobs)))
        return
    data = Path(args.data)
    if not data.exists():
        sys.exit(f"corpus not found: {data} (pass --data)")
    lines = data.read_text(encoding="utf-8").splitlines()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, n_jobs={args.n_jobs}")
    print(f"{'scale':>5} {'step':<6} {'chars':>10} {'seconds':>8} {'chars/s':>10} "
          f"{'peak MB':>8} {'vs jieba':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for scale in args.scales:
            path = Path(tmp) / f"corpus_x{scale}.jsonl"
            path.write_text("\n".join(lines * scale) + "\n", encoding="utf-8")
            results = {}
            for kind in ("jieba", "read", "stats"):
                proc = subprocess.run(
                    [sys.executable, __file__, "--n-jobs", str(args.n_jobs),
                     "--_child", kind, str(path)],
                    capture_output=True, text=True, check=True,
                )
                results[kind] = json.loads(proc.stdout.strip().splitlines()[-1])
            ref = results["jieba"]["chars_per_s"]
            for kind, r in results.items():
                print(f"{scale:>5} {kind:<6} {r['chars']:>10,} {r['seconds']:>8.2f} "
                      f"{r['chars_per_s']:>10,.0f} {r['peak_mb']:>8.0f} "
                      f"{r['chars_per_s'] / ref:>7.2f}x")


if __name__ == "__main__":
    main()
