"""run_forever against a real Dovecot: IDLE delivery, re-issue, kick recovery, polling."""
from __future__ import annotations

import time

import pytest

from imap_helpers import flags_of, make_message, running, wait_for
from parsers.imap import MailboxIngester

pytestmark = pytest.mark.imap
SEEN = b"\\Seen"


def live_ingester(dovecot, store, **kw) -> MailboxIngester:
    """An ingester tuned for tests: short timeouts, fast reconnect, no polling fallback."""
    kw.setdefault("poll_interval", 3600)
    return MailboxIngester(dovecot.host, dovecot.port, dovecot.user, dovecot.password,
                           cursor_store=store, handler=store, timeout=5,
                           reconnect_min=0.1, reconnect_max=1, wake_interval=0.2, **kw)


def test_idle_picks_up_a_message_appended_from_another_connection(dovecot, store):
    ing = live_ingester(dovecot, store)
    with running(ing):
        assert wait_for(lambda: ing.status == "idle")
        sent = time.monotonic()
        with dovecot.client() as c:
            c.append("INBOX", make_message(1))
        assert wait_for(lambda: store.count("demand") == 1, timeout=30)
        assert time.monotonic() - sent < 3  # delivered by IDLE, not by a 1-hour poll
        assert wait_for(lambda: ing.status == "idle")
    assert ing.connects == 1
    with dovecot.client() as c:
        assert [SEEN in f for f in flags_of(c, "INBOX").values()] == [True]


def test_idle_is_reissued_after_idle_timeout(dovecot, store):
    ing = live_ingester(dovecot, store, idle_timeout=0.3)
    with running(ing):
        assert wait_for(lambda: ing.idles >= 3, timeout=30)
        with dovecot.client() as c:
            c.append("INBOX", make_message(1))
        assert wait_for(lambda: store.count("demand") == 1, timeout=30)
    assert ing.connects == 1  # re-issuing IDLE is not a reconnect


def test_kick_mid_session_reconnects_and_catches_up(dovecot, store):
    ing = live_ingester(dovecot, store)
    with running(ing):
        with dovecot.client() as c:
            c.append("INBOX", make_message(1))
        assert wait_for(lambda: store.count("demand") == 1 and ing.status == "idle")
        dovecot.kick()
        with dovecot.client() as c:  # arrives while the ingester is disconnected
            c.append("INBOX", make_message(2))
        assert wait_for(lambda: store.count("demand") == 2, timeout=30)
        assert ing.connects >= 2
        dovecot.kick()
        assert wait_for(lambda: ing.connects >= 3 and ing.status == "idle", timeout=30)
        with dovecot.client() as c:
            c.append("INBOX", make_message(3))
        assert wait_for(lambda: store.count("demand") == 3, timeout=30)
    assert store.count("demand") == 3
    assert store.query("SELECT count(*) FROM attempts WHERE status='duplicate'") == [(0,)]


def test_uidvalidity_change_while_running_gives_no_duplicates(dovecot, store):
    ing = live_ingester(dovecot, store)
    with running(ing):
        with dovecot.client() as c:
            for n in range(3):
                c.append("INBOX", make_message(n))
        assert wait_for(lambda: store.count("demand") == 3 and ing.status == "idle")
        dovecot.set_uidvalidity(4242)  # Dovecot drops the session; we reconnect and rescan
        with dovecot.client() as c:
            c.append("INBOX", make_message(3))
        assert wait_for(lambda: store.count("demand") == 4, timeout=30)
        assert wait_for(lambda: store.load("INBOX", 4242) == 4)
    assert store.count("demand") == 4
    assert store.query("SELECT count(*) FROM attempts WHERE status='duplicate'") == [(3,)]


def test_polling_when_idle_is_not_used(dovecot, store):
    ing = live_ingester(dovecot, store, use_idle=False, poll_interval=0.3)
    with running(ing):
        assert wait_for(lambda: ing.status == "polling")
        with dovecot.client() as c:
            c.append("INBOX", make_message(1))
        assert wait_for(lambda: store.count("demand") == 1, timeout=30)
    assert ing.idles == 0


def test_connect_retries_until_the_server_is_up(dovecot, store):
    dovecot.stop()
    ing = live_ingester(dovecot, store)
    with running(ing):
        time.sleep(0.5)  # a few refused connects, with backoff
        assert ing.connects == 0 and ing.status == "connecting"
        dovecot.start()
        with dovecot.client() as c:
            c.append("INBOX", make_message(1))
        assert wait_for(lambda: store.count("demand") == 1, timeout=30)
    assert ing.connects == 1


def test_mail_arriving_while_a_batch_is_handled_is_not_left_waiting(dovecot, store):
    # why: the server reports it as "* N EXISTS" inside our FETCH/STORE replies, not in the
    # next IDLE, so the ingester must notice it there or it would wait for the next event
    appended = []

    def handler(raw, ref):
        outcome = store(raw, ref)
        if not appended:
            with dovecot.client() as c:
                c.append("INBOX", make_message(2))
            appended.append(True)
            time.sleep(0.7)  # past Dovecot's 0.5 s notify delay, still inside the batch
        return outcome

    ing = live_ingester(dovecot, store)
    ing.handler = handler
    with running(ing):
        with dovecot.client() as c:
            c.append("INBOX", make_message(1))
        assert wait_for(lambda: store.count("demand") == 2, timeout=30)


def test_a_failing_cursor_store_does_not_kill_the_loop_nor_duplicate(dovecot, store):
    saves = []
    real_save = store.save

    def flaky_save(mailbox, uidvalidity, uid):
        saves.append(uid)
        if len(saves) == 1:
            raise RuntimeError("cursor table locked")  # after \\Seen, before the cursor moved
        real_save(mailbox, uidvalidity, uid)

    store.save = flaky_save
    ing = live_ingester(dovecot, store)
    with running(ing):
        with dovecot.client() as c:
            c.append("INBOX", make_message(1))
        assert wait_for(lambda: store.load("INBOX", ing_uidvalidity(dovecot)) == 1, timeout=30)
    assert ing.connects == 2 and store.count("demand") == 1
    assert store.query("SELECT status FROM attempts") == [("processed",), ("duplicate",)]


def ing_uidvalidity(dovecot) -> int:
    """The INBOX UIDVALIDITY of the test user."""
    with dovecot.client() as c:
        return c.select_folder("INBOX")[b"UIDVALIDITY"]


def test_server_without_idle_is_polled(dovecot, store, monkeypatch):
    from imapclient import IMAPClient

    real = IMAPClient.has_capability
    monkeypatch.setattr(IMAPClient, "has_capability",
                        lambda self, cap: cap.upper() != "IDLE" and real(self, cap))
    ing = live_ingester(dovecot, store, poll_interval=0.3)
    with running(ing):
        assert wait_for(lambda: ing.status == "polling")
        with dovecot.client() as c:
            c.append("INBOX", make_message(1))
        assert wait_for(lambda: store.count("demand") == 1, timeout=30)
    assert ing.idles == 0


@pytest.mark.parametrize("mode", ["imaps", "starttls"])
def test_tls_connections(dovecot, store, mode):
    import ssl

    from tests.fixtures.dovecot import need

    need(dovecot.tls_port != 0, "openssl is missing: the test Dovecot has no TLS")
    context = ssl.create_default_context(cafile=str(dovecot.cafile))
    port = dovecot.tls_port if mode == "imaps" else dovecot.port
    with dovecot.client() as c:
        c.append("INBOX", make_message(1))
    ing = MailboxIngester(dovecot.host, port, dovecot.user, dovecot.password,
                          cursor_store=store, handler=store, timeout=5, ssl=mode == "imaps",
                          starttls=mode == "starttls", ssl_context=context)
    assert ing.run_once().processed == 1


def test_connection_has_tcp_keepalive(dovecot, store):
    import socket

    ing = live_ingester(dovecot, store)
    client = ing._connect()
    try:
        assert client.socket().getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
    finally:
        ing._close(client)


def test_two_ingesters_on_one_mailbox_still_make_one_demand_each(dovecot, store):
    # e.g. the old and the new process overlapping during a deploy
    first, second = live_ingester(dovecot, store), live_ingester(dovecot, store)
    with running(first), running(second):
        with dovecot.client() as c:
            for n in range(10):
                c.append("INBOX", make_message(n))
        assert wait_for(lambda: store.count("demand") == 10, timeout=30)
        assert wait_for(lambda: first.status == second.status == "idle", timeout=30)
    assert store.count("messages") == 10
    assert store.query("SELECT count(*) FROM attempts WHERE status='processed'") == [(10,)]
    with dovecot.client() as c:
        assert all(b"\\Seen" in f for f in flags_of(c, "INBOX").values())
