"""Commands of the access and approvals area: invites, web logins, approval rules and reminders."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core.domain.commands import Command


@dataclass
class CreateInvite(Command):
    """An admin (or the CLI, created_by None) invites someone with a role; returns a one-time code."""

    role: str
    created_by: int | None = None
    name: str = ""
    days: float = 7.0


@dataclass
class SetLanguage(Command):
    """The language a user's Telegram app reads ('en' or 'zh'): what Tandem sends them later follows it."""

    telegram_id: int
    language: str


@dataclass
class RedeemInvite(Command):
    """`/start CODE`: link this Telegram id to a new user with the invite's role."""

    code: str
    telegram_id: int
    name: str = ""
    language: str = "en"


@dataclass
class RevokeAccess(Command):
    """Deactivate a user (by name) or cancel an open invite (by code)."""

    target: str
    by: int | None = None


@dataclass
class ListUsers(Command):
    """Users and open invites, for an admin (by) or the CLI (by None)."""

    by: int | None = None


@dataclass
class CreateLoginLink(Command):
    """A one-time web login link for a user, found by name, id or Telegram id."""

    name: str = ""
    user_id: int | None = None
    telegram_id: int | None = None


@dataclass
class RedeemLogin(Command):
    """Exchange a one-time login code for a web session token."""

    code: str


@dataclass
class EndSession(Command):
    """Log out of the web page."""

    session: str


@dataclass
class SetApprovalRule(Command):
    """Add or replace the rule for (level, category); role '' removes it."""

    level: int
    min_amount: float
    category: str = "*"
    role: str = "manager"
    by: int | None = None


@dataclass
class ListApprovals(Command):
    """What waits for this user's decision, each with fresh buttons (admins also see every pending PO)."""

    telegram_id: int | None = None
    user_id: int | None = None


@dataclass
class AnswerPrompt(Command):
    """Text typed after the bot asked 'Why?'; handled only when such a question is open."""

    telegram_id: int
    text: str


@dataclass
class RemindApprovals(Command):
    """Remind approvers after N hours and escalate to the next role after M hours (run every minute)."""

    now: datetime
    remind_after_hours: float | None = None  # None: from the settings
    escalate_after_hours: float | None = None
