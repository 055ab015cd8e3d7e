"""When a PO's goods are expected: the supplier's newest promise, else order date plus lead time."""
from __future__ import annotations

from datetime import date

from sqlmodel import func, select

from core.adapters import orm
from core.adapters.tables_supplier import LinePromiseRow
from core.domain.supplier import expected_arrival

DEFAULT_LEAD_DAYS = 14


def ordered_on(uow, po_id: int, created_at, sku: str) -> date:
    """The day the PO was approved (goods went on order), or its creation day before that."""
    # by SKU first: the move ledger is indexed on it (approval moves are written per SKU of the PO)
    stmt = select(func.min(orm.StockMoveRow.at)).where(orm.StockMoveRow.sku == sku,
                                                       orm.StockMoveRow.kind == "po_approved",
                                                       orm.StockMoveRow.ref == f"po:{po_id}")
    approved = uow.session.exec(stmt).one()
    return (approved or created_at).date()


def lead_days(uow, supplier_id: str, sku: str) -> float:
    """The offer's lead time, else the supplier's, else two weeks."""
    offer = next((o for o in uow.catalog.offers_for(sku) if o.supplier_id == supplier_id), None)
    if offer and offer.lead_time_days:
        return offer.lead_time_days
    supplier = uow.catalog.get_supplier(supplier_id)
    return supplier.lead_time_days if supplier and supplier.lead_time_days else DEFAULT_LEAD_DAYS


def latest_promise(uow, po_id: int, sku: str) -> LinePromiseRow | None:
    """The promise in force for one PO line (the newest)."""
    stmt = select(LinePromiseRow).where(LinePromiseRow.po_id == po_id, LinePromiseRow.sku == sku)
    return uow.session.exec(stmt.order_by(LinePromiseRow.id.desc())).first()


def latest_promises(uow, po_ids) -> dict[tuple[int, str], LinePromiseRow]:
    """The promise in force per (PO, SKU) for these POs, in one query."""
    stmt = select(LinePromiseRow).where(LinePromiseRow.po_id.in_(list(po_ids))).order_by(LinePromiseRow.id)
    return {(p.po_id, p.sku): p for p in uow.session.exec(stmt)} if po_ids else {}


def expected_date(uow, po_row, sku: str, promises: dict | None = None) -> date:
    """When the plan expects this PO line: confirmed date if any, else order date plus lead time.
    `promises` (from latest_promises) saves the lookup when many lines are dated at once."""
    promise = latest_promise(uow, po_row.id, sku) if promises is None else promises.get((po_row.id, sku))
    if promise is not None:
        return promise.promised_date
    start = ordered_on(uow, po_row.id, po_row.created_at, sku)
    return expected_arrival(start, lead_days(uow, po_row.supplier_id, sku))
