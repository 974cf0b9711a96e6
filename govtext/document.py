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
    import numpy as np
    import numpy.typing as npt
    import pandas as pd

    from govtext._protect import Protected
    from govtext.commitments import Commitment
    from govtext.placeholders import Placeholder

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
        from govtext._util import han_mask

        return int(han_mask(self.text).sum())

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """Source spans of the non-blank paragraphs (see :func:`paragraph_spans`)."""
        from govtext.normalize import paragraph_spans

        nt = self.normalized
        return [nt.span_to_source(s, e) for s, e in paragraph_spans(nt.text)]

    @cached_property
    def sentence_spans(self) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Source ``start`` and ``end`` arrays of the sentences (no table)."""
        from govtext.sections import sentence_arrays

        starts, ends = sentence_arrays(self.normalized)
        return starts, ends

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """Sentences (``sentence``, ``start``, ``end``), see :func:`segment_sentences`."""
        from govtext.sections import sentence_frame

        return sentence_frame(self.text, *self.sentence_spans)

    @cached_property
    def protected(self) -> Protected:
        """Spans kept whole by the tokenizer: slogans, numbers, placeholders.

        Found once and shared by :attr:`tokens` and :attr:`slogans`.
        """
        from govtext._protect import find_protected

        return find_protected(self.text, self.normalized)

    @cached_property
    def sections(self) -> pd.DataFrame:
        """Parts, sections and inline items, see :func:`segment_sections`."""
        from govtext.sections import segment_sections

        return segment_sections(self.text, normalized=self.normalized)

    @cached_property
    def token_arrays(self) -> tuple[list[str], Any, Any, Any]:
        """Tokens, starts, ends and kind codes (see :meth:`Tokenizer.token_arrays`)."""
        from govtext.tokenize import Tokenizer

        return Tokenizer().token_arrays(self.text, spans=self.protected)

    @cached_property
    def tokens(self) -> pd.DataFrame:
        """Tokens (``token``, ``start``, ``end``, ``kind``) of the whole text."""
        from govtext.tokenize import token_frame

        return token_frame(*self.token_arrays)

    @cached_property
    def slogans(self) -> pd.DataFrame:
        """Slogan occurrences, see :func:`govtext.slogans.extract_slogans`."""
        from govtext.slogans import slogan_frame

        return slogan_frame(self.text, self.protected)

    @cached_property
    def issue_rows(self) -> list[dict[str, Any]]:
        """The rows of :attr:`issues` as dicts (no table)."""
        from govtext.issues import _issue_rows, load_issue_taxonomy

        return _issue_rows(self.text, self.sections, load_issue_taxonomy(), self.normalized)

    @cached_property
    def issues(self) -> pd.DataFrame:
        """Problem statements of the problems sections, see :func:`extract_issues`.

        Reuses :attr:`sections` (computed once per document).
        """
        from govtext.issues import _issues_frame

        return _issues_frame(self.issue_rows)

    @cached_property
    def placeholder_rows(self) -> list[Placeholder]:
        """Placeholders as :class:`~govtext.placeholders.Placeholder` rows (no table)."""
        from govtext.placeholders import find_placeholders

        return find_placeholders(self.text, normalized=self.normalized)

    @cached_property
    def placeholders(self) -> pd.DataFrame:
        """Placeholders (masks), see :func:`govtext.placeholders.extract_placeholders`."""
        from govtext.placeholders import extract_placeholders

        return extract_placeholders(self.text, normalized=self.normalized)

    @cached_property
    def commitments(self) -> pd.DataFrame:
        """Commitments, see :func:`govtext.commitments.extract_commitments`.

        Reuses this document's sentences, sections, placeholders and normalized text.
        """
        from govtext.commitments import commitment_frame

        return commitment_frame(self.commitment_rows)

    @cached_property
    def commitment_rows(self) -> list[Commitment]:
        """The rows of :attr:`commitments` (no table)."""
        from govtext.commitments import find_commitments

        starts, ends = self.sentence_spans
        return find_commitments(
            self.text,
            sentences={"start": starts, "end": ends},
            sections=self.sections,
            placeholders=self.placeholder_rows,
            normalized=self.normalized,
        )

    def analysis(self, name: str) -> Any:
        """Return the analysis called ``name`` (an attribute of this document)."""
        return getattr(self, name)
