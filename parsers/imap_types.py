"""Contracts between the mailbox ingester and Tandem's service layer."""
from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from typing import Literal, Protocol

OutcomeStatus = Literal["processed", "duplicate", "failed"]


@dataclass(frozen=True)
class MailRef:
    """Where a message was read: mailbox, its UIDVALIDITY and the message UID."""

    mailbox: str
    uidvalidity: int
    uid: int


@dataclass(frozen=True)
class Outcome:
    """What the handler did with one message."""

    status: OutcomeStatus
    reason: str = ""

    @classmethod
    def processed(cls) -> Outcome:
        """The message was new and is now committed."""
        return cls("processed")

    @classmethod
    def duplicate(cls) -> Outcome:
        """The message's key was already committed; nothing new was created."""
        return cls("duplicate")

    @classmethod
    def failed(cls, reason: str) -> Outcome:
        """The message cannot be processed (permanently); it goes to quarantine."""
        return cls("failed", reason)


@dataclass
class Counts:
    """What one catch-up did."""

    processed: int = 0
    duplicate: int = 0
    failed: int = 0
    gone: int = 0  # expunged by someone else between SEARCH and FETCH

    def add(self, other: Counts) -> None:
        """Accumulate another catch-up's counts."""
        for name in ("processed", "duplicate", "failed", "gone"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


class TransientError(Exception):
    """Raised by a handler when it cannot work right now (e.g. database down): retry later."""


class CursorStore(Protocol):
    """Persists the last processed UID per (mailbox, UIDVALIDITY)."""

    def load(self, mailbox: str, uidvalidity: int) -> int:
        """Return the last processed UID, 0 if none."""
        ...

    def save(self, mailbox: str, uidvalidity: int, uid: int) -> None:
        """Record that every UID up to `uid` is done."""
        ...


class MessageHandler(Protocol):
    """Commits one raw message and its results idempotently (key: see message_key)."""

    def __call__(self, raw: bytes, ref: MailRef) -> Outcome:
        """Process `raw`; return processed, duplicate or failed(reason)."""
        ...


class InMemoryCursorStore:
    """A CursorStore kept in a dict: for tests and single-process tools."""

    def __init__(self) -> None:
        self._cursors: dict[tuple[str, int], int] = {}
        self._lock = threading.Lock()

    def load(self, mailbox: str, uidvalidity: int) -> int:
        """Return the last processed UID, 0 if none."""
        with self._lock:
            return self._cursors.get((mailbox, uidvalidity), 0)

    def save(self, mailbox: str, uidvalidity: int, uid: int) -> None:
        """Record the last processed UID; never moves backwards."""
        with self._lock:
            key = (mailbox, uidvalidity)
            self._cursors[key] = max(uid, self._cursors.get(key, 0))


_MSGID = re.compile(r"<([^<>\s]+)>")


def normalise_message_id(value: str | None) -> str | None:
    """Return the canonical form of a Message-ID header value, or None when unusable."""
    if not value:
        return None
    text = re.sub(r"\s+", "", str(value))
    match = _MSGID.search(text)
    ident = match.group(1) if match else text.strip("<>")
    if "@" not in ident:
        return None  # not a real id: fall back to the content hash
    local, _, domain = ident.rpartition("@")
    # The domain part is case-insensitive; the local part is not (RFC 5322).
    return f"{local}@{domain.lower()}"


def message_key(raw: bytes) -> str:
    """Idempotency key of a raw message: normalised Message-ID, else sha256 of the bytes."""
    try:
        headers = BytesHeaderParser().parsebytes(raw)
        mid = normalise_message_id(headers.get("Message-ID"))
    except Exception:  # why: a broken header must not block intake; hash instead
        mid = None
    if mid:
        return f"mid:{mid}"
    return f"sha256:{hashlib.sha256(raw).hexdigest()}"
