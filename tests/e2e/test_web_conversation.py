"""The bot's conversation on the web page: settle an unsure line, confirm, approve — signed in, by forms."""
from __future__ import annotations

import re

from fastapi.testclient import TestClient

from core.domain import commands_access as cmds
from tandem.server import build_web
from tests.e2e.conftest import UNSURE


def _signed_in(tandem, name):
    client = TestClient(build_web(tandem, with_bot=False, with_mail=False))
    link = tandem.handle(cmds.CreateLoginLink(name=name))
    client.post("/login", data={"code": link["code"]}, follow_redirects=False)
    return client


def _forms(page: str) -> dict[str, str]:
    """Button label -> token of every form on the page."""
    found = re.findall(r'name="token" value="([^"]+)".*?<button type="submit">([^<]+)</button>', page, re.S)
    return {label.strip(): token for token, label in found}


def _press(client, message_id, token, reason=""):
    return client.post("/press", data={"token": token, "reason": reason, "back": f"/messages/{message_id}"})


def test_same_conversation_on_the_web(tandem, doubted):
    doubted.add(UNSURE)
    sales = _signed_in(tandem, "Priya Shah")
    page = sales.post("/ingest", data={"text": "can you send 30 of the heart holders and 300 jumbo bag red "
                                               "retrospot please"})
    message_id = int(re.search(r"Message (\d+)", page.text)[1])
    forms = _forms(page.text)
    assert "✅ Confirm order" in forms and any(k.startswith("21733") for k in forms)
    pick = next(t for k, t in forms.items() if k.startswith("21733"))
    picked = _press(sales, message_id, pick)
    assert "→ 21733" in picked.text
    assert pick not in _forms(picked.text).values()  # that line is settled: its buttons are spent
    confirmed = _press(sales, message_id, _forms(picked.text)["✅ Confirm order"])
    assert "Order" in confirmed.text and "confirmed" in confirmed.text
    assert "pending approval" in confirmed.text

    manager = _signed_in(tandem, "Elena Novak")
    as_manager = manager.get(f"/messages/{message_id}")
    approve = _forms(as_manager.text)["✅ Approve"]
    done = _press(manager, message_id, approve)
    assert "approved by Elena Novak" in done.text
    again = _press(manager, message_id, approve)
    assert "already approved by Elena Novak" in again.text


def test_pressing_needs_a_signed_in_user(tandem):
    client = TestClient(build_web(tandem, with_bot=False, with_mail=False))
    response = client.post("/press", data={"token": "x", "back": "/messages/1"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")
    evil = _signed_in(tandem, "Priya Shah").post("/press", data={"token": "x", "back": "//evil.example"},
                                                 follow_redirects=False)
    assert evil.headers["location"].startswith("/?note=")
