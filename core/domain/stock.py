"""Stock kept as a ledger of moves; the StockItem aggregate reserves against it.

The aggregate carries the ledger totals it was loaded with plus its new moves, so it never has to
replay a SKU's whole history to answer what is available.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from core.domain import events

# A move changes one bucket; the position of a SKU is the sum of its moves per bucket.
ON_HAND, RESERVED, ON_ORDER, BACKORDERED = "on_hand", "reserved", "on_order", "backordered"
BUCKETS = (ON_HAND, RESERVED, ON_ORDER, BACKORDERED)
# On-order moves a supplier's confirmation makes; their net per PO is what confirmations took off it.
CONFIRMATION_KINDS = ("supplier_short", "supplier_restored")


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class StockMove:
    """One signed change to one bucket, with the reason it happened."""

    sku: str
    bucket: str
    quantity: float
    kind: str  # "initial", "adjustment", "reservation", "release", "shipment", "po_approved", "receipt",
    # "supplier_short" / "supplier_restored" (a supplier's confirmation changed what a PO brings)
    ref: str = ""
    at: datetime = field(default_factory=_now)
    id: int | None = None


@dataclass
class StockPosition:
    """On hand, reserved, on order, and promised but not yet reservable (backordered) for one SKU."""

    on_hand: float = 0.0
    reserved: float = 0.0
    on_order: float = 0.0
    backordered: float = 0.0

    @property
    def available(self) -> float:
        """What can still be promised from the shelf."""
        return self.on_hand - self.reserved

    @property
    def projected(self) -> float:
        """The inventory position: available plus on order, less what customers still wait for."""
        return self.available + self.on_order - self.backordered


class StockItem:
    """Aggregate for one SKU: all its moves, versioned for optimistic locking."""

    def __init__(self, sku: str, opening: StockPosition | None = None, version: int = 0,
                 orders: list[StockMove] | None = None):
        self.sku = sku
        self.opening = opening or StockPosition()  # ledger totals when loaded
        # The on-order ledger per PO (moves summed per PO and kind): a new SKU (no opening) has none yet;
        # a loaded one knows it only when loaded with it (None: not asked for).
        self.orders = [] if opening is None and orders is None else orders
        self.moves: list[StockMove] = []  # moves made since loading, still to be stored
        self.version = version
        self.events: list[events.Event] = []

    @property
    def position(self) -> StockPosition:
        """Opening totals plus the moves made since."""
        totals = {b: getattr(self.opening, b) for b in BUCKETS}
        for move in self.moves:
            totals[move.bucket] += move.quantity
        return StockPosition(**totals)

    def _move(self, bucket: str, qty: float, kind: str, ref: str) -> None:
        self.moves.append(StockMove(self.sku, bucket, qty, kind, ref))
        self.version += 1

    def set_on_hand(self, qty: float, ref: str = "import") -> None:
        """Adjust on hand to an absolute count (stock take / import)."""
        delta = qty - self.position.on_hand
        if delta:
            self._move(ON_HAND, delta, "adjustment", ref)

    def reserve(self, qty: float, order_id: int, due_date=None) -> float:
        """Reserve what is available for an order; the rest is a shortage. Returns the reserved qty."""
        if qty <= 0:
            raise ValueError("quantity to reserve must be positive")
        take = max(0.0, min(qty, self.position.available))
        if take:
            self._move(RESERVED, take, "reservation", f"order:{order_id}")
            self.events.append(events.StockReserved(self.sku, take, order_id))
        if qty - take > 0:
            # The unserved rest is still owed to the customer: it stays in the position as a backorder.
            self._move(BACKORDERED, qty - take, "backorder", f"order:{order_id}")
            self.events.append(events.ShortageDetected(self.sku, qty - take, order_id, due_date))
        return take

    def release(self, qty: float, order_id: int) -> None:
        """Give back a reservation (order cancelled or changed)."""
        self._move(RESERVED, -qty, "release", f"order:{order_id}")

    def serve_backorder(self, qty: float, order_id: int) -> None:
        """A backorder no longer waits for this SKU (served by a substitute, or cancelled)."""
        self._move(BACKORDERED, -min(qty, self.position.backordered), "backorder_released", f"order:{order_id}")

    def expect(self, qty: float, po_id: int) -> None:
        """An approved PO puts goods on order."""
        self._move(ON_ORDER, qty, "po_approved", f"po:{po_id}")

    def on_order_for(self, po_id: int, kinds: tuple[str, ...] | None = None) -> float:
        """What this PO still brings per the ledger (only moves of `kinds` when given)."""
        if self.orders is None:
            # why: per-PO answers from totals alone would take other POs' goods
            raise LookupError(f"{self.sku}: the on-order ledger per PO was not loaded")
        ref = f"po:{po_id}"
        return sum(m.quantity for m in [*self.orders, *self.moves]
                   if m.bucket == ON_ORDER and m.ref == ref and (kinds is None or m.kind in kinds))

    def expect_confirmed(self, qty: float, po_id: int) -> float:
        """A supplier confirmed `qty` of what this PO still brings: on order follows it. Returns the change."""
        if qty < 0:
            raise ValueError("confirmed quantity must not be negative")
        change = qty - self.on_order_for(po_id)
        if change > 0:
            # A later, larger confirmation gives back only what earlier ones took off, never more than ordered.
            change = min(change, -self.on_order_for(po_id, CONFIRMATION_KINDS))
        else:
            change = max(change, -max(self.position.on_order, 0.0))
        if change:
            self._move(ON_ORDER, change, "supplier_short" if change < 0 else "supplier_restored", f"po:{po_id}")
            self.events.append(events.OnOrderConfirmed(self.sku, po_id, change, self.on_order_for(po_id)))
        return change

    def receive(self, qty: float, po_id: int) -> float:
        """Goods arrive: this PO's on order becomes on hand, and waiting backorders are reserved first."""
        due = min(self.on_order_for(po_id), self.position.on_order)  # never another PO's goods
        self._move(ON_ORDER, -min(qty, max(due, 0.0)), "receipt", f"po:{po_id}")
        self._move(ON_HAND, qty, "receipt", f"po:{po_id}")
        served = min(self.position.backordered, self.position.available)
        if served > 0:
            self._move(BACKORDERED, -served, "backorder_served", f"po:{po_id}")
            self._move(RESERVED, served, "reservation", f"po:{po_id}")
        self.events.append(events.GoodsReceived(po_id, self.sku, qty))
        return served
