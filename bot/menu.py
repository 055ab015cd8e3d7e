"""The bot's command menu (set at start-up, in English and Chinese) and the short, per-role /help."""
from __future__ import annotations

import asyncio
import logging

from telegram import BotCommand, Update
from telegram.ext import ContextTypes

from bot import render
from bot.lang import lang_of
from bot.pacing import PacedRateLimiter

logger = logging.getLogger(__name__)
LANGUAGES = ("en", "zh")

# (command, {language: description}, roles that see it in /help; None = everyone). Areas may add theirs.
COMMANDS: list[tuple[str, dict[str, str], tuple[str, ...] | None]] = [
    ("start", {"en": "Hello and your role", "zh": "问候与您的角色"}, None),
    ("help", {"en": "What you can do here", "zh": "您在这里可以做什么"}, None),
]

# What each role does through the bot, one or two short lines.
ROLE_HELP = {
    "en": {"salesperson": "Paste or forward a customer's order, or send its PDF or .eml. "
                          "I reserve stock and tell you what is short.",
           "buyer": "Ask about stock, arrivals, run-outs or prices in plain words. Shortages and purchase "
                    "suggestions come here with buttons: one tap acts.",
           "approver": "Purchase orders to approve arrive here: ✅ Approve, ❌ Reject or ✏️ Ask for change.",
           "admin": "You can also send orders; /invite ROLE adds people, /revoke removes them."},
    "zh": {"salesperson": "粘贴或转发客户订单，或发送 PDF / .eml 文件。我会预留库存并告诉您缺货情况。",
           "buyer": "直接提问库存、到货、断货或价格。缺货提醒和采购建议带按钮发到这里，一键处理。",
           "approver": "待审批的采购单会发到这里：✅ 批准、❌ 拒绝 或 ✏️ 要求修改。",
           "admin": "您也可以发送订单；/invite 角色 邀请用户，/revoke 撤销。"},
}
ROLE_LINES = {"salesperson": ("salesperson",), "buyer": ("buyer",), "manager": ("approver",),
              "director": ("approver",), "admin": ("approver", "admin")}


def add_command(name: str, descriptions: dict[str, str], roles: tuple[str, ...] | None = None) -> None:
    """Let an area put its command in the menu and in /help (call from its register(app))."""
    if all(name != existing for existing, _, _ in COMMANDS):
        COMMANDS.append((name, descriptions, roles))


def commands_for(lang: str, role: str | None = None) -> list[BotCommand]:
    """The menu in one language; with a role, only the commands that role may use."""
    return [BotCommand(name, text.get(lang) or text["en"]) for name, text, roles in COMMANDS
            if role is None or roles is None or role in roles]


async def set_menu(bot) -> list[str]:
    """Publish the menu for every language (and the default, English); returns the languages set."""
    done = []
    for lang in (None, *LANGUAGES):
        try:
            await bot.set_my_commands(commands_for(lang or "en"), language_code=lang, **_no_long_wait(bot))
            done.append(lang or "default")
        except Exception as exc:  # a menu is a convenience: start-up goes on without it
            logger.warning("set_my_commands(%s) failed: %s", lang, exc)
    return done


def _no_long_wait(bot) -> dict:
    # Under a long flood-control pause the menu is skipped rather than holding up start-up or shutdown.
    return {"rate_limit_args": {"max_wait": 5.0}} if isinstance(bot.rate_limiter, PacedRateLimiter) else {}


def help_text(role: str, lang: str) -> str:
    """Short help: what this role can do, then its commands."""
    lang = lang if lang in ROLE_HELP else "en"
    lines = [ROLE_HELP[lang][key] for key in ROLE_LINES.get(role, ("salesperson",))]
    # Names only: the menu beside the text field already says what each command does.
    names = " ".join(f"/{c.command}" for c in commands_for(lang, role) if c.command not in ("start", "help"))
    lines.append(("命令：" if lang == "zh" else "Commands: ") + names)
    return "\n".join(lines)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/help: what this user can do; strangers get the refusal."""
    services = context.application.bot_data["services"]
    user = await asyncio.to_thread(services.user_for, update.effective_user.id)
    lang = lang_of(user, update)
    text = help_text(user.role, lang) if user else render.t(lang, "refuse")
    await update.effective_message.reply_text(text)
