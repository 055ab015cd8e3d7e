"""Salesperson commands: /orders, /order N, /customer NAME."""
from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes

from bot import render
from bot.handlers import _lang, _services, linked_user

STATUS = {"open": "open", "needs_review": "needs your check", "cancelled": "cancelled"}


def _summary(order: dict) -> str:
    short = f", {order['short']} short" if order["short"] else ""
    return (f"#{order['id']} {order['created']} · {order['customer_id'] or '?'} · {order['lines']} lines{short} · "
            f"{STATUS.get(order['status'], order['status'])}")


async def orders(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/orders: the last orders this user brought in."""
    user = await linked_user(update, context)
    if not user:
        return
    found = await asyncio.to_thread(_services(context).orders_of, user_id=user.id)
    text = "\n".join(_summary(o) for o in found) or "No orders from you yet. Forward a customer's e-mail to start."
    await update.effective_message.reply_text(text + ("\n/order N for details" if found else ""))


async def order(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/order N: one order with what we can promise per line, and its buttons."""
    user = await linked_user(update, context)
    if not user:
        return
    if not context.args or not context.args[0].lstrip("#").isdigit():
        await update.effective_message.reply_text("Usage: /order 12")
        return
    view = await asyncio.to_thread(_services(context).order_view, int(context.args[0].lstrip("#")))
    if view is None:
        await update.effective_message.reply_text(f"No order {context.args[0]}.")
        return
    text, markup = render.order_message(view, _lang(user, update))
    await update.effective_message.reply_text(text, reply_markup=markup)


async def customer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/customer NAME: a customer's recent orders."""
    user = await linked_user(update, context)
    if not user:
        return
    name = " ".join(context.args or []).strip()
    if not name:
        await update.effective_message.reply_text("Usage: /customer thistle")
        return
    services = _services(context)
    matches = await asyncio.to_thread(services.find_customers, name)
    if not matches:
        await update.effective_message.reply_text(f"No customer matches “{name}”.")
        return
    found = await asyncio.to_thread(services.orders_of, customer_ids=[m["id"] for m in matches])
    head = ", ".join(m["name"] for m in matches[:3])
    body = "\n".join(_summary(o) for o in found) or "no orders yet"
    await update.effective_message.reply_text(f"{head}\n{body}")


def register(app) -> None:
    """Add the salesperson commands."""
    app.add_handler(CommandHandler("orders", orders))
    app.add_handler(CommandHandler("order", order))
    app.add_handler(CommandHandler("customer", customer))
