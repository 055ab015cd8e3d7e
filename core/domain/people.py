"""Users, roles, alerts, audit records and outbound messages."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

ROLES = ("salesperson", "buyer", "manager", "director", "admin")
APPROVER_ROLES = ("manager", "director", "admin")


@dataclass
class User:
    """A person using Tandem, linked to Telegram by id."""

    name: str
    role: str
    telegram_id: int | None = None
    email: str = ""
    active: bool = True
    language: str = "en"
    id: int | None = None

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown role {self.role!r}; one of: {', '.join(ROLES)}")

    @property
    def can_approve(self) -> bool:
        """Managers and above approve purchase orders."""
        return self.role in APPROVER_ROLES


@dataclass
class Alert:
    """Something a person should look at, with the actions they can take."""

    kind: str  # shortage | quarantine | late_supplier | rule
    message: str
    sku: str | None = None
    data: dict = field(default_factory=dict)
    status: str = "open"
    id: int | None = None


@dataclass
class Outbound:
    """A message to a user, stored with the state change so it survives restarts."""

    user_id: int
    kind: str  # approval_request | decision | shortage | text
    payload: dict
    status: str = "pending"  # pending | sent | failed
    id: int | None = None


@dataclass
class AuditRecord:
    """Who did what to which record, and when."""

    actor: str
    action: str
    entity: str
    entity_id: str
    data: dict = field(default_factory=dict)
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    id: int | None = None
