"""Bot area 'approvals': /approvals, the 'Why?' answer hook, and the reminder job."""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes

from bot import handlers, menu, render, texts_access, toasts
from bot.lang import lang_of as _lang
from bot.texts_access import t
from core.domain.commands_access import AnswerPrompt, ListApprovals, RemindApprovals

logger = logging.getLogger(__name__)
REMIND_EVERY = 60  # seconds between RemindApprovals runs


async def _handle(context, command):
    return await asyncio.to_thread(context.application.bot_data["services"].handle, command)


async def approvals(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/approvals: each PO waiting for this user, with fresh buttons."""
    user = await handlers.linked_user(update, context)
    if not user:
        return
    lang = _lang(user, update)
    result = await _handle(context, ListApprovals(telegram_id=update.effective_user.id))
    if not result["items"]:
        await update.effective_message.reply_text(t(lang, "none_waiting"))
        return
    for item in result["items"]:
        text, markup = texts_access.approval_request(item, lang)
        await update.effective_message.reply_text(text, reply_markup=markup)


async def reason_hook(update: Update, context, user) -> bool:
    """The text after 'Why?' is the reason of the pending Reject / Ask for change; other text is not ours."""
    message = update.effective_message
    result = await _handle(context, AnswerPrompt(update.effective_user.id, message.text or ""))
    if not result.get("handled"):
        return False
    await message.reply_text(toasts.toast(result, _lang(user, update)))
    await handlers.drain_outbox(context)
    return True


async def remind(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Job: reminders and escalations, then send what they queued."""
    try:
        await _handle(context, RemindApprovals(datetime.now(timezone.utc)))
    except Exception:  # the next run tries again; one failure must not stop the job
        logger.exception("approval reminders failed")
        return
    await handlers.drain_outbox(context)


def register(app) -> None:
    """The /approvals command, the reason hook (first, before order intake) and the minute job."""
    render.RENDERERS.update(texts_access.RENDERERS)
    app.add_handler(CommandHandler("approvals", approvals))
    menu.add_command("approvals", {"en": "Purchase orders waiting for you", "zh": "等待您审批的采购单"},
                     ("manager", "director", "admin"))
    app.bot_data["text_hooks"].insert(0, reason_hook)
    app.job_queue.run_repeating(remind, interval=REMIND_EVERY, first=REMIND_EVERY, name="approval_reminders")
