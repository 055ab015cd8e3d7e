"""Texts and renderers of the access and approvals area, in English and Chinese."""
from __future__ import annotations

from telegram import ForceReply, InlineKeyboardButton, InlineKeyboardMarkup

TEXT = {
    "en": {"approve": "✅ Approve", "reject": "❌ Reject", "change": "✏️ Ask for change",
           "override": "⚠️ Admin override: approve",
           "head": "PO {po_id} · {supplier} · total {total:.2f}",
           "level": "Level {level} of {levels} ({role}); requested by {requested_by}",
           "approved_by": "Already approved by: {names}",
           "why": "Why: {reason}", "alt": "Next best: {supplier} at {total:.2f} ({diff:+.2f})",
           "no_alt": "No other supplier offers all lines.",
           "budget": "Budget: approved this month {mtd:.2f}; with this PO {after:.2f}",
           "reminder": "⏰ Reminder: waiting for you for {hours} h.",
           "escalated": "⏫ Escalated to you: {who} has not answered for {hours} h.",
           "override_only": "Pending PO (admin view): you may override the approval chain.",
           "ask_reject": "Why are you rejecting PO {po_id}? Reply with the reason.",
           "ask_change": "What should change on PO {po_id}? Reply with the request.",
           "placeholder": "Reason",
           "decision": "PO {po_id} {status} by {by}.", "reason": "Reason: {reason}",
           "changes_requested": "sent back for a change", "approved": "approved", "rejected": "rejected",
           "progress": "PO {po_id} approved by {by} (level {level}); now waiting for the {role}.",
           "none_waiting": "Nothing waits for your approval.",
           "admins_only": "Only an admin may do that.",
           "invite_usage": "Usage: /invite ROLE [NAME] — ROLE is salesperson, buyer, manager, director or admin.",
           "invite_made": "Invite for {role}{name}, valid 7 days, single use:\n{link}\nor /start {code}",
           "revoke_usage": "Usage: /revoke NAME (or an invite code).",
           "welcome": "Welcome, {name}: you are linked as {role}.",
           "invalid": "This invite is not valid.", "expired": "This invite has expired.",
           "used": "This invite was already used.", "linked": "You are already linked as {name}.",
           "web": "Your one-time login link (valid {minutes} min):\n{url}",
           "users_head": "Users:", "invites_head": "Open invites:", "inactive": "revoked",
           "no_tg": "no Telegram"},
    "zh": {"approve": "✅ 批准", "reject": "❌ 拒绝", "change": "✏️ 要求修改",
           "override": "⚠️ 管理员强制批准",
           "head": "采购单 {po_id} · {supplier} · 总额 {total:.2f}",
           "level": "第 {level}/{levels} 级（{role}）；申请人 {requested_by}",
           "approved_by": "已批准：{names}",
           "why": "原因：{reason}", "alt": "次优供应商：{supplier}，{total:.2f}（{diff:+.2f}）",
           "no_alt": "没有其他供应商能供应全部行。",
           "budget": "预算：本月已批准 {mtd:.2f}；加上本单 {after:.2f}",
           "reminder": "⏰ 提醒：已等待您 {hours} 小时。",
           "escalated": "⏫ 已升级给您：{who} 已 {hours} 小时未处理。",
           "override_only": "待审批采购单（管理员视图）：您可以强制批准。",
           "ask_reject": "为什么拒绝采购单 {po_id}？请回复原因。",
           "ask_change": "采购单 {po_id} 需要修改什么？请回复。",
           "placeholder": "原因",
           "decision": "采购单 {po_id} 已被 {by} {status}。", "reason": "原因：{reason}",
           "changes_requested": "退回修改", "approved": "批准", "rejected": "拒绝",
           "progress": "采购单 {po_id} 已由 {by} 批准（第 {level} 级）；等待{role}审批。",
           "none_waiting": "没有等待您审批的采购单。",
           "admins_only": "只有管理员可以这样做。",
           "invite_usage": "用法：/invite 角色 [姓名] — 角色：salesperson、buyer、manager、director 或 admin。",
           "invite_made": "{role}{name} 的邀请，7 天内有效，仅可使用一次：\n{link}\n或 /start {code}",
           "revoke_usage": "用法：/revoke 姓名（或邀请码）。",
           "welcome": "欢迎，{name}：您已作为 {role} 绑定。",
           "invalid": "此邀请无效。", "expired": "此邀请已过期。",
           "used": "此邀请已被使用。", "linked": "您已绑定为 {name}。",
           "web": "您的一次性登录链接（{minutes} 分钟内有效）：\n{url}",
           "users_head": "用户：", "invites_head": "未使用的邀请：", "inactive": "已撤销",
           "no_tg": "未绑定 Telegram"},
}


def t(lang: str, key: str, **kw) -> str:
    """The text for `key` in the user's language (English when unknown)."""
    return TEXT.get(lang if lang in TEXT else "en")[key].format(**kw)


def _short(text: str, limit: int = 180) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def approval_request(payload: dict, lang: str = "en") -> tuple[str, InlineKeyboardMarkup]:
    """The request with its why (planner's reasons, runner-up, budget) and the buttons."""
    lines = [t(lang, "head", po_id=payload["po_id"], supplier=payload["supplier"], total=payload["total"])]
    if payload.get("reminder"):
        lines.append(t(lang, "reminder", hours=payload.get("waited_hours", 0)))
    if payload.get("escalated"):
        lines.append(t(lang, "escalated", who=payload.get("waiting_on", "?"), hours=payload.get("waited_hours", 0)))
    if payload.get("override_only"):
        lines.append(t(lang, "override_only"))
    for line in payload["lines"][:15]:
        lines.append(f"• {line['quantity']:g} × {line['sku']} @ {line['unit_price']:g}")
        if line.get("reason"):
            lines.append("  " + t(lang, "why", reason=_short(line["reason"])))
    if payload.get("levels"):
        lines.append(t(lang, "level", level=payload.get("level") or "-", levels=payload["levels"],
                       role=payload.get("role") or "-", requested_by=payload.get("requested_by") or "-"))
    if payload.get("approved_by"):
        lines.append(t(lang, "approved_by", names=", ".join(payload["approved_by"])))
    alt = payload.get("runner_up")
    lines.append(t(lang, "alt", supplier=alt["supplier"], total=alt["total"], diff=alt["difference"]) if alt
                 else t(lang, "no_alt"))
    budget = payload.get("budget") or {}
    if budget:
        lines.append(t(lang, "budget", mtd=budget["month_to_date"], after=budget["after"]))
    tokens = {**payload.get("buttons", {}), **payload.get("more", {})}
    rows = [[(a, tokens[a]) for a in ("approve", "reject") if a in tokens],
            [(a, tokens[a]) for a in ("change",) if a in tokens],
            [(a, tokens[a]) for a in ("override",) if a in tokens]]
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(t(lang, a), callback_data=tok) for a, tok in row]
                                   for row in rows if row])
    return "\n".join(lines)[:4000], markup


def decision(payload: dict, lang: str = "en") -> tuple[str, None]:
    """What the requester hears: approved, rejected or sent back, with the reason."""
    status = payload["status"]
    text = t(lang, "decision", po_id=payload["po_id"], by=payload["by"],
             status=t(lang, status) if status in ("approved", "rejected", "changes_requested") else status)
    return text + (" " + t(lang, "reason", reason=payload["reason"]) if payload.get("reason") else ""), None


def ask_reason(payload: dict, lang: str = "en") -> tuple[str, ForceReply]:
    """'Why?' with a forced reply, so the next text is the answer."""
    key = "ask_change" if payload.get("action") == "change" else "ask_reject"
    return t(lang, key, po_id=payload["po_id"]), ForceReply(selective=True,
                                                          input_field_placeholder=t(lang, "placeholder"))


def progress(payload: dict, lang: str = "en") -> tuple[str, None]:
    """A level approved, the next one asked."""
    return t(lang, "progress", po_id=payload["po_id"], by=payload["by"], level=payload["level"],
             role=payload["next_role"]), None


RENDERERS = {"approval_request": approval_request, "decision": decision, "ask_reason": ask_reason,
             "approval_progress": progress}
