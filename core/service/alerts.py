"""Shortage alerts that act: each button does what it says and records the outcome."""
from __future__ import annotations

from datetime import date

from sqlmodel import select

from core.adapters import orm
from core.domain import events
from core.domain.purchasing import POLine, PurchaseOrder, PurchasingError, choose_offer
from core.service import buttons
from core.service.journal import actor_name, audit, raise_alert, tell
from core.service.order_views import arrival_date
from core.service.messagebus import reaction

# The buttons, in order; the bot labels them in the user's language (bot/notices.py).
ACTIONS = ("use_substitute", "other_supplier", "split_delivery", "expedite", "accept_delay")


def alert_shortage(event: events.ShortageDetected, uow) -> None:
    """Record the shortage and push it to buyers with the actions as buttons."""
    with uow:
        product = uow.catalog.get_product(event.sku)
        subs = [{"sku": s, "available": a} for s in (product.substitutes if product else [])
                if (a := uow.stock.get(s).position.available) >= event.quantity]
        alert = raise_alert(uow, "shortage", f"{event.sku}: short {event.quantity:g}", event.sku,
                            order_id=event.order_id, quantity=event.quantity, substitutes=subs)
        for buyer in (u for u in uow.users.list() if u.role == "buyer" and u.active):
            # Rows of [action, token] (and the SKU for a substitute), not labels: the bot words them.
            rows = [[["use_substitute", buttons.issue(uow, "use_substitute", "alert", alert.id, buyer.id,
                                                      sku=s["sku"]), s["sku"]]] for s in subs[:2]]
            tokens = [[a, buttons.issue(uow, a, "alert", alert.id, buyer.id)] for a in ACTIONS[1:]]
            rows += [tokens[:2], tokens[2:]]
            tell(uow, buyer.id, "shortage", sku=event.sku, name=product.name if product else event.sku,
                 quantity=event.quantity, order_id=event.order_id, due_date=event.due_date, substitutes=subs,
                 buttons=rows)
        uow.commit()


def _context(uow, token):
    """The alert, its order line and the order behind a shortage button."""
    alert = uow.session.get(orm.AlertRow, token.entity_id)
    order = uow.orders.get(alert.data["order_id"]) if alert.data.get("order_id") else None
    line = next((l for l in (order.lines if order else []) if l.sku == alert.sku and l.short > 0), None)
    return alert, order, line


def _resolve(uow, alert, user, outcome: str, **data) -> dict:
    alert.status, alert.data = "resolved", {**alert.data, "outcome": outcome, "by": user.name, **data}
    uow.session.add(alert)
    uow.approvals.use_tokens("alert", alert.id)
    audit(uow, actor_name(user), f"alert.{outcome}", "alert", alert.id, sku=alert.sku, **data)
    uow.commit()
    # The fields let the bot word the outcome in the user's language; the message is the English wording.
    return {**data, "status": outcome, "sku": alert.sku, "message": data.get("message", outcome)}


def use_substitute(uow, token, user, cmd) -> dict:
    """Serve the short quantity from a substitute SKU: reserve it, release the backorder."""
    alert, order, line = _context(uow, token)
    if line is None:
        return _resolve(uow, alert, user, "nothing_to_do", message="The shortage is already covered.")
    sub, qty = token.data["sku"], line.short
    taken = uow.stock.get(sub).reserve(qty, order.id, order.due_date)
    if taken < qty:
        return {"status": "refused", "message": f"{sub} no longer has {qty:g} available."}
    uow.stock.get(line.sku).serve_backorder(qty, order.id)
    line.quantity, line.short = line.reserved, 0.0
    order.lines.append(_new_line(uow, order, sub, qty))
    uow.orders.save_lines(order)
    tell(uow, order.requested_by, "order_substituted", order_id=order.id, sku=alert.sku, substitute=sub, quantity=qty)
    return _resolve(uow, alert, user, "substituted", substitute=sub, quantity=qty,
                    message=f"{qty:g} × {sub} reserved instead of {alert.sku}")


def _new_line(uow, order, sku: str, qty: float):
    from core.domain.orders import OrderLine

    row = orm.OrderLineRow(order_id=order.id, sku=sku, quantity=qty, reserved=qty, mention=f"substitute for {sku}")
    uow.session.add(row)
    uow.session.flush()
    return OrderLine(sku, qty, reserved=qty, mention=row.mention, id=row.id)


def other_supplier(uow, token, user, cmd) -> dict:
    """Buy the short quantity from the best other supplier; take it off the first supplier's unapproved PO."""
    alert, order, line = _context(uow, token)
    need = line.short if line else alert.data.get("quantity", 0)
    current = _open_po(uow, alert.sku)
    avoid = {current.supplier_id if current else None, alert.data.get("supplier")}  # a late supplier is no answer
    offers = [o for o in uow.catalog.offers_for(alert.sku) if o.supplier_id not in avoid]
    choice = choose_offer(offers, need)
    if choice is None:
        return {"status": "refused", "message": f"No other supplier offers {alert.sku}."}
    if current is not None:
        try:
            current.reduce_line(alert.sku, need)
        except PurchasingError:
            pass  # already approved: the other order comes on top, as the buyer asked
    po = uow.purchase_orders.open_draft(choice.offer.supplier_id) or uow.purchase_orders.add(
        PurchaseOrder(choice.offer.supplier_id, requested_by=user.id))
    po.add_line(POLine(alert.sku, choice.quantity, choice.unit_price))
    uow.publish(events.PurchaseOrderDrafted(po.id))
    return _resolve(uow, alert, user, "other_supplier", supplier=choice.offer.supplier_id, po_id=po.id,
                    quantity=choice.quantity,
                    message=f"PO {po.id}: {choice.quantity:g} × {alert.sku} from {choice.offer.supplier_id}")


def _open_po(uow, sku: str):
    stmt = (select(orm.PurchaseOrderRow.id).join(orm.POLineRow, orm.POLineRow.po_id == orm.PurchaseOrderRow.id)
            .where(orm.POLineRow.sku == sku, orm.PurchaseOrderRow.status.in_(("draft", "pending_approval"))))
    po_id = uow.session.exec(stmt.order_by(orm.PurchaseOrderRow.id.desc())).first()
    return uow.purchase_orders.get(po_id) if po_id else None


def split_delivery(uow, token, user, cmd) -> dict:
    """Ship what is reserved now, the rest when it arrives; the salesperson is told both dates."""
    alert, order, line = _context(uow, token)
    eta = _eta(uow, alert)
    when = eta.isoformat() if eta else "when the next delivery arrives"
    if order:
        tell(uow, order.requested_by, "order_split", order_id=order.id, sku=alert.sku,
             now=line.reserved if line else 0, later=line.short if line else 0, eta=eta)
    return _resolve(uow, alert, user, "split", eta=eta.isoformat() if eta else None, message=f"Split: rest {when}")


def expedite(uow, token, user, cmd) -> dict:
    """Ask the supplier of the open PO to deliver sooner: the request text goes to the buyer to send."""
    alert, _, _ = _context(uow, token)
    late = uow.purchase_orders.get(alert.data["po_id"]) if alert.data.get("po_id") else None
    po = late or _open_po(uow, alert.sku) or _approved_po(uow, alert.sku)
    if po is None:
        return {"status": "refused", "message": f"No open PO for {alert.sku} to expedite yet."}
    supplier = uow.catalog.get_supplier(po.supplier_id)
    tell(uow, user.id, "expedite_request", to=supplier.email if supplier else po.supplier_id, po_id=po.id,
         sku=alert.sku)
    return _resolve(uow, alert, user, "expedite_requested", po_id=po.id, message=f"Expedite request for PO {po.id}")


def _approved_po(uow, sku: str):
    stmt = (select(orm.PurchaseOrderRow.id).join(orm.POLineRow, orm.POLineRow.po_id == orm.PurchaseOrderRow.id)
            .where(orm.POLineRow.sku == sku, orm.PurchaseOrderRow.status == "approved"))
    po_id = uow.session.exec(stmt.order_by(orm.PurchaseOrderRow.id.desc())).first()
    return uow.purchase_orders.get(po_id) if po_id else None


def accept_delay(uow, token, user, cmd) -> dict:
    """Move the order's due date to the expected arrival and give the salesperson words for the customer."""
    alert, order, line = _context(uow, token)
    eta = _eta(uow, alert)
    if order is None or eta is None:
        return {"status": "refused", "message": "No expected arrival yet: order from a supplier first."}
    head = uow.session.get(orm.SalesOrderRow, order.id)
    old = head.due_date
    head.due_date = max(eta, head.due_date or date.min)
    uow.session.add(head)
    tell(uow, order.requested_by, "order_delayed", order_id=order.id, sku=alert.sku, eta=eta,
         quantity=line.short if line else None)
    return _resolve(uow, alert, user, "delay_accepted", eta=eta.isoformat(), old_due=old.isoformat() if old else None,
                    new_due=head.due_date.isoformat(), message=f"New date {eta.isoformat()}")


def _eta(uow, alert) -> date | None:
    """A late supplier's confirmed date when the alert is about one, else the earliest open PO's arrival."""
    if alert.data.get("new_date"):
        return date.fromisoformat(alert.data["new_date"])
    return arrival_date(uow, alert.sku)


def _spent(uow, token) -> str:
    alert = uow.session.get(orm.AlertRow, token.entity_id)
    return f"Already handled: {alert.data.get('outcome', 'done')} by {alert.data.get('by', '?')}."


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Shortage alerts and their actions."""
    event_handlers.setdefault(events.ShortageDetected, []).append(
        reaction(alert_shortage, lambda e: alert_shortage(e, uow)))
    for name, fn in dict(use_substitute=use_substitute, other_supplier=other_supplier, split_delivery=split_delivery,
                         expedite=expedite, accept_delay=accept_delay).items():
        buttons.ACTIONS[name], buttons.SPENT[name] = fn, _spent
