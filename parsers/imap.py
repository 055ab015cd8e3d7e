"""Mailbox ingester: exactly-once IMAP intake with IDLE, per-UIDVALIDITY cursors and quarantine."""
from __future__ import annotations

import logging
import selectors
import socket
import threading
import time
from ssl import SSLContext
from typing import Callable

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientError
from tenacity import Retrying, retry_if_exception_type, wait_exponential_jitter

from parsers.imap_types import (
    Counts,
    CursorStore,
    InMemoryCursorStore,
    MailRef,
    MessageHandler,
    Outcome,
    TransientError,
    message_key,
)

__all__ = [
    "Counts", "CursorStore", "InMemoryCursorStore", "MailRef", "MailboxIngester",
    "MessageHandler", "Outcome", "TransientError", "message_key",
]

log = logging.getLogger(__name__)

SEEN = b"\\Seen"
DELETED = b"\\Deleted"
# Errors after which the connection is dropped and re-opened; nothing is lost because
# a message is only flagged after the handler committed it.
RETRYABLE = (OSError, IMAPClientError, TransientError)
FailureCallback = Callable[[MailRef, str], None]


class MailboxIngester:
    """Reads one IMAP folder and hands each message exactly once to the handler."""

    def __init__(
        self, host: str, port: int, user: str, password: str, folder: str = "INBOX", *,
        cursor_store: CursorStore, handler: MessageHandler,
        processed_folder: str | None = None, quarantine_folder: str = "Quarantine",
        timeout: float = 30.0, idle_timeout: float = 25 * 60, poll_interval: float = 60.0,
        use_idle: bool = True, ssl: bool | None = None, starttls: bool = False,
        ssl_context: SSLContext | None = None, on_failure: FailureCallback | None = None,
        reconnect_min: float = 1.0, reconnect_max: float = 60.0, wake_interval: float = 1.0,
    ) -> None:
        self.host, self.port, self.user, self._password = host, port, user, password
        self.folder, self.cursor_store, self.handler = folder, cursor_store, handler
        self.processed_folder, self.quarantine_folder = processed_folder, quarantine_folder
        self.timeout, self.idle_timeout, self.poll_interval = timeout, idle_timeout, poll_interval
        self.use_idle, self.on_failure = use_idle, on_failure
        self.ssl = (port == 993) if ssl is None else ssl  # implicit TLS on the IMAPS port
        self.starttls, self.ssl_context = starttls, ssl_context
        self.reconnect_min, self.reconnect_max = reconnect_min, reconnect_max
        self.wake_interval = wake_interval
        self.status = "stopped"  # connecting | catching-up | idle | polling | backoff | stopped
        self.connects = 0
        self.idles = 0  # IDLE commands issued (observability, and tests of the re-issue)
        self.totals = Counts()

    # -- public API ---------------------------------------------------------------
    def run_once(self) -> Counts:
        """Connect, process every message after the cursor, disconnect; return the counts."""
        client = self._connect()
        try:
            return self._catch_up(client, None)
        finally:
            self._close(client)
            self.status = "stopped"

    def run_forever(self, stop: threading.Event) -> None:
        """Catch up, then wait in IDLE (or poll) for new mail until `stop` is set."""
        quick_failures = 0
        while not stop.is_set():
            started = time.monotonic()
            try:
                self._session(stop)
            except Exception as exc:  # why: a long-running intake must outlive any one fault
                # a session that dies quickly again and again must not hammer the server
                quick_failures = quick_failures + 1 if time.monotonic() - started < 60 else 0
                delay = min(self.reconnect_max, self.reconnect_min * 2 ** min(quick_failures, 16))
                log.log(logging.WARNING if isinstance(exc, RETRYABLE) else logging.ERROR,
                        "IMAP session on %s ended (%r); reconnecting in %.1fs", self.folder,
                        exc, delay, exc_info=not isinstance(exc, RETRYABLE))
                self.status = "backoff"
                stop.wait(delay)
        self.status = "stopped"

    # -- connection -----------------------------------------------------------------
    def _connect(self) -> IMAPClient:
        """Open, log in and make sure the target folders exist."""
        self.status = "connecting"
        client = IMAPClient(self.host, self.port, ssl=self.ssl, ssl_context=self.ssl_context,
                            timeout=SocketTimeout(connect=self.timeout, read=self.timeout))
        try:
            if self.starttls:
                client.starttls(self.ssl_context)
            _keepalive(client.socket())
            client.login(self.user, self._password)
            for folder in (self.quarantine_folder, self.processed_folder):
                if folder and not client.folder_exists(folder):
                    client.create_folder(folder)
        except BaseException:
            self._close(client)
            raise
        self.connects += 1
        return client

    def _connect_retrying(self, stop: threading.Event) -> IMAPClient:
        """Connect with exponential backoff until it works or `stop` is set."""
        retrying = Retrying(
            retry=retry_if_exception_type(RETRYABLE),
            wait=wait_exponential_jitter(multiplier=self.reconnect_min, max=self.reconnect_max,
                                         jitter=self.reconnect_min),
            stop=lambda _state: stop.is_set(),
            sleep=stop.wait,  # why: a stop request interrupts the backoff sleep
            before_sleep=lambda s: log.warning("IMAP connect failed: %r", s.outcome.exception()),
            reraise=True,
        )
        return retrying(self._connect)

    @staticmethod
    def _close(client: IMAPClient) -> None:
        """Log out politely, or just drop the socket when the link is already broken."""
        try:
            client.logout()
        except Exception:
            try:
                client.shutdown()
            except Exception:
                pass

    def _session(self, stop: threading.Event) -> None:
        """One connection's life: catch up, wait for news, repeat."""
        client = self._connect_retrying(stop)
        try:
            idle = self.use_idle and client.has_capability("IDLE")
            while not stop.is_set():
                self._catch_up(client, stop)
                if stop.is_set():
                    break
                if idle:
                    self._wait_idle(client, stop)
                else:
                    self._wait_poll(client, stop)
        finally:
            self._close(client)

    # -- waiting --------------------------------------------------------------------
    def _wait_idle(self, client: IMAPClient, stop: threading.Event) -> None:
        """Sit in IDLE until the mailbox changes, `idle_timeout` passes or `stop` is set."""
        self.status = "idle"
        client.idle()
        self.idles += 1
        deadline = time.monotonic() + self.idle_timeout  # re-issued before servers drop it
        with selectors.DefaultSelector() as selector:
            selector.register(client.socket(), selectors.EVENT_READ)
            while not stop.is_set():
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                if not selector.select(min(left, self.wake_interval)):
                    continue
                responses = client.idle_check(timeout=0)
                if not responses:
                    # why: readable with nothing to read means the peer closed the socket
                    raise ConnectionError("IMAP connection closed during IDLE")
                if any(r[0] == b"BYE" for r in responses if r):
                    raise ConnectionError(f"server ended the session: {responses!r}")
                if any(not (r and r[0] == b"OK") for r in responses):
                    break  # EXISTS, EXPUNGE, FETCH...: something changed, catch up
        client.idle_done()

    def _wait_poll(self, client: IMAPClient, stop: threading.Event) -> None:
        """Sleep one poll interval, then NOOP so a dead link shows up as an error."""
        self.status = "polling"
        stop.wait(self.poll_interval)
        client.noop()

    # -- processing -------------------------------------------------------------------
    def _catch_up(self, client: IMAPClient, stop: threading.Event | None) -> Counts:
        """Process every message above the cursor; repeat while the server reports new mail."""
        self.status = "catching-up"
        # why: re-SELECT each time, so a changed UIDVALIDITY is seen and starts a new cursor
        uidvalidity = int(client.select_folder(self.folder)[b"UIDVALIDITY"])
        counts = Counts()
        while stop is None or not stop.is_set():
            _take_exists(client)
            if not self._catch_up_pass(client, uidvalidity, counts, stop) \
                    and not _take_exists(client):
                break
        self.totals.add(counts)
        return counts

    def _catch_up_pass(self, client: IMAPClient, uidvalidity: int, counts: Counts,
                       stop: threading.Event | None) -> int:
        """One SEARCH from the cursor and the processing of what it found; return how many."""
        cursor = self.cursor_store.load(self.folder, uidvalidity)
        # "UID n:*" always returns the highest UID even when it is below n, hence the filter.
        uids = sorted(u for u in client.search(["UID", f"{cursor + 1}:*"]) if u > cursor)
        for uid in uids:
            if stop is not None and stop.is_set():
                break
            status = self._process_one(client, MailRef(self.folder, uidvalidity, uid))
            setattr(counts, status, getattr(counts, status) + 1)
            self.cursor_store.save(self.folder, uidvalidity, uid)
        return len(uids)

    def _process_one(self, client: IMAPClient, ref: MailRef) -> str:
        """Fetch one message unread, let the handler commit it, then flag or quarantine it."""
        data = client.fetch([ref.uid], ["BODY.PEEK[]"]).get(ref.uid)
        if data is None:
            return "gone"
        raw = data.get(b"BODY[]")
        outcome = Outcome.failed("server returned no body") if raw is None \
            else self._call_handler(raw, ref)
        if outcome.status == "failed":
            self._quarantine(client, ref, outcome.reason)
            return "failed"
        # Only now, after the handler committed, may the message look handled on the server.
        client.add_flags([ref.uid], [SEEN])
        if self.processed_folder:
            self._move(client, ref.uid, self.processed_folder)
        return outcome.status

    def _call_handler(self, raw: bytes, ref: MailRef) -> Outcome:
        """Run the handler; an unexpected exception is this message's failure, not ours."""
        try:
            outcome = self.handler(raw, ref)
        except TransientError:
            raise  # the service cannot work now: leave the message for the next try
        except Exception as exc:  # why: one bad message must not stop the mailbox
            log.exception("handler failed on %s", ref)
            return Outcome.failed(f"handler raised {type(exc).__name__}: {exc}")
        if not isinstance(outcome, Outcome) or outcome.status not in (
                "processed", "duplicate", "failed"):
            return Outcome.failed(f"handler returned {outcome!r}")
        return outcome

    def _quarantine(self, client: IMAPClient, ref: MailRef, reason: str) -> None:
        """Move the raw message to the quarantine folder and report why."""
        log.warning("quarantining %s: %s", ref, reason)
        self._move(client, ref.uid, self.quarantine_folder)
        if self.on_failure is not None:
            try:
                self.on_failure(ref, reason)
            except Exception:  # why: a broken reporter must not stop intake
                log.exception("on_failure callback raised for %s", ref)

    @staticmethod
    def _move(client: IMAPClient, uid: int, folder: str) -> None:
        """MOVE when offered; else COPY, flag \\Deleted and expunge just this UID."""
        if client.has_capability("MOVE"):
            client.move([uid], folder)
            return
        client.copy([uid], folder)
        client.add_flags([uid], [DELETED])
        if client.has_capability("UIDPLUS"):
            client.uid_expunge([uid])


def _take_exists(client: IMAPClient) -> bool:
    """Pop "* N EXISTS" that arrived inside other commands' replies; True if there was one."""
    # why: imaplib files untagged replies away and imapclient offers no public way to read
    # them; the server will not repeat them in the next IDLE, so mail would sit unseen there
    untagged = getattr(getattr(client, "_imap", None), "untagged_responses", None)
    if not isinstance(untagged, dict):
        return False  # cannot tell: rely on IDLE and its periodic re-issue
    return untagged.pop("EXISTS", None) is not None


def _keepalive(sock: socket.socket) -> None:
    """Let the kernel detect a silently dead peer (~2 min) while we sit in IDLE."""
    # why: IDLE reads nothing for minutes; a half-open link would otherwise hang until re-issue
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        for name, value in (("TCP_KEEPIDLE", 60), ("TCP_KEEPINTVL", 15), ("TCP_KEEPCNT", 4)):
            if hasattr(socket, name):
                sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, name), value)
    except OSError:
        log.debug("TCP keepalive not available")
