"""The learned intent check stacked on the rules: stable features, overrides only above tau, lines follow the intent."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from nlp.intent_model import DIM, INTENTS, IntentModel, _slot, features, shipped, text_slots


def _model(toward: str, strength: float, tau: float) -> IntentModel:
    """A toy model that leans to one intent whenever the word "zebra" is in the text."""
    w = np.zeros((DIM, len(INTENTS)), dtype=np.float32)
    w[_slot("wzebra"), INTENTS.index(toward)] = strength
    return IntentModel(w, np.zeros(len(INTENTS), dtype=np.float32), tau)


def test_slots_are_stable_and_lowercased():
    assert text_slots("Please send TEN boxes") == text_slots("please send ten boxes")
    assert _slot("wsend") == _slot("wsend") and 0 <= _slot("wsend") < DIM


def test_chinese_characters_are_words():
    slots = text_slots("请报价")
    assert _slot("w报") in slots and _slot("b报 价") in slots


def test_features_carry_the_rules_intent():
    a, _ = features("order", [], "hello there", False)
    b, _ = features("quote", [], "hello there", False)
    assert set(a) != set(b)


def test_keeps_the_rules_below_tau():
    m = _model("quote", 1.0, 0.9)
    assert m.settle("order", [], "a zebra walks in", False) == "order"


def test_overrides_above_tau():
    m = _model("quote", 60.0, 0.9)
    assert m.settle("order", [{"quantity": 3}], "a zebra walks in", False) == "quote"
    assert m.settle("order", [{"quantity": 3}], "a horse walks in", False) == "order"


def test_a_lineless_order_is_not_made_a_question():
    m = _model("quote", 60.0, 0.9)  # a repeat ("send the usual bits?") names nothing to price or ask about
    assert m.settle("order", [], "a zebra walks in", False) == "order"


@pytest.mark.skipif(shipped() is None, reason="no weights shipped")
def test_shipped_model_is_small_and_sure_of_plain_orders():
    m = shipped()
    assert 0.4 <= m.tau <= 1.0
    assert m.settle("order", [{"quantity": 12}], "Hi, could you send us 12 boxes of the blue napkins by Friday? Thanks", False) == "order"


def test_other_keeps_no_lines(monkeypatch):
    from nlp.catalog import load_catalog
    from nlp.extractor import Extractor

    ex = Extractor(load_catalog("tests/data/catalog_retail.csv"))
    monkeypatch.setattr(ex, "intent_model", _model("other", 60.0, 0.5))
    got = ex.extract("please send zebra 6 red retrospot cake cases", dt.date(2026, 3, 2))
    assert got["intent"] == "other" and got["lines"] == []
    monkeypatch.setattr(ex, "intent_model", None)
    assert ex.extract("please send zebra 6 red retrospot cake cases", dt.date(2026, 3, 2))["lines"]
