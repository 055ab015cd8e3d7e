"""Handlers for buying: replan touched SKUs, draft POs per supplier, receive goods."""
from __future__ import annotations

from core.domain import commands, events
from core.domain.purchasing import (POLine, PurchaseOrder, PurchaseSuggestion, PurchasingError, choose_offer,
                                    replenishment_need)
from core.service.journal import audit, raise_alert
from core.service.messagebus import reaction


def replan(event: events.SalesOrderRecorded, uow, planner=None, offers: bool = False) -> None:
    """Replan the SKUs this order touched, suggest purchases, and gather them into draft POs per supplier."""
    with uow:
        order = uow.orders.get(event.order_id) if event.order_id is not None else None
        decisions = planner.decide(uow, event.skus, offers=offers) if planner is not None else {}
        drafts: dict[str, PurchaseOrder] = {}
        for sku in event.skus:
            suggestion = _suggest(uow, sku, event.order_id, decisions.get(sku))
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


def _suggest(uow, sku: str, order_id: int | None, decision=None) -> PurchaseSuggestion | None:
    """The planner's order when the SKU has a demand history; else cover backorders plus safety stock."""
    product = uow.catalog.get_product(sku)
    position = uow.stock.get(sku).position
    in_pipeline = uow.purchase_orders.pending_quantity(sku)
    short = replenishment_need(position.projected + in_pipeline, 0.0)  # what customers already wait for
    offers = uow.catalog.offers_for(sku)
    if decision is not None and decision.explanation["forecast_per_day"] > 0:
        need, reason = max(decision.quantity, short), decision.text
        if decision.explanation.get("price_action"):  # first, so an approver's short 'why' shows it
            reason = decision.text.rsplit("\n", 1)[-1] + "\n" + decision.text.rsplit("\n", 1)[0]
        offers = [o for o in offers if o.supplier_id == decision.supplier_id] or offers
    else:
        safety = product.safety_stock if product else 0.0
        need = replenishment_need(position.projected + in_pipeline, safety)
        reason = (f"no sales history: cover {short:g} short plus safety stock {safety:g} (on hand "
                  f"{position.on_hand:g}, reserved {position.reserved:g}, backordered {position.backordered:g}, "
                  f"on order {position.on_order:g}, drafted {in_pipeline:g})")
    if need <= 0:
        return None
    choice = choose_offer(offers, need)
    if choice is None:
        raise_alert(uow, "no_offer", f"{sku}: need {need:g} and no supplier offers it", sku, need=need)
        return None
    reason += f"\nOrder {choice.quantity:g} (MOQ {choice.offer.moq:g}, pack {choice.offer.pack_size:g}) at {choice.unit_price:g}"
    if choice.runner_up is not None:
        reason += f"; next best {choice.runner_up.supplier_id} at {choice.runner_up_price:g}"
    suggestion = PurchaseSuggestion(sku, choice.quantity, choice.offer.supplier_id, choice.unit_price, need, reason,
                                    order_id=order_id)
    uow.suggestions.add(suggestion)
    audit(uow, "planner", "suggestion.created", "purchase_suggestion", suggestion.id, sku=sku, qty=choice.quantity,
          supplier=choice.offer.supplier_id, reason=reason,
          explanation=decision.explanation if decision is not None else {})
    return suggestion


def receive_goods(cmd: commands.ReceiveGoods, uow) -> dict:
    """Book goods in against an approved PO."""
    with uow:
        po = uow.purchase_orders.get(cmd.po_id)
        if po is None or po.status != "approved":
            raise PurchasingError(f"PO {cmd.po_id} is not approved; nothing to receive")
        uow.stock.get(cmd.sku, orders=True).receive(cmd.quantity, po.id)
        for line in po.lines:
            if line.sku == cmd.sku:
                line.received += cmd.quantity
        po.version += 1
        audit(uow, "system", "goods.received", "purchase_order", po.id, sku=cmd.sku, qty=cmd.quantity)
        uow.commit()
        return {"po_id": po.id, "sku": cmd.sku, "received": cmd.quantity}


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Purchasing's handlers."""
    planner = deps.extra.get("planner")
    event_handlers.setdefault(events.SalesOrderRecorded, []).append(
        reaction(replan, lambda e: replan(e, uow, planner)))
    # A receipt moves stock and the supplier's measured lead time: replan that SKU at once.
    event_handlers.setdefault(events.GoodsReceived, []).append(
        reaction(replan, lambda e: replan(events.SalesOrderRecorded(None, [e.sku]), uow, planner)))
    command_handlers[commands.ReceiveGoods] = lambda c: receive_goods(c, uow)
