"""Word segmentation of official texts.

This module owns private segmentation engines (never jieba's global tokenizer).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from govtext._util import check_choice

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["Tokenizer", "tokenize"]

_BACKENDS = ("auto", "rjieba", "jieba")
_PUNCT_RE = re.compile(r"[\W_]+", re.UNICODE)


@lru_cache(maxsize=8)
def _engine(backend: str, user_words: tuple[str, ...]) -> Any:
    if backend == "jieba":
        import jieba

        engine = jieba.Tokenizer()
    else:
        import rjieba

        engine = rjieba.Jieba()
    for word in user_words:
        engine.add_word(word)
    return engine


def _kind(token: str) -> str:
    if token.isspace():
        return "space"
    if token.isdigit():
        return "number"
    if _PUNCT_RE.fullmatch(token):
        return "punct"
    return "word"


class Tokenizer:
    """Lossless word segmentation with a private engine.

    Parameters
    ----------
    user_words : iterable of str, default ()
        Extra words for the engine's dictionary.
    backend : {"auto", "rjieba", "jieba"}, default "auto"
        ``rjieba`` (the Rust port, fast) or ``jieba`` (the reference); ``auto`` is
        ``rjieba``.

    Examples
    --------
    >>> tok = Tokenizer()
    >>> "".join(tok.cut("全面从严治党")) == "全面从严治党"
    True
    """

    def __init__(self, *, user_words: Any = (), backend: str = "auto") -> None:
        self.backend = check_choice(backend, "backend", "Tokenizer", _BACKENDS)
        self.user_words = tuple(user_words)

    def _engine(self) -> Any:
        return _engine("jieba" if self.backend == "jieba" else "rjieba", self.user_words)

    def cut(self, text: str) -> list[str]:
        """Segment ``text``; ``"".join(result) == text``."""
        return [t for t in self._engine().cut(text) if t]

    def tokenize(self, text: str) -> pd.DataFrame:
        """Tokens with their source offsets and kind (word, number, punct, space)."""
        import pandas as pd

        tokens = self.cut(text)
        starts = []
        pos = 0
        for t in tokens:
            starts.append(pos)
            pos += len(t)
        return pd.DataFrame(
            {
                "token": tokens,
                "start": pd.Series(starts, dtype="int64"),
                "end": pd.Series(
                    [s + len(t) for s, t in zip(starts, tokens, strict=True)], dtype="int64"
                ),
                "kind": [_kind(t) for t in tokens],
            }
        )


def tokenize(text: str) -> list[str]:
    """Segment ``text`` with the default :class:`Tokenizer`.

    Examples
    --------
    >>> "".join(tokenize("坚定不移推进全面从严治党")) == "坚定不移推进全面从严治党"
    True
    """
    return Tokenizer().cut(text)
