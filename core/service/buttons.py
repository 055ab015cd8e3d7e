"""Buttons: opaque single-use tokens behind every inline button, checked and dispatched server-side."""
from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from core.adapters import orm
from core.domain import commands

DEFAULT_TTL = timedelta(days=7)

# action name -> handler(uow, token_row, user, command) -> result dict with at least "status" and "message".
# Areas add theirs in their register(); the handler checks versions and spends tokens itself.
ACTIONS: dict[str, Callable] = {}


def issue(uow, action: str, entity: str, entity_id: int, user_id: int | None, version: int = 0,
          ttl: timedelta = DEFAULT_TTL, **data) -> str:
    """Store a new token for a button and return it (fits Telegram's 64-byte callback_data)."""
    token = secrets.token_urlsafe(16)
    uow.approvals.add_token(orm.ActionTokenRow(token=token, action=action, entity=entity, entity_id=entity_id,
                                               user_id=user_id, version=version, data=data,
                                               expires_at=datetime.now(timezone.utc) + ttl))
    return token


def press(cmd: commands.PressButton, uow) -> dict:
    """Check who pressed what, then let the action's handler act; a refusal changes nothing."""
    with uow:
        user = uow.users.by_telegram(cmd.telegram_id) if cmd.telegram_id else uow.users.get(cmd.user_id)
        token = uow.approvals.get_token(cmd.token) if cmd.token else None
        refusal = _refusal(token, user)
        if refusal:
            return {"status": "refused", "message": refusal}
        if token.used_at is not None:
            return _spent(uow, token)
        handler = ACTIONS.get(token.action)
        if handler is None:
            return {"status": "refused", "message": "This button is not valid."}
        return handler(uow, token, user, cmd)


def _refusal(token, user) -> str:
    """Why this tap may not act, or '' when it may (spent tokens are answered by their action)."""
    if user is None:
        return "You are not linked to Tandem."
    if token is None:
        return "This button is not valid."
    if token.user_id is not None and token.user_id != user.id:
        return "This button is not yours."
    expires = token.expires_at if token.expires_at.tzinfo else token.expires_at.replace(tzinfo=timezone.utc)
    if expires < datetime.now(timezone.utc):
        return "This button has expired."
    return ""


# action -> fn(uow, token) -> message, for taps on buttons already used ("already approved by Ann").
SPENT: dict[str, Callable] = {}


def _spent(uow, token) -> dict:
    explain = SPENT.get(token.action)
    return {"status": "refused", "message": explain(uow, token) if explain else "This button was already used."}


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """The one command every button tap becomes."""
    command_handlers[commands.PressButton] = lambda c: press(c, uow)
