"""Fixtures for the access tests: the core's in-memory fixtures plus a director, a second manager and an admin."""
from __future__ import annotations

import pytest
from sqlmodel import select

from core.adapters import orm
from core.domain import commands
from tests.core.conftest import FakeExtractor, FakeReader, bus, seeded, uow_factory  # noqa: F401  (fixtures)


@pytest.fixture
def team(bus, seeded):
    """Sam (sales, tg 1), Mia (manager, tg 2), Max (manager, tg 3), Dan (director, tg 4), Ada (admin, tg 5)."""
    people = dict(seeded)
    people["manager2"] = bus.handle(commands.AddUser("Max", "manager", telegram_id=3))
    people["director"] = bus.handle(commands.AddUser("Dan", "director", telegram_id=4))
    people["admin"] = bus.handle(commands.AddUser("Ada", "admin", telegram_id=5))
    return people


def outbox(uow_factory, kind, user_id=None):
    """Outbox messages of a kind (optionally to one user), oldest first."""
    with uow_factory() as uow:
        rows = uow.session.exec(select(orm.OutboxRow).where(orm.OutboxRow.kind == kind).order_by(orm.OutboxRow.id))
        return [r.model_dump() for r in rows if user_id is None or r.user_id == user_id]


def audit_actions(uow_factory):
    with uow_factory() as uow:
        return [r.action for r in uow.session.exec(select(orm.AuditRow).order_by(orm.AuditRow.id))]


def po_status(uow_factory, po_id=1):
    with uow_factory() as uow:
        return uow.purchase_orders.get(po_id).status
