"""SQLite-backed test handler + cursor store: commits key and raw in one transaction, UNIQUE key."""
from __future__ import annotations

import sqlite3
import threading
import time
from email.parser import BytesParser
from email.utils import getaddresses

from parsers.imap_types import MailRef, Outcome, message_key

SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (key TEXT PRIMARY KEY, raw BLOB NOT NULL,
    mailbox TEXT, uidvalidity INTEGER, uid INTEGER);
CREATE TABLE IF NOT EXISTS demand (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE
    REFERENCES messages(key), subject TEXT, committed_at REAL);
CREATE TABLE IF NOT EXISTS failures (id INTEGER PRIMARY KEY, key TEXT, reason TEXT, raw BLOB);
CREATE TABLE IF NOT EXISTS attempts (id INTEGER PRIMARY KEY, key TEXT, uid INTEGER, status TEXT);
CREATE TABLE IF NOT EXISTS cursors (mailbox TEXT, uidvalidity INTEGER, uid INTEGER,
    PRIMARY KEY (mailbox, uidvalidity));
"""


class SqliteStore:
    """Both a MessageHandler and a CursorStore, durable across process kills."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._lock = threading.Lock()
        # autocommit mode: every transaction below is explicit
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                                   timeout=10)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)

    def load(self, mailbox: str, uidvalidity: int) -> int:
        """Return the last processed UID for (mailbox, uidvalidity), 0 if none."""
        row = self.query("SELECT uid FROM cursors WHERE mailbox=? AND uidvalidity=?",
                         mailbox, uidvalidity)
        return row[0][0] if row else 0

    def save(self, mailbox: str, uidvalidity: int, uid: int) -> None:
        """Advance the cursor (never backwards)."""
        with self._lock:
            self._db.execute(
                "INSERT INTO cursors VALUES (?,?,?) ON CONFLICT(mailbox, uidvalidity) "
                "DO UPDATE SET uid=max(uid, excluded.uid)", (mailbox, uidvalidity, uid))

    def __call__(self, raw: bytes, ref: MailRef) -> Outcome:
        """Commit raw + demand under the message key, or report duplicate / failure."""
        key = message_key(raw)
        msg = BytesParser().parsebytes(raw)
        senders = [a for _n, a in getaddresses(msg.get_all("From", [])) if "@" in a]
        if not senders:
            self._record(key, ref, "failed")
            with self._lock:
                self._db.execute("INSERT INTO failures (key, reason, raw) VALUES (?,?,?)",
                                 (key, "no From address", raw))
            return Outcome.failed("no From address")
        status = self._commit(key, raw, ref, str(msg.get("Subject", "")))
        self._record(key, ref, status)
        return Outcome(status)

    def _commit(self, key: str, raw: bytes, ref: MailRef, subject: str) -> str:
        """One transaction: stored raw message and its demand, or nothing."""
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                cur = db.execute("INSERT OR IGNORE INTO messages VALUES (?,?,?,?,?)",
                                 (key, raw, ref.mailbox, ref.uidvalidity, ref.uid))
                if cur.rowcount == 0:
                    db.execute("ROLLBACK")
                    return "duplicate"
                db.execute("INSERT INTO demand (key, subject, committed_at) VALUES (?,?,?)",
                           (key, subject, time.time()))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return "processed"

    def _record(self, key: str, ref: MailRef, status: str) -> None:
        """Log every attempt (outside the transaction) so tests can see re-deliveries."""
        with self._lock:
            self._db.execute("INSERT INTO attempts (key, uid, status) VALUES (?,?,?)",
                             (key, ref.uid, status))

    def query(self, sql: str, *args) -> list[tuple]:
        """Run a read query (tests use this to check the results)."""
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def count(self, table: str) -> int:
        """Number of rows in a table."""
        return self.query(f"SELECT count(*) FROM {table}")[0][0]

    def close(self) -> None:
        """Close the connection."""
        self._db.close()
