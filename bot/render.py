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


def intake_reply(report: dict, lang: str = "en") -> str:
    """What a salesperson sees after sending an order: lines and what we can promise."""
    if report["status"] == "quarantined":
        return t(lang, "quarantined", reason=report.get("error"))
    demand = report.get("demand") or {}
    order = report.get("order")
    if not order:
        return t(lang, "nothing") if not demand.get("lines") else f"{demand.get('intent')}: " + ", ".join(
            f"{l.get('sku') or '?'}" for l in demand["lines"])
    head = f"Order {order['id']} · {demand.get('customer') or order['customer_id'] or '?'}"
    if order.get("due_date"):
        head += f" · due {order['due_date']}"
    lines = [head]
    for line in order["lines"]:
        lines.append(f"• {line['quantity']:g} × {line['sku'] or '?'} — {_promise(line)}")
    pos = report.get("purchase_orders") or []
    if pos:
        lines.append("Purchase: " + ", ".join(f"PO {p['id']} ({p['status'].replace('_', ' ')})" for p in pos))
    return "\n".join(lines)


def _promise(line: dict) -> str:
    if not line["sku"] or line["quantity"] is None:
        return "needs your check"
    if line["short"] <= 0 and line["reserved"] > 0:
        return "in stock, reserved"
    if line["reserved"] > 0:
        return f"{line['reserved']:g} reserved, {line['short']:g} short"
    if line["short"] > 0:
        return f"short {line['short']:g}"
    return "needs your check"


# kind -> fn(payload, lang) -> (text, markup): bot areas add their own outbox kinds here.
RENDERERS: dict = {}


def outbound(kind: str, payload: dict, lang: str = "en") -> tuple[str, InlineKeyboardMarkup | None]:
    """Text and buttons for an outbox message."""
    if kind in RENDERERS:
        return RENDERERS[kind](payload, lang)
    if kind == "approval_request":
        lines = [f"PO {payload['po_id']} · {payload['supplier']} · total {payload['total']:.2f}"]
        lines += [f"• {l['quantity']:g} × {l['sku']} @ {l['unit_price']:g}" for l in payload["lines"]]
        buttons = payload["buttons"]
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(t(lang, "approve"), callback_data=buttons["approve"]),
                                        InlineKeyboardButton(t(lang, "reject"), callback_data=buttons["reject"])]])
        return "\n".join(lines), markup
    if kind == "decision":
        return f"PO {payload['po_id']} {payload['status']} by {payload['by']}." + (
            f" Reason: {payload['reason']}" if payload.get("reason") else ""), None
    if kind == "shortage":
        subs = ", ".join(f"{s['sku']} ({s['available']:g})" for s in payload.get("substitutes", []))
        return (f"Short: {payload['quantity']:g} × {payload['name']} for order {payload['order_id']}"
                + (f"\nIn stock instead: {subs}" if subs else "")), None
    if kind == "quarantine":
        return f"Message {payload['message_id']} needs a person: {payload['reason']}", None
    if kind == "order_recorded":
        lines = [f"Order {payload['order_id']} recorded ({payload['status'].replace('_', ' ')}):"]
        lines += [f"• {l['quantity']} × {l['sku'] or '?'} — {_promise(l)}" for l in payload["lines"]]
        return "\n".join(lines), None
    return str(payload.get("text", payload)), None
