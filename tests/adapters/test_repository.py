"""Repositories and the unit of work on a migrated SQLite and PostgreSQL database."""
from __future__ import annotations

import pytest

from core.adapters.repository import ConcurrencyError
from core.domain.catalog import Offer, PriceBreak, Product
from core.domain.orders import OrderLine, SalesOrder
from core.domain.purchasing import POLine, PurchaseOrder


def test_product_and_offer_round_trip(uow_factory):
    with uow_factory() as uow:
        uow.catalog.save_product(Product("A1", "Widget", aliases=["wdgt"], names={"zh": "小部件"}, substitutes=["A2"]))
        uow.catalog.save_offer(Offer("S1", "A1", [PriceBreak(100, 0.8), PriceBreak(1, 1.0)], moq=10, pack_size=5))
        uow.commit()
    with uow_factory() as uow:
        product = uow.catalog.get_product("A1")
        [offer] = uow.catalog.offers_for("A1")
    assert product.names == {"zh": "小部件"} and product.aliases == ["wdgt"] and product.substitutes == ["A2"]
    assert [b.min_qty for b in offer.price_breaks] == [1, 100] and offer.unit_price(150) == 0.8


def test_uncommitted_work_is_rolled_back(uow_factory):
    with uow_factory() as uow:
        uow.catalog.save_product(Product("B1", "Gone"))
    with uow_factory() as uow:
        assert uow.catalog.get_product("B1") is None


def test_stock_ledger_totals_survive_reload(uow_factory):
    with uow_factory() as uow:
        item = uow.stock.get("C1")
        item.set_on_hand(10)
        item.reserve(4, order_id=1)
        uow.commit()
    with uow_factory() as uow:
        pos = uow.stock.get("C1").position
        moves = uow.session.exec(__import__("sqlmodel").text("select count(*) from stock_moves")).one()[0]
    assert (pos.on_hand, pos.reserved, pos.available) == (10, 4, 6) and moves == 2


def test_concurrent_reservations_on_one_sku_conflict(uow_factory):
    with uow_factory() as uow:
        uow.stock.get("D1").set_on_hand(5)
        uow.commit()
    first, second = uow_factory(), uow_factory()
    with first, second:
        first.stock.get("D1").reserve(5, order_id=1)
        second.stock.get("D1").reserve(5, order_id=2)
        first.commit()
        with pytest.raises(ConcurrencyError):
            second.commit()
    with uow_factory() as uow:
        assert uow.stock.get("D1").position.reserved == 5


def test_purchase_order_lines_and_version(uow_factory):
    with uow_factory() as uow:
        po = uow.purchase_orders.add(PurchaseOrder("S1", requested_by=1))
        po.add_line(POLine("A1", 10, 0.5))
        po.add_line(POLine("A1", 5, 0.5))
        uow.commit()
        po_id = po.id
    with uow_factory() as uow:
        po = uow.purchase_orders.get(po_id)
        assert [(l.sku, l.quantity) for l in po.lines] == [("A1", 15)] and po.total == 7.5
        assert uow.purchase_orders.pending_quantity("A1") == 15


def test_orders_are_unique_per_source(uow_factory):
    with uow_factory() as uow:
        order = uow.orders.add(SalesOrder("c1", [OrderLine("A1", 3)], source_key="msg:1"))
        uow.commit()
    with uow_factory() as uow:
        again = uow.orders.by_source_key("msg:1")
    assert again.id == order.id and again.lines[0].quantity == 3


def test_real_telegram_ids_fit(uow_factory):
    from core.domain.people import User

    with uow_factory() as uow:
        user = uow.users.add(User("Big", "manager", telegram_id=7_123_456_789))  # above 2**31
        uow.commit()
    with uow_factory() as uow:
        assert uow.users.by_telegram(7_123_456_789).id == user.id


def test_bulk_position_and_pending_queries_agree_with_per_sku_ones(uow_factory):
    with uow_factory() as uow:
        uow.stock.get("E1").set_on_hand(7)
        uow.stock.get("E2").set_on_hand(3)
        po = uow.purchase_orders.add(PurchaseOrder("S1"))
        po.add_line(POLine("E1", 12, 1.0))
        uow.commit()
    with uow_factory() as uow:
        uow.stock.get("E2").reserve(5, order_id=1)  # moved in this transaction, not yet stored
        positions, pending = uow.stock.positions(), uow.purchase_orders.pending_quantities()
        assert positions["E1"] == uow.stock.get("E1").position and positions["E2"].backordered == 2
        assert pending == {"E1": uow.purchase_orders.pending_quantity("E1")} == {"E1": 12}
