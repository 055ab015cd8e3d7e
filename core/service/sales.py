"""The salesperson's side: review unsure lines (pick a candidate, fix a quantity), confirm with one tap."""
from __future__ import annotations

import re
from functools import partial

from core.adapters import orm
from core.domain import events
from core.service import buttons
from core.service.journal import actor_name, audit


def offer_review(uow, order, raw_lines: list[dict]) -> None:
    """Issue the buttons a person needs to settle an order's unsure lines, and one to confirm it."""
    user = order.requested_by
    for line, raw in zip(order.lines, raw_lines):
        if raw.get("confirmed", True):
            continue
        for cand in (raw.get("candidates") or [])[:3]:
            buttons.issue(uow, "pick_sku", "order_line", line.id, user, sku=cand["sku"], order_id=order.id)
        buttons.issue(uow, "fix_qty", "order_line", line.id, user, order_id=order.id)
    buttons.issue(uow, "confirm_order", "sales_order", order.id, user)


def _line(uow, token) -> orm.OrderLineRow:
    return uow.session.get(orm.OrderLineRow, token.entity_id)


def _order_id(token) -> int:
    return token.data.get("order_id", token.entity_id)


def pick_sku(uow, token, user, cmd, extractor=None) -> dict:
    """The person chose a candidate: set it, and remember the mention as this customer's alias."""
    line, sku = _line(uow, token), token.data["sku"]
    head = uow.session.get(orm.SalesOrderRow, line.order_id)
    line.sku, line.confidence = sku, 1.0
    uow.session.add(line)
    if head.customer_id and line.mention:
        uow.catalog.remember_alias(head.customer_id, line.mention, sku)
    uow.approvals.use_tokens("order_line", line.id)
    audit(uow, actor_name(user), "order_line.sku_chosen", "order_line", line.id, sku=sku, mention=line.mention)
    uow.commit()
    if extractor is not None and head.customer_id and line.mention:
        extractor.remember_alias(head.customer_id, line.mention, sku)  # wins from the next message on
    return {"status": "updated", "change": "sku", "mention": line.mention, "sku": sku,
            "message": f"“{line.mention}” → {sku}", "order_id": head.id}


def fix_qty(uow, token, user, cmd) -> dict:
    """Ask for the right quantity (the answer comes back through a set_qty token), or apply one given."""
    if (cmd.reason or "").strip():  # the web form sends the quantity with the tap
        return set_qty(uow, token, user, cmd)
    line = _line(uow, token)
    answer = buttons.issue(uow, "set_qty", "order_line", line.id, user.id, order_id=line.order_id)
    uow.commit()
    return {"status": "prompt", "message": "Type the quantity", "order_id": line.order_id,
            "prompt": {"kind": "quantity", "mention": line.mention or line.sku,
                       "text": f"New quantity for “{line.mention or line.sku}”?", "token": answer}}


def set_qty(uow, token, user, cmd) -> dict:
    """Apply a typed quantity ('120', '1.5', '2 doz' is not understood here: digits only)."""
    found = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*\w*\s*", cmd.reason or "")
    if not found or float(found.group(1).replace(",", ".")) <= 0:
        return {"status": "refused", "message": "Please type a positive number, e.g. 120."}
    line = _line(uow, token)
    line.quantity = float(found.group(1).replace(",", "."))
    uow.session.add(line)
    uow.approvals.use_tokens("order_line", line.id)
    audit(uow, actor_name(user), "order_line.quantity_fixed", "order_line", line.id, quantity=line.quantity)
    uow.commit()
    return {"status": "updated", "change": "quantity", "quantity": line.quantity,
            "message": f"Quantity set to {line.quantity:g}", "order_id": line.order_id}


def confirm_order(uow, token, user, cmd) -> dict:
    """Reserve every line that is now settled and let the planner react; one tap."""
    order = uow.orders.get(token.entity_id)
    pending = [l for l in order.lines if l.reserved == 0 and l.short == 0]
    missing = [l for l in pending if not l.plannable]
    if missing:
        return {"status": "refused", "message": f"{len(missing)} line(s) still need a product or quantity."}
    for line in pending:
        line.reserved = uow.stock.get(line.sku).reserve(line.quantity, order.id, order.due_date)
        line.short = line.quantity - line.reserved
    order.status = "open"
    uow.orders.save_lines(order)
    uow.approvals.use_tokens("sales_order", order.id)
    for line in order.lines:
        uow.approvals.use_tokens("order_line", line.id)
    audit(uow, actor_name(user), "order.confirmed", "sales_order", order.id,
          lines=[{"sku": l.sku, "qty": l.quantity, "reserved": l.reserved, "short": l.short} for l in pending])
    uow.publish(events.SalesOrderRecorded(order.id, sorted({l.sku for l in pending})))
    uow.commit()
    return {"status": "confirmed", "message": f"Order {order.id} confirmed", "order_id": order.id}


def _spent_line(uow, token) -> str:
    line = _line(uow, token)
    return f"Already settled: “{line.mention}” is {line.sku or '?'} × {line.quantity or '?'}."


def _spent_order(uow, token) -> str:
    return f"Order {token.entity_id} is already confirmed."


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Button actions of the review flow."""
    buttons.ACTIONS.update(pick_sku=partial(pick_sku, extractor=deps.extractor), fix_qty=fix_qty, set_qty=set_qty, confirm_order=confirm_order)
    buttons.SPENT.update(pick_sku=_spent_line, fix_qty=_spent_line, set_qty=_spent_line, confirm_order=_spent_order)
