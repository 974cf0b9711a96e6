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

``--breakdown`` measures instead, in one process, where the time of ``stats`` goes::

    python benchmarks/bench_stats.py --breakdown [--rounds 5]

Each round times ``jieba.lcut`` over the corpus, ``stats(corpus)``, and every analysis
``stats`` reads from a :class:`~govtext.document.Document` (in the order ``stats``
computes them, each on fresh documents), then the column functions; every figure is
the best of the interleaved rounds, and the load average of the machine is printed
before and after.
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


#: The Document attributes stats reads, in the order it computes them.
ANALYSES = (
    "normalized", "sentence_spans", "paragraphs", "n_han", "protected", "token_arrays",
    "section_columns", "placeholder_rows", "commitment_rows", "issue_rows", "slogan_rows",
)


def _breakdown(path: str, rounds: int) -> None:
    sys.path.insert(0, str(ROOT))
    import warnings

    import jieba
    import pandas as pd

    from govtext.document import Document
    from govtext.summary import COLUMN_GROUPS, stats

    warnings.simplefilter("ignore")
    with open(path, encoding="utf-8") as fh:
        texts = [json.loads(line)["content"] for line in fh if line.strip()]
    corpus = pd.DataFrame({"doc_id": [str(i) for i in range(len(texts))], "text": texts})
    n_chars = sum(map(len, texts))
    engine = jieba.Tokenizer()
    engine.initialize()
    engine.lcut(texts[0])
    stats(corpus.head(2))  # engines and packaged data loaded before the clock starts
    load_before = os.getloadavg()
    names = ["jieba.lcut", "stats", *ANALYSES, "column functions"]
    best = dict.fromkeys(names, float("inf"))
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            engine.lcut(text)
        best["jieba.lcut"] = min(best["jieba.lcut"], time.perf_counter() - start)
        start = time.perf_counter()
        stats(corpus)
        best["stats"] = min(best["stats"], time.perf_counter() - start)
        spent = dict.fromkeys([*ANALYSES, "column functions"], 0.0)
        for text in texts:
            doc = Document(text)
            for name in ANALYSES:
                start = time.perf_counter()
                getattr(doc, name)
                spent[name] += time.perf_counter() - start
            start = time.perf_counter()
            for group in COLUMN_GROUPS:
                group(doc)
            spent["column functions"] += time.perf_counter() - start
        for name, seconds in spent.items():
            best[name] = min(best[name], seconds)
    load_after = os.getloadavg()
    print(f"{len(texts)} documents, {n_chars:,} characters; python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs; best of {rounds} interleaved rounds")
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f}")
    print()
    print("| what | seconds | speed vs jieba.lcut |")
    print("|---|---:|---:|")
    ref = best["jieba.lcut"]
    for name in names:
        ratio = f"{ref / best[name]:.2f}x" if name in ("jieba.lcut", "stats") else ""
        print(f"| {name} | {best[name]:.3f} | {ratio} |")
    parts = sum(best[name] for name in (*ANALYSES, "column functions"))
    print(f"| (sum of the analyses and column functions) | {parts:.3f} | |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 20])
    parser.add_argument("--n-jobs", type=int, default=1)
    parser.add_argument("--breakdown", action="store_true",
                        help="time stats, jieba.lcut and each analysis in one process")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--_child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._child:
        print(json.dumps(_measure(args._child[0], args._child[1], args.n_jobs)))
        return
    if args.breakdown:
        if not Path(args.data).exists():
            sys.exit(f"corpus not found: {args.data} (pass --data)")
        _breakdown(args.data, args.rounds)
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
