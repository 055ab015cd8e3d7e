"""SQLModel tables of offer price history and business rules (imported by core.adapters.orm)."""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel


def _now() -> datetime:
    return datetime.now(timezone.utc)


class PriceChangeRow(SQLModel, table=True):
    """One price an offer had from `valid_from` (the first row of an offer is its imported price)."""

    __tablename__ = "price_changes"
    id: int | None = Field(default=None, primary_key=True)
    supplier_id: str = Field(index=True, max_length=64)
    sku: str = Field(index=True, max_length=64)
    unit_price: float  # the base price (smallest quantity), what advice and rules compare
    old_price: float | None = None
    price_breaks: list = Field(default_factory=list, sa_column=Column(JSON))
    valid_from: date
    source: str = ""
    recorded_at: datetime = Field(default_factory=_now)
    applied: bool = Field(default=True, index=True)  # False: announced for `valid_from`, not yet in force


class BusinessRuleRow(SQLModel, table=True):
    """A rule the business wrote: on `event` when `condition` then `action` for `role`."""

    __tablename__ = "business_rules"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=100)
    event: str = Field(index=True, max_length=100)
    condition: str
    action: str
    role: str
    enabled: bool = True
    created_by: str = ""
    created_at: datetime = Field(default_factory=_now)
