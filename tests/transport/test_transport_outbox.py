"""The outbox sender through PTB and the Bot API stand-in: pacing, flood control, failures, restarts."""
from __future__ import annotations

import asyncio
import time
from contextlib import asynccontextmanager
from datetime import datetime, timedelta, timezone

import pytest

from bot.app import build_application
from bot.pacing import Limits
from bot.transport import WORKER, default_worker, transport
from core.adapters import orm
from core.domain.commands import AddUser
from core.domain.telegram import ClaimOutbound
from tandem.server import bot_services
from tests.fixtures import botapi_methods
from tests.transport.conftest import GROUP, MANAGER, SALES, queue_texts, rows


@asynccontextmanager
async def running(tandem, botapi, limits: Limits, retry_base: float = 0.05, worker: str = ""):
    """The real Application (webhook mode, so no polling traffic) with the given limits."""
    app = build_application(botapi.token, bot_services(tandem), botapi.base_url, botapi.base_file_url,
                            polling=False, outbox_interval=0.1, worker=worker)
    t = transport(app)
    t.pacer.set_limits(limits)
    t.sender.retry_base = retry_base
    async with app:
        await app.start()
        try:
            yield app
        finally:
            await app.stop()


async def _until(predicate, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.02)


def _statuses(tandem) -> list[str]:
    return [r.status for r in rows(tandem, orm.OutboxRow)]


def _done(tandem) -> bool:
    return all(s in ("sent", "failed") for s in _statuses(tandem))


def _sends(botapi, chat=None) -> list:
    return [c for c in botapi.calls("sendMessage") if chat is None or c["chat_id"] == chat]


def _max_in_window(times: list[float], window: float) -> int:
    return max(sum(1 for t in times if s <= t < s + window) for s in times)


async def test_one_chat_is_paced_and_keeps_its_order(tandem, botapi):
    limits = Limits().scaled(0.2)  # one message per 0.2 s to a chat (1 s in production)
    queue_texts(tandem, SALES, [f"m{i}" for i in range(8)])
    async with running(tandem, botapi, limits):
        await _until(lambda: _done(tandem))
    sends = _sends(botapi, SALES)
    assert [c["text"] for c in sends] == [f"m{i}" for i in range(8)]
    gaps = [b.at - a.at for a, b in zip(sends, sends[1:])]
    assert min(gaps) >= 0.9 * limits.chat_interval, gaps  # arrival times; a little loopback jitter allowed
    assert set(_statuses(tandem)) == {"sent"}


async def test_many_chats_share_the_overall_rate(tandem, botapi):
    limits = Limits(overall_rate=20.0)
    queue_texts(tandem, SALES, ["x"], chat_id=None)
    for i in range(39):
        queue_texts(tandem, SALES, [f"to {i}"], chat_id=6000 + i)
    start = time.monotonic()
    async with running(tandem, botapi, limits):
        await _until(lambda: _done(tandem))
    elapsed = time.monotonic() - start
    times = [c.at for c in _sends(botapi)]
    assert len(times) == 40 and len({c["chat_id"] for c in _sends(botapi)}) == 40
    assert _max_in_window(times, 1.0) <= 21  # bucket of one: 20 a second, evenly spaced
    assert times[-1] - times[0] >= 0.9 * 39 / 20
    assert elapsed < 39 / 20 + 2.5  # and not much slower than the limit


async def test_a_group_gets_its_window_and_no_more(tandem, botapi):
    limits = Limits(overall_rate=100.0, chat_interval=0.05, group_max=3, group_window=1.0)
    queue_texts(tandem, SALES, [f"g{i}" for i in range(7)], chat_id=GROUP)
    async with running(tandem, botapi, limits):
        await _until(lambda: _done(tandem))
    times = [c.at for c in _sends(botapi, GROUP)]
    assert len(times) == 7 and _max_in_window(times, 0.95) <= 3
    assert times[-1] - times[0] >= 2 * 0.95


async def test_pending_rows_survive_a_restart_and_go_out_once(tandem, botapi):
    ids = queue_texts(tandem, SALES, ["a", "b"]) + queue_texts(tandem, MANAGER, ["c"])
    _claim(tandem, ids[2], "tandem-1:dead")  # "c" was in flight when this worker (a stable id) died
    async with running(tandem, botapi, Limits().scaled(0.1), worker="tandem-1"):
        await _until(lambda: _done(tandem))
    async with running(tandem, botapi, Limits().scaled(0.1), worker="tandem-1"):
        await asyncio.sleep(0.5)
    assert sorted(c["text"] for c in _sends(botapi)) == ["a", "b", "c"]
    assert _statuses(tandem) == ["sent"] * 3


def _claim(tandem, row_id: int, claim: str, age: timedelta = timedelta(0)) -> None:
    with tandem.uow() as uow:
        row = uow.session.get(orm.OutboxRow, row_id)
        row.status, row.claimed_by, row.claimed_at = "sending", claim, datetime.now(timezone.utc) - age
        uow.session.add(row)
        uow.session.commit()


async def test_a_second_process_on_the_host_waits_for_the_first_ones_lease(tandem, botapi):
    other = default_worker()  # another process on this host, alive and sending "c"
    assert other != WORKER and other.split(":")[0] == WORKER.split(":")[0]
    ids = queue_texts(tandem, SALES, ["a"]) + queue_texts(tandem, MANAGER, ["c"])
    _claim(tandem, ids[1], f"{other}:x")
    async with running(tandem, botapi, Limits().scaled(0.1)):  # this process starts: default id
        await _until(lambda: len(_sends(botapi)) == 1)
        await asyncio.sleep(0.5)
        assert [c["text"] for c in _sends(botapi)] == ["a"] and _statuses(tandem) == ["sent", "sending"]
        _claim(tandem, ids[1], f"{other}:x", age=timedelta(minutes=2))  # the other process died; lease ran out
        await _until(lambda: _done(tandem))
    assert sorted(c["text"] for c in _sends(botapi)) == ["a", "c"]


@pytest.fixture
def flaky_api(botapi, monkeypatch):
    """sendMessage answers a chat with the error codes queued for it, one per call, then works again."""
    handler_class = botapi._httpd.RequestHandlerClass
    plain_json, send = handler_class._json, botapi_methods.METHODS["sendmessage"]
    errors: dict[int, list[int]] = {}
    texts = {429: "Too Many Requests: retry after 1", 403: "Forbidden: bot was blocked by the user",
             502: "Bad Gateway", 500: "Internal Server Error"}

    def _json(self, status, payload):  # Telegram says how long to wait on a 429
        return plain_json(self, status, {**payload, "parameters": {"retry_after": 1}} if status == 429 else payload)

    def failing(api, params):
        queued = errors.get(params.get("chat_id"))
        if queued:
            code = queued.pop(0)
            raise botapi_methods.ApiError(code, texts[code])
        return send(api, params)

    monkeypatch.setattr(handler_class, "_json", _json)
    monkeypatch.setitem(botapi_methods.METHODS, "sendmessage", failing)
    return errors


async def test_flood_control_and_network_errors_are_retried_from_the_database(tandem, botapi, flaky_api):
    flaky_api[SALES] = [429, 502]
    queue_texts(tandem, SALES, ["hello"])
    start = time.monotonic()
    async with running(tandem, botapi, Limits().scaled(0.1)):
        await _until(lambda: _done(tandem))
    [row] = rows(tandem, orm.OutboxRow)
    assert (row.status, row.attempts) == ("sent", 3)
    assert [c.error is None for c in _sends(botapi)] == [False, False, True]
    assert time.monotonic() - start >= 1.0  # the 429 said: wait a second


async def test_refusals_fail_at_once_and_five_failures_fail_for_good(tandem, botapi, flaky_api):
    flaky_api[SALES], flaky_api[MANAGER] = [403], [500] * 5
    queue_texts(tandem, SALES, ["blocked"])
    queue_texts(tandem, MANAGER, ["unlucky"])
    nobody = tandem.handle(AddUser("Nobody", "buyer"))  # no Telegram link
    with tandem.uow() as uow:
        uow.session.add(orm.OutboxRow(user_id=nobody["id"], kind="text", payload={"text": "no link"}))
        uow.session.commit()
    async with running(tandem, botapi, Limits().scaled(0.01), retry_base=0.01):
        await _until(lambda: _done(tandem))
    by_text = {r.payload["text"]: r for r in rows(tandem, orm.OutboxRow)}
    assert (by_text["blocked"].status, by_text["blocked"].attempts) == ("failed", 1)
    assert (by_text["unlucky"].status, by_text["unlucky"].attempts) == ("failed", 5)
    assert (by_text["no link"].status, by_text["no link"].attempts) == ("failed", 1)
    audited = {a.entity_id for a in rows(tandem, orm.AuditRow) if a.action == "outbound.failed"}
    assert {str(r.id) for r in by_text.values()} <= audited


async def test_rows_are_handed_back_during_a_long_flood_control_pause(tandem, botapi):
    queue_texts(tandem, SALES, ["later"])
    app = build_application(botapi.token, bot_services(tandem), botapi.base_url, botapi.base_file_url,
                            polling=False)
    async with app:  # initialised, not started: no sender loop competes for the row
        [item] = tandem.handle(ClaimOutbound("test", limit=1))
        transport(app).pacer.pause(3600)  # Telegram said: wait an hour (after the row was claimed)
        started = time.monotonic()
        await transport(app).sender._send(tandem.handle, item)
        assert time.monotonic() - started < 5  # handed back, not held for an hour past its lease
    [row] = rows(tandem, orm.OutboxRow)
    assert (row.status, row.attempts, row.last_error) == ("pending", 0, "flood-control pause")
    assert row.not_before is not None and _sends(botapi) == []
