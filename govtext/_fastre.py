r"""Regular expressions rewritten so that the engine skips quickly to where a match can start.

Python's expression engine scans a text fast for the first character of a match only
when every branch of the pattern starts with a literal character (or the pattern starts
with a character class).  An alternation such as ``(?<![为除])了|已经|取得`` (a branch
that opens with a lookbehind), ``(?:增长|下降)\d|建成`` (a group) or ``[一两三]年来|去年``
(a class) is instead tried branch by branch at every position of the text, several
times slower.  :func:`literal_first` rewrites such a pattern into the same language of
matches with every branch opening with a literal:

* a non-capturing group or a class of a few characters at the start of a branch is
  distributed over it (``(?:增长|下降)X`` -> ``增长X|下降X``, ``[一两]年`` -> ``一年|两年``);
* an optional item opens two branches (``(?:决|绝)?不能`` -> ``决不能|绝不能|不能``);
* a single-character item repeated at least once is peeled (``[一二]{1,3}是`` ->
  ``[一二][一二]{0,2}是``, then distributed);
* a lookbehind or an anchor before the first character is moved after it and looks
  behind that character too (``(?<![为除])了`` -> ``了(?<![为除]了)``, ``^这`` ->
  ``这(?<=^这)``).

Each step gives the same matches at the same places, in the same order, with the same
groups (a part holding a capturing group is never copied).  A pattern that cannot be
rewritten so is returned unchanged.
"""

from __future__ import annotations

import re
from typing import Any

from govtext._required import _sre

__all__ = ["literal_first"]

#: A class is distributed over its branch only when it has at most this many characters.
_MAX_CLASS = 32
#: The rewrite is given up when a pattern would have more branches than this.
_MAX_BRANCHES = 400


class _UnsupportedError(Exception):
    """The pattern uses something the rewrite does not handle."""


def literal_first(pattern: re.Pattern[str], *, groups: bool = True) -> re.Pattern[str]:
    """``pattern`` rewritten so that each of its branches starts with a literal character.

    The same matches as ``pattern`` (``search``, ``match``, ``finditer``, ``sub`` ...:
    the same spans and groups), found faster by ``search`` and ``finditer``.  Returned
    unchanged when it cannot be rewritten, or needs no rewrite.  With ``groups=False``
    the capturing groups become plain ones (the same spans; a pattern to find where
    ``pattern.match`` gives its groups), so that a branch opening with a group can be
    rewritten too.

    Examples
    --------
    >>> literal_first(re.compile("(?<![为除])了|已经")).pattern
    '了(?<![为除]了)|已经'
    >>> literal_first(re.compile("(?:增长|下降)[0-9]")).pattern
    '增长[0-9]|下降[0-9]'
    """
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return pattern
    parser, c = _sre()
    try:
        tree = parser.parse(pattern.pattern, pattern.flags)
        items = list(tree) if groups else _without_groups(list(tree), c)
        if len(items) == 1 and items[0][0] is c.BRANCH:
            alternatives = [list(alt) for alt in items[0][1][1]]
        else:
            alternatives = [items]
        if groups and all(alt and alt[0][0] is c.LITERAL for alt in alternatives):
            return pattern  # the engine finds the first characters already
        branches: list[list[Any]] = []
        for alt in alternatives:
            branches.extend(_expand(alt, c))
            if len(branches) > _MAX_BRANCHES:
                return pattern
        names = {number: name for name, number in pattern.groupindex.items()}
        source = "|".join(_seq(branch, c, names) for branch in branches)
        rewritten = re.compile(source, pattern.flags)
    except (_UnsupportedError, re.error, RecursionError):
        return pattern
    if groups and (rewritten.groups != pattern.groups
                   or rewritten.groupindex != pattern.groupindex):
        return pattern
    return rewritten


# ------------------------------------------------------------------------- the rewrite


def _without_groups(items: list[Any], c: Any) -> list[Any]:
    """``items`` (parsed) with every capturing group made a plain one."""
    out: list[Any] = []
    for op, av in items:
        if op is c.SUBPATTERN:
            av = (None, av[1], av[2], _without_groups(list(av[3]), c))
        elif op is c.BRANCH:
            av = (av[0], [_without_groups(list(alt), c) for alt in av[1]])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            av = (av[0], av[1], _without_groups(list(av[2]), c))
        elif op in (c.ASSERT, c.ASSERT_NOT):
            av = (av[0], _without_groups(list(av[1]), c))
        elif op in (c.GROUPREF, c.GROUPREF_EXISTS) or op is getattr(c, "ATOMIC_GROUP", None):
            raise _UnsupportedError("a group reference")
        out.append((op, av))
    return out


def _has_group(items: Any, c: Any) -> bool:
    """Whether ``items`` (parsed) hold a capturing group or a group reference."""
    for op, av in items:
        if op is c.SUBPATTERN:
            if av[0] is not None or _has_group(av[3], c):
                return True
        elif op is c.BRANCH:
            if any(_has_group(alt, c) for alt in av[1]):
                return True
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
            if _has_group(av[2], c):
                return True
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if _has_group(av[1], c):
                return True
        elif op is getattr(c, "ATOMIC_GROUP", None):
            if _has_group(av, c):
                return True
        elif op in (c.GROUPREF, c.GROUPREF_EXISTS):
            return True
    return False


def _class_literals(av: Any, c: Any) -> list[int] | None:
    """The characters of a class (parsed ``IN``) of literals and small ranges, else None."""
    codes: list[int] = []
    for op, value in av:
        if op is c.LITERAL:
            codes.append(value)
        elif op is c.RANGE:
            codes.extend(range(value[0], value[1] + 1))
        else:  # NEGATE, CATEGORY ...
            return None
        if len(codes) > _MAX_CLASS:
            return None
    return list(dict.fromkeys(codes))


def _expand(items: list[Any], c: Any) -> list[list[Any]]:
    """Branches equivalent to the sequence ``items``, each opening with a literal."""
    if not items:
        raise _UnsupportedError("a branch that can match the empty string")
    op, av = items[0]
    rest = items[1:]
    if op is c.LITERAL:
        return [items]
    if op is c.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if group is not None or add_flags or del_flags:
            raise _UnsupportedError("a group at the start of a branch")
        inner = list(sub)
        if len(inner) == 1 and inner[0][0] is c.BRANCH:
            return _expand([inner[0], *rest], c)
        return _expand(inner + rest, c)
    if op is c.BRANCH:
        alts = [list(alt) for alt in av[1]]
        if len(alts) > 1 and _has_group(rest, c):
            raise _UnsupportedError("a capturing group after an alternation")
        out: list[list[Any]] = []
        for alt in alts:
            out.extend(_expand(alt + rest, c))
        return out
    if op is c.IN:
        codes = _class_literals(av, c)
        if codes is None or (len(codes) > 1 and _has_group(rest, c)):
            raise _UnsupportedError("a class at the start of a branch")
        out = []
        for code in codes:
            out.extend(_expand([(c.LITERAL, code), *rest], c))
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        lo, hi, sub = av
        sub_items = list(sub)
        if lo == 0 and hi == 1 and not _has_group(items, c):
            # X?R = XR|R (greedy: with X first), X??R = R|XR
            with_x, without = _expand(sub_items + rest, c), _expand(rest, c)
            return with_x + without if op is c.MAX_REPEAT else without + with_x
        if lo < 1 or len(sub_items) != 1 or sub_items[0][0] not in (c.LITERAL, c.IN):
            raise _UnsupportedError("a repeat at the start of a branch")
        # X{lo,hi} = X X{lo-1,hi-1} for a single character X (no choice inside X)
        left = (op, (lo - 1, hi if hi == c.MAXREPEAT else hi - 1, sub))
        tail = [left, *rest] if not (lo == 1 and hi == 1) else rest
        return _expand([sub_items[0], *tail], c)
    if (op in (c.ASSERT, c.ASSERT_NOT) and av[0] == -1) or op is c.AT:
        # a zero-width test at the start: move it after the first character, looking
        # behind that character too (the same test at the same position)
        if _has_group([items[0]], c):
            raise _UnsupportedError("a group in a lookbehind")
        out = []
        for branch in _expand(rest, c):
            first = branch[0]
            if op is c.AT:
                test = (c.ASSERT, (-1, [items[0], first]))
            else:
                test = (op, (-1, [*av[1], first]))
            out.append([first, test, *branch[1:]])
        return out
    raise _UnsupportedError(f"{op} at the start of a branch")


# ------------------------------------------------------------------- back to a pattern


def _seq(items: Any, c: Any, names: dict[int, str]) -> str:
    return "".join(_item(op, av, c, names) for op, av in items)


def _atom(items: Any, c: Any, names: dict[int, str]) -> str:
    """``items`` as a unit a quantifier applies to."""
    items = list(items)
    if len(items) == 1 and items[0][0] in (c.LITERAL, c.IN, c.ANY, c.NOT_LITERAL):
        return _seq(items, c, names)
    return "(?:" + _seq(items, c, names) + ")"


_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_ATS = {
    "AT_BEGINNING": "^",
    "AT_BEGINNING_STRING": r"\A",
    "AT_END": "$",
    "AT_END_STRING": r"\Z",
    "AT_BOUNDARY": r"\b",
    "AT_NON_BOUNDARY": r"\B",
}


def _char(code: int) -> str:
    return re.escape(chr(code))


def _class(av: Any, c: Any) -> str:
    parts: list[str] = []
    for op, value in av:
        if op is c.NEGATE:
            parts.insert(0, "^")
        elif op is c.LITERAL:
            parts.append(_char(value))
        elif op is c.RANGE:
            parts.append(f"{_char(value[0])}-{_char(value[1])}")
        elif op is c.CATEGORY and str(value) in _CATEGORIES:
            parts.append(_CATEGORIES[str(value)])
        else:
            raise _UnsupportedError(f"{op} in a class")
    return "[" + "".join(parts) + "]"


def _item(op: Any, av: Any, c: Any, names: dict[int, str]) -> str:
    if op is c.LITERAL:
        return _char(av)
    if op is c.NOT_LITERAL:
        return "[^" + _char(av) + "]"
    if op is c.ANY:
        return "."
    if op is c.IN:
        return _class(av, c)
    if op is c.AT and str(av) in _ATS:
        return _ATS[str(av)]
    if op is c.BRANCH:
        return "(?:" + "|".join(_seq(alt, c, names) for alt in av[1]) + ")"
    if op is c.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _UnsupportedError("inline flags")
        if group is None:
            return "(?:" + _seq(sub, c, names) + ")"
        if group in names:
            return f"(?P<{names[group]}>" + _seq(sub, c, names) + ")"
        return "(" + _seq(sub, c, names) + ")"
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        lo, hi, sub = av
        if hi == c.MAXREPEAT:
            count = "*" if lo == 0 else "+" if lo == 1 else f"{{{lo},}}"
        elif (lo, hi) == (0, 1):
            count = "?"
        else:
            count = f"{{{lo}}}" if lo == hi else f"{{{lo},{hi}}}"
        return _atom(sub, c, names) + count + ("?" if op is c.MIN_REPEAT else "")
    if op in (c.ASSERT, c.ASSERT_NOT):
        direction, sub = av
        head = {(c.ASSERT, 1): "(?=", (c.ASSERT, -1): "(?<=", (c.ASSERT_NOT, 1): "(?!",
                (c.ASSERT_NOT, -1): "(?<!"}[(op, direction)]
        return head + _seq(sub, c, names) + ")"
    raise _UnsupportedError(str(op))
