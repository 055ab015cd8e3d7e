"""Intent of round 13's third wave (own sentences): a supplier's offer chosen ("we'll go with your quote") is an order."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import load_catalog
from nlp.extractor import Extractor


@pytest.fixture(scope="module")
def ind():
    return Extractor(load_catalog("tests/data/catalog_industrial.csv"))


@pytest.mark.parametrize("text", [
    "Following your RFQ reply, we'll go with your offer on lines 2 and 5: 6205 ZZ bearings x 30. Lines 1 and 3 we will not need.",
    "Happy to go with your quotation for 80 m of YJV 4x25; our PO comes tomorrow.",
    "We have decided to go with your alternate: 6205 ZZ x 12, delivered to the yard please.",
])
def test_offer_chosen_is_an_order(ind, text):
    assert ind.extract(text, dt.date(2027, 7, 21))["intent"] == "order"


def test_choosing_among_offers_still_asks(ind):
    text = "Can you quote 80 m of YJV 4x25 and 12 of the 6205 ZZ? We'll go with the best price."
    assert ind.extract(text, dt.date(2027, 7, 21))["intent"] == "quote"


@pytest.fixture(scope="module")
def retail():
    return Extractor(load_catalog("tests/data/catalog_retail.csv"))


@pytest.mark.parametrize("text", [
    "you got any red retrospot mugs? want 12 xx",
    "u got the regency cakestands? could do with 4. Mel x",
])
def test_texted_you_got_question_asks_stock(retail, text):
    assert retail.extract(text, dt.date(2027, 3, 15))["intent"] == "stock_query"


def test_near_miss_an_order_with_a_texted_aside_stays_an_order(retail):
    text = "Send 12 red retrospot mugs and 6 regency cakestands. u got the jumbo bag owls too?"
    assert retail.extract(text, dt.date(2027, 3, 15))["intent"] == "order"
