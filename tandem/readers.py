"""Adapters from the edges to the core's ports: documents via parsers/, demand via nlp/."""
from __future__ import annotations

import hashlib
import re
import threading
from datetime import date, datetime
from email.utils import parseaddr

from core.service.ports import ReadDocument

_HEADER = re.compile(rb"^(From|To|Subject|Date|Message-ID|Received|MIME-Version|Return-Path|Delivered-To):",
                     re.IGNORECASE | re.MULTILINE)


def looks_like_email(raw: bytes, filename: str = "", content_type: str = "") -> bool:
    """An .eml/message/rfc822 or bytes that start with RFC 5322 headers."""
    if filename.lower().endswith(".eml") or content_type == "message/rfc822":
        return True
    head = raw[:2000]
    return len(_HEADER.findall(head)) >= 2 and head.lstrip()[:1].isalpha()


def read_document(raw: bytes, filename: str = "", content_type: str = "") -> ReadDocument:
    """Read an e-mail, a PDF or plain text into the text that demand extraction works on."""
    if raw[:5] == b"%PDF-" or filename.lower().endswith(".pdf"):
        return ReadDocument(key=_hash_key(raw), text=_pdf_text(raw), attachments=[filename or "document.pdf"])
    if looks_like_email(raw, filename, content_type):
        return _read_email(raw)
    return ReadDocument(key=_hash_key(raw), text=_decode(raw))


def _read_email(raw: bytes) -> ReadDocument:
    from parsers.imap_types import message_key
    from parsers.mime import parse_email

    parsed = parse_email(raw)
    parts = [parsed.text]
    for att in parsed.attachments:
        if att.content_type == "application/pdf" or att.filename.lower().endswith(".pdf"):
            parts.append(_pdf_text(att.payload))
    # The same key as the IMAP ingester's, so a message seen by mail and by hand is one demand.
    return ReadDocument(key=message_key(raw), text="\n\n".join(p for p in parts if p),
                        sender=_address(parsed.from_), original_sender=_address(parsed.original_from),
                        subject=parsed.subject, date=_date(parsed.original_date or parsed.date),
                        attachments=[a.filename for a in parsed.attachments], defects=list(parsed.defects))


def _pdf_text(data: bytes) -> str:
    """Text of a PDF, read in an isolated subprocess when the parsers offer one."""
    from parsers import pdf

    return pdf.pdf_text(data)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        if best is None:
            raise ValueError("binary content: not text, e-mail or PDF") from None
        return str(best)


def _address(value: str) -> str:
    return parseaddr(value or "")[1].lower()


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def _hash_key(raw: bytes) -> str:
    return "sha256:" + hashlib.sha256(raw).hexdigest()


class CatalogExtractor:
    """The nlp Extractor built from the products in the database; rebuilt after catalog imports."""

    def __init__(self, uow_factory, threshold: float | None = None):
        self.uow_factory = uow_factory
        self.threshold_override = threshold  # None: the calibrated threshold (est. precision >= 99 %)
        self._lock = threading.Lock()
        self._extractor = None

    @property
    def threshold(self) -> float:
        return self._get().threshold

    def refresh(self) -> None:
        """Rebuild from the current catalog and the remembered customer aliases."""
        from nlp.catalog import CatalogItem, settle_heap
        from nlp.extractor import Extractor

        with self.uow_factory() as uow:
            products = uow.catalog.list_products()
            aliases = uow.catalog.aliases()
        items = [CatalogItem(p.sku, p.name, p.unit, tuple(p.names.values()), tuple(p.aliases)) for p in products]
        extractor = Extractor(items, threshold=self.threshold_override)
        extractor.load_aliases(aliases)
        with self._lock:
            self._extractor = extractor
        settle_heap()

    def _get(self):
        if self._extractor is None:
            self.refresh()
        return self._extractor

    def extract(self, text: str, today: date, customer: str | None = None, sender: str | None = None) -> dict:
        extractor = self._get()
        with self._lock:  # the spaCy pipeline is shared; extraction takes milliseconds
            return extractor.extract(text, today=today, customer=customer, sender=sender)

    def remember_alias(self, customer: str, mention: str, sku: str) -> None:
        self._get().remember_alias(customer, mention, sku)

    def match(self, text: str, top: int = 3) -> list[tuple[str, float]]:
        """Catalog items for a product title or code (structured input, not a customer's prose)."""
        extractor = self._get()
        with self._lock:  # the matcher keeps per-call scratch state
            return extractor.matcher.match(text, top=top)


class CatalogQuestions:
    """The nlp question parser over the products in the database; rebuilt when the catalogue changes size."""

    def __init__(self, uow_factory, threshold: float | None = None):
        self.uow_factory = uow_factory
        self.threshold_override = threshold  # None: the calibrated threshold (est. precision >= 99 %)
        self._lock = threading.Lock()
        self._parser, self._size = None, -1

    def _get(self):
        from nlp.catalog import CatalogItem
        from nlp.questions import QuestionParser

        with self.uow_factory() as uow:
            products = uow.catalog.list_products()
        with self._lock:
            if self._parser is None or len(products) != self._size:
                items = [CatalogItem(p.sku, p.name, p.unit, tuple(p.names.values()), tuple(p.aliases))
                         for p in products]
                self._parser, self._size = QuestionParser(items), len(products)
            return self._parser

    def parse(self, text: str, today: date) -> dict | None:
        return self._get().parse(text, today)

    def products(self, mention: str) -> list[str]:
        return self._get().products(mention)
