"""Late-supplier alerts and accepted delays, rendered in English or Chinese with their action buttons."""
from __future__ import annotations

from bot import render

TEXT = {
    "en": {"head": "⚠️ Late supplier: {supplier} moves PO {po_id} ({name}, {sku}) from {old_date} to {new_date}",
           "days": " (+{days} days)", "short": "Confirmed short: {short:g} will not come on that date.",
           "order": "Order {order_id} · {customer} · due {due_date} waits for {quantity:g}.",
           "nodue": "Order {order_id} · {customer} waits for {quantity:g}.",
           "accepted": "Order {order_id}: {sku} arrives {eta}. "
                       "For the customer: “The remaining {short} {sku} will ship on {eta}.”",
           "expedite": "Expedite", "other_supplier": "Other supplier", "split_delivery": "Split: ship what is here",
           "accept_delay": "Accept delay, tell customer"},
    "zh": {"head": "⚠️ 供应商延期：{supplier} 的采购单 {po_id}（{name}，{sku}）由 {old_date} 推迟到 {new_date}",
           "days": "（晚 {days} 天）", "short": "供应商只确认了部分数量：{short:g} 无法按期到货。",
           "order": "订单 {order_id} · {customer} · 交期 {due_date}，仍缺 {quantity:g}。",
           "nodue": "订单 {order_id} · {customer}，仍缺 {quantity:g}。",
           "accepted": "订单 {order_id}：{sku} 预计 {eta} 到货。可这样告知客户：“剩余的 {short} 件 {sku} 将于 {eta} 发货。”",
           "expedite": "加急", "other_supplier": "换供应商", "split_delivery": "分批：先发现货",
           "accept_delay": "接受延期并告知客户"},
}


def _words(lang: str) -> dict:
    return TEXT.get(lang, TEXT["en"])


def late_supplier(payload: dict, lang: str = "en"):
    """The alert: who is late, by how much, which order waits; buttons labelled in the user's language."""
    w = _words(lang)
    text = w["head"].format(**payload)
    text += w["days"].format(days=payload["days_late"]) if payload.get("days_late") else ""
    lines = [text]
    if payload.get("short"):
        lines.append(w["short"].format(short=payload["short"]))
    if payload.get("order_id"):
        key = "order" if payload.get("due_date") else "nodue"
        lines.append(w[key].format(**{**payload, "customer": payload.get("customer") or "?"}))
    rows = [[(w.get(action, action), token) for action, token in row] for row in payload.get("actions", [])]
    return "\n".join(lines), render.keyboard(rows)


def delay_accepted(payload: dict, lang: str = "en"):
    """Words the salesperson can pass on to the customer."""
    return _words(lang)["accepted"].format(**payload), None


def register(app) -> None:
    """Nothing to add to the Application: the outbox kinds are rendered through render.RENDERERS."""


render.RENDERERS["supplier_late"] = late_supplier
render.RENDERERS["delay_accepted"] = delay_accepted
