"""Invites, revoking and one-time web logins through the service layer."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from core.adapters import tables_access as ta
from core.domain import commands_access as cmds
from core.domain.access import AccessError
from core.service import access
from tests.access.conftest import audit_actions


def test_invite_links_once_with_its_role(bus, team, uow_factory):
    invite = bus.handle(cmds.CreateInvite("buyer", created_by=team["admin"]["id"], name="Bea"))
    linked = bus.handle(cmds.RedeemInvite(invite["code"], 77, "Beatrix B", "zh"))
    assert linked["status"] == "linked" and (linked["name"], linked["role"]) == ("Bea", "buyer")
    with uow_factory() as uow:
        user = uow.users.by_telegram(77)
        assert (user.role, user.language) == ("buyer", "zh")
    again = bus.handle(cmds.RedeemInvite(invite["code"], 78, "Someone"))
    assert again["status"] == "refused" and again["why"] == "used"
    with uow_factory() as uow:
        assert uow.users.by_telegram(78) is None
    assert {"invite.created", "invite.redeemed"} <= set(audit_actions(uow_factory))


def test_expired_unknown_and_revoked_invites_link_nobody(bus, team, uow_factory):
    old = bus.handle(cmds.CreateInvite("manager", days=-1))
    assert bus.handle(cmds.RedeemInvite(old["code"], 80))["why"] == "expired"
    assert bus.handle(cmds.RedeemInvite("nope", 80))["why"] == "invalid"
    fresh = bus.handle(cmds.CreateInvite("manager"))
    assert bus.handle(cmds.RevokeAccess(fresh["code"], by=team["admin"]["id"]))["status"] == "revoked"
    assert bus.handle(cmds.RedeemInvite(fresh["code"], 80))["why"] == "invalid"
    taken = bus.handle(cmds.CreateInvite("buyer"))
    assert bus.handle(cmds.RedeemInvite(taken["code"], 2))["why"] == "linked"  # Mia is linked already
    with uow_factory() as uow:
        assert uow.users.by_telegram(80) is None


def test_only_admins_invite_revoke_and_list(bus, team):
    for command in (cmds.CreateInvite("admin", created_by=team["manager"]["id"]),
                    cmds.RevokeAccess("Mia", by=team["manager"]["id"]), cmds.ListUsers(by=team["sales"]["id"])):
        with pytest.raises(AccessError):
            bus.handle(command)
    with pytest.raises(AccessError):
        bus.handle(cmds.CreateInvite("emperor"))
    listed = bus.handle(cmds.ListUsers(by=team["admin"]["id"]))
    assert [u["name"] for u in listed["users"]] == ["Sam", "Mia", "Max", "Dan", "Ada"]


def test_revoked_user_is_refused_and_their_approvals_move_on(bus, team, uow_factory):
    bus.handle(cmds.SetApprovalRule(1, 0, "*", "director"))
    from core.domain import commands

    bus.handle(commands.IngestMessage(b"30 x BOLT", source="test"))
    result = bus.handle(cmds.RevokeAccess("dan", by=team["admin"]["id"]))
    assert result["status"] == "revoked"
    with uow_factory() as uow:
        assert uow.users.by_telegram(4) is None
        [request] = uow.approvals.pending_for_po(1)
        assert request.approver_id == team["admin"]["id"]  # no other director: the next role up
    assert bus.handle(cmds.RevokeAccess("Ada", by=team["admin"]["id"]))["status"] == "refused"  # not yourself
    # A revoked user can be invited back; the same Telegram id is reused.
    code = bus.handle(cmds.CreateInvite("manager"))["code"]
    assert bus.handle(cmds.RedeemInvite(code, 4))["status"] == "linked"
    with uow_factory() as uow:
        assert uow.users.by_telegram(4).role == "manager"


def test_login_link_is_one_time_and_opens_a_session(bus, team, uow_factory):
    link = bus.handle(cmds.CreateLoginLink(name="ada"))
    assert "/login?code=" in link["url"] and link["user"] == "Ada"
    session = bus.handle(cmds.RedeemLogin(link["code"]))
    assert session["status"] == "ok" and session["user"]["role"] == "admin"
    assert access.session_user(uow_factory(), session["session"])["name"] == "Ada"
    assert bus.handle(cmds.RedeemLogin(link["code"]))["status"] == "refused"
    bus.handle(cmds.EndSession(session["session"]))
    assert access.session_user(uow_factory(), session["session"]) is None
    with pytest.raises(AccessError):
        bus.handle(cmds.CreateLoginLink(name="nobody"))


def test_expired_login_code_and_revoked_user_session(bus, team, uow_factory):
    link = bus.handle(cmds.CreateLoginLink(telegram_id=2))
    with uow_factory() as uow:
        row = uow.session.get(ta.LoginCodeRow, link["code"])
        row.expires_at = datetime.now(timezone.utc) - timedelta(minutes=1)
        uow.session.add(row)
        uow.commit()
    assert bus.handle(cmds.RedeemLogin(link["code"]))["message"] == "This login link has expired."
    session = bus.handle(cmds.RedeemLogin(bus.handle(cmds.CreateLoginLink(name="Mia"))["code"]))["session"]
    bus.handle(cmds.RevokeAccess("Mia"))
    assert access.session_user(uow_factory(), session) is None
