"""Handlers for buying: replan touched SKUs, draft POs, ask for approval, decide, receive."""
from __future__ import annotations

from core.domain import commands, events
from core.domain.purchasing import (ApprovalRequest, POLine, PurchaseOrder, PurchaseSuggestion, PurchasingError,
                                    choose_offer, replenishment_need)
from core.service import buttons as buttons_mod
from core.service.journal import actor_name, audit, raise_alert, tell


def replan(event: events.SalesOrderRecorded, uow) -> None:
    """Suggest purchases for the SKUs this order touched and gather them into draft POs per supplier."""
    with uow:
        order = uow.orders.get(event.order_id)
        drafts: dict[str, PurchaseOrder] = {}
        for sku in event.skus:
            suggestion = _suggest(uow, sku, event.order_id)
            if suggestion is None:
                continue
            po = drafts.get(suggestion.supplier_id) or uow.purchase_orders.open_draft(suggestion.supplier_id)
            if po is None:
                po = uow.purchase_orders.add(PurchaseOrder(suggestion.supplier_id,
                                                           requested_by=order.requested_by if order else None))
            po.add_line(POLine(sku, suggestion.quantity, suggestion.unit_price, suggestion.id))
            uow.suggestions.mark_drafted(suggestion.id, po.id)
            drafts[suggestion.supplier_id] = po
            uow.publish(events.PurchaseSuggested(suggestion.id, sku, suggestion.supplier_id, suggestion.quantity))
        for po in drafts.values():
            audit(uow, "planner", "po.drafted", "purchase_order", po.id, supplier=po.supplier_id, total=po.total)
            uow.publish(events.PurchaseOrderDrafted(po.id))
        uow.commit()


def _suggest(uow, sku: str, order_id: int | None) -> PurchaseSuggestion | None:
    """Cover the shortage plus safety stock, net of what is already ordered or drafted."""
    product = uow.catalog.get_product(sku)
    position = uow.stock.get(sku).position
    in_pipeline = uow.purchase_orders.pending_quantity(sku)
    need = replenishment_need(position.projected + in_pipeline, product.safety_stock if product else 0.0)
    if need <= 0:
        return None
    choice = choose_offer(uow.catalog.offers_for(sku), need)
    if choice is None:
        raise_alert(uow, "no_offer", f"{sku}: short {need:g} and no supplier offers it", sku, need=need)
        return None
    reason = (f"projected {position.projected:g} (on hand {position.on_hand:g}, reserved {position.reserved:g}, "
              f"backordered {position.backordered:g}, on order {position.on_order:g}, drafted {in_pipeline:g}) "
              f"below safety stock "
              f"{product.safety_stock if product else 0:g}; need {need:g}, order {choice.quantity:g} "
              f"(MOQ {choice.offer.moq:g}, pack {choice.offer.pack_size:g}) at {choice.unit_price:g}")
    if choice.runner_up is not None:
        reason += f"; next best {choice.runner_up.supplier_id} at {choice.runner_up_price:g}"
    suggestion = PurchaseSuggestion(sku, choice.quantity, choice.offer.supplier_id, choice.unit_price, need, reason,
                                    order_id=order_id)
    uow.suggestions.add(suggestion)
    audit(uow, "planner", "suggestion.created", "purchase_suggestion", suggestion.id, sku=sku, qty=choice.quantity,
          supplier=choice.offer.supplier_id, reason=reason)
    return suggestion


def request_approval(event: events.PurchaseOrderDrafted, uow) -> None:
    """Submit the draft and send it to an approver who is not the requester."""
    with uow:
        po = uow.purchase_orders.get(event.po_id)
        if po is None or po.status != "draft":
            return
        approver = next((u for u in uow.users.list() if u.can_approve and u.active and u.telegram_id
                         and u.id != po.requested_by), None)
        if approver is None:
            raise_alert(uow, "no_approver", f"PO {po.id} waits: no linked manager can approve it", po_id=po.id)
            uow.commit()
            return
        po.submit()
        request = uow.approvals.add(ApprovalRequest(po.id, approver.id))
        buttons = {action: buttons_mod.issue(uow, action, "purchase_order", po.id, approver.id, po.version)
                   for action in ("approve", "reject")}
        supplier = uow.catalog.get_supplier(po.supplier_id)
        tell(uow, approver.id, "approval_request", po_id=po.id, supplier=supplier.name if supplier else po.supplier_id,
             total=po.total, lines=[{"sku": l.sku, "quantity": l.quantity, "unit_price": l.unit_price}
                                    for l in po.lines], buttons=buttons)
        audit(uow, "system", "approval.requested", "purchase_order", po.id, approver=approver.id, request=request.id)
        uow.publish(events.ApprovalRequested(request.id, po.id, approver.id))
        uow.commit()


def decide(uow, token, user, cmd: commands.PressButton) -> dict:
    """Approve or Reject tapped: check the PO's version, apply the four-eyes rule, put goods on order."""
    po = uow.purchase_orders.get(token.entity_id)
    if po is None or po.version != token.version:
        return {"status": "refused", "message": _already(uow, po) if po else "This PO no longer exists."}
    try:
        po.approve(user.id) if token.action == "approve" else po.reject(user.id, cmd.reason)
    except PurchasingError as exc:
        return {"status": "refused", "message": str(exc)}
    _close_requests(uow, po, user.id)
    if po.status == "approved":
        for line in po.lines:
            uow.stock.get(line.sku).expect(line.quantity, po.id)
    audit(uow, actor_name(user), f"po.{po.status}", "purchase_order", po.id, reason=cmd.reason, total=po.total)
    tell(uow, po.requested_by, "decision", po_id=po.id, status=po.status, by=user.name, reason=cmd.reason)
    uow.commit()
    return {"status": po.status, "po_id": po.id, "by": user.name, "message": f"PO {po.id} {po.status} by {user.name}"}


def _already(uow, po: PurchaseOrder) -> str:
    """'PO 3 already approved by Ann.' for stale and repeated taps."""
    who = uow.users.get(po.decided_by)
    return f"PO {po.id} already {po.status.replace('_', ' ')}" + (f" by {who.name}." if who else ".")


def _close_requests(uow, po: PurchaseOrder, user_id: int) -> None:
    for request in uow.approvals.pending_for_po(po.id):
        request.close(po.status if request.approver_id == user_id else "superseded")
        uow.approvals.close(request)
    uow.approvals.use_tokens("purchase_order", po.id)


def receive_goods(cmd: commands.ReceiveGoods, uow) -> dict:
    """Book goods in against an approved PO."""
    with uow:
        po = uow.purchase_orders.get(cmd.po_id)
        if po is None or po.status != "approved":
            raise PurchasingError(f"PO {cmd.po_id} is not approved; nothing to receive")
        uow.stock.get(cmd.sku).receive(cmd.quantity, po.id)
        for line in po.lines:
            if line.sku == cmd.sku:
                line.received += cmd.quantity
        po.version += 1
        audit(uow, "system", "goods.received", "purchase_order", po.id, sku=cmd.sku, qty=cmd.quantity)
        uow.commit()
        return {"po_id": po.id, "sku": cmd.sku, "received": cmd.quantity}


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Purchasing's handlers."""
    event_handlers.setdefault(events.SalesOrderRecorded, []).append(lambda e: replan(e, uow))
    event_handlers.setdefault(events.PurchaseOrderDrafted, []).append(lambda e: request_approval(e, uow))
    for action in ("approve", "reject"):
        buttons_mod.ACTIONS[action] = decide
        buttons_mod.SPENT[action] = lambda uow_, token: _already(uow_, uow_.purchase_orders.get(token.entity_id))
    command_handlers[commands.ReceiveGoods] = lambda c: receive_goods(c, uow)
