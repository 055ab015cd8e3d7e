"""Shared test fixtures: where ../shared lives, and the CI rule "a missing service fails, never skips"."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def need(condition: bool, reason: str) -> None:
    """Skip when a prerequisite is missing locally; fail under CI, where it must be there."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real corpora in ../shared/data (skip locally, fail in CI, when absent)."""
    need(SHARED_DATA.is_dir(), f"{SHARED_DATA} is absent")
    return SHARED_DATA
