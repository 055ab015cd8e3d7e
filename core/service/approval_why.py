"""What an approver needs to decide: the planner's reasons, the next-best supplier, the budget impact."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlmodel import select

from core.adapters import orm
from core.domain.access import approval_chain
from core.domain.purchasing import PurchaseOrder
from core.service import access


def categories(uow, po: PurchaseOrder) -> set[str]:
    """Product categories on the PO (for category rules)."""
    products = (uow.catalog.get_product(line.sku) for line in po.lines)
    return {p.category for p in products if p is not None and p.category}


def chain(uow, po: PurchaseOrder) -> list[tuple[int, str]]:
    """The PO's approval steps under the rules in force; a manager when no rule matches."""
    return approval_chain(access.rules(uow), po.total, categories(uow, po)) or [(1, "manager")]


def _reasons(uow, po: PurchaseOrder) -> dict[int, str]:
    ids = [line.suggestion_id for line in po.lines if line.suggestion_id]
    if not ids:
        return {}
    rows = uow.session.exec(select(orm.SuggestionRow).where(orm.SuggestionRow.id.in_(ids)))
    return {r.id: r.reason for r in rows}


def runner_up(uow, po: PurchaseOrder) -> dict | None:
    """The cheapest other supplier that offers every line, at the quantities it would really ship."""
    totals: dict[str, float] = {}
    for i, line in enumerate(po.lines):
        offers = {o.supplier_id: o for o in uow.catalog.offers_for(line.sku) if o.supplier_id != po.supplier_id}
        for supplier_id in list(totals) if i else list(offers):
            offer = offers.get(supplier_id)
            if offer is None:
                totals.pop(supplier_id, None)
                continue
            qty = offer.order_quantity(line.quantity)
            totals[supplier_id] = totals.get(supplier_id, 0.0) + offer.unit_price(qty) * qty
    if not totals:
        return None
    best = min(totals, key=totals.get)
    supplier = uow.catalog.get_supplier(best)
    return {"supplier": supplier.name if supplier else best, "total": round(totals[best], 2),
            "difference": round(totals[best] - po.total, 2)}


def month_to_date(uow, now: datetime | None = None) -> float:
    """Approved purchase spend this calendar month (from the audit log, overrides included)."""
    now = now or datetime.now(timezone.utc)
    start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    rows = uow.session.exec(select(orm.AuditRow).where(orm.AuditRow.action == "po.approved",
                                                       orm.AuditRow.at >= start))
    return round(sum(float((r.data or {}).get("total") or 0) for r in rows), 2)


def payload(uow, po: PurchaseOrder, level: int, tokens: dict, **flags) -> dict:
    """The outbox payload of an approval request (also used by /approvals and reminders)."""
    steps = chain(uow, po)
    reasons = _reasons(uow, po)
    supplier = uow.catalog.get_supplier(po.supplier_id)
    requester = uow.users.get(po.requested_by)
    approved = [r for r in uow.session.exec(select(orm.ApprovalRow).where(orm.ApprovalRow.po_id == po.id,
                                                                          orm.ApprovalRow.status == "approved"))]
    spent = month_to_date(uow)
    # "buttons" keeps Approve/Reject (the contract other areas read); the rest ride in "more".
    return {"po_id": po.id, "supplier": supplier.name if supplier else po.supplier_id, "total": po.total,
            "lines": [{"sku": l.sku, "quantity": l.quantity, "unit_price": l.unit_price,
                       "reason": reasons.get(l.suggestion_id, "")} for l in po.lines],
            "buttons": {k: tokens[k] for k in ("approve", "reject") if k in tokens},
            "more": {k: v for k, v in tokens.items() if k not in ("approve", "reject")},
            "level": level, "levels": len(steps), "role": dict(steps).get(level, ""),
            "requested_by": requester.name if requester else None,
            "approved_by": [n for n in (_name(uow, r.approver_id) for r in approved) if n],
            "runner_up": runner_up(uow, po), "budget": {"month_to_date": spent, "after": round(spent + po.total, 2)},
            **flags}


def _name(uow, user_id: int) -> str | None:
    user = uow.users.get(user_id)
    return user.name if user else None
