"""Speed of text_reuse (verbatim and with edits) against difflib, in the same run.

Usage::

    python benchmarks/bench_text_reuse.py [--data ../shared/data/gov_work_reports.jsonl]
                                          [--min-chars 50] [--pairs 20]

- ``text_reuse``: every pair of the corpus (72 texts, about 1.1 million characters for
  the State Council corpus), shared passages of at least ``--min-chars`` characters;
- ``text_reuse, min_similarity=0.8``: the same with passages reused with edits, as a
  ratio to the verbatim run;
- ``find_boilerplate``: passages repeated across the corpus, as a ratio to the verbatim
  run;
- ``difflib``: ``SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()`` on
  ``--pairs`` random pairs of the same texts, timed and extrapolated to all pairs (the
  quadratic reference the brief rules out for large corpora).

Prints one JSON line per measurement.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "gov_work_reports.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--min-chars", type=int, default=50)
    parser.add_argument("--pairs", type=int, default=20)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from govtext.reuse import find_boilerplate, text_reuse

    with open(args.data, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    docs = {f"{r.get('year') or 'npc'}_{i}": r["content"] for i, r in enumerate(records)}
    n_chars = sum(len(t) for t in docs.values())
    n_pairs = len(docs) * (len(docs) - 1) // 2

    text_reuse({"a": "预热" * 40, "b": "预热" * 40}, min_chars=10)  # imports before the clock
    start = time.perf_counter()
    found = text_reuse(docs, min_chars=args.min_chars)
    seconds = time.perf_counter() - start
    print(json.dumps({"what": "text_reuse", "docs": len(docs), "chars": n_chars,
                      "pairs": n_pairs, "passages": len(found),
                      "seconds": round(seconds, 3)}))

    start = time.perf_counter()
    edited = text_reuse(docs, min_chars=args.min_chars, min_similarity=0.8)
    seconds_f = time.perf_counter() - start
    print(json.dumps({"what": "text_reuse min_similarity=0.8", "passages": len(edited),
                      "with_edits": int((edited["similarity"] < 1).sum()),
                      "seconds": round(seconds_f, 3),
                      "ratio_to_verbatim": round(seconds_f / max(seconds, 1e-9), 2)}))
    start = time.perf_counter()
    boiler = find_boilerplate(docs)
    seconds_b = time.perf_counter() - start
    print(json.dumps({"what": "find_boilerplate", "passages": len(boiler),
                      "documents": int(boiler["doc_id"].nunique()),
                      "seconds": round(seconds_b, 3),
                      "ratio_to_verbatim": round(seconds_b / max(seconds, 1e-9), 2)}))

    rng = random.Random(0)
    ids = list(docs)
    sample = [tuple(rng.sample(ids, 2)) for _ in range(args.pairs)]
    start = time.perf_counter()
    blocks = 0
    for a, b in sample:
        matcher = difflib.SequenceMatcher(None, docs[a], docs[b], autojunk=False)
        blocks += sum(m.size >= args.min_chars for m in matcher.get_matching_blocks())
    seconds_d = time.perf_counter() - start
    print(json.dumps({"what": "difflib", "pairs_timed": len(sample),
                      "seconds": round(seconds_d, 3),
                      "extrapolated_all_pairs_seconds": round(seconds_d / len(sample) * n_pairs,
                                                              1),
                      "ratio_to_text_reuse": round(seconds_d / len(sample) * n_pairs
                                                   / max(seconds, 1e-9), 1)}))


if __name__ == "__main__":
    main()
