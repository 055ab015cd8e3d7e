"""Short texts and buttons for Telegram, in English or Chinese."""
from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

TEXT = {
    "en": {"refuse": "Sorry, this bot only answers Tandem users. Ask your admin for an invite.",
           "hello": "Hi {name} ({role}). Forward or paste a customer's order and I'll take it from there.",
           "approve": "✅ Approve", "reject": "❌ Reject", "nothing": "I found no order lines in that message.",
           "quarantined": "I could not read that: {reason}. It is kept for a person to check.",
           "duplicate": "Already received (message {id})."},
    "zh": {"refuse": "抱歉，本机器人仅为 Tandem 用户服务。请联系管理员获取邀请。",
           "hello": "你好 {name}（{role}）。转发或粘贴客户订单即可。",
           "approve": "✅ 批准", "reject": "❌ 拒绝", "nothing": "这条消息里没有找到订单行。",
           "quarantined": "无法读取：{reason}。已保留待人工检查。",
           "duplicate": "已收到（消息 {id}）。"},
}


def keyboard(rows: list | None) -> InlineKeyboardMarkup | None:
    """Inline keyboard from rows of [label, token] pairs (None when there are no buttons)."""
    if not rows:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=token) for label, token in row]
                                 for row in rows])


def t(lang: str, key: str, **kw) -> str:
    """The text for `key` in the user's language (English when unknown)."""
    return TEXT.get(lang if lang in TEXT else "en")[key].format(**kw)


PROMISE = {
    "en": {"reserved": "in stock, reserved", "partial": "{reserved:g} reserved, {short:g} by {eta}",
           "partial_noeta": "{reserved:g} reserved, {short:g} short", "short": "short {short:g}, expected {eta}",
           "short_noeta": "short {short:g}", "check": "needs your check", "instead": "in stock instead: {subs}",
           "order": "Order", "due": "due", "confirm": "✅ Confirm order", "purchase": "Purchase",
           "po": "PO {id} ({status})", "pending_approval": "pending approval"},
    "zh": {"reserved": "有货，已预留", "partial": "已预留 {reserved:g}，其余 {short:g} 预计 {eta} 到",
           "partial_noeta": "已预留 {reserved:g}，缺 {short:g}", "short": "缺货 {short:g}，预计 {eta} 到",
           "short_noeta": "缺货 {short:g}", "check": "请确认", "instead": "可替代：{subs}",
           "order": "订单", "due": "交期", "confirm": "✅ 确认订单", "purchase": "采购",
           "po": "采购单 {id}（{status}）", "✏️ quantity": "✏️ 改数量", "draft": "草稿", "pending_approval": "待审批",
           "approved": "已批准", "rejected": "已拒绝", "received": "已收货"},
}


def promise_text(line: dict, lang: str = "en") -> str:
    """One line's promise in a few words."""
    words = PROMISE.get(lang, PROMISE["en"])
    p = line.get("promise") or {"kind": "check"}
    kind = p["kind"] if p.get("eta") or p["kind"] in ("reserved", "check") else p["kind"] + "_noeta"
    text = words[kind].format(reserved=line["reserved"], short=line["short"], eta=p.get("eta"))
    subs = ", ".join(f"{a['sku']} ({a['available']:g})" for a in p.get("alternatives", [])[:2])
    return text + (f"; {words['instead'].format(subs=subs)}" if subs else "")


def order_message(order: dict, lang: str = "en", purchase_orders: list | None = None):
    """An order as a salesperson sees it, with the buttons that settle unsure lines."""
    words = PROMISE.get(lang, PROMISE["en"])
    head = f"{words['order']} {order['id']} · {order.get('customer') or '?'}"
    if order.get("due_date"):
        head += f" · {words['due']} {order['due_date']}"
    lines, rows = [head], []
    for line in order["lines"]:
        qty = "?" if line["quantity"] is None else f"{line['quantity']:g}"
        name = line["sku"] or f"“{line['mention']}”"
        lines.append(f"• {qty} × {name} — {promise_text(line, lang)}")
        rows += [[(words.get(b[0], b[0]), b[1]) for b in line_buttons[i:i + 2]]
                 for line_buttons in [order["buttons"]["lines"].get(str(line["id"]), [])]
                 for i in range(0, len(line_buttons), 2)]
    if order["buttons"].get("confirm"):
        rows.append([(words["confirm"], order["buttons"]["confirm"])])
    if purchase_orders:
        lines.append(f"{words['purchase']}: " + ", ".join(
            words["po"].format(id=p["id"], status=words.get(p["status"], p["status"].replace("_", " ")))
            for p in purchase_orders))
    return "\n".join(lines), keyboard(rows)


def intake_reply(report: dict, lang: str = "en"):
    """What a salesperson sees after sending a message: text and buttons."""
    if report["status"] == "quarantined":
        return t(lang, "quarantined", reason=report.get("error")), None
    demand = report.get("demand") or {}
    if report.get("order"):
        return order_message(report["order"], lang, report.get("purchase_orders"))
    if not demand.get("lines"):
        return t(lang, "nothing"), None
    return f"{demand.get('intent')}: " + ", ".join(l.get("sku") or "?" for l in demand["lines"]), None


# kind -> fn(payload, lang) -> (text, markup): bot areas add their own outbox kinds here (approvals:
# bot/texts_access.py; alerts, recorded orders, quarantine: bot/notices.py).
RENDERERS: dict = {}


def outbound(kind: str, payload: dict, lang: str = "en") -> tuple[str, InlineKeyboardMarkup | None]:
    """Text and buttons for an outbox message."""
    if kind in RENDERERS:
        return RENDERERS[kind](payload, lang)
    return str(payload.get("text", payload)), None
