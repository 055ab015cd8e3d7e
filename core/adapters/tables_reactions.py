"""SQLModel tables of failed reactions (imported by core.adapters.orm)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Text
from sqlmodel import Field, SQLModel

from core.adapters.orm import utcnow


class FailedReactionRow(SQLModel, table=True):
    """An event handler that still failed after its retries, with its event, kept until a person acts."""

    __tablename__ = "failed_reactions"
    id: int | None = Field(default=None, primary_key=True)
    event_type: str = Field(max_length=300)  # module and class, see core.domain.events.event_type
    event: dict = Field(default_factory=dict, sa_column=Column(JSON))  # the event's fields as JSON
    handler: str = Field(max_length=300)
    error: str = Field(default="", sa_column=Column(Text, nullable=False))  # the last failure, with its traceback
    attempts: int = 0  # every try so far, the bus's retries and people's
    status: str = Field(default="open", index=True)  # open | retrying (a person's retry runs) | retried | dismissed
    failed_at: datetime = Field(default_factory=utcnow)
    resolved_at: datetime | None = None
    resolved_by: str = ""
