"""The notebooks run from top to bottom, and are committed with their outputs."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from typing import Any

import pytest

from .conftest import GWR, ROOT

NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
EXPECTED = ["01_quickstart.ipynb", "02_slogan_trends.ipynb", "03_compare_reports.ipynb"]


def _executor() -> Any:
    spec = importlib.util.spec_from_file_location("notebook_execute", NOTEBOOK_DIR / "execute.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_three_notebooks_exist() -> None:
    assert [p.name for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_committed_with_outputs(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert "/work/" not in text, "no absolute paths of this machine in a notebook"
    cells = [c for c in json.loads(text)["cells"] if c["cell_type"] == "code"]
    assert cells
    counts = [c["execution_count"] for c in cells]
    assert counts == list(range(1, len(cells) + 1)), "run top to bottom before committing"
    assert sum(bool(c["outputs"]) for c in cells) >= len(cells) // 2
    errors = [o for c in cells for o in c["outputs"] if o["output_type"] == "error"]
    assert not errors


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    if GWR.exists():
        monkeypatch.setenv("GOVTEXT_TRENDS_CORPUS", str(GWR))
    elif "GOVTEXT_TRENDS_CORPUS" in os.environ and not Path(
        os.environ["GOVTEXT_TRENDS_CORPUS"]
    ).exists():
        monkeypatch.delenv("GOVTEXT_TRENDS_CORPUS")
    notebook = _executor().execute(path, timeout=300)
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert images, "each notebook shows at least one figure"
    warnings = [
        o["text"] for o in outputs if o.output_type == "stream" and "missing from font" in o["text"]
    ]
    assert not warnings, warnings
