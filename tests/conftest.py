"""Shared fixtures: the seed corpus and the State Council corpus in ../shared/data."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
TEST_DATA = Path(__file__).resolve().parent / "data"
SHARED_DATA = Path(os.environ.get("GOVTEXT_SHARED_DATA", ROOT.parent / "shared" / "data"))
GWR = SHARED_DATA / "gov_work_reports.jsonl"

SEED_FILES = sorted(CORPUS.glob("0*.txt"))

#: Under CI=true a test that needs the State Council corpus fails instead of skipping,
#: so that a run can never pass with the validation sets silently left out.
IN_CI = os.environ.get("CI", "").lower() == "true"


def need_corpus(reason: str) -> None:
    """Skip (or, under CI=true, fail) a test whose data is absent."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: a test that needs the corpus may not skip)")
    pytest.skip(reason)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses the State Council corpus ``needs_corpus``."""
    for item in items:
        if {"gwr_path", "gwr_records"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.needs_corpus)


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The five seed reports, keyed by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in SEED_FILES}


@pytest.fixture(scope="session")
def gwr_path() -> Path:
    """Path of the State Council corpus; skips when it is absent."""
    if not GWR.exists():
        need_corpus(f"State Council corpus not found at {GWR} (set GOVTEXT_SHARED_DATA)")
    return GWR


@pytest.fixture(scope="session")
def gwr_records(gwr_path: Path) -> list[dict[str, str]]:
    """The State Council corpus as a list of JSON records."""
    with gwr_path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
