"""A line restated at its placed count beside a change ("…, and the cakestands 6 as ordered") stays as it is: no
line (own wording)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import load_catalog
from nlp.extractor import Extractor


@pytest.fixture(scope="module")
def retail():
    return Extractor(load_catalog("tests/data/catalog_retail.csv"))


@pytest.mark.parametrize("text,want", [
    ("On my order from Tuesday please make the red retrospot mugs 48, and the regency cakestands 6 as ordered.", {("21844", 48)}),
    ("Change to order 4471: regency cakestands up to 10, red retrospot mugs 24 as per our order.", {("22423", 10)}),
])
def test_restated_count_as_ordered_is_no_line(retail, text, want):
    got = retail.extract(text, dt.date(2027, 3, 10))
    assert got["intent"] == "change" and {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == want


def test_near_miss_a_position_that_stays_keeps_the_cancelled_count(retail):
    text = "Please cancel from order 8812 position 3 (red retrospot mugs, 40 pcs.). Position 2 stays as ordered."
    got = retail.extract(text, dt.date(2027, 3, 10))
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("21844", 40)}
