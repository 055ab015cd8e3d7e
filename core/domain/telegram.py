"""Commands of the Telegram transport: stored webhook updates and the outbox queue."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from core.domain.commands import Command

MAX_SEND_ATTEMPTS = 5  # after this many failed sends an outbound message is kept as failed


@dataclass
class StoreTelegramUpdate(Command):
    """Keep a webhook update before answering Telegram; a repeated update_id is a duplicate."""

    update_id: int
    payload: dict
    worker: str = ""


@dataclass
class MarkUpdateProcessed(Command):
    """An update went through the bot's handlers (error: it failed there)."""

    update_id: int
    error: str = ""


@dataclass
class RecoverUpdates(Command):
    """Claim stored updates nobody finished: this worker's own, or any whose claim is stale."""

    worker: str
    own: bool = True  # at start-up, with a stable worker id only: this worker's earlier run left them
    stale_after: float = 120.0  # seconds
    limit: int = 100


@dataclass
class ReleaseUpdates(Command):
    """Give back the unfinished updates a worker claimed (it is stopping), so the next worker takes them at once."""

    worker: str


@dataclass
class ClaimOutbound(Command):
    """Take ready outbox rows (the oldest per chat, skipping paced chats) and lease them to a worker."""

    worker: str
    limit: int = 30
    skip_chats: list[int] = field(default_factory=list)
    lease_seconds: float = 60.0
    scan: int = 500  # rows looked at per claim


@dataclass
class ReleaseOutbound(Command):
    """Give back rows a worker had claimed (it restarted, so they were in flight when it stopped)."""

    worker: str


@dataclass
class SettleOutbound(Command):
    """Record one send: sent, retry at a time, or failed for good (permanent, or too many attempts)."""

    outbound_id: int
    claim: str
    sent: bool
    error: str = ""
    retry_at: datetime | None = None
    permanent: bool = False
    count_attempt: bool = True  # False: handed back unsent (a long flood-control pause), not a failed try
