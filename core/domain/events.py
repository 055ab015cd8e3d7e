"""Domain events: facts, named in the past tense."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


class Event:
    """Base class of everything that happened."""


@dataclass
class MessageReceived(Event):
    message_id: int
    source: str


@dataclass
class MessageQuarantined(Event):
    message_id: int
    reason: str


@dataclass
class DemandExtracted(Event):
    message_id: int
    customer_id: str | None
    lines: list[dict]
    due_date: date | None
    requested_by: int | None = None
    needs_review: bool = False
    intent: str = "order"
    source: str = ""


@dataclass
class SalesOrderRecorded(Event):
    order_id: int
    skus: list[str] = field(default_factory=list)


@dataclass
class StockReserved(Event):
    sku: str
    quantity: float
    order_id: int


@dataclass
class ShortageDetected(Event):
    sku: str
    quantity: float
    order_id: int | None
    due_date: date | None = None


@dataclass
class PurchaseSuggested(Event):
    suggestion_id: int
    sku: str
    supplier_id: str
    quantity: float


@dataclass
class PurchaseOrderDrafted(Event):
    po_id: int


@dataclass
class ApprovalRequested(Event):
    approval_id: int
    po_id: int
    approver_id: int


@dataclass
class PurchaseApproved(Event):
    po_id: int
    approved_by: int


@dataclass
class PurchaseRejected(Event):
    po_id: int
    rejected_by: int
    reason: str = ""


@dataclass
class GoodsReceived(Event):
    po_id: int
    sku: str
    quantity: float


@dataclass
class OnOrderConfirmed(Event):
    """A supplier's confirmation changed what a PO brings of a SKU: `change` < 0 stopped counting as on order."""

    sku: str
    po_id: int
    change: float
    on_order: float  # what the PO still brings now
