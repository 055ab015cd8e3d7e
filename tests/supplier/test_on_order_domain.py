"""On order per PO in the stock aggregate: a supplier's confirmed quantity, receipts that keep to their PO."""
from __future__ import annotations

import pytest

from core.domain import events
from core.domain.stock import ON_ORDER, StockItem, StockMove, StockPosition


def _two_pos() -> StockItem:
    """Gaskets: 80 on order from PO 4, 30 from PO 9, nothing on the shelf."""
    item = StockItem("GASKET")
    item.expect(80, po_id=4)
    item.expect(30, po_id=9)
    return item


def test_a_short_confirmation_takes_the_missing_part_off_on_order_at_once():
    item = _two_pos()
    assert item.expect_confirmed(50, po_id=4) == -30
    assert item.position.on_order == 80 and item.on_order_for(4) == 50 and item.on_order_for(9) == 30
    assert (item.moves[-1].kind, item.moves[-1].ref, item.moves[-1].quantity) == ("supplier_short", "po:4", -30)
    assert item.events == [events.OnOrderConfirmed("GASKET", 4, -30, 50)]


def test_a_later_confirmation_moves_only_the_difference_and_a_full_one_restores():
    item = _two_pos()
    item.expect_confirmed(50, po_id=4)
    assert item.expect_confirmed(65, po_id=4) == 15  # the supplier found more
    assert item.expect_confirmed(65, po_id=4) == 0  # the same again changes nothing
    assert item.expect_confirmed(80, po_id=4) == 15 and item.moves[-1].kind == "supplier_restored"
    assert item.on_order_for(4) == 80 and item.position.on_order == 110
    assert item.expect_confirmed(200, po_id=4) == 0  # never more than was ordered


def test_receipt_after_a_short_confirmation_leaves_other_pos_on_order():
    item = _two_pos()
    item.expect_confirmed(50, po_id=4)
    item.receive(50, po_id=4)
    assert (item.position.on_order, item.position.on_hand, item.on_order_for(9)) == (30, 50, 30)


def test_delivering_more_than_confirmed_books_all_on_hand_and_never_goes_below_zero_on_order():
    item = _two_pos()
    item.expect_confirmed(50, po_id=4)
    item.receive(70, po_id=4)
    assert (item.position.on_order, item.position.on_hand, item.on_order_for(4)) == (30, 70, 0)
    # the supplier now confirms the 10 still open on the PO: they count as on order again
    assert item.expect_confirmed(10, po_id=4) == 10 and item.position.on_order == 40


def test_a_loaded_aggregate_answers_per_po_from_its_loaded_ledger_only():
    stored = [StockMove("GASKET", ON_ORDER, 80, "po_approved", "po:4"), StockMove("GASKET", ON_ORDER, 30,
                                                                                   "po_approved", "po:9")]
    item = StockItem("GASKET", StockPosition(on_order=110), orders=stored)
    item.receive(30, po_id=9)
    assert item.position.on_order == 80 and item.on_order_for(4) == 80
    with pytest.raises(LookupError):
        StockItem("GASKET", StockPosition(on_order=110)).receive(5, po_id=4)
