"""README.md stays true: its commands and Python examples run."""

from __future__ import annotations

import re

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", README, flags=re.MULTILINE | re.DOTALL)


def test_readme_opens_with_two_commands() -> None:
    fences = re.findall(r"^```(\w*)\n(.*?)^```", README, flags=re.MULTILINE | re.DOTALL)
    first, second = fences[0][1].strip(), fences[1][1].strip()
    assert "\n" not in first and "\n" not in second
    assert first.endswith("python -m govtext stats corpus/")
    assert "pytest" in second and ".[test]" in second
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "awk '/^```/{fence++; next} fence==3' README.md" in ci


@pytest.mark.parametrize("code", _blocks("python"))
def test_python_examples_run(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    exec(compile(code, "README.md", "exec"), {})


def test_images_and_links_exist() -> None:
    """Every local file the README shows or links to is in the repository."""
    targets = re.findall(r"\]\(([^)#\s]+)\)", README)
    local = [t for t in targets if not t.startswith(("http://", "https://", "mailto:"))]
    assert local, "the README links to at least its figure"
    for target in local:
        assert (ROOT / target).exists(), target
