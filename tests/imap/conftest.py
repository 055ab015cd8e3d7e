"""IMAP tests: a real Dovecot (tests/fixtures/dovecot.py) and a SQLite-backed store."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
# why: tests/ has no __init__.py; make tests.fixtures.* and the local helpers importable
for path in (str(ROOT), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)

from tests.fixtures.dovecot import dovecot, dovecot_server  # noqa: E402,F401  (fixtures)
from imap_store import SqliteStore  # noqa: E402


@pytest.fixture
def store(tmp_path) -> SqliteStore:
    """A fresh SQLite handler + cursor store."""
    db = SqliteStore(str(tmp_path / "tandem.sqlite"))
    yield db
    db.close()
