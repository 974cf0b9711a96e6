"""Command line: ``python -m govtext COMMAND PATH [options]`` (also ``govtext``).

The CLI is thin: it parses arguments, calls the public API and prints the result.
Every command takes ``--format table|csv|json`` (table is the default), ``--output FILE``
(its extension gives the format: .csv .tsv .json .jsonl .parquet .xlsx .dta through
:func:`govtext.export.write_table`, .txt for the text table; any other is a usage error),
``--quiet``, ``--verbose`` (list each file skipped as not a document; by default they are
counted on stderr, except with ``--quiet``) and ``--max-bytes N`` (files larger than N
bytes are named, not read).

Exit codes: 0 success (unreadable files are named on stderr), 1 when the input could
not be used (no document could be read, or nothing in it to compute; the message says
which file and why), 2 usage error (a bad option or parameter value:
:class:`govtext._util.ParameterError` and argparse's errors).  Errors go to stderr
without a traceback; govtext's warnings are printed as ``govtext: warning: ...``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import math
import os
import sys
import unicodedata
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govtext import __version__
from govtext._util import ParameterError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["CLIError", "main"]

FORMATS = ("table", "csv", "json")


class CLIError(Exception):
    """An error reported to the user with an exit code (1: input, 2: usage)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


# ----------------------------------------------------------------------------- output


def display_width(text: str) -> int:
    """Terminal columns taken by ``text`` (wide and full-width characters count 2).

    Examples
    --------
    >>> display_width("四个意识ab")
    10
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clip(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):  # rounded for display only; csv and json keep all digits
        return f"{value:.4g}" if abs(value) < 1000 else f"{value:.0f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    text = str(value)
    if text in ("<NA>", "nan", "NaT"):
        return ""
    return text.replace("\n", "⏎").replace("\t", " ")


def format_table(frame: pd.DataFrame, *, max_width: int = 32) -> str:
    """Render a DataFrame as an aligned text table that respects wide characters.

    Examples
    --------
    >>> import pandas as pd
    >>> print(format_table(pd.DataFrame({"slogan": ["四个意识", "三会一课"], "count": [12, 3]})))
    slogan    count
    --------  -----
    四个意识     12
    三会一课      3
    """
    columns = [str(c) for c in frame.columns]
    rows = [[_clip(_cell(v), max_width) for v in rec] for rec in frame.itertuples(index=False)]
    numeric = [
        frame[c].dtype.kind in "iufb" if hasattr(frame[c], "dtype") else False
        for c in frame.columns
    ]
    widths = [
        max([display_width(col)] + [display_width(r[i]) for r in rows])
        for i, col in enumerate(columns)
    ]

    def line(cells: Sequence[str]) -> str:
        parts = []
        for i, cell in enumerate(cells):
            pad = " " * (widths[i] - display_width(cell))
            parts.append(pad + cell if numeric[i] else cell + pad)
        return "  ".join(parts).rstrip()

    out = [line(columns), "  ".join("-" * w for w in widths)]
    out.extend(line(r) for r in rows)
    return "\n".join(out)


def resolve_format(args: argparse.Namespace) -> str:
    """The output format: ``--format``, else implied by ``--output``'s suffix, else table.

    ``--output`` names a table file (.csv .tsv .json .jsonl .parquet .xlsx .dta, see
    :func:`govtext.export.write_table`) or ``.txt`` (the text table); any other suffix is
    a usage error (:class:`ParameterError`, exit 2).
    """
    if args.format:
        return str(args.format)
    if args.output:
        if Path(args.output).suffix.lower() == ".txt":
            return "table"
        from govtext.export import format_for_path

        return format_for_path(args.output, func="--output")
    return "table"


@contextlib.contextmanager
def output_stream(args: argparse.Namespace) -> Any:
    """Yield the stream to write to: ``--output`` (UTF-8) or stdout."""
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8", newline="") as fh:
                yield fh
        except OSError as exc:
            raise CLIError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    else:
        yield sys.stdout


def emit(
    frame: pd.DataFrame, args: argparse.Namespace, *, table_columns: Sequence[str] | None = None
) -> None:
    """Write ``frame`` in the format the user asked for.

    Tables (csv, tsv, json, jsonl, parquet, xlsx, dta) go through
    :func:`govtext.export.write_table`: lists joined by ``;``, names valid in Stata and R,
    nothing rounded.  ``table_columns`` limits the columns of the human-readable table
    (the other formats always carry every column).
    """
    from govtext.export import write_table

    fmt = resolve_format(args)
    if fmt in ("table", "outline"):
        shown = frame[list(table_columns)] if table_columns else frame
        with output_stream(args) as out:
            out.write(format_table(shown) + "\n")
    elif args.output:
        try:
            write_table(frame, args.output, format=fmt)
        except OSError as exc:
            raise CLIError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    else:
        write_table(frame, sys.stdout, format=fmt)
    if args.output and not args.quiet:
        print(f"govtext: wrote {len(frame)} rows to {args.output}", file=sys.stderr)


def progress_flag(args: argparse.Namespace) -> bool | None:
    """``False`` with ``--quiet``; otherwise ``None`` (a bar only on a terminal)."""
    return False if args.quiet else None


def _one_line(text: str) -> str:
    r"""``text`` with control characters escaped, so that a file name is one line.

    Examples
    --------
    >>> print(_one_line("报告\n2023.txt"))
    报告\n2023.txt
    """
    import re

    return re.sub(r"[\x00-\x1f\x7f]", lambda m: repr(m.group())[1:-1], text)


def report_skipped(skipped: Sequence[dict[str, str]], *, verbose: bool = False) -> None:
    r"""Count on stderr the files that were not read as documents; list them if ``verbose``.

    Hidden files, README and metadata files, the run's own output and tables of
    results are skipped (files that could not be read are named one by one apart).

    Examples
    --------
    >>> import contextlib, io
    >>> err = io.StringIO()
    >>> with contextlib.redirect_stderr(err):
    ...     report_skipped([{"path": "语料/.草稿.txt", "reason": "hidden file"}], verbose=True)
    >>> print(err.getvalue(), end="")
    govtext: skipped 语料/.草稿.txt (hidden file)
    govtext: skipped 1 file
    """
    if not skipped:
        return
    n = len(skipped)
    count = f"govtext: skipped {n} file{'s' if n != 1 else ''}"
    if not verbose:
        print(f"{count} (use --verbose to list {'them' if n != 1 else 'it'})", file=sys.stderr)
        return
    for item in skipped:
        print(
            f"govtext: skipped {_one_line(item['path'])} ({_one_line(item['reason'])})",
            file=sys.stderr,
        )
    print(count, file=sys.stderr)


def load_corpus(args: argparse.Namespace) -> pd.DataFrame:
    """Read ``args.path`` with :func:`govtext.read_corpus`, naming bad files on stderr.

    Raises :class:`CLIError` (exit 1) when no document could be read.
    """
    from govtext.io import ReadWarning, read_corpus

    paths = args.path if isinstance(args.path, list) else [args.path]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReadWarning)
        output = getattr(args, "output", None)
        kwargs: dict[str, Any] = {}
        if getattr(args, "max_bytes", None) is not None:
            kwargs["max_bytes"] = args.max_bytes
        corpus = read_corpus(
            paths, progress=progress_flag(args), exclude=[output] if output else (), **kwargs
        )
    for failure in corpus.attrs.get("errors", []):
        print(
            f"govtext: cannot read {_one_line(failure['path'])}: {_one_line(failure['error'])}",
            file=sys.stderr,
        )
    verbose = getattr(args, "verbose", False)
    if verbose or not args.quiet:
        report_skipped(corpus.attrs.get("skipped", []), verbose=verbose)
    for message in corpus.attrs.get("warnings", []):
        print(f"govtext: warning: {_one_line(message)}", file=sys.stderr)
    if corpus.empty:
        where = ", ".join(str(p) for p in paths)
        if not corpus.attrs.get("errors"):
            raise CLIError(f"no documents found in {where}")
        raise CLIError(f"none of the inputs in {where} could be read")
    return corpus


def positive_int(text: str) -> int:
    """An argparse type: a positive int, or a usage error in the words of the API.

    Examples
    --------
    >>> positive_int("2")
    2
    """
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"must be a positive int. Got {text!r} instead."
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive int. Got {value} instead.")
    return value


def positive_float(text: str) -> float:
    """An argparse type: a positive finite number (a figure size), or a usage error.

    Examples
    --------
    >>> positive_float("6.5")
    6.5
    """
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"must be a positive number. Got {text!r} instead."
        ) from None
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"must be a positive number. Got {text} instead.")
    return value


def add_n_jobs(parser: argparse.ArgumentParser) -> None:
    """The ``--n-jobs``, ``--lexicon`` and ``--config`` options of per-document commands."""
    parser.add_argument(
        "--n-jobs", type=positive_int, default=1, metavar="N",
        help="worker processes for the per-document analysis (default 1)",
    )
    add_config_options(parser)


def add_config_options(parser: argparse.ArgumentParser) -> None:
    """``--lexicon FILE`` (repeatable) and ``--config FILE``: a :class:`govtext.Config`."""
    parser.add_argument(
        "--lexicon", action="append", metavar="FILE", default=None,
        help="TSV of your own slogans in the columns of govtext/data/slogans.tsv (only "
        "'canonical' is required), added to the packaged lexicon; repeatable",
    )
    parser.add_argument(
        "--config", metavar="FILE", default=None,
        help="TOML configuration (keys of govtext.Config, lexicon_files, taxonomy_file)",
    )


def config_option(args: argparse.Namespace) -> Any:
    """The :class:`govtext.Config` of ``--config`` and ``--lexicon`` (None: the default)."""
    from govtext.config import Config

    path = getattr(args, "config", None)
    lexicons = getattr(args, "lexicon", None) or []
    if path is None and not lexicons:
        return None
    try:
        base = Config.from_toml(path) if path is not None else Config()
        return Config.from_lexicon_files(lexicons, base)
    except ValueError as exc:  # ParameterError included: the file and line are named
        raise CLIError(str(exc)) from None


# --------------------------------------------------------------------------- commands


@dataclass(frozen=True)
class Command:
    """A subcommand: its help line, how it adds its arguments, and what it runs."""

    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]
    formats: tuple[str, ...] = FORMATS


#: The columns of the ``stats`` table on a terminal (csv and json carry every column).
STATS_TABLE_COLUMNS = (
    "doc_id", "title", "year", "doc_type", "n_chars", "n_sentences", "n_slogans",
    "slogan_density", "n_commitments", "commitment_density", "n_placeholders",
    "share_problems", "n_issues",
)


def add_boilerplate(parser: argparse.ArgumentParser, what: str) -> None:
    """``--boilerplate keep|mask``: passages repeated across the corpus left out."""
    parser.add_argument(
        "--boilerplate", choices=("keep", "mask"), default="keep",
        help=f"{what}: mask leaves out passages repeated across many documents (licence "
        "footers, page chrome, templates) (default keep)",
    )


def _add_stats(parser: argparse.ArgumentParser) -> None:
    add_n_jobs(parser)
    add_boilerplate(parser, "counts and densities")
    parser.add_argument(
        "--cache", metavar="DIR", default=None,
        help="keep each document's row in DIR (keyed by its text, the configuration and "
        "govtext's version) and reuse the rows of documents seen before",
    )
    parser.add_argument(
        "--scheduler", metavar="ADDRESS", default=None,
        help="run on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786): "
        "the files are read and analysed on its workers, which need govtext and the files "
        "at the same paths; with --output DIR/ each worker writes its part files there",
    )
    parser.add_argument(
        "--all-columns", action="store_true",
        help="the table shows every column (by default a readable subset: "
        + ", ".join(STATS_TABLE_COLUMNS) + "; csv and json always carry every column)",
    )


def _report_analysis_errors(table: pd.DataFrame) -> None:
    for failure in table.attrs.get("errors", []):
        if "doc_id" in failure:
            print(
                f"govtext: cannot analyse {failure['doc_id']}: {failure['error']}",
                file=sys.stderr,
            )


def report_reading(report: Any, args: argparse.Namespace) -> None:
    """Name on stderr what a streamed run could not read or skipped, as :func:`load_corpus`.

    Raises :class:`CLIError` (exit 1) when no document could be read.
    """
    for failure in report.errors:
        if "path" in failure:
            print(
                f"govtext: cannot read {_one_line(failure['path'])}: "
                f"{_one_line(failure['error'])}",
                file=sys.stderr,
            )
    verbose = getattr(args, "verbose", False)
    if verbose or not args.quiet:
        report_skipped(report.skipped, verbose=verbose)
    for message in report.warnings:
        print(f"govtext: warning: {_one_line(message)}", file=sys.stderr)
    if report.documents == 0:
        where = ", ".join(str(p) for p in args.path)
        if not any("path" in e for e in report.errors):
            raise CLIError(f"no documents found in {where}")
        raise CLIError(f"none of the inputs in {where} could be read")


def _report_cache(report: Any, args: argparse.Namespace) -> None:
    if getattr(args, "cache", None) and not args.quiet:
        print(
            f"govtext: reused {report.reused} of {report.documents} document(s) from the "
            f"cache {args.cache}",
            file=sys.stderr,
        )


@contextlib.contextmanager
def dask_client(address: str | None) -> Any:
    """Yield a ``dask.distributed.Client`` of the scheduler at ``address``, or None."""
    if address is None:
        yield None
        return
    try:
        from distributed import Client
    except ImportError:
        raise CLIError(
            "--scheduler needs dask.distributed: pip install 'dask[distributed]'"
        ) from None
    try:
        client = Client(address, timeout="20s")  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as exc:
        raise CLIError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        yield client


def _run_stats(args: argparse.Namespace) -> int:
    """Stream the corpus: read, analyse and write a chunk of rows at a time."""
    with dask_client(getattr(args, "scheduler", None)) as client:
        return _run_stats_with(args, client)


def _run_stats_with(args: argparse.Namespace, client: Any) -> int:
    from govtext._util import AnalysisWarning
    from govtext.export import is_dataset_path
    from govtext.io import ReadWarning
    from govtext.streaming import RunReport
    from govtext.summary import write_stats

    dataset = bool(args.output) and is_dataset_path(args.output)
    if dataset and args.format not in (None, "parquet"):
        raise CLIError(f"--output {args.output} names a folder: its part files are "
                       "Parquet (leave out --format or give --format parquet)", code=2)
    fmt = "parquet" if dataset else resolve_format(args)
    options: dict[str, Any] = {
        "n_jobs": args.n_jobs, "progress": progress_flag(args), "config": config_option(args),
        "cache": args.cache, "client": client,
    }
    report: RunReport
    if args.boilerplate == "mask":  # boilerplate is found over the whole corpus: no streaming
        from govtext.summary import stats

        if args.cache:
            raise CLIError("--cache cannot be used with --boilerplate mask (the boilerplate "
                           "of a document depends on the whole corpus)", code=2)
        corpus = load_corpus(args)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", AnalysisWarning)
            table = stats(corpus, boilerplate="mask", **options)
        _report_analysis_errors(table)
        shown = None if args.all_columns else [c for c in STATS_TABLE_COLUMNS if c in table.columns]
        emit(table, args, table_columns=shown)
        return 0
    if fmt == "table":
        from govtext.summary import stats

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", (AnalysisWarning, ReadWarning))
            table = stats(args.path if args.max_bytes is None else load_corpus(args), **options)
        report = RunReport(documents=len(table), reused=int(table.attrs.get("reused", 0)))
        if args.max_bytes is None:  # load_corpus named them already
            report.errors = table.attrs.get("errors", [])
            report.skipped = table.attrs.get("skipped", [])
            report.warnings = table.attrs.get("warnings", [])
            report_reading(report, args)
        _report_analysis_errors(table)
        _report_cache(report, args)
        shown = None if args.all_columns else [c for c in STATS_TABLE_COLUMNS if c in table.columns]
        emit(table, args, table_columns=shown)
        return 0
    existed = bool(args.output) and os.path.exists(args.output)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", (AnalysisWarning, ReadWarning))
            report = write_stats(
                args.path, args.output or sys.stdout, format=fmt, max_bytes=args.max_bytes,
                **options
            )
    except OSError as exc:
        if args.output and exc.filename in (args.output, os.fspath(args.output)):
            raise CLIError(f"cannot write {args.output}: {exc.strerror or exc}") from None
        raise
    if report.documents == 0 and args.output and not existed:
        with contextlib.suppress(OSError):
            os.unlink(args.output)
    report_reading(report, args)
    for failure in report.errors:
        if "doc_id" in failure:
            print(
                f"govtext: cannot analyse {failure['doc_id']}: {failure['error']}",
                file=sys.stderr,
            )
    _report_cache(report, args)
    if args.output and not args.quiet:
        print(f"govtext: wrote {report.rows} rows to {args.output}", file=sys.stderr)
    return 0


def _add_issues(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--recurring",
        action="store_true",
        help="print the category x document matrix with recurrence instead of statements",
    )
    parser.add_argument(
        "--by",
        default="doc_id",
        metavar="COLUMN",
        help="with --recurring: corpus column of the matrix columns (doc_id, year, org ...)",
    )
    parser.add_argument(
        "--topics",
        type=int,
        default=None,
        metavar="N",
        help="print N topics of the statements found by NMF (to check the taxonomy)",
    )
    add_n_jobs(parser)


def _run_issues(args: argparse.Namespace) -> int:
    from govtext.corpus import extract_issues
    from govtext.recurring import recurring_issues, suggest_issue_topics

    corpus = load_corpus(args)
    if args.recurring and args.by not in corpus.columns:
        raise CLIError(
            f"--by {args.by}: the corpus has no such column "
            f"(it has {', '.join(map(str, corpus.columns))})",
            code=2,
        )
    issues = extract_issues(
        corpus, n_jobs=args.n_jobs, config=config_option(args), progress=progress_flag(args)
    )
    if args.recurring:
        matrix = recurring_issues(corpus, by=args.by, issues=issues)
        emit(matrix.reset_index(), args)
    elif args.topics is not None:
        emit(suggest_issue_topics(issues, n_topics=args.topics), args,
             table_columns=["topic", "n_statements", "top_category", "other_share", "terms"])
    else:
        emit(issues, args, table_columns=["doc_id", "category", "start", "end", "statement"])
    return 0


def _add_compare(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--analysis",
        choices=("similarity", "keyness", "reuse", "boilerplate"),
        default="similarity",
        help="similarity: TF-IDF cosine matrix; keyness: key terms of one group against "
        "another; reuse: passages shared between documents; boilerplate: passages "
        "repeated across many documents (footers, page chrome, templates) "
        "(default similarity)",
    )
    parser.add_argument(
        "--by", metavar="COLUMN", help="keyness: corpus column that defines the groups"
    )
    parser.add_argument(
        "--target", nargs="+", metavar="VALUE", help="keyness: value(s) of --by for group A"
    )
    parser.add_argument(
        "--against", nargs="+", metavar="PATH", help="keyness: the reference corpus (group B)"
    )
    parser.add_argument(
        "--min-count", type=int, default=3, metavar="N",
        help="keyness: minimum count of a term in both groups (default 3)",
    )
    parser.add_argument(
        "--top", type=int, default=None, metavar="N",
        help="keyness: only the N terms with the largest G2",
    )
    parser.add_argument(
        "--min-chars", type=int, default=50, metavar="N",
        help="reuse, boilerplate: minimum length of a passage in characters (default 50)",
    )
    parser.add_argument(
        "--min-similarity", type=float, default=1.0, metavar="F",
        help="reuse: below 1 (e.g. 0.8) also passages reused with edits, with their "
        "similarity (default 1: verbatim only)",
    )
    add_boilerplate(parser, "keyness")


def _target_values(values: Sequence[str], column: pd.Series) -> list[Any]:
    """Command-line strings as values of ``column`` (years are numbers)."""
    out: list[Any] = []
    for v in values:
        out.append(v)
        with contextlib.suppress(ValueError):
            out.append(int(v))
    return [v for v in out if v in set(column.dropna().tolist())] or list(values)


def _run_compare(args: argparse.Namespace) -> int:
    from govtext import compare

    corpus = load_corpus(args)
    if args.analysis == "similarity":
        matrix = compare.similarity(corpus)
        emit(matrix.reset_index(), args)  # every digit; the text table shows four
    elif args.analysis == "reuse":
        reuse = compare.text_reuse(corpus, min_chars=args.min_chars,
                                   min_similarity=args.min_similarity)
        emit(reuse, args, table_columns=["doc_a", "start_a", "doc_b", "start_b", "n_chars",
                                         "similarity", "text"])
    elif args.analysis == "boilerplate":
        from govtext.reuse import find_boilerplate

        emit(find_boilerplate(corpus, min_chars=args.min_chars), args,
             table_columns=["doc_id", "start", "end", "n_chars", "n_docs", "text"])
    else:
        if args.against:
            ref_args = argparse.Namespace(**{**vars(args), "path": args.against})
            table = compare.keyness(corpus, load_corpus(ref_args), min_count=args.min_count,
                                    boilerplate=args.boilerplate)
        elif args.by and args.target:
            if args.by not in corpus.columns:
                raise CLIError(f"the corpus has no column {args.by!r}", code=2)
            targets = _target_values(args.target, corpus[args.by])
            table = compare.keyness(corpus, by=args.by, target=targets,
                                    min_count=args.min_count, boilerplate=args.boilerplate)
        else:
            raise CLIError("keyness needs --by COLUMN --target VALUE or --against PATH", code=2)
        if args.top is not None:
            table = table.head(args.top)
        emit(table, args, table_columns=["term", "count_a", "count_b", "g2", "log_ratio",
                                         "key_for"])
    return 0


def _add_sections(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-inline",
        action="store_true",
        help="leave out inline items (一是…二是…, 一方面…另一方面…)",
    )
    add_n_jobs(parser)


def _run_sections(args: argparse.Namespace) -> int:
    from govtext.corpus import doc_ids, segment_sections
    from govtext.sections import format_outline

    corpus = load_corpus(args)
    fmt = args.format or (resolve_format(args) if args.output else "outline")
    if fmt == "table":  # the columns a person reads; csv and json carry them all
        fmt_columns: list[str] | None = [
            "level", "part", "marker", "heading", "kind", "start", "end",
        ]
    else:
        fmt_columns = None
    table = segment_sections(
        corpus, n_jobs=args.n_jobs, config=config_option(args), progress=progress_flag(args)
    )
    if args.no_inline:
        table = table[~table["inline"].astype(bool)]
    if fmt == "outline":
        blocks = []
        texts = dict(zip(doc_ids(corpus), corpus["text"].tolist(), strict=True))
        for doc_id, part in table.groupby("doc_id", sort=False):
            head = f"# {doc_id}\n" if len(corpus) > 1 else ""
            text = texts[str(doc_id)]
            blocks.append(head + format_outline(part.reset_index(drop=True), text))
        with output_stream(args) as out:
            out.write("\n\n".join(blocks) + "\n")
        if args.output and not args.quiet:
            print(f"govtext: wrote {len(blocks)} outlines to {args.output}", file=sys.stderr)
        return 0
    table = table.reset_index(drop=True)
    args.format = fmt
    emit(table, args, table_columns=["doc_id", *(fmt_columns or [])])
    return 0


def _corpus_options(args: argparse.Namespace) -> dict[str, Any]:
    return {"n_jobs": args.n_jobs, "config": config_option(args), "progress": progress_flag(args)}


def _add_placeholders(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kind",
        action="append",
        choices=("number", "person", "name", "partial", "unknown"),
        help="only placeholders of this kind (repeatable)",
    )
    add_n_jobs(parser)


def _run_placeholders(args: argparse.Namespace) -> int:
    from govtext.corpus import extract_placeholders

    frame = extract_placeholders(load_corpus(args), **_corpus_options(args))
    if args.kind:
        frame = frame[frame["kind"].isin(args.kind)].reset_index(drop=True)
    emit(frame, args)
    return 0


def _add_commitments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--quantified", action="store_true", help="only commitments that carry a quantity"
    )
    add_n_jobs(parser)


def _run_commitments(args: argparse.Namespace) -> int:
    from govtext.corpus import extract_commitments

    frame = extract_commitments(load_corpus(args), **_corpus_options(args))
    if args.quantified:
        frame = frame[frame["quantified"]].reset_index(drop=True)
    emit(
        frame,
        args,
        table_columns=[
            "doc_id", "sentence", "quantified", "masked", "section_kind", "start", "end",
            "quantity",
        ],
    )
    return 0


def _add_targets(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kind", action="append", choices=("target", "outcome", "multi_year"),
        help="only quantities of this kind (repeatable)",
    )
    add_n_jobs(parser)


def _run_targets(args: argparse.Namespace) -> int:
    from govtext.corpus import extract_targets

    frame = extract_targets(load_corpus(args), **_corpus_options(args))
    if args.kind:
        frame = frame[frame["kind"].isin(args.kind)].reset_index(drop=True)
    emit(frame, args, table_columns=[
        "doc_id", "indicator", "value", "value_high", "unit", "modifier", "kind", "period",
    ])
    return 0


def _add_follow_through(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--indicator", metavar="KEY",
        help="only this canonical indicator (gdp_growth, urban_jobs, cpi ...)",
    )
    add_n_jobs(parser)


def _run_follow_through(args: argparse.Namespace) -> int:
    from govtext.follow import follow_through

    frame = follow_through(load_corpus(args), **_corpus_options(args))
    if args.indicator:
        frame = frame[frame["indicator"] == args.indicator].reset_index(drop=True)
    emit(frame, args, table_columns=[
        "issuer", "indicator", "year", "target", "target_high", "modifier", "outcome", "met",
        "status",
    ])
    return 0


def _add_slogans(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--top", type=int, default=None, metavar="N", help="only the N most frequent slogans"
    )
    parser.add_argument(
        "--by",
        default=None,
        metavar="COLUMN",
        help="count by this column (e.g. year): one row per value and slogan",
    )
    add_doc_type(parser)
    add_n_jobs(parser)
    parser.add_argument(
        "--no-nested",
        dest="nested",
        action="store_false",
        help="count only the longest slogan at each place (by default a slogan written "
        "inside a longer one counts too: 依法治国 in 全面依法治国)",
    )
    parser.add_argument(
        "--variants",
        default=None,
        metavar="TERM",
        help="the surface forms of the slogan TERM and the formulas around it "
        "(坚定不移全面从严治党 ...), with first and last year and a count per year "
        "(with --by year: one row per variant and year); see govtext.slogan_variants",
    )


def _run_slogans(args: argparse.Namespace) -> int:
    from govtext.frequency import summarize_slogans, term_frequency

    corpus = load_corpus(args)
    config = config_option(args)
    if args.variants is not None:
        return _run_slogan_variants(corpus, config, args)
    if args.by is None:
        table = summarize_slogans(
            corpus, top=args.top, n_jobs=args.n_jobs, progress=progress_flag(args),
            nested=args.nested, config=config,
        )
        emit(table, args, table_columns=["slogan", "count", "doc_freq", "first_year",
                                         "last_year", "source", "category"])
        return 0
    if args.by not in corpus.columns:
        raise CLIError(
            f"--by {args.by}: the corpus has no such column "
            f"(it has {', '.join(map(str, corpus.columns))})",
            code=2,
        )
    # one pass over the corpus: every slogan by group, then the --top most frequent
    counts = term_frequency(
        corpus, by=args.by, nested=args.nested, config=config, n_jobs=args.n_jobs,
        progress=progress_flag(args), doc_type=doc_type_option(args),
    )
    if args.top is not None:
        totals = counts.groupby("slogan", sort=False)["count"].sum()
        docs = counts.groupby("slogan", sort=False)["doc_freq"].sum()
        ranked = sorted(totals.index, key=lambda s: (-totals[s], -docs[s], s))[: args.top]
        counts = counts[counts["slogan"].isin(ranked)].reset_index(drop=True)
    emit(counts, args)
    return 0


def _run_slogan_variants(corpus: pd.DataFrame, config: Any, args: argparse.Namespace) -> int:
    from govtext.lineage import VARIANT_COLUMNS, slogan_variants

    if args.by not in (None, "year"):
        raise CLIError(f"--variants counts by year only (--by year), not --by {args.by}",
                       code=2)
    table = slogan_variants(
        corpus, args.variants, long=args.by == "year", doc_type=doc_type_option(args),
        config=config, n_jobs=args.n_jobs, progress=progress_flag(args),
    )
    if args.top is not None:
        keep = list(dict.fromkeys(table["variant"]))[: args.top]
        table = table[table["variant"].isin(keep)].reset_index(drop=True)
    shown = [c for c in ("doc_type", *VARIANT_COLUMNS, "year", "year_count")
             if c in table.columns and c != "canonical"]
    emit(table, args, table_columns=shown)
    return 0


def _add_kwic(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("pattern", metavar="PATTERN", help="text (or --regex) to find")
    parser.add_argument(
        "--window", type=int, default=15, metavar="N", help="characters of context (default 15)"
    )
    parser.add_argument(
        "--regex", action="store_true", help="PATTERN is a regular expression"
    )
    add_config_options(parser)


def _run_kwic(args: argparse.Namespace) -> int:
    from govtext.frequency import kwic

    corpus = load_corpus(args)
    table = kwic(
        corpus, args.pattern, window=args.window, regex=args.regex, config=config_option(args)
    )
    emit(table, args)
    return 0


_IMAGE_SUFFIXES = (".png", ".svg", ".pdf", ".jpg", ".jpeg")


def _image_output(args: argparse.Namespace) -> str | None:
    """``--output`` when it names an image file (by its suffix), else None."""
    if args.output and Path(args.output).suffix.lower() in _IMAGE_SUFFIXES:
        return str(args.output)
    return None


def doc_type_option(args: argparse.Namespace) -> str | list[str] | None:
    """``--doc-type`` as the ``doc_type`` parameter of the API."""
    chosen = getattr(args, "doc_type", None)
    if not chosen:
        return None
    return "all" if "all" in chosen else list(chosen)


def _select_doc_types(corpus: pd.DataFrame, doc_types: Sequence[str] | None) -> pd.DataFrame:
    if not doc_types or "all" in doc_types:
        return corpus
    selected: pd.DataFrame = corpus[corpus["doc_type"].isin(doc_types)]
    if selected.empty:
        present = sorted(str(t) for t in corpus["doc_type"].dropna().unique())
        raise CLIError(f"no document of type {', '.join(doc_types)}; the input has {present}")
    return selected


def _save_plot(draw: Callable[[Any], Any], args: argparse.Namespace, path: str) -> None:
    """Draw on a figure of its own (no pyplot, no global state) and save it."""
    from matplotlib.figure import Figure

    from govtext.plot import CJKFontNotFoundError

    fig = Figure(figsize=tuple(args.size) if args.size else None, layout="constrained")
    try:
        draw(fig.add_subplot())
    except CJKFontNotFoundError as exc:
        raise CLIError(str(exc)) from None
    try:
        fig.savefig(path, dpi=args.dpi)
    except OSError as exc:
        raise CLIError(f"cannot write {path}: {exc.strerror or exc}") from None
    if not args.quiet:
        print(f"govtext: wrote {path}", file=sys.stderr)


def add_doc_type(parser: argparse.ArgumentParser) -> None:
    """``--doc-type``: the document types to count (see govtext.corpus.split_doc_types)."""
    parser.add_argument(
        "--doc-type",
        action="append",
        metavar="TYPE",
        help="only documents of this type (repeatable; e.g. government_work_report); 'all' "
        "pools every type (by default a corpus that mixes types is counted per type, with a "
        "warning)",
    )


def _add_plot_options(parser: argparse.ArgumentParser) -> None:
    add_doc_type(parser)
    parser.add_argument(
        "--lang", choices=("zh", "en"), default="zh",
        help="language of the figure's labels and notes (default zh; slogans stay as written)",
    )
    parser.add_argument(
        "--dpi", type=positive_int, default=150, metavar="N",
        help="image resolution (default 150)"
    )
    parser.add_argument(
        "--size", nargs=2, type=positive_float, metavar=("W", "H"),
        help="figure size in inches"
    )
    add_config_options(parser)


class _SlogansAction(argparse.Action):
    """``--slogans A B`` or ``--slogans A,B``.

    A trailing value that is a file or folder is the PATH (``trend --slogans 四个意识
    corpus/``), not a slogan.
    """

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
        values: Any, option_string: str | None = None,
    ) -> None:
        items = [v for value in values for v in str(value).replace("，", ",").split(",") if v]
        trailing: list[str] = []
        while len(items) > 1 and os.path.exists(items[-1]):
            trailing.insert(0, items.pop())
        setattr(namespace, self.dest, items)
        namespace.trailing_paths = [*getattr(namespace, "trailing_paths", []), *trailing]


def _add_trend(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--slogans",
        nargs="+",
        action=_SlogansAction,
        metavar="SLOGAN",
        help="slogans to follow, separated by spaces or commas (default: the --top most "
        "frequent); PATH may come before or after them",
    )
    parser.add_argument(
        "--top", type=int, default=8, metavar="N", help="number of slogans (default 8)"
    )
    parser.add_argument(
        "--per", type=int, default=10_000, metavar="N", help="counts per N characters"
    )
    parser.add_argument("--by", default="year", help="corpus column to group by (default year)")
    parser.add_argument("--kind", choices=("line", "heatmap"), default="line", help="plot kind")
    parser.add_argument(
        "--long", action="store_true", help="table in long form: year, slogan, count, value"
    )
    parser.add_argument("--since", type=int, metavar="YEAR", help="only documents from YEAR on")
    parser.add_argument("--until", type=int, metavar="YEAR", help="only documents up to YEAR")
    _add_plot_options(parser)


def _run_trend(args: argparse.Namespace) -> int:
    from govtext.plot import plot_slogan_trend, slogan_trend_table

    corpus = load_corpus(args)
    if args.since is not None or args.until is not None:
        years = corpus["year"]
        keep = years.notna()
        if args.since is not None:
            keep &= years >= args.since
        if args.until is not None:
            keep &= years <= args.until
        if not keep.any():
            raise CLIError("no document in the years asked for (--since/--until)")
        corpus = corpus[keep.astype(bool)]
    if args.by not in corpus.columns:
        raise CLIError(
            f"--by {args.by}: the corpus has no such column "
            f"(it has {', '.join(map(str, corpus.columns))})",
            code=2,
        )
    if not corpus[args.by].notna().any():
        where = ", ".join(str(p) for p in args.path)
        hint = (
            " (a year is read from the title, a date line, the opening lines or the file "
            "name; give it in a metadata.csv beside the files when none of them has it)"
            if args.by == "year" else ""
        )
        raise CLIError(
            f"no document in {where} has a {args.by!r} value to group by "
            f"({len(corpus)} document(s) read){hint}"
        )
    options = {
        "by": args.by, "per": args.per, "top": args.top, "doc_type": doc_type_option(args),
        "config": config_option(args),
    }
    image = _image_output(args)
    if image:
        if not args.size:
            args.size = (10.0, 5.0) if args.kind == "line" else (12.0, 5.0)
        _save_plot(
            lambda ax: plot_slogan_trend(
                corpus, args.slogans, kind=args.kind, ax=ax, lang=args.lang, **options
            ),
            args,
            image,
        )
        if not args.format:
            return 0
        args = argparse.Namespace(**{**vars(args), "output": None})
    table = slogan_trend_table(corpus, args.slogans, long=args.long, **options)
    if table.empty or (not args.long and len(table.columns) == 0):
        raise CLIError(f"no slogan found in {', '.join(str(p) for p in args.path)}")
    if not args.long:
        table = table.reset_index()
        table.columns = [str(c) for c in table.columns]
    emit(table, args)
    return 0


def _add_wordcloud(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-words", type=int, default=150, metavar="N", help="words drawn (default 150)"
    )
    parser.add_argument(
        "--min-length", type=int, default=2, metavar="N", help="shortest word (default 2)"
    )
    parser.add_argument("--stopwords", nargs="+", metavar="WORD", help="extra stopwords")
    parser.add_argument("--font", metavar="FILE", help="font file (default: a CJK font found)")
    parser.add_argument("--slogans-only", action="store_true", help="only slogans")
    parser.add_argument(
        "--pixels",
        nargs=2,
        type=positive_int,
        default=(1200, 675),
        metavar=("W", "H"),
        help="word-cloud image size in pixels (default 1200 675)",
    )
    _add_plot_options(parser)


def _run_wordcloud(args: argparse.Namespace) -> int:
    from govtext.plot import plot_wordcloud, wordcloud_frequencies

    corpus = _select_doc_types(load_corpus(args), args.doc_type)
    config = config_option(args)
    image = _image_output(args)
    if image:
        width, height = args.pixels
        if not args.size:
            args.size = (width / args.dpi, height / args.dpi)

        def draw(ax: Any) -> Any:
            return plot_wordcloud(
                corpus,
                ax=ax,
                font_path=args.font,
                width=width,
                height=height,
                max_words=args.max_words,
                min_length=args.min_length,
                stopwords=args.stopwords,
                slogans_only=args.slogans_only,
                slogan_color=None if args.slogans_only else "#b2182b",
                config=config,
                lang=args.lang,
            )

        try:
            _save_plot(draw, args, image)
        except ParameterError:
            raise
        except ValueError as exc:  # nothing to draw
            raise CLIError(f"{', '.join(str(p) for p in args.path)}: {exc}") from None
        if not args.format:
            return 0
        args = argparse.Namespace(**{**vars(args), "output": None})
    freqs = wordcloud_frequencies(
        corpus,
        stopwords=args.stopwords,
        min_length=args.min_length,
        max_words=args.max_words,
        slogans_only=args.slogans_only,
        config=config,
    )
    if freqs.empty:
        raise CLIError(
            f"no words to count in {', '.join(str(p) for p in args.path)} (after stopwords "
            f"and words shorter than {args.min_length} characters)"
        )
    emit(freqs.reset_index(), args)
    return 0


def _add_dfm(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--by", metavar="COLUMN", default=None,
        help="rows are the values of this corpus column (year, doc_type, org ...) "
        "instead of documents",
    )
    parser.add_argument(
        "--min-count", type=positive_int, default=1, metavar="N",
        help="keep features counted at least N times in the corpus (default 1)",
    )
    parser.add_argument(
        "--keep-stopwords", action="store_true",
        help="keep the packaged stopwords (by default they are left out)",
    )
    parser.add_argument(
        "--top", type=positive_int, default=None, metavar="N",
        help="the feature table: only the N most frequent features (of each group with "
        "--by); default 20 on the terminal, all in a file",
    )
    add_n_jobs(parser)


def _run_dfm(args: argparse.Namespace) -> int:
    from govtext.dfm import dfm, top_features, write_dfm

    corpus = load_corpus(args)
    if args.by is not None and args.by not in corpus.columns:
        raise CLIError(
            f"--by {args.by}: the corpus has no such column "
            f"(it has {', '.join(map(str, corpus.columns))})",
            code=2,
        )
    to_mtx = bool(args.output) and Path(args.output).suffix.lower() == ".mtx" and not args.format
    # the feature table ranks within groups over the documents (docfreq counts documents)
    matrix = dfm(
        corpus, by=args.by if to_mtx else None, min_count=args.min_count,
        stopwords=not args.keep_stopwords, n_jobs=args.n_jobs, progress=progress_flag(args),
    )
    if to_mtx:
        try:
            files = write_dfm(matrix, args.output)
        except OSError as exc:
            raise CLIError(f"cannot write {args.output}: {exc.strerror or exc}") from None
        if not args.quiet:
            print(
                f"govtext: wrote a {matrix.shape[0]} x {matrix.shape[1]} matrix to "
                f"{files['matrix']}, its features to {files['features']} and its docvars "
                f"to {files['docvars']}",
                file=sys.stderr,
            )
        return 0
    top = args.top if args.top is not None else (None if args.output else 20)
    emit(top_features(matrix, top, by=args.by), args)
    return 0


def _add_dictionary(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dictionary", "-d", required=True, metavar="FILE",
        help="categories and their terms: a YAML file (category: [term, ...], nested "
        "allowed; /regex/ for a pattern), a TSV (category<TAB>term), or issue_taxonomy / "
        "commitment_cues (packaged)",
    )
    parser.add_argument(
        "--per", type=positive_int, default=10_000, metavar="N",
        help="rate: count per N Han characters (default 10000)",
    )


def _run_dictionary(args: argparse.Namespace) -> int:
    from govtext.dictionary import as_dictionary, count_dictionary

    dictionary = as_dictionary(args.dictionary)
    corpus = load_corpus(args)
    table = count_dictionary(corpus, dictionary, per=args.per)
    emit(table, args, table_columns=["doc_id", "category", "count", "rate", "matched"])
    return 0


def _add_references(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kind",
        action="append",
        choices=("doc_number", "citation"),
        help="only references of this kind (repeatable)",
    )
    add_n_jobs(parser)


def _run_references(args: argparse.Namespace) -> int:
    from govtext.corpus import extract_references

    frame = extract_references(load_corpus(args), **_corpus_options(args))
    if args.kind:
        frame = frame[frame["kind"].isin(args.kind)].reset_index(drop=True)
    emit(
        frame,
        args,
        table_columns=[c for c in ("doc_id", "kind", "text", "doc_kind", "organ_code",
                                   "year_row", "year", "serial", "doc_number")
                       if c in frame.columns and not (c == "year" and "year_row" in frame)],
    )
    return 0


#: The subcommands, in the order ``--help`` lists them.
COMMANDS: dict[str, Command] = {
    "stats": Command("one row of statistics per document", _add_stats, _run_stats),
    "issues": Command(
        "self-criticism statements (存在问题) with their category", _add_issues, _run_issues
    ),
    "compare": Command(
        "document similarity, keyness between groups, text reuse", _add_compare, _run_compare
    ),
    "sections": Command(
        "parts, numbered sections, inline items and section kinds of each document",
        _add_sections,
        _run_sections,
        formats=("outline", "table", "csv", "json"),
    ),
    "placeholders": Command(
        "masks (**, XX, ××, 某某 ...) with their kind: number, person, name, partial",
        _add_placeholders,
        _run_placeholders,
    ),
    "commitments": Command(
        "sentences that commit to future action, quantified or not, masked or not",
        _add_commitments,
        _run_commitments,
    ),
    "targets": Command(
        "quantified targets and reported outcomes (国内生产总值增长5%左右) with indicator, "
        "value, range, unit, modifier, kind and period",
        _add_targets,
        _run_targets,
    ),
    "follow-through": Command(
        "each year's targets against the outcomes the next year's document reports",
        _add_follow_through,
        _run_follow_through,
    ),
    "slogans": Command(
        "slogans of a corpus: counts, documents, first and last year", _add_slogans, _run_slogans
    ),
    "kwic": Command("keyword in context: every match with the text around it", _add_kwic,
                    _run_kwic),
    "trend": Command(
        "slogan frequency by year: a plot (--output x.png) or its table", _add_trend, _run_trend
    ),
    "wordcloud": Command(
        "word cloud with slogans whole (--output x.png) or its word counts",
        _add_wordcloud,
        _run_wordcloud,
    ),
    "dfm": Command(
        "document-feature matrix with slogans whole (--output x.mtx for R) or its feature "
        "frequencies",
        _add_dfm,
        _run_dfm,
    ),
    "dictionary": Command(
        "counts of a dictionary's categories in each document (YAML or TSV, as in "
        "quanteda and cntext)",
        _add_dictionary,
        _run_dictionary,
    ),
    "references": Command(
        "document numbers (发文字号: 国发〔2023〕1号) and cited titles (《……的意见》), parsed",
        _add_references,
        _run_references,
    ),
}


#: One example per command, shown at the end of its ``--help``.
EXAMPLES: dict[str, str] = {
    "stats": "govtext stats corpus/ -o stats.dta",
    "issues": "govtext issues corpus/ --recurring --by year -o issues.csv",
    "compare": "govtext compare corpus/ --similarity -o similarity.csv",
    "sections": "govtext sections corpus/001_902d627f80f43ece.txt",
    "placeholders": "govtext placeholders corpus/ --kind number -o masks.csv",
    "commitments": "govtext commitments corpus/ --quantified -o commitments.xlsx",
    "slogans": "govtext slogans corpus/ --by year --lexicon mine.tsv -o slogans.csv\n"
               "  govtext slogans corpus/ --variants 全面从严治党 -o variants.csv",
    "targets": "govtext targets reports.jsonl --kind target -o targets.csv",
    "follow-through": "govtext follow-through reports.jsonl --indicator gdp_growth",
    "kwic": "govtext kwic corpus/ 四个意识 --window 20",
    "trend": "govtext trend reports.jsonl --slogans 四个意识,两个维护 --lang en -o trend.png",
    "wordcloud": "govtext wordcloud corpus/ --slogans-only -o cloud.png",
    "dfm": "govtext dfm corpus/ -o corpus.mtx",
    "dictionary": "govtext dictionary corpus/ --dictionary categories.yaml -o counts.csv",
    "references": "govtext references corpus/ --kind doc_number -o numbers.csv",
}


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Shows each option's default (unless its help already says it, or it has none)."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        default = action.default
        if (
            "default" in text
            or default in (None, False, argparse.SUPPRESS)
            or not action.option_strings
        ):
            return text
        shown = " ".join(map(str, default)) if isinstance(default, (list, tuple)) else default
        return f"{text} (default: {shown})"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``govtext`` command."""
    parser = argparse.ArgumentParser(
        prog="govtext",
        description="Text analysis of Chinese official work reports.",
        epilog="Run 'govtext COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"govtext {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, command in COMMANDS.items():
        p = sub.add_parser(
            name,
            help=command.help,
            description=command.help,
            epilog=f"example:\n  {EXAMPLES[name]}" if name in EXAMPLES else None,
            formatter_class=_HelpFormatter,
        )
        p.add_argument(
            "path",
            nargs="*",
            metavar="PATH",
            help="folder, file (.txt .md .docx .pdf .jsonl .csv) or several of them",
        )
        command.add_arguments(p)
        p.add_argument(
            "--format",
            choices=command.formats,
            default=None,
            help=f"output format (default: {command.formats[0]}; implied by --output's suffix)",
        )
        p.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
        p.add_argument("--quiet", "-q", action="store_true", help="no progress bar or notes")
        p.add_argument(
            "--verbose", "-v", action="store_true",
            help="list each file skipped as not a document (hidden, README, metadata, this "
            "run's output), with the reason; by default they are only counted (not with "
            "--quiet)",
        )
        p.add_argument(
            "--max-bytes", type=positive_int, default=None, metavar="N",
            help="files larger than N bytes are named and not read (default: 268435456, "
            "256 MiB)",
        )
        p.set_defaults(_command=command)
    return parser


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: Any = None,
    line: str | None = None,
) -> None:
    """Print govtext's own warnings as ``govtext: warning: ...``, others as Python does."""
    if category.__module__.split(".")[0] == "govtext":
        print(f"govtext: warning: {message}", file=sys.stderr)
    else:
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code.

    Examples
    --------
    >>> main(["stats", "no/such/folder", "--quiet"])
    1
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help/--version exit 0, usage errors exit 2
        return int(exc.code) if isinstance(exc.code, int) else 2
    args.path = [*args.path, *getattr(args, "trailing_paths", [])]
    if not args.path:
        print(f"govtext {args.command}: error: the following arguments are required: PATH",
              file=sys.stderr)
        return 2
    command: Command = args._command
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _show_warning
            return command.run(args)
    except CLIError as exc:
        print(f"govtext: error: {exc}", file=sys.stderr)
        return exc.code
    except ParameterError as exc:  # a bad option value: usage
        print(f"govtext: error: {exc}", file=sys.stderr)
        return 2
    except (ValueError, TypeError) as exc:  # the input cannot be used
        print(f"govtext: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # pragma: no cover - e.g. `govtext stats . | head`
        with contextlib.suppress(Exception):
            sys.stdout = io.TextIOWrapper(io.BytesIO())
        return 0
    except (OSError, ImportError) as exc:
        print(f"govtext: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # pragma: no cover
        print("govtext: interrupted", file=sys.stderr)
        return 130
