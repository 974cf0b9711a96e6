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
import sys
import types
from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "read_corpus": "govtext.io",
    "read_text": "govtext.io",
    "ReadError": "govtext.io",
    "ReadWarning": "govtext.io",
    "ParameterError": "govtext._util",
    "AnalysisWarning": "govtext.stats",
    "MissingGroupWarning": "govtext.slogans",
    "normalize": "govtext.normalize",
    "normalize_with_offsets": "govtext.normalize",
    "NormalizedText": "govtext.normalize",
    "Lexicon": "govtext.lexicon",
    "load_lexicon": "govtext.lexicon",
    "load_stopwords": "govtext.lexicon",
    "SloganEntry": "govtext.lexicon",
    "segment_sentences": "govtext.sections",
    "segment_sections": "govtext.sections",
    "format_outline": "govtext.sections",
    "outline": "govtext.sections",
    "section_at": "govtext.sections",
    "section_kind_at": "govtext.sections",
    "kind_spans": "govtext.sections",
    "stats": "govtext.stats",
    "extract_issues": "govtext.issues",
    "categorize_issues": "govtext.issues",
    "recurring_issues": "govtext.issues",
    "suggest_issue_topics": "govtext.issues",
    "load_issue_taxonomy": "govtext.issues",
    "IssueTaxonomy": "govtext.issues",
    "IssueCategory": "govtext.issues",
    "keyness": "govtext.compare",
    "similarity": "govtext.compare",
    "text_reuse": "govtext.compare",
    "extract_placeholders": "govtext.placeholders",
    "extract_commitments": "govtext.commitments",
    "commitment_measures": "govtext.commitments",
    "Tokenizer": "govtext.tokenize",
    "tokenize": "govtext.tokenize",
    "extract_slogans": "govtext.slogans",
    "discover_phrases": "govtext.slogans",
    "kwic": "govtext.slogans",
    "term_frequency": "govtext.slogans",
    "summarize_slogans": "govtext.slogans",
    "CJKFontNotFoundError": "govtext.plot",
    "find_cjk_font": "govtext.plot",
    "plot_heatmap": "govtext.plot",
    "plot_metrics": "govtext.plot",
    "plot_sections": "govtext.plot",
    "plot_slogan_trend": "govtext.plot",
    "plot_wordcloud": "govtext.plot",
    "slogan_trend_table": "govtext.plot",
    "write_table": "govtext.export",
    "ExportWarning": "govtext.export",
    "dfm": "govtext.dfm",
    "top_features": "govtext.dfm",
    "write_dfm": "govtext.dfm",
    "Dictionary": "govtext.dictionary",
    "count_dictionary": "govtext.dictionary",
    "load_dictionary": "govtext.dictionary",
    "read_dictionary": "govtext.dictionary",
}

__all__ = [
    "AnalysisWarning",
    "CJKFontNotFoundError",
    "Dictionary",
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
    "commitment_measures",
    "count_dictionary",
    "dfm",
    "discover_phrases",
    "extract_commitments",
    "extract_issues",
    "extract_placeholders",
    "extract_slogans",
    "find_cjk_font",
    "format_outline",
    "keyness",
    "kind_spans",
    "kwic",
    "load_dictionary",
    "load_issue_taxonomy",
    "load_lexicon",
    "load_stopwords",
    "normalize",
    "normalize_with_offsets",
    "outline",
    "plot_heatmap",
    "plot_metrics",
    "plot_sections",
    "plot_slogan_trend",
    "plot_wordcloud",
    "read_corpus",
    "read_dictionary",
    "read_text",
    "recurring_issues",
    "section_at",
    "section_kind_at",
    "segment_sections",
    "segment_sentences",
    "similarity",
    "slogan_trend_table",
    "stats",
    "suggest_issue_topics",
    "summarize_slogans",
    "term_frequency",
    "text_reuse",
    "tokenize",
    "top_features",
    "write_dfm",
    "write_table",
]

if TYPE_CHECKING:  # pragma: no cover
    from govtext._util import ParameterError
    from govtext.commitments import commitment_measures, extract_commitments
    from govtext.compare import keyness, similarity, text_reuse
    from govtext.dfm import dfm, top_features, write_dfm
    from govtext.dictionary import (
        Dictionary,
        count_dictionary,
        load_dictionary,
        read_dictionary,
    )
    from govtext.export import ExportWarning, write_table
    from govtext.io import ReadError, ReadWarning, read_corpus, read_text
    from govtext.issues import (
        IssueCategory,
        IssueTaxonomy,
        categorize_issues,
        extract_issues,
        load_issue_taxonomy,
        recurring_issues,
        suggest_issue_topics,
    )
    from govtext.lexicon import Lexicon, SloganEntry, load_lexicon, load_stopwords
    from govtext.normalize import NormalizedText, normalize, normalize_with_offsets
    from govtext.placeholders import extract_placeholders
    from govtext.plot import (
        CJKFontNotFoundError,
        find_cjk_font,
        plot_heatmap,
        plot_metrics,
        plot_sections,
        plot_slogan_trend,
        plot_wordcloud,
        slogan_trend_table,
    )
    from govtext.sections import (
        format_outline,
        kind_spans,
        outline,
        section_at,
        section_kind_at,
        segment_sections,
        segment_sentences,
    )
    from govtext.slogans import (
        MissingGroupWarning,
        discover_phrases,
        extract_slogans,
        kwic,
        summarize_slogans,
        term_frequency,
    )
    from govtext.stats import AnalysisWarning, stats
    from govtext.tokenize import Tokenizer, tokenize


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'govtext' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


class _Package(types.ModuleType):
    """Keep ``govtext.normalize`` (and the like) the function, not its submodule.

    Importing ``govtext.normalize`` makes the import system set the package attribute
    ``normalize`` to the submodule; for a public name defined in that very submodule the
    function is bound instead.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if (
            isinstance(value, types.ModuleType)
            and _EXPORTS.get(name) == value.__name__
            and hasattr(value, name)
        ):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
