"""No passage of the State Council corpus is copied into the repository.

Labelled sets refer to the corpus by title/year and offsets; tests use made-up text in
the genre's style; notebooks print positions, not context, for the State Council
reports.  This test looks for any run of MIN_CHARS characters (whitespace ignored) that a
string literal, a notebook cell or output, or a line of a data or documentation file
shares with the corpus.  Record titles are metadata and may be named in full; slogans
and stock phrases are shorter than MIN_CHARS.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path

from .conftest import ROOT

MIN_CHARS = 24
_SPACE = re.compile(r"\s+")


def _squeeze(text: str) -> str:
    return _SPACE.sub("", text)


def _pieces(path: Path) -> Iterator[tuple[str, str]]:
    """(place, text) of every string literal, notebook cell and output, or line."""
    name = str(path.relative_to(ROOT))
    if path.suffix == ".py":
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield f"{name}:{node.lineno}", node.value
    elif path.suffix == ".ipynb":
        notebook = json.loads(path.read_text(encoding="utf-8"))
        for i, cell in enumerate(notebook["cells"]):
            yield f"{name}:cell {i}", "".join(cell.get("source", ""))
            for output in cell.get("outputs", []):
                texts = [output.get("text", "")]
                texts += [v for k, v in output.get("data", {}).items() if k.startswith("text/")]
                for text in texts:
                    yield f"{name}:cell {i} output", "".join(text)
    else:
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            yield f"{name}:{lineno}", line


def _files() -> list[Path]:
    patterns = ["govtext/*.py", "govtext/data/*", "tests/*.py", "tests/data/*",
                "notebooks/*.py", "notebooks/*.ipynb", "benchmarks/*", "corpus/*.md",
                "*.md", "pyproject.toml"]
    return sorted({p for pattern in patterns for p in ROOT.glob(pattern) if p.is_file()})


def test_no_state_council_passage_in_the_repository(
    gwr_records: list[dict[str, str]],
) -> None:
    contents = [_squeeze(r["content"]) for r in gwr_records]
    titles = [_squeeze(r["title"]) for r in gwr_records]
    windows = {
        hash(text[i : i + MIN_CHARS])
        for text in contents
        for i in range(len(text) - MIN_CHARS + 1)
    }
    copied: list[tuple[str, str]] = []
    for path in _files():
        for place, text in _pieces(path):
            squeezed = _squeeze(text)
            for i in range(len(squeezed) - MIN_CHARS + 1):
                window = squeezed[i : i + MIN_CHARS]
                if (
                    hash(window) in windows
                    and any(window in c for c in contents)
                    and not any(window in t for t in titles)
                ):
                    copied.append((place, window))
                    break
    print(f"\n{len(_files())} files checked for runs of {MIN_CHARS} characters of the corpus")
    assert copied == []
