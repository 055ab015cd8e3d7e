"""Build the python-telegram-bot Application with Tandem's handlers and the outbox job."""
from __future__ import annotations

import importlib

from telegram.ext import (Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler, MessageHandler,
                          filters)

from bot import handlers
from bot.pacing import Limits, PacedRateLimiter, Pacer
from bot.services import BotServices

# Each area module defines register(app): its commands, and text hooks tried before order intake.
BOT_AREAS = ["bot.access", "bot.approvals", "bot.buyer", "bot.sales", "bot.supplier", "bot.notices", "bot.transport",
             "bot.rules"]


def _areas():
    for name in BOT_AREAS:
        try:
            yield importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise


def build_application(token: str, services: BotServices, base_url: str = "https://api.telegram.org/bot",
                      base_file_url: str = "https://api.telegram.org/file/bot", polling: bool = True,
                      outbox_interval: float = 1.0, worker: str = "", overall_rate: float = 30.0) -> Application:
    """An Application wired to `services`; webhook mode builds it without an updater.

    worker: this process's id in the shared queues (empty: unique per process); overall_rate: this process's
    share of Telegram's ~30 messages/s (with N processes sending, 30 / N each).
    """
    # Not PTB's AIORateLimiter: it is in-memory only and retries RetryAfter inside the call, which would hold a
    # leased outbox row past its lease (another worker then sends it again). PacedRateLimiter paces replies and
    # the outbox on one budget; the outbox's retries live in the database (bot/transport.py).
    builder = (ApplicationBuilder().token(token).base_url(base_url).base_file_url(base_file_url)
               .rate_limiter(PacedRateLimiter(Pacer(Limits(overall_rate=overall_rate)))))
    if not polling:
        builder = builder.updater(None)
    app = builder.build()
    app.bot_data["services"] = services
    # async (update, context, user) -> True when the text was handled; answers to Tandem's own questions first
    app.bot_data["text_hooks"] = [handlers.answer_prompt]
    app.bot_data["outbox_interval"] = outbox_interval  # bot.transport looks at the outbox this often
    app.bot_data["worker"] = worker
    for area in _areas():
        area.register(app)
    # Generic handlers last: within a group PTB runs the first handler that matches.
    app.add_handler(CommandHandler("start", handlers.start))
    app.add_handler(CallbackQueryHandler(handlers.on_callback))
    app.add_handler(MessageHandler(filters.Document.ALL, handlers.intake_document))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, handlers.intake_text))
    return app
