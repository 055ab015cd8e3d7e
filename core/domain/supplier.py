"""Suppliers' confirmations of purchase orders: promised dates and quantities, and when they mean a delay."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from core.domain.commands import Command
from core.domain.events import Event
from core.domain.purchasing import PurchaseOrder, PurchasingError


@dataclass
class ConfirmSupplierDelivery(Command):
    """A supplier says when (and how much of) a PO arrives; no lines means every open line of the PO."""

    po_id: int
    promised_date: date
    lines: list[dict] = field(default_factory=list)  # [{"sku": ..., "quantity": ... (optional)}]
    source: str = "cli"  # "cli", "webhook", "telegram", ...
    note: str = ""
    key: str | None = None  # idempotency key: the same key is taken once
    user_id: int | None = None


@dataclass
class RecoverSupplierConfirmations(Command):
    """Process every confirmation still `received` (stored, then left so by a crash or a restart)."""

    limit: int = 1000


@dataclass
class SupplierConfirmed(Event):
    """The supplier confirmed these lines of the PO for a date (on time or not)."""

    po_id: int
    supplier_id: str
    skus: list[str]
    promised_date: date
    quantities: dict[str, float] = field(default_factory=dict)


@dataclass
class SupplierDelayed(Event):
    """The confirmation comes later than expected or needed, or short: `short` is the missing quantity per SKU."""

    po_id: int
    supplier_id: str
    skus: list[str]
    old_date: date
    new_date: date
    days_late: int
    short: dict[str, float] = field(default_factory=dict)


@dataclass
class LinePromise:
    """What the supplier promised for one PO line, against what the plan counted on."""

    sku: str
    open_quantity: float  # ordered, not yet received
    expected: date  # the date the plan counted on before this confirmation
    promised: date
    quantity: float  # confirmed quantity
    needed_by: date | None = None  # earliest due date of a customer order waiting for it

    @property
    def short(self) -> float:
        """Quantity the supplier will not deliver on the promised date."""
        return max(0.0, self.open_quantity - self.quantity)

    @property
    def days_late(self) -> int:
        """Days after the expected date (0 when on time or early)."""
        return max(0, (self.promised - self.expected).days)

    @property
    def late(self) -> bool:
        """Later than the plan or a waiting customer needs it, or short."""
        after_need = self.needed_by is not None and self.promised > self.needed_by
        return self.days_late > 0 or after_need or self.short > 0


def expected_arrival(ordered_on: date, lead_time_days: float | None, promised: date | None = None) -> date:
    """The supplier's latest promise when there is one, else order (approval) date plus lead time."""
    if promised is not None:
        return promised
    return ordered_on + timedelta(days=round(lead_time_days or 0))


def open_quantities(po: PurchaseOrder) -> dict[str, float]:
    """Per SKU, what the PO still has to bring."""
    return {l.sku: l.quantity - l.received for l in po.lines if l.quantity - l.received > 0}


def promises(po: PurchaseOrder, promised: date, lines: list[dict], expected: dict[str, date],
             needed_by: dict[str, date] | None = None) -> list[LinePromise]:
    """Check a confirmation against the PO and turn it into one promise per line."""
    if po.status != "approved":
        raise PurchasingError(f"cannot confirm PO {po.id}: it is {po.status.replace('_', ' ')}")
    still = open_quantities(po)
    asked = lines or [{"sku": sku} for sku in still]
    if not asked:
        raise PurchasingError(f"PO {po.id} has nothing left to deliver")
    out = []
    for item in asked:
        sku = item.get("sku")
        if sku not in still:
            raise PurchasingError(f"PO {po.id} has no open line for {sku}")
        qty = float(item["quantity"]) if item.get("quantity") is not None else still[sku]
        if qty < 0:
            raise PurchasingError(f"confirmed quantity for {sku} must not be negative")
        out.append(LinePromise(sku, still[sku], expected[sku], promised, min(qty, still[sku]),
                               (needed_by or {}).get(sku)))
    return out


def confirmation_events(po: PurchaseOrder, made: list[LinePromise]) -> list[Event]:
    """SupplierConfirmed always; SupplierDelayed too when any line is late or short."""
    promised = made[0].promised
    out: list[Event] = [SupplierConfirmed(po.id, po.supplier_id, [p.sku for p in made], promised,
                                          {p.sku: p.quantity for p in made})]
    late = [p for p in made if p.late]
    if late:
        old = min(p.expected for p in late)
        out.append(SupplierDelayed(po.id, po.supplier_id, [p.sku for p in late], old, promised,
                                   max(0, (promised - old).days), {p.sku: p.short for p in late if p.short > 0}))
    return out
