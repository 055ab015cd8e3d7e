"""Answers to buyers' questions from live data: text plus the buttons for the next step (call in an open uow)."""
from __future__ import annotations

import itertools
import time
from datetime import date, timedelta

from sqlmodel import select

from core.adapters import orm
from core.service import buttons, cover
from core.service.answer_text import lasts, name_in, period, rate_text, short_date, t
from core.service.po_dates import lead_days

MAX_LINES = 8
_seq = itertools.count()


def group_id() -> int:
    """An id shared by the buttons of one answer, so tapping one spends its siblings."""
    return (int(time.time() * 1000) + next(_seq)) % 2_000_000_000


def _button(uow, user, label: str, action: str, gid: int, **data) -> list:
    return [label[:60], buttons.issue(uow, action, "buyer_answer", gid, user.id, **data)]


def clarify_products(uow, q: dict, user, table: dict) -> dict:
    """Several products fit: one button each (name and free stock), nothing guessed."""
    lang, gid = q["lang"], group_id()
    rows = []
    for sku in q["skus"]:
        i = table["index"][sku]
        label = f"{name_in(lang, table['names'][i], table['names_zh'][i])} · {table['free'][i]:g}"
        rows.append([_button(uow, user, label, "buyer_pick", gid, kind=q["kind"], sku=sku, quantity=q.get("quantity"),
                                 lang=lang)])
    return {"status": "clarify", "text": t(lang, "which", mention=q["mention"]), "buttons": rows}


def unclear(uow, q: dict, user, table: dict | None = None) -> dict:
    """Say what can be asked: about the product named, or the three product-free questions, one tap away."""
    lang = q["lang"]
    if q.get("skus") and table is not None:
        if len(q["skus"]) > 1:
            return clarify_products(uow, dict(q, kind="stock"), user, table)
        sku, gid = q["skus"][0], group_id()
        i = table["index"][sku]
        rows = [[_button(uow, user, t(lang, key), "buyer_pick", gid, kind=kind, sku=sku, lang=lang)]
                for key, kind in (("b_stock", "stock"), ("b_cheapest", "cheapest"), ("b_arrivals", "incoming"))]
        return {"status": "clarify", "buttons": rows,
                "text": t(lang, "about", sku=sku, name=name_in(lang, table["names"][i], table["names_zh"][i]))}
    if q.get("missing") == "product":
        return {"status": "clarify", "text": t(lang, "which_product"), "buttons": []}
    gid = group_id()
    rows = [[_button(uow, user, t(lang, "b_incoming"), "buyer_ask", gid, kind="incoming", period="this_week", lang=lang)],
            [_button(uow, user, t(lang, "b_runout"), "buyer_ask", gid, kind="runout", days=7, lang=lang)],
            [_button(uow, user, t(lang, "b_sugg"), "buyer_ask", gid, kind="suggestions", lang=lang)]]
    return {"status": "clarify", "text": t(lang, "unclear"), "buttons": rows}


def product(uow, sku: str, lang: str, user, table: dict, today: date) -> dict:
    """One product: free stock, what is on order and when, how long it lasts; a Draft PO button when low."""
    i = table["index"][sku]
    back = t(lang, "back", q=table["backordered"][i]) if table["backordered"][i] else ""
    lines = [t(lang, "free", sku=sku, name=name_in(lang, table["names"][i], table["names_zh"][i]),
               free=table["free"][i], unit=table["units"][i], on_hand=table["on_hand"][i],
               reserved=table["reserved"][i], back=back)]
    arriving = cover.incoming(uow, today, skus=[sku])
    for row in arriving[:3]:
        lines.append(t(lang, "on_order", q=row["quantity"], due=short_date(row["expected"]), po=row["po_id"]))
    pending = uow.purchase_orders.pending_quantity(sku)
    if pending:
        lines.append(t(lang, "on_order_nodate", q=pending, po="?"))
    start, end = table["window"]
    rate, days = table["rate"][i], table["cover"][i]
    if rate > 0:
        until = today + timedelta(days=int(days)) if days != float("inf") else today
        lines.append(t(lang, "rate", rate=rate_text(rate), days=lasts(lang, days), end=short_date(until)))
    else:
        lines.append(t(lang, "rate_none", start=short_date(start), end=short_date(end)))
    result = {"status": "answered", "kind": "stock", "sku": sku, "text": "\n".join(lines), "buttons": []}
    offers = uow.catalog.offers_for(sku)
    lead = min((lead_days(uow, o.supplier_id, sku) for o in offers), default=0)
    low = days < lead + 14 or table["free"][i] <= table["safety"][i]
    if offers and low and not arriving and not pending:
        result["buttons"] = [[_button(uow, user, t(lang, "b_draft", sku=sku), "buyer_draft", group_id(), skus=[sku])]]
    return result


def runout(uow, q: dict, user, table: dict, today: date) -> dict:
    """What runs out within the window, soonest first; Draft PO buttons for those nothing is due for."""
    lang, days = q["lang"], q.get("days") if q.get("days") is not None else 7
    rows = cover.runouts(table, max(days, 1), cover.incoming(uow, today), today)
    if not rows:
        return {"status": "answered", "kind": "runout", "text": t(lang, "runout_none", days=days), "buttons": []}
    lines = [t(lang, "runout_head", days=days, n=len(rows))]
    for row in rows[:MAX_LINES]:
        when = lasts(lang, row["cover"]) if row["cover"] >= 1 else t(lang, "today")
        line = t(lang, "runout_line", sku=row["sku"], name=name_in(lang, row["name"], row["name_zh"]),
                 free=max(row["free"], 0), rate=rate_text(row["rate"]), when=when)
        if row["arrival"]:
            line += t(lang, "runout_saved", due=short_date(row["arrival"]))
        lines.append(line)
    if len(rows) > MAX_LINES:
        lines.append(t(lang, "more", n=len(rows) - MAX_LINES))
    start, end = table["window"]
    lines.append(t(lang, "runout_window", start=short_date(start), end=short_date(end)))
    todo = [r["sku"] for r in rows if not r["arrival"] and uow.catalog.offers_for(r["sku"])]
    gid = group_id()
    rows_b = [[_button(uow, user, t(lang, "b_draft", sku=sku), "buyer_draft", gid, skus=[sku])] for sku in todo[:3]]
    if len(todo) > 1:
        rows_b.append([_button(uow, user, t(lang, "b_draft_all", n=len(todo)), "buyer_draft", gid, skus=todo)])
    return {"status": "answered", "kind": "runout", "skus": [r["sku"] for r in rows], "text": "\n".join(lines),
            "buttons": rows_b}


def incoming(uow, q: dict, today: date) -> dict:
    """Approved POs not yet received, in the window asked for, with the date expected."""
    lang, days = q["lang"], q.get("days")
    until = today + timedelta(days=days) if days is not None else None
    rows = cover.incoming(uow, today, until, q.get("skus") or None)
    when = period(lang, days, q.get("period", ""))
    if not rows:
        text = t(lang, "incoming_none", period=when) if until else t(lang, "incoming_none_all")
        later = cover.incoming(uow, today, None, q.get("skus") or None)
        if until and later:
            r = later[0]
            text += "\n" + t(lang, "incoming_next", due=short_date(r["expected"]), q=r["quantity"], sku=r["sku"],
                             po=r["po_id"])
        return {"status": "answered", "kind": "incoming", "text": text, "buttons": [], "lines": []}
    head = t(lang, "incoming_head", period=when, n=len(rows)) if until else t(lang, "incoming_all", n=len(rows))
    lines = [head] + [t(lang, "incoming_line", due=short_date(r["expected"]), late=t(lang, "late") if r["late"] else "",
                        q=r["quantity"], sku=r["sku"], name=name_in(lang, r["name"], r["name_zh"]),
                        supplier=r["supplier"], po=r["po_id"]) for r in rows[:MAX_LINES]]
    if len(rows) > MAX_LINES:
        lines.append(t(lang, "more", n=len(rows) - MAX_LINES))
    return {"status": "answered", "kind": "incoming", "text": "\n".join(lines), "buttons": [],
            "lines": [dict(r, expected=r["expected"].isoformat()) for r in rows]}


def cheapest(uow, sku: str, q: dict, user, table: dict) -> dict:
    """Offers ranked by the unit price at the quantity asked (or the MOQ); a button drafts with the cheapest."""
    lang, i = q["lang"], table["index"][sku]
    name, unit = name_in(lang, table["names"][i], table["names_zh"][i]), table["units"][i]
    offers = uow.catalog.offers_for(sku)
    if not offers:
        return {"status": "answered", "kind": "cheapest", "text": t(lang, "cheap_none", sku=sku, name=name),
                "buttons": []}
    want = q.get("quantity") or max(o.moq for o in offers)
    ranked = sorted(((o.unit_price(o.order_quantity(want)), lead_days(uow, o.supplier_id, sku), o)
                     for o in offers), key=lambda r: (r[0], r[1]))
    lines = [t(lang, "cheap_head", sku=sku, name=name, q=want, unit=unit)]
    for n, (price, lead, offer) in enumerate(ranked[:3], start=1):
        supplier = uow.catalog.get_supplier(offer.supplier_id)
        lines.append(t(lang, "cheap_line", n=n, supplier=supplier.name if supplier else offer.supplier_id,
                       price=price, unit=unit, moq=offer.moq, pack=offer.pack_size, lead=lead))
    best = ranked[0][2]
    supplier = uow.catalog.get_supplier(best.supplier_id)
    qty = best.order_quantity(want)
    label = t(lang, "b_draft_with", supplier=_short(supplier.name if supplier else best.supplier_id), q=qty)
    return {"status": "answered", "kind": "cheapest", "sku": sku, "supplier_id": best.supplier_id,
            "text": "\n".join(lines),
            "buttons": [[_button(uow, user, label, "buyer_draft", group_id(), skus=[sku], supplier=best.supplier_id,
                                 quantity=qty)]]}


def open_suggestions(uow) -> list[orm.SuggestionRow]:
    """Suggestions nobody has put on a PO yet."""
    stmt = select(orm.SuggestionRow).where(orm.SuggestionRow.status == "open", orm.SuggestionRow.po_id.is_(None))
    return list(uow.session.exec(stmt.order_by(orm.SuggestionRow.supplier_id, orm.SuggestionRow.id)))


def suggestions(uow, q: dict, user) -> dict:
    """Open suggestions grouped by supplier; one tap drafts a PO per supplier."""
    lang, rows = q["lang"], open_suggestions(uow)
    if not rows:
        return {"status": "answered", "kind": "suggestions", "text": t(lang, "sugg_none"), "buttons": []}
    groups: dict[str, list] = {}
    for row in rows:
        groups.setdefault(row.supplier_id, []).append(row)
    lines = [t(lang, "sugg_head", n=len(rows), m=len(groups))]
    for supplier_id, items in groups.items():
        supplier = uow.catalog.get_supplier(supplier_id)
        lines.append(t(lang, "sugg_supplier", supplier=supplier.name if supplier else supplier_id, lines=len(items),
                       total=sum(r.quantity * r.unit_price for r in items)))
        lines += [t(lang, "sugg_line", q=r.quantity, sku=r.sku, price=r.unit_price) for r in items[:4]]
    button = _button(uow, user, t(lang, "b_draft_sugg", n=len(groups)), "buyer_draft_suggestions", group_id(),
                     ids=[r.id for r in rows])
    return {"status": "answered", "kind": "suggestions", "text": "\n".join(lines), "buttons": [[button]],
            "groups": {k: [r.id for r in v] for k, v in groups.items()}}


def heatmap(q: dict, table: dict) -> dict:
    """The numbers behind the heatmap image and its caption."""
    data = cover.heatmap(table)
    start, end = data["window"]
    return {"status": "heatmap", "kind": "heatmap", "heatmap": data,
            "text": t(q["lang"], "heatmap", n=len(table["skus"]), start=start, end=end), "buttons": []}


def _short(name: str, width: int = 22) -> str:
    """A supplier name that fits on a phone button."""
    return name if len(name) <= width else name[:width - 1].rstrip(" (") + "…"
