"""A wired Tandem core on a migrated SQLite file and PostgreSQL schema: one approved PO for BOLT, one order waiting."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from core.adapters import orm
from core.domain import commands
from core.domain.catalog import Offer, PriceBreak, Product, Supplier
from core.service import Deps, make_bus
from tests.adapters.conftest import db_url, uow_factory  # noqa: F401  (fixtures: SQLite and PostgreSQL)
from tests.core.conftest import FakeExtractor, FakeReader

TODAY = date.today()


def _history(uow, sku: str, per_day: float, days: int = 120) -> None:
    for d in range(days):
        uow.session.add(orm.SalesHistoryRow(day=TODAY - timedelta(days=days - d), sku=sku, quantity=per_day))


@pytest.fixture
def deps():
    return Deps(FakeReader(), FakeExtractor(), lambda: TODAY)


@pytest.fixture
def bus(uow_factory, deps):  # noqa: F811
    return make_bus(uow_factory(), deps)


@pytest.fixture
def world(bus, uow_factory):  # noqa: F811
    """BOLT from S1 (7 days) or S2; 5 on hand; Sam's order of 30 due in 10 days; the PO approved by Mia."""
    with uow_factory() as uow:
        uow.catalog.save_product(Product("BOLT", "Hex bolt M8x30", safety_stock=20))
        uow.catalog.save_supplier(Supplier("S1", "Cheap Co", email="orders@cheap.example", lead_time_days=7))
        uow.catalog.save_supplier(Supplier("S2", "Quick Co", lead_time_days=3))
        uow.catalog.save_offer(Offer("S1", "BOLT", [PriceBreak(1, 0.50)], moq=100, pack_size=50))
        uow.catalog.save_offer(Offer("S2", "BOLT", [PriceBreak(1, 0.60)], moq=1, pack_size=10))
        uow.stock.get("BOLT").set_on_hand(5)
        _history(uow, "BOLT", 2.0)
        uow.commit()
    sales = bus.handle(commands.AddUser("Sam", "salesperson", telegram_id=1, email="sales@us.example"))
    boss = bus.handle(commands.AddUser("Mia", "manager", telegram_id=2))
    buyer = bus.handle(commands.AddUser("Bea", "buyer", telegram_id=3))
    result = bus.handle(commands.IngestMessage(b"30 x BOLT", source="test"))
    with uow_factory() as uow:
        order_id = uow.orders.by_source_key(f"msg:{result['message_id']}").id
        head = uow.session.get(orm.SalesOrderRow, order_id)
        head.due_date = TODAY + timedelta(days=10)
        uow.session.add(head)
        uow.commit()
        token = next(r.payload["buttons"]["approve"] for r in uow.session.exec(select(orm.OutboxRow))
                     if r.kind == "approval_request")
        po_id = uow.session.exec(select(orm.PurchaseOrderRow.id)).first()
    assert bus.handle(commands.PressButton(token, telegram_id=2))["status"] == "approved"
    with uow_factory() as uow:
        supplier = uow.purchase_orders.get(po_id).supplier_id
    return {"sales": sales, "manager": boss, "buyer": buyer, "order_id": order_id, "po_id": po_id,
            "supplier": supplier}


def outbox(uow_factory, kind: str) -> list:  # noqa: F811
    with uow_factory() as uow:
        return [orm.OutboxRow.model_validate(r.model_dump()) for r in uow.session.exec(
            select(orm.OutboxRow).where(orm.OutboxRow.kind == kind).order_by(orm.OutboxRow.id))]


def approved_po(uow_factory, sku: str = "85099B", quantity: float = 200, supplier: str = "SUP2") -> int:  # noqa: F811
    """An approved PO straight through the aggregates (the approval flow itself is tested elsewhere)."""
    from core.domain.purchasing import POLine, PurchaseOrder

    with uow_factory() as uow:
        po = uow.purchase_orders.add(PurchaseOrder(supplier, [POLine(sku, quantity, 1.0)], requested_by=None))
        po.submit()
        po.approve(user_id=0)
        uow.stock.get(sku).expect(quantity, po.id)
        uow.commit()
        return po.id
