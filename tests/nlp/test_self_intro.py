"""A sender naming herself and her shop ("Pat from the village post office") orders nothing by the shop's name
(own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import load_catalog
from nlp.destinations import SELF_INTRO
from nlp.extractor import Extractor

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def retail():
    return Extractor(load_catalog("tests/data/catalog_retail.csv"))


def _skus(ex, text: str) -> set:
    return {ln["sku"] for ln in ex.extract(text, TODAY)["lines"]}


@pytest.mark.parametrize("text, want", [
    ("Morning, Alun here at the post office. Please send 12 red retrospot mugs.", {"21844"}),
    ("Pat from the village post office, Kirkby - have you got the jumbo bag owls in? I'd want 20.", {"20713"}),
    ("hi its Gwen again at Llan post office full stop twelve jumbo bag owls please full stop", {"20713"}),
])
def test_the_senders_own_place_is_no_line(retail, text, want):
    assert _skus(retail, text) == want


@pytest.mark.parametrize("mention", [
    "hello it's dilys again at the old post office",
    "bev from the post office, tenby",
    "megan @ corner post office",
])
def test_introductions_are_recognised(mention):
    assert SELF_INTRO.match(mention)


@pytest.mark.parametrize("mention", [
    "ian at corner cupboard asked what we'd do the wicker wreath large for if he takes",
    "morag at glenbrae house b&b. could you send us of the wee scottie dog hand warmers",
])
def test_a_long_clause_with_goods_is_no_introduction(mention):
    assert not SELF_INTRO.match(mention)


def test_a_product_word_before_from_is_kept(retail):
    assert "21769" in _skus(retail, "Please send 2 vintage post office cabinets from the new range.")
