"""Runs one MailboxIngester.run_once() and SIGKILLs itself at a chosen point (crash tests).

Usage: imap_crash_runner.py HOST PORT USER PASSWORD DB; env TANDEM_IMAP_PROCESSED=folder
(optional: move handled mail there) and TANDEM_IMAP_CRASH=point:n with
point in fetched (handler called, before commit), handled (committed, before \\Seen),
flagged (\\Seen set, before cursor save) or saved (after cursor save); n = nth time there.
"""
from __future__ import annotations

import os
import signal
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]  # imap_store, and parsers without an install
from imap_store import SqliteStore  # noqa: E402
from parsers.imap import MailboxIngester  # noqa: E402

point, _, nth = os.environ.get("TANDEM_IMAP_CRASH", ":0").partition(":")
seen = Counter()


def maybe_die(here: str) -> None:
    """SIGKILL this process the nth time it reaches the configured point."""
    seen[here] += 1
    if here == point and seen[here] == int(nth):
        os.kill(os.getpid(), signal.SIGKILL)


class CrashingStore(SqliteStore):
    """The SQLite store with crash points around each durable step."""

    def __call__(self, raw, ref):
        maybe_die("fetched")
        outcome = super().__call__(raw, ref)
        maybe_die("handled")
        return outcome

    def save(self, mailbox, uidvalidity, uid):
        maybe_die("flagged")
        super().save(mailbox, uidvalidity, uid)
        maybe_die("saved")


def main() -> None:
    """Run the ingester once against the given server and database."""
    host, port, user, password, db = sys.argv[1:6]
    store = CrashingStore(db)
    processed_folder = os.environ.get("TANDEM_IMAP_PROCESSED") or None
    counts = MailboxIngester(host, int(port), user, password, cursor_store=store,
                             handler=store, processed_folder=processed_folder,
                             timeout=5).run_once()
    print(counts)


if __name__ == "__main__":
    main()
