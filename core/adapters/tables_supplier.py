"""SQLModel tables of suppliers' confirmations (imported by core.adapters.orm)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from core.adapters.orm import utcnow


class SupplierConfirmationRow(SQLModel, table=True):
    """One confirmation as it came in (CLI, webhook, bot), stored before it is processed."""

    __tablename__ = "supplier_confirmations"
    id: int | None = Field(default=None, primary_key=True)
    key: str | None = Field(default=None, max_length=300, unique=True)  # idempotency key, when the sender gave one
    po_id: int = Field(index=True)
    promised_date: date
    lines: list = Field(default_factory=list, sa_column=Column(JSON))  # as given: [{"sku", "quantity"}]
    source: str = ""
    note: str = ""
    user_id: int | None = None
    status: str = "received"  # received | processed | rejected
    error: str = ""
    result: dict = Field(default_factory=dict, sa_column=Column(JSON))
    received_at: datetime = Field(default_factory=utcnow)
    processed_at: datetime | None = None


class LinePromiseRow(SQLModel, table=True):
    """A PO line's promised date and quantity; the newest row per (po, sku) is the one in force."""

    __tablename__ = "po_line_promises"
    id: int | None = Field(default=None, primary_key=True)
    confirmation_id: int = Field(index=True)
    po_id: int = Field(index=True)
    sku: str = Field(index=True)
    promised_date: date
    quantity: float
    expected_date: date  # what the plan counted on before this promise
    days_late: int = 0
    short: float = 0.0
    created_at: datetime = Field(default_factory=utcnow)
