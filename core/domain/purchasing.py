"""Purchasing: offers chosen for shortages, purchase orders and their approvals."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from core.domain import events
from core.domain.catalog import Offer


class PurchasingError(Exception):
    """A purchase order cannot do what was asked, with a reason a person can read."""


@dataclass
class OfferChoice:
    """The winning offer for a need, and the runner-up for comparison."""

    offer: Offer
    quantity: float
    unit_price: float
    runner_up: Offer | None = None
    runner_up_price: float | None = None


def choose_offer(offers: list[Offer], need: float) -> OfferChoice | None:
    """Cheapest unit price at the quantity each offer would really ship (MOQ, packs); ties by lead time."""
    ranked = []
    for offer in offers:
        qty = offer.order_quantity(need)
        ranked.append((offer.unit_price(qty), offer.lead_time_days or 0, qty, offer))
    if not ranked:
        return None
    ranked.sort(key=lambda r: (r[0], r[1]))
    price, _, qty, best = ranked[0]
    second = ranked[1] if len(ranked) > 1 else None
    return OfferChoice(best, qty, price, second[3] if second else None, second[0] if second else None)


def replenishment_need(projected: float, safety_stock: float) -> float:
    """Quantity that brings the inventory position back to the safety stock (0 when it is there)."""
    return max(0.0, safety_stock - projected)


@dataclass
class PurchaseSuggestion:
    """What the planner proposes to buy, and why."""

    sku: str
    quantity: float
    supplier_id: str
    unit_price: float
    need: float
    reason: str
    status: str = "open"  # open | drafted | dismissed
    po_id: int | None = None
    order_id: int | None = None  # the sales order whose planning raised it
    id: int | None = None


@dataclass
class POLine:
    """A line on a purchase order."""

    sku: str
    quantity: float
    unit_price: float
    suggestion_id: int | None = None
    received: float = 0.0
    id: int | None = None


@dataclass
class PurchaseOrder:
    """A PO: drafted, sent for approval, then approved or rejected."""

    supplier_id: str
    lines: list[POLine] = field(default_factory=list)
    status: str = "draft"  # draft | pending_approval | approved | rejected | received
    requested_by: int | None = None
    decided_by: int | None = None
    reason: str = ""
    version: int = 0
    id: int | None = None
    events: list = field(default_factory=list, repr=False, compare=False)

    @property
    def total(self) -> float:
        """Sum of the lines' amounts."""
        return round(sum(line.quantity * line.unit_price for line in self.lines), 2)

    def add_line(self, line: POLine) -> None:
        """Add a line, merging with an existing one for the same SKU."""
        self._require("draft", "add lines to")
        for existing in self.lines:
            if existing.sku == line.sku:
                existing.quantity += line.quantity
                existing.unit_price = line.unit_price
                break
        else:
            self.lines.append(line)
        self.version += 1

    def reduce_line(self, sku: str, qty: float) -> float:
        """Take up to `qty` of `sku` off a PO that is not approved yet; returns what was taken off."""
        if self.status not in ("draft", "pending_approval"):
            raise PurchasingError(f"cannot change PO {self.id}: it is {self.status.replace('_', ' ')}")
        for line in self.lines:
            if line.sku == sku:
                taken = min(qty, line.quantity)
                line.quantity -= taken
                self.version += 1  # buttons issued for the old version now refuse
                return taken
        return 0.0

    def submit(self) -> None:
        """Send the draft for approval."""
        self._require("draft", "submit")
        if not self.lines:
            raise PurchasingError("an empty purchase order cannot be submitted")
        self.status = "pending_approval"
        self.version += 1

    def approve(self, user_id: int, override: bool = False) -> None:
        """Approve; nobody approves their own request unless an admin overrides explicitly."""
        self._decide(user_id, override)
        self.status = "approved"
        self.events.append(events.PurchaseApproved(self.id, user_id))

    def reject(self, user_id: int, reason: str = "", override: bool = False) -> None:
        """Reject with an optional reason."""
        self._decide(user_id, override)
        self.status, self.reason = "rejected", reason
        self.events.append(events.PurchaseRejected(self.id, user_id, reason))

    def _decide(self, user_id: int, override: bool) -> None:
        self._require("pending_approval", "decide on")
        if user_id == self.requested_by and not override:
            raise PurchasingError("four-eyes rule: you cannot approve your own request")
        self.decided_by = user_id
        self.version += 1

    def _require(self, status: str, verb: str) -> None:
        if self.status != status:
            raise PurchasingError(f"cannot {verb} PO {self.id}: it is {self.status.replace('_', ' ')}")


@dataclass
class ApprovalRequest:
    """One approver's turn on one PO."""

    po_id: int
    approver_id: int
    level: int = 1
    status: str = "pending"  # pending | approved | rejected | superseded
    decided_at: datetime | None = None
    id: int | None = None

    def close(self, status: str) -> None:
        """Record the decision time and outcome."""
        self.status, self.decided_at = status, datetime.now(timezone.utc)
