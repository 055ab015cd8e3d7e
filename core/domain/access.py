"""Access and approval rules: invites, one-time codes, approval chains by amount and category."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from core.domain.events import Event
from core.domain.purchasing import PurchaseOrder, PurchasingError

# Who takes over when an approver does not answer: the next role up.
ESCALATION = {"manager": "director", "director": "admin", "admin": None}


class AccessError(Exception):
    """A code or right that does not hold, with a reason a person can read."""


@dataclass
class UserRevoked(Event):
    """A user lost access; their open approval requests go to someone else."""

    user_id: int


def aware(moment: datetime) -> datetime:
    """Treat naive times (SQLite) as UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def check_code(kind: str, expires_at: datetime, used_at: datetime | None, now: datetime) -> None:
    """One-time codes (invites, login links) work once and only before they expire."""
    if used_at is not None:
        raise AccessError(f"This {kind} was already used.")
    if aware(expires_at) < aware(now):
        raise AccessError(f"This {kind} has expired.")


@dataclass
class ApprovalRule:
    """At `level`, a PO above `min_amount` in `category` ('*' for any) needs someone with `role`."""

    level: int
    min_amount: float
    category: str
    role: str

    def matches(self, total: float, categories: set[str]) -> bool:
        """Above the amount (the lowest band starts at 0 and takes every PO) and in the category."""
        above = total > self.min_amount or self.min_amount <= 0
        return above and (self.category == "*" or self.category in categories)


# A manager approves any PO; above 5,000 a director approves after the manager.
DEFAULT_RULES = [ApprovalRule(1, 0.0, "*", "manager"), ApprovalRule(2, 5000.0, "*", "director")]


def approval_chain(rules: list[ApprovalRule], total: float, categories: set[str]) -> list[tuple[int, str]]:
    """(level, role) steps for a PO, lowest level first; a category rule beats '*' at the same level."""
    chain = []
    for level in sorted({r.level for r in rules}):
        matching = [r for r in rules if r.level == level and r.matches(total, categories)]
        if matching:
            best = max(matching, key=lambda r: (r.category != "*", r.min_amount))
            chain.append((level, best.role))
    return chain


def next_step(chain: list[tuple[int, str]], level: int) -> tuple[int, str] | None:
    """The step after `level`, or None when `level` was the last."""
    return next(((lvl, role) for lvl, role in chain if lvl > level), None)


def approve_step(po: PurchaseOrder, user_id: int, override: bool = False) -> None:
    """An intermediate level approved: the PO stays pending but moves on (stale buttons stop working)."""
    po._require("pending_approval", "decide on")
    if user_id == po.requested_by and not override:
        raise PurchasingError("four-eyes rule: you cannot approve your own request")
    po.version += 1


def send_back(po: PurchaseOrder, user_id: int, reason: str) -> None:
    """An approver asks for a change: the PO returns to draft with the reason."""
    po._require("pending_approval", "ask for a change to")
    if user_id == po.requested_by:
        raise PurchasingError("four-eyes rule: you cannot decide on your own request")
    po.status, po.reason = "draft", reason
    po.version += 1
