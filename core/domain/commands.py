"""Commands: what someone asks Tandem to do, in the imperative."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


class Command:
    """Base class of every request."""


@dataclass
class IngestMessage(Command):
    """Read a raw message (e-mail, PDF, text) and turn it into demand."""

    raw: bytes
    source: str  # "mail", "dropfolder", "telegram", "web", "cli"
    filename: str = ""
    content_type: str = ""
    requested_by: int | None = None  # user id of the salesperson who forwarded it
    key: str | None = None  # idempotency key when the edge already knows one
    hold: str = ""  # why the edge does not trust it (e.g. sender checks): kept for a person, no demand yet


@dataclass
class RecordSalesOrder(Command):
    """Record an order whose lines are already known (webhooks, confirmed extractions)."""

    customer_id: str | None
    lines: list[dict]
    due_date: date | None = None
    source_key: str | None = None
    requested_by: int | None = None


@dataclass
class SubmitPurchaseOrder(Command):
    """Send a draft PO for approval."""

    po_id: int
    requested_by: int | None = None


@dataclass
class PressButton(Command):
    """A tap on any button, identified only by its opaque token; the server knows what it means."""

    token: str
    telegram_id: int | None = None
    user_id: int | None = None
    reason: str = ""  # free text that came with the tap (e.g. a rejection reason)


@dataclass
class ReceiveGoods(Command):
    """Goods for a PO line arrived."""

    po_id: int
    sku: str
    quantity: float


@dataclass
class AddUser(Command):
    """Create a user with a role, optionally linked to a Telegram id."""

    name: str
    role: str
    telegram_id: int | None = None
    email: str = ""


@dataclass
class RetryMessage(Command):
    """Process a quarantined or held message again (after a fix, or released by a person)."""

    message_id: int
    user_id: int | None = None


@dataclass
class RetryReaction(Command):
    """Run a kept failed reaction again: its handler on its stored event."""

    reaction_id: int
    user_id: int | None = None


@dataclass
class DismissReaction(Command):
    """A person decided a kept failed reaction needs no rerun."""

    reaction_id: int
    user_id: int | None = None
    reason: str = ""
