"""Late-supplier alerts, rendered in English or Chinese with their action buttons."""
from __future__ import annotations

import asyncio
from datetime import date

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes

from bot import menu, render
from bot.handlers import _lang, _services, drain_outbox, linked_user
from core.domain.supplier import ConfirmSupplierDelivery

BUYING_ROLES = ("buyer", "manager", "director", "admin")

TEXT = {
    "en": {"head": "⚠️ Late supplier: {supplier} moves PO {po_id} ({name}, {sku}) from {old_date} to {new_date}",
           "days": " (+{days} days)", "short": "Confirmed short: {short:g} will not come on that date.",
           "order": "Order {order_id} · {customer} · due {due_date} waits for {quantity:g}.",
           "nodue": "Order {order_id} · {customer} waits for {quantity:g}.",
           "expedite": "Expedite", "other_supplier": "Other supplier", "split_delivery": "Split: ship what is here",
           "accept_delay": "Accept delay, tell customer",
           "usage": "Usage: /confirm PO DATE [SKU QUANTITY], e.g. /confirm 12 2026-12-20 85099B 150",
           "buyers_only": "Only buyers record suppliers' confirmations.", "refused": "Not recorded: {error}",
           "done": "PO {po_id}: {state} (confirmation {confirmation_id})", "late": "LATE", "on_time": "on time",
           "line": "• {sku}: {quantity:g} on {promised} (expected {expected})"},
    "zh": {"head": "⚠️ 供应商延期：{supplier} 的采购单 {po_id}（{name}，{sku}）由 {old_date} 推迟到 {new_date}",
           "days": "（晚 {days} 天）", "short": "供应商只确认了部分数量：{short:g} 无法按期到货。",
           "order": "订单 {order_id} · {customer} · 交期 {due_date}，仍缺 {quantity:g}。",
           "nodue": "订单 {order_id} · {customer}，仍缺 {quantity:g}。",
           "expedite": "加急", "other_supplier": "换供应商", "split_delivery": "分批：先发现货",
           "accept_delay": "接受延期并告知客户",
           "usage": "用法：/confirm 采购单号 日期 [SKU 数量]，例如 /confirm 12 2026-12-20 85099B 150",
           "buyers_only": "只有采购人员可以登记供应商确认。", "refused": "未登记：{error}",
           "done": "采购单 {po_id}：{state}（确认 {confirmation_id}）", "late": "延期", "on_time": "按期",
           "line": "• {sku}：{quantity:g}，{promised} 到（原预计 {expected}）"},
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


def _parse(args: list[str]) -> ConfirmSupplierDelivery | None:
    """`PO DATE [SKU [QUANTITY]]` as a command, or None when it does not read."""
    try:
        po, day = int(args[0].lstrip("#")), date.fromisoformat(args[1])
        qty = float(args[3]) if len(args) > 3 else None
    except (IndexError, ValueError):
        return None
    lines = [{"sku": args[2], "quantity": qty}] if len(args) > 2 else []
    return ConfirmSupplierDelivery(po, day, lines, source="telegram")


async def confirm(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/confirm PO DATE [SKU QUANTITY]: a buyer records what the supplier promised."""
    user = await linked_user(update, context)
    if not user:
        return
    w, reply = _words(_lang(user, update)), update.effective_message.reply_text
    if user.role not in BUYING_ROLES:
        await reply(w["buyers_only"])
        return
    cmd = _parse(context.args or [])
    if cmd is None:
        await reply(w["usage"])
        return
    cmd.user_id = user.id
    result = await asyncio.to_thread(_services(context).handle, cmd)
    if result["status"] == "rejected":
        await reply(w["refused"].format(error=result["error"]))
        return
    head = w["done"].format(state=w["late" if result["late"] else "on_time"], **result)
    await reply("\n".join([head] + [w["line"].format(**line) for line in result["lines"]]))
    await drain_outbox(context)


def register(app) -> None:
    """/confirm for buyers; the outbox kinds are rendered through render.RENDERERS."""
    app.add_handler(CommandHandler("confirm", confirm))
    # In buyers' menu only: /help stays short for the others, who may still use it.
    menu.add_command("confirm", {"en": "Supplier's confirmed date", "zh": "登记供应商确认的到货日期"}, ("buyer",))


render.RENDERERS["supplier_late"] = late_supplier
