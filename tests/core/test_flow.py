"""The walking-skeleton loop through the service layer, with fake reader and extractor."""
from __future__ import annotations

from sqlmodel import select

from core.adapters import orm
from core.domain import commands


def _outbox(uow_factory, kind):
    with uow_factory() as uow:
        rows = uow.session.exec(select(orm.OutboxRow).where(orm.OutboxRow.kind == kind))
        return [orm.OutboxRow.model_validate(r.model_dump()) for r in rows]


def test_email_to_approval_request(bus, seeded, uow_factory):
    result = bus.handle(commands.IngestMessage(b"30 x BOLT, 10 x NUT", source="test"))
    assert result["status"] == "processed" and result["customer_id"] == "buyer@customer.example"
    assert result["requested_by"] == seeded["sales"]["id"]  # forwarder matched by e-mail
    with uow_factory() as uow:
        order = uow.orders.by_source_key(f"msg:{result['message_id']}")
        bolt, nut = order.lines
        assert (bolt.reserved, bolt.short) == (5, 25) and (nut.reserved, nut.short) == (10, 0)
        po = uow.purchase_orders.get(1)
        # need = safety 20 - projected (5-30) = 45 -> S1 needs MOQ 100 at 0.50 = 50; S2 rounds to 50 at 0.60
        assert po.supplier_id == "S1" and po.lines[0].quantity == 100 and po.status == "pending_approval"
    [request] = _outbox(uow_factory, "approval_request")
    assert request.user_id == seeded["manager"]["id"] and set(request.payload["buttons"]) == {"approve", "reject"}
    assert _outbox(uow_factory, "shortage") == []  # no buyer linked: nobody to tell, alert still recorded


def test_approve_by_token_puts_goods_on_order_once(bus, seeded, uow_factory):
    bus.handle(commands.IngestMessage(b"30 x BOLT", source="test"))
    [request] = _outbox(uow_factory, "approval_request")
    token = request.payload["buttons"]["approve"]
    first = bus.handle(commands.PressButton(token, telegram_id=2))
    assert first["status"] == "approved"
    again = bus.handle(commands.PressButton(token, telegram_id=2))
    assert again["status"] == "refused" and "already approved by Mia" in again["message"]
    with uow_factory() as uow:
        assert uow.stock.get("BOLT").position.on_order == 100
    [decision] = _outbox(uow_factory, "decision")
    assert decision.user_id == seeded["sales"]["id"] and decision.payload["status"] == "approved"


def test_forged_or_foreign_token_changes_nothing(bus, seeded, uow_factory):
    bus.handle(commands.IngestMessage(b"30 x BOLT", source="test"))
    [request] = _outbox(uow_factory, "approval_request")
    assert bus.handle(commands.PressButton("forged", telegram_id=2))["status"] == "refused"
    foreign = bus.handle(commands.PressButton(request.payload["buttons"]["approve"], telegram_id=1))
    assert foreign["message"] == "This button is not yours."
    with uow_factory() as uow:
        assert uow.purchase_orders.get(1).status == "pending_approval"


def test_same_message_twice_is_one_demand(bus, seeded, uow_factory):
    first = bus.handle(commands.IngestMessage(b"30 x BOLT", source="test"))
    second = bus.handle(commands.IngestMessage(b"30 x BOLT", source="test"))
    assert second["status"] == "duplicate" and second["message_id"] == first["message_id"]
    with uow_factory() as uow:
        assert uow.stock.get("BOLT").position.reserved == 5


def test_unreadable_message_is_kept_and_shown(bus, seeded, uow_factory):
    result = bus.handle(commands.IngestMessage(b"BROKEN", source="test"))
    assert result["status"] == "quarantined" and "corrupt input" in result["error"]
    with uow_factory() as uow:
        [kept] = uow.messages.quarantined()
        assert kept.raw == b"BROKEN"
        alerts = list(uow.session.exec(select(orm.AlertRow)))
        assert [a.kind for a in alerts] == ["quarantined"]


def test_unsure_line_waits_for_a_person(bus, seeded, uow_factory):
    result = bus.handle(commands.IngestMessage(b"30 x BOLT?", source="test"))
    assert result["needs_review"]
    with uow_factory() as uow:
        order = uow.orders.by_source_key(f"msg:{result['message_id']}")
        assert order.status == "needs_review" and order.lines[0].reserved == 0


def test_every_state_change_is_audited(bus, seeded, uow_factory):
    bus.handle(commands.IngestMessage(b"30 x BOLT", source="test"))
    with uow_factory() as uow:
        actions = [r.action for r in uow.session.exec(select(orm.AuditRow).order_by(orm.AuditRow.id))]
    assert actions[-5:] == ["message.processed", "order.recorded", "suggestion.created", "po.drafted",
                            "approval.requested"]


def test_quarantined_message_is_retried_after_a_fix(bus, seeded, uow_factory, reader):
    result = bus.handle(commands.IngestMessage(b"30 x BOLT BROKEN", source="test"))
    assert result["status"] == "quarantined"
    still = bus.handle(commands.RetryMessage(result["message_id"]))
    assert still["status"] == "refused" and "corrupt input" in still["message"]
    reader.fixed = True  # the reader was fixed (a new parser release)
    done = bus.handle(commands.RetryMessage(result["message_id"], user_id=seeded["manager"]["id"]))
    assert done["status"] == "processed", done
    with uow_factory() as uow:
        assert uow.orders.by_source_key(f"msg:{result['message_id']}").lines[0].reserved == 5
    again = bus.handle(commands.RetryMessage(result["message_id"]))
    assert again["status"] == "refused" and "already processed" in again["message"]


def test_untrusted_message_is_held_then_released_by_a_person(bus, seeded, uow_factory):
    held = bus.handle(commands.IngestMessage(b"30 x BOLT", source="mail", hold="sender not allowed"))
    assert held["status"] == "held"
    with uow_factory() as uow:
        assert uow.orders.by_source_key(f"msg:{held['message_id']}") is None  # no demand while held
    released = bus.handle(commands.RetryMessage(held["message_id"], user_id=seeded["manager"]["id"]))
    assert released["status"] == "processed"
    with uow_factory() as uow:
        actions = [r.action for r in uow.session.exec(select(orm.AuditRow))]
    assert "message.held" in actions and "message.released" in actions
