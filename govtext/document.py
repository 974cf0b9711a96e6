"""One document and its analyses, each computed once and shared.

A :class:`Document` holds a text, its metadata and a :class:`~govtext.config.Config`.
Every analysis (normalization, sentences, protected spans, tokens, sections, slogans,
placeholders, commitments, problem statements) is computed on first use and cached;
each declares what it reads, so a text is normalized, split into sentences and scanned
for slogans once, whatever the number of metrics that use the result.
:attr:`Document.computed` records what was computed, in order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from govtext._util import han_mask
from govtext.config import Config, resolve_config
from govtext.normalization import NormalizedText, normalize_with_offsets, paragraph_spans

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt
    import pandas as pd

    from govtext._protect import Protected, SloganHit
    from govtext.commitments import Commitment
    from govtext.placeholders import Placeholder
    from govtext.sections import SectionColumns

__all__ = ["ANALYSES", "Document"]

T = TypeVar("T")

#: Each analysis of a Document and the analyses it reads.
ANALYSES: Mapping[str, tuple[str, ...]] = {
    "normalized": (),
    "page_chrome": ("section_columns",),
    "n_han": ("page_chrome",),
    "paragraphs": ("normalized",),
    "sentence_spans": ("normalized",),
    "sentences": ("sentence_spans",),
    "protected": ("normalized",),
    "section_columns": ("normalized",),
    "sections": ("section_columns",),
    "token_arrays": ("protected",),
    "tokens": ("token_arrays",),
    "token_counts": ("protected",),
    "slogans": ("protected", "page_chrome"),
    "slogan_rows": ("protected", "page_chrome"),
    "slogan_hits": ("slogan_rows",),
    "issue_rows": ("section_columns", "normalized"),
    "issues": ("issue_rows",),
    "placeholder_rows": ("normalized",),
    "placeholders": ("placeholder_rows",),
    "commitment_rows": ("sentence_spans", "section_columns", "placeholder_rows", "normalized"),
    "commitments": ("commitment_rows",),
    "references": ("normalized",),
}


def _analysis(func: Callable[[Document], T]) -> cached_property[T]:
    """A cached analysis that records itself in :attr:`Document.computed`."""
    name = func.__name__

    def compute(self: Document) -> T:
        value = func(self)
        self.computed.append(name)
        return value

    compute.__name__ = name
    compute.__doc__ = func.__doc__
    return cached_property(compute)


class Document:
    r"""Lazy analyses of one document's text.

    Parameters
    ----------
    text : str
        The decoded source text; every span of every analysis points into it.
    doc_id : str, optional
        Identifier carried into per-document tables.
    config : Config, optional
        Lexicon, taxonomy, tokenizer and policies (:class:`govtext.Config`; the packaged
        defaults when omitted).
    metadata : mapping, optional
        The document's metadata (year, title, doc_type, org ...), carried into tables.

    Examples
    --------
    >>> doc = Document("一、总体要求\n树牢“四个意识”。坚定“四个自信”。")
    >>> len(doc.sentences)
    3
    >>> doc.n_han
    17
    >>> doc.slogans["canonical"].tolist()
    ['四个意识', '四个自信']
    >>> doc.computed
    ['normalized', 'sentence_spans', 'sentences', 'page_chrome', 'n_han', 'protected', 'slogans']
    """

    def __init__(
        self,
        text: str,
        *,
        doc_id: str | None = None,
        config: Config | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> None:
        if not isinstance(text, str):
            raise TypeError(f"Document expects a str, got {type(text).__name__}")
        self.text = text
        self.doc_id = doc_id
        self.config = resolve_config(config, "Document")
        self.metadata: dict[str, Any] = dict(metadata or {})
        #: Names of the analyses computed so far, in the order they were computed.
        self.computed: list[str] = []

    @property
    def year(self) -> int | None:
        """The document's year from its metadata (None when unknown)."""
        value: Any = self.metadata.get("year")
        try:
            year = int(value)
        except (TypeError, ValueError):
            return None
        return year if 1000 <= year <= 9999 else None

    @property
    def script(self) -> str:
        """The script of the text: ``"simplified"``, ``"traditional"`` or ``"mixed"``.

        See :func:`govtext.normalization.detect_script`; with ``config.t2s="auto"``
        traditional and mixed texts are analysed through OpenCC ``t2s``.
        """
        from govtext.normalization import detect_script

        return detect_script(self.text)

    def __repr__(self) -> str:
        return f"Document(doc_id={self.doc_id!r}, n_chars={len(self.text)})"

    @_analysis
    def normalized(self) -> NormalizedText:
        """The normalized text with its map back to the source."""
        return normalize_with_offsets(self.text, t2s=self.config.t2s)

    @_analysis
    def page_chrome(self) -> list[tuple[int, int]]:
        """Source spans of the page chrome of a web copy (empty for other texts).

        The header and trailer parts of :attr:`sections` (share and print buttons,
        来源 / 时间 / 责任编辑 lines, photo captions, 相关报道 and navigation
        trailers), read only when the first or last lines of the text are chrome
        (:func:`govtext._patterns.has_page_chrome`).  Slogans, commitments, sections and
        the Han characters that densities divide by (:attr:`n_han`) leave them out;
        placeholders do not (a mask in ``来源：XX日报`` is still a mask).
        """
        from govtext._patterns import chrome_spans, has_page_chrome

        return chrome_spans(self.section_columns) if has_page_chrome(self.text) else []

    @_analysis
    def n_han(self) -> int:
        """Number of Han characters, page chrome (:attr:`page_chrome`) left out."""
        mask = han_mask(self.text)
        return int(mask.sum()) - sum(int(mask[s:e].sum()) for s, e in self.page_chrome)

    def _without_chrome(self, frame: pd.DataFrame) -> pd.DataFrame:
        """The rows of ``frame`` that start outside the page chrome."""
        from govtext._patterns import drop_chrome_rows

        out: pd.DataFrame = drop_chrome_rows(frame, self.page_chrome)
        return out

    @_analysis
    def paragraphs(self) -> list[tuple[int, int]]:
        """Source spans of the non-blank paragraphs (see :func:`paragraph_spans`)."""
        nt = self.normalized
        return [nt.span_to_source(s, e) for s, e in self._paragraph_spans]

    @cached_property
    def _paragraph_spans(self) -> list[tuple[int, int]]:
        """Normalized spans of the paragraphs, shared by :attr:`paragraphs` and the sections."""
        return paragraph_spans(self.normalized.text)

    @_analysis
    def sentence_spans(self) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Source ``start`` and ``end`` arrays of the sentences (no table)."""
        from govtext.sections import sentence_arrays

        starts, ends = sentence_arrays(self.normalized)
        return starts, ends

    @_analysis
    def sentences(self) -> pd.DataFrame:
        """Sentences (``sentence``, ``start``, ``end``), see :func:`segment_sentences`."""
        from govtext.sections import sentence_frame

        return sentence_frame(self.text, *self.sentence_spans)

    @_analysis
    def protected(self) -> Protected:
        """Spans kept whole by the tokenizer: slogans, numbers, placeholders.

        Found once and shared by :attr:`tokens` and :attr:`slogans`.
        """
        from govtext._protect import find_protected

        return find_protected(self.text, self.normalized, lexicon=self.config.slogan_lexicon)

    @_analysis
    def section_columns(self) -> SectionColumns:
        """The columns of :attr:`sections` (no table).

        The document's ``year`` (metadata) is the reference year of the section kinds;
        without it the year is read from the text.
        """
        from govtext.sections import section_columns

        return section_columns(
            self.text, normalized=self.normalized, year=self.year,
            paragraphs=self._paragraph_spans,
        )

    @_analysis
    def sections(self) -> pd.DataFrame:
        """Parts, sections and inline items, see :func:`segment_sections`.

        The table of :attr:`section_columns` (the document's ``year`` is the reference
        year of the section kinds).
        """
        return self.section_columns.frame()

    @_analysis
    def token_arrays(self) -> tuple[list[str], Any, Any, Any]:
        """Tokens, starts, ends and kind codes (see :meth:`Tokenizer.token_arrays`)."""
        from govtext.tokenizer import Tokenizer

        return Tokenizer(config=self.config).token_arrays(self.text, spans=self.protected)

    @_analysis
    def token_counts(self) -> tuple[int, int]:
        """Numbers of word tokens (neither punctuation nor space) and of distinct ones.

        From :attr:`token_arrays` when it is computed; otherwise counted a piece of the
        text at a time (:meth:`Tokenizer.iter_token_arrays`), so that the tokens of a
        long text are never held at once.
        """
        from itertools import compress

        import numpy as np

        from govtext.tokenizer import KINDS, Tokenizer

        punct, space = KINDS.index("punct"), KINDS.index("space")
        if "token_arrays" in self.__dict__:
            pieces: Iterable[tuple[list[str], Any, Any, Any]] = [self.token_arrays]
        else:
            tokenizer = Tokenizer(config=self.config)
            pieces = tokenizer.iter_token_arrays(self.text, spans=self.protected)
        n_tokens = 0
        types: set[str] = set()
        for tokens, _starts, _ends, kinds in pieces:
            is_word = (kinds != punct) & (kinds != space)
            n_tokens += int(np.count_nonzero(is_word))
            types.update(compress(tokens, is_word.tolist()))
        return n_tokens, len(types)

    @_analysis
    def tokens(self) -> pd.DataFrame:
        """Tokens (``token``, ``start``, ``end``, ``kind``) of the whole text."""
        from govtext.tokenizer import token_frame

        return token_frame(*self.token_arrays)

    @_analysis
    def slogans(self) -> pd.DataFrame:
        """Slogan occurrences (one row per span), see :func:`govtext.extract_slogans`.

        Slogans in the page chrome of a web copy (:attr:`page_chrome`: related-link
        headlines, navigation) are left out.
        """
        from govtext.slogans import slogan_frame

        return self._without_chrome(
            slogan_frame(self.text, self.protected, lexicon=self.config.slogan_lexicon)
        )

    @_analysis
    def slogan_rows(self) -> tuple[list[SloganHit], list[bool]]:
        """The rows of :attr:`slogan_hits`: the hits and their ``nested`` flags (no table).

        Page chrome (:attr:`page_chrome`) left out.
        """
        from govtext.slogans import slogan_rows

        hits, flags = slogan_rows(
            self.text, self.protected, nested=self.config.nested, lexicon=self.config.slogan_lexicon
        )
        spans = self.page_chrome
        if not spans or not hits:
            return hits, flags
        keep = [all(h.start < s or h.start >= e for s, e in spans) for h in hits]
        return [h for h, k in zip(hits, keep, strict=True) if k], [
            f for f, k in zip(flags, keep, strict=True) if k
        ]

    @_analysis
    def slogan_hits(self) -> pd.DataFrame:
        """The slogan writings counted under the configuration's counting rule.

        Every view that counts slogans (stats, frequencies, trends, word clouds, dfm)
        counts the rows of this table: with ``config.nested`` (the default) every
        writing, also inside a longer slogan (``extract_slogans(text, nested=True)``);
        otherwise the longest slogan at each place.
        """
        from govtext.slogans import slogan_table

        hits, flags = self.slogan_rows
        return slogan_table(self.text, hits, flags if self.config.nested else None)

    @_analysis
    def issue_rows(self) -> list[dict[str, Any]]:
        """The rows of :attr:`issues` as dicts (no table)."""
        from govtext.issues import issue_rows

        return issue_rows(
            self.text, self.section_columns, self.config.issue_taxonomy, self.normalized
        )

    @_analysis
    def issues(self) -> pd.DataFrame:
        """Problem statements of the problems sections, see :func:`extract_issues`."""
        from govtext.issues import issues_frame

        return issues_frame(self.issue_rows)

    @_analysis
    def placeholder_rows(self) -> list[Placeholder]:
        """Placeholders as :class:`~govtext.placeholders.Placeholder` rows (no table)."""
        from govtext.placeholders import find_placeholders

        return find_placeholders(
            self.text, lexicon=self.config.slogan_lexicon, normalized=self.normalized
        )

    @_analysis
    def placeholders(self) -> pd.DataFrame:
        """Placeholders (masks), see :func:`govtext.placeholders.extract_placeholders`."""
        from govtext.placeholders import placeholder_frame

        return placeholder_frame(self.placeholder_rows)

    @_analysis
    def commitment_rows(self) -> list[Commitment]:
        """The rows of :attr:`commitments` (no table)."""
        from govtext.commitments import find_commitments

        starts, ends = self.sentence_spans
        return find_commitments(
            self.text,
            sentences={"start": starts, "end": ends},
            sections=self.section_columns,
            placeholders=self.placeholder_rows,
            normalized=self.normalized,
            cues=self.config.commitment_cues,
        )

    @_analysis
    def commitments(self) -> pd.DataFrame:
        """Commitments, see :func:`govtext.commitments.extract_commitments`."""
        from govtext.commitments import commitment_frame

        return commitment_frame(self.commitment_rows)

    @_analysis
    def references(self) -> pd.DataFrame:
        """Document numbers and cited titles, see :func:`govtext.extract_references`."""
        from govtext.references import extract_references

        return extract_references(self.text, normalized=self.normalized)

    def release(self, *names: str) -> None:
        """Drop the cached analyses called ``names``; they are computed again if used.

        :func:`govtext.summary.document_stats` releases what no later column needs when
        it builds the Document itself, so that a long text's analyses are not all held
        at once.

        Examples
        --------
        >>> doc = Document("落实“两个维护”。")
        >>> n = len(doc.slogans)
        >>> doc.release("slogans", "protected")
        >>> "slogans" in vars(doc), len(doc.slogans) == n
        (False, True)
        """
        for name in names:
            if name not in ANALYSES:
                from govtext._util import ParameterError

                raise ParameterError(
                    f"The 'names' parameter of Document.release must be names of "
                    f"{sorted(ANALYSES)}. Got {name!r} instead."
                )
            self.__dict__.pop(name, None)

    def analysis(self, name: str) -> Any:
        """Return the analysis called ``name`` (one of :data:`ANALYSES`).

        Examples
        --------
        >>> Document("落实“两个维护”。").analysis("slogans")["slogan"].tolist()
        ['两个维护']
        """
        if name not in ANALYSES:
            from govtext._util import ParameterError

            raise ParameterError(
                f"The 'name' parameter of Document.analysis must be one of "
                f"{sorted(ANALYSES)}. Got {name!r} instead."
            )
        return getattr(self, name)
