r"""Characters a regular expression cannot match without: a cheap filter before a search.

For a compiled pattern, :func:`requirement` works out, from the parsed expression, sets of
characters at least one of which every match must contain (``已经|累计`` needs 已 or
累; ``到\d{4}年`` needs 到, or a digit, or 年).  :class:`CharFilter` picks, for one text,
the cheapest such set of each pattern (the characters least frequent in that text), marks
them in one pass with numpy and tells, for any number of spans at once, which spans
contain one of them.  A span that contains none cannot hold a match, so the search in it
can be skipped: the result is the same, only faster.

Where the analysis cannot say (an expression that can match the empty string, negated
classes only, flags), the pattern has no requirement and every span is searched.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["CharFilter", "finditer", "requirement"]

# A requirement: ("set", chars) - one of these characters;
#                ("seq", [req, ...]) - every part is required: any one of them will do;
#                ("alt", [req, ...]) - one of the alternatives: the union of their sets.
Req = tuple[str, Any]

_BMP = 0x10000
_OTHER = 0xFFFF  # non-BMP characters (and U+FFFF) share this slot
_MAX_SET = 4096  # larger character classes are not used as requirements


@functools.cache
def _sre() -> tuple[Any, Any]:
    """The regular expression parser and its constants (``re._parser`` from 3.11)."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as _constants
        import sre_parse as _parser
    return _parser, _constants


@functools.cache
def _decimal_digits() -> frozenset[str]:
    # \d of a str pattern: the Unicode decimal digits (str.isdecimal)
    return frozenset(chr(c) for c in range(0x110000) if chr(c).isdecimal())


def _class_chars(items: list[Any]) -> frozenset[str] | None:
    c = _sre()[1]

    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE:
            lo, hi = av
            if hi - lo > _MAX_SET:
                return None
            chars.update(chr(x) for x in range(lo, hi + 1))
        elif op is c.CATEGORY and av in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
            chars.update(_decimal_digits())
        else:  # negation, other categories, ...
            return None
    return frozenset(chars)


def _req(items: Any) -> Req | None:
    """Requirement of a parsed sequence (``None``: nothing required)."""
    c = _sre()[1]

    parts: list[Req] = []
    for op, av in items:
        r: Req | None = None
        if op is c.LITERAL:
            r = ("set", frozenset(chr(av)))
        elif op is c.IN:
            chars = _class_chars(av)
            r = ("set", chars) if chars else None
        elif op is c.SUBPATTERN:
            r = _req(av[-1])
        elif op is getattr(c, "ATOMIC_GROUP", None):
            r = _req(av)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            lo, _hi, sub = av
            r = _req(sub) if lo >= 1 else None
        elif op is c.BRANCH:
            alts = [_req(alt) for alt in av[1]]
            r = None if any(a is None for a in alts) else ("alt", alts)
        # AT, ASSERT, ASSERT_NOT, ANY, NOT_LITERAL, GROUPREF...: nothing required
        if r is not None:
            parts.append(r)
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else ("seq", parts)


@functools.cache
def requirement(pattern: re.Pattern[str]) -> Req | None:
    """The requirement of a compiled pattern, or ``None`` when it has none we can use.

    Examples
    --------
    >>> requirement(re.compile("已经|累计"))[0]
    'alt'
    >>> requirement(re.compile("a?")) is None
    True
    """
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None
    try:
        _parser = _sre()[0]
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        return _req(list(parsed))
    except Exception:  # pragma: no cover - a parser of another Python version
        return None


class _UnknownError(Exception):
    """A construct whose first characters are not worked out."""


def _first(items: Any) -> tuple[frozenset[str], bool]:
    """Characters a match of a parsed sequence can start with, and whether it can be empty."""
    c = _sre()[1]

    chars: set[str] = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the next item gives the first character
        if op is c.LITERAL:
            item, nullable = frozenset(chr(av)), False
        elif op is c.IN:
            found = _class_chars(av)
            if found is None:
                raise _UnknownError
            item, nullable = found, False
        elif op is c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                raise _UnknownError
            item, nullable = _first(av[-1])
        elif op is getattr(c, "ATOMIC_GROUP", None):
            item, nullable = _first(av)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            lo, _hi, sub = av
            item, nullable = _first(sub)
            nullable = nullable or lo == 0
        elif op is c.BRANCH:
            alts = [_first(alt) for alt in av[1]]
            item = frozenset().union(*(a[0] for a in alts))
            nullable = any(a[1] for a in alts)
        else:  # ANY, NOT_LITERAL, group references ...
            raise _UnknownError
        chars |= item
        if not nullable:
            return frozenset(chars), False
    return frozenset(chars), True


@functools.cache
def _start_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A class of the characters every match of ``pattern`` starts with (or ``None``)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None
    try:
        _parser = _sre()[0]
        chars, nullable = _first(list(_parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # _UnknownError, or a parser of another Python version
        return None
    if nullable or not chars:
        return None
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]")


def finditer(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text, pos, endpos)``, found faster where it can be.

    An alternation whose branches do not start with a literal makes the expression
    engine try every branch at every position; here the places where a match can start
    (its possible first characters) are found first, by a character class the engine
    skips to quickly, and the pattern is tried there only.  Same matches, same order
    (a pattern that can match the empty string is left to ``finditer``).

    Examples
    --------
    >>> p = re.compile("(?P<a>[一二]是)|第[一二](?=，)")
    >>> [m.group() for m in finditer(p, "一是学习，第二，二是")]
    ['一是', '第二', '二是']
    """
    end = len(text) if endpos is None else endpos
    starts = _start_pattern(pattern)
    if starts is None:
        yield from pattern.finditer(text, pos, end)
        return
    search = starts.search
    match = pattern.match
    while True:
        hit = search(text, pos, end)
        if hit is None:
            return
        q = hit.start()
        m = match(text, q, end)
        if m is None:
            pos = q + 1
        else:
            yield m
            pos = m.end()


@functools.cache
def _slots(chars: frozenset[str]) -> npt.NDArray[np.intp]:
    """Slots of the characters in a table over the Basic Multilingual Plane."""
    return np.unique(np.array([min(ord(ch), _OTHER) for ch in chars], dtype=np.intp))


@functools.cache
def _meets(chars: frozenset[str], other: str) -> bool:
    return not chars.isdisjoint(other)


def _simplify(req: Req) -> Req:
    """The same requirement, simpler.

    Nested parts of one kind are merged and the sets of an alternation joined
    (``alt(set, set)`` is the union of the sets).
    """
    kind, av = req
    if kind == "set":
        return req
    parts: list[Req] = []
    for r in (_simplify(r) for r in av):
        if r[0] == kind:
            parts.extend(r[1])
        else:
            parts.append(r)
    if kind == "alt":
        sets = [r for r in parts if r[0] == "set"]
        if len(sets) > 1:
            union: frozenset[str] = frozenset().union(*(r[1] for r in sets))
            parts = [("set", union)] + [r for r in parts if r[0] != "set"]
    return parts[0] if len(parts) == 1 else (kind, parts)


class _Group:
    """Patterns filtered together: their requirements as one forest, evaluated with numpy.

    Each text chooses, for each pattern, the character sets of least total count (in
    that text) that every match needs one of: at a ``seq`` node the cheapest part, at an
    ``alt`` node all the alternatives.  The nodes of all patterns are evaluated level by
    level (leaves first), a few array operations per level.
    """

    def __init__(self, patterns: tuple[re.Pattern[str], ...], ignore: str) -> None:
        self.n = len(patterns)
        kinds: list[str] = []
        children: list[list[int]] = []
        heights: list[int] = []
        leaf_sets: list[frozenset[str]] = []
        leaf_node: list[int] = []
        roots: list[int] = []  # root node of each pattern, -1 without a requirement

        def add(req: Req) -> int:
            kind, av = req
            if kind == "set":
                kids: list[int] = []
                leaf_sets.append(av)
                leaf_node.append(len(kinds))
                height = 0
            else:
                kids = [add(r) for r in av]
                height = 1 + max(heights[k] for k in kids)
            kinds.append(kind)
            children.append(kids)
            heights.append(height)
            return len(kinds) - 1

        for pattern in patterns:
            req = requirement(pattern)
            roots.append(-1 if req is None else add(_simplify(req)))
        owner = np.full(len(kinds), -1, dtype=np.intp)  # the pattern of each node
        for j, root in enumerate(roots):
            todo = [root] if root >= 0 else []
            while todo:
                node = todo.pop()
                owner[node] = j
                todo.extend(children[node])
        self.n_nodes = len(kinds)
        self.roots = np.array([r for r in roots if r >= 0], dtype=np.intp)
        self.no_requirement = np.array([r < 0 for r in roots], dtype=bool)
        # dense character ids: 1 + the number of a character some leaf uses, 0 others
        slots = sorted({int(x) for s in leaf_sets for x in _slots(s)})
        self.ids = np.zeros(_BMP, dtype=np.intp)
        self.ids[slots] = np.arange(1, len(slots) + 1)
        self.n_ids = len(slots) + 1
        leaf_ids = [self.ids[_slots(s)] for s in leaf_sets]
        self.leaf_node = np.array(leaf_node, dtype=np.intp)
        self.leaf_chars = np.concatenate(leaf_ids) if leaf_ids else np.zeros(0, np.intp)
        lengths = np.array([len(x) for x in leaf_ids], dtype=np.intp)
        self.leaf_offsets = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.intp)
        # the pattern of each character entry of the leaves, as a bit
        self.leaf_char_bits = np.repeat(
            np.left_shift(np.uint64(1), owner[self.leaf_node].astype(np.uint64)), lengths
        )
        self.leaf_char_leaf = np.repeat(np.arange(len(leaf_ids)), lengths)
        self.leaf_ignored = np.array([_meets(s, ignore) for s in leaf_sets], dtype=bool)
        self.leaf_owner = owner[self.leaf_node]
        # inner nodes by height and kind: (is_seq, parents, children, offsets, counts)
        self.levels: list[tuple[bool, Any, Any, Any, Any]] = []
        for height in range(1, max(heights, default=0) + 1):
            for kind in ("seq", "alt"):
                parents = [i for i, h in enumerate(heights) if h == height and kinds[i] == kind]
                if not parents:
                    continue
                counts = [len(children[p]) for p in parents]
                self.levels.append((
                    kind == "seq",
                    np.array(parents, dtype=np.intp),
                    np.array([c for p in parents for c in children[p]], dtype=np.intp),
                    np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.intp),
                    np.array(counts, dtype=np.intp),
                ))

    def bits(self, counts: npt.NDArray[np.intp]) -> tuple[Any, Any]:
        """Choices for a text whose character ids occur ``counts`` times.

        Returns, per character id, the bits of the patterns that chose it, and the
        patterns that cannot be filtered (no requirement, or a chosen set meets
        ``ignore``).
        """
        cost = np.zeros(self.n_nodes, dtype=np.int64)
        best = np.full(self.n_nodes, -1, dtype=np.intp)  # chosen part of a seq node
        if len(self.leaf_node):
            cost[self.leaf_node] = np.add.reduceat(counts[self.leaf_chars], self.leaf_offsets)
        for is_seq, parents, kids, offsets, n_kids in self.levels:
            kid_cost = cost[kids]
            if is_seq:
                low = np.minimum.reduceat(kid_cost, offsets)
                cost[parents] = low
                # the first part of least cost
                at = np.where(kid_cost == np.repeat(low, n_kids), np.arange(len(kids)), len(kids))
                best[parents] = kids[np.minimum.reduceat(at, offsets)]
            else:
                cost[parents] = np.add.reduceat(kid_cost, offsets)
        chosen = np.zeros(self.n_nodes, dtype=bool)
        chosen[self.roots] = True
        for is_seq, parents, kids, _offsets, n_kids in reversed(self.levels):
            on = chosen[parents]
            if is_seq:
                chosen[best[parents[on]]] = True
            else:
                chosen[kids[np.repeat(on, n_kids)]] = True
        leaf_chosen = chosen[self.leaf_node]
        always = self.no_requirement.copy()
        always[self.leaf_owner[leaf_chosen & self.leaf_ignored]] = True
        bits = np.zeros(self.n_ids, dtype=np.uint64)
        take = leaf_chosen[self.leaf_char_leaf]
        np.bitwise_or.at(bits, self.leaf_chars[take], self.leaf_char_bits[take])
        bits[0] = 0
        return bits, always


#: Characters of text whose marks :class:`CharFilter` makes at a time.
_PIECE = 2**16


@functools.cache
def _group(patterns: tuple[re.Pattern[str], ...], ignore: str) -> _Group:
    return _Group(patterns, ignore)


class CharFilter:
    """Which spans of one text contain a character each pattern needs.

    Parameters
    ----------
    text : str
        The text the spans index.
    patterns : sequence of compiled patterns
        The patterns to filter for (at most 64).
    ignore : str
        Characters that the strings actually searched may contain although ``text``
        does not have them there (replacement characters): a pattern that needs one of
        them is never filtered.

    Examples
    --------
    >>> f = CharFilter("已经完成。正在推进。", [re.compile("已经|累计")])
    >>> f.contains([0, 5], [5, 10]).tolist()
    [[True], [False]]
    """

    def __init__(self, text: str, patterns: Any, ignore: str = "") -> None:
        if len(patterns) > 64:
            raise ValueError("CharFilter handles at most 64 patterns")
        group = _group(tuple(patterns), ignore)
        self._group = group
        self._text = text
        # the characters' ids are counted a piece of the text at a time, and their marks
        # made for the spans asked about: nothing of the size of the text is held
        counts = np.zeros(group.n_ids, dtype=np.int64)
        for a in range(0, len(text), _PIECE):
            counts += np.bincount(self._ids(a, a + _PIECE), minlength=group.n_ids)
        self._bits, self._always = group.bits(counts)
        self._n = len(patterns)

    def _ids(self, a: int, b: int) -> Any:
        codes = np.frombuffer(self._text[a:b].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        return self._group.ids[np.minimum(codes, _OTHER)]

    def _marks(self, a: int, b: int) -> Any:
        """The pattern bits of ``text[a:b]``, one more (0) after the text's end."""
        marks = self._bits[self._ids(a, b)]
        return np.append(marks, np.uint64(0)) if b > len(self._text) else marks

    def contains(self, starts: Any, ends: Any) -> npt.NDArray[np.bool_]:
        """Boolean array (spans x patterns): whether ``text[start:end]`` may hold a match."""
        found = self.masks(starts, ends)
        bit = np.uint64(1) << np.arange(self._n, dtype=np.uint64)
        out: npt.NDArray[np.bool_] = np.empty((len(found), self._n), dtype=bool)
        for a in range(0, len(found), _PIECE):  # the spans x patterns flags, a block at a time
            out[a : a + _PIECE] = (found[a : a + _PIECE, None] & bit) != 0
        return out

    def masks(self, starts: Any, ends: Any) -> npt.NDArray[np.uint64]:
        """The rows of :meth:`contains` as bits (uint64 array, one mask per span).

        Bit ``k`` of a span's mask is its flag for pattern ``k``.

        Examples
        --------
        >>> f = CharFilter("已经完成。正在推进。", [re.compile("已经"), re.compile("推进")])
        >>> f.masks([0, 5], [5, 10]).tolist()
        [1, 2]
        """
        s = np.asarray(starts, dtype=np.intp)
        e = np.asarray(ends, dtype=np.intp)
        if len(s) == 0:
            return np.zeros(0, dtype=np.uint64)
        bounds = np.empty(2 * len(s), dtype=np.intp)
        bounds[0::2] = s
        bounds[1::2] = e
        if (np.diff(bounds) >= 0).all() and bounds[0] >= 0 and bounds[-1] <= len(self._text):
            # spans in order, not overlapping: OR the marks of each at once, for the
            # spans of about _PIECE characters of text at a time
            found = np.zeros(len(s), dtype=np.uint64)
            i = 0
            while i < len(s):
                j = max(i, int(np.searchsorted(e, s[i] + _PIECE, side="right")) - 1)
                a = int(s[i])
                marks = np.append(self._marks(a, int(e[j])), np.uint64(0))
                found[i : j + 1] = np.bitwise_or.reduceat(marks, bounds[2 * i : 2 * j + 2] - a)[
                    0::2
                ]
                i = j + 1
            found[e <= s] = 0  # reduceat gives the first mark of an empty span
        else:
            found = np.array(
                [
                    np.bitwise_or.reduce(self._marks(a, b)) if b > a else 0
                    for a, b in zip(s.tolist(), e.tolist(), strict=True)
                ],
                dtype=np.uint64,
            )
        always = np.bitwise_or.reduce(
            (np.uint64(1) << np.arange(self._n, dtype=np.uint64))[self._always],
            initial=np.uint64(0),
        )
        masks: npt.NDArray[np.uint64] = found | always
        return masks
