"""A short confirmation: the missing part stops counting as on order, the plan sees the gap, receipts keep to their PO."""
from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from core.adapters import orm
from core.domain.commands import ReceiveGoods
from core.domain.supplier import ConfirmSupplierDelivery
from core.service import cover
from tests.supplier.conftest import TODAY, approved_po


def _confirm(bus, po_id: int, quantity: float | None = None) -> dict:
    lines = [{"sku": "BOLT", "quantity": quantity}] if quantity is not None else []
    return bus.handle(ConfirmSupplierDelivery(po_id, TODAY + timedelta(days=5), lines, source="test"))


def _on_order(uow_factory) -> float:
    with uow_factory() as uow:
        return uow.stock.get("BOLT").position.on_order


def _suggested(uow_factory) -> int:
    with uow_factory() as uow:
        return len(uow.session.exec(select(orm.SuggestionRow).where(orm.SuggestionRow.sku == "BOLT")).all())


def test_short_confirmation_cuts_on_order_replans_and_a_receipt_keeps_to_its_po(bus, world, uow_factory):
    other = approved_po(uow_factory, "BOLT", 20, "S2")
    with uow_factory() as uow:
        ordered = uow.purchase_orders.get(world["po_id"]).lines[0].quantity
    assert _on_order(uow_factory) == ordered + 20
    _confirm(bus, world["po_id"])  # a full confirmation: nothing is missing, nothing more to buy
    suggested = _suggested(uow_factory)

    result = _confirm(bus, world["po_id"], 10)
    assert result["lines"][0]["on_order_change"] == -(ordered - 10)
    assert _on_order(uow_factory) == 10 + 20
    assert _suggested(uow_factory) > suggested  # the replan saw the gap and suggested buying it
    with uow_factory() as uow:
        assert uow.purchase_orders.get(world["po_id"]).lines[0].quantity == ordered  # the order stays on record
        cut = uow.session.exec(select(orm.AuditRow).where(orm.AuditRow.action == "stock.on_order_cut")).one()
        assert (cut.entity_id, cut.data["sku"], cut.data["change"]) == (str(world["po_id"]), "BOLT", -(ordered - 10))
        rows = cover.incoming(uow, TODAY, skus=["BOLT"])
        assert {r["po_id"]: r["quantity"] for r in rows} == {world["po_id"]: 10, other: 20}  # what a stock answer shows
        promised = next(r["expected"] for r in rows if r["po_id"] == world["po_id"])
        assert promised == TODAY + timedelta(days=5)  # the supplier's promised date, not approval plus lead time

    bus.handle(ReceiveGoods(world["po_id"], "BOLT", 10))
    assert _on_order(uow_factory) == 20  # the other PO's 20 are still on order
    with uow_factory() as uow:
        assert uow.stock.get("BOLT").position.on_hand == 15
        assert [r["po_id"] for r in cover.incoming(uow, TODAY, skus=["BOLT"])] == [other]


def test_a_later_full_confirmation_restores_and_extra_goods_never_take_other_pos(bus, world, uow_factory):
    approved_po(uow_factory, "BOLT", 20, "S2")
    full = _on_order(uow_factory)
    _confirm(bus, world["po_id"], 10)
    assert _confirm(bus, world["po_id"], 40)["lines"][0]["on_order_change"] == 30  # only the difference
    assert _on_order(uow_factory) == 40 + 20
    _confirm(bus, world["po_id"])
    assert _on_order(uow_factory) == full
    _confirm(bus, world["po_id"], 10)
    bus.handle(ReceiveGoods(world["po_id"], "BOLT", 25))  # more than confirmed arrives
    assert _on_order(uow_factory) == 20
    with uow_factory() as uow:
        assert uow.stock.get("BOLT").position.on_hand == 30
        actions = [r.action for r in uow.session.exec(select(orm.AuditRow).order_by(orm.AuditRow.id))]
        assert actions.count("stock.on_order_restored") == 2 and actions.count("stock.on_order_cut") == 2
