"""Buyers' questions and one-tap drafting: AskQuestion answers from live data, drafts go to approval."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timezone

from core.domain import events
from core.domain.purchasing import POLine, PurchaseOrder, PurchaseSuggestion, choose_offer
from core.service import answers, buttons, cover
from core.service.answer_text import t
from core.service.journal import actor_name, audit
from core.service.po_dates import lead_days

REVIEW_DAYS = 14  # a drafted PO covers the lead time plus two weeks of demand
PRODUCT_FREE = ("incoming", "runout", "suggestions", "heatmap", "unclear")


@dataclass
class AskQuestion:
    """Command: a question in plain words, or a slash command's kind (stock, incoming, …) with its argument."""

    text: str
    telegram_id: int | None = None
    user_id: int | None = None
    kind: str | None = None
    lang: str | None = None


@dataclass
class DraftSuggestedPurchases:
    """Command: put open purchase suggestions (all, or those named) on draft POs, one per supplier."""

    suggestion_ids: list[int] | None = None
    requested_by: int | None = None


def ask(cmd: AskQuestion, uow, deps) -> dict:
    """Parse (or take the command's kind), then answer; an order or a customer's question is not ours."""
    parser = deps.extra.get("questions")
    today = deps.today()
    with uow:
        user = uow.users.by_telegram(cmd.telegram_id) if cmd.telegram_id else uow.users.get(cmd.user_id)
        if user is None:
            return {"status": "refused", "text": "You are not linked to Tandem."}
        q = _forced(cmd, parser, today, user) if cmd.kind else (parser.parse(cmd.text, today) if parser else None)
        if q is None or (user.role == "salesperson" and (q["voice"] == "customer" or q["kind"] == "unclear")):
            return {"status": "not_question"}
        result = answer(uow, q, user, today)
        result.setdefault("kind", q["kind"])
        audit(uow, actor_name(user), "question.answered", "question", result["kind"], text=cmd.text[:200],
              skus=q.get("skus", []))
        uow.commit()  # the answer's buttons are tokens that must outlive this transaction
        return result


def _forced(cmd: AskQuestion, parser, today, user) -> dict:
    """/stock M8x30, /incoming, /suggestions, /heatmap: the kind is known, the argument names a product."""
    arg = (cmd.text or "").strip()
    lang = cmd.lang or ("zh" if any("\u4e00" <= ch <= "\u9fff" for ch in arg) else user.language or "en")
    parsed = parser.parse(arg, today) if parser and arg and cmd.kind == "incoming" else None
    skus = parser.products(arg) if parser and arg and cmd.kind not in ("suggestions", "heatmap") else []
    q = {"kind": cmd.kind, "lang": lang, "mention": arg, "skus": skus, "sure": len(skus) == 1, "quantity": None,
         "days": parsed["days"] if parsed else None, "period": parsed["period"] if parsed else "", "voice": "internal"}
    if cmd.kind == "stock" and not arg:
        q.update(kind="runout", days=14)  # bare /stock: what is about to run short
    return q


def answer(uow, q: dict, user, today) -> dict:
    """Dispatch a parsed question to its answer; several possible products get a clarifying question."""
    kind = q["kind"]
    if kind == "unclear":
        return answers.unclear(uow, q, user, cover.cover_table(uow, today) if q.get("skus") else None)
    if kind == "incoming":
        return answers.incoming(uow, q, today)
    if kind == "suggestions":
        return answers.suggestions(uow, q, user)
    table = cover.cover_table(uow, today)
    if kind == "heatmap":
        return answers.heatmap(q, table)
    if kind == "runout" and not q["skus"]:
        return answers.runout(uow, q, user, table, today)
    if not q["skus"]:
        return answers.unclear(uow, dict(q, missing="product"), user)
    if len(q["skus"]) > 1:
        return answers.clarify_products(uow, q, user, table)
    if kind == "cheapest":
        return answers.cheapest(uow, q["skus"][0], q, user, table)
    return answers.product(uow, q["skus"][0], q["lang"], user, table, today)


def draft_suggested(cmd: DraftSuggestedPurchases, uow) -> dict:
    """Group open suggestions by supplier into draft POs; approvals take over from PurchaseOrderDrafted."""
    with uow:
        rows = [r for r in answers.open_suggestions(uow)
                if cmd.suggestion_ids is None or r.id in cmd.suggestion_ids]
        pos = _draft(uow, [PurchaseSuggestion(r.sku, r.quantity, r.supplier_id, r.unit_price, r.need, r.reason,
                                              order_id=r.order_id, id=r.id) for r in rows], cmd.requested_by)
        uow.commit()
        return {"status": "drafted" if pos else "nothing", "purchase_orders": pos}


def _draft(uow, suggestions: list[PurchaseSuggestion], requested_by: int | None) -> list[int]:
    """Add suggestions to one draft PO per supplier (an open draft is reused) and announce each draft."""
    drafts: dict[str, PurchaseOrder] = {}
    for s in suggestions:
        po = drafts.get(s.supplier_id) or uow.purchase_orders.open_draft(s.supplier_id)
        if po is None:
            po = uow.purchase_orders.add(PurchaseOrder(s.supplier_id, requested_by=requested_by))
        po.add_line(POLine(s.sku, s.quantity, s.unit_price, s.id))
        uow.suggestions.mark_drafted(s.id, po.id)
        drafts[s.supplier_id] = po
    for po in drafts.values():
        audit(uow, "buyer", "po.drafted", "purchase_order", po.id, supplier=po.supplier_id, total=po.total,
              requested_by=requested_by)
        uow.publish(events.PurchaseOrderDrafted(po.id))
    return [po.id for po in drafts.values()]


def _suggest_for(uow, sku: str, table: dict, supplier_id: str | None, quantity: float | None) -> PurchaseSuggestion | None:
    """Enough to cover the lead time plus REVIEW_DAYS of demand and the safety stock, net of the pipeline."""
    i = table["index"].get(sku)
    offers = [o for o in uow.catalog.offers_for(sku) if supplier_id in (None, o.supplier_id)]
    if i is None or not offers:
        return None
    lead = min(lead_days(uow, o.supplier_id, sku) for o in offers)
    have = table["free"][i] + table["on_order"][i] + uow.purchase_orders.pending_quantity(sku)
    need = quantity or max(table["rate"][i] * (lead + REVIEW_DAYS) + table["safety"][i] - have, 0.0)
    if need <= 0:
        return None  # stock and the POs already in the pipeline cover it
    choice = choose_offer(offers, math.ceil(need))
    reason = (f"buyer request: free {table['free'][i]:g}, ~{table['rate'][i]:.2g}/day, lead {lead:g} d; "
              f"need {need:g}, order {choice.quantity:g} at {choice.unit_price:g}")
    suggestion = PurchaseSuggestion(sku, choice.quantity, choice.offer.supplier_id, choice.unit_price, need, reason)
    uow.suggestions.add(suggestion)
    return suggestion


def _spend(uow, token, siblings: bool = True) -> None:
    token.used_at = datetime.now(timezone.utc)
    if siblings:
        uow.approvals.use_tokens(token.entity, token.entity_id)


def on_draft(uow, token, user, cmd, today) -> dict:
    """Draft PO tapped: suggestions for the SKUs, then draft POs per supplier."""
    data, lang = token.data or {}, user.language or "en"
    _spend(uow, token, siblings=False)  # the other Draft buttons of a run-out list stay usable
    table = cover.cover_table(uow, today)
    made = [s for s in (_suggest_for(uow, sku, table, data.get("supplier"), data.get("quantity"))
                        for sku in data.get("skus", [])) if s is not None]
    pos = _draft(uow, made, user.id)
    uow.commit()
    if not pos:
        return {"status": "nothing", "message": t(lang, "drafted_none", why=t(lang, "covered"))}
    return {"status": "drafted", "purchase_orders": pos,
            "message": t(lang, "drafted", pos=", ".join(f"PO {p}" for p in pos))}


def on_draft_suggestions(uow, token, user, cmd, today) -> dict:
    """'Draft n PO(s)' tapped under /suggestions: the same grouping as DraftSuggestedPurchases."""
    lang = user.language or "en"
    _spend(uow, token)
    ids = set((token.data or {}).get("ids", []))
    rows = [r for r in answers.open_suggestions(uow) if r.id in ids]
    pos = _draft(uow, [PurchaseSuggestion(r.sku, r.quantity, r.supplier_id, r.unit_price, r.need, r.reason,
                                          order_id=r.order_id, id=r.id) for r in rows], user.id)
    uow.commit()
    if not pos:
        return {"status": "nothing", "message": t(lang, "drafted_none", why=t(lang, "already"))}
    return {"status": "drafted", "purchase_orders": pos,
            "message": t(lang, "drafted", pos=", ".join(f"PO {p}" for p in pos))}


def on_pick(uow, token, user, cmd, today) -> dict:
    """A product chosen from a clarifying question: answer for it as a new message with its own buttons."""
    data = token.data or {}
    _spend(uow, token)
    q = {"kind": data.get("kind", "stock"), "lang": data.get("lang") or user.language or "en", "skus": [data["sku"]],
         "quantity": data.get("quantity"), "mention": data["sku"], "days": None, "period": ""}
    return _reply(uow, answer(uow, q, user, today), data["sku"])


def on_ask(uow, token, user, cmd, today) -> dict:
    """One of the suggested questions tapped."""
    data = token.data or {}
    _spend(uow, token)
    days = data.get("days")
    if data.get("period") == "this_week":
        days = 6 - today.weekday()
    q = {"kind": data["kind"], "lang": data.get("lang") or user.language or "en", "skus": [], "quantity": None, "mention": "",
         "days": days, "period": ""}
    if data.get("period") == "this_week":
        q["period"] = "本周" if q["lang"] == "zh" else "this week"
    return _reply(uow, answer(uow, q, user, today), data["kind"])


def _reply(uow, result: dict, what: str) -> dict:
    uow.commit()
    return {"status": "answered", "message": what, "reply": result["text"], "reply_buttons": result.get("buttons")}


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Question and drafting handlers, and the buyer's button actions."""
    command_handlers[AskQuestion] = lambda c: ask(c, uow, deps)
    command_handlers[DraftSuggestedPurchases] = lambda c: draft_suggested(c, uow)
    for name, action in (("buyer_draft", on_draft), ("buyer_draft_suggestions", on_draft_suggestions),
                         ("buyer_pick", on_pick), ("buyer_ask", on_ask)):
        # Button actions get no deps from the bus: bind the bootstrap's clock here.
        buttons.ACTIONS[name] = lambda u, tok, who, c, act=action: act(u, tok, who, c, deps.today())
