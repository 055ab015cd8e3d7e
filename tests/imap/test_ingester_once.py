"""run_once against a real Dovecot: exactly-once, duplicates, UIDVALIDITY, quarantine."""
from __future__ import annotations

import pytest

from imap_helpers import MALFORMED, flags_of, make_message
from parsers.imap import MailboxIngester, Outcome, TransientError

pytestmark = pytest.mark.imap
SEEN = b"\\Seen"


def ingester(dovecot, store, folder="INBOX", **kw) -> MailboxIngester:
    """An ingester on the test server with short timeouts."""
    kw.setdefault("handler", store)
    return MailboxIngester(dovecot.host, dovecot.port, dovecot.user, dovecot.password, folder,
                           cursor_store=store, timeout=5, **kw)


def test_processes_each_message_once_and_flags_seen_after_commit(dovecot, store):
    with dovecot.client() as c:
        for n in range(3):
            c.append("INBOX", make_message(n))
    seen_at_commit = []

    def handler(raw, ref):
        with dovecot.client() as other:  # flags as visible to another client mid-handling
            seen_at_commit.append(SEEN in flags_of(other, "INBOX")[ref.uid])
        return store(raw, ref)

    counts = ingester(dovecot, store, handler=handler).run_once()
    assert (counts.processed, counts.duplicate, counts.failed) == (3, 0, 0)
    assert seen_at_commit == [False, False, False]  # BODY.PEEK[] did not mark them read
    with dovecot.client() as c:
        assert all(SEEN in f for f in flags_of(c, "INBOX").values())
    assert store.count("demand") == 3
    again = ingester(dovecot, store).run_once()  # cursor: nothing to do
    assert (again.processed, again.duplicate) == (0, 0)


def test_same_message_twice_and_in_two_folders_makes_one_demand(dovecot, store):
    raw = make_message(7)
    with dovecot.client() as c:
        c.create_folder("Sales")
        c.append("INBOX", raw)
        c.append("INBOX", raw)
        c.append("Sales", raw)
    first = ingester(dovecot, store).run_once()
    second = ingester(dovecot, store, folder="Sales").run_once()
    assert (first.processed, first.duplicate, second.duplicate) == (1, 1, 1)
    assert store.count("demand") == 1 and store.count("messages") == 1
    with dovecot.client() as c:
        for folder in ("INBOX", "Sales"):
            assert all(SEEN in f for f in flags_of(c, folder).values())


def test_message_without_message_id_is_keyed_by_content(dovecot, store):
    with dovecot.client() as c:
        c.append("INBOX", make_message(1, message_id=False))
        c.append("INBOX", make_message(1, message_id=False))
        c.append("INBOX", make_message(2, message_id=False))
    counts = ingester(dovecot, store).run_once()
    assert (counts.processed, counts.duplicate) == (2, 1)
    assert all(k.startswith("sha256:") for (k,) in store.query("SELECT key FROM demand"))


def test_uidvalidity_change_rescans_without_duplicates(dovecot, store):
    with dovecot.client() as c:
        for n in range(3):
            c.append("INBOX", make_message(n))
    assert ingester(dovecot, store).run_once().processed == 3
    dovecot.set_uidvalidity(42)
    with dovecot.client() as c:
        c.append("INBOX", make_message(3))
    counts = ingester(dovecot, store).run_once()
    assert (counts.processed, counts.duplicate) == (1, 3)
    with dovecot.client("INBOX") as c:
        assert store.load("INBOX", 42) == max(c.search("ALL"))
    assert store.count("demand") == 4


def test_malformed_message_is_quarantined_and_the_next_still_processed(dovecot, store):
    with dovecot.client() as c:
        c.append("INBOX", make_message(1))
        c.append("INBOX", MALFORMED)
        c.append("INBOX", make_message(2))
    reports = []
    counts = ingester(dovecot, store, on_failure=lambda ref, why: reports.append((ref, why))) \
        .run_once()
    assert (counts.processed, counts.failed) == (2, 1)
    assert [(r.uid, why) for r, why in reports] == [(2, "no From address")]
    with dovecot.client() as c:
        c.select_folder("Quarantine")
        kept = c.fetch(c.search("ALL"), ["BODY.PEEK[]"])
        assert [d[b"BODY[]"] for d in kept.values()] == [MALFORMED]  # kept raw, byte for byte
        c.select_folder("INBOX")
        assert len(c.search("ALL")) == 2
    assert store.query("SELECT reason FROM failures") == [("no From address",)]


def test_handler_exception_quarantines_with_reason(dovecot, store):
    with dovecot.client() as c:
        c.append("INBOX", make_message(1, body="boom"))
        c.append("INBOX", make_message(2))

    def handler(raw, ref):
        if b"boom" in raw:
            raise ValueError("cannot parse quantity")
        return store(raw, ref)

    reports = []
    counts = ingester(dovecot, store, handler=handler, quarantine_folder="Held",
                      on_failure=lambda ref, why: reports.append(why)).run_once()
    assert (counts.processed, counts.failed) == (1, 1)
    assert reports == ["handler raised ValueError: cannot parse quantity"]
    with dovecot.client() as c:
        assert c.folder_status("Held", ["MESSAGES"])[b"MESSAGES"] == 1


def test_transient_handler_error_leaves_message_for_next_run(dovecot, store):
    with dovecot.client() as c:
        c.append("INBOX", make_message(1))
    calls = []

    def flaky(raw, ref):
        calls.append(ref.uid)
        if len(calls) == 1:
            raise TransientError("database is down")
        return store(raw, ref)

    with pytest.raises(TransientError):
        ingester(dovecot, store, handler=flaky).run_once()
    with dovecot.client() as c:
        assert SEEN not in flags_of(c, "INBOX")[1]
    assert ingester(dovecot, store, handler=flaky).run_once().processed == 1


def test_processed_folder_receives_handled_mail_seen(dovecot, store):
    with dovecot.client() as c:
        c.append("INBOX", make_message(1))
    counts = ingester(dovecot, store, processed_folder="Done").run_once()
    assert counts.processed == 1
    with dovecot.client() as c:
        assert flags_of(c, "INBOX") == {}
        assert [SEEN in f for f in flags_of(c, "Done").values()] == [True]


def test_handler_returning_garbage_is_a_failure(dovecot, store):
    with dovecot.client() as c:
        c.append("INBOX", make_message(1))
    counts = ingester(dovecot, store, handler=lambda raw, ref: "ok").run_once()
    assert counts.failed == 1
    assert Outcome.failed("x").status == "failed"


def test_without_move_capability_copy_delete_expunge_is_used(dovecot, store, monkeypatch):
    from imapclient import IMAPClient

    real = IMAPClient.has_capability
    monkeypatch.setattr(IMAPClient, "has_capability",
                        lambda self, cap: cap.upper() != "MOVE" and real(self, cap))
    with dovecot.client() as c:
        c.append("INBOX", MALFORMED)
        c.append("INBOX", make_message(1))
    counts = ingester(dovecot, store, processed_folder="Done").run_once()
    assert (counts.processed, counts.failed) == (1, 1)
    with dovecot.client() as c:
        assert flags_of(c, "INBOX") == {}  # both expunged from INBOX, only those two
        assert len(flags_of(c, "Quarantine")) == 1
        assert [SEEN in f for f in flags_of(c, "Done").values()] == [True]


def test_large_message_is_handed_over_byte_for_byte(dovecot, store):
    attachment = (b"A" * 76 + b"\r\n") * 70_000  # ~5.4 MB of base64-like lines
    raw = make_message(1).replace(b"Please quote", attachment + b"Please quote")
    with dovecot.client() as c:
        c.append("INBOX", raw)
    assert ingester(dovecot, store).run_once().processed == 1
    assert store.query("SELECT raw FROM messages") == [(raw,)]
