"""Handlers for people and reference data: users, catalog rows, stock counts."""
from __future__ import annotations

from core.domain import commands
from core.domain.people import User
from core.service.journal import audit


def add_user(cmd: commands.AddUser, uow) -> dict:
    """Create a user; a Telegram id may belong to one user only."""
    with uow:
        if cmd.telegram_id is not None and uow.users.by_telegram(cmd.telegram_id):
            raise ValueError(f"Telegram id {cmd.telegram_id} is already linked to another user")
        user = uow.users.add(User(cmd.name, cmd.role, cmd.telegram_id, cmd.email.lower()))
        audit(uow, "admin", "user.added", "user", user.id, name=user.name, role=user.role,
              telegram_id=user.telegram_id)
        uow.commit()
        return {"id": user.id, "name": user.name, "role": user.role, "telegram_id": user.telegram_id}


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Admin handlers."""
    command_handlers[commands.AddUser] = lambda c: add_user(c, uow)
