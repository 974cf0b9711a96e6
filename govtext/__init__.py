"""govtext: text analysis for Chinese official work reports.

Slogan-aware tokenization, slogan extraction, section segmentation, placeholder and
commitment metrics for party-building reports, responsibility reports, duty-and-integrity
reports (述责述廉), work plans (工作要点) and government work reports.

Importing :mod:`govtext` is cheap and has no side effects: the public functions are
loaded from their modules on first use.

Examples
--------
>>> import govtext
>>> govtext.normalize("１９９３年")
'1993年'
"""

from __future__ import annotations

import logging
from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "read_corpus": "govtext.io",
    "iter_documents": "govtext.io",
    "read_text": "govtext.io",
    "ReadError": "govtext.io",
    "ReadWarning": "govtext.io",
    "ParameterError": "govtext._util",
    "AnalysisWarning": "govtext._util",
    "MissingGroupWarning": "govtext.frequency",
    "normalize": "govtext.normalization",
    "normalize_with_offsets": "govtext.normalization",
    "NormalizedText": "govtext.normalization",
    "Lexicon": "govtext.lexicon",
    "load_lexicon": "govtext.lexicon",
    "load_stopwords": "govtext.lexicon",
    "SloganEntry": "govtext.lexicon",
    "segment_sentences": "govtext.corpus",
    "segment_sections": "govtext.corpus",
    "format_outline": "govtext.sections",
    "outline": "govtext.sections",
    "section_at": "govtext.sections",
    "section_kind_at": "govtext.sections",
    "kind_spans": "govtext.sections",
    "stats": "govtext.summary",
    "write_stats": "govtext.summary",
    "extract_issues": "govtext.corpus",
    "categorize_issues": "govtext.issues",
    "recurring_issues": "govtext.recurring",
    "suggest_issue_topics": "govtext.recurring",
    "load_issue_taxonomy": "govtext.taxonomy",
    "IssueTaxonomy": "govtext.taxonomy",
    "IssueCategory": "govtext.taxonomy",
    "keyness": "govtext.compare",
    "similarity": "govtext.compare",
    "text_reuse": "govtext.reuse",
    "find_boilerplate": "govtext.reuse",
    "mask_boilerplate": "govtext.reuse",
    "extract_placeholders": "govtext.corpus",
    "extract_commitments": "govtext.corpus",
    "extract_targets": "govtext.corpus",
    "follow_through": "govtext.follow",
    "commitment_follow_through": "govtext.follow",
    "plot_follow_through": "govtext.plot",
    "commitment_measures": "govtext.commitments",
    "Tokenizer": "govtext.tokenizer",
    "tokenize": "govtext.tokenizer",
    "extract_slogans": "govtext.corpus",
    "discover_phrases": "govtext.phrases",
    "kwic": "govtext.frequency",
    "term_frequency": "govtext.frequency",
    "summarize_slogans": "govtext.frequency",
    "CJKFontNotFoundError": "govtext.plot",
    "find_cjk_font": "govtext.plot",
    "plot_heatmap": "govtext.plot",
    "plot_metrics": "govtext.plot",
    "plot_sections": "govtext.plot",
    "plot_slogan_trend": "govtext.plot",
    "plot_wordcloud": "govtext.plot",
    "slogan_trend_table": "govtext.plot",
    "Config": "govtext.config",
    "Document": "govtext.document",
    "read_lexicon": "govtext.lexicon",
    "read_issue_taxonomy": "govtext.taxonomy",
    "split_doc_types": "govtext.corpus",
    "write_table": "govtext.export",
    "ExportWarning": "govtext.export",
    "dfm": "govtext.dfm",
    "top_features": "govtext.dfm",
    "write_dfm": "govtext.dfm",
    "Dictionary": "govtext.dictionary",
    "count_dictionary": "govtext.dictionary",
    "load_dictionary": "govtext.dictionary",
    "read_dictionary": "govtext.dictionary",
    "extract_references": "govtext.corpus",
    "slogan_variants": "govtext.lineage",
}

__all__ = [
    "AnalysisWarning",
    "CJKFontNotFoundError",
    "Config",
    "Dictionary",
    "Document",
    "ExportWarning",
    "IssueCategory",
    "IssueTaxonomy",
    "Lexicon",
    "MissingGroupWarning",
    "NormalizedText",
    "ParameterError",
    "ReadError",
    "ReadWarning",
    "SloganEntry",
    "Tokenizer",
    "__version__",
    "categorize_issues",
    "commitment_follow_through",
    "commitment_measures",
    "count_dictionary",
    "dfm",
    "discover_phrases",
    "extract_commitments",
    "extract_issues",
    "extract_placeholders",
    "extract_references",
    "extract_slogans",
    "extract_targets",
    "find_boilerplate",
    "find_cjk_font",
    "follow_through",
    "format_outline",
    "iter_documents",
    "keyness",
    "kind_spans",
    "kwic",
    "load_dictionary",
    "load_issue_taxonomy",
    "load_lexicon",
    "load_stopwords",
    "mask_boilerplate",
    "normalize",
    "normalize_with_offsets",
    "outline",
    "plot_follow_through",
    "plot_heatmap",
    "plot_metrics",
    "plot_sections",
    "plot_slogan_trend",
    "plot_wordcloud",
    "read_corpus",
    "read_dictionary",
    "read_issue_taxonomy",
    "read_lexicon",
    "read_text",
    "recurring_issues",
    "section_at",
    "section_kind_at",
    "segment_sections",
    "segment_sentences",
    "similarity",
    "slogan_trend_table",
    "slogan_variants",
    "split_doc_types",
    "stats",
    "suggest_issue_topics",
    "summarize_slogans",
    "term_frequency",
    "text_reuse",
    "tokenize",
    "top_features",
    "write_dfm",
    "write_stats",
    "write_table",
]

if TYPE_CHECKING:  # pragma: no cover
    from govtext._util import AnalysisWarning, ParameterError
    from govtext.commitments import commitment_measures
    from govtext.compare import keyness, similarity
    from govtext.config import Config
    from govtext.corpus import (
        extract_commitments,
        extract_issues,
        extract_placeholders,
        extract_references,
        extract_slogans,
        extract_targets,
        segment_sections,
        segment_sentences,
        split_doc_types,
    )
    from govtext.dfm import dfm, top_features, write_dfm
    from govtext.dictionary import Dictionary, count_dictionary, load_dictionary, read_dictionary
    from govtext.document import Document
    from govtext.export import ExportWarning, write_table
    from govtext.follow import commitment_follow_through, follow_through
    from govtext.frequency import MissingGroupWarning, kwic, summarize_slogans, term_frequency
    from govtext.io import ReadError, ReadWarning, iter_documents, read_corpus, read_text
    from govtext.issues import categorize_issues
    from govtext.lexicon import Lexicon, SloganEntry, load_lexicon, load_stopwords, read_lexicon
    from govtext.lineage import slogan_variants
    from govtext.normalization import NormalizedText, normalize, normalize_with_offsets
    from govtext.phrases import discover_phrases
    from govtext.plot import (
        CJKFontNotFoundError,
        find_cjk_font,
        plot_follow_through,
        plot_heatmap,
        plot_metrics,
        plot_sections,
        plot_slogan_trend,
        plot_wordcloud,
        slogan_trend_table,
    )
    from govtext.recurring import recurring_issues, suggest_issue_topics
    from govtext.reuse import find_boilerplate, mask_boilerplate, text_reuse
    from govtext.sections import format_outline, kind_spans, outline, section_at, section_kind_at
    from govtext.summary import stats, write_stats
    from govtext.taxonomy import (
        IssueCategory,
        IssueTaxonomy,
        load_issue_taxonomy,
        read_issue_taxonomy,
    )
    from govtext.tokenizer import Tokenizer, tokenize


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'govtext' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
