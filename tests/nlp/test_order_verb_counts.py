"""'order' as a verb before a count of three digits or more: the count is ordered, no order number is named."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import load_catalog
from nlp.extractor import Extractor

TODAY = dt.date(2026, 5, 4)


@pytest.fixture(scope="module")
def industrial():
    return Extractor(load_catalog("tests/data/catalog_industrial.csv"))


def _read(ex, text):
    got = ex.extract(text, TODAY)
    return got["intent"], [(ln["sku"], ln["quantity"]) for ln in got["lines"]]


@pytest.mark.parametrize("text", [
    "Morning - please order 400 M10 washers for the site, thanks",
    "Could you order 250 M10 washers for us?",
    "We'd like to order 300 M10 washers please.",
])
def test_a_count_after_the_verb_order_is_ordered(industrial, text):
    intent, lines = _read(industrial, text)
    assert intent == "order" and lines == [("WSH-M10-ZN", int(text.split("order ")[1].split()[0]))]


def test_a_correction_after_please_order_is_still_a_new_order(industrial):
    assert _read(industrial, "Please order 200 M10 washers - sorry, make that 300.") == ("order", [("WSH-M10-ZN", 300)])


def test_an_order_number_is_still_no_count(industrial):
    intent, lines = _read(industrial, "Order 4471: the M10 washers should be 300 not 200.")
    assert intent == "change" and lines == [("WSH-M10-ZN", 300)]
    intent, lines = _read(industrial, "Can you add 50 M10 washers to order 58812?")
    assert lines == [("WSH-M10-ZN", 50)]
