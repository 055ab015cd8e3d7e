"""Calibrated confidence and the generic reading fixes that came with it."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from nlp.calibration import (CORRECTED, LINE_FEATURES, MESSAGE_FEATURES, PARAMS, Calibration, message_vector,
                             order_rival, unit_mixed)
from nlp.catalog import CatalogItem
from nlp.dates import due_date
from nlp.extractor import Extractor
from nlp.intent import classify
from nlp.mentions import substitute
from nlp.units import convert

WED = dt.date(2026, 11, 25)


def test_parameters_match_the_signals():
    raw = json.loads(PARAMS.read_text(encoding="utf-8"))
    assert raw["line_features"] == list(LINE_FEATURES) and raw["message_features"] == list(MESSAGE_FEATURES)
    cal = Calibration.load()
    assert len(cal.line.weights) == len(LINE_FEATURES) and len(cal.message.weights) == len(MESSAGE_FEATURES)
    assert 0.9 <= cal.threshold <= 0.999 and Extractor([], threshold=0.5).threshold == 0.5


def test_confidence_is_monotone_in_the_signals(small):
    good = small.extract("12 x Jumbo Bag Red Retrospot", WED)["confidence"]
    risky = small.extract("12 x Jumbo Bag Red Retrospot, or maybe double that?", WED)["confidence"]
    assert 0 < risky < good <= 1


def _signals(intent: str, body: str, ctx_extra: dict | None = None) -> dict:
    ctx = {"loose": 0, "orphans": 0, "dates": 0, "due": False, "history": False, "swap": False, **(ctx_extra or {})}
    return dict(zip(MESSAGE_FEATURES, message_vector(intent, [{"quantity": 3}], body, ctx, [1.0])))


def test_an_order_read_beside_another_intents_cue_is_a_close_call():
    assert _signals("order", "could you quote 3 pallets of sand, price per pallet")["order_rival"] == 1.0
    assert _signals("order", "send 3 pallets of sand please")["order_rival"] == 0.0
    assert _signals("quote", "could you quote 3 pallets of sand")["order_rival"] == 0.0  # the cue is the read's own
    assert order_rival("order", {"order": 2, "other": 1}) == 0.0 and order_rival("order", {"change": 1}) == 1.0


def test_a_bare_count_beside_a_converted_one_is_flagged():
    conv, bare = LINE_FEATURES.index("converted"), LINE_FEATURES.index("qty_bare")
    packed, plain = [0.0] * len(LINE_FEATURES), [0.0] * len(LINE_FEATURES)
    packed[conv], plain[bare] = 1.0, 1.0
    assert unit_mixed([packed, plain]) and not unit_mixed([packed, packed]) and not unit_mixed([plain])
    assert _signals("order", "3 drums", {"unit_mixed": True})["unit_mixed"] == 1.0
    assert _signals("order", "3 drums")["unit_mixed"] == 0.0  # an old read without the signal: not flagged


@pytest.mark.parametrize("body,said", [
    ("40 tea towels - no sorry, 50", True), ("make that 8 crates", True), ("铁丝要二十卷,不对,三十卷", True),
    ("the blue mugs should have been green", True), ("sorry for the late reply, 6 lamps please", False),
    ("莫搞错了哈,是1.0的", False), ("6 lamps please", False),
])
def test_a_count_taken_back_is_seen(body, said):
    assert bool(CORRECTED.search(body)) == said and _signals("order", body)["corrected"] == float(said)


@pytest.mark.parametrize("text,due", [
    ("need 300kg of rods. Latest the 12th.", "2026-12-12"),
    ("Please deliver before Friday week", "2026-12-04"),
    ("最迟下个月10号到货", "2026-12-10"),
    ("the lights sold out in 2 days!! send 24 more", None),
    ("报价请于本周五前发我邮箱", None),
])
def test_due_date_phrasings(text, due):
    d = due_date(text, WED)
    assert (d.isoformat() if d else None) == due


def test_intent_phrasings():
    assert classify("can you make the woodland lunch bags 20 instead of 10?", 1) == "change"
    assert classify("200pcs 6204zz, are they in stock? if yes pls send", 1) == "stock_query"
    assert classify("please quote 500 pcs 6205-2RS, payment T/T 30/70", 1) == "quote"
    assert classify("Also 24 jam jars, the blue lid ones if you have them", 1) == "order"


def test_pairs_count_in_the_items_unit():
    gloves = CatalogItem("G", "Cut gloves L", "pair")
    candles = CatalogItem("C", "Party candles", "pcs")
    assert convert(30, "pairs", gloves) == 30 and convert(1, "pair", candles) == 2


def test_a_new_size_replaces_the_old_one():
    assert substitute("ss400 6厚", "8厚") == "ss400 厚"
    assert substitute("10mm 16mn plate", "8mm") == "16mn plate"
    assert substitute("red coat racks", "blue") == ""


def test_counted_in_no_and_a_describing_chunk(industrial_items):
    ex = Extractor(industrial_items)
    r = ex.extract("Please quote for 20 no. DN50 stainless ball valves and 20 no. DN25.", WED)
    assert all(ln["quantity"] == 20 for ln in r["lines"]) and len(r["lines"]) == 2


@pytest.fixture(scope="module")
def industrial_items(data_file):
    from nlp.catalog import load_catalog

    return load_catalog(data_file("catalog_industrial.csv"))
