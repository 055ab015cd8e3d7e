"""SQLModel tables of the inbound area (imported by core.adapters.orm)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from core.adapters.orm import utcnow


class WebhookDeliveryRow(SQLModel, table=True):
    """One inbound order delivery (ERP, CRM, shop), raw, kept whether or not it could be read."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (UniqueConstraint("source", "event_id"),)
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=100)
    event_id: str = Field(max_length=300)
    kind: str = "order"  # "order" (generic schema) or "shopify/orders-create"
    raw: bytes = Field(sa_column=Column(LargeBinary))
    payload: dict = Field(default_factory=dict, sa_column=Column(JSON))  # the order in the generic schema
    status: str = Field(default="received", index=True)  # received | processed | rejected | failed
    error: str = ""
    order_id: int | None = None
    result: dict = Field(default_factory=dict, sa_column=Column(JSON))
    received_at: datetime = Field(default_factory=utcnow)
    processed_at: datetime | None = None
