r"""Formulation lineage: the surface forms of a slogan and the formulas built around it.

A slogan is rarely written alone: 全面从严治党 is written 坚定不移全面从严治党,
推动全面从严治党向纵深发展, 全面从严治党主体责任 ...  :func:`slogan_variants` finds, for
every writing of a slogan in a corpus, the phrase around it and counts these phrases
(the *variants*) by year, so the rise of a qualifier can be dated.

Rules
-----
writings
    The writings of the slogan are the rows of :attr:`govtext.Document.slogan_hits`
    whose canonical form is the slogan's (govtext's one counting rule): the counts of
    the variants of a year add up to ``term_frequency(corpus, terms=[slogan])`` of that
    year.  A writing inside a longer slogan (从严治党 inside 全面从严治党) starts from
    the token that holds it, so the longer slogan is its shortest variant.
extension
    From the tokens of the writing (govtext's tokenizer, slogans kept whole), the phrase
    grows by up to ``left`` tokens to the left and ``right`` tokens to the right, within
    the clause: it stops at punctuation, a line break, a space, a number and at the
    function words of ``STOP_WORDS`` (的, 和, 与, 及, 等, 是, 要, 把, 在, 对 ... — particles,
    conjunctions, modals, pronouns and the prepositions that open a new phrase).  To the
    right it also stops before a predicate of ``RIGHT_STOP_WORDS`` (取得, 成为, 作出,
    相适应, 汇报如下 ...), which starts the clause's predicate rather than qualifying the
    slogan.  No part-of-speech tagger is used: other verbs are kept (推动 and 坚持 to the
    left are the formulas studied), and the grouping rule below drops the one-off ones.
grouping
    Each way of growing the phrase (0 to ``left`` tokens, 0 to ``right`` tokens) gives a
    candidate form.  A form is *written at* a writing when it lies within the writing's
    context around it, compared by characters (so 落实全面从严治党要求 is found where the
    tokenizer wrote 认真落实 as one token).  A writing is counted under the longest form
    written at it in at least ``min_documents`` documents (ties: more documents, then
    more writings, then the form), else under the slogan's own tokens.  So a formula
    that recurs (推动全面从严治党向纵深发展) is a variant, and a one-off context is not;
    every writing is counted once, under one variant.

Example (invented text)::

    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"year": [2016, 2018, 2019],
    ...     "text": ["坚持全面从严治党。", "推动全面从严治党向纵深发展。",
    ...              "坚定不移推动全面从严治党向纵深发展。"]})
    >>> table = slogan_variants(corpus, "全面从严治党")
    >>> table[["variant", "first_year", "n_documents", "count"]].values.tolist()
    [['推动全面从严治党向纵深发展', 2018, 2, 2], ['全面从严治党', 2016, 1, 1]]
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, NamedTuple

from govtext._params import BOOL, NONNEGATIVE_INT, POSITIVE_INT, PROGRESS, STR, validate_params
from govtext._util import ParameterError
from govtext.config import Config, resolve_config
from govtext.corpus import as_corpus, split_doc_types
from govtext.document import Document
from govtext.normalization import normalize
from govtext.parallel import map_documents
from govtext.tokenizer import KINDS

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["RIGHT_STOP_WORDS", "STOP_WORDS", "VARIANT_COLUMNS", "slogan_variants"]

#: The columns of :func:`slogan_variants` before the year columns.
VARIANT_COLUMNS = (
    "variant", "canonical", "left", "right", "first_year", "last_year", "n_documents",
    "count",
)

_STOP_TEXT = (
    "的 地 得 之 和 与 及 以及 并 并且 而 而且 或 或者 同 跟 等 等等 了 着 过 是 也 都 又 还 就 才 "
    "其 这 那 此 该 各 每 我 我们 你们 他们 它 要 必须 应 应当 应该 需要 能 能够 会 可 可以 "
    "把 将 对 使 让 由 以 于 为 在 从 自 到 中 上 下 里 内 外 后 前 时 "
    "按照 根据 依照 依据 围绕 通过 对于 关于 随着 为了 除了 作为 "
    "不 没有 没 很 一个 这个 各项 有关 相关"
)
_RIGHT_STOP_TEXT = (
    "取得 成为 作出 提供 开创 实现 得到 获得 呈现 形成 迈出 出现 带来 产生 发挥 "
    "相适应 相结合 相统一 相协调 相衔接 汇报 汇报如下 报告如下 如下"
)
#: Tokens a variant never grows over (either side).
STOP_WORDS: frozenset[str] = frozenset(_STOP_TEXT.split())
#: Verbs that start the predicate after a slogan; a variant stops before them.
RIGHT_STOP_WORDS: frozenset[str] = frozenset(_RIGHT_STOP_TEXT.split())

_SPACE, _PUNCT, _NUMBER = KINDS.index("space"), KINDS.index("punct"), KINDS.index("number")
_BREAKS = frozenset((_SPACE, _PUNCT, _NUMBER))


class _Writing(NamedTuple):
    """One writing, with its contexts and the forms grown from it token by token.

    ``left`` and ``right`` are the most context a form may take; ``forms`` go short
    first.
    """

    left: str
    core: str
    right: str
    forms: tuple[str, ...]


def _writings(
    item: tuple[Any, Any], *, canonical: str, left: int, right: int, config: Config
) -> list[_Writing]:
    """The writings of ``canonical`` in one text, with their contexts."""
    text, _ = item
    if not isinstance(text, str) or not text:
        return []
    doc = Document(text, config=config)
    hits = doc.slogan_hits
    hits = hits[hits["canonical"] == canonical]
    if hits.empty:
        return []
    tokens, starts, ends, kinds = doc.token_arrays
    starts_l: list[int] = starts.tolist()
    ends_l: list[int] = ends.tolist()
    kinds_l: list[int] = kinds.tolist()
    out: list[_Writing] = []
    for s, e in zip(hits["start"].tolist(), hits["end"].tolist(), strict=True):
        # the tokens that hold the writing: from the one containing s to the one
        # containing e - 1
        i = max(0, bisect.bisect_right(starts_l, s) - 1)
        j = min(max(i, bisect.bisect_left(ends_l, e)), len(tokens) - 1)
        core = "".join(tokens[i : j + 1])
        lefts = [""]
        k = i - 1
        while k >= 0 and len(lefts) <= left:
            if kinds_l[k] in _BREAKS or tokens[k] in STOP_WORDS:
                break
            lefts.append(tokens[k] + lefts[-1])
            k -= 1
        rights = [""]
        k = j + 1
        while k < len(tokens) and len(rights) <= right:
            tok = tokens[k]
            if kinds_l[k] in _BREAKS or tok in STOP_WORDS or tok in RIGHT_STOP_WORDS:
                break
            rights.append(rights[-1] + tok)
            k += 1
        forms = tuple(lw + core + rw for lw in lefts for rw in rights)
        out.append(_Writing(lefts[-1], core, rights[-1], forms))
    return out


def _matches(w: _Writing, known: set[str]) -> list[tuple[str, str, str]]:
    """The known forms written at this writing: (form, left part, right part).

    Matched by characters, so that a form grown over the token 落实 is found where the
    tokenizer wrote 认真落实 as one token.
    """
    out = []
    for a in range(len(w.left) + 1):
        lw = w.left[a:]
        for b in range(len(w.right) + 1):
            form = lw + w.core + w.right[:b]
            if form in known:
                out.append((form, lw, w.right[:b]))
    return out


def _choose(
    matches: list[tuple[str, str, str]], doc_freq: Counter[str], counts: Counter[str],
    min_documents: int, core: str,
) -> tuple[str, str, str]:
    best = (core, "", "")
    best_key = (len(core), doc_freq[core], counts[core])
    for cand in matches:
        if cand[0] == core or doc_freq[cand[0]] < min_documents:
            continue
        key = (len(cand[0]), doc_freq[cand[0]], counts[cand[0]])
        if key > best_key or (key == best_key and cand[0] < best[0]):
            best, best_key = cand, key
    return best


def _variant_table(
    per_doc: Sequence[list[_Writing]],
    years: Sequence[Any],
    canonical: str,
    min_documents: int,
    long: bool,
    all_years: list[int],
) -> pd.DataFrame:
    import pandas as pd

    known = {form for writings in per_doc for w in writings for form in w.forms}
    doc_freq: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    matched: list[list[list[tuple[str, str, str]]]] = []
    for writings in per_doc:
        seen: set[str] = set()
        doc_matches = []
        for w in writings:
            found = _matches(w, known)
            doc_matches.append(found)
            for form, _, _ in found:
                counts[form] += 1
                seen.add(form)
        doc_freq.update(seen)
        matched.append(doc_matches)
    by_year: dict[tuple[str, str, str], Counter[int]] = defaultdict(Counter)
    docs_of: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    docs_by_year: dict[tuple[str, str, str], dict[int, set[int]]] = defaultdict(
        lambda: defaultdict(set)
    )
    totals: Counter[tuple[str, str, str]] = Counter()
    for d, (writings, year) in enumerate(zip(per_doc, years, strict=True)):
        y = None if year is None or pd.isna(year) else int(year)
        for w, found in zip(writings, matched[d], strict=True):
            key = _choose(found, doc_freq, counts, min_documents, w.core)
            totals[key] += 1
            docs_of[key].add(d)
            if y is not None:
                by_year[key][y] += 1
                docs_by_year[key][y].add(d)
    rows = []
    for key, total in totals.items():
        form, lw, rw = key
        ys = sorted(by_year[key])
        rows.append({
            "variant": form, "canonical": canonical, "left": lw, "right": rw,
            "first_year": ys[0] if ys else None, "last_year": ys[-1] if ys else None,
            "n_documents": len(docs_of[key]), "count": total,
        })
    summary = pd.DataFrame(rows, columns=list(VARIANT_COLUMNS))
    summary = summary.astype({"first_year": "Int64", "last_year": "Int64",
                              "n_documents": "int64", "count": "int64"})
    order = summary.sort_values(
        ["count", "n_documents", "first_year", "variant"], ascending=[False, False, True, True],
        kind="mergesort",
    ).index
    summary = summary.loc[order].reset_index(drop=True)
    keys = [(v, lw, rw) for v, lw, rw in zip(summary["variant"], summary["left"],
                                             summary["right"], strict=True)]
    if long:
        long_rows = [
            (*summary.iloc[i].tolist(), y, by_year[key][y], len(docs_by_year[key][y]))
            for i, key in enumerate(keys)
            for y in sorted(by_year[key])
        ]
        out = pd.DataFrame(
            long_rows, columns=[*VARIANT_COLUMNS, "year", "year_count", "year_documents"]
        )
        typed: pd.DataFrame = out.astype({
            "first_year": "Int64", "last_year": "Int64", "n_documents": "int64",
            "count": "int64", "year": "int64", "year_count": "int64",
            "year_documents": "int64",
        })
        return typed
    wide = pd.DataFrame(
        [[by_year[key][y] for y in all_years] for key in keys],
        columns=all_years, dtype="int64",
    )
    if not len(keys):
        wide = pd.DataFrame({y: pd.Series(dtype="int64") for y in all_years})
    result: pd.DataFrame = pd.concat([summary, wide], axis=1)
    return result


@validate_params(
    {
        "slogan": STR,
        "left": NONNEGATIVE_INT,
        "right": NONNEGATIVE_INT,
        "min_documents": POSITIVE_INT,
        "long": BOOL,
        "n_jobs": POSITIVE_INT,
        "progress": PROGRESS,
    }
)
def slogan_variants(
    corpus: Any,
    slogan: str,
    *,
    left: int = 2,
    right: int = 3,
    min_documents: int = 2,
    long: bool = False,
    doc_type: str | Sequence[str] | None = None,
    config: Config | None = None,
    n_jobs: int = 1,
    client: Any = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    r"""Every surface form of a slogan and the formulas around it, with counts by year.

    Parameters
    ----------
    corpus : DataFrame, path or list of paths
        A corpus from :func:`govtext.read_corpus` (``text``; ``year`` for the counts by
        year), or paths to read.
    slogan : str
        The slogan, in any of its listed forms (counted under its canonical form).
    left, right : int, default 2 and 3
        The most tokens a variant grows by to the left and to the right.
    min_documents : int, default 2
        A longer form is a variant when it is written in at least this many documents.
    long : bool, default False
        One row per variant and year (``year``, ``year_count``, ``year_documents``)
        instead of one column per year.
    doc_type : str, list of str, "all" or None
        Document types to count (see :func:`govtext.corpus.split_doc_types`): when the
        corpus mixes types and none is chosen, each type is counted apart (a
        ``doc_type`` column) with an :class:`~govtext.AnalysisWarning`.
    config : Config, optional
        Lexicon, tokenizer and counting rule (:class:`govtext.Config`).
    n_jobs, client, progress
        Worker processes, a Dask client, a progress bar.

    Returns
    -------
    pandas.DataFrame
        ``[doc_type,] variant, canonical, left, right, first_year, last_year,
        n_documents, count``, one row per variant, most frequent first; ``left`` and
        ``right`` are the tokens added to the slogan as written.  Then, by default, one
        ``int`` column per year of the corpus's documents (named by the year): the
        writings of the variant in that year, 0 when none.  The year columns of all the
        variants add up to the slogan's count of that year in
        :func:`govtext.term_frequency`; documents without a year count in ``count`` but
        in no year column.  :func:`govtext.write_table` (and the command line) names
        the year columns ``v2017`` ... (names valid in Stata and R).  The rules are
        those of :mod:`govtext.lineage`.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"year": [2017, 2018, 2018],
    ...     "text": ["落实全面从严治党主体责任。", "压实全面从严治党主体责任。",
    ...              "坚持全面从严治党。"]})
    >>> table = slogan_variants(corpus, "全面从严治党")
    >>> table[["variant", "right", "count", 2017, 2018]].values.tolist()
    [['全面从严治党主体责任', '主体责任', 2, 1, 1], ['全面从严治党', '', 1, 0, 1]]
    """
    import pandas as pd

    cfg = resolve_config(config, "slogan_variants")
    name = normalize(slogan, t2s=cfg.t2s).strip()
    if not name:
        raise ParameterError(
            "The 'slogan' parameter of slogan_variants must be a non-empty str. "
            f"Got {slogan!r} instead."
        )
    canonical = cfg.slogan_lexicon.canonical(name) or name
    frame = as_corpus(corpus, "slogan_variants")
    frame, per_type = split_doc_types(frame, doc_type, "slogan_variants")
    years = frame["year"].tolist() if "year" in frame.columns else [None] * len(frame)
    per_doc = map_documents(
        partial(_writings, canonical=canonical, left=left, right=right, config=cfg),
        list(zip(frame["text"].tolist(), years, strict=True)),
        n_jobs=n_jobs,
        client=client,
        progress=progress,
        desc="slogan_variants",
    )

    def year_list(ys: Sequence[Any]) -> list[int]:
        return sorted({int(y) for y in ys if y is not None and not pd.isna(y)})

    if not per_type:
        return _variant_table(per_doc, years, canonical, min_documents, long, year_list(years))
    types = frame["doc_type"].fillna("(none)").tolist()
    parts = []
    for t in dict.fromkeys(types):
        idx = [i for i, v in enumerate(types) if v == t]
        sub_years = [years[i] for i in idx]
        part = _variant_table([per_doc[i] for i in idx], sub_years, canonical, min_documents,
                              long, year_list(years))
        part.insert(0, "doc_type", t)
        parts.append(part)
    out: pd.DataFrame = pd.concat(parts, ignore_index=True)
    year_cols = [c for c in out.columns if isinstance(c, int)]
    if year_cols:
        out[year_cols] = out[year_cols].fillna(0).astype("int64")
    return out
