"""The web login by one-time link, the admin area, and WEB_LOGIN_REQUIRED on the try-it page."""
from __future__ import annotations

import re

from fastapi.testclient import TestClient

from core.domain import commands_access as cmds
from tandem.server import build_web


def _client(instance):
    return TestClient(build_web(instance, with_bot=False, with_mail=False))


def _login(client, instance, name):
    link = instance.handle(cmds.CreateLoginLink(name=name))
    page = client.get(link["url"].split("8000", 1)[-1])
    assert page.status_code == 200 and "Sign in to Tandem" in page.text  # opening the link spends nothing
    return client.post("/login", data={"code": link["code"]}, follow_redirects=False), link


def test_admin_logs_in_once_invites_and_revokes(light):
    with _client(light) as client:
        assert client.get("/admin", follow_redirects=False).headers["location"].startswith("/login")
        response, link = _login(client, light, "Ada")
        assert response.status_code == 303 and response.headers["location"] == "/admin"
        assert "httponly" in response.headers["set-cookie"].lower()
        page = client.get("/admin")
        assert page.status_code == 200 and "Li Wei" in page.text and "Signed in as Ada" in page.text
        made = client.post("/admin/invites", data={"role": "buyer", "name": "Bea"})
        code = re.search(r"/start ([A-Za-z0-9_-]+)", made.text)[1]
        assert light.handle(cmds.RedeemInvite(code, 4242))["role"] == "buyer"
        revoked = client.post("/admin/revoke", data={"target": "Mia"})
        assert "Mia can no longer use Tandem." in revoked.text
        client.post("/logout")
        assert client.get("/admin", follow_redirects=False).status_code == 303
        again = TestClient(client.app).post("/login", data={"code": link["code"]})
        assert again.status_code == 403 and "already used" in again.text


def test_non_admins_and_strangers_get_no_admin_page(light):
    with _client(light) as client:
        response, _ = _login(client, light, "Dan")
        assert response.headers["location"] == "/"
        assert client.get("/admin").status_code == 403
        assert client.post("/admin/invites", data={"role": "admin"}).status_code == 403
        stranger = TestClient(client.app)
        assert stranger.post("/admin/revoke", data={"target": "Ada"}, follow_redirects=False).status_code == 303
        assert stranger.post("/login", data={"code": "forged"}).status_code == 403


def test_try_it_page_is_open_by_default_and_guarded_when_required(light):
    with _client(light) as client:
        assert client.get("/").status_code == 200
    light.settings.web_login_required = True
    with _client(light) as client:
        assert client.get("/", follow_redirects=False).headers["location"] == "/login?next=/"
        assert client.post("/ingest", data={"text": "10 bolts"}).status_code == 401
        assert client.get("/api/messages/1").status_code == 401
        assert client.get("/health").status_code == 200
        _login(client, light, "Sam")
        assert client.get("/").status_code == 200
