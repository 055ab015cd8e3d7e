"""Webhook mode through FastAPI, PTB and the Bot API stand-in: secret, storage before 200, once-only, restarts."""
from __future__ import annotations

import time
from datetime import timedelta

from fastapi.testclient import TestClient

from bot.transport import WORKER, default_worker
from core.adapters.tables_telegram import TelegramUpdateRow
from core.domain.telegram import StoreTelegramUpdate
from tandem.server import build_web
from tests.transport.conftest import BUYER, MANAGER, SALES, SECRET, rows

HEADERS = {"X-Telegram-Bot-Api-Secret-Token": SECRET}


def _client(tandem) -> TestClient:
    return TestClient(build_web(tandem, with_bot=True, with_mail=False))


def _replies(botapi, chat: int) -> list:
    return [c for c in botapi.calls("sendMessage") if c["chat_id"] == chat]


def _statuses(tandem) -> dict[int, str]:
    return {r.update_id: r.status for r in rows(tandem, TelegramUpdateRow)}


def _settle(botapi, tandem, expected: int, chat: int = SALES, timeout: float = 10) -> None:
    """Wait until `expected` replies reached the chat and every stored update is closed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if len(_replies(botapi, chat)) >= expected and "received" not in _statuses(tandem).values():
            return
        time.sleep(0.02)
    raise TimeoutError(f"{len(_replies(botapi, chat))} replies, statuses {_statuses(tandem)}")


def test_wrong_secret_is_refused_and_nothing_is_stored(tandem, botapi):
    update = botapi.make_update("message", user_id=SALES, text="/start")
    with _client(tandem) as client:
        for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"},
                        {"X-Telegram-Bot-Api-Secret-Token": SECRET + "x"}):
            assert client.post("/telegram/webhook", json=update, headers=headers).status_code == 403
        assert rows(tandem, TelegramUpdateRow) == []
        assert client.post("/telegram/webhook", json=update, headers=HEADERS).status_code == 200
        _settle(botapi, tandem, 1)
    assert _statuses(tandem) == {update["update_id"]: "processed"}


def test_the_update_is_stored_before_the_200_and_a_repeat_is_processed_once(tandem, botapi):
    update = botapi.make_update("message", user_id=SALES, text="/start")
    with _client(tandem) as client:
        first = client.post("/telegram/webhook", json=update, headers=HEADERS)
        assert first.status_code == 200 and update["update_id"] in _statuses(tandem)  # stored when answered
        for _ in range(3):  # Telegram re-delivers when it did not see the 200 in time
            assert client.post("/telegram/webhook", json=update, headers=HEADERS).status_code == 200
        _settle(botapi, tandem, 1)
        time.sleep(0.3)  # room for a second reply, were a repeat processed
    assert len(_replies(botapi, SALES)) == 1
    assert _statuses(tandem) == {update["update_id"]: "processed"}


def test_an_update_stored_before_a_crash_is_processed_once_after_restart(tandem, botapi):
    tandem.settings.telegram_worker_id = "tandem-1"  # a stable id: the restarted process takes its own back at once
    update = botapi.make_update("message", user_id=SALES, text="/start")
    # The process stored the update (and answered 200), then died before processing it.
    assert tandem.handle(StoreTelegramUpdate(update["update_id"], update, "tandem-1"))["stored"]
    assert _replies(botapi, SALES) == []
    with _client(tandem) as client:
        _settle(botapi, tandem, 1)
        assert client.post("/telegram/webhook", json=update, headers=HEADERS).status_code == 200  # late re-delivery
    with _client(tandem):  # and another restart: nothing left to do
        pass
    assert len(_replies(botapi, SALES)) == 1
    assert _statuses(tandem) == {update["update_id"]: "processed"}


def test_a_second_process_on_the_host_leaves_live_claims_alone_and_takes_stale_ones(tandem, botapi):
    other = default_worker()  # another process on this host: same hostname, its own id
    assert other != WORKER and other.split(":")[0] == WORKER.split(":")[0]
    live, stale = (botapi.make_update("message", user_id=SALES, text="/start") for _ in range(2))
    for update in (live, stale):
        assert tandem.handle(StoreTelegramUpdate(update["update_id"], update, other))["stored"]
    with tandem.uow() as uow:  # the other process stopped answering for `stale` three minutes ago
        row = uow.session.get(TelegramUpdateRow, stale["update_id"])
        row.claimed_at = row.claimed_at - timedelta(minutes=3)
        uow.session.add(row)
        uow.session.commit()
    with _client(tandem):
        deadline = time.monotonic() + 10
        while _statuses(tandem)[stale["update_id"]] == "received" and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.3)  # room for the live one to be taken, were it taken
    assert _statuses(tandem) == {live["update_id"]: "received", stale["update_id"]: "processed"}
    assert len(_replies(botapi, SALES)) == 1


def test_updates_queued_at_shutdown_are_processed_once_by_the_next_run(tandem, botapi):
    # Strangers, one chat each (one chat gets one message a second); each gets exactly one refusal.
    chats = list(range(5001, 5016))
    with _client(tandem) as client:
        for chat in chats:
            update = botapi.make_update("message", user_id=chat, text="/start")
            assert client.post("/telegram/webhook", json=update, headers=HEADERS).status_code == 200
    left = list(_statuses(tandem).values()).count("received")  # what the first run had not reached
    with _client(tandem):
        deadline = time.monotonic() + 10
        while "received" in _statuses(tandem).values() and time.monotonic() < deadline:
            time.sleep(0.02)
    assert sorted(c["chat_id"] for c in botapi.calls("sendMessage")) == chats
    assert set(_statuses(tandem).values()) == {"processed"}
    print(f"left for the second run: {left} of {len(chats)}")


def test_menu_is_set_in_english_and_chinese_and_help_depends_on_the_role(tandem, botapi):
    with _client(tandem) as client:
        botapi.wait_for("setMyCommands", lambda c: c.get("language_code") == "zh", timeout=5)
        for user in (SALES, MANAGER, BUYER):
            update = botapi.make_update("message", user_id=user, text="/help")
            assert client.post("/telegram/webhook", json=update, headers=HEADERS).status_code == 200
        zh = botapi.make_update("message", user_id=999, text="/help", language_code="zh")
        client.post("/telegram/webhook", json=zh, headers=HEADERS)
        helps = {chat: botapi.wait_for("sendMessage", lambda c, chat=chat: c["chat_id"] == chat, timeout=5)["text"]
                 for chat in (SALES, MANAGER, BUYER, 999)}
    menus = {c.get("language_code"): [x["command"] for x in c["commands"]] for c in botapi.calls("setMyCommands")}
    assert set(menus) == {None, "en", "zh"} and all("help" in m and "start" in m for m in menus.values())
    zh_menu = next(c for c in botapi.calls("setMyCommands") if c.get("language_code") == "zh")
    assert any("帮助" in x["description"] or "可以" in x["description"] for x in zh_menu["commands"])
    assert "forward a customer's order" in helps[SALES] and "Approve" not in helps[SALES]
    assert "Approve" in helps[MANAGER] and "purchase suggestions" in helps[BUYER]
    assert "Tandem" in helps[999] and "抱歉" in helps[999]  # strangers get the refusal, in their language
    assert all(len(text) < 400 for text in helps.values())


def test_one_chats_updates_run_in_order_and_a_payload_without_id_is_ignored(tandem, botapi):
    texts = ["/help", "/start", "/help"]
    with _client(tandem) as client:
        assert client.post("/telegram/webhook", json={"message": {}}, headers=HEADERS).status_code == 200
        for text in texts:
            update = botapi.make_update("message", user_id=SALES, text=text)
            assert client.post("/telegram/webhook", json=update, headers=HEADERS).status_code == 200
        _settle(botapi, tandem, 3, timeout=15)  # one chat: a reply a second
    replies = [c["text"] for c in _replies(botapi, SALES)]
    assert ["Hi" in r for r in replies] == [False, True, False] and "forward" in replies[0]
    assert len(_statuses(tandem)) == 3
