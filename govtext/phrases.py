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
    del texts  # the stream holds them joined
    if stream is None:
        return _empty_frame(_COLUMNS)
    counts_of: dict[str, int] = {}
    keep = _Filter(
        stop_chars=frozenset(w for w in cfg.stopword_set if len(w) == 1),
        lexicon=cfg.slogan_lexicon,
        min_doc_freq=min_doc_freq,
        min_pmi=float(min_pmi),
        min_entropy=float(min_entropy),
    )
    # each length is scored as soon as it is counted (its shorter parts are counted by
    # then) and its occurrences dropped, so that one length at a time is held
    rows = [
        row
        for level in _frequent_ngrams(stream, min_count, min_n, max_n, counts_of)
        for row in _score_level(stream, level, counts_of, keep)
    ]
    out: pd.DataFrame = pd.DataFrame(rows, columns=_COLUMNS)
    out = out.sort_values(["score", "phrase"], ascending=[False, True], kind="stable")
    if top is not None:
        out = out.head(top)
    out = out.reset_index(drop=True)
    return out


_COLUMNS = [
    "phrase", "n", "count", "doc_freq", "pmi", "left_entropy", "right_entropy",
    "score", "slogan", "source",
]
_NUMERALS = frozenset(NUMERAL_CHARS) | frozenset("零〇")

_Array = np.ndarray[Any, Any]


@dataclass(frozen=True)
class _Stream:
    """The corpus as one array of code points (documents joined by NUL).

    ``codes`` are 32-bit (every code point fits), ``doc_starts`` the position where
    each document starts (the document of a position is found by bisection, not held
    for every position).
    """

    joined: str
    codes: _Array
    doc_starts: _Array
    han: _Array
    n_docs: int
    total: float

    @classmethod
    def of(cls, texts: list[str]) -> _Stream | None:
        joined = "\x00".join(texts)
        if not joined:
            return None
        codes = np.frombuffer(
            joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32
        ).view(np.int32)  # every code point fits
        lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
        doc_starts = np.cumsum(lengths) - lengths
        han = _han_mask(codes)
        total = float(han.sum())
        if total == 0:
            return None
        return cls(joined, codes, doc_starts, han, len(texts), total)

    def doc_of(self, positions: _Array) -> _Array:
        """The document of each position."""
        return np.searchsorted(self.doc_starts, positions, side="right") - 1


#: One length of n-grams: n, the grams, their occurrences and ids, their counts.
_Level = tuple[int, list[str], _Array, _Array, _Array]


def _inverse_and_counts(key: _Array) -> tuple[_Array, _Array, _Array]:
    """``np.unique(key, return_inverse=True, return_counts=True)`` in less memory.

    The same numbering (distinct keys in increasing order), with a 32-bit inverse; the
    key array is not copied by a flatten, and the sorted keys are dropped as soon as the
    groups are known.
    """
    order = np.argsort(key, kind="quicksort")
    ordered = key[order]
    new_group = np.empty(len(ordered), dtype=bool)
    new_group[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new_group[1:])
    starts = np.flatnonzero(new_group)
    values = ordered[starts]
    del ordered
    counts = np.diff(np.append(starts, len(new_group)))
    group = np.cumsum(new_group, dtype=np.int32)
    group -= 1
    del new_group
    inverse = np.empty(len(order), dtype=np.int32)
    inverse[order] = group
    return values, inverse, counts


def _frequent_ngrams(
    stream: _Stream, min_count: int, min_n: int, max_n: int, counts_of: dict[str, int]
) -> Iterator[_Level]:
    """The levels ``min_n..max_n`` to score, one at a time.

    ``counts_of`` is filled with the count of every frequent n-gram, each length before
    its level is given.  An n-gram is frequent only if both its (n-1)-grams are, so
    n-grams grow one character at a time over the ids of the frequent shorter ones.
    Ids are 32-bit (there are fewer distinct n-grams than positions).
    """
    codes, han, size = stream.codes, stream.han, len(stream.codes)
    char_ids = np.full(size, -1, dtype=np.int32)
    uniq, inv, cnt = _inverse_and_counts(codes[han])
    frequent = cnt >= min_count
    remap = np.where(frequent, np.cumsum(frequent) - 1, -1)
    char_ids[han] = remap[inv]
    del inv
    n_chars = int(frequent.sum())
    counts_of.update(
        (chr(ch), c) for ch, c in zip(uniq[frequent].tolist(), cnt[frequent].tolist(), strict=True)
    )
    prev_ids = char_ids  # ids of the frequent (n-1)-grams starting at each position
    for n in range(2, max_n + 1):
        length = size - n + 1
        if length <= 0:
            break
        head = prev_ids[:length]
        tail = prev_ids[1 : length + 1]  # the (n-1)-gram after the first character
        last = char_ids[n - 1 : n - 1 + length]
        pos = np.flatnonzero((head >= 0) & (tail >= 0) & (last >= 0))
        if len(pos) == 0:
            break
        key = head[pos].astype(np.int64)
        key *= max(n_chars, 1)
        key += last[pos]
        _, inv, cnt = _inverse_and_counts(key)
        del key
        frequent = cnt >= min_count
        if not frequent.any():
            break
        remap = np.where(frequent, np.cumsum(frequent) - 1, -1).astype(np.int32)
        ids = np.full(length, -1, dtype=np.int32)
        ids[pos] = remap[inv]
        del pos, inv
        occ = np.flatnonzero(ids >= 0)
        occ_ids = ids[occ]
        # first occurrence of each id gives its string
        first = np.full(int(frequent.sum()), size, dtype=np.int64)
        np.minimum.at(first, occ_ids, occ)
        grams = [stream.joined[i : i + n] for i in first.tolist()]
        freq = cnt[frequent]
        counts_of.update(zip(grams, freq.tolist(), strict=True))
        prev_ids = ids
        if n >= min_n:
            yield n, grams, occ, occ_ids, freq
        del occ, occ_ids


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


def _score_level(
    stream: _Stream, level: _Level, counts_of: dict[str, int], keep: _Filter
) -> list[tuple[Any, ...]]:
    """The rows of the n-grams of one length that pass ``keep``."""
    n, grams, occ, occ_ids, freq = level
    n_ids = len(freq)
    # document frequency: distinct (id, document) pairs
    pair = np.unique(occ_ids.astype(np.int64) * (stream.n_docs + 1) + stream.doc_of(occ))
    doc_freq = np.bincount(pair // (stream.n_docs + 1), minlength=n_ids)
    left, right = _neighbours(stream, occ, n)
    left_ent = _entropy(occ_ids, left, n_ids)
    right_ent = _entropy(occ_ids, right, n_ids)
    log_total = math.log(stream.total)
    rows = []
    for k, gram in enumerate(grams):
        entry = keep.lexicon.get(gram)
        if doc_freq[k] < keep.min_doc_freq:
            continue
        if entry is None and (
            gram[0] in keep.stop_chars or gram[-1] in keep.stop_chars or gram[-1] in _NUMERALS
        ):
            continue
        le, re_ = float(left_ent[k]), float(right_ent[k])
        if le < keep.min_entropy or re_ < keep.min_entropy:
            continue
        log_c = math.log(int(freq[k]))
        pmi = min(
            log_c + log_total - math.log(counts_of[gram[:i]]) - math.log(counts_of[gram[i:]])
            for i in range(1, n)
        )
        if pmi < keep.min_pmi:
            continue
        slogan, source = _known_as(gram, entry, stream.joined)
        rows.append(
            (gram, n, int(freq[k]), int(doc_freq[k]), pmi, le, re_, pmi * min(le, re_) * log_c,
             slogan, source)
        )
    return rows


def _known_as(gram: str, entry: Any, joined: str) -> tuple[str | None, str | None]:
    """How a phrase is known: a lexicon slogan, a quoted numeric formula, or not at all."""
    from govtext._protect import judge_formula

    if entry is not None:
        return entry.canonical, "lexicon"
    if judge_formula(gram) and any(f"{q}{gram}" in joined for q in "“\"「"):
        return gram, "pattern"
    return None, None
