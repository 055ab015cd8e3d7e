"""SQLModel tables of the access area (imported by core.adapters.orm)."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


def _now() -> datetime:
    return datetime.now(timezone.utc)


class InviteRow(SQLModel, table=True):
    """A one-time invite code with the role it grants."""

    __tablename__ = "invites"
    code: str = Field(primary_key=True, max_length=64)
    role: str
    name: str = ""
    created_by: int | None = None
    created_at: datetime = Field(default_factory=_now)
    expires_at: datetime
    used_at: datetime | None = None
    used_by: int | None = None
    revoked: bool = False


class LoginCodeRow(SQLModel, table=True):
    """A one-time web login link."""

    __tablename__ = "login_codes"
    code: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(index=True)
    expires_at: datetime
    used_at: datetime | None = None


class WebSessionRow(SQLModel, table=True):
    """A signed-in browser: the cookie holds `token`, nothing else."""

    __tablename__ = "web_sessions"
    token: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(index=True)
    created_at: datetime = Field(default_factory=_now)
    expires_at: datetime


class ApprovalRuleRow(SQLModel, table=True):
    """Who approves at which level, by amount and category."""

    __tablename__ = "approval_rules"
    __table_args__ = (UniqueConstraint("level", "category"),)
    id: int | None = Field(default=None, primary_key=True)
    level: int
    min_amount: float = 0.0
    category: str = "*"
    role: str


class PromptRow(SQLModel, table=True):
    """The bot asked a user 'Why?'; their next text answers the button behind `token`."""

    __tablename__ = "prompts"
    user_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    token: str = Field(max_length=64)
    expires_at: datetime


class ApprovalFollowupRow(SQLModel, table=True):
    """A reminder or escalation sent for an approval request (unique, so it happens once)."""

    __tablename__ = "approval_followups"
    __table_args__ = (UniqueConstraint("request_id", "kind"),)
    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(index=True)
    kind: str  # remind | escalate
    at: datetime = Field(default_factory=_now)
