"""Slogan counts over a corpus: summaries, frequencies by year or group, keyword in context.

Every count here is the count of :attr:`govtext.Document.slogan_hits`: a slogan's count in
a document depends on that document and the :class:`~govtext.Config` alone, whatever
other documents the corpus holds, and it is the same in :func:`govtext.stats`,
:func:`summarize_slogans` (the ``slogans`` command), :func:`term_frequency`
(``slogans --by``, ``trend``), the word cloud and :func:`govtext.dfm`.  A term asked for
with ``terms=`` is counted the same way: a term the lexicon does not list counts where
it is found as a slogan (a numeric formula); to count every writing of a word of one's
own, add it to the lexicon (``Config(entries=...)``, ``--lexicon FILE``).

Counts by year follow one document-type policy (:func:`govtext.corpus.split_doc_types`):
a corpus that mixes types is counted per type, with a warning, unless ``doc_type`` says
which to count (or ``"all"`` to pool them).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from govtext._params import (
    BOOL,
    OPTIONAL_BOOL,
    OPTIONAL_POSITIVE_INT,
    POSITIVE_INT,
    PROGRESS,
    STR,
    validate_params,
)
from govtext._util import AnalysisWarning, ParameterError, check_positive_int, warn
from govtext.config import Config, resolve_config
from govtext.corpus import as_corpus, per_document, split_doc_types
from govtext.document import Document
from govtext.normalization import normalize
from govtext.parallel import map_documents

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "MissingGroupWarning",
    "document_counts",
    "kwic",
    "summarize_slogans",
    "term_frequency",
    "warn_dropped",
]


class MissingGroupWarning(UserWarning):
    """Documents were left out of a count by group because their group is missing."""


def warn_dropped(n: int, total: int, by: str, func: str) -> None:
    """Warn that ``n`` of ``total`` documents have no ``by`` value and are left out.

    Examples
    --------
    >>> warn_dropped(0, 3, "year", "term_frequency")  # nothing left out: no warning
    """
    if n:
        warn(
            f"{func}: {n} of {total} document(s) have no {by!r} value and are left out "
            f"(see attrs['dropped']); fill the {by!r} column, e.g. in metadata.csv, to "
            "count them",
            MissingGroupWarning,
        )


def _missing(value: Any) -> bool:
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def document_counts(
    text: Any, config: Config | None = None
) -> tuple[Counter[str], dict[str, str], int, int]:
    """The slogan counts of one text under ``config``: the unit of every count.

    Returns
    -------
    (Counter, dict, int, int)
        Writings per canonical form, the source of each form (``lexicon`` or
        ``pattern``), the Han characters and all characters of the text.

    Examples
    --------
    >>> counts, sources, n_han, n_chars = document_counts("树牢“四个意识”，全面依法治国。")
    >>> sorted(counts.items()), n_han
    ([('依法治国', 1), ('全面依法治国', 1), ('四个意识', 1)], 12)
    """
    if not isinstance(text, str) or not text:
        return Counter(), {}, 0, 0 if not isinstance(text, str) else len(text)
    doc = Document(text, config=config)
    hits = doc.slogan_hits
    canon = hits["canonical"].tolist()
    sources: dict[str, str] = {}
    for name, source in zip(canon, hits["source"].tolist(), strict=True):
        if source == "lexicon" or name not in sources:
            sources[name] = source
    return Counter(canon), sources, doc.n_han, len(text)


def _per_document_counts(
    frame: pd.DataFrame, config: Config, n_jobs: int, client: Any, progress: bool | None,
    desc: str,
) -> list[tuple[Counter[str], dict[str, str], int, int]]:
    return map_documents(
        partial(document_counts, config=config),
        frame["text"].tolist(),
        n_jobs=n_jobs,
        client=client,
        progress=progress,
        desc=desc,
    )


# ------------------------------------------------------------------------ summary


@validate_params(
    {
        "top": OPTIONAL_POSITIVE_INT,
        "n_jobs": POSITIVE_INT,
        "progress": PROGRESS,
        "nested": OPTIONAL_BOOL,
    }
)
def summarize_slogans(
    corpus: Any,
    *,
    top: int | None = None,
    n_jobs: int = 1,
    client: Any = None,
    progress: bool | None = None,
    nested: bool | None = None,
    config: Config | None = None,
) -> pd.DataFrame:
    """One row per slogan of a corpus: how often, in how many documents, since when.

    Parameters
    ----------
    corpus : DataFrame or path
        A corpus from :func:`govtext.read_corpus` (``year`` is used when present), or
        paths to read with it.
    top : int, optional
        Keep the ``top`` most frequent slogans.
    n_jobs : int, default 1
        Worker processes.
    client : dask.distributed.Client, optional
        Run on a Dask cluster.
    progress : bool or None, default None
        Progress bar on stderr (``None``: only on a terminal).
    nested : bool, optional
        The counting rule, overriding ``config.nested`` (default True: the slogans
        written inside longer ones count too; False: the longest slogan at each place).
    config : Config, optional
        Lexicon and counting rule (:class:`govtext.Config`).

    Returns
    -------
    pandas.DataFrame
        ``slogan`` (canonical form, variants merged), ``count`` (writings),
        ``doc_freq``, ``first_year``, ``last_year`` (of the documents that use it),
        ``source`` (``lexicon`` or ``pattern``), ``category`` and ``gloss`` (from the
        lexicon), most frequent first.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"year": [2017, 2019],
    ...     "text": ["增强“四个意识”，开展“三比三赛”。", "树牢“四个意识”，做到“两个维护”。"]})
    >>> summarize_slogans(corpus)[["slogan", "count", "doc_freq", "first_year", "source"]]
       slogan  count  doc_freq  first_year   source
    0    四个意识      2         2        2017  lexicon
    1    三比三赛      1         1        2017  pattern
    2    两个维护      1         1        2019  lexicon
    """
    import pandas as pd

    if top is not None:
        top = check_positive_int(top, "top", "summarize_slogans")
    cfg = _with_nested(resolve_config(config, "summarize_slogans"), nested)
    frame = as_corpus(corpus, "summarize_slogans")
    per_doc = _per_document_counts(frame, cfg, n_jobs, client, progress, "slogans")
    years = frame["year"].tolist() if "year" in frame.columns else [None] * len(frame)
    count: Counter[str] = Counter()
    doc_freq: Counter[str] = Counter()
    sources: dict[str, str] = {}
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for (found, found_sources, _, _), year in zip(per_doc, years, strict=True):
        count.update(found)
        for name, source in found_sources.items():
            if source == "lexicon" or name not in sources:
                sources[name] = source
        for name in found:
            doc_freq[name] += 1
            if not _missing(year):
                y = int(year)
                first[name] = min(first.get(name, y), y)
                last[name] = max(last.get(name, y), y)
    lexicon = cfg.slogan_lexicon
    names = sorted(count, key=lambda k: (-count[k], -doc_freq[k], k))
    if top is not None:
        names = names[:top]
    rows = []
    for name in names:
        entry = lexicon.get(name)
        rows.append(
            {
                "slogan": name,
                "count": count[name],
                "doc_freq": doc_freq[name],
                "first_year": first.get(name),
                "last_year": last.get(name),
                "source": sources[name],
                "category": entry.category if entry else None,
                "gloss": entry.gloss if entry else None,
            }
        )
    columns = ["slogan", "count", "doc_freq", "first_year", "last_year", "source", "category",
               "gloss"]
    out: pd.DataFrame = pd.DataFrame(rows, columns=columns).astype(
        {"count": "int64", "doc_freq": "int64", "first_year": "Int64", "last_year": "Int64"}
    )
    return out


def _with_nested(cfg: Config, nested: bool | None) -> Config:
    from dataclasses import replace

    if nested is None or nested == cfg.nested:
        return cfg
    if not isinstance(nested, bool):
        raise ParameterError(f"The 'nested' parameter must be a bool. Got {nested!r} instead.")
    return replace(cfg, nested=nested)


# ----------------------------------------------------------------------------------- kwic


def _kwic_table(doc: Document, *, rx: re.Pattern[str], window: int) -> pd.DataFrame:
    import pandas as pd

    text = doc.text
    nt = doc.normalized
    rows: list[tuple[str, str, str, int, int]] = []
    for m in rx.finditer(nt.text):
        if m.end() == m.start():
            continue
        s, e = nt.span_to_source(m.start(), m.end())
        rows.append((text[max(0, s - window) : s], text[s:e], text[e : e + window], s, e))
    out: pd.DataFrame = pd.DataFrame(
        rows, columns=["left", "match", "right", "start", "end"]
    ).astype({"start": "int64", "end": "int64"})
    return out


@validate_params(
    {
        "pattern": STR,
        "window": POSITIVE_INT,
        "regex": BOOL,
        "n_jobs": POSITIVE_INT,
        "progress": PROGRESS,
    }
)
def kwic(
    corpus: Any,
    pattern: str,
    *,
    window: int = 15,
    regex: bool = False,
    config: Config | None = None,
    n_jobs: int = 1,
    progress: bool | None = None,
) -> pd.DataFrame:
    r"""Keyword in context: every match of ``pattern`` with the text around it.

    Parameters
    ----------
    corpus : DataFrame or path
        A corpus from :func:`govtext.read_corpus` (a ``text`` column and ``doc_id``), or
        paths to read with it.
    pattern : str
        The text to find.  A form of the slogan lexicon matches every variant of its
        slogan (两个维护 also finds its listed variants).  Matching runs on normalized
        text, so ``２０２２年`` matches ``2022年`` and a word broken by a soft line break
        is found.
    window : int, default 15
        Characters of context on each side.
    regex : bool, default False
        Treat ``pattern`` as a regular expression.
    config : Config, optional
        Lexicon (for the variants) and t2s policy.
    n_jobs : int, default 1
        Worker processes.
    progress : bool or None, default None
        Progress bar on stderr (``None``: only on a terminal).

    Returns
    -------
    pandas.DataFrame
        ``doc_id``, the metadata columns, then ``left, match, right, start, end``: the
        match as written in the source and its source offsets.

    Examples
    --------
    >>> import pandas as pd
    >>> text = "坚持党要管党、全面从严治党，营造风清气正的政治生态。"
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "text": [text]})
    >>> kwic(corpus, "全面从严治党", window=4).values.tolist()
    [['a', '要管党、', '全面从严治党', '，营造风', 7, 13]]
    """
    cfg = resolve_config(config, "kwic")
    window = check_positive_int(window, "window", "kwic")
    if not isinstance(pattern, str) or not pattern:
        raise ParameterError(
            f"The 'pattern' parameter of kwic must be a non-empty str. Got {pattern!r} instead."
        )
    if regex:
        try:
            rx = re.compile(pattern)
        except re.error as exc:
            raise ParameterError(
                f"The 'pattern' parameter of kwic must be a valid regular expression. "
                f"Got {pattern!r} instead ({exc})."
            ) from None
    else:
        norm = normalize(pattern, t2s=cfg.t2s)
        entry = cfg.slogan_lexicon.get(norm)
        forms = sorted(set(entry.forms) if entry else {norm}, key=lambda f: (-len(f), f))
        rx = re.compile("|".join(re.escape(f) for f in forms))
    return per_document(
        corpus,
        partial(_kwic_table, rx=rx, window=window),
        func="kwic",
        config=cfg,
        n_jobs=n_jobs,
        progress=progress,
    )


# ----------------------------------------------------------------------- term frequency


def _wanted_terms(terms: Any, cfg: Config) -> list[str] | None:
    if terms is None:
        return None
    if isinstance(terms, str):
        terms = [terms]
    wanted: list[str] = []
    for term in terms:
        norm = normalize(str(term), t2s=cfg.t2s)
        name = cfg.slogan_lexicon.canonical(norm) or norm
        if name not in wanted:
            wanted.append(name)
    return wanted


@validate_params(
    {
        "per": POSITIVE_INT,
        "nested": OPTIONAL_BOOL,
        "n_jobs": POSITIVE_INT,
        "progress": PROGRESS,
    }
)
def term_frequency(
    corpus: Any,
    *,
    by: str | None = "year",
    terms: Any = None,
    per: int = 10_000,
    nested: bool | None = None,
    doc_type: str | Sequence[str] | None = None,
    config: Config | None = None,
    n_jobs: int = 1,
    client: Any = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Slogan counts by year (or another column), variants merged, raw and normalized.

    A slogan counts every time it is written, also inside a longer slogan (the counting
    rule of :attr:`govtext.Document.slogan_hits`); the count of a document does not
    depend on the other documents.  Frequencies are per Han character, the one base of
    every density in govtext.

    Parameters
    ----------
    corpus : DataFrame or path
        A corpus from :func:`govtext.read_corpus` (``text`` and the ``by`` column), or
        paths to read with it.
    by : str or None, default "year"
        Column to group documents by; ``None`` counts over the whole corpus.  Documents
        whose ``by`` value is missing are left out: a :class:`MissingGroupWarning` says
        how many, and ``attrs["dropped"]`` counts them.
    terms : iterable of str, optional
        Slogans to count (any listed form; counted under their canonical form).  A term
        the lexicon does not list counts where it is found as a slogan; add it to the
        lexicon (``Config(entries=...)``) to count every writing.  By default every
        slogan found.
    per : int, default 10000
        The ``rate`` column is the count per this many Han characters.
    nested : bool, optional
        The counting rule, overriding ``config.nested``.
    doc_type : str, list of str, "all" or None
        Document types to count (see :func:`govtext.corpus.split_doc_types`): when the
        corpus mixes types and none is chosen, each type is counted apart (a
        ``doc_type`` column) with an :class:`~govtext.AnalysisWarning`.
    config : Config, optional
        Lexicon and counting rule (:class:`govtext.Config`).
    n_jobs, client, progress
        Worker processes, a Dask client, a progress bar.

    Returns
    -------
    pandas.DataFrame
        ``[doc_type,] <by>, slogan, count, n_docs, doc_freq, n_han, n_chars, rate``: one
        row per group and slogan.  ``n_han`` is the denominator of ``rate`` (the Han
        characters of the group's documents), so a rate from a tiny document can be seen
        for what it is; ``rate`` is NaN for a group without Han characters.  Only groups
        that have documents appear (a year without documents is absent, not zero).
        ``attrs["per"]`` says the base, ``attrs["dropped"]`` the number of documents
        left out for a missing ``by`` value.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"year": [2021, 2022, 2022],
    ...     "text": ["树牢“四个意识”。", "增强“四个意识”，坚决做到“两个维护”。", "做到两个维护。"]})
    >>> tf = term_frequency(corpus, terms=["两个维护"])
    >>> tf[["year", "slogan", "count", "doc_freq"]].values.tolist()
    [[2021, '两个维护', 0, 0], [2022, '两个维护', 2, 2]]
    """
    import pandas as pd

    per = check_positive_int(per, "per", "term_frequency")
    cfg = _with_nested(resolve_config(config, "term_frequency"), nested)
    frame = as_corpus(corpus, "term_frequency")
    if by is not None and by not in frame.columns:
        raise ParameterError(
            f"The 'by' parameter of term_frequency must name a column of the corpus "
            f"({', '.join(map(str, frame.columns))}). Got {by!r} instead."
        )
    frame, per_type = split_doc_types(frame, doc_type, "term_frequency")
    wanted = _wanted_terms(terms, cfg)
    per_doc = _per_document_counts(frame, cfg, n_jobs, client, progress, "term_frequency")
    groups = frame[by].tolist() if by is not None else [None] * len(frame)
    types = frame["doc_type"].fillna("").tolist() if per_type else [None] * len(frame)
    cells = _Cells.tally(groups, types, per_doc, by is not None)
    if wanted is not None:
        names = wanted
        lexicon = cfg.slogan_lexicon
        unseen = [
            t for t in wanted
            if t not in lexicon and not any(c[t] for c in cells.counts.values())
        ]
        if unseen and cells.counts:
            warn(
                f"term_frequency: {', '.join(unseen)} not found as a slogan in any document; "
                "add a word of your own to the lexicon (Config(entries=...), --lexicon) to "
                "count it",
            AnalysisWarning,
        )
    else:
        overall: Counter[str] = Counter()
        for c in cells.counts.values():
            overall.update(c)
        names = sorted(overall, key=lambda k: (-overall[k], k))
    rows = cells.rows(names, by, per, per_type)
    columns = (["doc_type"] if per_type else []) + ([by] if by is not None else []) + [
        "slogan", "count", "n_docs", "doc_freq", "n_han", "n_chars", "rate"
    ]
    out: pd.DataFrame = pd.DataFrame(rows, columns=columns)
    out = out.astype(
        {"count": "int64", "n_docs": "int64", "doc_freq": "int64", "n_han": "int64",
         "n_chars": "int64"}
    )
    out["rate"] = out["rate"].astype("float64")
    if by == "year":
        out["year"] = out["year"].astype("Int64")
    out.attrs["per"] = per
    out.attrs["dropped"] = cells.dropped
    warn_dropped(cells.dropped, len(frame), str(by), "term_frequency")
    return out


@dataclass
class _Cells:
    """Counts per cell (document type, group): writings, documents, characters."""

    counts: dict[Any, Counter[str]] = field(default_factory=dict)
    docs: dict[Any, Counter[str]] = field(default_factory=dict)
    n_docs: Counter[Any] = field(default_factory=Counter)
    n_chars: Counter[Any] = field(default_factory=Counter)
    n_han: Counter[Any] = field(default_factory=Counter)
    dropped: int = 0

    @classmethod
    def tally(
        cls,
        groups: list[Any],
        types: list[Any],
        per_doc: list[tuple[Counter[str], dict[str, str], int, int]],
        grouped: bool,
    ) -> _Cells:
        """Add up the documents' counts by (type, group); a missing group is dropped."""
        cells = cls()
        for group, kind, (found, _, han, chars) in zip(groups, types, per_doc, strict=True):
            if grouped and _missing(group):
                cells.dropped += 1
                continue
            key = (kind, group)
            cells.counts.setdefault(key, Counter()).update(found)
            cells.docs.setdefault(key, Counter()).update(set(found))
            cells.n_docs[key] += 1
            cells.n_chars[key] += chars
            cells.n_han[key] += han
        return cells

    def rows(
        self, names: list[str], by: str | None, per: int, per_type: bool
    ) -> list[dict[str, Any]]:
        """One row per cell and slogan, cells in order of type and group."""
        rows = []
        for key in sorted(self.counts, key=lambda k: (str(k[0]), k[1] is None, k[1])):
            kind, group = key
            han = self.n_han[key]
            for name in names:
                count = self.counts[key][name]
                rows.append(
                    {
                        **({"doc_type": kind} if per_type else {}),
                        **({by: group} if by is not None else {}),
                        "slogan": name,
                        "count": count,
                        "n_docs": self.n_docs[key],
                        "doc_freq": self.docs[key][name],
                        "n_han": han,
                        "n_chars": self.n_chars[key],
                        "rate": count / han * per if han else math.nan,
                    }
                )
        return rows
