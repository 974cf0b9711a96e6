"""One document and its analyses, each computed once and shared.

:func:`govtext.stats` builds one :class:`Document` per text and reads every column from
it, so a text is normalized, split into sentences and tokenized once, whatever the
number of metrics that use the result.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from govtext.normalize import NormalizedText, normalize_with_offsets

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from govtext._protect import Protected

__all__ = ["Document"]


class Document:
    r"""Lazy analyses of one document's text.

    Parameters
    ----------
    text : str
        The decoded source text; every span of every analysis points into it.
    doc_id : str, optional
        Identifier carried into per-document tables.

    Examples
    --------
    >>> doc = Document("一、总体要求\n树牢“四个意识”。坚定“四个自信”。")
    >>> len(doc.sentences)
    3
    >>> doc.n_han
    17
    """

    def __init__(self, text: str, *, doc_id: str | None = None) -> None:
        if not isinstance(text, str):
            raise TypeError(f"Document expects a str, got {type(text).__name__}")
        self.text = text
        self.doc_id = doc_id

    def __repr__(self) -> str:
        return f"Document(doc_id={self.doc_id!r}, n_chars={len(self.text)})"

    @cached_property
    def normalized(self) -> NormalizedText:
        """The normalized text with its map back to the source."""
        return normalize_with_offsets(self.text)

    @cached_property
    def n_han(self) -> int:
        """Number of Han characters."""
        from govtext._util import count_han

        return count_han(self.text)

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """Source spans of the non-blank paragraphs (lines of the normalized text)."""
        nt = self.normalized
        spans = []
        pos = 0
        for line in nt.text.split("\n"):
            stripped = line.strip()
            if stripped:
                s = pos + line.index(stripped[0])
                spans.append(nt.span_to_source(s, s + len(stripped)))
            pos += len(line) + 1
        return spans

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """Sentences (``sentence``, ``start``, ``end``), see :func:`segment_sentences`."""
        from govtext.sections import segment_sentences

        return segment_sentences(self.text)

    @cached_property
    def protected(self) -> Protected:
        """Spans kept whole by the tokenizer: slogans, numbers, placeholders.

        Found once and shared by :attr:`tokens` and :attr:`slogans`.
        """
        from govtext._protect import find_protected

        return find_protected(self.text, self.normalized)

    @cached_property
    def tokens(self) -> pd.DataFrame:
        """Tokens (``token``, ``start``, ``end``, ``kind``) of the whole text."""
        from govtext.tokenize import Tokenizer

        return Tokenizer().tokenize(self.text, spans=self.protected)

    @cached_property
    def slogans(self) -> pd.DataFrame:
        """Slogan occurrences, see :func:`govtext.slogans.extract_slogans`."""
        from govtext.slogans import slogan_frame

        return slogan_frame(self.text, self.protected)

    def analysis(self, name: str) -> Any:
        """Return the analysis called ``name`` (an attribute of this document)."""
        return getattr(self, name)
