r"""Text reuse: passages shared between reports, exactly or with edits, and boilerplate.

* :func:`text_reuse` — passages of at least ``min_chars`` characters shared between two
  reports, verbatim (the default) or with edits (``min_similarity`` below 1), with their
  positions in both source texts.
* :func:`find_boilerplate` — passages repeated across many documents of a corpus
  (licence footers, page chrome, templates).
* :func:`mask_boilerplate` — the corpus with those passages blanked out (same offsets),
  which is what ``boilerplate="mask"`` of :func:`govtext.discover_phrases`,
  :func:`govtext.keyness` and :func:`govtext.stats` uses.

All three compare the same *stream* of a text: normalized (width folding, invisible
characters), without whitespace and, with ``ignore_punct``, without punctuation; every
position of the stream maps back to a character of the source text.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, cast

from govtext._params import BOOL, NUMBER, POSITIVE_INT, validate_params
from govtext._util import ParameterError, check_positive_int
from govtext.corpus import text_frame

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt
    import pandas as pd

__all__ = ["find_boilerplate", "mask_boilerplate", "text_reuse"]

#: Columns of :func:`text_reuse`.
REUSE_COLUMNS = [
    "doc_a", "doc_b", "start_a", "end_a", "start_b", "end_b", "n_chars", "similarity", "text",
]
#: Columns of :func:`find_boilerplate`.
BOILERPLATE_COLUMNS = ["doc_id", "start", "end", "n_chars", "n_docs", "text"]


# --------------------------------------------------------------------------- streams and hashes

_BASE = 0x100000001B3  # 64-bit FNV prime, odd
_MIX = 0x9E3779B97F4A7C15


def _stream(text: str, ignore_punct: bool) -> tuple[str, npt.NDArray[np.int64]]:
    """Characters compared for reuse, and the source position of each.

    The text is normalized (width folding, invisible characters); whitespace is left
    out, and punctuation too when ``ignore_punct``.
    """
    import numpy as np

    from govtext.normalization import normalize_with_offsets

    nt = normalize_with_offsets(text)
    keep = [
        i for i, ch in enumerate(nt.text)
        if not ch.isspace() and (not ignore_punct or ch.isalnum())
    ]
    stream = "".join(nt.text[i] for i in keep)
    src = nt.index[np.asarray(keep, dtype=np.int64)] if keep else np.zeros(0, np.int64)
    return stream, src.astype(np.int64)


def _kgram_hashes(stream: str, k: int) -> npt.NDArray[np.uint64]:
    """Polynomial hashes (mod 2**64) of every k-gram of ``stream``, mixed."""
    import numpy as np

    n = len(stream) - k + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    codes = np.frombuffer(stream.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    base = np.uint64(_BASE)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * base + codes[j : j + n]
        h ^= h >> np.uint64(29)
        h *= np.uint64(_MIX)
        h ^= h >> np.uint64(32)
    return h


def _winnow(h: npt.NDArray[np.uint64], w: int) -> npt.NDArray[np.int64]:
    """Positions selected by winnowing (every window of ``w`` hashes keeps its minimum)."""
    import numpy as np

    n = len(h)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    if w <= 1 or n <= w:
        if n <= w:
            return np.asarray([int(np.argmin(h))], dtype=np.int64)
        return np.arange(n, dtype=np.int64)
    from numpy.lib.stride_tricks import sliding_window_view

    # window j covers h[j : j + w]; position i is kept if it is the minimum of a window
    mins = sliding_window_view(h, w).min(axis=1)  # len n - w + 1
    # the largest window minimum among the windows that contain i
    padded = np.concatenate([np.zeros(w - 1, dtype=np.uint64), mins,
                             np.zeros(w - 1, dtype=np.uint64)])
    best = sliding_window_view(padded, w).max(axis=1)[: n]
    return np.flatnonzero(h == best).astype(np.int64)



def _fingerprints(
    texts: list[str], ignore_punct: bool, k: int, w: int, min_chars: int
) -> tuple[list[str], list[npt.NDArray[np.int64]], pd.DataFrame | None]:
    """Each text's stream and source map, and the winnowed k-gram fingerprints of all.

    The fingerprints table has the columns ``h`` (hash), ``doc`` and ``pos`` (in the
    stream); None when fewer than two texts are long enough.
    """
    import numpy as np
    import pandas as pd

    streams: list[str] = []
    sources: list[npt.NDArray[np.int64]] = []
    hashes, docs, positions = [], [], []
    for i, text in enumerate(texts):
        stream, src = _stream(text, ignore_punct)
        streams.append(stream)
        sources.append(src)
        if len(stream) < min_chars:
            continue
        h = _kgram_hashes(stream, k)
        sel = _winnow(h, w)
        hashes.append(h[sel])
        positions.append(sel)
        docs.append(np.full(len(sel), i, dtype=np.int64))
    if len(hashes) < 2:
        return streams, sources, None
    fp = pd.DataFrame(
        {"h": np.concatenate(hashes), "doc": np.concatenate(docs),
         "pos": np.concatenate(positions)}
    ).drop_duplicates(["h", "doc", "pos"])
    return streams, sources, fp


def _extend(sa: str, sb: str, pa: int, pb: int, k: int) -> tuple[int, int, int]:
    """The longest common run of ``sa`` and ``sb`` through the k-grams at ``pa``, ``pb``.

    Returns ``(start_a, start_b, length)``.
    """
    s_a, s_b = pa, pb
    while s_a > 0 and s_b > 0 and sa[s_a - 1] == sb[s_b - 1]:
        s_a -= 1
        s_b -= 1
    e_a, e_b = pa + k, pb + k
    while e_a < len(sa) and e_b < len(sb) and sa[e_a] == sb[e_b]:
        e_a += 1
        e_b += 1
    return s_a, s_b, e_a - s_a


def _shared_passages(
    fingerprints: pd.DataFrame, streams: list[str], k: int, min_chars: int
) -> dict[tuple[int, int, int, int], int]:
    """Passages two documents share: ``(doc_a, doc_b, start_a, start_b) -> length``.

    Every pair of documents with a common fingerprint is extended to the longest common
    run, once per diagonal stretch already covered.
    """
    found: dict[tuple[int, int, int, int], int] = {}
    covered: dict[tuple[int, int, int], list[tuple[int, int]]] = {}
    for _, group in fingerprints.groupby("h", sort=False):
        occ = list(zip(group["doc"].tolist(), group["pos"].tolist(), strict=True))
        for x in range(len(occ)):
            for y in range(x + 1, len(occ)):
                (da, pa), (db, pb) = sorted((occ[x], occ[y]))
                if da == db:
                    continue
                diag = (da, db, pa - pb)
                if any(s <= pa < e for s, e in covered.get(diag, ())):
                    continue
                sa, sb = streams[da], streams[db]
                if sa[pa : pa + k] != sb[pb : pb + k]:
                    continue  # hash collision
                s_a, s_b, length = _extend(sa, sb, pa, pb, k)
                covered.setdefault(diag, []).append((s_a, s_a + length))
                if length >= min_chars:
                    found[(da, db, s_a, s_b)] = length
    return found


def _chains(
    seeds: dict[tuple[int, int, int, int], int], max_gap: int
) -> dict[tuple[int, int], list[tuple[int, int, int, int]]]:
    """Exact seeds of each pair of documents chained into regions ``(sa, ea, sb, eb)``.

    Seeds are visited in stream order of document A; a seed continues the open region
    of its pair whose ends it follows most closely, when it starts at most ``max_gap``
    characters after that region's ends in both documents (and not before them by more
    than the seed's own length) and the two gaps differ by at most ``max_gap`` (an
    insertion or deletion of up to ``max_gap`` characters); otherwise it opens a region.
    """
    by_pair: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
    for (da, db, s_a, s_b), length in seeds.items():
        by_pair.setdefault((da, db), []).append((s_a, s_b, length))
    out: dict[tuple[int, int], list[tuple[int, int, int, int]]] = {}
    for pair, items in by_pair.items():
        regions: list[list[int]] = []  # [sa, ea, sb, eb]
        for s_a, s_b, length in sorted(items):
            best, best_gap = None, max_gap + 1
            for region in regions:
                gap_a, gap_b = s_a - region[1], s_b - region[3]
                if (-length < gap_a <= max_gap and -length < gap_b <= max_gap
                        and abs(gap_a - gap_b) <= max_gap and max(gap_a, gap_b) < best_gap):
                    best, best_gap = region, max(gap_a, gap_b)
            if best is None:
                regions.append([s_a, s_a + length, s_b, s_b + length])
            else:
                best[1] = max(best[1], s_a + length)
                best[3] = max(best[3], s_b + length)
        out[pair] = [(r[0], r[1], r[2], r[3]) for r in regions]
    return out


def _similar_regions(
    seeds: dict[tuple[int, int, int, int], int],
    streams: list[str],
    min_chars: int,
    min_similarity: float,
    max_gap: int,
) -> list[tuple[int, int, int, int, int, int, float]]:
    """Chained regions long and similar enough: ``(da, db, sa, ea, sb, eb, similarity)``.

    Similarity is the normalized Levenshtein similarity of the two stretches of stream
    (1 − edit distance / length of the longer), computed with :mod:`rapidfuzz`.
    """
    from rapidfuzz.distance import Levenshtein

    found = []
    for (da, db), regions in _chains(seeds, max_gap).items():
        for s_a, e_a, s_b, e_b in regions:
            if max(e_a - s_a, e_b - s_b) < min_chars:
                continue
            sim = float(Levenshtein.normalized_similarity(streams[da][s_a:e_a],
                                                          streams[db][s_b:e_b]))
            if sim >= min_similarity:
                found.append((da, db, s_a, e_a, s_b, e_b, sim))
    return found


@validate_params(
    {
        "min_chars": POSITIVE_INT,
        "ignore_punct": BOOL,
        "kgram": POSITIVE_INT,
        "max_doc_share": NUMBER,
        "min_similarity": NUMBER,
        "max_gap": POSITIVE_INT,
    }
)
def text_reuse(
    corpus: Any,
    *,
    min_chars: int = 50,
    ignore_punct: bool = True,
    kgram: int = 8,
    max_doc_share: float = 1.0,
    min_similarity: float = 1.0,
    max_gap: int = 20,
) -> pd.DataFrame:
    r"""Passages of at least ``min_chars`` characters shared between reports.

    **Verbatim** (``min_similarity=1``, the default): every maximal passage that two
    documents share is found, as long as it has at least ``min_chars`` compared
    characters: the texts are normalized, whitespace (and, with ``ignore_punct``,
    punctuation) is set aside, every ``kgram``-character shingle is hashed, a winnowing
    window of ``min_chars - kgram + 1`` shingles keeps the fingerprints (so that any
    shared passage of ``min_chars`` characters shares at least one fingerprint,
    Schleimer et al. 2003), the fingerprints shared by two documents are checked
    character by character and extended left and right to the maximal common passage.
    The work grows with the corpus size and the amount of shared text, not with the
    square of the document lengths.

    **With edits** (``min_similarity`` below 1, e.g. 0.8): the verbatim passages of at
    least ``kgram`` characters are the seeds (every run of ``kgram + kgram // 2 - 1``
    characters is found: winnowing with a window of ``kgram // 2`` shingles; lower
    ``kgram`` for denser edits); seeds of one pair of
    documents that follow each other within ``max_gap`` characters in both texts (an
    insertion, deletion or substitution between them) are chained into one region, and
    a region of at least ``min_chars`` characters is reported when the normalized
    Levenshtein similarity of its two stretches (1 − edit distance / length of the
    longer) is at least ``min_similarity``.  Verbatim passages come out too, with
    similarity 1.

    Parameters
    ----------
    corpus : corpus
        DataFrame (``doc_id``, ``text``), mapping ``{doc_id: text}`` or paths.
    min_chars : int, default 50
        Minimum length of a reported passage, in compared characters (Han characters,
        letters and digits when ``ignore_punct``; also punctuation otherwise).
    ignore_punct : bool, default True
        Compare texts without their punctuation, so ``不敢腐、不能腐`` matches
        ``不敢腐不能腐``.
    kgram : int, default 8
        Shingle length (at most ``min_chars``).
    max_doc_share : float, default 1.0
        Ignore fingerprints found in more than this share of the documents (lower it,
        e.g. to 0.5, to skip formulas every report repeats in large corpora).
    min_similarity : float, default 1.0
        In (0, 1]: 1 finds verbatim passages only; lower values also passages reused
        with edits.
    max_gap : int, default 20
        With edits: the largest stretch of differing characters between two verbatim
        seeds of one passage.

    Returns
    -------
    pandas.DataFrame
        One row per shared passage and pair of documents: ``doc_a``, ``doc_b`` (in
        corpus order), ``start_a``, ``end_a``, ``start_b``, ``end_b`` (source offsets
        in each text), ``n_chars`` (compared characters, in document A),
        ``similarity`` (1.0 for a verbatim passage) and ``text`` (the passage as it
        reads in document A); longest first.

    Examples
    --------
    >>> shared = "严格落实全面从严治党主体责任，认真履行一岗双责，坚持把纪律和规矩挺在前面。"
    >>> docs = {"a": "今年以来，" + shared + "成效明显。", "b": "我们" + shared}
    >>> r = text_reuse(docs, min_chars=20)
    >>> r[["doc_a", "doc_b", "start_a", "start_b", "n_chars", "similarity"]].values.tolist()
    [['a', 'b', 5, 2, 34, 1.0]]
    >>> r.loc[0, "text"] == docs["a"][5:41] == docs["b"][2:38]
    True

    A passage copied with two words changed is one passage with edits:

    >>> edited = shared.replace("认真", "切实").replace("坚持", "始终坚持")
    >>> r = text_reuse({"a": shared, "b": edited}, min_chars=20, min_similarity=0.8)
    >>> r[["n_chars", "similarity"]].round(2).values.tolist()
    [[34.0, 0.89]]
    """
    import pandas as pd

    check_positive_int(min_chars, "min_chars", "text_reuse")
    check_positive_int(kgram, "kgram", "text_reuse")
    check_positive_int(max_gap, "max_gap", "text_reuse")
    for name, value in (("max_doc_share", max_doc_share), ("min_similarity", min_similarity)):
        if not (isinstance(value, (int, float)) and 0 < value <= 1):
            raise ParameterError(
                f"The {name!r} parameter of text_reuse must be a float in (0, 1]. "
                f"Got {value!r} instead."
            )
    frame = text_frame(corpus, "text_reuse")
    ids = frame["doc_id"].tolist()
    texts = frame["text"].tolist()
    fuzzy = min_similarity < 1
    seed_chars = kgram if fuzzy else min_chars
    k = min(kgram, seed_chars)
    window = max(1, k // 2) if fuzzy else seed_chars - k + 1
    streams, sources, fingerprints = _fingerprints(texts, ignore_punct, k, window, seed_chars)
    if fingerprints is None:
        return _empty(REUSE_COLUMNS)
    n_docs_per_h = fingerprints.groupby("h")["doc"].transform("nunique")
    limit = max(2, math.floor(max_doc_share * len(texts)))
    shared = fingerprints[(n_docs_per_h >= 2) & (n_docs_per_h <= limit)]
    seeds = _shared_passages(shared, streams, k, seed_chars)
    if fuzzy:
        regions = _similar_regions(seeds, streams, min_chars, float(min_similarity), max_gap)
    else:
        regions = [(da, db, s_a, s_a + n, s_b, s_b + n, 1.0)
                   for (da, db, s_a, s_b), n in seeds.items()]
    rows = []
    for da, db, s_a, e_a, s_b, e_b, sim in regions:
        src_a, src_b = sources[da], sources[db]
        a0, a1 = int(src_a[s_a]), int(src_a[e_a - 1]) + 1
        b0, b1 = int(src_b[s_b]), int(src_b[e_b - 1]) + 1
        rows.append(
            {"doc_a": ids[da], "doc_b": ids[db], "start_a": a0, "end_a": a1,
             "start_b": b0, "end_b": b1, "n_chars": e_a - s_a, "similarity": sim,
             "text": texts[da][a0:a1], "_order": (da, db, a0)}
        )
    if not rows:
        return _empty(REUSE_COLUMNS)
    result: pd.DataFrame = pd.DataFrame(rows)
    result = result.sort_values(["n_chars", "_order"], ascending=[False, True], kind="stable")
    result = result[REUSE_COLUMNS].reset_index(drop=True)
    return cast(
        "pd.DataFrame",
        result.astype({c: "int64" for c in ("start_a", "end_a", "start_b", "end_b", "n_chars")}),
    )


def _empty(columns: list[str]) -> pd.DataFrame:
    import pandas as pd

    return cast("pd.DataFrame", pd.DataFrame(columns=columns))


# --------------------------------------------------------------------------- boilerplate


def _common_runs(
    h: npt.NDArray[np.uint64], df: npt.NDArray[np.int64], min_docs: int, k: int, min_chars: int
) -> list[tuple[int, int, int]]:
    """Stretches of a stream covered by k-grams found in ``min_docs`` documents or more.

    Returns ``(start, end, n_docs)`` in stream positions, for stretches of at least
    ``min_chars`` characters; ``n_docs`` is the fewest documents any k-gram of the
    stretch is found in.
    """
    import numpy as np

    common = np.flatnonzero(df >= min_docs)
    if len(common) == 0:
        return []
    n = len(h) + k - 1
    cover = np.zeros(n + 1, dtype=np.int64)
    np.add.at(cover, common, 1)
    np.add.at(cover, common + k, -1)
    covered = np.cumsum(cover[:n]) > 0
    edges = np.flatnonzero(np.diff(np.concatenate(([0], covered.astype(np.int8), [0]))))
    runs = []
    for start, end in zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True):
        if end - start < min_chars:
            continue
        inside = df[start : end - k + 1]
        runs.append((start, end, int(inside[inside >= min_docs].min())))
    return runs


@validate_params(
    {
        "min_chars": POSITIVE_INT,
        "min_docs": POSITIVE_INT,
        "min_share": NUMBER,
        "kgram": POSITIVE_INT,
        "ignore_punct": BOOL,
    }
)
def find_boilerplate(
    corpus: Any,
    *,
    min_chars: int = 50,
    min_docs: int = 3,
    min_share: float = 0.1,
    kgram: int = 8,
    ignore_punct: bool = True,
) -> pd.DataFrame:
    r"""Passages repeated across many documents of a corpus: footers, page chrome, templates.

    A character is boilerplate when a ``kgram``-character shingle through it (in the
    compared stream: normalized, without whitespace and, with ``ignore_punct``,
    punctuation) occurs in at least ``max(min_docs, ceil(min_share × documents))``
    documents; a passage is a run of such characters at least ``min_chars`` long.
    Repeats inside one document do not count.  One pass over the corpus hashes every
    shingle (numpy), the document frequency of each hash comes from one sort, and a
    second pass marks the runs: linear in the corpus size.

    Parameters
    ----------
    corpus : corpus
        DataFrame (``doc_id``, ``text``), mapping ``{doc_id: text}`` or paths.
    min_chars : int, default 50
        Minimum length of a passage, in compared characters.
    min_docs : int, default 3
        Minimum number of documents a passage must occur in.
    min_share : float, default 0.1
        Minimum share of the corpus's documents it must occur in (the larger of the two
        thresholds applies).
    kgram : int, default 8
        Shingle length (at most ``min_chars``).
    ignore_punct : bool, default True
        Compare without punctuation.

    Returns
    -------
    pandas.DataFrame
        One row per passage and document: ``doc_id``, ``start``, ``end`` (source
        offsets: ``text[start:end]`` is the passage), ``n_chars`` (compared
        characters), ``n_docs`` (documents it occurs in) and ``text``; in corpus and
        text order.

    Examples
    --------
    >>> footer = ("本文件为公开发布的政府信息，转载请注明来源，"
    ...           "未经许可不得用于商业用途，违者依法追究责任。")
    >>> docs = {f"d{i}": f"第{i}份报告的正文各不相同，内容{i}。\n" + footer for i in range(4)}
    >>> b = find_boilerplate(docs, min_chars=20)
    >>> b[["doc_id", "n_chars", "n_docs"]].values.tolist()[:2]
    [['d0', 40, 4], ['d1', 40, 4]]
    >>> b.loc[0, "text"] == footer[:-1]
    True
    """
    import numpy as np
    import pandas as pd

    for name, value in (("min_chars", min_chars), ("min_docs", min_docs), ("kgram", kgram)):
        check_positive_int(value, name, "find_boilerplate")
    if not (isinstance(min_share, (int, float)) and 0 <= min_share <= 1):
        raise ParameterError(
            "The 'min_share' parameter of find_boilerplate must be a float in [0, 1]. "
            f"Got {min_share!r} instead."
        )
    frame = text_frame(corpus, "find_boilerplate")
    ids = frame["doc_id"].tolist()
    texts = frame["text"].tolist()
    k = min(kgram, min_chars)
    threshold = max(min_docs, math.ceil(min_share * len(texts)))
    uniques = []
    for text in texts:
        stream, _ = _stream(text, ignore_punct)
        uniques.append(np.unique(_kgram_hashes(stream, k)))
    if not uniques or len(texts) < threshold:
        return _empty(BOILERPLATE_COLUMNS)
    values, counts = np.unique(np.concatenate(uniques), return_counts=True)
    del uniques
    rows = []
    for doc_id, text in zip(ids, texts, strict=True):
        stream, src = _stream(text, ignore_punct)
        h = _kgram_hashes(stream, k)
        if len(h) == 0:
            continue
        df = counts[np.searchsorted(values, h)].astype(np.int64)
        for s, e, n_docs in _common_runs(h, df, threshold, k, min_chars):
            start, end = int(src[s]), int(src[e - 1]) + 1
            rows.append({"doc_id": doc_id, "start": start, "end": end, "n_chars": e - s,
                         "n_docs": n_docs, "text": text[start:end]})
    if not rows:
        return _empty(BOILERPLATE_COLUMNS)
    out = pd.DataFrame(rows, columns=BOILERPLATE_COLUMNS)
    return cast("pd.DataFrame", out.astype({c: "int64" for c in ("start", "end", "n_chars",
                                                                  "n_docs")}))


def mask_boilerplate(corpus: Any, **options: Any) -> pd.DataFrame:
    r"""The corpus with its boilerplate blanked out: offsets unchanged, nothing else touched.

    Every character of a passage found by :func:`find_boilerplate` (called with
    ``options``) becomes a space, line breaks excepted, so that ``start``/``end`` of any
    later analysis still index the original texts and a masked passage joins neither
    the words nor the sentences around it.

    Parameters
    ----------
    corpus : corpus
        DataFrame (``doc_id``, ``text``), mapping ``{doc_id: text}`` or paths.
    **options
        Passed to :func:`find_boilerplate` (``min_chars``, ``min_docs``, ``min_share``,
        ``kgram``, ``ignore_punct``).

    Returns
    -------
    pandas.DataFrame
        The corpus (with ``doc_id``), ``text`` masked, and a column ``n_boilerplate``:
        the characters masked in each document.

    Examples
    --------
    >>> footer = ("本文件为公开发布的政府信息，转载请注明来源，"
    ...           "未经许可不得用于商业用途，违者依法追究责任。")
    >>> docs = {f"d{i}": f"第{i}份报告的正文各不相同，内容{i}。\n" + footer for i in range(4)}
    >>> masked = mask_boilerplate(docs, min_chars=20)
    >>> masked.loc[0, "text"].split()
    ['第0份报告的正文各不相同，内容0。', '。']
    >>> masked["n_boilerplate"].tolist()
    [43, 43, 43, 43]
    """
    frame = text_frame(corpus, "mask_boilerplate").copy()
    passages = find_boilerplate(frame, **options)
    spans: dict[str, list[tuple[int, int]]] = {}
    for doc_id, start, end in zip(passages["doc_id"], passages["start"], passages["end"],
                                  strict=True):
        spans.setdefault(str(doc_id), []).append((int(start), int(end)))
    masked, n_masked = [], []
    for doc_id, text in zip(frame["doc_id"].tolist(), frame["text"].tolist(), strict=True):
        chars = list(text)
        n = 0
        for start, end in spans.get(str(doc_id), ()):
            for i in range(start, end):
                if chars[i] not in "\n\r":
                    chars[i] = " "
                    n += 1
        masked.append("".join(chars))
        n_masked.append(n)
    frame["text"] = masked
    frame["n_boilerplate"] = n_masked
    return cast("pd.DataFrame", frame)
