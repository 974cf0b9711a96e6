"""Small shared helpers: parameter validation, optional imports, character classes."""

from __future__ import annotations

import re
from importlib import import_module
from types import ModuleType
from typing import Any

#: Han ideographs (CJK unified, extension A, compatibility).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Characters that belong to Chinese running text: Han, CJK and full-width punctuation,
#: curly quotes, ellipsis and dashes.
CJK = HAN + "\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014\u2015\u00b7\u25cb"

HAN_RE = re.compile(f"[{HAN}]")


def count_han(text: str) -> int:
    """Count Han ideographs in ``text``.

    Examples
    --------
    >>> count_han("2022年工作要点")
    5
    """
    return len(HAN_RE.findall(text))


def han_mask(text: str) -> Any:
    """Boolean numpy array: whether each character of ``text`` is a Han ideograph.

    The vectorised form of :data:`HAN_RE` (same ranges), for long texts.

    Examples
    --------
    >>> int(han_mask("2022年工作要点").sum())
    5
    """
    import numpy as np

    # a piece of the text at a time, so that a long text's code points are not all held
    out = np.empty(len(text), dtype=bool)
    for a in range(0, len(text), _HAN_PIECE):
        codes = np.frombuffer(
            text[a : a + _HAN_PIECE].encode("utf-32-le", "surrogatepass"), dtype=np.uint32
        )
        out[a : a + len(codes)] = (
            ((codes >= 0x3400) & (codes <= 0x4DBF))
            | ((codes >= 0x4E00) & (codes <= 0x9FFF))
            | ((codes >= 0xF900) & (codes <= 0xFAFF))
        )
    return out


#: Characters :func:`han_mask` converts at a time.
_HAN_PIECE = 2**16


class AnalysisWarning(UserWarning):
    """Something in an analysis needs the user's attention.

    Documents that could not be analysed (see ``df.attrs["errors"]``), document types
    counted apart, terms never found, and the like.
    """


class ParameterError(ValueError):
    """A parameter has a value the function does not accept (a usage error).

    Raised by :func:`check_positive_int`, :func:`check_choice` and the other checks of
    parameters; the command line exits with code 2 on it.  Errors about the input
    (a text, a table) are plain ``ValueError`` s.

    Examples
    --------
    >>> issubclass(ParameterError, ValueError)
    True
    """


def check_positive_int(value: Any, name: str, func: str, *, allow_zero: bool = False) -> int:
    """Validate an integer parameter, raising a scikit-learn style message.

    Examples
    --------
    >>> check_positive_int(3, "top", "slogans")
    3
    >>> try:
    ...     check_positive_int(0, "per", "stats")
    ... except ParameterError as exc:
    ...     print(exc)
    The 'per' parameter of stats must be a positive int. Got 0 instead.
    """
    ok = isinstance(value, int) and not isinstance(value, bool)
    ok = ok and (value >= 0 if allow_zero else value > 0)
    if not ok:
        kind = "a non-negative int" if allow_zero else "a positive int"
        raise ParameterError(
            f"The {name!r} parameter of {func} must be {kind}. Got {value!r} instead."
        )
    return int(value)


def check_choice(value: Any, name: str, func: str, choices: tuple[str, ...]) -> str:
    """Validate a string option against ``choices``.

    Examples
    --------
    >>> check_choice("csv", "format", "stats", ("table", "csv", "json"))
    'csv'
    """
    if value not in choices:
        allowed = ", ".join(repr(c) for c in choices)
        raise ParameterError(
            f"The {name!r} parameter of {func} must be one of {allowed}. Got {value!r} instead."
        )
    return str(value)


def require(module: str, pip_name: str | None = None, purpose: str = "") -> ModuleType:
    """Import an optional dependency or explain how to install it.

    Examples
    --------
    >>> require("json").__name__
    'json'
    """
    try:
        return import_module(module)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        what = f" for {purpose}" if purpose else ""
        raise ImportError(
            f"govtext needs the package {pip_name or module!r}{what}. "
            f"Install it with: pip install {pip_name or module}"
        ) from exc


def warn(message: str, category: type[Warning]) -> None:
    """Warn, pointing at the first caller outside govtext (the user's line).

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn("mixed types", AnalysisWarning)
    >>> caught[0].category.__name__
    'AnalysisWarning'
    """
    import os
    import sys
    import warnings

    package = os.path.dirname(os.path.abspath(__file__))
    level = 2
    frame = sys._getframe(1)
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(package):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    warnings.warn(message, category, stacklevel=level)

