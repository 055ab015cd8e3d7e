"""The web app: health, docs, the try-it page, and the Telegram webhook's secret check."""
from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import select

from core.adapters import orm
from tandem.server import build_web
from tests.e2e.conftest import SALES, SECRET


def _client(tandem, botapi, with_bot=True):
    tandem.settings.telegram_webhook_url = "https://tandem.example/telegram/webhook"
    return TestClient(build_web(tandem, with_bot=with_bot, with_mail=False))


def _messages(tandem):
    with tandem.uow() as uow:
        return list(uow.session.exec(select(orm.InboundMessageRow)))


def test_health_docs_and_page(tandem, botapi):
    with _client(tandem, botapi, with_bot=False) as client:
        assert client.get("/health").json() == {"status": "ok"}
        assert client.get("/docs").status_code == 200 and client.get("/openapi.json").status_code == 200
        page = client.post("/ingest", data={"text": "Please send 24 jumbo bag red retrospot, thanks. Anna"})
        assert page.status_code == 200 and "Sales order" in page.text and "85099B" in page.text
        assert "Recent messages" in client.get("/").text
        empty = client.post("/ingest", data={"text": "  "})
        assert empty.status_code == 400


def test_webhook_with_wrong_secret_is_refused_and_changes_nothing(tandem, botapi):
    update = botapi.make_update("message", user_id=SALES, text="please send 24 jumbo bag red retrospot")
    with _client(tandem, botapi) as client:
        assert botapi.calls("setWebhook")[0]["secret_token"] == SECRET
        for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
            assert client.post("/telegram/webhook", json=update, headers=headers).status_code == 403
        assert _messages(tandem) == []
        ok = client.post("/telegram/webhook", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
        assert ok.status_code == 200
        botapi.wait_for("sendMessage", lambda c: c["chat_id"] == SALES, timeout=20)
    assert len(_messages(tandem)) == 1
