"""What a fired rule does: push an alert to a role with buttons, or draft a stock-up PO for approval."""
from __future__ import annotations

from sqlmodel import select

from core.adapters import orm
from core.domain import events
from core.domain.purchasing import POLine, PurchaseOrder, PurchaseSuggestion, choose_offer
from core.service import buttons
from core.service.journal import actor_name, audit, raise_alert, tell

STOCK_UP_DAYS = 30  # extra days of forecast demand a stock-up buys when the price advice gives no quantity
STOCK_UP_MARK = "Stock-up"  # the suggestion reason starts with it: how an open stock-up is recognised
SHOWN = ("sku", "supplier_id", "old_price", "new_price", "change_pct", "category", "valid_from", "po_id", "quantity",
         "days_late", "order_id", "reason")


def summary(ctx: dict) -> str:
    """The event in one English line, from whichever well-known fields it has."""
    if "change_pct" in ctx and "new_price" in ctx:
        return (f"{ctx.get('sku')} ({ctx.get('name', '')}) from {ctx.get('supplier_id')}: price "
                f"{ctx.get('old_price'):g} -> {ctx.get('new_price'):g} ({ctx.get('change_pct'):+.1f}%)")
    shown = [f"{k}={ctx[k]}" for k in SHOWN if ctx.get(k) not in (None, "")]
    return f"{ctx['event']}: " + ", ".join(shown)


def _open_stock_up(uow, sku: str) -> int | None:
    """A stock-up PO for this SKU that still waits (so a rule never piles up a second one)."""
    stmt = (select(orm.PurchaseOrderRow.id)
            .join(orm.POLineRow, orm.POLineRow.po_id == orm.PurchaseOrderRow.id)
            .join(orm.SuggestionRow, orm.SuggestionRow.id == orm.POLineRow.suggestion_id)
            .where(orm.POLineRow.sku == sku, orm.PurchaseOrderRow.status.in_(("draft", "pending_approval")),
                   orm.SuggestionRow.reason.startswith(STOCK_UP_MARK)))
    return uow.session.exec(stmt).first()


def stock_up_quantity(uow, sku: str, planner) -> tuple[float, str | None, str]:
    """(quantity, supplier, why): the price advice's stock-up, else the planner's order plus STOCK_UP_DAYS of demand."""
    decision = planner.decide(uow, [sku]).get(sku) if planner is not None else None
    if decision is None or decision.explanation["forecast_per_day"] <= 0:
        return 0.0, None, "no demand forecast"
    exp = decision.explanation
    if exp.get("price_action") == "stock_up":
        return exp["price_qty"], decision.supplier_id, decision.text.rsplit("\n", 1)[-1]
    qty = decision.quantity + exp["forecast_per_day"] * STOCK_UP_DAYS
    return qty, decision.supplier_id, (f"planner {decision.quantity:g} + {STOCK_UP_DAYS} d x "
                                       f"{exp['forecast_per_day']:.2f}/d (safety stock {exp['safety_stock']:.0f} kept)")


def stock_up(uow, rule_name: str, ctx: dict, planner, requested_by: int | None = None) -> dict:
    """Draft a stock-up PO for the event's SKU and send it into the approval chain."""
    sku = ctx.get("sku")
    if not isinstance(sku, str):
        return {"status": "skipped", "message": "the event names no SKU to stock up"}
    waiting = _open_stock_up(uow, sku)
    if waiting:
        return {"status": "skipped", "message": f"stock-up PO {waiting} for {sku} already waits", "po_id": waiting}
    qty, supplier_id, why = stock_up_quantity(uow, sku, planner)
    offers = [o for o in uow.catalog.offers_for(sku) if supplier_id in (None, o.supplier_id)]
    choice = choose_offer(offers, qty) if qty > 0 else None
    if choice is None:
        return {"status": "skipped", "message": f"nothing to stock up for {sku}: {why}"}
    reason = f"{STOCK_UP_MARK} (rule “{rule_name}”): {summary(ctx)}\n{why}"
    suggestion = PurchaseSuggestion(sku, choice.quantity, choice.offer.supplier_id, choice.unit_price, qty, reason)
    uow.suggestions.add(suggestion)
    po = uow.purchase_orders.add(PurchaseOrder(choice.offer.supplier_id, requested_by=requested_by))
    po.add_line(POLine(sku, choice.quantity, choice.unit_price, suggestion.id))
    uow.suggestions.mark_drafted(suggestion.id, po.id)
    audit(uow, f"rule:{rule_name}", "po.drafted", "purchase_order", po.id, supplier=po.supplier_id, total=po.total,
          stock_up=True)
    uow.publish(events.PurchaseOrderDrafted(po.id))
    return {"status": "stock_up_drafted", "po_id": po.id, "sku": sku, "quantity": choice.quantity,
            "message": f"PO {po.id}: stock-up {choice.quantity:g} × {sku} sent for approval"}


def alert(uow, rule, ctx: dict) -> dict:
    """Record a rule alert and push it to every active user of the rule's role, with buttons."""
    sku = ctx.get("sku") if isinstance(ctx.get("sku"), str) else None
    record = raise_alert(uow, "rule", f"Rule “{rule.name}”: {summary(ctx)}", sku, rule=rule.name,
                         event=ctx["event"], context=ctx)
    users = [u for u in uow.users.list() if u.role == rule.role and u.active]
    for user in users:
        actions = {"dismiss": buttons.issue(uow, "rule_dismiss", "alert", record.id, user.id)}
        if sku:
            actions = {"stock_up": buttons.issue(uow, "rule_stock_up", "alert", record.id, user.id), **actions}
        tell(uow, user.id, "rule_alert", rule=rule.name, event=ctx["event"], alert_id=record.id,
             fields={k: v for k, v in ctx.items() if not isinstance(v, (list, dict))}, actions=actions)
    return {"status": "alerted", "alert_id": record.id, "told": len(users), "role": rule.role}


def _resolve(uow, alert_row, user, outcome: str, result: dict) -> dict:
    alert_row.status = "resolved"
    alert_row.data = {**alert_row.data, "outcome": outcome, "by": user.name}
    uow.session.add(alert_row)
    uow.approvals.use_tokens("alert", alert_row.id)
    audit(uow, actor_name(user), f"alert.{outcome}", "alert", alert_row.id, rule=alert_row.data.get("rule"),
          po_id=result.get("po_id"))
    uow.commit()
    return result


def tap_stock_up(planner):
    """The 'Draft stock-up PO' button of a rule alert (the tapping buyer becomes the requester)."""
    def act(uow, token, user, cmd) -> dict:
        row = uow.session.get(orm.AlertRow, token.entity_id)
        result = stock_up(uow, row.data.get("rule", "?"), row.data.get("context", {}), planner, user.id)
        if result["status"] != "stock_up_drafted":
            return {**result, "status": "refused"}
        return _resolve(uow, row, user, "stock_up", result)
    return act


def tap_dismiss(uow, token, user, cmd) -> dict:
    """The 'Dismiss' button: the alert is settled with nothing bought."""
    row = uow.session.get(orm.AlertRow, token.entity_id)
    return _resolve(uow, row, user, "dismissed", {"status": "dismissed", "message": "Alert dismissed."})


def spent(uow, token) -> str:
    row = uow.session.get(orm.AlertRow, token.entity_id)
    return f"Already handled: {row.data.get('outcome', 'done')} by {row.data.get('by', '?')}."
