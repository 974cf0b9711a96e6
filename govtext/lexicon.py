"""Packaged lexicons: official slogans (提法) and stopwords.

The files live in ``govtext/data`` and are read through :mod:`importlib.resources`,
parsed on first use, cached, and returned as immutable objects.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING

from govtext._util import check_choice

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["Lexicon", "SloganEntry", "load_lexicon", "load_stopwords", "read_data_file"]

_NUMERALS = set("一二两三四五六七八九十百千万双单0123456789")
_COLUMNS = ("canonical", "variants", "category", "year", "gloss", "note")


def read_data_file(name: str) -> str:
    r"""Return the text of a packaged data file (``govtext/data/<name>``).

    Examples
    --------
    >>> read_data_file("slogans.tsv").splitlines()[0].split("\t")[:3]
    ['canonical', 'variants', 'category']
    """
    return resources.files("govtext").joinpath("data").joinpath(name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class SloganEntry:
    """One official formulation.

    Attributes
    ----------
    canonical : str
        The standard written form, e.g. ``四个意识``.
    variants : tuple of str
        Other surface forms that mean the same (``不敢腐不能腐不想腐`` for
        ``不敢腐、不能腐、不想腐``; short and long forms).
    category : str
        Domain: ideology, party_discipline, party_building, governance, economy,
        society, ecology, foreign_policy, defense, ...
    year : int or None
        Year the formulation was introduced.
    gloss : str
        One-line English gloss.
    note : str
        Where the year comes from and how it was checked.
    """

    canonical: str
    variants: tuple[str, ...]
    category: str
    year: int | None
    gloss: str
    note: str = ""

    @property
    def forms(self) -> tuple[str, ...]:
        """All surface forms, canonical first."""
        return (self.canonical, *self.variants)

    @property
    def numeric(self) -> bool:
        """Whether the formulation contains a numeral (四个意识, 一国两制, 六稳六保)."""
        return any(ch in _NUMERALS for ch in self.canonical)


@dataclass(frozen=True)
class Lexicon:
    """An immutable slogan lexicon.

    Examples
    --------
    >>> lex = load_lexicon()
    >>> lex.canonical("不敢腐不能腐不想腐")
    '不敢腐、不能腐、不想腐'
    >>> "四个意识" in lex
    True
    >>> lex["四个意识"].year
    2016
    """

    entries: tuple[SloganEntry, ...]
    _by_form: Mapping[str, SloganEntry] = field(repr=False, compare=False, hash=False)

    @classmethod
    def from_entries(cls, entries: tuple[SloganEntry, ...] | list[SloganEntry]) -> Lexicon:
        """Build a lexicon; a surface form may belong to one entry only."""
        by_form: dict[str, SloganEntry] = {}
        for entry in entries:
            for form in entry.forms:
                other = by_form.get(form)
                if other is not None and other is not entry:
                    raise ValueError(
                        f"Slogan form {form!r} belongs to both {other.canonical!r} "
                        f"and {entry.canonical!r}."
                    )
                by_form[form] = entry
        return cls(tuple(entries), MappingProxyType(by_form))

    def __contains__(self, form: object) -> bool:
        return form in self._by_form

    def __getitem__(self, form: str) -> SloganEntry:
        return self._by_form[form]

    def __iter__(self) -> Iterator[SloganEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, form: str) -> SloganEntry | None:
        """Entry of a surface form, or None."""
        return self._by_form.get(form)

    def canonical(self, form: str) -> str | None:
        """Canonical form of a surface form, or None when the form is not listed."""
        entry = self._by_form.get(form)
        return entry.canonical if entry else None

    @property
    def forms(self) -> tuple[str, ...]:
        """Every surface form, longest first (the order a matcher should try them)."""
        return tuple(sorted(self._by_form, key=lambda f: (-len(f), f)))

    def to_frame(self) -> pd.DataFrame:
        """The lexicon as a DataFrame, one row per entry."""
        import pandas as pd

        frame = pd.DataFrame(
            [
                {
                    "canonical": e.canonical,
                    "variants": list(e.variants),
                    "category": e.category,
                    "year": e.year,
                    "gloss": e.gloss,
                    "numeric": e.numeric,
                    "note": e.note,
                }
                for e in self.entries
            ]
        )
        typed: pd.DataFrame = frame.astype({"year": "Int64"})
        return typed


def _parse_slogans(text: str) -> Lexicon:
    rows = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = set(_COLUMNS) - set(rows.fieldnames or ())
    if missing:
        raise ValueError(f"slogans.tsv lacks the columns {sorted(missing)}")
    entries = []
    for row in rows:
        canonical = (row["canonical"] or "").strip()
        if not canonical or canonical.startswith("#"):
            continue
        variants = tuple(v.strip() for v in (row["variants"] or "").split("|") if v.strip())
        year = (row["year"] or "").strip()
        entries.append(
            SloganEntry(
                canonical=canonical,
                variants=variants,
                category=(row["category"] or "").strip(),
                year=int(year) if year else None,
                gloss=(row["gloss"] or "").strip(),
                note=(row["note"] or "").strip(),
            )
        )
    return Lexicon.from_entries(entries)


@cache
def load_lexicon(name: str = "slogans") -> Lexicon:
    """Load a packaged slogan lexicon (parsed once, then cached).

    Parameters
    ----------
    name : {"slogans"}
        Which lexicon; ``"slogans"`` is ``govtext/data/slogans.tsv``.

    Returns
    -------
    Lexicon

    Examples
    --------
    >>> load_lexicon()["两个维护"].category
    'ideology'
    """
    check_choice(name, "name", "load_lexicon", ("slogans",))
    return _parse_slogans(read_data_file(f"{name}.tsv"))


@cache
def load_stopwords() -> frozenset[str]:
    """Official-discourse stopwords for frequency work (``govtext/data/stopwords.txt``).

    Examples
    --------
    >>> "的" in load_stopwords()
    True
    """
    words = (line.strip() for line in read_data_file("stopwords.txt").splitlines())
    return frozenset(w for w in words if w and not w.startswith("#"))
