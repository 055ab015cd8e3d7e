"""Buyer area of the bot: /stock, /incoming, /suggestions, /heatmap and plain-language questions."""
from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes

from bot import menu, render
from bot.handlers import drain_outbox, linked_user
from bot.heatmap import heatmap_png
from bot.lang import lang_of
from core.service.queries import AskQuestion

logger = logging.getLogger(__name__)
ANSWERED = ("answered", "clarify", "heatmap")
BUYING = ("buyer", "manager", "director", "admin")
# command -> (menu text per language, roles that see it in /help; None = everyone)
COMMANDS = {"stock": ({"en": "Stock of a product: /stock M8x30", "zh": "查库存：/stock M8x30"}, None),
            "incoming": ({"en": "Approved POs not yet received", "zh": "已批准未到货的采购单"}, BUYING),
            "suggestions": ({"en": "Open purchase suggestions → draft POs", "zh": "采购建议 → 起草采购单"}, BUYING),
            "heatmap": ({"en": "Days of cover by product group", "zh": "各产品组库存可用天数"}, BUYING)}


def _cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


async def _answer(update: Update, context, result: dict) -> None:
    """Send the core's answer: text with its buttons, or the heatmap drawn here from the core's numbers."""
    message = update.effective_message
    markup = render.keyboard(result.get("buttons"))
    if result["status"] == "heatmap":
        png = await asyncio.to_thread(heatmap_png, result["heatmap"], result["text"][:80])
        await message.reply_photo(png, caption=result["text"][:1024], filename="heatmap.png", reply_markup=markup)
    else:
        await message.reply_text(result["text"], reply_markup=markup)


def _command(kind: str):
    async def handler(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user = await linked_user(update, context)
        if not user:
            return
        arg = " ".join(context.args or [])
        services = context.application.bot_data["services"]
        result = await asyncio.to_thread(services.handle, AskQuestion(
            arg, telegram_id=update.effective_user.id, kind=kind, lang="zh" if _cjk(arg) else lang_of(user, update)))
        if result["status"] in ANSWERED:
            await _answer(update, context, result)
        else:
            await update.effective_message.reply_text(result.get("text") or "—")
    handler.__name__ = f"{kind}_command"
    return handler


async def question_hook(update: Update, context, user) -> bool:
    """A linked user's text: answer it when it is a buyer's question; orders fall through to intake."""
    text = update.effective_message.text or ""
    services = context.application.bot_data["services"]
    try:
        result = await asyncio.to_thread(services.handle, AskQuestion(text, telegram_id=update.effective_user.id))
    except Exception:  # a failing answer must never swallow an order: let intake have the text
        logger.exception("question not answered: %r", text[:80])
        return False
    if result.get("status") not in ANSWERED:
        return False
    await _answer(update, context, result)
    await drain_outbox(context)
    return True


def register(app) -> None:
    """Buyer commands, and the question hook tried before order intake."""
    for name, (texts, roles) in COMMANDS.items():
        app.add_handler(CommandHandler(name, _command(name)))
        menu.add_command(name, texts, roles)
    app.bot_data["text_hooks"].append(question_hook)
