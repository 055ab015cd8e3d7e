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


def mark_outbound(cmd: commands.MarkOutbound, uow) -> None:
    """Record the delivery of an outbound message; failures are retried a few times, then kept as failed."""
    from datetime import datetime, timezone

    from core.adapters import orm

    with uow:
        row = uow.session.get(orm.OutboxRow, cmd.outbound_id)
        if row is None:
            return
        row.attempts += 1
        if cmd.sent:
            row.status, row.sent_at = "sent", datetime.now(timezone.utc)
        elif row.attempts >= 5:
            row.status = "failed"
            audit(uow, "bot", "outbound.failed", "outbox", row.id, error=cmd.error)
        uow.session.add(row)
        uow.commit()


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Admin handlers."""
    command_handlers[commands.AddUser] = lambda c: add_user(c, uow)
    command_handlers[commands.MarkOutbound] = lambda c: mark_outbound(c, uow)
