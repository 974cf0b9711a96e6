"""The package's layers hold: no upward import, no cycle, no private name across modules."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "govtext"


def test_import_linter_layers_contract() -> None:
    pytest.importorskip("importlinter")
    result = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command; "
         "lint_imports_command(['--no-cache'])"],
        cwd=PACKAGE.parent, capture_output=True, text=True, check=False,
    )
    assert "govtext layers KEPT" in result.stdout, result.stdout + result.stderr
    assert result.returncode == 0


def _imports(path: Path) -> list[tuple[str, str]]:
    """(module, name) of every ``from govtext.x import name``, inside functions too."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("govtext"):
            found.extend((node.module, alias.name) for alias in node.names)
    return found


def test_no_private_name_imported_from_another_module() -> None:
    offenders = []
    for path in sorted(PACKAGE.glob("*.py")):
        for module, name in _imports(path):
            private_module = module.rsplit(".", 1)[-1].startswith("_")
            if name.startswith("_") and not private_module and name != "__version__":
                offenders.append(f"{path.name}: from {module} import {name}")
    assert offenders == []


def test_no_module_class_swap() -> None:
    import govtext
    import govtext.normalization

    assert type(sys.modules["govtext"]) is type(sys)  # a plain module
    assert callable(govtext.normalize) and govtext.normalize("１９９３年") == "1993年"
    assert govtext.normalization.normalize is govtext.normalize
