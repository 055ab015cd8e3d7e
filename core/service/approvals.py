"""Approvals: send drafted POs to an approver, and act on Approve / Reject taps."""
from __future__ import annotations

from core.domain import commands, events
from core.domain.purchasing import ApprovalRequest, PurchaseOrder, PurchasingError
from core.service import buttons as buttons_mod
from core.service.journal import actor_name, audit, raise_alert, tell


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



def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Approval handlers and the Approve / Reject button actions."""
    event_handlers.setdefault(events.PurchaseOrderDrafted, []).append(lambda e: request_approval(e, uow))
    for action in ("approve", "reject"):
        buttons_mod.ACTIONS[action] = decide
        buttons_mod.SPENT[action] = lambda uow_, token: _already(uow_, uow_.purchase_orders.get(token.entity_id))
