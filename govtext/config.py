"""One configuration for every analysis: lexicon, taxonomy, stopwords, tokenizer, policies.

A :class:`Config` is frozen and hashable.  Every public verb takes ``config=`` (the
packaged defaults when omitted), :class:`govtext.Document` keeps one, and the spaCy
components take one, so a researcher's own lexicon reaches the tokens, the slogan counts,
the frequencies, the trends and the word cloud alike.  Nothing is configured through
module globals.

Lexicons, issue taxonomies and stopword lists are looked up by name in registries
(:mod:`catalogue`, as spaCy does): a research group can ship its own as a package that
declares an entry point in the group ``govtext_lexicons``, ``govtext_taxonomies`` or
``govtext_stopwords``, or register one at run time with :func:`register`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields, replace
from functools import cache, cached_property
from os import PathLike
from typing import TYPE_CHECKING, Any

from govtext._util import ParameterError, check_choice
from govtext.cues import CommitmentCues, load_commitment_cues, read_commitment_cues
from govtext.lexicon import Lexicon, SloganEntry, load_lexicon, load_stopwords, read_lexicon
from govtext.taxonomy import IssueTaxonomy, load_issue_taxonomy, read_issue_taxonomy

if TYPE_CHECKING:  # pragma: no cover
    import catalogue

__all__ = ["REGISTRIES", "Config", "register", "registered", "resolve_config"]

#: The registries by kind, with the packaged entries' names.
REGISTRIES: Mapping[str, str] = {
    "lexicons": "slogans",
    "taxonomies": "default",
    "stopwords": "default",
    "cues": "default",
}

_BACKENDS = ("auto", "rjieba", "jieba")
_T2S = (True, False, "auto")


@cache
def _registry(kind: str) -> catalogue.Registry:
    """The registry of ``kind`` (created on first use, not at import)."""
    import catalogue

    check_choice(kind, "kind", "register", tuple(REGISTRIES))
    reg = catalogue.create("govtext", kind, entry_points=True)
    packaged: dict[str, Callable[[], Any]] = {
        "lexicons": load_lexicon,
        "taxonomies": load_issue_taxonomy,
        "stopwords": load_stopwords,
        "cues": load_commitment_cues,
    }
    reg.register(REGISTRIES[kind], func=packaged[kind])
    return reg


def register(kind: str, name: str, loader: Callable[[], Any]) -> None:
    """Register a lexicon, taxonomy or stopword list under ``name``.

    Parameters
    ----------
    kind : {"lexicons", "taxonomies", "stopwords", "cues"}
    name : str
        The name a :class:`Config` refers to it by.
    loader : callable
        Returns a :class:`~govtext.lexicon.Lexicon`, an
        :class:`~govtext.taxonomy.IssueTaxonomy` or a frozenset of words.

    Examples
    --------
    >>> register("stopwords", "tiny", lambda: frozenset({"的"}))
    >>> Config(stopwords="tiny").stopword_set
    frozenset({'的'})
    """
    _registry(kind).register(name, func=loader)


def registered(kind: str) -> list[str]:
    """Names registered for ``kind`` (packaged, entry points and run-time ones).

    Examples
    --------
    >>> "slogans" in registered("lexicons")
    True
    """
    return sorted(_registry(kind).get_all())


def _load(kind: str, name: str) -> Any:
    reg = _registry(kind)
    if name not in reg.get_all():
        raise ParameterError(
            f"No {kind[:-1]} is registered as {name!r}; known: {registered(kind)}. "
            "Register one with govtext.config.register or an entry point "
            f"'govtext_{kind}'."
        )
    return reg.get(name)()


@cache
def _resolved_lexicon(name: str, entries: tuple[SloganEntry, ...]) -> Lexicon:
    base = _load("lexicons", name)
    if not isinstance(base, Lexicon):
        raise ParameterError(f"The lexicon registered as {name!r} is not a govtext Lexicon.")
    return base.with_entries(entries)


@dataclass(frozen=True)
class Config:
    """What every analysis depends on besides the text.

    Parameters
    ----------
    lexicon : str, default "slogans"
        Registered name of the slogan lexicon (``"slogans"``: the packaged one).
    entries : tuple of SloganEntry, default ()
        A researcher's own slogan entries, added to the lexicon (an entry replaces a
        packaged one with the same form); see :func:`govtext.lexicon.read_lexicon`.
    taxonomy : str or IssueTaxonomy, default "default"
        Issue taxonomy: a registered name or a taxonomy object.
    stopwords : str, default "default"
        Registered name of the stopword list (frequencies, word clouds, dfm).
    cues : str or CommitmentCues, default "default"
        Commitment cues (:mod:`govtext.cues`): a registered name or a cue set.
    extra_stopwords : tuple of str, default ()
        Words added to that list.
    backend : {"auto", "rjieba", "jieba"}, default "auto"
        Segmentation engine of the tokenizer.
    user_words : tuple of str, default ()
        Extra words for the engine's dictionary (this configuration's engine only).
    t2s : {"auto", True, False}, default "auto"
        Traditional-to-simplified policy of normalization (``"auto"`` converts texts
        written in traditional characters).
    nested : bool, default True
        The counting rule: a slogan counts every time it is written, also inside a
        longer slogan (``False``: the longest slogan at each place only).

    Examples
    --------
    >>> from govtext.lexicon import SloganEntry
    >>> cfg = Config(entries=(SloganEntry("强省会", (), "economy", None, ""),))
    >>> "强省会" in cfg.slogan_lexicon, "四个意识" in cfg.slogan_lexicon
    (True, True)
    >>> hash(cfg) == hash(Config(entries=cfg.entries))
    True
    """

    lexicon: str = "slogans"
    entries: tuple[SloganEntry, ...] = ()
    taxonomy: str | IssueTaxonomy = "default"
    stopwords: str = "default"
    cues: str | CommitmentCues = "default"
    extra_stopwords: tuple[str, ...] = ()
    backend: str = "auto"
    user_words: tuple[str, ...] = ()
    t2s: bool | str = "auto"
    nested: bool = True

    def __post_init__(self) -> None:
        for name in ("entries", "extra_stopwords", "user_words"):
            value = getattr(self, name)
            if isinstance(value, str) or not isinstance(value, Iterable):
                raise ParameterError(
                    f"The {name!r} parameter of Config must be a tuple. Got {value!r} instead."
                )
            object.__setattr__(self, name, tuple(value))
        if not all(isinstance(e, SloganEntry) for e in self.entries):
            raise ParameterError(
                "The 'entries' parameter of Config must hold SloganEntry objects "
                "(see govtext.lexicon.read_lexicon)."
            )
        check_choice(self.backend, "backend", "Config", _BACKENDS)
        if self.t2s not in _T2S or not isinstance(self.t2s, (bool, str)):
            raise ParameterError(
                f"The 't2s' parameter of Config must be 'auto', True or False. "
                f"Got {self.t2s!r} instead."
            )
        if not isinstance(self.nested, bool):
            raise ParameterError(
                f"The 'nested' parameter of Config must be a bool. Got {self.nested!r} instead."
            )

    def __getstate__(self) -> dict[str, Any]:
        # the parameters only: resolved parts are rebuilt (and cached) where unpickled
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

    # ------------------------------------------------------------------ resolved parts

    @property
    def slogan_lexicon(self) -> Lexicon:
        """The lexicon in force: the registered one plus :attr:`entries`."""
        return _resolved_lexicon(self.lexicon, self.entries)

    @cached_property
    def issue_taxonomy(self) -> IssueTaxonomy:
        """The issue taxonomy in force."""
        if isinstance(self.taxonomy, IssueTaxonomy):
            return self.taxonomy
        tax = _load("taxonomies", self.taxonomy)
        if not isinstance(tax, IssueTaxonomy):
            raise ParameterError(
                f"The taxonomy registered as {self.taxonomy!r} is not an IssueTaxonomy."
            )
        return tax

    @cached_property
    def commitment_cues(self) -> CommitmentCues:
        """The commitment cues in force."""
        if isinstance(self.cues, CommitmentCues):
            return self.cues
        cues = _load("cues", self.cues)
        if not isinstance(cues, CommitmentCues):
            raise ParameterError(f"The cues registered as {self.cues!r} are not CommitmentCues.")
        return cues

    @cached_property
    def stopword_set(self) -> frozenset[str]:
        """The stopwords in force."""
        return frozenset(_load("stopwords", self.stopwords)) | frozenset(self.extra_stopwords)

    @property
    def is_default_lexicon(self) -> bool:
        """Whether the lexicon is the packaged one, unchanged."""
        return self.lexicon == REGISTRIES["lexicons"] and not self.entries

    # ------------------------------------------------------------------ constructors

    def with_entries(self, entries: Iterable[SloganEntry]) -> Config:
        """Return this configuration with more lexicon entries.

        Examples
        --------
        >>> from govtext.lexicon import SloganEntry
        >>> e = SloganEntry("强省会", (), "economy", None, "")
        >>> Config().with_entries([e]).entries == (e,)
        True
        """
        return replace(self, entries=(*self.entries, *entries))

    @classmethod
    def from_lexicon_files(
        cls, paths: Iterable[str | PathLike[str]], base: Config | None = None
    ) -> Config:
        r"""``base`` (the default) with the entries of TSV lexicon files added.

        Examples
        --------
        >>> import tempfile, pathlib
        >>> f = pathlib.Path(tempfile.mkdtemp()) / "mine.tsv"
        >>> _ = f.write_text("canonical\n强省会\n", encoding="utf-8")
        >>> [e.canonical for e in Config.from_lexicon_files([f]).entries]
        ['强省会']
        """
        cfg = base if base is not None else cls()
        added: list[SloganEntry] = []
        for path in paths:
            added.extend(read_lexicon(path))
        return cfg.with_entries(added) if added else cfg

    @classmethod
    def from_toml(cls, path: str | PathLike[str]) -> Config:
        r"""Read a configuration from a TOML file.

        Keys are the parameters of :class:`Config`; ``lexicon_files`` (a list of TSV
        paths, relative to the TOML file) adds entries, ``taxonomy_file`` reads a
        taxonomy TSV, ``cues_file`` a commitment cue TSV.  An unknown key is an error naming it.

        Examples
        --------
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (d / "mine.tsv").write_text("canonical\n强省会\n", encoding="utf-8")
        >>> _ = (d / "govtext.toml").write_text(
        ...     'backend = "jieba"\nnested = false\nlexicon_files = ["mine.tsv"]\n',
        ...     encoding="utf-8")
        >>> cfg = Config.from_toml(d / "govtext.toml")
        >>> cfg.backend, cfg.nested, [e.canonical for e in cfg.entries]
        ('jieba', False, ['强省会'])
        """
        from pathlib import Path

        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover - Python 3.10
            import tomli as tomllib

        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ParameterError(f"{p}: cannot read the configuration ({exc})") from None
        data = dict(data.get("govtext", data))
        files = [p.parent / f for f in data.pop("lexicon_files", [])]
        taxonomy_file = data.pop("taxonomy_file", None)
        cues_file = data.pop("cues_file", None)
        known = {"lexicon", "taxonomy", "stopwords", "cues", "extra_stopwords", "backend",
                 "user_words", "t2s", "nested"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ParameterError(
                f"{p}: unknown configuration key(s) {unknown}; known: {sorted(known)} "
                "and lexicon_files, taxonomy_file, cues_file."
            )
        for key in ("extra_stopwords", "user_words"):
            if key in data:
                data[key] = tuple(data[key])
        if taxonomy_file is not None:
            data["taxonomy"] = read_issue_taxonomy(p.parent / taxonomy_file)
        if cues_file is not None:
            data["cues"] = read_commitment_cues(str(p.parent / cues_file))
        try:
            cfg = cls(**data)
        except TypeError as exc:
            raise ParameterError(f"{p}: {exc}") from None
        return cls.from_lexicon_files(files, cfg)


def resolve_config(config: Config | None, func: str) -> Config:
    """``config``, or the default configuration when it is None.

    Examples
    --------
    >>> resolve_config(None, "stats") == Config()
    True
    """
    if config is None:
        return _default_config()
    if not isinstance(config, Config):
        raise ParameterError(
            f"The 'config' parameter of {func} must be a govtext.Config or None. "
            f"Got {type(config).__name__} instead."
        )
    return config


@cache
def _default_config() -> Config:
    return Config()
