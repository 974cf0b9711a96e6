"""The issue taxonomy: categories of problem statements and their cue words.

A packaged resource (``govtext/data/issue_taxonomy.tsv``), loaded lazily and cached; a
research group's own taxonomy is an :class:`IssueTaxonomy` built with
:meth:`IssueTaxonomy.from_categories` or read with :func:`read_issue_taxonomy`, and
travels in a :class:`govtext.Config`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["OTHER", "IssueCategory", "IssueTaxonomy", "load_issue_taxonomy", "read_issue_taxonomy"]

#: Category of a statement that matches no cue of the taxonomy.
OTHER = "other"

_TAXONOMY_COLUMNS = ("category", "label", "group", "description", "cues", "weak_cues")
#: Weights of a strong and a weak cue.
STRONG = 2
WEAK = 1


# --------------------------------------------------------------------------- taxonomy


@dataclass(frozen=True)
class IssueCategory:
    """One category of the issue taxonomy.

    Attributes
    ----------
    category : str
        Identifier, e.g. ``responsibility``.
    label : str
        Chinese name, e.g. ``责任落实与压力传导``.
    group : str
        ``party_building`` (party-building and responsibility reports) or ``government``
        (government work reports).
    description : str
        What statements of the category are about.
    cues : tuple of str
        Specific phrases (weight 2).
    weak_cues : tuple of str
        Generic words (weight 1).
    """

    category: str
    label: str
    group: str
    description: str
    cues: tuple[str, ...]
    weak_cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class IssueTaxonomy:
    """An immutable taxonomy of problem statements with its cue matcher.

    Examples
    --------
    >>> tax = load_issue_taxonomy()
    >>> tax["responsibility"].label
    '责任落实与压力传导'
    >>> tax.match("压力传导还不够坚实")
    [('压力传导', 'responsibility', 2, 0)]
    """

    categories: tuple[IssueCategory, ...]
    _cues: Mapping[str, tuple[str, int]] = field(repr=False, compare=False, hash=False)
    _pattern: re.Pattern[str] | None = field(repr=False, compare=False, hash=False)
    _by_name: Mapping[str, IssueCategory] = field(repr=False, compare=False, hash=False)

    @property
    def cue_weights(self) -> Mapping[str, tuple[str, int]]:
        """Every cue with its category and weight (:data:`STRONG` or :data:`WEAK`)."""
        return self._cues

    @classmethod
    def from_categories(cls, categories: Iterable[IssueCategory]) -> IssueTaxonomy:
        """Build a taxonomy; a cue may belong to one category only."""
        cats = tuple(categories)
        cues: dict[str, tuple[str, int]] = {}
        by_name: dict[str, IssueCategory] = {}
        for cat in cats:
            if cat.category in by_name or cat.category == OTHER:
                raise ValueError(f"Issue category {cat.category!r} is defined twice or reserved.")
            by_name[cat.category] = cat
            for cue, weight in [(c, STRONG) for c in cat.cues] + [
                (c, WEAK) for c in cat.weak_cues
            ]:
                if cue in cues:
                    raise ValueError(
                        f"Cue {cue!r} belongs to both {cues[cue][0]!r} and {cat.category!r}."
                    )
                cues[cue] = (cat.category, weight)
        ordered = sorted(cues, key=lambda c: (-len(c), c))
        pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None
        return cls(cats, MappingProxyType(cues), pattern, MappingProxyType(by_name))

    def __iter__(self) -> Iterator[IssueCategory]:
        return iter(self.categories)

    def __len__(self) -> int:
        return len(self.categories)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def __getitem__(self, name: str) -> IssueCategory:
        return self._by_name[name]

    @property
    def names(self) -> tuple[str, ...]:
        """Category identifiers in taxonomy order."""
        return tuple(c.category for c in self.categories)

    def match(self, text: str) -> list[tuple[str, str, int, int]]:
        """Cue matches in ``text``: ``(cue, category, weight, position)``, leftmost-longest."""
        if self._pattern is None:
            return []
        out = []
        for m in self._pattern.finditer(text):
            category, weight = self._cues[m.group()]
            out.append((m.group(), category, weight, m.start()))
        return out

    def to_frame(self) -> pd.DataFrame:
        """The taxonomy as a DataFrame, one row per category."""
        import pandas as pd

        return pd.DataFrame(
            [
                {
                    "category": c.category,
                    "label": c.label,
                    "group": c.group,
                    "description": c.description,
                    "cues": list(c.cues),
                    "weak_cues": list(c.weak_cues),
                }
                for c in self.categories
            ]
        )


def _split_cues(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _parse_taxonomy(text: str) -> IssueTaxonomy:
    rows = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = set(_TAXONOMY_COLUMNS) - set(rows.fieldnames or ())
    if missing:
        raise ValueError(f"issue_taxonomy.tsv lacks the columns {sorted(missing)}")
    cats = []
    for row in rows:
        name = (row["category"] or "").strip()
        if not name or name.startswith("#"):
            continue
        cats.append(
            IssueCategory(
                category=name,
                label=(row["label"] or "").strip(),
                group=(row["group"] or "").strip(),
                description=(row["description"] or "").strip(),
                cues=_split_cues(row["cues"]),
                weak_cues=_split_cues(row["weak_cues"]),
            )
        )
    return IssueTaxonomy.from_categories(cats)


@cache
def load_issue_taxonomy() -> IssueTaxonomy:
    """Load the packaged issue taxonomy (``govtext/data/issue_taxonomy.tsv``), cached.

    Returns
    -------
    IssueTaxonomy

    Examples
    --------
    >>> tax = load_issue_taxonomy()
    >>> "supervision" in tax, "party_business_integration" in tax
    (True, True)
    >>> tax["work_style"].label
    '作风与形式主义'
    """
    from govtext.lexicon import read_data_file

    return _parse_taxonomy(read_data_file("issue_taxonomy.tsv"))


def read_issue_taxonomy(path: str) -> IssueTaxonomy:
    r"""Read an issue taxonomy from a TSV file in the columns of the packaged one.

    Parameters
    ----------
    path : str or path-like
        A UTF-8 TSV file with the columns ``category, label, group, description, cues,
        weak_cues`` (cues ``|``-separated).

    Returns
    -------
    IssueTaxonomy

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "t.tsv").write_text(
    ...     "category\tlabel\tgroup\tdescription\tcues\tweak_cues\n"
    ...     "grain\t粮食安全\teconomy\t\t粮食|耕地\t\n", encoding="utf-8")
    >>> read_issue_taxonomy(d / "t.tsv").categories[0].cues
    ('粮食', '耕地')
    """
    from pathlib import Path

    return _parse_taxonomy(Path(path).read_text(encoding="utf-8"))
