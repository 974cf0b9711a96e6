"""Packaged lexicons: official slogans (提法) and stopwords.

The files live in ``govtext/data`` and are read through :mod:`importlib.resources`,
parsed on first use, cached, and returned as immutable objects.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from os import PathLike
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from govtext._util import check_choice

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "CATEGORIES",
    "Lexicon",
    "SloganEntry",
    "load_lexicon",
    "load_stopwords",
    "read_data_file",
    "read_lexicon",
]

#: The category vocabulary of ``slogans.tsv`` (documented in ``govtext/data/README.md``).
CATEGORIES: tuple[str, ...] = (
    "ideology",
    "party_building",
    "party_discipline",
    "governance",
    "economy",
    "society",
    "ecology",
    "culture",
    "education_science",
    "foreign_policy",
    "defense",
    "unification",
)

_NUMERALS = set("一二两三四五六七八九十百千万双单0123456789")
# Words whose numeral character is lexical, not a count: 和平统一 and 大众创业、万众创新
# are not numeric formulas although they contain 一 and 万.
_LEXICAL_NUMERALS = ("统一", "唯一", "一起", "一致", "一切", "同一", "万众")
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
        """Whether the canonical form counts something (四个意识, 一国两制, 十四五).

        A numeral inside an ordinary word does not count: 大众创业、万众创新 is not
        numeric, 第一议题 (an ordinal) is.

        Examples
        --------
        >>> load_lexicon()["一国两制"].numeric
        True
        >>> load_lexicon()["大众创业、万众创新"].numeric
        False
        """
        text = self.canonical
        for word in _LEXICAL_NUMERALS:
            text = text.replace(word, "")
        return any(ch in _NUMERALS for ch in text)


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
    >>> "创新发展理念" in lex.blockers
    True

    Attributes
    ----------
    entries : tuple of SloganEntry
        The formulations, in file order.
    blockers : frozenset of str
        Words that contain a slogan form but are not that slogan (创新发展理念
        contains 新发展理念).  A matcher should try them with the slogan forms,
        longest first, and drop their matches.
    """

    entries: tuple[SloganEntry, ...]
    _by_form: Mapping[str, SloganEntry] = field(repr=False, compare=False, hash=False)
    blockers: frozenset[str] = field(default=frozenset(), repr=False)

    @classmethod
    def from_entries(
        cls,
        entries: tuple[SloganEntry, ...] | list[SloganEntry],
        *,
        blockers: Iterable[str] = (),
    ) -> Lexicon:
        """Build a lexicon; a surface form may belong to one entry only.

        Parameters
        ----------
        entries : sequence of SloganEntry
        blockers : iterable of str, optional
            Words that contain a slogan form without being that slogan.  Each must
            contain at least one form and must not itself be a form.

        Examples
        --------
        >>> e = SloganEntry("四风", (), "party_discipline", 2013, "four bad work styles")
        >>> len(Lexicon.from_entries([e]))
        1
        """
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
        blocked = frozenset(blockers)
        for word in sorted(blocked):
            if word in by_form:
                raise ValueError(f"Blocker {word!r} is itself a slogan form.")
            if not any(form in word for form in by_form):
                raise ValueError(f"Blocker {word!r} contains no slogan form; remove it.")
        return cls(tuple(entries), MappingProxyType(by_form), blocked)

    def __contains__(self, form: object) -> bool:
        return form in self._by_form

    def __getitem__(self, form: str) -> SloganEntry:
        return self._by_form[form]

    def __iter__(self) -> Iterator[SloganEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __hash__(self) -> int:
        # the hash dataclass gives a frozen class (of the compared fields), computed
        # once: the caches keyed by a lexicon hash it on every call, and hashing every
        # entry took 0.1 ms
        cached: int | None = self.__dict__.get("_hash")
        if cached is None:
            cached = hash((self.entries, self.blockers))
            object.__setattr__(self, "_hash", cached)
        return cached

    def __getstate__(self) -> dict[str, Any]:
        # the hash of str differs between processes: never pickled
        state = dict(self.__dict__)
        state.pop("_hash", None)
        return state

    def get(self, form: str) -> SloganEntry | None:
        """Entry of a surface form, or None."""
        return self._by_form.get(form)

    def canonical(self, form: str) -> str | None:
        """Canonical form of a surface form, or None when the form is not listed."""
        entry = self._by_form.get(form)
        return entry.canonical if entry else None

    @cached_property
    def forms(self) -> tuple[str, ...]:
        """Every surface form, longest first (the order a matcher should try them)."""
        return tuple(sorted(self._by_form, key=lambda f: (-len(f), f)))

    @property
    def categories(self) -> tuple[str, ...]:
        """The categories used by the entries, in the order of :data:`CATEGORIES`.

        Examples
        --------
        >>> load_lexicon().categories[:3]
        ('ideology', 'party_building', 'party_discipline')
        """
        used = {e.category for e in self.entries}
        known = [c for c in CATEGORIES if c in used]
        return (*known, *sorted(used.difference(CATEGORIES)))

    def with_entries(self, entries: Iterable[SloganEntry]) -> Lexicon:
        """Return this lexicon with ``entries`` added; an entry replaces one of the same forms.

        Examples
        --------
        >>> e = SloganEntry("强省会", (), "economy", None, "strong provincial capital")
        >>> lex = load_lexicon().with_entries([e])
        >>> "强省会" in lex, len(lex) == len(load_lexicon()) + 1
        (True, True)
        """
        added = tuple(entries)
        if not added:
            return self
        taken = {form for entry in added for form in entry.forms}
        kept = [e for e in self.entries if not taken.intersection(e.forms)]
        blockers = {b for b in self.blockers if b not in taken}
        return Lexicon.from_entries([*kept, *added], blockers=blockers)

    def filter(
        self,
        *,
        numeric: bool | None = None,
        category: str | Iterable[str] | None = None,
    ) -> Lexicon:
        """A sub-lexicon of the entries that match every given condition.

        Parameters
        ----------
        numeric : bool, optional
            Keep only numeric formulations (True) or only the others (False).
        category : str or iterable of str, optional
            Keep only these categories (see :data:`CATEGORIES`).

        Returns
        -------
        Lexicon
            A new lexicon; the blockers that still apply are kept.

        Examples
        --------
        >>> discipline = load_lexicon().filter(category="party_discipline", numeric=True)
        >>> "四风" in discipline, "全面从严治党" in discipline
        (True, False)
        """
        cats: frozenset[str] | None = None
        if category is not None:
            cats = frozenset([category] if isinstance(category, str) else category)
            for cat in sorted(cats):
                check_choice(cat, "category", "Lexicon.filter", CATEGORIES)
        kept = [
            e
            for e in self.entries
            if (numeric is None or e.numeric == numeric) and (cats is None or e.category in cats)
        ]
        forms = [f for e in kept for f in e.forms]
        blockers = [b for b in self.blockers if any(f in b for f in forms)]
        return Lexicon.from_entries(kept, blockers=blockers)

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


def _parse_entries(
    text: str, source: str = "slogans.tsv", required: Iterable[str] = _COLUMNS
) -> list[SloganEntry]:
    rows = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = set(required) - set(rows.fieldnames or ())
    if missing:
        raise ValueError(f"{source} lacks the columns {sorted(missing)}")
    entries = []
    for row in rows:
        canonical = (row.get("canonical") or "").strip()
        if not canonical or canonical.startswith("#"):
            continue
        variants = tuple(
            v.strip() for v in (row.get("variants") or "").split("|") if v.strip()
        )
        year = (row.get("year") or "").strip()
        category = (row.get("category") or "").strip() or "governance"
        if category not in CATEGORIES:
            raise ValueError(
                f"{source} line {rows.line_num}: category {category!r} of {canonical!r} "
                f"is not one of {list(CATEGORIES)}."
            )
        if year and not (year.isdigit() and len(year) == 4):
            raise ValueError(
                f"{source} line {rows.line_num}: year {year!r} of {canonical!r} "
                "is not a four-digit year."
            )
        entries.append(
            SloganEntry(
                canonical=canonical,
                variants=variants,
                category=category,
                year=int(year) if year else None,
                gloss=(row.get("gloss") or "").strip(),
                note=(row.get("note") or "").strip(),
            )
        )
    return entries


def _parse_slogans(text: str, blockers: Iterable[str] = ()) -> Lexicon:
    return Lexicon.from_entries(_parse_entries(text), blockers=blockers)


def read_lexicon(path: str | PathLike[str]) -> tuple[SloganEntry, ...]:
    r"""Read a researcher's own slogan entries from a TSV file.

    The file has the columns of ``govtext/data/slogans.tsv`` (``canonical``, ``variants``
    ``|``-separated, ``category``, ``year``, ``gloss``, ``note``); only ``canonical`` is
    required, a missing category is ``governance``.  A bad row raises a ``ValueError``
    naming the file and the line.

    Parameters
    ----------
    path : str or path-like

    Returns
    -------
    tuple of SloganEntry
        To be added to the packaged lexicon, e.g. ``Config(entries=read_lexicon(path))``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "mine.tsv"
    >>> _ = f.write_text("canonical\tvariants\tcategory\n强省会\t强省会战略\teconomy\n",
    ...                  encoding="utf-8")
    >>> [(e.canonical, e.variants) for e in read_lexicon(f)]
    [('强省会', ('强省会战略',))]
    """
    from pathlib import Path

    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{p}: cannot read the lexicon ({exc})") from None
    return tuple(_parse_entries(text, source=str(p), required=("canonical",)))


def _parse_lines(text: str) -> list[str]:
    """Non-empty lines of a one-word-per-line file, without ``#`` comments."""
    words = (line.strip() for line in text.splitlines())
    return [w for w in words if w and not w.startswith("#")]


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
    return _load_lexicon(name)


@cache
def _load_lexicon(name: str) -> Lexicon:
    # cached on the validated name, so load_lexicon() is load_lexicon("slogans")
    blockers = _parse_lines(read_data_file("slogan_blockers.txt"))
    return _parse_slogans(read_data_file(f"{name}.tsv"), blockers)


@cache
def load_stopwords() -> frozenset[str]:
    """Official-discourse stopwords for frequency work (``govtext/data/stopwords.txt``).

    Examples
    --------
    >>> "的" in load_stopwords()
    True
    """
    return frozenset(_parse_lines(read_data_file("stopwords.txt")))
