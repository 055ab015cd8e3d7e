"""Calibrated confidence and the generic reading fixes that came with it."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from nlp.calibration import LINE_FEATURES, MESSAGE_FEATURES, PARAMS, Calibration
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
