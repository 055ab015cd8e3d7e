"""`tandem users invite|login-link|revoke` and `tandem approvals rules list|set` as an admin runs them."""
from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from core.config import get_settings
from tandem import cli


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/cli.db")
    monkeypatch.setenv("PUBLIC_URL", "https://tandem.example")
    get_settings.cache_clear()
    if not any(group.name == "approvals" for group in cli.app.registered_groups):
        cli._register_all()
    runner = CliRunner()

    def invoke(*args, code=0):
        result = runner.invoke(cli.app, list(args))
        assert result.exit_code == code, result.output
        return result.output

    yield invoke
    get_settings.cache_clear()


def test_invite_login_link_revoke_and_rules(run):
    code = run("users", "invite", "--role", "director", "--name", "Dan").splitlines()[0]
    assert re.fullmatch(r"[A-Za-z0-9_-]{16}", code)
    assert "unknown role" in run("users", "invite", "--role", "king", code=1)
    run("users", "add", "Ada", "--role", "admin")
    link = run("users", "login-link", "Ada").strip()
    assert re.fullmatch(r"https://tandem\.example/login\?code=[A-Za-z0-9_-]{32}", link)
    assert "No active user" in run("users", "login-link", "Nobody", code=1)
    assert run("approvals", "rules", "list").splitlines() == ["level 1\tabove 0\t*\tmanager",
                                                              "level 2\tabove 5000\t*\tdirector"]
    out = run("approvals", "rules", "set", "--level", "2", "--role", "admin", "--min-amount", "500",
              "--category", "chemicals")
    assert "level 2\tabove 500\tchemicals\tadmin" in out and "level 2\tabove 5000\t*\tdirector" in out
    assert "role must be" in run("approvals", "rules", "set", "--level", "1", "--role", "buyer", code=1)
    assert "can no longer" in run("users", "revoke", "Ada")
    assert "Invite for director revoked" in run("users", "revoke", code)
