"""Domain events: facts, named in the past tense."""
from __future__ import annotations

import typing
from dataclasses import dataclass, field, fields
from datetime import date, datetime


class Event:
    """Base class of everything that happened."""


def event_type(event: Event) -> str:
    """The full name an event is stored under (module and class), unique across areas."""
    return f"{type(event).__module__}.{type(event).__qualname__}"


def rebuild_event(name: str, data: dict) -> Event:
    """The event stored as `name` with its JSON fields; dates come back as dates (ValueError if unknown)."""
    cls = _event_classes().get(name)
    if cls is None:
        raise ValueError(f"unknown event type {name}")
    hints = typing.get_type_hints(cls)
    return cls(**{f.name: _typed(hints.get(f.name), data[f.name]) for f in fields(cls) if f.name in data})


def _event_classes() -> dict[str, type]:
    """Every loaded Event subclass by its stored name (areas define theirs in their own modules)."""
    found, todo = {}, [Event]
    while todo:
        for sub in todo.pop().__subclasses__():
            found[f"{sub.__module__}.{sub.__qualname__}"] = sub
            todo.append(sub)
    return found


def _typed(hint, value):
    """A JSON value back in its field's type: ISO strings become dates where the field holds one."""
    kinds = typing.get_args(hint) or (hint,)  # `date | None` -> (date, NoneType)
    if isinstance(value, str):
        if datetime in kinds:
            return datetime.fromisoformat(value)
        if date in kinds:
            return date.fromisoformat(value)
    return value


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
