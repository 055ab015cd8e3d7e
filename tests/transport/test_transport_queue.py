"""The transport's commands on SQLite and PostgreSQL: stored updates, and the outbox as a leased queue."""
from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlmodel import select

from core.adapters import orm
from core.adapters.db import make_engine, session_factory
from core.adapters.tables_telegram import TelegramUpdateRow
from core.domain.commands import AddUser
from core.domain.telegram import (ClaimOutbound, MarkUpdateProcessed, RecoverUpdates, ReleaseOutbound, ReleaseUpdates,
                                  SettleOutbound, StoreTelegramUpdate)
from core.service import Deps, make_bus, telegram
from core.service.unit_of_work import UnitOfWork


class Core:
    """Just enough of Tandem to run commands against one database."""

    def __init__(self, url: str):
        self.engine = make_engine(url)
        self._sessions = session_factory(self.engine)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self._sessions)

    def handle(self, command):
        return make_bus(self.uow(), Deps(None, None, date.today)).handle(command)


@pytest.fixture
def core(db_url):
    instance = Core(db_url)
    instance.handle(AddUser("Sam", "salesperson", telegram_id=1))
    instance.handle(AddUser("Mia", "manager", telegram_id=2))
    yield instance
    instance.engine.dispose()


def _queue(core, user_id: int, n: int, chat_id: int | None = None) -> list[int]:
    with core.uow() as uow:
        rows = [orm.OutboxRow(user_id=user_id, kind="text", payload={"text": f"m{i}"}, chat_id=chat_id)
                for i in range(n)]
        uow.session.add_all(rows)
        uow.session.commit()
        return [r.id for r in rows]


def _row(core, table, key):
    with core.uow() as uow:
        return table.model_validate(uow.session.get(table, key).model_dump())  # a detached copy


def _audit(core, action: str) -> list[str]:
    """Entity ids of the audit records of one action."""
    with core.uow() as uow:
        return [a.entity_id for a in uow.session.exec(select(orm.AuditRow).where(orm.AuditRow.action == action))]


def test_an_update_is_stored_once_and_closed_once(core):
    payload = {"update_id": 7, "message": {"text": "hi"}}
    assert core.handle(StoreTelegramUpdate(7, payload, "w1")) == {"stored": True, "status": "received"}
    assert core.handle(StoreTelegramUpdate(7, payload, "w2"))["stored"] is False
    assert [u["update_id"] for u in telegram.unprocessed_updates(core.uow())] == [7]
    core.handle(MarkUpdateProcessed(7))
    core.handle(MarkUpdateProcessed(7, error="late duplicate"))  # already closed: changes nothing
    row = _row(core, TelegramUpdateRow, 7)
    assert (row.status, row.error, row.payload) == ("processed", "", payload) and row.processed_at
    assert core.handle(StoreTelegramUpdate(7, payload, "w1"))["stored"] is False
    core.handle(StoreTelegramUpdate(8, {"update_id": 8}, "w1"))
    core.handle(MarkUpdateProcessed(8, error="KeyError: boom"))
    assert _row(core, TelegramUpdateRow, 8).status == "failed"
    assert _audit(core, "telegram.update_failed") == ["8"]


def test_recovery_takes_own_and_stale_updates_only(core):
    for uid, worker in ((1, "me"), (2, "other"), (3, "other")):
        core.handle(StoreTelegramUpdate(uid, {"update_id": uid}, worker))
    with core.uow() as uow:  # worker "other" crashed long ago with update 3
        row = uow.session.get(TelegramUpdateRow, 3)
        row.claimed_at = datetime.now(timezone.utc) - timedelta(minutes=10)
        uow.session.add(row)
        uow.session.commit()
    assert [p["update_id"] for p in core.handle(RecoverUpdates("me"))] == [1, 3]
    assert [p["update_id"] for p in core.handle(RecoverUpdates("me"))] == [1, 3]  # a restarted owner takes them
    assert core.handle(RecoverUpdates("third", own=False)) == []  # 1 and 3 were just re-claimed, 2 is fresh
    assert len(_audit(core, "telegram.update_recovered")) >= 2
    assert core.handle(ReleaseUpdates("me")) == 2  # "me" stops with 1 and 3 still queued
    assert [p["update_id"] for p in core.handle(RecoverUpdates("third", own=False))] == [1, 3]  # taken at once


def test_claim_takes_the_oldest_message_per_chat_and_skips_paced_chats(core):
    sam = _queue(core, 1, 3)
    mia = _queue(core, 2, 2)
    group = _queue(core, 1, 2, chat_id=-100)
    first = core.handle(ClaimOutbound("w", limit=10))
    assert [(i["id"], i["chat_id"]) for i in first] == [(sam[0], 1), (mia[0], 2), (group[0], -100)]
    assert core.handle(ClaimOutbound("w", limit=10)) == []  # each chat's head is in flight
    core.handle(SettleOutbound(sam[0], first[0]["claim"], sent=True))
    assert core.handle(ClaimOutbound("w", limit=10, skip_chats=[1])) == []  # chat 1 is paced
    assert [i["id"] for i in core.handle(ClaimOutbound("w", limit=10))] == [sam[1]]


def test_two_workers_never_claim_the_same_row(core):
    ids = _queue(core, 1, 1) + _queue(core, 2, 1) + [_queue(core, 1, 1, chat_id=-(100 + i))[0] for i in range(40)]
    got: dict[str, list] = {"a": [], "b": []}
    start = threading.Barrier(2)

    def worker(name):
        start.wait()
        for _ in range(30):
            got[name] += [i["id"] for i in core.handle(ClaimOutbound(name, limit=3))]

    threads = [threading.Thread(target=worker, args=(n,)) for n in got]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not set(got["a"]) & set(got["b"])
    assert sorted(got["a"] + got["b"]) == sorted(ids)


def test_failures_back_off_then_fail_after_five_with_an_audit(core):
    [oid] = _queue(core, 1, 1)
    for attempt in range(1, 6):
        [item] = core.handle(ClaimOutbound("w"))
        later = datetime.now(timezone.utc) + timedelta(seconds=30)
        status = core.handle(SettleOutbound(oid, item["claim"], sent=False, error="TimedOut", retry_at=later))
        assert status == ("failed" if attempt == 5 else "pending")
        if attempt < 5:
            assert core.handle(ClaimOutbound("w")) == []  # not before its retry time
            with core.uow() as uow:
                row = uow.session.get(orm.OutboxRow, oid)
                row.not_before = None
                uow.session.add(row)
                uow.session.commit()
    row = _row(core, orm.OutboxRow, oid)
    assert (row.status, row.attempts, row.last_error) == ("failed", 5, "TimedOut")
    assert _audit(core, "outbound.failed") == [str(oid)]


def test_permanent_failure_and_stale_settles(core):
    [a, b] = _queue(core, 1, 1) + _queue(core, 2, 1)
    items = {i["id"]: i for i in core.handle(ClaimOutbound("w"))}
    assert core.handle(SettleOutbound(a, items[a]["claim"], sent=False, error="Forbidden", permanent=True)) == "failed"
    assert core.handle(SettleOutbound(b, "someone-else:1", sent=False, error="x")) == "sending"  # not our claim
    assert _row(core, orm.OutboxRow, b).attempts == 0


def test_expired_lease_and_release_give_rows_back(core):
    [oid] = _queue(core, 1, 1)
    [item] = core.handle(ClaimOutbound("w1", lease_seconds=60))
    assert core.handle(ClaimOutbound("w2", lease_seconds=60)) == []
    [again] = core.handle(ClaimOutbound("w2", lease_seconds=0))  # w1 took too long: its lease ran out
    assert again["id"] == oid and again["claim"] != item["claim"]
    assert core.handle(ReleaseOutbound("w1")) == 0  # w1 no longer holds it
    assert core.handle(ReleaseOutbound("w2")) == 1
    assert _row(core, orm.OutboxRow, oid).status == "pending"
    assert telegram.outbox_status(core.uow()) == {"pending": 1}


def test_a_long_backlog_in_one_chat_does_not_starve_the_others(core):
    _queue(core, 1, 20)
    [late] = _queue(core, 2, 1)
    claimed = core.handle(ClaimOutbound("w", limit=10, scan=5))
    assert late in [i["id"] for i in claimed] and len(claimed) == 2
