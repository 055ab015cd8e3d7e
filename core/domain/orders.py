"""Sales orders: what customers asked for and what we could promise."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class OrderLine:
    """One product line; reserved + short = quantity once the order is planned."""

    sku: str | None
    quantity: float | None
    unit: str | None = None
    mention: str = ""
    confidence: float = 1.0
    reserved: float = 0.0
    short: float = 0.0
    id: int | None = None

    @property
    def plannable(self) -> bool:
        """A line we can reserve for: a known SKU and a positive quantity."""
        return bool(self.sku) and bool(self.quantity) and self.quantity > 0


@dataclass
class SalesOrder:
    """A customer's order, recorded once per source message."""

    customer_id: str | None
    lines: list[OrderLine]
    due_date: date | None = None
    status: str = "open"  # open | needs_review | cancelled
    source_key: str | None = None
    requested_by: int | None = None
    id: int | None = None

    def needs_review(self) -> bool:
        """True when a line cannot be planned without a person's choice."""
        return any(not line.plannable for line in self.lines) or not self.lines
