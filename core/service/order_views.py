"""Read models of sales orders for salespeople: what we can promise per line, and the buttons to settle it."""
from __future__ import annotations

from datetime import date

from sqlmodel import select

from core.adapters import orm
from core.service.po_dates import expected_date

OPEN_PO = ("draft", "pending_approval", "approved")


def order_view(uow, order_id: int) -> dict | None:
    """An order with, per line, the promise (reserved / partial with a date / short with alternatives)."""
    order = uow.orders.get(order_id)
    if order is None:
        return None
    customer = uow.catalog.get_customer(order.customer_id) if order.customer_id else None
    return {"id": order.id, "status": order.status, "customer_id": order.customer_id,
            "customer": customer.name if customer else order.customer_id,
            "due_date": order.due_date.isoformat() if order.due_date else None,
            "lines": [dict(_line(l), promise=_promise(uow, l)) for l in order.lines],
            "buttons": order_buttons(uow, order)}


def _line(line) -> dict:
    return {"id": line.id, "sku": line.sku, "quantity": line.quantity, "reserved": line.reserved,
            "short": line.short, "mention": line.mention}


def _promise(uow, line) -> dict:
    """What a salesperson can tell the customer about one line."""
    if not line.plannable or line.reserved + line.short == 0:
        return {"kind": "check"}
    if line.short <= 0:
        return {"kind": "reserved"}
    eta = arrival_date(uow, line.sku)
    alternatives = _substitutes(uow, line.sku, line.short)
    kind = "partial" if line.reserved > 0 else "short"
    return {"kind": kind, "eta": eta.isoformat() if eta else None, "alternatives": alternatives}


def arrival_date(uow, sku: str) -> date | None:
    """Earliest expected arrival of `sku` on an open PO: the supplier's confirmed date, else PO date plus lead time."""
    stmt = (select(orm.PurchaseOrderRow).join(orm.POLineRow, orm.POLineRow.po_id == orm.PurchaseOrderRow.id)
            .where(orm.POLineRow.sku == sku, orm.PurchaseOrderRow.status.in_(OPEN_PO)))
    dates = [expected_date(uow, po, sku) for po in uow.session.exec(stmt)]
    return min(dates) if dates else None


def _substitutes(uow, sku: str, need: float) -> list[dict]:
    """Substitute SKUs with stock available, most available first."""
    product = uow.catalog.get_product(sku)
    subs = []
    for other in (product.substitutes if product else []):
        available = uow.stock.get(other).position.available
        if available > 0:
            name = uow.catalog.get_product(other)
            subs.append({"sku": other, "name": name.name if name else other, "available": available,
                         "covers": available >= need})
    return sorted(subs, key=lambda s: -s["available"])


def order_buttons(uow, order) -> dict:
    """Unused review buttons: per line [label, token] pairs, and the confirm button."""
    ids = [l.id for l in order.lines]
    stmt = select(orm.ActionTokenRow).where(orm.ActionTokenRow.used_at.is_(None), (
        (orm.ActionTokenRow.entity == "order_line") & orm.ActionTokenRow.entity_id.in_(ids)) | (
        (orm.ActionTokenRow.entity == "sales_order") & (orm.ActionTokenRow.entity_id == order.id)))
    lines: dict[int, list] = {}
    confirm = None
    for token in uow.session.exec(stmt.order_by(orm.ActionTokenRow.expires_at)):
        if token.action == "confirm_order":
            confirm = token.token
        elif token.action == "pick_sku":
            product = uow.catalog.get_product(token.data["sku"])
            label = f"{token.data['sku']} · {(product.name if product else '')[:26]}"
            lines.setdefault(token.entity_id, []).append([label, token.token])
        elif token.action == "fix_qty":
            lines.setdefault(token.entity_id, []).append(["✏️ quantity", token.token])
    return {"lines": {str(k): v for k, v in lines.items()}, "confirm": confirm}


def orders_of(uow, user_id: int | None = None, customer_ids: list[str] | None = None, limit: int = 10) -> list[dict]:
    """Recent orders someone brought in, or of some customers: one line each."""
    stmt = select(orm.SalesOrderRow).order_by(orm.SalesOrderRow.id.desc()).limit(limit)
    if user_id is not None:
        stmt = stmt.where(orm.SalesOrderRow.requested_by == user_id)
    if customer_ids is not None:
        stmt = stmt.where(orm.SalesOrderRow.customer_id.in_(customer_ids))
    out = []
    for row in uow.session.exec(stmt):
        lines = list(uow.session.exec(select(orm.OrderLineRow).where(orm.OrderLineRow.order_id == row.id)))
        out.append({"id": row.id, "status": row.status, "customer_id": row.customer_id,
                    "lines": len(lines), "short": sum(1 for l in lines if l.short > 0),
                    "created": row.created_at.date().isoformat()})
    return out


def find_customers(uow, text: str, limit: int = 5) -> list[dict]:
    """Customers whose name, e-mail or id contains the text (case-insensitive)."""
    pattern = f"%{text.strip().lower()}%"
    stmt = select(orm.CustomerRow).where(
        orm.CustomerRow.name.ilike(pattern) | orm.CustomerRow.email.ilike(pattern) | orm.CustomerRow.id.ilike(pattern))
    return [{"id": c.id, "name": c.name, "email": c.email} for c in uow.session.exec(stmt.limit(limit))]


BUTTON_LABELS = {"approve": "✅ Approve", "reject": "❌ Reject", "retry_message": "Retry"}


def user_buttons(uow, user_id: int | None, entity: str, entity_id: int) -> list[list]:
    """Unused buttons of one record that this user may press (the web page shows them as forms)."""
    if user_id is None:
        return []
    stmt = select(orm.ActionTokenRow).where(
        orm.ActionTokenRow.entity == entity, orm.ActionTokenRow.entity_id == entity_id,
        orm.ActionTokenRow.used_at.is_(None),
        (orm.ActionTokenRow.user_id == user_id) | orm.ActionTokenRow.user_id.is_(None))
    return [[BUTTON_LABELS.get(t.action, t.action.replace("_", " ")), t.token, t.action]
            for t in uow.session.exec(stmt) if t.action in BUTTON_LABELS]
