"""A reaction that fails after its retries is kept with its event, told to people, then retried or dismissed."""
from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from core.adapters import orm
from core.domain import commands
from core.domain.events import Event, SalesOrderRecorded, event_type, rebuild_event
from core.domain.supplier import SupplierDelayed
from core.service import purchasing
from core.service.messagebus import MessageBus, handler_name, handlers_for, reaction
from core.service.reactions import failed_reactions
from tests.adapters.conftest import db_url, uow_factory  # noqa: F401  (SQLite and PostgreSQL, migrated)


def _broken(*args, **kwargs):
    raise RuntimeError("planner down")


def _outbox(uow_factory, kind):  # noqa: F811
    with uow_factory() as uow:
        rows = uow.session.exec(select(orm.OutboxRow).where(orm.OutboxRow.kind == kind).order_by(orm.OutboxRow.id))
        return [orm.OutboxRow.model_validate(r.model_dump()) for r in rows]


def _audited(uow_factory, reaction_id):  # noqa: F811
    with uow_factory() as uow:
        stmt = select(orm.AuditRow).where(orm.AuditRow.entity == "failed_reaction",
                                          orm.AuditRow.entity_id == str(reaction_id)).order_by(orm.AuditRow.id)
        return [r.action for r in uow.session.exec(stmt)]


def test_a_failed_replan_is_kept_told_and_retried_after_the_fix(bus, seeded, uow_factory, monkeypatch):  # noqa: F811
    monkeypatch.setattr(purchasing, "replan", _broken)  # the registered lambda looks it up at each call
    result = bus.handle(commands.IngestMessage(b"30 x BOLT", source="test"))
    assert result["status"] == "processed"  # the order stands; only the reaction to it failed
    [kept] = failed_reactions(uow_factory(), "open")
    assert kept["handler"] == "core.service.purchasing.replan" and kept["attempts"] == 1
    assert kept["event_type"] == "core.domain.events.SalesOrderRecorded" and kept["event"]["skus"] == ["BOLT"]
    assert kept["reason"] == "RuntimeError: planner down"
    [notice] = _outbox(uow_factory, "reaction_failed")  # the manager hears of it (no admin in this world)
    assert notice.user_id == seeded["manager"]["id"]
    assert notice.payload == {"reaction_id": kept["id"], "handler": "core.service.purchasing.replan",
                              "event": "SalesOrderRecorded", "reason": "RuntimeError: planner down"}
    assert _outbox(uow_factory, "approval_request") == []  # nothing was planned

    monkeypatch.undo()  # the fault is gone
    assert bus.handle(commands.RetryReaction(kept["id"]))["status"] == "retried"
    [request] = _outbox(uow_factory, "approval_request")  # the replan's own events went through the bus
    assert request.user_id == seeded["manager"]["id"]
    [done] = failed_reactions(uow_factory())
    assert (done["status"], done["attempts"]) == ("retried", 2)
    assert _audited(uow_factory, kept["id"]) == ["reaction.failed", "reaction.retried"]
    again = bus.handle(commands.RetryReaction(kept["id"]))
    assert again == {"status": "refused", "message": f"Reaction {kept['id']} is already retried."}


def test_a_retry_that_fails_again_keeps_it_open_until_dismissed(bus, seeded, uow_factory, monkeypatch):  # noqa: F811
    monkeypatch.setattr(purchasing, "replan", _broken)
    bus.handle(commands.IngestMessage(b"30 x BOLT", source="test"))
    [kept] = failed_reactions(uow_factory(), "open")
    result = bus.handle(commands.RetryReaction(kept["id"]))
    assert result["status"] == "refused" and "failed again: RuntimeError: planner down" in result["message"]
    assert failed_reactions(uow_factory(), "open")[0]["attempts"] == 2
    assert len(_outbox(uow_factory, "reaction_failed")) == 1  # the person retrying sees it; nobody is told twice
    assert bus.handle(commands.DismissReaction(kept["id"], reason="ordered by phone"))["status"] == "dismissed"
    assert failed_reactions(uow_factory(), "open") == []
    assert bus.handle(commands.RetryReaction(kept["id"]))["status"] == "refused"
    assert _audited(uow_factory, kept["id"]) == ["reaction.failed", "reaction.retry_failed", "reaction.dismissed"]
    assert bus.handle(commands.DismissReaction(999))["message"] == "No failed reaction 999."


def test_a_stored_event_is_rebuilt_with_its_dates():
    from core.service.reactions import _fields

    late = SupplierDelayed(7, "S2", ["NUT"], date(2026, 3, 1), date(2026, 3, 9), 8, {"NUT": 40.0})
    assert rebuild_event(event_type(late), _fields(late)) == late
    assert rebuild_event("core.domain.events.SalesOrderRecorded", {"order_id": None, "skus": ["NUT"]}) == \
        SalesOrderRecorded(None, ["NUT"])
    with pytest.raises(ValueError, match="unknown event type"):
        rebuild_event("core.domain.events.NoSuchThing", {})


def test_handlers_are_named_by_what_they_call_and_kept_apart():
    def notify(event, who):
        pass

    both = [reaction(notify, lambda e: notify(e, "a")), reaction(notify, lambda e: notify(e, "b"))]
    names = list(handlers_for({SalesOrderRecorded: both}, SalesOrderRecorded(1)))
    assert names == [f"{__name__}.notify", f"{__name__}.notify#2"]


def test_every_registered_reaction_has_a_name_a_retry_can_find_it_by():
    from core import service

    event_handlers: dict = {}
    for module in service._modules():
        module.register(event_handlers, {}, None, service.Deps(None, None))
    names = [handler_name(h) for handlers in event_handlers.values() for h in handlers]
    assert not [n for n in names if n.endswith("<lambda>")]  # a lambda calling nothing would be unnamed
    assert {"core.service.intake.record_demand", "core.service.rules.evaluate"} <= set(names)


def test_the_bus_hands_a_failure_over_and_runs_the_other_handlers(uow_factory):  # noqa: F811
    kept, seen = [], []

    def explode(event):
        raise KeyError("gone")

    uow = uow_factory()
    bus = MessageBus(uow, {Event: [explode, seen.append]}, {commands.RecordSalesOrder: lambda c: uow.publish(
        SalesOrderRecorded(3, ["NUT"]))}, on_failure=lambda *a: kept.append(a))
    with uow:  # the bus collects from repositories a unit of work opens
        pass
    bus.handle(commands.RecordSalesOrder("C1", []))
    assert seen == [SalesOrderRecorded(3, ["NUT"])]
    [(event, name, error, attempts)] = kept
    assert name.endswith("explode") and isinstance(error, KeyError) and attempts == 1


def test_two_retries_at_once_run_the_reaction_once(bus, seeded, uow_factory, monkeypatch):  # noqa: F811
    from datetime import datetime, timedelta, timezone

    monkeypatch.setattr(purchasing, "replan", _broken)
    bus.handle(commands.IngestMessage(b"30 x BOLT", source="test"))
    [kept] = failed_reactions(uow_factory(), "open")
    monkeypatch.undo()
    now = datetime.now(timezone.utc)
    with uow_factory() as uow:  # a first Retry has claimed it and is still running
        assert uow.reactions.claim(kept["id"], now, now - timedelta(minutes=15))
        uow.commit()
    second = bus.handle(commands.RetryReaction(kept["id"]))
    assert second == {"status": "refused", "message": f"Reaction {kept['id']} is being retried now."}
    assert bus.handle(commands.DismissReaction(kept["id"]))["status"] == "refused"
    with uow_factory() as uow:  # that first retry's process died long ago: its claim is stale
        assert not uow.reactions.claim(kept["id"], now, now - timedelta(minutes=15))
        assert uow.reactions.claim(kept["id"], now + timedelta(hours=1), now + timedelta(minutes=1))
        uow.commit()
    assert bus.handle(commands.RetryReaction(kept["id"]))["status"] == "refused"  # claimed a moment ago again
    with uow_factory() as uow:
        row = uow.reactions.get(kept["id"])
        row.resolved_at = now - timedelta(hours=1)
        uow.reactions.add(row)
        uow.commit()
    assert bus.handle(commands.RetryReaction(kept["id"]))["status"] == "retried"
    assert _audited(uow_factory, kept["id"]) == ["reaction.failed", "reaction.retried"]


def test_a_retry_that_fails_puts_the_reaction_back_open(bus, seeded, uow_factory, monkeypatch):  # noqa: F811
    monkeypatch.setattr(purchasing, "replan", _broken)
    bus.handle(commands.IngestMessage(b"30 x BOLT", source="test"))
    [kept] = failed_reactions(uow_factory(), "open")
    assert bus.handle(commands.RetryReaction(kept["id"]))["status"] == "refused"
    [again] = failed_reactions(uow_factory(), "open")
    assert again["id"] == kept["id"] and again["resolved_by"] == ""
