"""Phrase discovery: formulaic phrases of a corpus found by cohesion and branching entropy.

:func:`discover_phrases` finds candidate formulations statistically, so that a
researcher can see the local formulas no lexicon lists (三真三实, 双创一争) and add them
to a configuration (:class:`govtext.Config`).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from govtext._params import NUMBER, OPTIONAL_POSITIVE_INT, POSITIVE_INT, Choice, validate_params
from govtext._patterns import NUMERAL_CHARS
from govtext._util import ParameterError
from govtext.config import Config, resolve_config
from govtext.corpus import as_corpus
from govtext.reuse import mask_boilerplate

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from govtext.lexicon import Lexicon

__all__ = ["discover_phrases"]


def _han_mask(codes: np.ndarray[Any, Any]) -> np.ndarray[Any, np.dtype[np.bool_]]:
    return (
        ((codes >= 0x4E00) & (codes <= 0x9FFF))
        | ((codes >= 0x3400) & (codes <= 0x4DBF))
        | ((codes >= 0xF900) & (codes <= 0xFAFF))
        | ((codes >= 0x20000) & (codes <= 0x3134F))
    )


def _entropy(
    total: np.ndarray[Any, Any], boundary: np.ndarray[Any, Any], pairs: _Tally
) -> np.ndarray[Any, np.dtype[np.float64]]:
    """Branching entropy of each id over its neighbour characters.

    ``total`` is the number of occurrences of each id, ``boundary`` how many of them have
    no Han neighbour (a text boundary or a non-Han character: each counts as a distinct
    symbol, as if every boundary were a different context), ``pairs`` the counts of
    ``id * 0x110000 + neighbour`` over the others.
    """
    n_ids = len(total)
    ent = np.zeros(n_ids, dtype=np.float64)
    if boundary.any():
        nb = boundary.astype(np.float64)
        with np.errstate(divide="ignore", invalid="ignore"):
            ent += np.where(nb > 0, nb / total * np.log(total), 0.0)
    if len(pairs.keys):
        owner = pairs.keys // 0x110000
        p = pairs.counts / total[owner]
        ent += np.bincount(owner, weights=-p * np.log(p), minlength=n_ids)
    return ent


def _empty_frame(columns: list[str]) -> pd.DataFrame:
    import pandas as pd

    empty: pd.DataFrame = pd.DataFrame(columns=columns)
    return empty


@validate_params(
    {
        "min_count": POSITIVE_INT,
        "min_n": POSITIVE_INT,
        "max_n": POSITIVE_INT,
        "min_doc_freq": POSITIVE_INT,
        "min_pmi": NUMBER,
        "min_entropy": NUMBER,
        "top": OPTIONAL_POSITIVE_INT,
        "boilerplate": Choice("keep", "mask"),
    }
)
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
    config: Config | None = None,
    boilerplate: str = "keep",
) -> pd.DataFrame:
    """Formulaic multi-character phrases, found by cohesion and branching entropy.

    A phrase is a run of Han characters that occurs often (``count``), in several
    documents (``doc_freq``), whose characters stick together (``pmi``: the smallest
    pointwise mutual information over the ways of cutting it in two) and that is used
    in varied contexts on both sides (``left_entropy``, ``right_entropy``: branching
    entropy of the neighbouring characters).  Counting is vectorised with numpy over
    the whole corpus, a batch of positions at a time, growing n-grams one character at
    a time and pruning those below ``min_count`` (an n-gram is frequent only if both its
    (n-1)-grams are); beside the corpus's code points, memory holds two 32-bit ids per
    character and the tallies of the distinct n-grams.

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
    config : Config, optional
        Lexicon, stopwords and t2s policy (:class:`govtext.Config`).
    boilerplate : {"keep", "mask"}, default "keep"
        ``"mask"`` leaves out passages repeated across the corpus (licence footers, page
        chrome, templates; see :func:`govtext.find_boilerplate`) before counting.

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

    from govtext.normalization import normalize

    cfg = resolve_config(config, "discover_phrases")
    if min_n < 2 or max_n < min_n:
        raise ParameterError(
            "The 'min_n' and 'max_n' parameters of discover_phrases must satisfy "
            f"2 <= min_n <= max_n. Got min_n={min_n}, max_n={max_n} instead."
        )
    frame = as_corpus(corpus, "discover_phrases")
    if boilerplate == "mask":
        frame = mask_boilerplate(frame)
    texts = [
        normalize(t, t2s=cfg.t2s) if isinstance(t, str) else "" for t in frame["text"].tolist()
    ]
    stream = _Stream.of(texts)
    del texts  # the stream holds their code points
    if stream is None:
        return _empty_frame(_COLUMNS)
    keep = _Filter(
        stop_chars=frozenset(w for w in cfg.stopword_set if len(w) == 1),
        lexicon=cfg.slogan_lexicon,
        min_doc_freq=min_doc_freq,
        min_pmi=float(min_pmi),
        min_entropy=float(min_entropy),
    )
    # each length is scored as soon as it is counted (its shorter parts are counted by
    # then), so that the ids of one length at a time are held
    rows = [
        row
        for levels, ids in _frequent_ngrams(stream, min_count, min_n, max_n)
        for row in _score_level(stream, levels, ids, keep)
    ]
    out: pd.DataFrame = pd.DataFrame(rows, columns=_COLUMNS)
    out = out.sort_values(["score", "phrase"], ascending=[False, True], kind="stable")
    if top is not None:
        out = out.head(top)
    out = out.reset_index(drop=True)
    return out


_COLUMNS = [
    "phrase",
    "n",
    "count",
    "doc_freq",
    "pmi",
    "left_entropy",
    "right_entropy",
    "score",
    "slogan",
    "source",
]
_NUMERALS = frozenset(NUMERAL_CHARS) | frozenset("零〇")

_Array = np.ndarray[Any, Any]


#: Positions handled at a time: every array of the size of the corpus is 32-bit (ids,
#: code points) or a byte (Han mask); the 64-bit keys, positions and sorts are made
#: for one batch of positions at a time.
_BATCH = 1 << 20

#: Quotation marks that make a numeric formula a ``pattern`` when one opens before it.
_QUOTES = np.array([ord(q) for q in '“"「'], dtype=np.int32)


@dataclass(frozen=True)
class _Stream:
    """The corpus as one array of code points (documents joined by NUL).

    ``codes`` are 32-bit (every code point fits), ``doc_starts`` the position where
    each document starts (the document of a position is found by bisection, not held
    for every position).
    """

    codes: _Array
    doc_starts: _Array
    han: _Array
    n_docs: int
    total: float

    @classmethod
    def of(cls, texts: list[str]) -> _Stream | None:
        lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
        size = int(lengths.sum()) - 1  # no NUL after the last document
        if size <= 0:
            return None
        doc_starts = np.cumsum(lengths) - lengths
        codes = np.zeros(size, dtype=np.int32)  # every code point fits
        for text, start in zip(texts, doc_starts.tolist(), strict=True):
            if text:
                encoded = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
                codes[start : start + len(text)] = encoded
        han = np.empty(size, dtype=bool)
        for a, b in _batches(size):
            han[a:b] = _han_mask(codes[a:b])
        total = float(np.count_nonzero(han))
        if total == 0:
            return None
        return cls(codes, doc_starts, han, len(texts), total)

    def doc_of(self, positions: _Array) -> _Array:
        """The document of each position."""
        return np.searchsorted(self.doc_starts, positions, side="right") - 1


def _batches(length: int) -> Iterator[tuple[int, int]]:
    """``[a, b)`` ranges of at most ``_BATCH`` positions covering ``range(length)``."""
    for a in range(0, length, _BATCH):
        yield a, min(a + _BATCH, length)


def _distinct(values: _Array) -> _Array:
    """The distinct values in increasing order.

    By sorting: ``np.unique`` without counts uses a hash table, slower on large arrays.
    """
    values = np.sort(values)
    if len(values) > 1:
        values = values[np.append(True, values[1:] != values[:-1])]
    return values


class _Tally:
    """Counts of 64-bit keys added batch by batch: distinct keys in increasing order.

    ``keys`` and ``counts`` are what ``np.unique(all_keys, return_counts=True)`` gives,
    held in the size of the distinct keys rather than of all the keys added.
    """

    def __init__(self) -> None:
        self.keys: _Array = np.empty(0, dtype=np.int64)
        self.counts: _Array = np.empty(0, dtype=np.int64)

    def add(self, keys: _Array) -> None:
        if len(keys) == 0:
            return
        uniq, cnt = np.unique(keys, return_counts=True)
        cnt = cnt.astype(np.int64)
        if len(self.keys) == 0:
            self.keys, self.counts = uniq, cnt
            return
        at = np.searchsorted(self.keys, uniq)
        found = at < len(self.keys)
        found[found] = self.keys[at[found]] == uniq[found]
        self.counts[at[found]] += cnt[found]  # distinct keys: no index twice
        new = ~found
        if new.any():
            self.keys = np.insert(self.keys, at[new], uniq[new])
            self.counts = np.insert(self.counts, at[new], cnt[new])


@dataclass
class _Level:
    """The frequent n-grams of one length, numbered by their key.

    ``counts`` is the number of occurrences of each id, ``last`` the code point of its
    last character; for ``n >= 2`` ``prefix`` and ``suffix`` are the ids (among the
    frequent (n-1)-grams) of the n-gram without its last and without its first
    character.  An n-gram's characters are the ``last`` of its prefixes.
    """

    n: int
    counts: _Array
    last: _Array
    prefix: _Array
    suffix: _Array


def _char_level(stream: _Stream, min_count: int) -> tuple[_Level, _Array]:
    """The frequent characters and the id of the character at each position (or -1)."""
    codes, han = stream.codes, stream.han
    tally = np.zeros(0x110000, dtype=np.int64)
    for a, b in _batches(len(codes)):
        tally += np.bincount(codes[a:b][han[a:b]], minlength=0x110000)
    chars = np.flatnonzero(tally >= min_count)
    table = np.full(0x110000, -1, dtype=np.int32)
    table[chars] = np.arange(len(chars), dtype=np.int32)
    char_ids = np.empty(len(codes), dtype=np.int32)
    for a, b in _batches(len(codes)):
        char_ids[a:b] = table[codes[a:b]]
    none = np.empty(0, dtype=np.int32)
    return _Level(1, tally[chars], chars.astype(np.int32), none, none), char_ids


def _grow(
    ids: _Array, char_ids: _Array, chars: _Level, n: int, min_count: int, size: int
) -> _Level | None:
    """The frequent n-grams from the frequent (n-1)-grams; ``ids`` is renumbered in place.

    ``ids`` holds the id of the frequent (n-1)-gram starting at each position (or -1);
    an n-gram is a frequent (n-1)-gram followed by a frequent character whose last
    n-1 characters are a frequent (n-1)-gram too.  A first pass counts the n-grams batch
    by batch, a second writes the id of the frequent n-gram at each position over the
    (n-1)-gram's (a batch reads one position past its end, written only by the next).
    """
    import pandas as pd

    length = size - n + 1
    if length <= 0:
        return None
    n_chars = len(chars.counts)

    def keys(a: int, b: int) -> tuple[_Array, _Array, _Array]:
        head, tail = ids[a:b], ids[a + 1 : b + 1]
        last = char_ids[a + n - 1 : b + n - 1]
        ok = (head >= 0) & (tail >= 0) & (last >= 0)
        key = head.astype(np.int64)
        key *= max(n_chars, 1)
        key += last
        return key, ok, tail

    tally = _Tally()
    for a, b in _batches(length):
        key, ok, _ = keys(a, b)
        tally.add(key[ok])
    frequent = tally.counts >= min_count
    if not frequent.any():
        return None
    values = tally.keys[frequent]
    counts = tally.counts[frequent]
    del tally, frequent
    n_ids = len(values)
    suffix = np.full(n_ids, -1, dtype=np.int32)
    numbering = pd.Index(values)  # a hash table: faster than bisection on unsorted keys
    for a, b in _batches(length):
        key, ok, tail = keys(a, b)
        hit = np.flatnonzero(ok)
        new = numbering.get_indexer(pd.Index(key[hit], copy=False)).astype(np.int32)
        found = new >= 0
        hit, new = hit[found], new[found]
        suffix[new] = tail[hit]
        out = np.full(b - a, -1, dtype=np.int32)
        out[hit] = new
        ids[a:b] = out
    ids[length:] = -1
    prefix = (values // max(n_chars, 1)).astype(np.int32)
    last = chars.last[values % max(n_chars, 1)]
    return _Level(n, counts, last, prefix, suffix)


def _frequent_ngrams(
    stream: _Stream, min_count: int, min_n: int, max_n: int
) -> Iterator[tuple[list[_Level], _Array]]:
    """The levels ``min_n..max_n`` to score, one at a time.

    Each step gives the levels so far (the characters first) and the ids of the newest
    level at each position.  An n-gram is frequent only if both its (n-1)-grams are, so
    n-grams grow one character at a time over the ids of the frequent shorter ones; one
    array of ids is renumbered in place from one length to the next.  Ids are 32-bit
    (there are fewer distinct n-grams than positions).
    """
    size = len(stream.codes)
    chars, char_ids = _char_level(stream, min_count)
    levels = [chars]
    ids = char_ids.copy()
    for n in range(2, max_n + 1):
        level = _grow(ids, char_ids, chars, n, min_count, size)
        if level is None:
            break
        levels.append(level)
        if n >= min_n:
            yield levels, ids


@dataclass(frozen=True)
class _Filter:
    """What a phrase must pass to be kept."""

    stop_chars: frozenset[str]
    lexicon: Lexicon
    min_doc_freq: int
    min_pmi: float
    min_entropy: float


def _neighbours(stream: _Stream, occ: _Array, n: int) -> tuple[_Array, _Array]:
    """The Han character before and after each occurrence (-1 where there is none)."""
    codes, han, size = stream.codes, stream.han, len(stream.codes)
    before = np.maximum(occ - 1, 0)
    left = np.where((occ > 0) & han[before], codes[before], -1)
    right_pos = np.minimum(occ + n, size - 1)
    right = np.where((occ + n < size) & han[right_pos], codes[right_pos], -1)
    return left, right


@dataclass
class _Contexts:
    """Per id of one level: documents, neighbour counts, quotation marks before it."""

    doc_freq: _Array
    left_boundary: _Array
    right_boundary: _Array
    left: _Tally
    right: _Tally
    quoted: _Array


def _contexts(stream: _Stream, ids: _Array, n: int, n_ids: int) -> _Contexts:
    """Document frequency, neighbours and quotation marks of each id, batch by batch.

    A document split between two batches counts once: the pairs (id, document) of a
    batch are sorted, and the first document of an id in a batch is the last one of
    the batch before when the document goes on.
    """
    length = len(stream.codes) - n + 1
    span = stream.n_docs + 1
    doc_freq = np.zeros(n_ids, dtype=np.int64)
    last_doc = np.full(n_ids, -1, dtype=np.int64)
    left_boundary = np.zeros(n_ids, dtype=np.int64)
    right_boundary = np.zeros(n_ids, dtype=np.int64)
    quoted = np.zeros(n_ids, dtype=bool)
    left_pairs, right_pairs = _Tally(), _Tally()
    for a, b in _batches(length):
        chunk = ids[a:b]
        hit = np.flatnonzero(chunk >= 0)
        if len(hit) == 0:
            continue
        occ = hit + a
        occ_ids = chunk[hit].astype(np.int64)
        pair = _distinct(occ_ids * span + stream.doc_of(occ))
        pair_ids, pair_docs = pair // span, pair % span
        opens = np.ones(len(pair), dtype=bool)
        np.not_equal(pair_ids[1:], pair_ids[:-1], out=opens[1:])
        again = opens & (last_doc[pair_ids] == pair_docs)
        doc_freq += np.bincount(pair_ids, minlength=n_ids)
        doc_freq -= np.bincount(pair_ids[again], minlength=n_ids)
        closes = np.ones(len(pair), dtype=bool)
        np.not_equal(pair_ids[1:], pair_ids[:-1], out=closes[:-1])
        last_doc[pair_ids[closes]] = pair_docs[closes]
        del pair, pair_ids, pair_docs, opens, again, closes
        left, right = _neighbours(stream, occ, n)
        for side, boundary, pairs in (
            (left, left_boundary, left_pairs),
            (right, right_boundary, right_pairs),
        ):
            edge = side < 0
            boundary += np.bincount(occ_ids[edge], minlength=n_ids)
            inner = ~edge
            pairs.add(occ_ids[inner] * 0x110000 + side[inner])
        before = stream.codes[np.maximum(occ - 1, 0)]
        opened = (occ > 0) & np.isin(before, _QUOTES)
        quoted[occ_ids[opened]] = True
    return _Contexts(doc_freq, left_boundary, right_boundary, left_pairs, right_pairs, quoted)


def _score_level(
    stream: _Stream, levels: list[_Level], ids: _Array, keep: _Filter
) -> list[tuple[Any, ...]]:
    """The rows of the n-grams of the newest level that pass ``keep``."""
    level = levels[-1]
    n, freq = level.n, level.counts
    n_ids = len(freq)
    ctx = _contexts(stream, ids, n, n_ids)
    total = freq.astype(np.float64)
    left_ent = _entropy(total, ctx.left_boundary, ctx.left)
    right_ent = _entropy(total, ctx.right_boundary, ctx.right)
    passing = ~(ctx.doc_freq < keep.min_doc_freq)
    passing &= ~(left_ent < keep.min_entropy) & ~(right_ent < keep.min_entropy)
    cand = np.flatnonzero(passing)
    # the count of every way of cutting a candidate in two: gram[:i] and gram[i:]
    # and the characters of each: the last character of each of its prefixes
    heads: dict[int, list[int]] = {}
    tails: dict[int, list[int]] = {}
    letters = np.empty((len(cand), n), dtype=np.uint32)
    letters[:, n - 1] = level.last[cand]
    pre = suf = cand
    for m in range(n, 1, -1):  # pre: the first m-1 characters; suf: the last m-1
        pre = levels[m - 1].prefix[pre]
        suf = levels[m - 1].suffix[suf]
        heads[m - 1] = levels[m - 2].counts[pre].tolist()
        tails[n - m + 1] = levels[m - 2].counts[suf].tolist()
        letters[:, m - 2] = levels[m - 2].last[pre]
    grams: list[str] = letters.view(f"<U{n}").ravel().tolist()
    first_chars, last_chars = letters[:, 0], letters[:, n - 1]
    stop_codes = np.array(
        sorted({ord(c) for c in keep.stop_chars} | {ord(c) for c in _NUMERALS}), dtype=np.uint32
    )
    stop_first = np.array(sorted(ord(c) for c in keep.stop_chars), dtype=np.uint32)
    stopped = (np.isin(first_chars, stop_first) | np.isin(last_chars, stop_codes)).tolist()
    log_total = math.log(stream.total)
    rows = []
    for j, (k, gram) in enumerate(zip(cand.tolist(), grams, strict=True)):
        entry = keep.lexicon.get(gram)
        if entry is None and stopped[j]:
            continue
        le, re_ = float(left_ent[k]), float(right_ent[k])
        count = int(freq[k])
        log_c = math.log(count)
        pmi = min(
            log_c + log_total - math.log(heads[i][j]) - math.log(tails[i][j]) for i in range(1, n)
        )
        if pmi < keep.min_pmi:
            continue
        slogan, source = _known_as(gram, entry, bool(ctx.quoted[k]))
        rows.append(
            (
                gram,
                n,
                count,
                int(ctx.doc_freq[k]),
                pmi,
                le,
                re_,
                pmi * min(le, re_) * log_c,
                slogan,
                source,
            )
        )
    return rows


def _known_as(gram: str, entry: Any, quoted: bool) -> tuple[str | None, str | None]:
    """How a phrase is known: a lexicon slogan, a quoted numeric formula, or not at all.

    ``quoted``: the corpus writes the phrase right after an opening quotation mark.
    """
    from govtext._protect import judge_formula

    if entry is not None:
        return entry.canonical, "lexicon"
    if quoted and judge_formula(gram):
        return gram, "pattern"
    return None, None
