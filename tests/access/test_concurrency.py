"""Two approvers at once, double taps and a reason racing a tap: one decision wins, on SQLite and PostgreSQL."""
from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlmodel import select

from core.adapters import orm
from core.adapters.db import make_engine, session_factory
from core.domain import commands
from core.domain.catalog import Offer, PriceBreak, Product, Supplier
from core.service import Deps, make_bus
from core.service.unit_of_work import UnitOfWork
from tests.adapters.conftest import db_url  # noqa: F401  (fixture: migrated SQLite file or PostgreSQL schema)
from tests.core.conftest import FakeExtractor, FakeReader


@pytest.fixture
def world(db_url):  # noqa: F811
    engine = make_engine(db_url)
    new_bus = lambda: make_bus(UnitOfWork(session_factory(engine)), Deps(FakeReader(), FakeExtractor(),  # noqa: E731
                                                                          lambda: date(2026, 11, 28)))
    with UnitOfWork(session_factory(engine)) as uow:
        uow.catalog.save_product(Product("BOLT", "Hex bolt M8x30", safety_stock=20))
        uow.catalog.save_supplier(Supplier("S1", "Cheap Co"))
        uow.catalog.save_offer(Offer("S1", "BOLT", [PriceBreak(1, 0.50)], moq=100, pack_size=50))
        uow.commit()
    bus = new_bus()
    bus.handle(commands.AddUser("Sam", "salesperson", telegram_id=1, email="sales@us.example"))
    bus.handle(commands.AddUser("Mia", "manager", telegram_id=2))
    bus.handle(commands.AddUser("Max", "manager", telegram_id=3))
    bus.handle(commands.IngestMessage(b"30 x BOLT", source="test"))
    with UnitOfWork(session_factory(engine)) as uow:
        rows = uow.session.exec(select(orm.OutboxRow).where(orm.OutboxRow.kind == "approval_request"))
        tokens = {r.user_id: r.payload["buttons"] for r in rows}
    yield new_bus, tokens, engine
    engine.dispose()


def _race(new_bus, presses):
    """Run the presses at the same moment, each with its own bus and session."""
    barrier, results = threading.Barrier(len(presses)), [None] * len(presses)

    def run(i, press):
        bus = new_bus()
        barrier.wait()
        results[i] = bus.handle(press)

    threads = [threading.Thread(target=run, args=(i, p)) for i, p in enumerate(presses)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return results


def _state(engine):
    with UnitOfWork(session_factory(engine)) as uow:
        po = uow.purchase_orders.get(1)
        on_order = uow.stock.get("BOLT").position.on_order
        decided = [a for a in uow.session.exec(select(orm.AuditRow)) if a.action in ("po.approved", "po.rejected")]
        return po.status, on_order, len(decided)


def test_two_approvers_at_once_one_wins(world):
    new_bus, tokens, engine = world
    results = _race(new_bus, [commands.PressButton(tokens[2]["approve"], telegram_id=2),
                              commands.PressButton(tokens[3]["approve"], telegram_id=3)])
    statuses = sorted(r["status"] for r in results)
    assert statuses == ["approved", "refused"]
    winner = next(r for r in results if r["status"] == "approved")["by"]
    loser = next(r for r in results if r["status"] == "refused")
    assert f"already approved by {winner}" in loser["message"]
    assert _state(engine) == ("approved", 100, 1)  # goods on order once


def test_double_tap_and_approve_racing_reject(world):
    new_bus, tokens, engine = world
    results = _race(new_bus, [commands.PressButton(tokens[2]["approve"], telegram_id=2),
                              commands.PressButton(tokens[2]["approve"], telegram_id=2),
                              commands.PressButton(tokens[3]["reject"], telegram_id=3, reason="no budget")])
    assert sum(r["status"] in ("approved", "rejected") for r in results) == 1
    assert all("already" in r["message"] for r in results if r["status"] == "refused"), results
    status, on_order, decided = _state(engine)
    assert decided == 1 and on_order == (100 if status == "approved" else 0)


def test_a_tap_that_read_the_po_before_a_rival_decision_names_that_decision(world):
    # The interleaving the racing test above hits only under load, made certain: this tap's session has read the PO
    # (still pending) when another manager's rejection commits; its refusal must say who decided, not "changed".
    from core.service import approvals

    new_bus, _tokens, engine = world
    with UnitOfWork(session_factory(engine)) as uow:
        stale = uow.purchase_orders.get(1)
        assert stale.status == "pending_approval"
        new_bus().handle(commands.PressButton(_tokens[3]["reject"], telegram_id=3, reason="no budget"))
        if engine.dialect.name != "sqlite":  # SQLite (WAL) reads one snapshot per transaction: nothing half-way
            assert approvals.already(uow, stale, 1) == "PO 1 already rejected by Max."
    with UnitOfWork(session_factory(engine)) as uow:  # the next tap, on either database
        assert approvals.already(uow, uow.purchase_orders.get(1), 1) == "PO 1 already rejected by Max."
