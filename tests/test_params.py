"""Every declared parameter of every public function refuses a bad value with one message."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any

import pytest

import govtext
from govtext._params import POSITIVE_INT, Choice, validate_params


def _public_functions() -> dict[str, Callable[..., Any]]:
    out = {}
    for name in govtext.__all__:
        value = getattr(govtext, name)
        if inspect.isfunction(value):
            out[name] = value
    return out


DECLARED = {
    name: func for name, func in _public_functions().items()
    if hasattr(func, "__govtext_params__")
}
CASES = [
    (name, param, rule)
    for name, func in sorted(DECLARED.items())
    for param, rule in func.__govtext_params__.items()
]


def _dummy_call(func: Callable[..., Any], **kwargs: Any) -> Any:
    """Call ``func`` with ``kwargs`` and placeholders for the required parameters.

    The placeholder is None, or a value the parameter's declared rule accepts: the
    validation comes before any work, so nothing else is looked at.
    """
    rules = func.__govtext_params__  # type: ignore[attr-defined]
    args = []
    for p in inspect.signature(func).parameters.values():
        positional = p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        if p.default is p.empty and positional and p.name not in kwargs:
            rule = rules.get(p.name)
            ok = [v for v in (None, "四个意识", 1, True) if rule is None or rule.accepts(v)]
            args.append(ok[0])
    return func(*args, **kwargs)


def test_the_corpus_verbs_declare_their_parameters() -> None:
    must = {
        "stats", "term_frequency", "summarize_slogans", "kwic", "discover_phrases",
        "extract_slogans", "extract_placeholders", "extract_commitments",
        "extract_issues", "segment_sections", "segment_sentences", "recurring_issues",
        "suggest_issue_topics", "keyness", "similarity", "text_reuse",
    }
    assert must <= set(DECLARED), sorted(must - set(DECLARED))
    assert len(CASES) >= 50


@pytest.mark.parametrize(("name", "param", "rule"), CASES, ids=[f"{n}-{p}" for n, p, _ in CASES])
def test_bad_value_is_refused_with_the_message(name: str, param: str, rule: Any) -> None:
    func = DECLARED[name]
    assert not rule.accepts(rule.bad)
    message = (
        f"The {param!r} parameter of {name} must be {re.escape(rule.description)}. "
        f"Got {re.escape(repr(rule.bad))} instead."
    )
    with pytest.raises(govtext.ParameterError, match=message):
        _dummy_call(func, **{param: rule.bad})


def test_declared_functions_keep_signature_docs_and_module() -> None:
    for name, func in DECLARED.items():
        assert func.__doc__ and ">>>" in func.__doc__, name
        assert func.__module__.startswith("govtext."), name
        # the wrapper runs in the defining module, so doctest collects its examples
        module = inspect.getmodule(func)
        assert module is not None and func.__globals__ is vars(module), name
        assert "corpus" in inspect.signature(func).parameters or name in {
            "similarity", "text_reuse", "suggest_issue_topics", "keyness",
        } or next(iter(inspect.signature(func).parameters)) == "data"


def test_decorator_checks_its_own_declaration() -> None:
    with pytest.raises(TypeError, match="has no parameter"):
        validate_params({"nope": POSITIVE_INT})(lambda x: x)
    rule = Choice("a", "b")
    assert rule.accepts("a") and not rule.accepts(rule.bad)
