"""The planner inside the loop: a new order replans only its SKUs and the suggestion explains itself."""
from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import select

from core.adapters import orm
from core.domain import commands


def _history(uow_factory, sku: str, per_day: float, days: int = 200):
    with uow_factory() as uow:
        start = date(2026, 1, 1)
        for d in range(days):
            uow.session.add(orm.SalesHistoryRow(day=start + timedelta(days=d), sku=sku, quantity=per_day))
        uow.commit()


def test_order_replans_touched_skus_with_the_planner(bus, seeded, uow_factory):
    _history(uow_factory, "BOLT", per_day=10)
    bus.handle(commands.IngestMessage(b"30 x BOLT", source="test"))
    with uow_factory() as uow:
        [suggestion] = [orm.SuggestionRow.model_validate(r.model_dump()) for r in uow.session.exec(select(orm.SuggestionRow))]
    # 10/day over a lead time of several days: the planner orders far more than the 25 short.
    assert suggestion.sku == "BOLT" and suggestion.quantity >= 100
    assert "Demand 10.00/d" in suggestion.reason and "reorder at" in suggestion.reason


def test_without_history_the_skeleton_rule_covers_shortage_and_safety(bus, seeded, uow_factory):
    bus.handle(commands.IngestMessage(b"30 x BOLT", source="test"))
    with uow_factory() as uow:
        [suggestion] = [orm.SuggestionRow.model_validate(r.model_dump()) for r in uow.session.exec(select(orm.SuggestionRow))]
    assert suggestion.need == 45 and suggestion.reason.startswith("no sales history")


def test_receipt_refits_and_replans_the_sku(uow_factory, seeded):
    from datetime import date as day

    from core.service import Deps, make_bus
    from tests.core.conftest import FakeExtractor, FakeReader

    deps = Deps(FakeReader(), FakeExtractor(), lambda: day(2026, 11, 28))
    bus = make_bus(uow_factory(), deps)
    _history(uow_factory, "BOLT", per_day=10)
    bus.handle(commands.IngestMessage(b"30 x BOLT", source="test"))
    planner = deps.extra["planner"]
    assert planner.result is not None
    with uow_factory() as uow:
        token = next(r.payload["buttons"]["approve"] for r in uow.session.exec(select(orm.OutboxRow))
                     if r.kind == "approval_request")
        po_id = uow.session.exec(select(orm.PurchaseOrderRow.id)).first()
    assert bus.handle(commands.PressButton(token, telegram_id=2))["status"] == "approved"
    bus.handle(commands.ReceiveGoods(po_id, "BOLT", 40))
    row = planner.rows["BOLT"]
    assert planner.inputs.on_hand[row] == 45  # refitted from the ledger after the receipt


def test_full_refit_loads_the_same_positions_as_the_per_sku_path(bus, seeded, uow_factory):
    from core.service.planning import _refresh_positions, build_inputs

    bus.handle(commands.IngestMessage(b"30 x BOLT, 10 x NUT", source="test"))
    with uow_factory() as uow:
        bulk, _ = build_inputs(uow)
        skus = bulk.sku.tolist()
        one, _ = build_inputs(uow)
        _refresh_positions(uow, one, range(len(skus)), dict(enumerate(skus)))
    for field in ("on_hand", "reserved", "on_order"):
        assert getattr(bulk, field).tolist() == getattr(one, field).tolist()
    assert bulk.reserved[skus.index("BOLT")] == 30  # 5 reserved + 25 backordered
