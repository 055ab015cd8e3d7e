"""Bot area 'access': /start CODE redeems an invite; admins /invite, /revoke, /users; /web sends a login link."""
from __future__ import annotations

import asyncio

from telegram import LinkPreviewOptions, Update
from telegram.ext import CommandHandler, ContextTypes

from bot import handlers, menu, toasts
from bot.lang import lang_of as _lang
from bot.texts_access import t
from core.domain.commands_access import CreateInvite, CreateLoginLink, ListUsers, RedeemInvite, RevokeAccess
from core.domain.people import ROLES


async def _handle(context, command):
    return await asyncio.to_thread(context.application.bot_data["services"].handle, command)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start CODE links a new user by invite; plain /start greets (or politely refuses)."""
    if not context.args:
        await handlers.start(update, context)
        return
    tg = update.effective_user
    lang = _lang(None, update)
    name = " ".join(p for p in (tg.first_name, tg.last_name) if p)
    result = await _handle(context, RedeemInvite(context.args[0], tg.id, name, lang))
    if result["status"] == "linked":
        text = t(lang, "welcome", name=result["name"], role=result["role"])
    else:
        text = t(lang, result.get("why", "invalid"), name=result.get("name", ""))
    await update.effective_message.reply_text(text)
    await handlers.drain_outbox(context)


async def _admin(update: Update, context) -> object | None:
    """The linked admin behind this update; others are told no (unknown users get the usual refusal)."""
    user = await handlers.linked_user(update, context)
    if user and user.role != "admin":
        await update.effective_message.reply_text(t(_lang(user, update), "admins_only"))
        return None
    return user


async def invite(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/invite ROLE [NAME]: a one-time code and its deep link."""
    user = await _admin(update, context)
    if not user:
        return
    lang = _lang(user, update)
    if not context.args or context.args[0] not in ROLES:
        await update.effective_message.reply_text(t(lang, "invite_usage"))
        return
    name = " ".join(context.args[1:])
    result = await _handle(context, CreateInvite(context.args[0], created_by=user.id, name=name))
    link = f"https://t.me/{context.bot.username}?start={result['code']}"
    await update.effective_message.reply_text(
        t(lang, "invite_made", role=result["role"], name=f" ({name})" if name else "", link=link, code=result["code"]),
        link_preview_options=LinkPreviewOptions(is_disabled=True))


async def revoke(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/revoke NAME or /revoke CODE."""
    user = await _admin(update, context)
    if not user:
        return
    if not context.args:
        await update.effective_message.reply_text(t(_lang(user, update), "revoke_usage"))
        return
    result = await _handle(context, RevokeAccess(" ".join(context.args), by=user.id))
    await update.effective_message.reply_text(toasts.toast(result, _lang(user, update)))
    await handlers.drain_outbox(context)


async def users(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/users: who is linked, with which role, and the open invites."""
    user = await _admin(update, context)
    if not user:
        return
    lang = _lang(user, update)
    data = await _handle(context, ListUsers(by=user.id))
    lines = [t(lang, "users_head")]
    for u in data["users"]:
        flags = [] if u["active"] else [t(lang, "inactive")]
        flags += [] if u["telegram"] else [t(lang, "no_tg")]
        lines.append(f"• {u['name']} — {u['role']}" + (f" ({', '.join(flags)})" if flags else ""))
    if data["invites"]:
        lines.append(t(lang, "invites_head"))
        lines += [f"• {i['role']} {i['name']} · {i['code']} · {i['expires_at'][:10]}" for i in data["invites"]]
    await update.effective_message.reply_text("\n".join(lines)[:4000])


async def web(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/web: a one-time login link to the web page (no preview, so no crawler opens it)."""
    user = await handlers.linked_user(update, context)
    if not user:
        return
    result = await _handle(context, CreateLoginLink(user_id=user.id))
    await update.effective_message.reply_text(
        t(_lang(user, update), "web", url=result["url"], minutes=result["expires_in_minutes"]),
        link_preview_options=LinkPreviewOptions(is_disabled=True))


def register(app) -> None:
    """Access commands; /start here runs before the generic greeting."""
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("invite", invite))
    app.add_handler(CommandHandler("revoke", revoke))
    app.add_handler(CommandHandler("users", users))
    app.add_handler(CommandHandler("web", web))
    menu.add_command("invite", {"en": "Invite someone: /invite ROLE [NAME]", "zh": "邀请用户：/invite 角色 [姓名]"},
                     ("admin",))
    menu.add_command("revoke", {"en": "Revoke a user or an invite", "zh": "撤销用户或邀请"}, ("admin",))
    menu.add_command("users", {"en": "Users and open invites", "zh": "用户与未使用的邀请"}, ("admin",))
    menu.add_command("web", {"en": "One-time link to the web page", "zh": "网页一次性登录链接"})
