"""Pure domain rules: offers, the stock ledger, purchase orders."""
from __future__ import annotations

import pytest

from core.domain import events
from core.domain.catalog import Offer, PriceBreak, parse_price_breaks
from core.domain.purchasing import POLine, PurchaseOrder, PurchasingError, choose_offer, replenishment_need
from core.domain.stock import StockItem


def test_order_quantity_respects_moq_and_pack():
    offer = Offer("S", "A", [PriceBreak(1, 1.0)], moq=100, pack_size=48)
    assert offer.order_quantity(10) == 144  # MOQ 100 rounded up to whole packs of 48
    assert offer.order_quantity(150) == 192
    assert Offer("S", "A", [PriceBreak(1, 1.0)], moq=1, pack_size=0.5).order_quantity(1.2) == 1.5


def test_price_breaks():
    offer = Offer("S", "A", parse_price_breaks("1:0.85|100:0.72|500:0.65"))
    assert [offer.unit_price(q) for q in (1, 99, 100, 499, 500)] == [0.85, 0.85, 0.72, 0.72, 0.65]
    with pytest.raises(ValueError):
        parse_price_breaks("100-0.72")


def test_choose_offer_compares_at_the_quantity_each_would_ship():
    cheap_big = Offer("BIG", "A", [PriceBreak(1, 0.50)], moq=1000)
    small = Offer("SMALL", "A", [PriceBreak(1, 0.55)], moq=1)
    choice = choose_offer([small, cheap_big], 30)
    assert choice.offer.supplier_id == "BIG" and choice.quantity == 1000 and choice.runner_up.supplier_id == "SMALL"
    assert choose_offer([], 5) is None
    assert replenishment_need(projected=-14, safety_stock=4) == 18 and replenishment_need(10, 4) == 0


def test_reserve_records_backorder_and_shortage():
    item = StockItem("A")
    item.set_on_hand(10)
    assert item.reserve(25, order_id=7) == 10
    pos = item.position
    assert (pos.available, pos.backordered, pos.projected) == (0, 15, -15)
    assert [type(e) for e in item.events] == [events.StockReserved, events.ShortageDetected]
    assert item.events[1].quantity == 15


def test_receipt_serves_backorders_first():
    item = StockItem("A")
    item.reserve(5, order_id=1)
    item.expect(20, po_id=3)
    assert item.receive(20, po_id=3) == 5
    pos = item.position
    assert (pos.on_hand, pos.reserved, pos.backordered, pos.on_order, pos.available) == (20, 5, 0, 0, 15)


def test_four_eyes_and_double_decisions():
    po = PurchaseOrder("S", requested_by=1, id=9)
    with pytest.raises(PurchasingError):
        po.submit()  # empty
    po.add_line(POLine("A", 10, 1.0))
    po.submit()
    with pytest.raises(PurchasingError, match="four-eyes"):
        po.approve(1)
    po.approve(2)
    with pytest.raises(PurchasingError, match="approved"):
        po.reject(3)
    assert po.status == "approved" and po.decided_by == 2
