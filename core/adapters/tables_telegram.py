"""SQLModel tables of the telegram area (imported by core.adapters.orm)."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import JSON, BigInteger, Column
from sqlmodel import Field, SQLModel


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class TelegramUpdateRow(SQLModel, table=True):
    """A webhook update as Telegram sent it, stored before the 200 so a crash cannot lose it."""

    __tablename__ = "telegram_updates"
    update_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    payload: dict = Field(default_factory=dict, sa_column=Column(JSON))
    status: str = Field(default="received", index=True)  # received | processed | failed
    error: str = ""
    claimed_by: str = ""  # the worker processing it; another may take over once claimed_at is stale
    claimed_at: datetime | None = None
    received_at: datetime = Field(default_factory=_utcnow)
    processed_at: datetime | None = None
