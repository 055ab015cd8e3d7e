"""The planner in the loop: inputs built from the database, a full plan, and replans of touched SKUs."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from sqlmodel import func, select

from core.adapters import orm
from core.adapters.tables_supplier import LinePromiseRow
from core.adapters.tables_prices import PriceChangeRow
from core.domain import events
from core.domain.stock import StockPosition
from core.planning import Offers, PlanInputs, PlanResult, lead_time_stats, plan_skus, replan_rows, suggest_order
from core.service.messagebus import reaction

HISTORY_DAYS = 365


@dataclass
class Decision:
    """What the planner says for one SKU right now."""

    sku: str
    quantity: float
    supplier_id: str | None
    explanation: dict
    text: str


class PlannerState:
    """The last full plan, kept in memory; new demand replans only the rows it touches."""

    def __init__(self):
        self._lock = threading.Lock()
        self.inputs: PlanInputs | None = None
        self.result: PlanResult | None = None
        self.rows: dict[str, int] = {}
        self.suppliers: list[str] = []
        self.prices: dict[tuple[str, str], list[float]] = {}  # (sku, supplier) -> base prices, oldest first

    def full(self, uow) -> None:
        """Rebuild the inputs from the database and plan every SKU."""
        inputs, suppliers = build_inputs(uow)
        result = plan_skus(inputs) if inputs.sku.size else None
        prices = price_histories(uow)
        with self._lock:
            self.inputs, self.result, self.suppliers, self.prices = inputs, result, suppliers, prices
            self.rows = {sku: i for i, sku in enumerate(inputs.sku.tolist())}

    def invalidate(self) -> None:
        """Inputs changed beyond stock positions (imports, prices, measured lead times): refit next time."""
        with self._lock:
            self.result = None

    def decide(self, uow, skus: list[str], offers: bool = False) -> dict[str, Decision]:
        """Refresh the touched rows' stock positions (and offers, after a price change), replan them, explain each."""
        if self.result is None:
            self.full(uow)
        elif offers and not _known_suppliers(uow, skus, self.suppliers):
            self.full(uow)  # a new supplier column: the offer arrays change shape
            offers = False
        rows = [self.rows[s] for s in skus if s in self.rows]
        if not rows or self.result is None:
            return {}
        with self._lock:
            _refresh_positions(uow, self.inputs, rows, skus_by_row={self.rows[s]: s for s in skus if s in self.rows})
            if offers:
                _refresh_offers(uow, self.inputs, {s: self.rows[s] for s in skus if s in self.rows})
            self.prices.update(price_histories(uow, skus))
            replan_rows(self.inputs, self.result, rows)
            return {str(self.inputs.sku[r]): self._decision(r) for r in rows}

    def decide_all(self, uow) -> list[Decision]:
        """Every SKU's decision from a fresh full plan."""
        self.full(uow)
        if self.result is None:
            return []
        return [self._decision(r) for r in range(self.inputs.sku.size)]

    def _decision(self, row: int) -> Decision:
        k = int(self.result.supplier[row])
        supplier = self.suppliers[k] if 0 <= k < len(self.suppliers) else None
        history = self.prices.get((str(self.inputs.sku[row]), supplier))
        exp = suggest_order(self.inputs, self.result, row, history)
        return Decision(exp.sku, float(self.result.order_qty[row]), supplier, exp.to_dict(), exp.to_text())


def _history(uow, skus: list[str]) -> tuple[np.ndarray, date | None]:
    """(n, T) daily demand matrix for the last HISTORY_DAYS ending at the newest sale."""
    n = len(skus)
    end = uow.session.exec(select(func.max(orm.SalesHistoryRow.day))).one()
    if end is None:
        return np.zeros((n, 28)), None
    end = end if isinstance(end, date) else date.fromisoformat(str(end))
    start = end - timedelta(days=HISTORY_DAYS - 1)
    stmt = (select(orm.SalesHistoryRow.sku, orm.SalesHistoryRow.day, func.sum(orm.SalesHistoryRow.quantity))
            .where(orm.SalesHistoryRow.day >= start).group_by(orm.SalesHistoryRow.sku, orm.SalesHistoryRow.day))
    index = {s: i for i, s in enumerate(skus)}
    rows, cols, qty = [], [], []
    for sku, day, total in uow.session.exec(stmt):
        if sku in index and total > 0:
            day = day if isinstance(day, date) else date.fromisoformat(str(day))
            rows.append(index[sku])
            cols.append((day - start).days)
            qty.append(float(total))
    matrix = np.zeros((n, HISTORY_DAYS))
    np.add.at(matrix, (np.array(rows, dtype=int), np.array(cols, dtype=int)), np.array(qty))
    return matrix, end


def _measured_lead_times(uow) -> dict[str, list[float]]:
    """Days from PO approval to receipt, per supplier, from Tandem's own stock ledger.

    A PO not received yet counts with its supplier's confirmed date: a confirmed delay is lateness
    the plan must see now, not when the goods finally come.
    """
    approved, received = {}, {}
    stmt = select(orm.StockMoveRow).where(orm.StockMoveRow.kind.in_(("po_approved", "receipt")),
                                          orm.StockMoveRow.bucket.in_(("on_order", "on_hand")))
    for move in uow.session.exec(stmt):
        target = approved if move.kind == "po_approved" else received
        target.setdefault(move.ref, move.at)
    promised = {f"po:{p.po_id}": p.promised_date for p in uow.session.exec(
        select(LinePromiseRow).order_by(LinePromiseRow.id))}
    # One query for every PO's supplier: a get per PO made a refresh cost a statement per PO ever approved.
    pos = select(orm.PurchaseOrderRow.id, orm.PurchaseOrderRow.supplier_id)
    owner = {f"po:{po_id}": supplier for po_id, supplier in uow.session.exec(pos)}
    samples: dict[str, list[float]] = {}
    for ref, start in approved.items():
        if ref in received:
            days = (received[ref] - start).total_seconds() / 86400
        elif ref in promised:
            days = float((promised[ref] - start.date()).days)
        else:
            continue
        if ref in owner:
            samples.setdefault(owner[ref], []).append(days)
    return samples


def build_inputs(uow) -> tuple[PlanInputs, list[str]]:
    """PlanInputs for every product: history, positions, and the offers of every supplier."""
    products = uow.catalog.list_products()
    skus = [p.sku for p in products]
    demand, _ = _history(uow, skus)
    suppliers = sorted(r.id for r in uow.session.exec(select(orm.SupplierRow)))
    offers = _offers(uow, skus, suppliers)
    inputs = PlanInputs(sku=np.array(skus, dtype=object), demand=demand,
                        unit_cost=np.nanmin(np.where(offers.valid, offers.landed_cost, np.nan), axis=1,
                                            initial=np.inf) if skus else np.zeros(0),
                        on_hand=np.zeros(len(skus)), reserved=np.zeros(len(skus)), on_order=np.zeros(len(skus)),
                        lt_mean=np.full(len(skus), 7.0), lt_sd=np.zeros(len(skus)), offers=offers)
    inputs.unit_cost = np.where(np.isfinite(inputs.unit_cost), inputs.unit_cost, 1.0)
    _load_all_positions(uow, inputs, skus)
    return inputs, suppliers


OFFER_ARRAYS = ("landed_cost", "lt_mean", "lt_sd", "on_time", "quality", "moq", "pack")


def _offers(uow, skus: list[str], suppliers: list[str]) -> Offers:
    """(n x S) offer arrays; lead times from measured receipts where there are any."""
    n, s = len(skus), len(suppliers)
    shape = (n, max(s, 1))
    offers = Offers(**{k: np.zeros(shape) for k in OFFER_ARRAYS}, valid=np.zeros(shape, dtype=bool), names=suppliers)
    _fill_offers(uow, offers, {sku: i for i, sku in enumerate(skus)}, select(orm.OfferRow))
    return offers


def _fill_offers(uow, offers: Offers, row: dict[str, int], stmt) -> None:
    """Write each offer `stmt` yields into its (row, supplier) cell."""
    col = {sid: j for j, sid in enumerate(offers.names)}
    measured = _measured_lead_times(uow)
    info = {r.id: r for r in uow.session.exec(select(orm.SupplierRow))}
    for offer in uow.session.exec(stmt):
        if offer.sku not in row or offer.supplier_id not in col:
            continue
        i, j = row[offer.sku], col[offer.supplier_id]
        sup = info[offer.supplier_id]
        promised = offer.lead_time_days or sup.lead_time_days
        stats = lead_time_stats([np.array(measured.get(offer.supplier_id, []))], [promised],
                                default_mean=promised, default_sd=promised * (1 - sup.on_time_rate))
        breaks = sorted(offer.price_breaks)
        offers.landed_cost[i, j] = float(breaks[0][1])
        offers.lt_mean[i, j], offers.lt_sd[i, j] = stats.mean[0], stats.sd[0]
        offers.on_time[i, j] = stats.on_time[0] if stats.count[0] else sup.on_time_rate
        offers.quality[i, j], offers.moq[i, j], offers.pack[i, j] = 1.0, offer.moq, offer.pack_size
        offers.valid[i, j] = True


def _refresh_offers(uow, inputs: PlanInputs, rows: dict[str, int]) -> None:
    """Reload the touched rows' offers (a price changed) without refitting the other rows."""
    o = inputs.offers
    idx = list(rows.values())
    for name in OFFER_ARRAYS:
        getattr(o, name)[idx] = 0.0
    o.valid[idx] = False
    _fill_offers(uow, o, rows, select(orm.OfferRow).where(orm.OfferRow.sku.in_(list(rows))))
    cost = np.nanmin(np.where(o.valid[idx], o.landed_cost[idx], np.nan), axis=1, initial=np.inf)
    inputs.unit_cost[idx] = np.where(np.isfinite(cost), cost, inputs.unit_cost[idx])


def _known_suppliers(uow, skus: list[str], suppliers: list[str]) -> bool:
    """Whether every offer of these SKUs is from a supplier the planner already has a column for."""
    stmt = select(orm.OfferRow.supplier_id).where(orm.OfferRow.sku.in_(skus))
    return set(uow.session.exec(stmt)) <= set(suppliers)


def price_histories(uow, skus: list[str] | None = None) -> dict[tuple[str, str], list[float]]:
    """Base price history per (sku, supplier), oldest first, for the given SKUs (all when None)."""
    stmt = select(PriceChangeRow.sku, PriceChangeRow.supplier_id, PriceChangeRow.unit_price).where(PriceChangeRow.applied)
    if skus is not None:
        stmt = stmt.where(PriceChangeRow.sku.in_(skus))
    out: dict[tuple[str, str], list[float]] = {}
    for sku, supplier, price in uow.session.exec(stmt.order_by(PriceChangeRow.valid_from, PriceChangeRow.id)):
        out.setdefault((sku, supplier), []).append(float(price))
    return out


def _load_all_positions(uow, inputs: PlanInputs, skus: list[str]) -> None:
    """Every row's position in two queries (a full replan must not pay a round trip per SKU)."""
    positions, pending = uow.stock.positions(), uow.purchase_orders.pending_quantities()
    empty = StockPosition()
    for r, sku in enumerate(skus):
        pos = positions.get(sku, empty)
        inputs.on_hand[r] = pos.on_hand
        inputs.reserved[r] = pos.reserved + pos.backordered
        inputs.on_order[r] = pos.on_order + pending.get(sku, 0.0)


def _refresh_positions(uow, inputs: PlanInputs, rows, skus_by_row: dict[int, str]) -> None:
    """The touched rows' positions; backorders count as reserved, drafted POs as on order."""
    for r in rows:
        sku = skus_by_row[r]
        pos = uow.stock.get(sku).position
        inputs.on_hand[r] = pos.on_hand
        inputs.reserved[r] = pos.reserved + pos.backordered
        inputs.on_order[r] = pos.on_order + uow.purchase_orders.pending_quantity(sku)


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """The planner state is shared by every bus of this process; receipts refit it (lead times moved)."""
    planner = deps.extra.setdefault("planner", PlannerState())
    event_handlers.setdefault(events.GoodsReceived, []).append(
        reaction(planner.invalidate, lambda e: planner.invalidate()))
