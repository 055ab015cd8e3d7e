"""Pure parts: price advice in the explanation, rule validation against an event's typed fields."""
from __future__ import annotations

import numpy as np
import pytest

from core.domain.prices import ChangeOfferPrice, PriceError, change_pct, new_breaks
from core.domain.catalog import PriceBreak
from core.domain.rules import AddRule, RuleError, compile_rule, event_types, symbol_types, validate
from core.planning import PlanInputs, plan_skus, suggest_order


def _plan(on_hand: float):
    demand = np.full((1, 120), 10.0)
    inp = PlanInputs(sku=np.array(["A"], dtype=object), demand=demand, unit_cost=np.array([1.0]),
                     on_hand=np.array([on_hand]), reserved=np.zeros(1), on_order=np.zeros(1),
                     lt_mean=np.array([7.0]), lt_sd=np.zeros(1))
    return inp, plan_skus(inp)


def test_explanation_carries_price_advice_only_with_history():
    inp, result = _plan(on_hand=50)
    plain = suggest_order(inp, result, 0)
    assert plain.price_action == "" and "Price:" not in plain.to_text()
    cheap = suggest_order(inp, result, 0, [1.0, 1.0, 1.02, 0.98, 1.01, 1.0, 0.80])
    assert cheap.price_action == "stock_up" and cheap.price_qty > cheap.order_qty and cheap.price_saving > 0
    assert cheap.to_text().splitlines()[-1].startswith("Price: stock up")
    assert cheap.to_dict()["price_action"] == "stock_up"


def test_high_price_with_thin_cover_never_waits_below_safety_stock():
    inp, result = _plan(on_hand=0)
    exp = suggest_order(inp, result, 0, [1.0, 1.0, 1.02, 0.98, 1.01, 1.0, 1.30])
    assert exp.price_action == "buy_now" and exp.price_qty > 0  # waiting would cut into safety stock
    inp, result = _plan(on_hand=2000)
    assert suggest_order(inp, result, 0, [1.0, 1.0, 1.02, 0.98, 1.01, 1.0, 1.30]).price_action == "wait"


def test_price_change_arithmetic():
    assert change_pct(0.5, 0.55) == 10.0 and change_pct(0, 1) == 0.0
    current = [PriceBreak(1, 1.0), PriceBreak(100, 0.8)]
    assert new_breaks(ChangeOfferPrice("S", "A", unit_price=1.1), current) == [PriceBreak(1, 1.1), PriceBreak(100, 0.88)]
    assert new_breaks(ChangeOfferPrice("S", "A", price_breaks=[(10, 0.5), (1, 0.6)]), current)[0] == PriceBreak(1, 0.6)
    with pytest.raises(PriceError):
        new_breaks(ChangeOfferPrice("S", "A"), current)


def test_rules_compile_against_the_events_typed_fields():
    types = symbol_types(event_types()["PriceChanged"])
    assert {"change_pct", "category", "old_price", "name", "on_hand", "supplier_name"} <= set(types)
    assert compile_rule("PriceChanged", 'change_pct > 5 and category in ["raw", "metal"]').matches(
        {"change_pct": 6.0, "category": "raw"})
    for bad, why in [("change_pct >", "bad condition"), ("colour == 'red'", "unknown name 'colour'"),
                     ("category > 5", "bad condition")]:
        with pytest.raises(RuleError, match=why):
            compile_rule("PriceChanged", bad)


def test_validate_names_roles_and_defaults():
    assert validate(AddRule("r", "PriceChanged", "true", "stock_up_approval")).role == "manager"
    assert validate(AddRule("r", "PriceChanged", "true", "alert")).role == "buyer"
    with pytest.raises(RuleError, match="unknown role"):
        validate(AddRule("r", "PriceChanged", "true", "alert", "ceo"))
    with pytest.raises(RuleError, match="name"):
        validate(AddRule(" ", "PriceChanged", "true", "alert"))


def test_events_defined_later_are_targetable_by_name():
    from dataclasses import dataclass

    from core.domain.events import Event

    @dataclass
    class SupplierLateForTest(Event):
        supplier_id: str
        days_late: float

    assert compile_rule("SupplierLateForTest", "days_late > 3").matches({"days_late": 4.0, "supplier_id": "S1"})


def test_rule_alert_renders_in_english_and_chinese_and_any_event():
    from bot.rules import rule_alert

    fields = {"sku": "B1", "name": "Bolt", "name_zh": "螺栓", "supplier_id": "S1", "supplier_name": "Cheap Co",
              "old_price": 0.5, "new_price": 0.55, "change_pct": 10.0, "on_hand": 5.0, "available": 5.0}
    payload = {"rule": "r", "event": "PriceChanged", "fields": fields, "actions": {"stock_up": "t1", "dismiss": "t2"}}
    text, markup = rule_alert(payload, "en")
    assert text.splitlines()[:2] == ["⚠️ Rule “r”", "B1 Bolt from Cheap Co: price 0.5 → 0.55 (+10.0%)"]
    assert [b.text for b in markup.inline_keyboard[0]] == ["📦 Draft stock-up PO", "Dismiss"]
    text, markup = rule_alert(payload, "zh")
    assert "B1 螺栓（Cheap Co）：价格 0.5 → 0.55（+10.0%）" in text and markup.inline_keyboard[0][1].text == "忽略"
    other = rule_alert({"rule": "late", "event": "SupplierDelayed", "fields": {"supplier_id": "S1", "days_late": 4},
                        "actions": {"dismiss": "t"}}, "en")[0]
    assert other.splitlines()[1] == "SupplierDelayed: supplier_id=S1, days_late=4"
