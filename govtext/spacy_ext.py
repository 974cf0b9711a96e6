"""spaCy integration: govtext's tokenizer and components for a ``zh`` pipeline.

Importing this module registers, through spaCy's own registries:

- the tokenizer ``govtext.Tokenizer.v1`` (slogans, placeholders and numbers kept whole,
  lossless: ``doc.text`` equals the input);
- the components ``govtext_slogans`` (slogan spans in ``doc.spans["govtext_slogans"]``,
  labelled by canonical form) and ``govtext_sections`` (section spans in
  ``doc.spans["govtext_sections"]``, labelled by kind: review, problems, plans, ...).

The same names are declared as package entry points, so spaCy also finds them in a
config file without an explicit import.  Extension attributes are namespaced
``govtext_*``: ``Token._.govtext_kind``, ``Span._.govtext_canonical``,
``Span._.govtext_level``.

spaCy is an optional part of a workflow: it is imported only here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govtext._util import require
from govtext.config import Config

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = ["GovtextSpacyTokenizer", "blank"]

spacy = require("spacy", "spacy", "the spaCy integration")
from spacy.tokens import Doc as _Doc  # noqa: E402
from spacy.tokens import Span as _Span  # noqa: E402
from spacy.tokens import Token as _Token  # noqa: E402
from spacy.util import filter_spans  # noqa: E402

for _cls, _name, _default in (
    (_Token, "govtext_kind", None),
    (_Span, "govtext_canonical", None),
    (_Span, "govtext_level", None),
):
    if not _cls.has_extension(_name):
        _cls.set_extension(_name, default=_default)


class GovtextSpacyTokenizer:
    """A spaCy tokenizer that segments with :class:`govtext.tokenizer.Tokenizer`.

    Parameters
    ----------
    vocab : spacy.vocab.Vocab
    backend : {"auto", "rjieba", "jieba"}, optional
        The configuration's backend when omitted.
    user_words : sequence of str
    config_file : str, optional
        A TOML configuration (:meth:`govtext.Config.from_toml`).
    lexicon_files : sequence of str, optional
        TSV lexicons of one's own (:func:`govtext.read_lexicon`), added to the packaged
        one; they and ``config_file`` are what the pipeline saves.

    Examples
    --------
    >>> nlp = blank()
    >>> [t.text for t in nlp("树牢四个意识")]
    ['树牢', '四个意识']
    """

    def __init__(
        self,
        vocab: Vocab,
        *,
        backend: str | None = None,
        user_words: Any = (),
        config_file: str | None = None,
        lexicon_files: Any = (),
    ) -> None:
        from govtext.tokenizer import Tokenizer

        self.vocab = vocab
        self.backend = backend
        self.user_words = tuple(user_words)
        self.config_file = config_file
        self.lexicon_files = tuple(str(f) for f in lexicon_files)
        self.config = load_config(config_file, self.lexicon_files)
        self._tokenizer = Tokenizer(
            backend=backend, user_words=self.user_words, config=self.config
        )

    def __call__(self, text: str) -> Doc:
        """Tokenize ``text`` into a lossless :class:`spacy.tokens.Doc`."""
        table = self._tokenizer.tokenize(text)
        words = table["token"].tolist()
        doc = _Doc(self.vocab, words=words, spaces=[False] * len(words))
        for token, kind in zip(doc, table["kind"].tolist(), strict=True):
            token._.govtext_kind = kind
        return doc

    # serialization: the settings are all there is to save
    def _settings(self) -> dict[str, Any]:
        return {
            "backend": self.backend,
            "user_words": list(self.user_words),
            "config_file": self.config_file,
            "lexicon_files": list(self.lexicon_files),
        }

    def _load(self, settings: dict[str, Any]) -> GovtextSpacyTokenizer:
        self.__init__(self.vocab, **settings)  # type: ignore[misc]
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        """Serialize the settings."""
        return json.dumps(self._settings(), ensure_ascii=False).encode("utf-8")

    def from_bytes(self, data: bytes, **kwargs: Any) -> GovtextSpacyTokenizer:
        """Load settings written by :meth:`to_bytes`."""
        return self._load(json.loads(data.decode("utf-8")))

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        """Write the settings to ``path`` (a file)."""
        Path(path).write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, **kwargs: Any) -> GovtextSpacyTokenizer:
        """Read settings written by :meth:`to_disk`."""
        return self.from_bytes(Path(path).read_bytes())


@spacy.registry.tokenizers("govtext.Tokenizer.v1")  # type: ignore[untyped-decorator]
def create_tokenizer(
    backend: str | None = None,
    user_words: list[str] | None = None,
    config_file: str | None = None,
    lexicon_files: list[str] | None = None,
) -> Any:
    """Registered factory of :class:`GovtextSpacyTokenizer` (``govtext.Tokenizer.v1``)."""

    def make(nlp: Language) -> GovtextSpacyTokenizer:
        return GovtextSpacyTokenizer(
            nlp.vocab, backend=backend, user_words=user_words or (),
            config_file=config_file, lexicon_files=lexicon_files or (),
        )

    return make


def _char_span(doc: Doc, start: int, end: int, label: str) -> Any:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def load_config(config_file: str | None, lexicon_files: Any = ()) -> Config:
    """The :class:`govtext.Config` of a TOML file and TSV lexicons (the default: none).

    Examples
    --------
    >>> load_config(None) == Config()
    True
    """
    base = Config.from_toml(config_file) if config_file else Config()
    return Config.from_lexicon_files(list(lexicon_files), base)


class SloganComponent:
    """Adds ``doc.spans["govtext_slogans"]`` from :func:`govtext.extract_slogans`.

    Parameters
    ----------
    config : Config, optional
        Lexicon and policies (:class:`govtext.Config`).
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config

    def __call__(self, doc: Doc) -> Doc:
        from govtext.document import Document

        spans = []
        table = Document(doc.text, config=self.config).slogans
        for start, end, canonical in zip(
            table["start"].tolist(),
            table["end"].tolist(),
            table["canonical"].tolist(),
            strict=True,
        ):
            span = _char_span(doc, start, end, str(canonical))
            if span is not None:
                span._.govtext_canonical = canonical
                spans.append(span)
        doc.spans["govtext_slogans"] = filter_spans(spans)
        return doc


class SectionComponent:
    """Adds ``doc.spans["govtext_sections"]`` from :func:`govtext.segment_sections`.

    Parameters
    ----------
    config : Config, optional
        Policies of normalization (:class:`govtext.Config`).
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config

    def __call__(self, doc: Doc) -> Doc:
        from govtext.document import Document

        spans = []
        table = Document(doc.text, config=self.config).sections
        for start, end, kind, level in zip(
            table["start"].tolist(),
            table["end"].tolist(),
            table["kind"].tolist(),
            table["level"].tolist(),
            strict=True,
        ):
            if end <= start:
                continue
            span = _char_span(doc, start, end, str(kind))
            if span is not None:
                span._.govtext_level = level
                spans.append(span)
        doc.spans["govtext_sections"] = spans
        return doc


@spacy.Language.factory(
    "govtext_slogans", default_config={"config_file": None, "lexicon_files": []}
)  # type: ignore[untyped-decorator]
def make_slogans(
    nlp: Language, name: str, config_file: str | None, lexicon_files: list[str]
) -> SloganComponent:
    """Registered factory of the ``govtext_slogans`` component."""
    return SloganComponent(load_config(config_file, lexicon_files))


@spacy.Language.factory(
    "govtext_sections", default_config={"config_file": None, "lexicon_files": []}
)  # type: ignore[untyped-decorator]
def make_sections(
    nlp: Language, name: str, config_file: str | None, lexicon_files: list[str]
) -> SectionComponent:
    """Registered factory of the ``govtext_sections`` component."""
    return SectionComponent(load_config(config_file, lexicon_files))


def blank(
    *,
    backend: str | None = None,
    components: tuple[str, ...] = (),
    config_file: str | None = None,
    lexicon_files: tuple[str, ...] = (),
) -> Language:
    r"""A ``spacy.blank("zh")`` pipeline with govtext's tokenizer and components.

    Parameters
    ----------
    backend : {"auto", "rjieba", "jieba"}, optional
        Segmentation engine of the tokenizer (the configuration's when omitted).
    components : tuple of str
        Components to add, e.g. ``("govtext_slogans", "govtext_sections")``.
    config_file : str, optional
        A TOML configuration (:meth:`govtext.Config.from_toml`) for the tokenizer and
        every component.
    lexicon_files : tuple of str, optional
        TSV lexicons of one's own, added to the packaged one.

    Examples
    --------
    >>> nlp = blank(components=("govtext_sections",))
    >>> doc = nlp("一、工作回顾\n完成了任务。\n二、存在问题\n学习不够。")
    >>> [span.label_ for span in doc.spans["govtext_sections"] if span._.govtext_level == 1]
    ['review', 'problems']
    """
    shared = {"config_file": config_file, "lexicon_files": list(lexicon_files)}
    tokenizer = {"@tokenizers": "govtext.Tokenizer.v1", "backend": backend, **shared}
    nlp: Language = spacy.blank("zh", config={"nlp": {"tokenizer": tokenizer}})
    for name in components:
        nlp.add_pipe(name, config=shared)
    return nlp
