"""A supplier's confirmation or delay enters the plan in the same flow, and reaches the right people."""
from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import select

from core.adapters import orm
from core.adapters.tables_supplier import LinePromiseRow
from core.domain.commands import PressButton
from core.domain.supplier import ConfirmSupplierDelivery
from core.service.order_views import arrival_date
from tests.supplier.conftest import TODAY, outbox


def _spy(deps):
    planner, calls = deps.extra["planner"], []
    decide = planner.decide
    planner.decide = lambda uow, skus, **kw: calls.append(list(skus)) or decide(uow, skus, **kw)
    return calls


def _lead(deps, supplier: str) -> float:
    planner = deps.extra["planner"]
    return float(planner.inputs.offers.lt_mean[planner.rows["BOLT"], planner.suppliers.index(supplier)])


def test_delay_replans_the_sku_at_once_and_alerts_buyer_and_salesperson(bus, deps, world, uow_factory):
    calls, before = _spy(deps), _lead(deps, world["supplier"])
    late = TODAY + timedelta(days=30)
    result = bus.handle(ConfirmSupplierDelivery(world["po_id"], late, source="test", note="factory closed"))
    assert result["status"] == "processed" and result["late"] and result["lines"][0]["days_late"] == 23
    assert calls == [["BOLT"]]  # only the touched SKU, in the same handle() call
    assert _lead(deps, world["supplier"]) > before  # the plan's lead time sees the confirmed lateness
    alerts = outbox(uow_factory, "supplier_late")
    assert {a.user_id for a in alerts} == {world["buyer"]["id"], world["sales"]["id"]}
    payload = alerts[0].payload
    assert payload["order_id"] == world["order_id"] and payload["new_date"] == late.isoformat()
    assert [a for row in payload["actions"] for a, _ in row] == ["expedite", "other_supplier", "split_delivery",
                                                                  "accept_delay"]
    with uow_factory() as uow:
        actions = [r.action for r in uow.session.exec(select(orm.AuditRow))]
        assert "supplier.confirmation_received" in actions and "supplier.delayed" in actions
        assert uow.session.exec(select(LinePromiseRow)).one().days_late == 23
        assert arrival_date(uow, "BOLT") == late  # what salespeople are told now


def test_on_time_confirmation_replans_but_alerts_nobody(bus, deps, world, uow_factory):
    calls = _spy(deps)
    result = bus.handle(ConfirmSupplierDelivery(world["po_id"], TODAY + timedelta(days=5), source="test"))
    assert result["status"] == "processed" and not result["late"]
    assert calls == [["BOLT"]] and outbox(uow_factory, "supplier_late") == []


def test_short_confirmation_is_a_delay_for_the_missing_part(bus, world, uow_factory):
    result = bus.handle(ConfirmSupplierDelivery(world["po_id"], TODAY + timedelta(days=5),
                                                [{"sku": "BOLT", "quantity": 10}], source="test"))
    assert result["late"] and result["lines"][0]["short"] > 0
    assert outbox(uow_factory, "supplier_late")[0].payload["short"] == result["lines"][0]["short"]


def test_the_same_key_is_taken_once_and_bad_confirmations_are_kept_rejected(bus, world, uow_factory):
    cmd = ConfirmSupplierDelivery(world["po_id"], TODAY + timedelta(days=30), source="test", key="k-1")
    first, again = bus.handle(cmd), bus.handle(cmd)
    assert not first["duplicate"] and again["duplicate"] and again["confirmation_id"] == first["confirmation_id"]
    assert len(outbox(uow_factory, "supplier_late")) == 2
    bad = bus.handle(ConfirmSupplierDelivery(999, TODAY, source="test"))
    assert bad["status"] == "rejected" and bad["error"] == "no PO 999"
    wrong = bus.handle(ConfirmSupplierDelivery(world["po_id"], TODAY, [{"sku": "NUT"}], source="test"))
    assert wrong["status"] == "rejected" and "no open line for NUT" in wrong["error"]


def test_salesperson_accepts_the_delay_and_the_due_date_moves(bus, world, uow_factory):
    late = TODAY + timedelta(days=30)
    bus.handle(ConfirmSupplierDelivery(world["po_id"], late, source="test"))
    mine = next(a for a in outbox(uow_factory, "supplier_late") if a.user_id == world["sales"]["id"])
    token = dict(a for row in mine.payload["actions"] for a in row)["accept_delay"]
    result = bus.handle(PressButton(token, telegram_id=1))
    assert result["status"] == "delay_accepted" and result["eta"] == late.isoformat()
    with uow_factory() as uow:
        assert uow.orders.get(world["order_id"]).due_date == late
    [told] = outbox(uow_factory, "order_delayed")
    assert told.user_id == world["sales"]["id"] and told.payload["eta"] == late.isoformat()
    buyer = next(a for a in outbox(uow_factory, "supplier_late") if a.user_id == world["buyer"]["id"])
    spent = dict(a for row in buyer.payload["actions"] for a in row)["expedite"]
    assert "Already handled" in bus.handle(PressButton(spent, telegram_id=3))["message"]


def test_expedite_asks_the_late_supplier(bus, world, uow_factory):
    bus.handle(ConfirmSupplierDelivery(world["po_id"], TODAY + timedelta(days=30), source="test"))
    buyer = next(a for a in outbox(uow_factory, "supplier_late") if a.user_id == world["buyer"]["id"])
    result = bus.handle(PressButton(dict(a for row in buyer.payload["actions"] for a in row)["expedite"],
                                    telegram_id=3))
    assert result["status"] == "expedite_requested" and result["po_id"] == world["po_id"]
    assert any(r.payload["po_id"] == world["po_id"] for r in outbox(uow_factory, "expedite_request"))


def test_other_supplier_never_picks_the_late_one(bus, world, uow_factory):
    bus.handle(ConfirmSupplierDelivery(world["po_id"], TODAY + timedelta(days=30), source="test"))
    buyer = next(a for a in outbox(uow_factory, "supplier_late") if a.user_id == world["buyer"]["id"])
    result = bus.handle(PressButton(dict(a for row in buyer.payload["actions"] for a in row)["other_supplier"],
                                    telegram_id=3))
    assert result["status"] == "other_supplier" and result["supplier"] != world["supplier"]


def test_a_confirmation_a_crash_left_received_is_processed_once_later(bus, world, uow_factory, monkeypatch):
    from core.adapters.tables_supplier import SupplierConfirmationRow
    from core.domain.supplier import RecoverSupplierConfirmations
    from core.service import supplier_updates

    def crash(*_a, **_k):
        raise RuntimeError("power cut")

    cmd = ConfirmSupplierDelivery(world["po_id"], TODAY + timedelta(days=30), source="test", key="k-crash")
    with monkeypatch.context() as m:
        m.setattr(supplier_updates, "promises", crash)
        try:
            bus.handle(cmd)
        except RuntimeError:
            pass
    with uow_factory() as uow:
        assert uow.session.exec(select(SupplierConfirmationRow)).one().status == "received"  # kept, not lost
    again = bus.handle(cmd)  # the sender resends with the same key: it is completed, not taken twice
    assert again["duplicate"] and again["status"] == "processed" and again["late"]
    assert bus.handle(RecoverSupplierConfirmations())["recovered"] == 0
    assert len(outbox(uow_factory, "supplier_late")) == 2  # buyer and salesperson, once each


def test_start_up_recovery_processes_what_was_left_received(bus, world, uow_factory, monkeypatch):
    from core.domain.supplier import RecoverSupplierConfirmations
    from core.service import supplier_updates

    with monkeypatch.context() as m:
        m.setattr(supplier_updates, "_process", lambda *_a: {"status": "received"})  # the process died here
        bus.handle(ConfirmSupplierDelivery(world["po_id"], TODAY + timedelta(days=30), source="test"))
    done = bus.handle(RecoverSupplierConfirmations())
    assert done["recovered"] == 1 and done["confirmations"][0]["status"] == "processed"
    assert bus.handle(RecoverSupplierConfirmations())["recovered"] == 0
    assert len(outbox(uow_factory, "supplier_late")) == 2
