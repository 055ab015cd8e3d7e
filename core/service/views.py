"""Read models: what the edges show people (no domain rules, plain dicts, straight from the tables)."""
from __future__ import annotations

from sqlmodel import func, select

from core.adapters import orm
from core.service.order_views import order_view, user_buttons


def message_report(uow, message_id: int, user_id: int | None = None) -> dict:
    """Everything one inbound message led to: demand, reservations, shortages, suggestions, POs, approvals."""
    with uow:
        msg = uow.messages.get(message_id)
        if msg is None:
            return {"error": f"no message {message_id}"}
        report = {"message_id": msg.id, "status": msg.status, "error": msg.error or None, "source": msg.source,
                  "demand": msg.result or None, "order": None, "shortages": [], "suggestions": [],
                  "purchase_orders": [], "buttons": user_buttons(uow, user_id, "inbound_message", msg.id)}
        order = uow.orders.by_source_key(f"msg:{msg.id}")
        if order is None:
            return report
        report["order"] = order_view(uow, order.id)
        report["shortages"] = [{"sku": l.sku, "quantity": l.short} for l in order.lines if l.short > 0]
        rows = uow.session.exec(select(orm.SuggestionRow).where(orm.SuggestionRow.order_id == order.id))
        report["suggestions"] = [_suggestion(r) for r in rows]
        po_ids = sorted({s["po_id"] for s in report["suggestions"] if s["po_id"]})
        report["purchase_orders"] = [dict(po_summary(uow, po_id),
                                          buttons=user_buttons(uow, user_id, "purchase_order", po_id))
                                     for po_id in po_ids]
        return report


def _suggestion(row: orm.SuggestionRow) -> dict:
    return {"id": row.id, "sku": row.sku, "quantity": row.quantity, "supplier_id": row.supplier_id,
            "unit_price": row.unit_price, "need": row.need, "reason": row.reason, "po_id": row.po_id}


def po_summary(uow, po_id: int) -> dict:
    """A PO with its lines and the state of its approvals (call inside an open unit of work)."""
    po = uow.purchase_orders.get(po_id)
    supplier = uow.catalog.get_supplier(po.supplier_id)
    approvals = uow.session.exec(select(orm.ApprovalRow).where(orm.ApprovalRow.po_id == po_id))
    return {"id": po.id, "supplier_id": po.supplier_id, "supplier": supplier.name if supplier else po.supplier_id,
            "status": po.status, "total": po.total,
            "decided_by": _name(uow, po.decided_by), "requested_by": _name(uow, po.requested_by),
            "lines": [{"sku": l.sku, "quantity": l.quantity, "unit_price": l.unit_price} for l in po.lines],
            "approvals": [{"approver": _name(uow, a.approver_id), "status": a.status} for a in approvals]}


def _name(uow, user_id: int | None) -> str | None:
    user = uow.users.get(user_id)
    return user.name if user else None


def pending_outbox(uow, limit: int = 50) -> list[dict]:
    """Messages waiting to be sent, oldest first, with the recipient's chat."""
    with uow:
        stmt = (select(orm.OutboxRow, orm.UserRow).join(orm.UserRow, orm.UserRow.id == orm.OutboxRow.user_id)
                .where(orm.OutboxRow.status == "pending").order_by(orm.OutboxRow.id).limit(limit))
        return [{"id": o.id, "kind": o.kind, "payload": o.payload, "chat_id": u.telegram_id, "user": u.name,
                 "language": u.language} for o, u in uow.session.exec(stmt)]


def counts(uow) -> dict:
    """Row counts for the status page and the demo's summary."""
    tables = {"messages": orm.InboundMessageRow, "orders": orm.SalesOrderRow, "suggestions": orm.SuggestionRow,
              "purchase_orders": orm.PurchaseOrderRow, "alerts": orm.AlertRow, "audit": orm.AuditRow}
    with uow:
        return {name: uow.session.exec(select(func.count()).select_from(t)).one() for name, t in tables.items()}


def recent_messages(uow, limit: int = 20) -> list[dict]:
    """Latest inbound messages for the web page."""
    with uow:
        stmt = select(orm.InboundMessageRow).order_by(orm.InboundMessageRow.id.desc()).limit(limit)
        return [{"id": m.id, "source": m.source, "status": m.status, "error": m.error,
                 "subject": (m.result or {}).get("subject") or m.filename, "at": m.received_at.isoformat()}
                for m in uow.session.exec(stmt)]
