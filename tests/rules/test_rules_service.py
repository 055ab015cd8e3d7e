"""Business rules: validated when written, fired by the events they name, each firing audited."""
from __future__ import annotations

import pytest

from core.domain.prices import ChangeOfferPrice
from core.domain.rules import AddRule, DisableRule, ListRules, RuleError
from tests.rules.conftest import audits, outbox

STOCK_UP = AddRule("raw-rise", "PriceChanged", 'change_pct > 5 and category == "raw"', "stock_up_approval",
                   created_by="test")
ALERT = AddRule("tell-buyers", "PriceChanged", "change_pct > 5", "alert", "buyer", created_by="test")


def test_a_broken_expression_is_refused_at_creation(bus, priced):
    with pytest.raises(RuleError, match="bad condition"):
        bus.handle(AddRule("broken", "PriceChanged", "change_pct >", "alert"))
    with pytest.raises(RuleError, match="unknown name 'pct'.*change_pct"):
        bus.handle(AddRule("typo", "PriceChanged", "pct > 5", "alert"))
    with pytest.raises(RuleError, match="bad condition"):
        bus.handle(AddRule("types", "PriceChanged", 'change_pct > "five"', "alert"))
    with pytest.raises(RuleError, match="unknown event 'PriceRose'"):
        bus.handle(AddRule("event", "PriceRose", "true", "alert"))
    with pytest.raises(RuleError, match="unknown action"):
        bus.handle(AddRule("action", "PriceChanged", "true", "email"))
    assert bus.handle(ListRules()) == []


def test_rules_are_listed_and_disabled_by_name(bus, priced, uow_factory):
    bus.handle(ALERT)
    with pytest.raises(RuleError, match="already exists"):
        bus.handle(ALERT)
    [rule] = bus.handle(ListRules())
    assert rule["role"] == "buyer" and rule["enabled"] and rule["created_by"] == "test"
    assert bus.handle(DisableRule("tell-buyers"))["enabled"] is False
    bus.handle(ChangeOfferPrice("S1", "BOLT", unit_price=0.60))
    assert outbox(uow_factory, "rule_alert") == [] and audits(uow_factory, "rule.fired") == []
    assert [a["action"] for a in audits(uow_factory, "rule.added") + audits(uow_factory, "rule.disabled")] == \
        ["rule.added", "rule.disabled"]


def test_a_price_rise_fires_a_stock_up_approval(bus, priced, uow_factory):
    bus.handle(STOCK_UP)
    bus.handle(ChangeOfferPrice("S1", "BOLT", unit_price=0.55))
    [fired] = audits(uow_factory, "rule.fired")
    assert fired["actor"] == "rule:raw-rise" and fired["data"]["result"]["status"] == "stock_up_drafted"
    requests = [m for m in outbox(uow_factory, "approval_request") if m["payload"]["po_id"] ==
                fired["data"]["result"]["po_id"]]
    assert requests and requests[0]["user_id"] == priced["manager"]["id"]
    [line] = requests[0]["payload"]["lines"]
    assert line["sku"] == "BOLT" and line["reason"].startswith("Stock-up (rule “raw-rise”)")
    assert line["quantity"] >= 300  # the planner's order plus 30 days at 10/day
    bus.handle(ChangeOfferPrice("S1", "BOLT", unit_price=0.60))  # another rise: the first stock-up still waits
    second = audits(uow_factory, "rule.fired")[1]["data"]["result"]
    assert second["status"] == "skipped" and "already waits" in second["message"]


def test_a_rule_that_does_not_match_does_nothing(bus, priced, uow_factory):
    bus.handle(STOCK_UP)
    bus.handle(ALERT)
    bus.handle(ChangeOfferPrice("S1", "BOLT", unit_price=0.51))  # +2 %
    bus.handle(ChangeOfferPrice("S2", "NUT", unit_price=0.2))  # +100 %, but not a raw material: only the alert
    fired = audits(uow_factory, "rule.fired")
    assert [(f["actor"], f["data"]["sku"]) for f in fired] == [("rule:tell-buyers", "NUT")]
    assert not any("Stock-up" in l["reason"] for m in outbox(uow_factory, "approval_request")
                   for l in m["payload"]["lines"])


def test_an_alert_rule_tells_the_role_with_buttons_and_a_tap_drafts_the_stock_up(bus, priced, uow_factory):
    from core.domain.commands import PressButton

    bus.handle(ALERT)
    bus.handle(ChangeOfferPrice("S1", "BOLT", unit_price=0.55, source="webhook:erp"))
    [told] = outbox(uow_factory, "rule_alert")
    assert told["user_id"] == priced["buyer"]["id"]
    payload = told["payload"]
    assert payload["rule"] == "tell-buyers" and payload["event"] == "PriceChanged"
    assert payload["fields"]["change_pct"] == 10.0 and payload["fields"]["name"] == "Hex bolt M8x30"
    assert set(payload["actions"]) == {"stock_up", "dismiss"}
    result = bus.handle(PressButton(payload["actions"]["stock_up"], telegram_id=7))
    assert result["status"] == "stock_up_drafted" and result["message"].startswith(f"PO {result['po_id']}: stock-up")
    again = bus.handle(PressButton(payload["actions"]["dismiss"], telegram_id=7))
    assert again["status"] == "refused" and again["message"] == "Already handled: stock_up by Bea."
    assert [a["data"]["po_id"] for a in audits(uow_factory, "alert.stock_up")] == [result["po_id"]]


def test_rules_target_any_event_by_name(bus, priced, uow_factory):
    from core.domain import commands

    bus.handle(AddRule("big-shortage", "ShortageDetected", "quantity >= 20 and on_hand < 10", "alert", "manager"))
    bus.handle(commands.IngestMessage(b"30 x BOLT", source="test"))  # 5 on hand: 25 short
    [told] = outbox(uow_factory, "rule_alert")
    assert told["user_id"] == priced["manager"]["id"] and told["payload"]["fields"]["quantity"] == 25
