"""Fixtures for the access tests: the core's in-memory fixtures plus a director, a second manager and an admin."""
from __future__ import annotations

import pytest
from sqlmodel import select

from core.adapters import orm
from core.domain import commands
from tests.core.conftest import *  # noqa: F401,F403  (the core's fixtures, whatever they grow into)


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


@pytest.fixture
def light(tmp_path):
    """A wired Tandem on a migrated SQLite file with one supplier offer and five users (no demo data)."""
    from core.config import Settings
    from core.domain.catalog import Offer, PriceBreak, Product, Supplier
    from tandem.bootstrap import bootstrap

    instance = bootstrap(Settings(_env_file=None, database_url=f"sqlite:///{tmp_path}/access.db",
                                  inbox_dir=str(tmp_path / "inbox"), outbox_interval_seconds=0.2))
    with instance.uow() as uow:
        uow.catalog.save_product(Product("BOLT", "Hex bolt M8x30", safety_stock=20))
        uow.catalog.save_supplier(Supplier("S1", "Cheap Co"))
        uow.catalog.save_supplier(Supplier("S2", "Quick Co"))
        uow.catalog.save_offer(Offer("S1", "BOLT", [PriceBreak(1, 0.50)], moq=100, pack_size=50))
        uow.catalog.save_offer(Offer("S2", "BOLT", [PriceBreak(1, 0.60)]))
        uow.commit()
    for name, role, tg, lang in USERS:
        instance.handle(commands.AddUser(name, role, telegram_id=tg))
        if lang != "en":
            with instance.uow() as uow:
                row = uow.session.get(orm.UserRow, uow.users.by_telegram(tg).id)
                row.language = lang
                uow.session.add(row)
                uow.commit()
    yield instance
    instance.engine.dispose()


# name, role, Telegram id, language
USERS = [("Sam", "salesperson", 9101, "en"), ("Mia", "manager", 9102, "en"), ("Li Wei", "manager", 9103, "zh"),
         ("Dan", "director", 9104, "en"), ("Ada", "admin", 9105, "en")]


def draft_po(instance, quantity: float = 100, requested_by_tg: int = 9101) -> int:
    """A draft PO for BOLT from S1, submitted for approval; returns its id."""
    from core.domain.purchasing import POLine, PurchaseOrder

    with instance.uow() as uow:
        requester = uow.users.by_telegram(requested_by_tg)
        po = uow.purchase_orders.add(PurchaseOrder("S1", requested_by=requester.id))
        po.add_line(POLine("BOLT", quantity, 0.50))
        uow.commit()
        po_id = po.id
    instance.handle(commands.SubmitPurchaseOrder(po_id))
    return po_id
