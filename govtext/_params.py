"""Declarative validation of public parameters (scikit-learn's ``validate_params`` model).

A public function declares what each parameter accepts::

    @validate_params({"per": POSITIVE_INT, "nested": OPTIONAL_BOOL})
    def term_frequency(corpus, *, per=10_000, nested=None): ...

and a bad value raises a :class:`~govtext._util.ParameterError` before any work, with
the message "The 'per' parameter of term_frequency must be a positive int. Got 0
instead."  The rules are kept on the function (``__govtext_params__``), so a test can
feed every public function a bad value of every declared parameter.
"""

from __future__ import annotations

import functools
import inspect
import math
import os
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from govtext._util import ParameterError

__all__ = [
    "BOOL",
    "NONNEGATIVE_INT",
    "NUMBER",
    "OPTIONAL_BOOL",
    "OPTIONAL_PATH",
    "OPTIONAL_POSITIVE_INT",
    "OUTPUT",
    "POSITIVE_INT",
    "PROGRESS",
    "STR",
    "Choice",
    "Rule",
    "validate_params",
]

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Rule:
    """What a parameter accepts: a test, its description and a value it refuses.

    Examples
    --------
    >>> POSITIVE_INT.accepts(3), POSITIVE_INT.accepts(0), POSITIVE_INT.bad
    (True, False, 0)
    """

    description: str
    test: Callable[[Any], bool]
    bad: Any

    def accepts(self, value: Any) -> bool:
        """Whether ``value`` is allowed."""
        return bool(self.test(value))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and not math.isnan(value)
    )


POSITIVE_INT = Rule("a positive int", lambda v: _is_int(v) and v > 0, 0)
NONNEGATIVE_INT = Rule("a non-negative int", lambda v: _is_int(v) and v >= 0, -1)
OPTIONAL_POSITIVE_INT = Rule(
    "a positive int or None", lambda v: v is None or (_is_int(v) and v > 0), "3"
)
BOOL = Rule("a bool", lambda v: isinstance(v, bool), "yes")
OPTIONAL_BOOL = Rule("a bool or None", lambda v: v is None or isinstance(v, bool), "yes")
PROGRESS = OPTIONAL_BOOL
NUMBER = Rule("a number", _is_number, "x")
STR = Rule("a str", lambda v: isinstance(v, str), 3)
OPTIONAL_PATH = Rule(
    "a path (str or os.PathLike) or None",
    lambda v: v is None or isinstance(v, (str, os.PathLike)),
    3,
)
OUTPUT = Rule(
    "a path (str or os.PathLike) or a text stream",
    lambda v: isinstance(v, (str, os.PathLike)) or hasattr(v, "write"),
    3,
)


def Choice(*choices: Any) -> Rule:  # noqa: N802 - reads as a type, like typing.Literal
    """A parameter that takes one of ``choices``.

    Examples
    --------
    >>> rule = Choice("line", "heatmap")
    >>> rule.accepts("line"), rule.accepts("bar"), rule.description
    (True, False, "one of 'line', 'heatmap'")
    """
    allowed = ", ".join(repr(c) for c in choices)
    bad = "not-" + "-".join(map(str, choices))
    return Rule(f"one of {allowed}", lambda v: any(v == c for c in choices), bad)


def _check(spec: Mapping[str, Rule], bound: Mapping[str, Any], func: str) -> None:
    for name, rule in spec.items():
        if name in bound and not rule.accepts(bound[name]):
            raise ParameterError(
                f"The {name!r} parameter of {func} must be {rule.description}. "
                f"Got {bound[name]!r} instead."
            )


def validate_params(spec: Mapping[str, Rule]) -> Callable[[F], F]:
    """Check the parameters named in ``spec`` on every call of the decorated function.

    The wrapper runs in the decorated function's module (its doctests are found as
    before) and keeps its signature and docstring.

    Examples
    --------
    >>> @validate_params({"top": POSITIVE_INT})
    ... def head(items, *, top=3):
    ...     return items[:top]
    >>> head([1, 2, 3, 4], top=2)
    [1, 2]
    >>> head([1, 2], top=0)
    Traceback (most recent call last):
    ...
    govtext._util.ParameterError: The 'top' parameter of head must be a positive int. Got 0 instead.
    """
    rules = dict(spec)

    def decorate(func: F) -> F:
        signature = inspect.signature(func)
        unknown = set(rules) - set(signature.parameters)
        if unknown:
            raise TypeError(f"validate_params: {func.__name__} has no parameter {sorted(unknown)}")
        check, name = _check, func.__name__

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            bound = signature.bind_partial(*args, **kwargs).arguments
            check(rules, bound, name)
            return func(*args, **kwargs)

        # the same code, with the globals of the decorated function's module, so that
        # doctest and pytest find the docstring examples where the function is defined
        rebuilt = types.FunctionType(
            wrapper.__code__, func.__globals__, func.__name__, None, wrapper.__closure__
        )
        functools.update_wrapper(rebuilt, func)
        rebuilt.__govtext_params__ = types.MappingProxyType(rules)  # type: ignore[attr-defined]
        rebuilt.__kwdefaults__ = None
        return rebuilt  # type: ignore[return-value]

    return decorate
