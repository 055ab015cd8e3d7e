"""Fixtures for price and rule tests: the core's in-memory fixtures plus sales history and a buyer."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from core.adapters import orm
from core.domain import commands
from tests.core.conftest import *  # noqa: F401,F403  (the core's fixtures)


def add_history(uow_factory, sku: str, per_day: float, days: int = 200) -> None:
    """Steady daily sales so the planner forecasts `per_day`."""
    with uow_factory() as uow:
        start = date(2026, 1, 1)
        for d in range(days):
            uow.session.add(orm.SalesHistoryRow(day=start + timedelta(days=d), sku=sku, quantity=per_day))
        uow.commit()


@pytest.fixture
def deps(reader):
    """The bus's ports, kept so tests reach the shared planner state (deps.extra["planner"])."""
    from core.service import Deps
    from tests.core.conftest import FakeExtractor

    return Deps(reader, FakeExtractor(), lambda: date(2026, 11, 28))


@pytest.fixture
def bus(uow_factory, deps):
    from core.service import make_bus

    return make_bus(uow_factory(), deps)


@pytest.fixture
def priced(bus, seeded, uow_factory):
    """BOLT and NUT with demand history, a NUT offer, a buyer (tg 7) and a first full plan."""
    from core.domain.catalog import Offer, PriceBreak

    with uow_factory() as uow:
        uow.catalog.save_offer(Offer("S2", "NUT", [PriceBreak(1, 0.10)], moq=1, pack_size=1))
        product = uow.catalog.get_product("BOLT")
        product.category = "raw"
        uow.catalog.save_product(product)
        uow.commit()
    add_history(uow_factory, "BOLT", 10)
    add_history(uow_factory, "NUT", 2)
    people = dict(seeded)
    people["buyer"] = bus.handle(commands.AddUser("Bea", "buyer", telegram_id=7))
    return people


def outbox(uow_factory, kind: str) -> list[dict]:
    with uow_factory() as uow:
        rows = uow.session.exec(select(orm.OutboxRow).where(orm.OutboxRow.kind == kind).order_by(orm.OutboxRow.id))
        return [r.model_dump() for r in rows]


def audits(uow_factory, action: str) -> list[dict]:
    with uow_factory() as uow:
        return [r.model_dump() for r in uow.session.exec(select(orm.AuditRow).where(orm.AuditRow.action == action))]
