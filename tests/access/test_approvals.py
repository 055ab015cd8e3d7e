"""Approval chains, reasons, changes, overrides, reminders and escalation through the service layer."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from core.domain import commands
from core.domain import commands_access as cmds
from core.domain.access import DEFAULT_RULES, ApprovalRule, approval_chain
from tests.access.conftest import audit_actions, outbox, po_status

ORDER = b"30 x BOLT"  # -> PO 1: 100 BOLT from S1 at 0.50 = 50.00, requested by Sam


def _tokens(uow_factory, user_id, kind="approval_request"):
    payload = outbox(uow_factory, kind, user_id)[-1]["payload"]
    return {**payload["buttons"], **payload["more"]}


def test_chains_by_amount_and_category():
    assert approval_chain(DEFAULT_RULES, 100, set()) == [(1, "manager")]
    assert approval_chain(DEFAULT_RULES, 5000.01, set()) == [(1, "manager"), (2, "director")]
    rules = DEFAULT_RULES + [ApprovalRule(2, 100, "chemicals", "admin")]
    assert approval_chain(rules, 200, {"chemicals"}) == [(1, "manager"), (2, "admin")]
    assert approval_chain(rules, 200, {"bolts"}) == [(1, "manager")]


def test_request_carries_the_why(bus, team, uow_factory):
    bus.handle(commands.IngestMessage(ORDER, source="test"))
    to_mia = outbox(uow_factory, "approval_request", team["manager"]["id"])
    to_max = outbox(uow_factory, "approval_request", team["manager2"]["id"])
    assert len(to_mia) == len(to_max) == 1  # every manager may take it; each has their own buttons
    p = to_mia[0]["payload"]
    assert set(p["buttons"]) == {"approve", "reject"} and set(p["more"]) == {"change"}
    assert "safety stock" in p["lines"][0]["reason"]  # the planner's own words
    assert p["runner_up"] == {"supplier": "Quick Co", "total": 60.0, "difference": 10.0}
    assert p["budget"] == {"month_to_date": 0.0, "after": 50.0}
    assert (p["level"], p["levels"], p["role"], p["requested_by"]) == (1, 1, "manager", "Sam")


def test_two_levels_manager_then_director(bus, team, uow_factory):
    bus.handle(cmds.SetApprovalRule(2, 10, "*", "director"))
    bus.handle(commands.IngestMessage(ORDER, source="test"))
    mia = _tokens(uow_factory, team["manager"]["id"])
    first = bus.handle(commands.PressButton(mia["approve"], telegram_id=2))
    assert first["status"] == "approved_level" and po_status(uow_factory) == "pending_approval"
    late = bus.handle(commands.PressButton(_tokens(uow_factory, team["manager2"]["id"])["approve"], telegram_id=3))
    assert late["status"] == "refused" and "already approved by Mia (level 1)" in late["message"]
    assert bus.handle(commands.PressButton(mia["approve"], telegram_id=2))["status"] == "refused"
    dan = _tokens(uow_factory, team["director"]["id"])
    assert outbox(uow_factory, "approval_request", team["director"]["id"])[-1]["payload"]["approved_by"] == ["Mia"]
    final = bus.handle(commands.PressButton(dan["approve"], telegram_id=4))
    assert final["status"] == "approved" and po_status(uow_factory) == "approved"
    told = [m["payload"] for m in outbox(uow_factory, "decision", team["sales"]["id"])]
    assert told[-1]["status"] == "approved" and told[-1]["by"] == "Dan"
    assert outbox(uow_factory, "approval_progress", team["sales"]["id"])[0]["payload"]["next_role"] == "director"
    assert {"po.level_approved", "po.approved", "approval_rule.set"} <= set(audit_actions(uow_factory))


def test_reject_asks_why_and_the_next_text_is_the_reason(bus, team, uow_factory):
    bus.handle(commands.IngestMessage(ORDER, source="test"))
    assert bus.handle(cmds.AnswerPrompt(2, "hello"))["handled"] is False  # no question open: not ours
    mia = _tokens(uow_factory, team["manager"]["id"])
    asked = bus.handle(commands.PressButton(mia["reject"], telegram_id=2))
    assert asked["status"] == "prompt" and po_status(uow_factory) == "pending_approval"
    assert [b[1] for row in asked["buttons"] for b in row] == [mia["approve"], mia["reject"], mia["change"]]
    assert outbox(uow_factory, "ask_reason", team["manager"]["id"])[0]["payload"]["action"] == "reject"
    answered = bus.handle(cmds.AnswerPrompt(2, "too expensive this month"))
    assert answered["handled"] and answered["status"] == "rejected"
    assert po_status(uow_factory) == "rejected"
    told = outbox(uow_factory, "decision", team["sales"]["id"])[-1]["payload"]
    assert (told["status"], told["reason"]) == ("rejected", "too expensive this month")
    assert bus.handle(cmds.AnswerPrompt(2, "an order text"))["handled"] is False  # the prompt is gone


def test_ask_for_change_sends_the_po_back_to_draft(bus, team, uow_factory):
    bus.handle(commands.IngestMessage(ORDER, source="test"))
    change = _tokens(uow_factory, team["manager"]["id"])["change"]
    bus.handle(commands.PressButton(change, telegram_id=2))
    result = bus.handle(commands.PressButton(change, telegram_id=2, reason="use Quick Co"))
    assert result["status"] == "changes_requested" and po_status(uow_factory) == "draft"
    told = outbox(uow_factory, "decision", team["sales"]["id"])[-1]["payload"]
    assert (told["status"], told["reason"], told["by"]) == ("changes_requested", "use Quick Co", "Mia")
    stale = bus.handle(commands.PressButton(_tokens(uow_factory, team["manager2"]["id"])["approve"], telegram_id=3))
    assert "already sent back for a change by Mia" in stale["message"]
    assert bus.handle(commands.SubmitPurchaseOrder(1))["status"] == "pending_approval"
    assert len(outbox(uow_factory, "approval_request", team["manager"]["id"])) == 2


def test_four_eyes_and_explicit_admin_override(bus, team, uow_factory):
    # Mia forwards the order herself: she is the requester, so only Max is asked.
    bus.handle(commands.AddUser("Mia2", "manager", email="sales2@us.example"))
    bus.handle(commands.IngestMessage(ORDER, source="test"))
    assert outbox(uow_factory, "approval_request", team["manager"]["id"])  # Sam requested: both asked
    listed = bus.handle(cmds.ListApprovals(telegram_id=5))
    [item] = listed["items"]
    assert item["override_only"] and set(item["more"]) == {"override"}
    # A non-admin cannot use it (the token is Ada's anyway) and Ada's tap is audited as an override.
    assert bus.handle(commands.PressButton(item["more"]["override"], telegram_id=2))["status"] == "refused"
    done = bus.handle(commands.PressButton(item["more"]["override"], telegram_id=5))
    assert done["status"] == "approved" and po_status(uow_factory) == "approved"
    assert "po.override" in audit_actions(uow_factory)
    late = bus.handle(commands.PressButton(_tokens(uow_factory, team["manager"]["id"])["approve"], telegram_id=2))
    assert late["message"] == "PO 1 already approved by Ada."


def test_requester_never_approves_own_po(bus, team, uow_factory):
    with uow_factory() as uow:
        po = uow.purchase_orders.get(1)
        assert po is None
    mia = team["manager"]["id"]
    bus.handle(commands.RecordSalesOrder(None, [{"sku": "BOLT", "quantity": 30}], requested_by=mia))
    assert outbox(uow_factory, "approval_request", mia) == []
    assert outbox(uow_factory, "approval_request", team["manager2"]["id"])


def test_reminder_then_escalation_once_each(bus, team, uow_factory):
    bus.handle(cmds.RevokeAccess("Max"))
    bus.handle(commands.IngestMessage(ORDER, source="test"))
    now = datetime.now(timezone.utc)
    remind = lambda hours: bus.handle(cmds.RemindApprovals(now + timedelta(hours=hours), 4, 24))  # noqa: E731
    assert remind(1) == {"reminded": 0, "escalated": 0}
    assert remind(5) == {"reminded": 1, "escalated": 0}
    assert remind(6) == {"reminded": 0, "escalated": 0}
    reminders = outbox(uow_factory, "approval_request", team["manager"]["id"])
    assert len(reminders) == 2 and reminders[-1]["payload"]["reminder"]
    assert remind(25) == {"reminded": 0, "escalated": 1}
    assert remind(26)["escalated"] == 0
    dan = outbox(uow_factory, "approval_request", team["director"]["id"])[-1]["payload"]
    assert dan["escalated"] and dan["waiting_on"] == "Mia"
    assert bus.handle(commands.PressButton(dan["buttons"]["approve"], telegram_id=4))["status"] == "approved"
    late = bus.handle(commands.PressButton(reminders[-1]["payload"]["buttons"]["approve"], telegram_id=2))
    assert late["message"] == "PO 1 already approved by Dan."
    assert {"approval.reminded", "approval.escalated"} <= set(audit_actions(uow_factory))


def test_approvals_list_gives_fresh_buttons(bus, team, uow_factory):
    bus.handle(commands.IngestMessage(ORDER, source="test"))
    assert bus.handle(cmds.ListApprovals(telegram_id=1))["items"] == []
    [item] = bus.handle(cmds.ListApprovals(telegram_id=2))["items"]
    assert item["po_id"] == 1 and bus.handle(commands.PressButton(item["buttons"]["approve"],
                                                                  telegram_id=2))["status"] == "approved"
    assert bus.handle(cmds.ListApprovals(telegram_id=2))["items"] == []


def test_month_to_date_counts_approved_spend(bus, team, uow_factory):
    bus.handle(commands.IngestMessage(ORDER, source="test"))
    bus.handle(commands.PressButton(_tokens(uow_factory, team["manager"]["id"])["approve"], telegram_id=2))
    bus.handle(commands.IngestMessage(b"200 x BOLT", source="test"))
    p = outbox(uow_factory, "approval_request", team["manager"]["id"])[-1]["payload"]
    assert p["budget"]["month_to_date"] == 50.0 and p["budget"]["after"] == 50.0 + p["total"]
