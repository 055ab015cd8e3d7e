"""Salesperson commands: /orders, /order N, /customer NAME."""
from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes

from bot import menu, render
from bot.handlers import _lang, _services, linked_user

SELLING = ("salesperson", "admin")
TEXT = {
    "en": {"open": "open", "needs_review": "needs your check", "cancelled": "cancelled",
           "summary": "#{id} {created} · {customer} · {lines} lines{short} · {status}", "short": ", {n} short",
           "none": "No orders from you yet. Forward a customer's e-mail to start.", "more": "/order N for details",
           "order_usage": "Usage: /order 12", "no_order": "No order {n}.", "customer_usage": "Usage: /customer thistle",
           "no_customer": "No customer matches “{name}”.", "no_orders": "no orders yet"},
    "zh": {"open": "进行中", "needs_review": "待您确认", "cancelled": "已取消",
           "summary": "#{id} {created} · {customer} · {lines} 行{short} · {status}", "short": "，缺货 {n} 行",
           "none": "您还没有订单。转发客户的邮件即可开始。", "more": "/order 编号 查看详情",
           "order_usage": "用法：/order 12", "no_order": "没有订单 {n}。", "customer_usage": "用法：/customer thistle",
           "no_customer": "没有与“{name}”匹配的客户。", "no_orders": "还没有订单"},
}


def t(lang: str, key: str, **kw) -> str:
    """The text for `key` in the user's language (English when unknown)."""
    return TEXT.get(lang if lang in TEXT else "en").get(key, key).format(**kw)


def _summary(order: dict, lang: str = "en") -> str:
    short = t(lang, "short", n=order["short"]) if order["short"] else ""
    return t(lang, "summary", id=order["id"], created=order["created"], customer=order["customer_id"] or "?",
             lines=order["lines"], short=short, status=t(lang, order["status"]))


async def orders(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/orders: the last orders this user brought in."""
    user = await linked_user(update, context)
    if not user:
        return
    lang = _lang(user, update)
    found = await asyncio.to_thread(_services(context).orders_of, user_id=user.id)
    text = "\n".join(_summary(o, lang) for o in found) or t(lang, "none")
    await update.effective_message.reply_text(text + ("\n" + t(lang, "more") if found else ""))


async def order(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/order N: one order with what we can promise per line, and its buttons."""
    user = await linked_user(update, context)
    if not user:
        return
    lang = _lang(user, update)
    if not context.args or not context.args[0].lstrip("#").isdigit():
        await update.effective_message.reply_text(t(lang, "order_usage"))
        return
    view = await asyncio.to_thread(_services(context).order_view, int(context.args[0].lstrip("#")))
    if view is None:
        await update.effective_message.reply_text(t(lang, "no_order", n=context.args[0]))
        return
    text, markup = render.order_message(view, lang)
    await update.effective_message.reply_text(text, reply_markup=markup)


async def customer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/customer NAME: a customer's recent orders."""
    user = await linked_user(update, context)
    if not user:
        return
    lang, name = _lang(user, update), " ".join(context.args or []).strip()
    if not name:
        await update.effective_message.reply_text(t(lang, "customer_usage"))
        return
    services = _services(context)
    matches = await asyncio.to_thread(services.find_customers, name)
    if not matches:
        await update.effective_message.reply_text(t(lang, "no_customer", name=name))
        return
    found = await asyncio.to_thread(services.orders_of, customer_ids=[m["id"] for m in matches])
    head = ", ".join(m["name"] for m in matches[:3])
    body = "\n".join(_summary(o, lang) for o in found) or t(lang, "no_orders")
    await update.effective_message.reply_text(f"{head}\n{body}")


def register(app) -> None:
    """Add the salesperson commands."""
    app.add_handler(CommandHandler("orders", orders))
    app.add_handler(CommandHandler("order", order))
    app.add_handler(CommandHandler("customer", customer))
    for name, texts in (("orders", {"en": "Your latest orders", "zh": "您最近的订单"}),
                        ("order", {"en": "One order: /order 12", "zh": "查看订单：/order 12"}),
                        ("customer", {"en": "A customer's orders: /customer NAME", "zh": "客户的订单：/customer 名称"})):
        menu.add_command(name, texts, SELLING)
