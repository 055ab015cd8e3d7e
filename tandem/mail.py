"""Mail intake wiring: the IMAP ingester or the drop folder, feeding IngestMessage commands."""
from __future__ import annotations

import logging
import threading

from core.domain.commands import IngestMessage
from parsers.dropfolder import DropFolder
from parsers.imap import MailboxIngester
from parsers.imap_trust import TrustPolicy, sender_verdict
from parsers.imap_types import MailRef, Outcome, TransientError, message_key

log = logging.getLogger(__name__)


class DbCursorStore:
    """IMAP cursors in Tandem's database, one short transaction per save."""

    def __init__(self, tandem):
        self.tandem = tandem

    def load(self, mailbox: str, uidvalidity: int) -> int:
        with self.tandem.uow() as uow:
            return uow.messages.cursor(mailbox, uidvalidity)

    def save(self, mailbox: str, uidvalidity: int, uid: int) -> None:
        with self.tandem.uow() as uow:
            uow.messages.save_cursor(mailbox, uidvalidity, uid)
            uow.commit()


def trust_policy(settings) -> TrustPolicy | None:
    """The sender-trust policy from settings, or None when no list is configured (trust everyone)."""
    lists = [settings.mail_allowed_senders, settings.mail_allowed_domains, settings.mail_internal_domains]
    if not any(lists):
        return None
    split = lambda text: [p for p in text.split(",") if p.strip()]  # noqa: E731
    return TrustPolicy.build(senders=split(settings.mail_allowed_senders),
                             domains=split(settings.mail_allowed_domains),
                             internal=split(settings.mail_internal_domains),
                             authserv_ids=split(settings.mail_authserv_ids))


def ingest_raw(tandem, raw: bytes, source: str, filename: str = "") -> dict:
    """One message through the service layer, keyed like the IMAP ingester keys it; untrusted ones held."""
    is_mail = not filename.lower().endswith(".pdf")
    key = message_key(raw) if is_mail else None
    policy = trust_policy(tandem.settings) if is_mail else None
    verdict = sender_verdict(raw, policy) if policy else None
    hold = f"{verdict.action}: {verdict.reason}" if verdict and verdict.action != "accept" else ""
    return tandem.handle(IngestMessage(raw, source=source, filename=filename, key=key, hold=hold))


def imap_handler(tandem):
    """The MessageHandler the IMAP ingester calls: commit first, then it flags the message."""

    def handle(raw: bytes, ref: MailRef) -> Outcome:
        try:
            result = ingest_raw(tandem, raw, "mail")
        except Exception as exc:  # database trouble: leave the message unseen and retry later
            raise TransientError(str(exc)) from exc
        if result["status"] == "quarantined":  # held messages count as processed: stored, a person decides
            return Outcome.failed(result.get("error", "unprocessable"))
        return Outcome.duplicate() if result["status"] == "duplicate" else Outcome.processed()

    return handle


def start_mail_intake(tandem, stop: threading.Event) -> threading.Thread:
    """Start IMAP when configured, else the drop folder, in a daemon thread."""
    s = tandem.settings
    if s.imap_host:
        worker = MailboxIngester(s.imap_host, s.imap_port, s.imap_user, s.imap_password, s.imap_folder,
                                 cursor_store=DbCursorStore(tandem), handler=imap_handler(tandem), ssl=s.imap_ssl)
        target, what = worker.run_forever, f"IMAP {s.imap_user}@{s.imap_host}:{s.imap_port}/{s.imap_folder}"
    else:
        folder = DropFolder(s.inbox_dir, lambda raw, name: ingest_raw(tandem, raw, "dropfolder", name)["status"])
        target, what = folder.run_forever, f"drop folder {s.inbox_dir}"
    thread = threading.Thread(target=target, args=(stop,), name="mail-intake", daemon=True)
    thread.start()
    log.info("mail intake: %s", what)
    return thread
