"""Plain wording the second and third waves' rules must leave alone (own sentences): an order sent to a postal box,
goods priced with "@", a count of days after a deadline word, a UK-spelt Labour Day."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

TODAY = dt.date(2026, 11, 25)
ITEMS = [CatalogItem("JUG-BL", "Blue enamel jug", "pcs"), CatalogItem("TIN-BS", "Biscuit tin vintage", "pcs"),
         CatalogItem("CRD-HV", "Harvest greeting card", "pcs")]


@pytest.fixture(scope="module")
def ex():
    return Extractor(ITEMS)


@pytest.mark.parametrize("text, want", [
    ("Kindly dispatch 15 blue enamel jugs to P.O. Box 2290, Eldoret", {("JUG-BL", 15)}),
    ("Please ship 9 vintage biscuit tins and 4 blue enamel jugs - our address is PO Box 310 Kisumu",
     {("TIN-BS", 9), ("JUG-BL", 4)}),
    ("30 blue enamel jugs to our po box 55 please", {("JUG-BL", 30)}),
    # (a signing address line with no count still orders nothing)
    ("20 vintage biscuit tins please.\nMwangi Traders, P.O. Box 8812-00100", {("TIN-BS", 20)}),
])
def test_goods_sent_to_a_postal_box_are_ordered(ex, text, want):
    assert {(ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"]} == want


@pytest.mark.parametrize("text", ["Jugs @ trade price, 12 please", "Tins @ your list price - 12 of them pls"])
def test_goods_at_a_price_in_words_are_no_signature(ex, text):
    assert [ln["quantity"] for ln in ex.extract(text, TODAY)["lines"]] == [12]


@pytest.mark.parametrize("text", [
    "6 blue enamel jugs, delivery latest 3-4 working days if possible",
    "We want the 6 blue enamel jugs before 10-12 guests arrive for the launch",
    "6 blue enamel jugs until 7-10 days from now is fine",
])
def test_a_dashed_range_of_days_or_people_is_no_date(ex, text):
    got = ex.extract(text, TODAY)
    assert got["due_date"] is None and [ln["quantity"] for ln in got["lines"]] == [6]


def test_a_dashed_day_after_a_deadline_word_still_is_one(ex):
    assert ex.extract("6 blue enamel jugs please, latest 12-12", TODAY)["due_date"] == "2026-12-12"


def test_labour_day_spelt_so_is_no_us_holiday(ex):
    # (Kenya's Labour Day is 1 May, Australia's and New Zealand's others: no day is guessed)
    assert ex.extract("8 harvest greeting cards before Labour Day please", TODAY)["due_date"] is None
    assert ex.extract("8 harvest greeting cards before Labor Day please", TODAY)["due_date"] == "2027-09-06"
