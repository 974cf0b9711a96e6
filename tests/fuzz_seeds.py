"""Mutation fuzz of the seed reports: invariants every analyser keeps on any text.

A case is one seed report of ``corpus/`` changed by a short list of mutations (lines
deleted, duplicated and swapped; heading markers, masks, quotes, line breaks and odd
characters inserted; the text cut at any character).  Each case is rebuilt from
``(base seed, case number)`` alone, so a counterexample is replayed from two numbers.

Run outside the test suite (``tests/test_fuzz.py`` runs a few thousand cases)::

    python tests/fuzz_seeds.py --cases 100000 --n-jobs 1

It prints progress, and for each counterexample the seed file, the mutations
(shortened to the fewest that still fail) and the broken invariant; exit 1 when any.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED_FILES = sorted((ROOT / "corpus").glob("*.txt"))

#: Markers a report's headings and items begin with.
MARKERS = (
    "一、", "二、", "十二、", "（一）", "（十）", "(三)", "1.", "12．", "3、", "（1）", "(2)",
    "①", "第一部分", "第三章", "第二条", "一是", "二是", "首先，", "其次，", "一方面，",
)
#: Masks of redacted names and figures.
MASKS = ("**", "XX", "XXX", "××", "某某", "＊＊", "xx", "X", "〇〇", "□□")
#: Quotes, brackets and punctuation, balanced or not.
QUOTES = ("“", "”", "“”", "「", "」", "《", "》", "\"", "'", "（", "）", "(", ")", "。", "；")
#: Characters a scraped or converted file brings along.
ODD = (
    "\u3000", "\ufeff", "\u200b", "\u200d", "\r", "\r\n", "\t", " ", "\xa0", "\u2028",
    "\u0085", "\ufffd", "１２", "ａ", "é", "e\u0301", "😀", "\U00020000", "\x00", "\x7f",
    "\n\n", "　　", "…", "——", "%", "％", "2023年", "〇二三", "�",
)
OPS = ("delete", "duplicate", "swap", "heading", "mask", "quote", "newline", "char", "truncate")


def seeds() -> list[str]:
    """The texts of the seed reports in ``corpus/``."""
    return [p.read_text(encoding="utf-8") for p in SEED_FILES]


# ----------------------------------------------------------------------------- mutations

Op = tuple[Any, ...]


def random_ops(rng: random.Random, n: int) -> list[Op]:
    """``n`` mutations with their positions drawn once (applied modulo the text)."""
    ops: list[Op] = []
    for _ in range(n):
        kind = rng.choice(OPS)
        a, b = rng.randrange(1 << 30), rng.randrange(1 << 30)
        if kind == "heading":
            ops.append((kind, a, rng.choice(MARKERS)))
        elif kind == "mask":
            ops.append((kind, a, b, rng.choice(MASKS) * rng.randint(1, 3)))
        elif kind == "quote":
            ops.append((kind, a, b, rng.choice(QUOTES)))
        elif kind == "char":
            ops.append((kind, a, b, rng.choice(ODD)))
        elif kind == "truncate":
            ops.append((kind, a))
        else:
            ops.append((kind, a, b))
    return ops


def apply_ops(text: str, ops: Sequence[Op]) -> str:
    """``text`` changed by ``ops`` in turn (positions taken modulo the current text)."""
    lines = text.splitlines(keepends=True) or [""]
    for op in ops:
        kind = op[0]
        if not lines:
            lines = [""]
        i = op[1] % len(lines)
        if kind == "delete":
            del lines[i]
        elif kind == "duplicate":
            lines.insert(i, lines[i])
        elif kind == "swap":
            j = op[2] % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == "heading":
            lines[i] = op[2] + lines[i].lstrip()
        elif kind in ("mask", "quote", "char", "newline"):
            line = lines[i]
            pos = op[2] % (len(line) + 1)
            piece = "\n" if kind == "newline" else op[3]
            lines[i] = line[:pos] + piece + line[pos:]
        elif kind == "excerpt":
            lines = lines[i : i + op[2]]
        elif kind == "truncate":
            whole = "".join(lines)
            lines = [whole[: op[1] % (len(whole) + 1)]]
    return "".join(lines)


def make_case(base: int, number: int, *, excerpt: bool = False) -> tuple[int, list[Op]]:
    """The seed index and mutations of case ``number`` (depends on the two ints only).

    ``excerpt=True`` first cuts the seed to a run of 6 to 30 of its lines (a shorter
    text, for the quick run of the test suite).
    """
    rng = random.Random(base * 1_000_003 + number)
    seed, ops = rng.randrange(len(SEED_FILES)), random_ops(rng, rng.randint(1, 8))
    if excerpt:
        ops.insert(0, ("excerpt", rng.randrange(1 << 30), rng.randint(6, 30)))
    return seed, ops


# ----------------------------------------------------------------------------- invariants


def check_spans(frame: Any, text: str, column: str | None, what: str) -> None:
    """Every ``(start, end)`` of ``frame`` lies inside ``text`` and, when ``column`` is
    given, ``text[start:end]`` is the value of that column."""
    n = len(text)
    starts, ends = frame["start"].tolist(), frame["end"].tolist()
    values = frame[column].tolist() if column else [None] * len(starts)
    for s, e, value in zip(starts, ends, values, strict=True):
        assert 0 <= s <= e <= n, f"{what}: span ({s}, {e}) outside [0, {n}]"
        if column is not None:
            assert text[s:e] == value, f"{what}: text[{s}:{e}] != {column} {value!r}"


def check_sections(frame: Any, text: str) -> None:
    """Sections partition the text: parts tile [0, len), children nest in their parent,
    siblings never overlap, the sections of a parent tile its end."""
    n = len(text)
    if n == 0:
        assert frame.empty, "sections of an empty text"
        return
    rows = frame[["level", "start", "end", "parent", "inline", "body_start"]].to_dict("records")
    top = [r for r in rows if r["level"] == 0]
    assert top and top[0]["start"] == 0 and top[-1]["end"] == n, "parts do not cover the text"
    for a, b in pairwise(top):
        assert a["end"] == b["start"], f"parts not contiguous at {a['end']}/{b['start']}"
    kids: dict[int, list[dict[str, Any]]] = {}
    for i, r in enumerate(rows):
        assert 0 <= r["start"] < r["end"] <= n, f"section {i} span ({r['start']}, {r['end']})"
        assert r["start"] <= r["body_start"] <= r["end"], f"section {i} body_start"
        if r["level"] == 0:
            assert r["parent"] == -1, f"part {i} has a parent"
            continue
        p = r["parent"]
        assert 0 <= p < i, f"section {i} parent {p}"
        parent = rows[p]
        assert parent["level"] < r["level"], f"section {i} level under its parent"
        assert parent["start"] <= r["start"] and r["end"] <= parent["end"], (
            f"section {i} ({r['start']}, {r['end']}) outside its parent {p}"
        )
        kids.setdefault(p, []).append(r)
    for p, children in kids.items():
        children.sort(key=lambda r: r["start"])
        for a, b in pairwise(children):
            assert a["end"] <= b["start"], f"siblings under {p} overlap at {b['start']}"
        blocks = [r for r in children if not r["inline"]]
        for a, b in pairwise(blocks):
            assert a["end"] == b["start"], f"sections under {p} not contiguous"
        if blocks:
            assert blocks[-1]["end"] == rows[p]["end"], f"sections under {p} stop short"


def check_normalized(text: str) -> None:
    """``normalize_with_offsets`` maps every normalized character back to its source."""
    import numpy as np

    from govtext.normalization import normalize, normalize_with_offsets

    nt = normalize_with_offsets(text)
    assert nt.source == text and nt.text == normalize(text), "normalized text differs"
    index = nt.index
    assert len(index) == len(nt.text), "index length"
    if len(index):
        assert int(index[0]) >= 0 and int(index[-1]) < len(text), "index outside the source"
        # increasing, except that a line break inserted before a paragraph start (in a
        # text written without line breaks, leading and trailing ones aside) maps to the
        # source character after it
        steps = np.diff(index)
        assert bool(np.all(steps >= 0)), "index not increasing"
        same = np.flatnonzero(steps == 0)
        assert all(nt.text[i] == "\n" and "\n" not in text.strip() for i in same), (
            "index repeats")
        inserted = set((same + 1).tolist())
        probe = range(0, len(index), max(1, len(index) // 64))
        assert all(nt.from_source(int(index[i])) == i - (i in inserted) for i in probe), (
            "from_source")
        s, e = nt.span_to_source(0, len(nt.text))
        assert 0 <= s < e <= len(text), "span_to_source"
    assert nt.to_source(len(nt.text)) == len(text), "the end maps to the end"


def check_text(text: str, *, full: bool = True) -> None:
    """Every analyser on ``text``: no exception, every span inside the text and equal to
    the text it reports, sections a partition.  ``full=False`` is the fast subset."""
    from govtext.document import ANALYSES, Document

    doc = Document(text, doc_id="fuzz")
    check_sections(doc.sections, text)
    check_spans(doc.sentences, text, "sentence", "sentences")
    check_spans(doc.slogans, text, "slogan", "slogans")
    check_spans(doc.placeholders, text, "text", "placeholders")
    check_spans(doc.commitments, text, "sentence", "commitments")
    check_spans(doc.issues, text, "statement", "issues")
    if not full:
        return
    import pandas as pd

    from govtext.frequency import kwic
    from govtext.summary import document_stats
    from govtext.tokenizer import tokenize

    check_normalized(text)
    for name in ANALYSES:
        doc.analysis(name)
    tokens = doc.tokens
    check_spans(tokens, text, "token", "tokens")
    assert "".join(tokens["token"]) == text, "tokens do not join to the text"
    assert "".join(tokenize(text)) == text, "tokenize is not lossless"
    check_spans(doc.slogan_hits, text, "slogan", "slogan hits")
    row = document_stats(doc)
    assert row["n_chars"] == len(text), "stats n_chars"
    corpus = pd.DataFrame({"doc_id": ["fuzz"], "text": [text]})
    hits = kwic(corpus, "两个|XX|。|四个意识", window=5, regex=True)
    check_spans(hits, text, "match", "kwic")
    for left, s in zip(hits["left"], hits["start"], strict=True):
        assert left == text[max(0, s - 5) : s], "kwic left"


# ----------------------------------------------------------------------------- running


def run_case(base: int, number: int, full: bool = True, excerpt: bool = False) -> str | None:
    """None when case ``number`` keeps every invariant, else what broke."""
    seed, ops = make_case(base, number, excerpt=excerpt)
    text = apply_ops(seeds_cached()[seed], ops)
    try:
        check_text(text, full=full)
    except Exception as exc:  # any failure is a counterexample
        return f"{type(exc).__name__}: {exc}"
    return None


_SEEDS: list[str] = []


def seeds_cached() -> list[str]:
    """The seed texts, read once per process."""
    if not _SEEDS:
        _SEEDS.extend(seeds())
    return _SEEDS


def shrink(seed: int, ops: list[Op], fails: Callable[[str], bool]) -> list[Op]:
    """Drop mutations one at a time while the case still fails."""
    text = seeds_cached()[seed]
    i = 0
    while i < len(ops):
        fewer = ops[:i] + ops[i + 1 :]
        if fails(apply_ops(text, fewer)):
            ops = fewer
        else:
            i += 1
    return ops


def _fails(text: str) -> bool:
    try:
        check_text(text)
    except Exception:
        return True
    return False


def _chunk(args: tuple[int, int, int]) -> list[tuple[int, str]]:
    base, start, stop = args
    return [(n, why) for n in range(start, stop) if (why := run_case(base, n)) is not None]


def _chunks(base: int, cases: int, size: int) -> Iterator[tuple[int, int, int]]:
    for start in range(0, cases, size):
        yield base, start, min(cases, start + size)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000, help="cases to run (100000)")
    parser.add_argument("--base", type=int, default=0, help="base seed of the cases (0)")
    parser.add_argument("--n-jobs", type=int, default=1, help="worker processes (1)")
    parser.add_argument("--chunk", type=int, default=200, help="cases per progress step")
    parser.add_argument(
        "--max-seconds", type=float, default=None,
        help="stop after the step that passes this many seconds (and report what ran)",
    )
    args = parser.parse_args(argv)
    check_text(seeds_cached()[0])  # warm up the tokenizer before the clock starts
    started = time.perf_counter()
    found: list[tuple[int, str]] = []
    done = 0
    chunks = _chunks(args.base, args.cases, args.chunk)
    if args.n_jobs > 1:
        with ProcessPoolExecutor(args.n_jobs) as pool:
            results: Iterator[list[tuple[int, str]]] = pool.map(_chunk, chunks)
            for result in results:
                done, found = _progress(done, args, found, result, started)
                if _out_of_time(args, started):
                    pool.shutdown(wait=False, cancel_futures=True)
                    break
    else:
        for chunk in chunks:
            done, found = _progress(done, args, found, _chunk(chunk), started)
            if _out_of_time(args, started):
                break
    elapsed = time.perf_counter() - started
    print(
        f"{done} cases in {elapsed:.0f} s ({done / elapsed:.1f} cases/s), "
        f"{len(found)} counterexample(s)",
        flush=True,
    )
    for number, why in found[:20]:
        seed, ops = make_case(args.base, number)
        small = shrink(seed, ops, _fails)
        print(f"case {number}: seed {SEED_FILES[seed].name}, mutations {small!r}: {why}")
    return 1 if found else 0


def _out_of_time(args: argparse.Namespace, started: float) -> bool:
    return args.max_seconds is not None and time.perf_counter() - started > args.max_seconds


def _progress(
    done: int,
    args: argparse.Namespace,
    found: list[tuple[int, str]],
    result: list[tuple[int, str]],
    started: float,
) -> tuple[int, list[tuple[int, str]]]:
    done += min(args.chunk, args.cases - done)
    found = found + result
    for number, why in result:
        print(f"counterexample: case {number}: {why}", flush=True)
    if done % (args.chunk * 5) == 0 or done == args.cases:
        rate = done / (time.perf_counter() - started)
        print(f"{done}/{args.cases} cases, {rate:.1f}/s, {len(found)} found", flush=True)
    return done, found


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
