"""kill -9 of the ingester process at several points, then restart: exactly once, all \\Seen."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from imap_helpers import flags_of, make_message
from imap_store import SqliteStore

pytestmark = pytest.mark.imap
RUNNER = Path(__file__).with_name("imap_crash_runner.py")
# Each run crashes at one point; the next run starts from what the previous left behind.
CRASHES = ["fetched:1", "handled:1", "flagged:1", "handled:2", "fetched:3", "saved:2",
           "flagged:2"]


def run_ingester(dovecot, db: Path, crash: str | None,
                 processed: str | None) -> subprocess.CompletedProcess:
    """Run the ingester in a child process, optionally crashing at a point."""
    env = dict(os.environ, TANDEM_IMAP_CRASH=crash or ":0", TANDEM_IMAP_PROCESSED=processed or "")
    return subprocess.run(
        [sys.executable, str(RUNNER), dovecot.host, str(dovecot.port), dovecot.user,
         dovecot.password, str(db)], env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("processed", [None, "Processed"])
def test_sigkill_at_each_step_then_restart_processes_everything_exactly_once(
        dovecot, tmp_path, processed):
    db = tmp_path / "crash.sqlite"
    with dovecot.client() as c:
        for n in range(8):
            c.append("INBOX", make_message(n))
        c.append("INBOX", make_message(3))  # the same message delivered twice
    for crash in CRASHES:
        result = run_ingester(dovecot, db, crash, processed)
        assert result.returncode == -9, (crash, result.stdout, result.stderr)
    final = run_ingester(dovecot, db, None, processed)
    assert final.returncode == 0, final.stderr
    store = SqliteStore(str(db))
    try:
        assert store.count("demand") == 8
        assert store.count("messages") == 8
        once = store.query("SELECT key, count(*) FROM attempts WHERE status='processed' "
                           "GROUP BY key")
        assert len(once) == 8 and all(n == 1 for _k, n in once)
        with dovecot.client() as c:
            flags = flags_of(c, processed or "INBOX")
            assert len(flags) == 9 and all(b"\\Seen" in f for f in flags.values())
            if processed:
                assert flags_of(c, "INBOX") == {}
            uidvalidity = c.select_folder("INBOX")[b"UIDVALIDITY"]
            uidnext = c.select_folder("INBOX")[b"UIDNEXT"]
        assert store.load("INBOX", uidvalidity) == uidnext - 1
    finally:
        store.close()
