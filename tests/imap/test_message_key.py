"""Idempotency keys: normalised Message-ID, else sha256 of the raw bytes."""
from __future__ import annotations

import hashlib

from parsers.imap_types import InMemoryCursorStore, message_key, normalise_message_id


def test_message_id_is_normalised():
    a = b"Message-ID: <Abc.123@Mail.Example.COM>\r\nSubject: x\r\n\r\nbody"
    b = b"Message-Id:\r\n  <Abc.123@mail.example.com> (comment)\r\nSubject: y\r\n\r\nother"
    assert message_key(a) == message_key(b) == "mid:Abc.123@mail.example.com"


def test_local_part_stays_case_sensitive():
    assert normalise_message_id("<ABC@x.example>") != normalise_message_id("<abc@x.example>")


def test_missing_or_bogus_message_id_falls_back_to_content_hash():
    for raw in (b"Subject: x\r\n\r\nbody", b"Message-ID: <>\r\n\r\nbody",
                b"Message-ID: nonsense\r\n\r\nbody", b"\xff\xfe garbage"):
        assert message_key(raw) == "sha256:" + hashlib.sha256(raw).hexdigest()


def test_in_memory_cursor_store_is_per_uidvalidity_and_monotonic():
    store = InMemoryCursorStore()
    store.save("INBOX", 1, 5)
    store.save("INBOX", 1, 3)
    assert store.load("INBOX", 1) == 5
    assert store.load("INBOX", 2) == 0
    assert store.load("Other", 1) == 0
