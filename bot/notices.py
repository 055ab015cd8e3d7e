"""Outbox notices in the user's language: shortages and outcomes, recorded orders, quarantine, failed reactions."""
from __future__ import annotations

from bot import render

TEXT = {
    "en": {"short": "Short: {quantity:g} × {name} ({sku}) for order {order_id}", "instead": "In stock instead: {subs}",
           "use_substitute": "Use {sku}", "other_supplier": "Other supplier", "split_delivery": "Split delivery",
           "expedite": "Expedite", "accept_delay": "Accept delay, tell customer",
           "substituted": "Order {order_id}: {quantity:g} × {sku} replaced by {substitute} (in stock).",
           "split": "Order {order_id}: {sku} ships in two parts: {now:g} now, {later:g} {when}.",
           "split_on": "on {eta}", "split_later": "when the next delivery arrives",
           "expedite_request": "To {to}: please expedite PO {po_id} ({sku}); we need it as soon as possible.",
           "delayed": "Order {order_id}: {sku} arrives {eta}. For the customer: “The remaining {quantity} {sku} "
                      "will ship on {eta}.”",
           "joined": "{name} joined Tandem as {role}.",
           "quarantine": "Message {message_id} {status}: {reason}", "Retry": "Retry", "Release": "Release",
           "quarantined": "quarantined", "held": "held",
           "reaction_failed": "Reaction {reaction_id} failed: {handler} on {event}: {reason}. Kept; "
                              "`tandem reactions retry {reaction_id}` runs it again once the cause is fixed.",
           "recorded": "Order {order_id} recorded ({status}):", "line_short": "• {quantity} × {sku} — short {short:g}",
           "line_reserved": "• {quantity} × {sku} — reserved",
           "open": "open", "needs_review": "needs review", "cancelled": "cancelled"},
    "zh": {"short": "缺货：订单 {order_id} 缺 {quantity:g} × {name}（{sku}）", "instead": "可替代的现货：{subs}",
           "use_substitute": "改用 {sku}", "other_supplier": "换供应商", "split_delivery": "分批交货",
           "expedite": "催货", "accept_delay": "接受延期并告知客户",
           "substituted": "订单 {order_id}：{quantity:g} × {sku} 已改为现货 {substitute}。",
           "split": "订单 {order_id}：{sku} 分两批发货：现在 {now:g}，其余 {later:g} {when}。",
           "split_on": "于 {eta}", "split_later": "待下批到货后",
           "expedite_request": "发给 {to}：请加急采购单 {po_id}（{sku}），我们急需这批货。",
           "delayed": "订单 {order_id}：{sku} 预计 {eta} 到货。可告知客户：“剩余的 {quantity} 个 {sku} 将于 {eta} 发货。”",
           "joined": "{name} 已加入 Tandem，角色：{role}。",
           "quarantine": "消息 {message_id} {status}：{reason}", "Retry": "重试", "Release": "放行",
           "quarantined": "已隔离", "held": "已暂扣",
           "reaction_failed": "后续处理 {reaction_id} 失败：{handler}（事件 {event}）：{reason}。已保留；"
                              "排除原因后可用 `tandem reactions retry {reaction_id}` 重新执行。",
           "recorded": "订单 {order_id} 已登记（{status}）：", "line_short": "• {quantity} × {sku} — 缺货 {short:g}",
           "line_reserved": "• {quantity} × {sku} — 已预留",
           "open": "进行中", "needs_review": "待确认", "cancelled": "已取消"},
}


def t(lang: str, key: str, **kw) -> str:
    """The text for `key` in the user's language (English when unknown)."""
    return TEXT.get(lang if lang in TEXT else "en")[key].format(**kw)


def _word(lang: str, key: str) -> str:
    """A known word in the user's language, else the key itself (data from an older release)."""
    return TEXT.get(lang if lang in TEXT else "en").get(key, key)


def shortage(payload: dict, lang: str = "en"):
    """The shortage with the actions as buttons; rows hold [action, token] or [action, token, sku]."""
    subs = ", ".join(f"{s['sku']} ({s['available']:g})" for s in payload.get("substitutes", []))
    text = t(lang, "short", quantity=payload["quantity"], name=payload["name"], sku=payload["sku"],
             order_id=payload["order_id"])
    rows = [[(_word(lang, b[0]).format(sku=b[2] if len(b) > 2 else ""), b[1]) for b in row]
            for row in payload.get("buttons") or []]
    return text + ("\n" + t(lang, "instead", subs=subs) if subs else ""), render.keyboard(rows)


def substituted(payload: dict, lang: str = "en"):
    """The salesperson's order now ships a substitute."""
    return t(lang, "substituted", **payload), None


def split(payload: dict, lang: str = "en"):
    """The salesperson's order ships in two parts."""
    when = t(lang, "split_on", eta=payload["eta"]) if payload.get("eta") else t(lang, "split_later")
    return t(lang, "split", order_id=payload["order_id"], sku=payload["sku"], now=payload["now"],
             later=payload["later"], when=when), None


def expedite_request(payload: dict, lang: str = "en"):
    """The request for the buyer to send to the supplier."""
    return t(lang, "expedite_request", **payload), None


def delayed(payload: dict, lang: str = "en"):
    """The new date, and words for the customer."""
    quantity = payload.get("quantity")
    return t(lang, "delayed", order_id=payload["order_id"], sku=payload["sku"], eta=payload["eta"],
             quantity=f"{quantity:g}" if isinstance(quantity, (int, float)) else ""), None


def joined(payload: dict, lang: str = "en"):
    """An admin hears who redeemed an invite."""
    return t(lang, "joined", **payload), None


def quarantine(payload: dict, lang: str = "en"):
    """A message Tandem could not read (or held), with Retry / Release."""
    status = payload.get("status", "quarantined")
    rows = [[(_word(lang, b[0]), b[1]) for b in row] for row in payload.get("buttons") or []]
    return t(lang, "quarantine", message_id=payload["message_id"], status=_word(lang, status),
             reason=payload["reason"]), render.keyboard(rows)


def reaction_failed(payload: dict, lang: str = "en"):
    """A reaction that failed after its retries: which handler, on what, why; it is kept for a retry."""
    return t(lang, "reaction_failed", **payload), None


def order_recorded(payload: dict, lang: str = "en"):
    """An order recorded from mail or a webhook, line by line."""
    lines = [t(lang, "recorded", order_id=payload["order_id"], status=_word(lang, payload["status"]))]
    for line in payload["lines"]:
        key = "line_short" if line["short"] > 0 else "line_reserved"
        lines.append(t(lang, key, quantity=line["quantity"], sku=line["sku"] or "?", short=line["short"]))
    return "\n".join(lines), None


RENDERERS = {"shortage": shortage, "order_substituted": substituted, "order_split": split,
             "expedite_request": expedite_request, "order_delayed": delayed, "user_joined": joined,
             "quarantine": quarantine, "order_recorded": order_recorded, "reaction_failed": reaction_failed}


def register(app) -> None:
    """Render these outbox kinds (bot/transport.py looks them up in render.RENDERERS)."""
    render.RENDERERS.update(RENDERERS)
