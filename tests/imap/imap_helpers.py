"""Small helpers for the IMAP tests: message builders and waiting."""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Callable, Iterator

from imapclient import IMAPClient

from parsers.imap import MailboxIngester


def make_message(n: int, *, message_id: bool = True, sender: str = "buyer@customer.example",
                 body: str = "Please quote 10 pcs of part A-1.") -> bytes:
    """A small valid RFC 5322 message numbered n."""
    lines = [f"From: Buyer <{sender}>", "To: sales@tandem.example", f"Subject: RFQ {n}",
             "Date: Sat, 28 Nov 2026 10:00:00 +0000"]
    if message_id:
        lines.append(f"Message-ID: <rfq-{n}@customer.example>")
    return ("\r\n".join(lines) + f"\r\n\r\n{body}\r\n").encode()


MALFORMED = b"this is not an email at all\r\njust some bytes \xff\xfe\r\n"


def wait_for(predicate: Callable[[], bool], timeout: float = 30.0, step: float = 0.02) -> bool:
    """Poll `predicate` until true or timeout; return its last value."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


def flags_of(client: IMAPClient, folder: str) -> dict[int, tuple]:
    """UID -> flags of every message in a folder."""
    client.select_folder(folder, readonly=True)
    uids = client.search("ALL")
    return {u: d[b"FLAGS"] for u, d in client.fetch(uids, ["FLAGS"]).items()} if uids else {}


@contextmanager
def running(ingester: MailboxIngester) -> Iterator[threading.Thread]:
    """Run an ingester's run_forever in a thread for the duration of the block."""
    stop = threading.Event()
    thread = threading.Thread(target=ingester.run_forever, args=(stop,), daemon=True)
    thread.start()
    try:
        yield thread
    finally:
        stop.set()
        thread.join(10)
        assert not thread.is_alive(), "ingester did not stop"
