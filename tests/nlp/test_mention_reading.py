"""How a chunk is read into mentions: parts joined by "and", pack sizes in brackets, numbers kept as names,
comparative sizes (own catalogue, own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

TODAY = dt.date(2026, 11, 25)

ITEMS = [
    CatalogItem("NAP-4", "PACK OF 4 LINEN NAPKINS SAGE"),
    CatalogItem("NAP-RING", "NAPKIN RING BRASS"),
    CatalogItem("CND-TAPER", "PACK OF 12 TAPER CANDLES IVORY"),
    CatalogItem("CND-PILLAR", "PILLAR CANDLE IVORY"),
    CatalogItem("CND-HOLD", "CANDLE HOLDER GLASS"),
    CatalogItem("BSK-L", "SEAGRASS BASKET LARGE"),
    CatalogItem("BSK-S", "SEAGRASS BASKET SMALL"),
    CatalogItem("BSK-M", "SEAGRASS BASKET MEDIUM"),
    CatalogItem("HOOK-BR", "COAT HOOK BRASS"),
    CatalogItem("HOOK-3", "SET OF 3 COAT HOOKS ANTIQUE"),
    CatalogItem("SP-PEP", "SALT AND PEPPER SET STONEWARE"),
    CatalogItem("SP-SALT", "SALT PIG STONEWARE"),
]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """An extractor over the catalogue above."""
    return Extractor(ITEMS)


def got(ex: Extractor, text: str) -> set:
    """(sku, quantity) pairs read from a message."""
    return {(ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"]}


def test_two_items_joined_by_and_without_counts_are_two_lines(ex):
    text = "Could you tell me if the sage linen napkins and the brass napkin rings are back in?"
    assert got(ex, text) == {("NAP-4", None), ("NAP-RING", None)}


def test_one_name_holding_and_stays_one_line(ex):
    assert got(ex, "30 of the stoneware salt and pepper sets please") == {("SP-PEP", 30)}


def test_pack_size_in_brackets_naming_the_pack_is_no_count(ex):
    text = "is there any stock of the ivory taper candles (12pk) and the glass candle holders?"
    assert got(ex, text) == {("CND-TAPER", None), ("CND-HOLD", None)}


def test_pack_size_in_brackets_leaves_the_real_count(ex):
    assert got(ex, "send 6 ivory taper candles (12pk) please") == {("CND-TAPER", 6)}


def test_number_after_a_dash_the_name_lacks_is_the_count(ex):
    assert got(ex, "coat hooks - 36") == {("HOOK-BR", 36)}


def test_comparative_size_names_the_size(ex):
    assert got(ex, "we'd like 10 of the seagrass baskets please, the smaller size") == {("BSK-S", 10)}
    assert got(ex, "need 8 seagrass baskets - the biggest size") == {("BSK-L", 8)}
