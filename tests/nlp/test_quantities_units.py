"""Quantity candidates, noise that is not a quantity, and conversion into the catalogue unit."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem
from nlp.quantities import find_quantities
from nlp.text import normalize
from nlp.units import convert


def best(text: str):
    """The strongest quantity candidate of a text as (value, unit) or None."""
    t = normalize(text)
    qs = [q for q in find_quantities(t, []) if q.strength >= 1]
    return (qs[0].value, qs[0].unit) if qs else None


@pytest.mark.parametrize("text,value", [
    ("2 doz of the cream ones", 24), ("two dozen pink bags", 24), ("a gross of pencils", 144),
    ("half a dozen lunch bags", 6), ("6 dozen", 72), ("jumbo bag red x12", 12), ("qty: 36", 36),
    ("30 crayons, the little tin of 8", 30), ("6 prs of boots", 6), ("三吨", 3), ("两百套", 200), ("1.5吨", 1.5), ("三吨半", 3.5), ("要一千六", 1600),
])
def test_quantity_values(text, value):
    assert best(text)[0] == value


def test_a_pack_of_packs_counts_the_inner_packs():
    assert best("a carton of 6 packs of napkins") == (6, "packs")
    assert best("3 cases of 12 tins of paint") == (36, "tins")


@pytest.mark.parametrize("text", [
    "call me on 07700 900 123", "order #4471", "at £2.55 each", "PO 580201", "the 3-tier stand",
    "M8x30 bolts", "6204-2RS", "we are down to 2", "每根6米的", "the refit on hull 207 is delayed",
])
def test_noise_is_not_a_quantity(text):
    assert best(text) is None


BOLT = CatalogItem("B", "bolt", "pcs", pack_size=100)
GLOVE = CatalogItem("G", "glove", "box", pack_size=100)
CABLE = CatalogItem("C", "cable", "m", pack_size=100)
PLATE = CatalogItem("P", "plate", "t")
PAINT = CatalogItem("K", "paint", "kg", pack_size=20)


@pytest.mark.parametrize("qty,word,item,expected", [
    (5, "盒", BOLT, 500), (10, "盒", GLOVE, 10), (2000, "只", GLOVE, 20), (3, "卷", CABLE, 300),
    (3, "吨", PLATE, 3), (500, "公斤", PLATE, 0.5), (6, "sets", PAINT, 120), (4, "桶", PAINT, 80),
    (5, "boxes", BOLT, 500), (24, "pcs", BOLT, 24), (3, "kegs", PAINT, 60), (2, "tubs", PAINT, 40),
])
def test_conversion_to_catalogue_unit(qty, word, item, expected):
    assert convert(qty, word, item) == pytest.approx(expected)


@pytest.mark.parametrize("text,qty", [("please send 7 x disposable nitrile gloves blue size M", 7),
                                      ("please send 300 x disposable nitrile gloves blue size M", 3)])
def test_times_count_of_a_boxed_item_is_boxes(small, text, qty):
    """ "7 x gloves" sold by the box is 7 boxes, as "gloves x 7"; a whole number of boxes in pieces is boxes."""
    lines = small.extract(text, dt.date(2026, 11, 25))["lines"]
    assert [(ln["sku"], ln["quantity"]) for ln in lines] == [("GLV-NIT-BU-M", qty)]


def test_pairs_of_goods_sold_as_pairs_are_pieces():
    mitts = CatalogItem("M", "OVEN MITTENS STRIPE")
    assert convert(30, "pairs", mitts) == 30  # one mitten item is the pair
    assert convert(30, "pairs", CatalogItem("C", "DINNER CANDLE IVORY")) == 60  # a pair of candles is two
