"""Commitment cues: the packaged cue words of :func:`govtext.extract_commitments`.

``govtext/data/commitment_cues.tsv`` lists regular expressions by cue type (forward
cues such as 要, 将, 力争; retrospective cues such as 已, 完成了; quantities, deadlines,
frequencies ...).  They are compiled once, cached, and travel in a
:class:`govtext.Config` (``Config(cues=...)``: a registered name or a
:class:`CommitmentCues`), so a research group can use cue sets of its own.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from functools import cache

__all__ = ["CUE_TYPES", "CommitmentCues", "load_commitment_cues", "read_commitment_cues"]

#: The cue types, in the order of the columns of the sentence filter.
CUE_TYPES = (
    "exclude",
    "forward",
    "target",
    "retrospective",
    "statement",
    "declarative",
    "problem",
    "frequency",
    "deadline",
    "threshold",
)


@dataclass(frozen=True, eq=False)
class CommitmentCues:
    """Compiled cue patterns, one alternation per cue type (``data/commitment_cues.tsv``).

    Compared and hashed by identity (a :class:`govtext.Config` holds one).
    ``fast`` holds the same patterns rewritten so that a search skips quickly to where a
    match can start (:func:`govtext._fastre.literal_first`: the same matches).
    """

    patterns: dict[str, re.Pattern[str]]
    fast: dict[str, re.Pattern[str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        from govtext._fastre import literal_first

        fast = {kind: literal_first(p) for kind, p in self.patterns.items()}
        object.__setattr__(self, "fast", fast)

    def search(self, kind: str, text: str) -> re.Match[str] | None:
        """First match of the cues of ``kind`` in ``text``."""
        return self.fast[kind].search(text)


@cache
def load_commitment_cues() -> CommitmentCues:
    """Load and compile ``govtext/data/commitment_cues.tsv`` (cached).

    Examples
    --------
    >>> cues = load_commitment_cues()
    >>> cues.search("forward", "全体党员干部要带头落实").group()
    '要'
    >>> cues.search("retrospective", "问题已全部整改到位").group()
    '已'
    """
    from govtext.lexicon import read_data_file

    return _parse_cues(read_data_file("commitment_cues.tsv"), "commitment_cues.tsv")


def _parse_cues(text: str, source: str) -> CommitmentCues:
    rows = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    by_type: dict[str, list[str]] = {t: [] for t in CUE_TYPES}
    for row in rows:
        kind = (row.get("type") or "").strip()
        if kind not in by_type:
            raise ValueError(f"{source} line {rows.line_num}: unknown cue type {kind!r}")
        pattern = row.get("pattern") or ""
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"{source} line {rows.line_num}: bad pattern ({exc})") from None
        by_type[kind].append(f"(?:{pattern})")
    return CommitmentCues({k: re.compile("|".join(v) or "(?!)") for k, v in by_type.items()})


def read_commitment_cues(path: str) -> CommitmentCues:
    r"""Read a cue set from a TSV file in the columns of the packaged one (type, pattern).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "cues.tsv"
    >>> _ = f.write_text("type\tpattern\nforward\t要|将\n", encoding="utf-8")
    >>> read_commitment_cues(f).search("forward", "将推进").group()
    '将'
    """
    from pathlib import Path

    p = Path(path)
    return _parse_cues(p.read_text(encoding="utf-8"), str(p))
