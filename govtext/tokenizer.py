"""Slogan-aware, lossless word segmentation of official texts.

Protected spans (slogans of the lexicon or found by pattern, placeholders, numbers with
their unit or year) are never split; the text between them is segmented by a private
engine: ``rjieba.Jieba`` (the Rust port of jieba, fast) or ``jieba.Tokenizer`` (the
reference).  One engine per configuration is shared through a cache.  jieba's global
tokenizer (``jieba.dt``) is never used or changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from govtext._util import check_choice
from govtext.config import Config, resolve_config

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from govtext._protect import Protected
    from govtext.normalization import NormalizedText

__all__ = ["KINDS", "Tokenizer", "tokenize"]

_BACKENDS = ("auto", "rjieba", "jieba")
#: Token kinds, in the order of their codes.
KINDS = ("space", "punct", "word", "number", "slogan", "placeholder")
_SPACE, _PUNCT, _WORD, _NUMBER, _SLOGAN, _PLACEHOLDER = range(6)
_PROTECTED_CODE = {"slogan": _SLOGAN, "number": _NUMBER, "placeholder": _PLACEHOLDER}
#: Joins the gaps between protected spans for one call of rjieba: a control character,
#: which the engine returns as a token of its own (see ``Tokenizer._segment_joined``).
_SEP = "\x00"


@lru_cache(maxsize=8)
def _engine(backend: str, user_words: tuple[str, ...]) -> Any:
    """A private segmentation engine for one configuration (cached)."""
    if backend == "jieba":
        import jieba

        engine = jieba.Tokenizer()
        engine.initialize()
        for word in user_words:
            engine.add_word(word, freq=None)
        return engine
    import rjieba

    engine = rjieba.Jieba()
    for word in user_words:
        engine.add_word(word, None, None)
    return engine


@lru_cache(maxsize=1)
def _char_classes() -> np.ndarray[Any, np.dtype[np.int8]]:
    """Class (space, punct, word, number) of every Basic Multilingual Plane character."""
    table = np.full(0x10000, _PUNCT, dtype=np.int8)
    for code in range(0x10000):
        ch = chr(code)
        if ch.isspace():
            table[code] = _SPACE
        elif ch.isdigit():
            table[code] = _NUMBER
        elif ch.isalpha():
            table[code] = _WORD
    return table


def _codes(text: str) -> np.ndarray[Any, np.dtype[np.uint32]]:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _kinds_of(
    text: str, starts: np.ndarray[Any, Any], ends: np.ndarray[Any, Any]
) -> np.ndarray[Any, np.dtype[np.int8]]:
    """Kind codes of engine tokens from the class of their first and last characters."""
    if len(starts) == 0:
        return np.zeros(0, dtype=np.int8)
    table = _char_classes()
    # UTF-16 code units are the characters when all are in the BMP (faster to encode
    # than UTF-32, half the bytes to read, and no test for wide characters)
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    if len(units) == len(text):
        first = units[starts]
        last = units[ends - 1]
        kind = table[first]
        last_kind = table[last]
    else:
        codes = _codes(text)
        first = codes[starts]
        last = codes[ends - 1]
        # characters beyond the BMP (CJK extension B and up, emoji): words
        kind = np.where(first < 0x10000, table[np.minimum(first, 0xFFFF)], _WORD).astype(np.int8)
        last_kind = np.where(last < 0x10000, table[np.minimum(last, 0xFFFF)], _WORD)
    percent = (last == 0x25) | (last == 0xFF05) | (last == 0x2030)
    kind[(kind == _NUMBER) & ~((last_kind == _NUMBER) | percent)] = _WORD
    return kind


class Tokenizer:
    """Lossless, slogan-aware word segmentation with a private engine.

    Parameters
    ----------
    user_words : iterable of str, default ()
        Extra words for the engine's dictionary (of this configuration only).
    backend : {"auto", "rjieba", "jieba"}, optional
        ``rjieba`` (the Rust port, fast) or ``jieba`` (the reference); ``auto`` is
        ``rjieba``.
    protect : bool, default True
        Keep slogans, placeholders and numbers with their unit whole.  ``False`` gives
        the engine's own segmentation.
    config : Config, optional
        Lexicon of the protected slogans, backend and user words
        (:class:`govtext.Config`; the packaged defaults when omitted).

    Notes
    -----
    Protected spans are found on the normalized text (full-width digits folded,
    zero-width characters and soft line breaks removed) and mapped back, so a slogan
    broken by an invisible character or a line break is still one token; every token
    is a slice of the source text and ``"".join(tok.cut(text)) == text`` for every text.

    Examples
    --------
    >>> tok = Tokenizer()
    >>> tok.cut("树牢“四个意识”，开展“三真三实”活动**次")
    ['树牢', '“', '四个意识', '”', '，', '开展', '“', '三真三实', '”', '活动', '**', '次']
    >>> tok.tokenize("2022年落实“三会一课”")[["token", "kind"]].values.tolist()
    [['2022年', 'number'], ['落实', 'word'], ['“', 'punct'], ['三会一课', 'slogan'], ['”', 'punct']]
    """

    def __init__(
        self,
        *,
        user_words: Iterable[str] = (),
        backend: str | None = None,
        protect: bool = True,
        config: Config | None = None,
    ) -> None:
        cfg = resolve_config(config, "Tokenizer")
        if backend is None:
            backend = cfg.backend
        self.backend = check_choice(backend, "backend", "Tokenizer", _BACKENDS)
        if isinstance(user_words, str):
            raise TypeError("user_words must be an iterable of words, not a str")
        self.user_words = (*cfg.user_words, *user_words)
        self.protect = bool(protect)
        self.config = cfg

    def __repr__(self) -> str:
        return (
            f"Tokenizer(backend={self.backend!r}, user_words={len(self.user_words)}, "
            f"protect={self.protect})"
        )

    @property
    def engine_name(self) -> str:
        """The engine in use: ``rjieba`` or ``jieba``."""
        return "jieba" if self.backend == "jieba" else "rjieba"

    def _engine(self) -> Any:
        return _engine(self.engine_name, self.user_words)

    def _cut_plain(self, text: str) -> list[str]:
        if not text:
            return []
        engine = self._engine()
        try:
            if self.engine_name == "jieba":
                return [t for t in engine.lcut(text) if t]
            return [t for t in engine.cut(text) if t]
        except UnicodeError:
            # lone surrogates cannot cross into the Rust engine: cut around them
            out: list[str] = []
            piece: list[str] = []
            for ch in text:
                if 0xD800 <= ord(ch) <= 0xDFFF:
                    if piece:
                        out.extend(self._cut_plain("".join(piece)))
                        piece = []
                    out.append(ch)
                else:
                    piece.append(ch)
            if piece:
                out.extend(self._cut_plain("".join(piece)))
            return out

    def _segment(
        self, text: str, spans: Protected | None
    ) -> tuple[list[str], list[int], list[int]]:
        """Tokens, and the indices and kind codes of the protected ones."""
        if not self.protect:
            return self._cut_plain(text), [], []
        if spans is None:
            from govtext._protect import find_protected

            spans = find_protected(text, lexicon=self.config.slogan_lexicon)
        engine = self._engine()
        if self.engine_name == "rjieba" and _SEP not in text:
            joined = self._segment_joined(engine, text, spans)
            if joined is not None:
                return joined
        # rjieba's cut is called directly on each gap; jieba, and text that rjieba
        # cannot take (lone surrogates), go through _cut_plain
        cut = engine.cut if self.engine_name == "rjieba" else self._cut_plain
        tokens: list[str] = []
        index: list[int] = []
        codes: list[int] = []
        extend = tokens.extend
        pos = 0
        try:
            for s, e, kind in zip(spans.starts, spans.ends, spans.kinds, strict=True):
                if s > pos:
                    extend(cut(text[pos:s]))
                index.append(len(tokens))
                codes.append(_PROTECTED_CODE[kind])
                tokens.append(text[s:e])
                pos = e
            if pos < len(text):
                extend(cut(text[pos:]))
        except UnicodeError:
            if cut == self._cut_plain:  # pragma: no cover - _cut_plain handles it
                raise
            return self._segment_slow(text, spans)
        if "" in tokens:  # engines do not return empty tokens; keep the invariant anyway
            index, codes, tokens = self._drop_empty(tokens, index, codes)
        return tokens, index, codes

    @staticmethod
    def _segment_joined(
        engine: Any, text: str, spans: Protected
    ) -> tuple[list[str], list[int], list[int]] | None:
        """Segment the gaps between protected spans in one call of the engine.

        The gaps are joined by a separator (a character the text does not hold) that
        the engine keeps as a token of its own and that never joins a word: it is
        neither a Han character, a letter, a digit nor a space, so each gap is cut
        exactly as alone.  Each separator token is then replaced by its protected
        span.  One call instead of one per gap saves the engine's overhead per call.
        None when the engine cannot take the text (lone surrogates).
        """
        starts, ends = spans.starts, spans.ends
        pieces = [text[a:b] for a, b in zip([0, *ends], [*starts, len(text)], strict=True)]
        try:
            tokens: list[str] = engine.cut(_SEP.join(pieces))
        except UnicodeError:
            return None
        index: list[int] = []
        add = index.append
        find = tokens.index
        i = 0
        try:
            for _ in starts:
                i = find(_SEP, i)
                add(i)
                i += 1
        except ValueError:  # pragma: no cover - the engine keeps every separator
            return None
        for i, s, e in zip(index, starts, ends, strict=True):
            tokens[i] = text[s:e]
        codes = [_PROTECTED_CODE[kind] for kind in spans.kinds]
        if not all(tokens):  # engines do not return empty tokens; keep the invariant anyway
            index, codes, tokens = Tokenizer._drop_empty(tokens, index, codes)
        return tokens, index, codes

    def _segment_slow(
        self, text: str, spans: Protected
    ) -> tuple[list[str], list[int], list[int]]:
        tokens: list[str] = []
        index: list[int] = []
        codes: list[int] = []
        pos = 0
        for s, e, kind in zip(spans.starts, spans.ends, spans.kinds, strict=True):
            if s > pos:
                tokens.extend(self._cut_plain(text[pos:s]))
            index.append(len(tokens))
            codes.append(_PROTECTED_CODE[kind])
            tokens.append(text[s:e])
            pos = e
        if pos < len(text):
            tokens.extend(self._cut_plain(text[pos:]))
        return tokens, index, codes

    @staticmethod
    def _drop_empty(
        tokens: list[str], index: list[int], codes: list[int]
    ) -> tuple[list[int], list[int], list[str]]:
        protected = dict(zip(index, codes, strict=True))
        new_tokens: list[str] = []
        new_index: list[int] = []
        new_codes: list[int] = []
        for i, t in enumerate(tokens):
            if not t:
                continue
            if i in protected:
                new_index.append(len(new_tokens))
                new_codes.append(protected[i])
            new_tokens.append(t)
        return new_index, new_codes, new_tokens

    def cut(self, text: str) -> list[str]:
        """Segment ``text`` into tokens; ``"".join(result) == text``.

        Parameters
        ----------
        text : str
            Source text.

        Returns
        -------
        list of str

        Examples
        --------
        >>> Tokenizer().cut("坚定不移推进全面从严治党，做到“两个维护”")
        ['坚定不移', '推进', '全面从严治党', '，', '做到', '“', '两个维护', '”']
        """
        if not isinstance(text, str):
            raise TypeError(f"Tokenizer.cut expects a str, got {type(text).__name__}")
        return self._segment(text, None)[0]

    def __call__(self, text: str) -> list[str]:
        """The tokens a count model wants: words and slogans, in text order.

        Spaces, punctuation, numbers (2022年, 95%) and placeholders (XX, **) are left
        out; slogans stay whole.  This makes a :class:`Tokenizer` a scikit-learn
        analyzer: ``CountVectorizer(analyzer=Tokenizer())``.  A slogan counts as it is
        written here, once per span the tokenizer keeps whole; :func:`govtext.dfm`
        counts slogans by the nested rule of :mod:`govtext.slogans` instead.

        Parameters
        ----------
        text : str
            Source text.

        Returns
        -------
        list of str

        Examples
        --------
        >>> Tokenizer()("2022年，树牢“四个意识”。")
        ['树牢', '四个意识']
        >>> from sklearn.feature_extraction.text import CountVectorizer
        >>> vec = CountVectorizer(analyzer=Tokenizer())
        >>> x = vec.fit_transform(["树牢“四个意识”，树牢“四个自信”。"])
        >>> dict(zip(vec.get_feature_names_out(), x.toarray()[0].tolist()))
        {'四个意识': 1, '四个自信': 1, '树牢': 2}
        """
        if not isinstance(text, str):
            raise TypeError(f"Tokenizer expects a str, got {type(text).__name__}")
        tokens, _, _, kinds = self.token_arrays(text)
        return [t for t, k in zip(tokens, kinds.tolist(), strict=True) if k in (_WORD, _SLOGAN)]

    def tokenize(
        self,
        text: str,
        *,
        normalized: NormalizedText | None = None,
        spans: Protected | None = None,
    ) -> pd.DataFrame:
        """Tokens with their source offsets and kind.

        Parameters
        ----------
        text : str
            Source text.
        normalized : NormalizedText, optional
            ``normalize_with_offsets(text)``, when the caller has it already.
        spans : Protected, optional
            Protected spans of ``text`` computed already (a
            :class:`~govtext.document.Document` shares them with its slogans).

        Returns
        -------
        pandas.DataFrame
            ``token``, ``start``, ``end`` (source offsets) and ``kind``: ``word``,
            ``slogan``, ``placeholder``, ``number``, ``punct`` or ``space``.

        Examples
        --------
        >>> df = Tokenizer().tokenize("ＸＸ局完成率９５％")
        >>> df[["token", "kind"]].values.tolist()
        [['ＸＸ', 'placeholder'], ['局', 'word'], ['完成率', 'word'], ['９５％', 'number']]
        """
        if not isinstance(text, str):
            raise TypeError(f"Tokenizer.tokenize expects a str, got {type(text).__name__}")
        # the arrays are new: the table takes them without a copy
        arrays = self.token_arrays(text, normalized=normalized, spans=spans)
        return _token_frame(*arrays, copy=False)

    def token_arrays(
        self,
        text: str,
        *,
        normalized: NormalizedText | None = None,
        spans: Protected | None = None,
    ) -> tuple[list[str], Any, Any, Any]:
        """The columns of :meth:`tokenize` without the table.

        Returns
        -------
        tuple
            ``(tokens, starts, ends, kinds)``: the tokens (list of str), their source
            offsets (int64 arrays) and kind codes (int8 array, indices into
            :data:`KINDS`).

        Examples
        --------
        >>> tokens, starts, ends, kinds = Tokenizer().token_arrays("落实“四个意识”")
        >>> tokens, [KINDS[k] for k in kinds]
        (['落实', '“', '四个意识', '”'], ['word', 'punct', 'slogan', 'punct'])
        """
        if spans is None and self.protect:
            from govtext._protect import find_protected

            spans = find_protected(text, normalized, lexicon=self.config.slogan_lexicon)
        return self._arrays(text, spans)

    def _arrays(
        self, text: str, spans: Protected | None, offset: int = 0
    ) -> tuple[list[str], Any, Any, Any]:
        """:meth:`token_arrays` of ``text`` with its spans; offsets shifted by ``offset``."""
        tokens, index, codes = self._segment(text, spans)
        lengths = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
        ends = np.cumsum(lengths)
        starts = ends - lengths
        kind = _kinds_of(text, starts, ends)
        if index:
            kind[np.asarray(index, dtype=np.int64)] = np.asarray(codes, dtype=np.int8)
        if offset:
            starts += offset
            ends += offset
        return tokens, starts, ends, kind

    def iter_token_arrays(
        self,
        text: str,
        *,
        normalized: NormalizedText | None = None,
        spans: Protected | None = None,
        chunk_chars: int = 2**16,
    ) -> Iterator[tuple[list[str], Any, Any, Any]]:
        """:meth:`token_arrays` a piece of the text at a time, in bounded memory.

        The text is cut after a protected span once a piece holds ``chunk_chars``
        characters (a piece without protected spans is not cut).  The engine segments
        the text between two protected spans alone in any case, so the tokens of the
        pieces, one after the other, are those of :meth:`token_arrays`; the offsets are
        the whole text's.

        Parameters
        ----------
        text : str
            Source text.
        normalized : NormalizedText, optional
            ``normalize_with_offsets(text)`` when the caller has it already.
        spans : Protected, optional
            The protected spans of ``text`` (found when omitted).
        chunk_chars : int, default 65536
            Characters of text after which a piece ends at the next protected span.

        Yields
        ------
        tuple
            ``(tokens, starts, ends, kinds)`` of one piece, as :meth:`token_arrays`.

        Examples
        --------
        >>> tok = Tokenizer()
        >>> text = "落实“四个意识”，坚持“两个维护”。" * 2
        >>> pieces = list(tok.iter_token_arrays(text, chunk_chars=5))
        >>> [t for tokens, *_ in pieces for t in tokens] == tok.cut(text)
        True
        >>> [int(starts[0]) for _, starts, _, _ in pieces]
        [0, 7, 16, 25]
        """
        if spans is None and self.protect:
            from govtext._protect import find_protected

            spans = find_protected(text, normalized, lexicon=self.config.slogan_lexicon)
        if spans is None or len(spans) == 0 or len(text) <= chunk_chars:
            yield self._arrays(text, spans)
            return
        from bisect import bisect_left

        from govtext._protect import Protected

        starts, ends, kinds = spans.starts, spans.ends, spans.kinds
        n = len(starts)
        pos = i = 0
        while i < n:
            # the piece ends with the first span that ends chunk_chars or more after pos
            j = min(bisect_left(ends, pos + chunk_chars, i), n - 1)
            end = ends[j] if j < n - 1 else len(text)
            piece = Protected(
                [s - pos for s in starts[i : j + 1]],
                [e - pos for e in ends[i : j + 1]],
                kinds[i : j + 1],
                [],
            )
            yield self._arrays(text[pos:end], piece, pos)
            pos, i = end, j + 1


def token_frame(tokens: list[str], starts: Any, ends: Any, kinds: Any) -> pd.DataFrame:
    """The table of :meth:`Tokenizer.tokenize` from :meth:`Tokenizer.token_arrays`.

    Examples
    --------
    >>> token_frame(*Tokenizer().token_arrays("落实“两个维护”"))["kind"].tolist()
    ['word', 'punct', 'slogan', 'punct']
    """
    return _token_frame(tokens, starts, ends, kinds, copy=True)


def _token_frame(
    tokens: list[str], starts: Any, ends: Any, kinds: Any, *, copy: bool
) -> pd.DataFrame:
    """:func:`token_frame`; ``copy=False`` when the arrays are the frame's alone."""
    import pandas as pd

    # object arrays filled directly (faster than a Series of a list), taken as they are
    column = np.empty(len(tokens), dtype=object)
    column[:] = tokens
    labels = _LABELS.take(kinds)
    return pd.DataFrame(
        {
            "token": pd.Series(column, dtype=object, copy=False),
            "start": starts,
            "end": ends,
            "kind": pd.Series(labels, dtype=object, copy=False),
        },
        copy=copy,
    )


_LABELS = np.asarray(KINDS, dtype=object)


def tokenize(text: str, *, config: Config | None = None) -> list[str]:
    """Segment ``text`` with a :class:`Tokenizer` of ``config`` (the default one).

    Parameters
    ----------
    text : str
        Source text.
    config : Config, optional
        See :class:`govtext.Config`.

    Returns
    -------
    list of str
        Tokens; ``"".join(result) == text``.

    Examples
    --------
    >>> tokenize("坚决做到“两个维护”")
    ['坚决', '做到', '“', '两个维护', '”']
    """
    return Tokenizer(config=config).cut(text)
