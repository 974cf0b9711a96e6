"""Dictionaries of one's own categories, counted per document (quanteda ``dfm_lookup``).

A dictionary maps categories to terms.  It is read from YAML in the layout quanteda and
cntext users know, or from a TSV (:func:`read_dictionary`), built from a mapping, or
loaded from the data govtext ships (:func:`load_dictionary`: the issue taxonomy and the
commitment cues).  :func:`count_dictionary` gives one row per document and category with
the count, the rate per 10,000 Han characters and the terms matched.

File layouts
------------
YAML, a mapping of category to terms; nested mappings give categories joined by ``.``
(as quanteda does)::

    problems:
      - 形式主义
      - 官僚主义
    discipline:
      strict: [从严治党, 全面从严治党]
      integrity: [/廉洁(?:自律|从政)/]

cntext's layout (``Name``, ``Desc``, ``Category`` and the terms under ``Dictionary``) is
read as well.  TSV: one ``category<TAB>term`` a line; a first line ``category<TAB>term``
is a header, lines starting with ``#`` are comments.

A term written between slashes (``/廉洁(?:自律|从政)/``) is a regular expression; any
other term is matched literally.

Counting
--------
Terms are matched in the normalized text (full-width letters and digits folded,
invisible characters and soft line breaks removed: :func:`govtext.normalize`), so a term
broken across a line still counts.  Within a category the matches do not overlap and
the longest term wins at a place (全面从严治党 is one match, not also 从严治党); each
category is counted on its own, so a term listed in two categories counts in both.

Examples
--------
>>> import pandas as pd
>>> corpus = pd.DataFrame({"doc_id": ["a"], "text": ["反对形式主义、官僚主义，坚持全面从严治党。"]})
>>> table = count_dictionary(corpus, {"作风": ["形式主义", "官僚主义"], "治党": ["从严治党"]})
>>> table[["doc_id", "category", "count", "matched"]].values.tolist()
[['a', '作风', 2, '形式主义;官僚主义'], ['a', '治党', 1, '从严治党']]
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from os import PathLike, fspath
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govtext._util import ParameterError, check_positive_int
from govtext.config import Config

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "PACKAGED_DICTIONARIES",
    "Dictionary",
    "DictionaryCategory",
    "count_dictionary",
    "load_dictionary",
    "read_dictionary",
]

#: Names of the dictionaries :func:`load_dictionary` builds from govtext's data.
PACKAGED_DICTIONARIES = ("issue_taxonomy", "commitment_cues")

_NOT_METADATA = ("text", "path", "encoding")
_REGEX_RE = re.compile(r"^/(.+)/$", re.DOTALL)


@dataclass(frozen=True)
class DictionaryCategory:
    """One category: its literal terms and its regular expressions."""

    name: str
    terms: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()

    @property
    def entries(self) -> tuple[str, ...]:
        """Terms and patterns as written in a file (patterns between slashes)."""
        return self.terms + tuple(f"/{p}/" for p in self.patterns)


@dataclass(frozen=True)
class Dictionary:
    """Categories of terms and patterns, immutable.

    Build one with :meth:`from_mapping`, :func:`read_dictionary` or
    :func:`load_dictionary`.

    Examples
    --------
    >>> d = Dictionary.from_mapping({"治党": ["从严治党", "/党风廉政(?:建设)?/"]})
    >>> d.names, d["治党"].terms, d["治党"].patterns
    (('治党',), ('从严治党',), ('党风廉政(?:建设)?',))
    """

    categories: tuple[DictionaryCategory, ...]
    name: str = ""
    _regex: dict[str, re.Pattern[str] | None] = field(
        default_factory=dict, repr=False, compare=False, hash=False
    )

    @classmethod
    def from_mapping(cls, mapping: Mapping[Any, Any], *, name: str = "") -> Dictionary:
        """A dictionary from ``{category: [term, ...]}`` (nested mappings joined by ``.``).

        A term between slashes is a regular expression; a category may also be a single
        term (a str).
        """
        flat: dict[str, list[str]] = {}
        _flatten(mapping, "", flat)
        return cls._build(flat, name=name)

    @classmethod
    def _build(cls, flat: Mapping[str, Iterable[str]], *, name: str = "") -> Dictionary:
        cats = []
        for cat, entries in flat.items():
            terms: list[str] = []
            patterns: list[str] = []
            for entry in entries:
                text = str(entry).strip()
                if not text:
                    continue
                m = _REGEX_RE.match(text)
                if m:
                    try:
                        re.compile(m.group(1))
                    except re.error as exc:
                        raise ValueError(
                            f"dictionary category {cat!r}: {text!r} is not a valid regular "
                            f"expression ({exc})"
                        ) from None
                    if m.group(1) not in patterns:
                        patterns.append(m.group(1))
                else:
                    from govtext.normalization import normalize

                    norm = normalize(text)
                    if norm not in terms:
                        terms.append(norm)
            cats.append(DictionaryCategory(str(cat), tuple(terms), tuple(patterns)))
        if not cats:
            raise ValueError("the dictionary has no category")
        return cls(tuple(cats), name=name)

    def __iter__(self) -> Any:
        return iter(self.categories)

    def __len__(self) -> int:
        return len(self.categories)

    def __getitem__(self, name: str) -> DictionaryCategory:
        for cat in self.categories:
            if cat.name == name:
                return cat
        raise KeyError(name)

    @property
    def names(self) -> tuple[str, ...]:
        """Category names in dictionary order."""
        return tuple(c.name for c in self.categories)

    def regex(self, category: str) -> re.Pattern[str] | None:
        """The one pattern that finds a category's terms (longest first), or None."""
        if category not in self._regex:
            cat = self[category]
            parts = [re.escape(t) for t in sorted(cat.terms, key=lambda t: (-len(t), t))]
            parts += [f"(?:{p})" for p in cat.patterns]
            self._regex[category] = re.compile("|".join(parts)) if parts else None
        return self._regex[category]

    def to_frame(self) -> pd.DataFrame:
        """One row per category and entry: ``category``, ``term``, ``regex``."""
        import pandas as pd

        rows = [
            {"category": c.name, "term": t, "regex": False} for c in self.categories
            for t in c.terms
        ] + [
            {"category": c.name, "term": p, "regex": True} for c in self.categories
            for p in c.patterns
        ]
        table: pd.DataFrame = pd.DataFrame(rows, columns=["category", "term", "regex"])
        return table


def _flatten(node: Any, prefix: str, out: dict[str, list[str]]) -> None:
    if isinstance(node, Mapping):
        for key, value in node.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            if isinstance(value, Mapping):
                _flatten(value, name, out)
            elif isinstance(value, str):
                out.setdefault(name, []).append(value)
            elif isinstance(value, Iterable):
                items = []
                for item in value:
                    if isinstance(item, Mapping):  # a list of sub-dictionaries
                        _flatten(item, name, out)
                    elif item is not None:
                        items.append(str(item))
                if items or name not in out:
                    out.setdefault(name, []).extend(items)
            elif value is not None:
                out.setdefault(name, []).append(str(value))
            else:
                out.setdefault(name, [])
    else:
        raise ValueError(
            "a dictionary is a mapping of category to terms; got "
            f"{type(node).__name__}"
        )


def _cntext_body(data: Mapping[Any, Any]) -> tuple[Mapping[Any, Any], str]:
    """The terms of a cntext-layout YAML (``Dictionary:`` under the header keys)."""
    keys = {str(k).lower(): k for k in data}
    if "dictionary" in keys and isinstance(data[keys["dictionary"]], Mapping):
        name = str(data.get(keys["name"], "")) if "name" in keys else ""
        return data[keys["dictionary"]], name
    return data, ""


def read_dictionary(path: str | PathLike[str]) -> Dictionary:
    r"""Read a dictionary from a YAML (``.yaml``, ``.yml``) or TSV (``.tsv``, ``.txt``) file.

    Parameters
    ----------
    path : str or path-like
        The file; its layout is described in :mod:`govtext.dictionary`.

    Returns
    -------
    Dictionary

    Raises
    ------
    ParameterError
        For a file of another kind.
    ValueError
        When the file cannot be read as a dictionary (the message says why).

    Examples
    --------
    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "d.yaml")
    >>> _ = open(path, "w", encoding="utf-8").write("作风:\n  - 形式主义\n  - 官僚主义\n")
    >>> read_dictionary(path)["作风"].terms
    ('形式主义', '官僚主义')
    """
    target = Path(fspath(path))
    suffix = target.suffix.lower()
    if suffix not in (".yaml", ".yml", ".tsv", ".txt"):
        raise ParameterError(
            "The 'path' parameter of read_dictionary must be a .yaml, .yml or .tsv file. "
            f"Got {fspath(path)!r} instead."
        )
    try:
        text = target.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValueError(f"cannot read {target}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ValueError(f"{target}: a dictionary file must be UTF-8") from None
    if suffix in (".yaml", ".yml"):
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ValueError(f"{target}: not valid YAML ({exc})".replace("\n", " ")) from None
        if not isinstance(data, Mapping):
            raise ValueError(f"{target}: a dictionary is a mapping of category to terms")
        body, name = _cntext_body(data)
        try:
            return Dictionary.from_mapping(body, name=name or target.stem)
        except ValueError as exc:
            raise ValueError(f"{target}: {exc}") from None
    flat: dict[str, list[str]] = {}
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    for lineno, row in enumerate(reader, start=1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if lineno == 1 and [c.strip().lower() for c in row[:2]] == ["category", "term"]:
            continue
        if len(row) < 2 or not row[0].strip() or not row[1].strip():
            raise ValueError(f"{target}, line {lineno}: expected category<TAB>term")
        flat.setdefault(row[0].strip(), []).append(row[1].strip())
    try:
        return Dictionary._build(flat, name=target.stem)
    except ValueError as exc:
        raise ValueError(f"{target}: {exc}") from None


def load_dictionary(name: str) -> Dictionary:
    """A dictionary built from govtext's own data.

    Parameters
    ----------
    name : {"issue_taxonomy", "commitment_cues"}
        ``issue_taxonomy``: one category per issue category, its cues and weak cues as
        terms (:func:`govtext.load_issue_taxonomy`).  ``commitment_cues``: one category
        per cue type (``forward``, ``target``, ``deadline`` ... and ``exclude``), its cue
        patterns as regular expressions (``govtext/data/commitment_cues.tsv``).  The
        counts are of cue words; :func:`govtext.extract_commitments` and
        :func:`govtext.extract_issues` apply them with their context rules.

    Returns
    -------
    Dictionary

    Examples
    --------
    >>> d = load_dictionary("issue_taxonomy")
    >>> "形式主义" in d["work_style"].terms
    True
    >>> "forward" in load_dictionary("commitment_cues").names
    True
    """
    if name == "issue_taxonomy":
        from govtext.taxonomy import load_issue_taxonomy

        return Dictionary._build(
            {c.category: [*c.cues, *c.weak_cues] for c in load_issue_taxonomy()}, name=name
        )
    if name == "commitment_cues":
        from govtext.cues import load_commitment_cues

        cues = load_commitment_cues()
        return Dictionary._build(
            {kind: [f"/{p.pattern}/"] for kind, p in cues.patterns.items()
             if p.pattern != "(?!)"},
            name=name,
        )
    allowed = ", ".join(repr(n) for n in PACKAGED_DICTIONARIES)
    raise ParameterError(
        f"The 'name' parameter of load_dictionary must be one of {allowed}. "
        f"Got {name!r} instead."
    )


def as_dictionary(dictionary: Any) -> Dictionary:
    """A :class:`Dictionary` from a dictionary, a mapping, a file or a packaged name.

    Examples
    --------
    >>> as_dictionary({"治党": ["从严治党"]}).names
    ('治党',)
    """
    if isinstance(dictionary, Dictionary):
        return dictionary
    if isinstance(dictionary, Mapping):
        return Dictionary.from_mapping(dictionary)
    if isinstance(dictionary, (str, PathLike)):
        path = Path(fspath(dictionary))
        if not path.exists() and str(dictionary) in PACKAGED_DICTIONARIES:
            return load_dictionary(str(dictionary))
        if not path.exists():
            raise ValueError(
                f"no dictionary file {fspath(dictionary)!r} (packaged dictionaries: "
                f"{', '.join(PACKAGED_DICTIONARIES)})"
            )
        return read_dictionary(path)
    raise TypeError(
        "dictionary must be a Dictionary, a mapping of category to terms, a file path or "
        f"a packaged name; got {type(dictionary).__name__}"
    )


def _corpus_frame(corpus: Any) -> pd.DataFrame:
    import pandas as pd

    from govtext.corpus import as_corpus, doc_ids

    if isinstance(corpus, Mapping):
        corpus = pd.DataFrame({"doc_id": list(corpus), "text": list(corpus.values())})
    frame = as_corpus(corpus, "count_dictionary")
    named: pd.DataFrame = frame.assign(doc_id=doc_ids(frame, "count_dictionary"))
    return named


def count_dictionary(
    corpus: Any, dictionary: Any, *, per: int = 10_000, config: Config | None = None
) -> pd.DataFrame:
    """Count a dictionary's categories in every document.

    Parameters
    ----------
    corpus : DataFrame, mapping or path
        A corpus from :func:`govtext.read_corpus`, a mapping of doc_id -> text, or paths
        to read with it.
    dictionary : Dictionary, mapping, path or str
        ``{category: [term, ...]}``, a YAML or TSV file (:func:`read_dictionary`), a
        :class:`Dictionary`, or the name of a packaged one (:func:`load_dictionary`).
    per : int, default 10000
        ``rate`` is the count per this many Han characters.
    config : Config, optional
        The normalization policy (t2s) of the texts matched (:class:`govtext.Config`).

    Returns
    -------
    pandas.DataFrame
        One row per document and category, in corpus and dictionary order (a category
        not found counts 0): ``doc_id``, the document's metadata (``title``, ``year``,
        ``doc_type``, ``org`` and the corpus's other columns, not the text), then
        ``category``, ``count``, ``n_han``, ``rate`` (NaN for a document without Han
        characters) and ``matched`` (the distinct terms found, as written in the
        normalized text, most frequent first, joined by ``;``).  ``attrs["per"]`` is
        the rate's base, ``attrs["dictionary"]`` the dictionary's name.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "year": [2021, 2022],
    ...     "text": ["加强党风廉政建设。", "廉洁自律，廉洁从政，廉洁自律。"]})
    >>> d = {"integrity": ["党风廉政建设", "/廉洁(?:自律|从政)/"]}
    >>> count_dictionary(corpus, d)[["doc_id", "year", "count", "matched"]].values.tolist()
    [['a', 2021, 1, '党风廉政建设'], ['b', 2022, 3, '廉洁自律;廉洁从政']]
    """
    import math

    import pandas as pd

    from govtext.document import Document

    per = check_positive_int(per, "per", "count_dictionary")
    dic = as_dictionary(dictionary)
    frame = _corpus_frame(corpus)
    meta = [c for c in frame.columns if c not in _NOT_METADATA and c != "doc_id"]
    records = frame[["doc_id", *meta]].to_dict("records")
    rows: list[dict[str, Any]] = []
    for record, text in zip(records, frame["text"].tolist(), strict=True):
        if isinstance(text, str) and text:
            doc = Document(text, config=config)
            norm = doc.normalized.text
            n_han = doc.n_han
        else:
            norm, n_han = "", 0
        for cat in dic.categories:
            regex = dic.regex(cat.name)
            found: Counter[str] = Counter()
            if regex is not None and norm:
                found.update(m.group(0) for m in regex.finditer(norm) if m.end() > m.start())
            count = sum(found.values())
            matched = ";".join(t for t, _ in found.most_common())
            rows.append(
                {
                    **record,
                    "category": cat.name,
                    "count": count,
                    "n_han": n_han,
                    "rate": count / n_han * per if n_han else math.nan,
                    "matched": matched,
                }
            )
    columns = ["doc_id", *meta, "category", "count", "n_han", "rate", "matched"]
    out: pd.DataFrame = pd.DataFrame(rows, columns=columns)
    out = out.astype({"count": "int64", "n_han": "int64", "rate": "float64"})
    for c in meta:
        if c in frame.columns:
            out[c] = out[c].astype(frame[c].dtype)
    out.attrs["per"] = per
    out.attrs["dictionary"] = dic.name
    return out
