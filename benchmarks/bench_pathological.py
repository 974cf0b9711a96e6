"""How the time of the analysers grows on inputs that used to take quadratic time.

Usage::

    python benchmarks/bench_pathological.py [--cases commitments sections placeholders
                                                     markdown docx oneline]
                                            [--sizes 10000 20000 40000 80000] [--repeat 3]

Each case is generated at every size (the unit is a character for ``commitments``,
``placeholders`` and ``markdown``, a line for ``sections``, a paragraph for ``docx``
and a sentence for ``oneline``) and timed in this one process (best of ``--repeat``,
after a warm-up on the smallest input); files are written to a temporary folder
before the clock starts.  What matters is the ratio of the
time at one size to the time at the size before: about 2 when the time grows linearly
with the input (the sizes double), about 4 when it grows quadratically.

Cases:

- ``commitments``: :func:`govtext.extract_commitments` on a plan made of masked
  quantities (``**次``) repeated, 30 to a sentence;
- ``sections``: :func:`govtext.segment_sections` on a numbered heading, a sentence that
  turns to problems and an enumerated item, repeated (every paragraph is looked at as a
  possible problems passage);
- ``placeholders``: :func:`govtext.extract_placeholders` on dense masks of every kind
  (``**次``, ``XX局``, ``XXX同志``, ``**情防控``, ``某某``) repeated;
- ``markdown``: :func:`govtext.markdown_to_text` on one long line of emphasis and
  masks (``**重点**``, ``*项``, ``**次``, unclosed runs);
- ``docx``: :func:`govtext.read_text` of a .docx of numbered headings and paragraphs,
  then :func:`govtext.summary.document_stats` (every analysis of ``stats``) of its text;
- ``oneline``: the same for a .txt that is one line of sentences (no line break);
  ``--oneline-mb 200`` also analyses one such file of that many megabytes and gives
  its time and the peak resident memory of the process.

No file of the corpus is read: the inputs are generated.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def commitments_input(n: int) -> str:
    """A plan of ``n`` characters: ``**次`` repeated, with a sentence end now and then."""
    unit = "全年要召开会议" + "**次" * 30 + "。"
    return ("二、下步打算\n" + unit * (n // len(unit) + 1))[:n]


def sections_input(n: int) -> str:
    """``n`` lines: a heading, a turn to problems and an item, repeated."""
    lines = ["一、存在的问题", "但仍存在一些问题和不足。", "一是学习不够。"]
    return "\n".join(lines[i % 3] for i in range(n))


def placeholders_input(n: int) -> str:
    """``n`` characters of dense masks of every kind."""
    unit = "召开会议**次，XX局党组，XXX同志讲话，**情防控，某某单位，第X届；"
    return (unit * (n // len(unit) + 1))[:n]


def markdown_input(n: int) -> str:
    """One line of ``n`` characters: emphasis, masks and unclosed markers."""
    unit = "坚持**“两个确立”**，召开会议**次，研究*项议题，__重点__与~~删除~~，*未闭合**"
    return (unit * (n // len(unit) + 1))[:n]


_SENTENCE = "全面贯彻落实党的二十大精神，坚持“两个确立”，召开会议**次，完成投资12.5亿元。"
_TMP = Path(tempfile.mkdtemp(prefix="govtext-bench-"))


def docx_input(n: int) -> str:
    """A .docx of ``n`` paragraphs: a numbered heading every 20, sentences between."""
    import docx

    path = _TMP / f"paragraphs-{n}.docx"
    if not path.exists():
        # figures that vary, so that the file does not compress like a decompression
        # bomb (the reader refuses a member that expands more than 100-fold)
        rng = random.Random(n)
        document = docx.Document()
        for i in range(n):
            if i % 20 == 0:
                document.add_paragraph(f"{'一二三四五六七八九'[i // 20 % 9]}、重点工作")
            else:
                figure = f"{rng.randrange(10**9)}.{rng.randrange(100)}"
                document.add_paragraph(_SENTENCE.replace("12.5", figure))
        document.save(str(path))
    return str(path)


def oneline_input(n: int) -> str:
    """A .txt of ``n`` sentences on one line (no line break)."""
    path = _TMP / f"oneline-{n}.txt"
    if not path.exists():
        path.write_text(_SENTENCE * n, encoding="utf-8")
    return str(path)


def oneline_mb_input(mb: int) -> str:
    """A .txt of about ``mb`` megabytes, one line of sentences."""
    path = _TMP / f"oneline-{mb}MB.txt"
    unit = _SENTENCE.encode("utf-8")
    with path.open("wb") as fh:
        for _ in range(mb * 2**20 // len(unit)):
            fh.write(unit)
    return str(path)


def read_and_analyse(path: str) -> object:
    """``read_text`` then every analysis of ``stats`` (:func:`govtext.summary.document_stats`)."""
    from govtext import read_text
    from govtext.summary import document_stats

    return document_stats(read_text(path))


def cases() -> dict[str, tuple[Callable[[int], str], Callable[[str], object], str]]:
    """Name -> (input generator, analyser, unit)."""
    sys.path.insert(0, str(ROOT))
    from govtext.commitments import extract_commitments
    from govtext.io import markdown_to_text
    from govtext.placeholders import extract_placeholders
    from govtext.sections import segment_sections

    return {
        "commitments": (commitments_input, extract_commitments, "chars"),
        "sections": (sections_input, segment_sections, "lines"),
        "placeholders": (placeholders_input, extract_placeholders, "chars"),
        "markdown": (markdown_input, markdown_to_text, "chars"),
        "docx": (docx_input, read_and_analyse, "paragraphs"),
        "oneline": (oneline_input, read_and_analyse, "sentences"),
    }


CASES = ("commitments", "sections", "placeholders", "markdown", "docx", "oneline")


def best_time(func: Callable[[str], object], text: str, repeat: int) -> float:
    """Best wall-clock seconds of ``repeat`` calls."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", nargs="+", default=list(CASES))
    parser.add_argument("--sizes", nargs="+", type=int, default=[10_000, 20_000, 40_000, 80_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--oneline-mb", type=int, default=0,
                        help="also analyse a one-line .txt of this many megabytes")
    args = parser.parse_args(argv)
    try:
        return run(args)
    finally:
        shutil.rmtree(_TMP, ignore_errors=True)


def run(args: argparse.Namespace) -> int:
    table = cases()
    print("| case | size | unit | seconds | ratio to the size before |")
    print("|---|---:|---|---:|---:|")
    for name in args.cases:
        make, func, unit = table[name]
        func(make(min(args.sizes)))  # warm-up: dictionaries and lexicons loaded
        prev = None
        for n in args.sizes:
            sec = best_time(func, make(n), args.repeat)
            ratio = f"{sec / prev:.2f}" if prev else ""
            print(f"| {name} | {n:,} | {unit} | {sec:.3f} | {ratio} |", flush=True)
            prev = sec
    if args.oneline_mb:
        path = oneline_mb_input(args.oneline_mb)
        t0 = time.perf_counter()
        read_and_analyse(path)
        sec = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"\none-line .txt of {args.oneline_mb} MB: {sec:.1f} s, peak resident memory "
              f"of the process {peak:,.0f} MB", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
