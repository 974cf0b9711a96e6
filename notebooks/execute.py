"""Execute the notebooks with a Python 3 kernel of this interpreter.

    python notebooks/execute.py            # run every notebook, fail on the first error
    python notebooks/execute.py --write    # ... and save them with their outputs

Notebooks run with ``notebooks/`` as working directory.  ``02_slogan_trends`` reads the
corpus named by ``GOVTEXT_TRENDS_CORPUS`` (``../corpus`` when unset); its committed outputs
come from ``GOVTEXT_TRENDS_CORPUS=../../shared/data/gov_work_reports.jsonl``.

The kernel is declared in a private kernel spec that points at ``sys.executable``, so the
notebooks see the packages of the Python that runs this script (a fresh virtual
environment needs only ``pip install ".[test]"``, which brings ipykernel and nbclient).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KERNEL_NAME = "govtext-python3"


@contextmanager
def kernel_environment() -> Iterator[str]:
    """A kernel spec for this interpreter in a temporary JUPYTER_PATH; yields its name."""
    saved = {k: os.environ.get(k) for k in ("JUPYTER_PATH", "PYTHONPATH")}
    with tempfile.TemporaryDirectory(prefix="govtext-kernel-") as tmp:
        spec = Path(tmp) / "kernels" / KERNEL_NAME
        spec.mkdir(parents=True)
        (spec / "kernel.json").write_text(
            json.dumps(
                {
                    "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                    "display_name": "Python 3 (govtext)",
                    "language": "python",
                }
            ),
            encoding="utf-8",
        )
        os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [tmp, saved["JUPYTER_PATH"]]))
        # the kernel imports govtext from this checkout even when it is not installed
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), saved["PYTHONPATH"]]))
        try:
            yield KERNEL_NAME
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def execute(path: Path, *, write: bool = False, timeout: int = 600) -> object:
    """Run the notebook at ``path`` top to bottom; return the executed notebook.

    Raises ``nbclient.exceptions.CellExecutionError`` when a cell fails.
    """
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    with kernel_environment() as kernel_name:
        client = NotebookClient(
            notebook,
            kernel_name=kernel_name,
            timeout=timeout,
            resources={"metadata": {"path": str(path.parent)}},
            record_timing=False,  # no timestamps: re-runs only change what changed
        )
        client.execute()
    # keep the generic kernel name in the saved file
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    if write:
        nbformat.write(notebook, path)
    return notebook


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: notebooks/*.ipynb")
    parser.add_argument("--write", action="store_true", help="save the outputs in place")
    args = parser.parse_args(argv)
    for path in args.notebooks or sorted(HERE.glob("*.ipynb")):
        print(f"executing {path.name}", file=sys.stderr)
        execute(path.resolve(), write=args.write)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
