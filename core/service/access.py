"""Who may do what: invite codes, revoking, one-time web login links and sessions, approval rules."""
from __future__ import annotations

import secrets
import string
from datetime import datetime, timedelta, timezone

from sqlmodel import delete, select, update

from core.adapters import orm
from core.adapters import tables_access as ta
from core.config import get_settings
from core.domain import commands_access as cmds
from core.domain.access import DEFAULT_RULES, AccessError, ApprovalRule, UserRevoked, aware, check_code
from core.domain.people import APPROVER_ROLES, ROLES
from core.service.journal import actor_name, audit, tell_role

LOGIN_TTL = timedelta(minutes=15)
SESSION_TTL = timedelta(hours=12)


def _code(length: int) -> str:
    """A random code people type or paste: letters and digits only (a leading '-' reads as a CLI option,
    and Telegram's /start payload allows only A-Z, a-z, 0-9, _ and -)."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _admin(uow, user_id: int | None):
    """The acting admin; None means the CLI or the system, which may always act."""
    if user_id is None:
        return None
    user = uow.users.get(user_id)
    if user is None or not user.active or user.role != "admin":
        raise AccessError("Only an admin may do that.")
    return user


def create_invite(cmd: cmds.CreateInvite, uow) -> dict:
    """A one-time code that links whoever redeems it, with `role`, for `days` days."""
    if cmd.role not in ROLES:
        raise AccessError(f"unknown role {cmd.role!r}; one of: {', '.join(ROLES)}")
    with uow:
        admin = _admin(uow, cmd.created_by)
        row = ta.InviteRow(code=_code(16), role=cmd.role, name=cmd.name.strip(),
                            created_by=cmd.created_by, expires_at=_now() + timedelta(days=cmd.days))
        uow.session.add(row)
        audit(uow, actor_name(admin) if admin else "admin", "invite.created", "invite", row.code[:4] + "…",
              role=row.role, name=row.name, expires_at=row.expires_at)
        uow.commit()
        return {"code": row.code, "role": row.role, "name": row.name, "expires_at": row.expires_at.isoformat()}


def redeem_invite(cmd: cmds.RedeemInvite, uow) -> dict:
    """Link a Telegram id by invite; refusals say why and change nothing."""
    with uow:
        invite = uow.session.get(ta.InviteRow, cmd.code)
        if invite is None or invite.revoked:
            return {"status": "refused", "why": "invalid", "message": "This invite is not valid."}
        linked = uow.session.exec(select(orm.UserRow).where(orm.UserRow.telegram_id == cmd.telegram_id)).first()
        if linked is not None and linked.active:
            return {"status": "refused", "why": "linked", "name": linked.name,
                    "message": f"You are already linked as {linked.name}."}
        try:
            check_code("invite", invite.expires_at, invite.used_at, _now())
        except AccessError as exc:
            return {"status": "refused", "why": "used" if invite.used_at else "expired", "message": str(exc)}
        # Claim the code in the database so two redemptions at once cannot both succeed.
        claimed = uow.session.execute(update(ta.InviteRow).where(ta.InviteRow.code == cmd.code,
                                                                   ta.InviteRow.used_at.is_(None))
                                      .values(used_at=_now())).rowcount
        if claimed != 1:
            return {"status": "refused", "why": "used", "message": "This invite was already used."}
        user = linked or orm.UserRow(name="", role=invite.role, telegram_id=cmd.telegram_id)
        user.name = invite.name or cmd.name or f"user {cmd.telegram_id}"
        user.role, user.active, user.language = invite.role, True, cmd.language or "en"
        uow.session.add(user)
        uow.session.flush()
        invite.used_by = user.id
        uow.session.add(invite)
        audit(uow, actor_name(user), "invite.redeemed", "user", user.id, role=user.role, telegram_id=cmd.telegram_id,
              invited_by=invite.created_by)
        tell_role(uow, ("admin",), "user_joined", name=user.name, role=user.role)
        uow.commit()
        return {"status": "linked", "id": user.id, "name": user.name, "role": user.role,
                "message": f"Welcome, {user.name}: you are linked as {user.role}."}


def set_language(cmd: cmds.SetLanguage, uow) -> bool:
    """Remember a linked user's language; True when it changed."""
    with uow:
        row = uow.session.exec(select(orm.UserRow).where(orm.UserRow.telegram_id == cmd.telegram_id)).first()
        if row is None or row.language == cmd.language:
            return False
        row.language = cmd.language
        uow.session.add(row)
        uow.commit()
        return True


def revoke(cmd: cmds.RevokeAccess, uow) -> dict:
    """Cancel an open invite by its code, or deactivate a user by name; their open approvals move on."""
    with uow:
        admin = _admin(uow, cmd.by)
        actor = actor_name(admin) if admin else "admin"
        invite = uow.session.get(ta.InviteRow, cmd.target.strip())
        if invite is not None and invite.used_at is None and not invite.revoked:
            invite.revoked = True
            uow.session.add(invite)
            audit(uow, actor, "invite.revoked", "invite", invite.code[:4] + "…", role=invite.role)
            uow.commit()
            return {"status": "revoked", "role": invite.role, "message": f"Invite for {invite.role} revoked."}
        wanted = cmd.target.strip().casefold()
        user = next((u for u in uow.session.exec(select(orm.UserRow)) if u.name.casefold() == wanted and u.active),
                    None)
        if user is None:
            return {"status": "refused", "message": f"No active user or open invite called {cmd.target!r}."}
        if admin is not None and user.id == admin.id:
            return {"status": "refused", "message": "You cannot revoke yourself."}
        user.active = False
        uow.session.add(user)
        uow.session.execute(delete(ta.WebSessionRow).where(ta.WebSessionRow.user_id == user.id))
        audit(uow, actor, "user.revoked", "user", user.id, name=user.name, role=user.role)
        uow.publish(UserRevoked(user.id))
        uow.commit()
        return {"status": "revoked", "name": user.name, "message": f"{user.name} can no longer use Tandem."}


def create_login_link(cmd: cmds.CreateLoginLink, uow, base_url: str) -> dict:
    """A one-time link to the web page for an active user, valid for 15 minutes."""
    with uow:
        users = [u for u in uow.users.list() if u.active]
        user = next((u for u in users if (cmd.user_id is not None and u.id == cmd.user_id)
                     or (cmd.telegram_id is not None and u.telegram_id == cmd.telegram_id)
                     or (cmd.name and u.name.casefold() == cmd.name.strip().casefold())), None)
        if user is None:
            raise AccessError(f"No active user {cmd.name or cmd.user_id or cmd.telegram_id!r}.")
        code = _code(32)
        uow.session.add(ta.LoginCodeRow(code=code, user_id=user.id, expires_at=_now() + LOGIN_TTL))
        audit(uow, actor_name(user), "login.link_created", "user", user.id)
        uow.commit()
        return {"url": f"{base_url.rstrip('/')}/login?code={code}", "code": code, "user": user.name,
                "expires_in_minutes": int(LOGIN_TTL.total_seconds() // 60)}


def redeem_login(cmd: cmds.RedeemLogin, uow) -> dict:
    """Spend a login code and open a web session; a used, expired or unknown code opens nothing."""
    with uow:
        row = uow.session.get(ta.LoginCodeRow, cmd.code)
        if row is None:
            return {"status": "refused", "message": "This login link is not valid."}
        try:
            check_code("login link", row.expires_at, row.used_at, _now())
        except AccessError as exc:
            return {"status": "refused", "message": str(exc)}
        user = uow.users.get(row.user_id)
        claimed = uow.session.execute(update(ta.LoginCodeRow).where(ta.LoginCodeRow.code == cmd.code,
                                                                      ta.LoginCodeRow.used_at.is_(None))
                                      .values(used_at=_now())).rowcount
        if claimed != 1 or user is None or not user.active:
            return {"status": "refused", "message": "This login link was already used."}
        token = secrets.token_urlsafe(32)
        uow.session.add(ta.WebSessionRow(token=token, user_id=user.id, expires_at=_now() + SESSION_TTL))
        audit(uow, actor_name(user), "login.web", "user", user.id)
        uow.commit()
        return {"status": "ok", "session": token, "user": {"id": user.id, "name": user.name, "role": user.role}}


def end_session(cmd: cmds.EndSession, uow) -> dict:
    """Forget a web session."""
    with uow:
        row = uow.session.get(ta.WebSessionRow, cmd.session)
        if row is not None:
            uow.session.delete(row)
            audit(uow, f"user:{row.user_id}", "login.logout", "user", row.user_id)
            uow.commit()
        return {"status": "ok"}


def session_user(uow, token: str | None) -> dict | None:
    """The active user behind a session cookie, or None (read-only)."""
    if not token:
        return None
    with uow:
        row = uow.session.get(ta.WebSessionRow, token)
        if row is None or aware(row.expires_at) < _now():
            return None
        user = uow.users.get(row.user_id)
        return {"id": user.id, "name": user.name, "role": user.role} if user and user.active else None


def overview(uow) -> dict:
    """Users and open invites for /users and the admin page."""
    with uow:
        users = [{"id": u.id, "name": u.name, "role": u.role, "telegram": bool(u.telegram_id), "active": u.active}
                 for u in uow.users.list()]
        now = _now()
        invites = [{"code": i.code, "role": i.role, "name": i.name, "expires_at": i.expires_at.isoformat()}
                   for i in uow.session.exec(select(ta.InviteRow).where(ta.InviteRow.used_at.is_(None),
                                                                          ta.InviteRow.revoked.is_(False)))
                   if aware(i.expires_at) > now]
        return {"users": users, "invites": invites}


def list_users(cmd: cmds.ListUsers, uow) -> dict:
    """The overview, for admins only."""
    with uow:
        _admin(uow, cmd.by)
    return overview(uow)


def rules(uow) -> list[ApprovalRule]:
    """The approval rules in force (the defaults until someone sets one); call inside a unit of work."""
    rows = list(uow.session.exec(select(ta.ApprovalRuleRow).order_by(ta.ApprovalRuleRow.level,
                                                                       ta.ApprovalRuleRow.min_amount)))
    if not rows:
        return list(DEFAULT_RULES)
    return [ApprovalRule(r.level, r.min_amount, r.category, r.role) for r in rows]


def set_rule(cmd: cmds.SetApprovalRule, uow) -> list[dict]:
    """Add, replace or (role '') remove the rule for a level and category; returns the rules."""
    if cmd.role and cmd.role not in APPROVER_ROLES:
        raise AccessError(f"role must be one of: {', '.join(APPROVER_ROLES)}")
    if cmd.level < 1 or cmd.min_amount < 0:
        raise AccessError("level starts at 1 and amounts are not negative")
    with uow:
        admin = _admin(uow, cmd.by)
        if uow.session.exec(select(ta.ApprovalRuleRow)).first() is None:
            for rule in DEFAULT_RULES:  # the first change starts from the defaults, not from nothing
                uow.session.add(ta.ApprovalRuleRow(**vars(rule)))
            uow.session.flush()
        category = cmd.category.strip() or "*"
        row = uow.session.exec(select(ta.ApprovalRuleRow).where(ta.ApprovalRuleRow.level == cmd.level,
                                                                 ta.ApprovalRuleRow.category == category)).first()
        if not cmd.role:
            if row is not None:
                uow.session.delete(row)
        else:
            row = row or ta.ApprovalRuleRow(level=cmd.level, category=category, role=cmd.role)
            row.min_amount, row.role = cmd.min_amount, cmd.role
            uow.session.add(row)
        audit(uow, actor_name(admin) if admin else "admin", "approval_rule.set", "approval_rule",
              f"{cmd.level}:{category}", min_amount=cmd.min_amount, role=cmd.role or None)
        uow.commit()
        return [vars(r) for r in rules(uow)]


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Access handlers; the login link's base URL comes from the settings."""
    settings = deps.extra.get("settings") or get_settings()
    base_url = settings.public_url or f"http://{settings.host}:{settings.port}"
    command_handlers[cmds.CreateInvite] = lambda c: create_invite(c, uow)
    command_handlers[cmds.RedeemInvite] = lambda c: redeem_invite(c, uow)
    command_handlers[cmds.RevokeAccess] = lambda c: revoke(c, uow)
    command_handlers[cmds.SetLanguage] = lambda c: set_language(c, uow)
    command_handlers[cmds.CreateLoginLink] = lambda c: create_login_link(c, uow, base_url)
    command_handlers[cmds.RedeemLogin] = lambda c: redeem_login(c, uow)
    command_handlers[cmds.EndSession] = lambda c: end_session(c, uow)
    command_handlers[cmds.ListUsers] = lambda c: list_users(c, uow)
    command_handlers[cmds.SetApprovalRule] = lambda c: set_rule(c, uow)
