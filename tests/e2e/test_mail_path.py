"""Mail into the whole path: a real Dovecot through the wired IMAP handler, and the drop folder."""
from __future__ import annotations

import os
from pathlib import Path

from parsers.dropfolder import DropFolder
from parsers.imap import MailboxIngester
from tandem.mail import DbCursorStore, imap_handler, ingest_raw
from tests.fixtures.dovecot import dovecot, dovecot_server  # noqa: F401  (fixtures)

DEMO = Path(__file__).resolve().parents[2] / "demo" / "inbox"

def _count(tandem, table: str) -> int:
    with tandem.uow() as uow:
        return uow.session.exec(__import__("sqlmodel").text(f"select count(*) from {table}")).one()[0]

def test_imap_mail_becomes_demand_once(tandem, dovecot):
    raw = (DEMO / "03_forwarded.eml").read_bytes()
    with dovecot.client() as client:
        client.append("INBOX", raw)
        client.append("INBOX", raw)  # delivered twice
    ingester = MailboxIngester(dovecot.host, dovecot.port, dovecot.user, dovecot.password, "INBOX",
                               cursor_store=DbCursorStore(tandem), handler=imap_handler(tandem), ssl=False)
    counts = ingester.run_once()
    assert (counts.processed, counts.duplicate) == (1, 1)
    assert _count(tandem, "inbound_messages") == 1 and _count(tandem, "sales_orders") == 1
    assert _count(tandem, "purchase_orders") >= 1
    with dovecot.client("INBOX") as client:
        assert len(client.search(["UNSEEN"])) == 0  # flagged only after the commit
    again = ingester.run_once()  # the cursor in the database: nothing is read twice
    assert again.processed == again.duplicate == 0

def test_drop_folder_files_each_message_once(tandem, tmp_path):
    inbox = tmp_path / "drop"
    folder = DropFolder(inbox, lambda raw, name: ingest_raw(tandem, raw, "dropfolder", name)["status"])
    for name in ("a.eml", "b.eml"):  # the same message under two names
        path = inbox / name
        path.write_bytes((DEMO / "05_chinese.eml").read_bytes())
        os.utime(path, (0, 0))  # settled
    assert folder.scan_once() == {"processed": 1, "duplicate": 1}
    assert sorted(p.name.split("-", 1)[1] for p in (inbox / "processed").iterdir()) == ["a.eml", "b.eml"]
    assert _count(tandem, "sales_orders") == 1


def test_untrusted_senders_are_held_not_dropped(tandem, tmp_path):
    tandem.settings.mail_allowed_domains = "thistlethimble.example"
    tandem.settings.mail_internal_domains = "tandem.example"
    tandem.settings.mail_authserv_ids = "mx.tandem.example"
    forged = (b"From: Priya Shah <priya.shah@tandem.example>\r\nMessage-ID: <f1@x.example>\r\nSubject: Fwd\r\n\r\n"
              b"please send 500 jumbo bag red retrospot\r\n")
    signed = (b"Authentication-Results: mx.tandem.example; dkim=pass header.d=tandem.example\r\n" + forged
              .replace(b"<f1@", b"<f2@"))
    stranger = forged.replace(b"priya.shah@tandem.example", b"x@elsewhere.example").replace(b"<f1@", b"<f3@")
    results = [ingest_raw(tandem, raw, "mail")["status"] for raw in (forged, signed, stranger)]
    assert results == ["held", "processed", "held"]
    with tandem.uow() as uow:
        held = [(m.id, m.error) for m in uow.session.exec(__import__("sqlmodel").select(
            __import__("core.adapters.orm", fromlist=["orm"]).InboundMessageRow)) if m.status == "held"]
    assert len(held) == 2 and "internal From" in held[0][1] and "not an allowed sender" in held[1][1]
