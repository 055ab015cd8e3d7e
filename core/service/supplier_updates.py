"""Suppliers' confirmations and delays: stored, checked against the plan, replanned, pushed to the people affected."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy.exc import IntegrityError
from sqlmodel import select, update
from tenacity import retry

from core.adapters import orm
from core.adapters.tables_supplier import LinePromiseRow, SupplierConfirmationRow
from core.domain import events
from core.domain.purchasing import PurchasingError
from core.domain.supplier import (ConfirmSupplierDelivery, RecoverSupplierConfirmations, SupplierConfirmed,
                                  SupplierDelayed, confirmation_events, open_quantities, promises)
from core.service import buttons
from core.service.journal import actor_name, audit, raise_alert, tell
from core.service.messagebus import RACE_RETRY, reaction
from core.service.po_dates import expected_date
from core.service.purchasing import replan

# Late-supplier buttons: the shortage alert's actions (core/service/alerts.py) act on these alerts too.
WITH_ORDER = ("expedite", "other_supplier", "split_delivery", "accept_delay")
WITHOUT_ORDER = ("expedite", "other_supplier")


def confirm_delivery(cmd: ConfirmSupplierDelivery, uow) -> dict:
    """Keep the confirmation first (once per key), then check it against the PO and the plan."""
    stored = _store(cmd, uow)
    if stored["status"] != "received":
        return stored
    # A resend of one a crash left `received` completes it; it is still reported as the duplicate it is.
    return {**_process(stored["confirmation_id"], uow), "duplicate": stored["duplicate"]}


def recover_confirmations(cmd: RecoverSupplierConfirmations, uow) -> dict:
    """Process what a crash or restart left `received`, oldest first."""
    with uow:
        ids = uow.session.exec(select(SupplierConfirmationRow.id).where(SupplierConfirmationRow.status == "received")
                               .order_by(SupplierConfirmationRow.id).limit(cmd.limit)).all()
    return {"recovered": len(ids), "confirmations": [_process(i, uow) for i in ids]}


def _store(cmd: ConfirmSupplierDelivery, uow) -> dict:
    with uow:
        if cmd.key and (existing := _by_key(uow, cmd.key)) is not None:
            return _summary(existing, duplicate=True)
        row = SupplierConfirmationRow(key=cmd.key, po_id=cmd.po_id, promised_date=cmd.promised_date,
                                      lines=[dict(l) for l in cmd.lines], source=cmd.source, note=cmd.note,
                                      user_id=cmd.user_id)
        uow.session.add(row)
        try:
            uow.session.flush()
        except IntegrityError:  # the same key arrived twice at once; the other one stored it first
            uow.rollback()
            return _summary(_by_key(uow, cmd.key), duplicate=True)
        audit(uow, _actor(uow, row), "supplier.confirmation_received", "supplier_confirmation", row.id,
              po_id=cmd.po_id, promised_date=cmd.promised_date, lines=row.lines, note=cmd.note, key=cmd.key)
        uow.commit()
        return _summary(row)


# why: processing now moves stock, so it can lose a write race to a reservation; retried alone, the command
# is not re-run and no second copy of the confirmation is stored
@retry(**RACE_RETRY)
def _process(confirmation_id: int, uow) -> dict:
    """Turn the stored confirmation into line promises and events, or reject it with the reason."""
    with uow:
        # Claimed inside the transaction that processes it: two processes never both act on one confirmation,
        # and a crash rolls the claim back to `received`.
        claimed = uow.session.exec(update(SupplierConfirmationRow).where(
            SupplierConfirmationRow.id == confirmation_id, SupplierConfirmationRow.status == "received")
            .values(status="processing")).rowcount
        row = uow.session.get(SupplierConfirmationRow, confirmation_id)
        if not claimed:
            return _summary(row, duplicate=True)
        po = uow.purchase_orders.get(row.po_id)
        try:
            if po is None:
                raise PurchasingError(f"no PO {row.po_id}")
            po_row = uow.session.get(orm.PurchaseOrderRow, po.id)
            expected = {sku: expected_date(uow, po_row, sku) for sku in open_quantities(po)}
            waiting = waiting_orders(uow, list(expected))
            needed = {}
            for order, line in waiting:
                if order.due_date is not None:
                    needed[line.sku] = min(needed.get(line.sku, order.due_date), order.due_date)
            made = promises(po, row.promised_date, row.lines, expected, needed)
        except PurchasingError as exc:
            return _finish(uow, row, "rejected", error=str(exc))
        found = confirmation_events(po, made)
        for p in made:
            uow.session.add(LinePromiseRow(confirmation_id=row.id, po_id=po.id, sku=p.sku, promised_date=p.promised,
                                           quantity=p.quantity, expected_date=p.expected, days_late=p.days_late,
                                           short=p.short))
        moved = _follow_on_order(uow, row, po.id, made)
        late = [e for e in found if isinstance(e, SupplierDelayed)]
        result = {"po_id": po.id, "supplier_id": po.supplier_id, "late": bool(late),
                  "lines": [{"sku": p.sku, "expected": p.expected.isoformat(), "promised": p.promised.isoformat(),
                             "quantity": p.quantity, "short": p.short, "days_late": p.days_late, "late": p.late,
                             "on_order_change": moved.get(p.sku, 0.0)} for p in made]}
        audit(uow, _actor(uow, row), "supplier.delayed" if late else "supplier.confirmed", "purchase_order", po.id,
              confirmation_id=row.id, **result)
        for event in found:
            uow.publish(event)
        return _finish(uow, row, "processed", result=result)


def _follow_on_order(uow, row, po_id: int, made) -> dict[str, float]:
    """On order follows the confirmed quantities (a short part stops counting at once); each change audited."""
    moved = {}
    for p in made:
        item = uow.stock.get(p.sku, orders=True)
        change = item.expect_confirmed(p.quantity, po_id)
        if change:
            moved[p.sku] = change
            audit(uow, _actor(uow, row), "stock.on_order_cut" if change < 0 else "stock.on_order_restored",
                  "purchase_order", po_id, sku=p.sku, change=change, confirmed=p.quantity,
                  on_order=item.on_order_for(po_id), confirmation_id=row.id)
    return moved


def _finish(uow, row, status: str, error: str = "", result: dict | None = None) -> dict:
    row.status, row.error, row.result = status, error, result or {}
    row.processed_at = datetime.now(timezone.utc)
    uow.session.add(row)
    if error:
        audit(uow, _actor(uow, row), "supplier.confirmation_rejected", "supplier_confirmation", row.id, error=error)
    uow.commit()
    return _summary(row)


def _by_key(uow, key: str):
    return uow.session.exec(select(SupplierConfirmationRow).where(SupplierConfirmationRow.key == key)).first()


def _actor(uow, row) -> str:
    user = uow.users.get(row.user_id) if row.user_id else None
    return actor_name(user) if user else f"supplier:{row.source or 'unknown'}"


def _summary(row, duplicate: bool = False) -> dict:
    return {"confirmation_id": row.id, "po_id": row.po_id, "status": row.status, "error": row.error,
            "duplicate": duplicate, **row.result}


def waiting_orders(uow, skus: list[str]) -> list[tuple]:
    """(order, line) rows of open customer orders still waiting (backordered) for these SKUs."""
    if not skus:
        return []
    stmt = (select(orm.SalesOrderRow, orm.OrderLineRow)
            .join(orm.OrderLineRow, orm.OrderLineRow.order_id == orm.SalesOrderRow.id)
            .where(orm.OrderLineRow.sku.in_(skus), orm.OrderLineRow.short > 0, orm.SalesOrderRow.status == "open"))
    return list(uow.session.exec(stmt.order_by(orm.SalesOrderRow.id)))


def replan_confirmed(event: SupplierConfirmed, uow, planner) -> None:
    """The supplier's date moved the lead-time stats: reload these SKUs' offers and replan only them."""
    replan(events.SalesOrderRecorded(None, list(event.skus)), uow, planner, offers=True)


def alert_late(event: SupplierDelayed, uow) -> None:
    """Tell buyers and each affected order's salesperson, with expedite / other supplier / split / accept delay."""
    with uow:
        supplier = uow.catalog.get_supplier(event.supplier_id)
        buyers = [u for u in uow.users.list() if u.role == "buyer" and u.active]
        affected = [(o, l) for o, l in waiting_orders(uow, event.skus)
                    if o.due_date is None or o.due_date < event.new_date or l.sku in event.short]
        for sku in event.skus:
            pairs = [(o, l) for o, l in affected if l.sku == sku] or [(None, None)]
            for order, line in pairs:
                _one_alert(uow, event, sku, supplier, order, line, buyers)
        uow.commit()


def _one_alert(uow, event: SupplierDelayed, sku: str, supplier, order, line, buyers) -> None:
    product = uow.catalog.get_product(sku)
    name = supplier.name if supplier else event.supplier_id
    quantity = line.short if line is not None else event.short.get(sku, 0.0)
    text = f"{name} delays PO {event.po_id} ({sku}) to {event.new_date.isoformat()}"
    alert = raise_alert(uow, "supplier_late", text + (f"; order {order.id} waits" if order else ""), sku,
                        po_id=event.po_id, supplier=event.supplier_id, order_id=order.id if order else None,
                        quantity=quantity, old_date=event.old_date, new_date=event.new_date,
                        days_late=event.days_late, short=event.short.get(sku, 0.0))
    people = list(buyers)
    if order is not None and order.requested_by and all(u.id != order.requested_by for u in people):
        owner = uow.users.get(order.requested_by)
        people += [owner] if owner is not None and owner.active else []
    customer = uow.catalog.get_customer(order.customer_id) if order is not None and order.customer_id else None
    for user in people:
        actions = WITH_ORDER if order is not None else WITHOUT_ORDER
        rows = [[a, buttons.issue(uow, a, "alert", alert.id, user.id)] for a in actions]
        tell(uow, user.id, "supplier_late", sku=sku, name=product.name if product else sku, po_id=event.po_id,
             supplier=name, old_date=event.old_date, new_date=event.new_date, days_late=event.days_late,
             short=event.short.get(sku, 0.0), order_id=order.id if order else None, quantity=quantity,
             customer=customer.name if customer else (order.customer_id if order else None),
             due_date=order.due_date if order else None, actions=[rows[:2], rows[2:]] if rows[2:] else [rows])


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Confirmations in; on a confirmation replan its SKUs, on a delay alert the people."""
    planner = deps.extra.get("planner")
    command_handlers[ConfirmSupplierDelivery] = lambda c: confirm_delivery(c, uow)
    command_handlers[RecoverSupplierConfirmations] = lambda c: recover_confirmations(c, uow)
    event_handlers.setdefault(SupplierConfirmed, []).append(
        reaction(replan_confirmed, lambda e: replan_confirmed(e, uow, planner)))
    event_handlers.setdefault(SupplierDelayed, []).append(reaction(alert_late, lambda e: alert_late(e, uow)))
