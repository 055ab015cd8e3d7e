"""A place or purpose phrase ("for the shop", "给食堂用") names no item; items named with such words still match
(own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import load_catalog
from nlp.destinations import is_destination
from nlp.extractor import Extractor
from nlp.text import terms

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def retail():
    return Extractor(load_catalog("tests/data/catalog_retail.csv"))


def _named(name: str) -> frozenset:
    return frozenset(terms(name))


@pytest.mark.parametrize("mention, name", [
    ("for the shop", "WRAP FLOWER SHOP"),
    ("to our cafe", "LOCAL CAFE MUG"),
    ("at my office please", "OFFICE MUG WARMER"),
    ("for the garden party", "GARDEN PARTY LANTERN"),
    ("给食堂用", "食堂餐盘"),
    ("送到店里", "店铺招牌"),
    ("for the tea party", "TEA PARTY BIRTHDAY CARD"),
    ("for our bathroom", "BATHROOM HOOK"),
])
def test_a_place_phrase_alone_is_a_destination(mention, name):
    assert is_destination(mention, _named(name))


@pytest.mark.parametrize("mention, name", [
    ("wrap flower shop", "WRAP FLOWER SHOP"),
    ("black kitchen scales for our kitchen", "BLACK KITCHEN SCALES"),
    ("garden party bunting for the garden party", "GARDEN PARTY BUNTING"),
    ("price for the cushion covers", "UNION JACK CUSHION COVER"),  # the goods after "for the", no place word
    ("cafe mugs for the shop", "LOCAL CAFE MUG"),
    ("price for the picnic ones", "RED RETROSPOT PICNIC BAG"),  # "the X ones" names goods
])
def test_a_name_said_outside_the_phrase_is_no_destination(mention, name):
    assert not is_destination(mention, _named(name))


@pytest.mark.parametrize("text, want", [
    ("10 jumbo bag red retrospot (4 for the shop, 4 for the cafe)", [("85099B", 10)]),
    ("20 wrap flower shop please", [("23547", 20)]),
    ("3 black kitchen scales for our kitchen", [("22626", 3)]),
])
def test_destinations_in_whole_orders(retail, text, want):
    assert [(ln["sku"], ln["quantity"]) for ln in retail.extract(text, TODAY)["lines"]] == want


def test_a_chinese_destination_count_is_no_cafe_mug(retail):
    got = retail.extract("红色波点午餐袋10个，给店里用6个，给咖啡馆4个", TODAY)["lines"]
    assert [(ln["sku"], ln["quantity"]) for ln in got] == [("20725", 10)]


@pytest.mark.parametrize("text, want", [
    ("we'd like 8 for the kitchen please", []),  # no KITCHEN sign from the place alone
    ("20 lunch bag red retrospot, 10 for the office", [("20725", 20)]),  # no item-less line for the office
    ("给咖啡馆的4个", []),
    ("we need 20 for a tea party", []),  # any article or owner before the place
    ("12 for their shop", []),
    ("8 to your office please", []),
])
def test_a_count_for_a_place_alone_is_no_line(retail, text, want):
    assert [(ln["sku"], ln["quantity"]) for ln in retail.extract(text, TODAY)["lines"]] == want


@pytest.mark.parametrize("text, want", [
    # a number in the address after "delivered to" is no count, and the address names no goods
    ("12 jumbo bag red retrospot and 6 jumbo bag pink polkadot, delivered to Hall 2, Riverside Campus before noon",
     [("85099B", 12), ("22386", 6)]),
    ("6 regency cakestand 3 tier, shipped to Stage 4, Pinewood by Monday", [("22423", 6)]),
    ("5 jumbo bag red retrospot, dispatched to platform 1 please", [("85099B", 5)]),
])
def test_an_address_after_sent_goods_is_no_line(retail, text, want):
    assert [(ln["sku"], ln["quantity"]) for ln in retail.extract(text, TODAY)["lines"]] == want


def test_goods_sent_to_the_buyer_keep_their_name():
    from nlp.mentions import mention_text
    assert "cakestand" in mention_text("the regency cakestand sent to us last week")


@pytest.mark.parametrize("text, want", [
    # a second place said like the first one's: more of the same goods
    ("10 jumbo bag pink polkadot to the shop, 5 to the cafe", [("22386", 15)]),
    # a part of the count said before: no more goods
    ("we need 20 jumbo bag red retrospot, 8 of them for the shop", [("85099B", 20)]),
])
def test_a_place_count_beside_a_line(retail, text, want):
    assert [(ln["sku"], ln["quantity"]) for ln in retail.extract(text, TODAY)["lines"]] == want


def test_a_place_count_read_with_the_item_words_carried_over_is_no_line(retail):
    # the count's own words name only where it goes; the item before lends its words, not a new item
    got = retail.extract("40 assorted colour bird ornament, 20 for the garden centre", TODAY)["lines"]
    assert [(ln["sku"], ln["quantity"]) for ln in got] == [("84879", 40)]


@pytest.mark.parametrize("text, want", [
    ("wrap flower shop - 12 for the shop", [("23547", 12)]),
    ("local cafe mug: 6 for the cafe", [("22190", 6)]),
    ("the garden party bunting, 10 for the garden party", [("47566", 10)]),
])
def test_an_item_named_before_its_place_count_stays(retail, text, want):
    assert [(ln["sku"], ln["quantity"]) for ln in retail.extract(text, TODAY)["lines"]] == want
