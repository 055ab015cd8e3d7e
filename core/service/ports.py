"""What the service layer needs from the edges, as protocols; bootstrap injects the real ones."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol


@dataclass
class ReadDocument:
    """A message or document reduced to what demand extraction needs."""

    key: str  # idempotency key: normalised Message-ID, else a hash of the raw bytes
    text: str
    sender: str = ""  # who sent it to Tandem (a salesperson forwarding, or the customer)
    original_sender: str = ""  # the customer, when it was forwarded
    subject: str = ""
    date: date | None = None
    attachments: list[str] = field(default_factory=list)  # names, for the record
    defects: list[str] = field(default_factory=list)


class DocumentReader(Protocol):
    def __call__(self, raw: bytes, filename: str = "", content_type: str = "") -> ReadDocument: ...


class DemandExtractor(Protocol):
    threshold: float

    def extract(self, text: str, today: date, customer: str | None = None, sender: str | None = None) -> dict: ...

    def remember_alias(self, customer: str, mention: str, sku: str) -> None: ...

    def match(self, text: str, top: int = 3) -> list[tuple[str, float]]: ...
