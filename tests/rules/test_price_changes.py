"""Price changes: history kept, PriceChanged raised, only the touched SKU replanned with its new offer."""
from __future__ import annotations

from datetime import date

import pytest

from core.domain.prices import ChangeOfferPrice, PriceError
from core.service import planning as planning_service
from core.service.imports import ImportRows
from core.service.prices import history
from tests.rules.conftest import audits


def test_price_change_records_history_and_scales_the_breaks(bus, priced, uow_factory):
    result = bus.handle(ChangeOfferPrice("S1", "BOLT", unit_price=0.55, source="test"))
    assert result["changed"] and result["old_price"] == 0.5 and result["change_pct"] == 10.0
    assert result["price_breaks"] == [[1.0, 0.55], [500.0, 0.44]]  # the volume break moves with it
    with uow_factory() as uow:
        rows = history(uow, "S1", "BOLT")
    assert [r["unit_price"] for r in rows] == [0.5, 0.55] and rows[0]["source"] == "baseline"
    [audit] = audits(uow_factory, "price.changed")
    assert audit["data"]["change_pct"] == 10.0 and audit["data"]["valid_from"] == "2026-11-28"


def test_unknown_offer_and_bad_price_are_refused(bus, priced):
    with pytest.raises(PriceError, match="no offer of 'BOLT' from supplier 'S9'"):
        bus.handle(ChangeOfferPrice("S9", "BOLT", unit_price=1.0))
    with pytest.raises(PriceError, match="positive"):
        bus.handle(ChangeOfferPrice("S1", "BOLT", unit_price=-1.0))


def test_price_change_replans_only_that_sku_with_its_new_offer(bus, deps, priced, uow_factory, monkeypatch):
    from core.domain import commands

    bus.handle(commands.IngestMessage(b"1 x NUT", source="test"))  # a first full plan
    state = deps.extra["planner"]
    result_before = state.result
    seen = []
    real = planning_service.replan_rows
    monkeypatch.setattr(planning_service, "replan_rows", lambda inp, res, rows: seen.append(list(rows)) or
                        real(inp, res, rows))
    monkeypatch.setattr(state, "full", lambda uow: pytest.fail("a price change must not refit every SKU"))
    bus.handle(ChangeOfferPrice("S2", "BOLT", unit_price=0.45, valid_from=date(2026, 11, 27)))
    row = state.rows["BOLT"]
    assert seen == [[row]]
    assert state.result is result_before
    assert state.inputs.offers.landed_cost[row, state.suppliers.index("S2")] == pytest.approx(0.45)


def test_offers_import_raises_price_changed_for_changed_rows_only(bus, priced, uow_factory):
    rows = [{"supplier_id": "S1", "sku": "BOLT", "price_breaks": "1:0.60|500:0.48", "moq": "100", "pack_size": "50"},
            {"supplier_id": "S2", "sku": "BOLT", "price_breaks": "1:0.60", "moq": "1", "pack_size": "10"}]
    bus.handle(ImportRows("offers", rows, "prices.csv"))
    [audit] = audits(uow_factory, "price.changed")
    assert audit["entity_id"] == "S1:BOLT" and audit["data"]["change_pct"] == 20.0
    assert audit["data"]["source"] == "import:prices.csv"
    with uow_factory() as uow:
        assert [r["unit_price"] for r in history(uow, "S1", "BOLT")] == [0.5, 0.6]
        assert [r["unit_price"] for r in history(uow, "S2", "BOLT")] == [0.6]  # unchanged: its baseline only


def test_approval_requests_show_the_price_advice_first(bus, priced, uow_factory):
    from core.adapters.tables_prices import PriceChangeRow
    from core.domain import commands
    from tests.rules.conftest import outbox

    with uow_factory() as uow:
        for day, price in enumerate((0.52, 0.49, 0.51, 0.50), start=1):
            uow.session.add(PriceChangeRow(supplier_id="S1", sku="BOLT", unit_price=price, valid_from=date(2026, 11, day)))
        uow.commit()
    bus.handle(commands.IngestMessage(b"30 x BOLT", source="test"))
    [request] = outbox(uow_factory, "approval_request")
    [line] = request["payload"]["lines"]
    assert line["reason"].startswith("Price: buy now (saves ~0.00): price 0.50 is typical")
    assert "Demand 10.00/d" in line["reason"]


def test_a_price_announced_for_a_later_day_waits_for_that_day(bus, deps, priced, uow_factory):
    from core.domain.prices import ApplyScheduledPrices
    from core.service.planning import price_histories

    result = bus.handle(ChangeOfferPrice("S1", "BOLT", unit_price=0.6, valid_from=date(2026, 12, 1), source="test"))
    assert result["scheduled"] and not result["changed"] and result["new_price"] == 0.6
    with uow_factory() as uow:
        assert [(r["unit_price"], r["scheduled"]) for r in history(uow, "S1", "BOLT")] == [(0.5, False), (0.6, True)]
        assert price_histories(uow, ["BOLT"]) == {("BOLT", "S1"): [0.5]}  # advice does not plan with it yet
    assert audits(uow_factory, "price.scheduled") and not audits(uow_factory, "price.changed")
    assert bus.handle(ApplyScheduledPrices()) == {"applied": 0, "changed": 0}  # 28 Nov: not yet

    deps.today = lambda: date(2026, 12, 1)
    assert bus.handle(ApplyScheduledPrices()) == {"applied": 1, "changed": 1}
    with uow_factory() as uow:
        rows = history(uow, "S1", "BOLT")
    assert [(r["unit_price"], r["scheduled"]) for r in rows] == [(0.5, False), (0.6, False)]
    [audit] = audits(uow_factory, "price.changed")
    assert audit["data"]["change_pct"] == 20.0 and audit["data"]["valid_from"] == "2026-12-01"
    assert bus.handle(ApplyScheduledPrices()) == {"applied": 0, "changed": 0}  # once only
