"""Speed of the slogan-aware Tokenizer and of ``stats`` against plain ``jieba.lcut``.

Run from the repository root::

    python benchmarks/bench_tokenizer.py [--repeat 3] [--corpus PATH]

All timings are taken in the same run over the same texts (the State Council corpus,
``../shared/data/gov_work_reports.jsonl`` by default); each figure is the best of
``--repeat`` runs after a warm-up, so that dictionary loading is not counted.  The
reference is ``jieba.lcut`` of a private ``jieba.Tokenizer`` (the global tokenizer is
not touched; its speed is the same); the last column is the share of bare
``rjieba.Jieba().cut``'s throughput, measured in the same rounds.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT = ROOT.parent / "shared" / "data" / "gov_work_reports.jsonl"


def best_of(repeat: int, func: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1

    import jieba
    import pandas as pd
    import rjieba

    from govtext.document import Document
    from govtext.summary import COLUMN_GROUPS, stats
    from govtext.tokenizer import Tokenizer

    with args.corpus.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["content"] for line in fh if line.strip()]
    n_chars = sum(map(len, texts))
    corpus = pd.DataFrame({"doc_id": [str(i) for i in range(len(texts))], "text": texts})

    engine = jieba.Tokenizer()
    engine.initialize()
    rust = rjieba.Jieba()
    tok = Tokenizer()  # rjieba, protection on
    tok_jieba = Tokenizer(backend="jieba")
    for warm in (engine.lcut, rust.cut, tok.cut, tok.tokenize, tok_jieba.cut):
        warm(texts[0])
    stats(corpus.head(2))

    # the same texts are used by every candidate; rounds interleave the candidates so that
    # a busy machine slows them alike, and each keeps its best round
    mine = [g for g in COLUMN_GROUPS if g.__name__ in ("_text_columns", "_token_columns",
                                                        "_slogan_columns")]

    def token_and_slogan_columns() -> None:
        # the part of stats that tokens and slogans feed: text, token and slogan columns
        for text in texts:
            doc = Document(text)
            for group in mine:
                group(doc)

    candidates: list[tuple[str, Callable[[], object]]] = [
        ("jieba.lcut (reference)", lambda: [engine.lcut(t) for t in texts]),
        ("rjieba.Jieba().cut (no protection)", lambda: [rust.cut(t) for t in texts]),
        ("Tokenizer().cut (rjieba, protection on)", lambda: [tok.cut(t) for t in texts]),
        ("Tokenizer().tokenize (DataFrame with kinds)", lambda: [tok.tokenize(t) for t in texts]),
        ("Tokenizer(backend='jieba').cut", lambda: [tok_jieba.cut(t) for t in texts]),
        ("stats(corpus) (whole pipeline, 1 process)", lambda: stats(corpus)),
        ("stats columns: text, tokens, slogans only", token_and_slogan_columns),
    ]
    best = {name: float("inf") for name, _ in candidates}
    for _ in range(args.repeat):
        for name, func in candidates:
            best[name] = min(best[name], best_of(1, func))
    rows = list(best.items())
    t_jieba = best["jieba.lcut (reference)"]

    print(f"corpus: {args.corpus.name}, {len(texts)} documents, {n_chars:,} characters")
    print(f"python {platform.python_version()}, best of {args.repeat} interleaved rounds")
    print()
    # the share of bare rjieba's throughput a candidate keeps (the Tokenizer's target)
    t_rust = best["rjieba.Jieba().cut (no protection)"]
    print("| what | seconds | chars/s | speed vs jieba.lcut | share of rjieba's throughput |")
    print("|---|---:|---:|---:|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.3f} | {n_chars / seconds:,.0f} | "
              f"{t_jieba / seconds:.1f}x | {t_rust / seconds:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
