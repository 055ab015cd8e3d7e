"""Telegram handlers: intake from salespeople and button taps; bot/transport.py sends the outbox."""
from __future__ import annotations

import asyncio
import logging

from telegram import ForceReply, Update
from telegram.ext import ContextTypes

from bot import render, toasts
from bot.lang import lang_of
from bot.services import BotServices
from bot.transport import kick
from core.domain.commands import PressButton, IngestMessage
from core.domain.commands_access import SetLanguage

logger = logging.getLogger(__name__)


def _services(context: ContextTypes.DEFAULT_TYPE) -> BotServices:
    return context.application.bot_data["services"]


_lang = lang_of  # the name the areas import


async def linked_user(update: Update, context) -> object | None:
    """The Tandem user behind this update; anyone else gets a polite refusal and nothing more."""
    user = await asyncio.to_thread(_services(context).user_for, update.effective_user.id)
    if user is not None:
        await _follow_language(update, context, user)
    if user is None:
        text = render.t(_lang(None, update), "refuse")
        if update.callback_query:
            await update.callback_query.answer(text, show_alert=True)
        elif update.effective_message:
            await update.effective_message.reply_text(text)
    return user


async def _follow_language(update: Update, context, user) -> None:
    """The app's language changed: store it, so alerts and notices sent later use it too (replies already do)."""
    client = update.effective_user.language_code
    if not client or _lang(user, update) == _lang(user, None):
        return
    try:
        lang = _lang(user, update)
        await asyncio.to_thread(_services(context).handle, SetLanguage(update.effective_user.id, lang))
        user.language = lang
    except Exception:  # a convenience: the reply itself is already in the right language
        logger.exception("language of %s not stored", user.id)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start: greet linked users, refuse others."""
    user = await linked_user(update, context)
    if user:
        await update.effective_message.reply_text(render.t(_lang(user, update), "hello", name=user.name,
                                                           role=user.role))


async def intake_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A pasted or forwarded customer message becomes demand."""
    user = await linked_user(update, context)
    if not user:
        return
    for hook in context.application.bot_data.get("text_hooks", []):
        if await hook(update, context, user):  # a question, an answer to a prompt, …
            return
    message = update.effective_message
    await _ingest(update, context, user, message.text.encode("utf-8"), "", "text/plain")


async def intake_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A PDF, .eml or text document sent to the bot becomes demand."""
    user = await linked_user(update, context)
    if user:
        document = update.effective_message.document
        data = await (await document.get_file()).download_as_bytearray()
        await _ingest(update, context, user, bytes(data), document.file_name or "", document.mime_type or "")


async def _ingest(update: Update, context, user, raw: bytes, filename: str, content_type: str) -> None:
    services, message = _services(context), update.effective_message
    command = IngestMessage(raw, source="telegram", filename=filename, content_type=content_type,
                            requested_by=user.id, key=f"tg:{message.chat_id}:{message.message_id}")
    result = await asyncio.to_thread(services.handle, command)
    report = await asyncio.to_thread(services.message_report, result["message_id"])
    markup = None
    if result["status"] == "duplicate":
        text = render.t(_lang(user, update), "duplicate", id=result["message_id"])
    else:
        text, markup = render.intake_reply(report, _lang(user, update))
    await message.reply_text(text, reply_markup=markup)
    await drain_outbox(context)


async def on_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any button tap: the token decides what it means, server-side; refusals change nothing."""
    query = update.callback_query
    user = await linked_user(update, context)
    if not user:
        return
    result = await asyncio.to_thread(_services(context).handle,
                                     PressButton(query.data or "", telegram_id=update.effective_user.id))
    lang = _lang(user, update)
    said = toasts.toast(result, lang)
    await query.answer(said[:190])
    if result["status"] == "prompt":
        if result.get("prompt"):  # the answer is the user's next text (see answer_prompt)
            context.user_data["prompt_token"] = result["prompt"]["token"]
            await query.message.reply_text(toasts.prompt_text(result["prompt"], lang),
                                           reply_markup=ForceReply(selective=True))
        # else the question comes through the outbox (approvals' 'Why?', answered by bot/approvals.reason_hook)
    elif result.get("order_id") and query.message is not None and "edit_text" not in result:
        await _show_order(update, context, user, result)
    elif result["status"] != "refused" and query.message is not None:
        # The action may give the message a new text and buttons; by default the outcome is appended.
        text = result.get("edit_text") or f"{query.message.text}\n— {said}"
        await query.edit_message_text(text, reply_markup=render.keyboard(result.get("buttons")))
    if result.get("reply"):
        await query.message.reply_text(result["reply"], reply_markup=render.keyboard(result.get("reply_buttons")))
    await drain_outbox(context)


async def _show_order(update: Update, context, user, result: dict) -> None:
    """Re-draw an order after a review button: new promises, remaining buttons."""
    view = await asyncio.to_thread(_services(context).order_view, result["order_id"])
    lang = _lang(user, update)
    text, markup = render.order_message(view, lang)
    await update.callback_query.edit_message_text(f"{text}\n— {toasts.toast(result, lang)}", reply_markup=markup)


async def answer_prompt(update: Update, context, user) -> bool:
    """A text hook: the user's reply to a question Tandem asked (a quantity, a reason)."""
    token = context.user_data.pop("prompt_token", None)
    if token is None:
        return False
    result = await asyncio.to_thread(_services(context).handle, PressButton(
        token, telegram_id=update.effective_user.id, reason=update.effective_message.text))
    lang = _lang(user, update)
    if result["status"] == "refused":
        context.user_data["prompt_token"] = token  # ask again
        await update.effective_message.reply_text(toasts.toast(result, lang), reply_markup=ForceReply(selective=True))
        return True
    if result.get("order_id"):
        view = await asyncio.to_thread(_services(context).order_view, result["order_id"])
        text, markup = render.order_message(view, lang)
        await update.effective_message.reply_text(f"{toasts.toast(result, lang)}\n{text}", reply_markup=markup)
    else:
        await update.effective_message.reply_text(toasts.toast(result, lang))
    await drain_outbox(context)
    return True


async def drain_outbox(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Wake the outbox sender (bot/transport.py): the command just handled may have queued messages."""
    kick(context.application)
