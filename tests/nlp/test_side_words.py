"""A count said in a side phrase after an item named without one ("need 30 before the craft fair") is that item's;
a word of the side phrase that a catalogue name shares is no line (own catalogue, own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

ITEMS = [CatalogItem("JAR-HNY", "Honey jar hexagon glass", "pcs"), CatalogItem("FAIR-BNR", "Craft fair banner", "pcs"),
         CatalogItem("TAG-GFT", "Gift tag kraft", "pcs"), CatalogItem("CLIP-LN", "Peg clip line", "pcs"),
         CatalogItem("MUG-OWL", "Owl mug stoneware", "pcs"), CatalogItem("MUG-FOX", "Fox mug stoneware", "pcs")]
DAY = dt.date(2026, 4, 14)


def _pairs(text: str) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in Extractor(ITEMS).extract(text, DAY)["lines"]}


def test_a_count_before_an_occasion_goes_to_the_item_asked_about():
    assert _pairs("Are the hexagon honey jars back in stock? Need 30 before the fair.") == {("JAR-HNY", 30)}


def test_that_line_refers_to_the_item_before():
    assert _pairs("We won't need the kraft gift tags now. Please cancel that line (200 pcs).") == {("TAG-GFT", 200)}


def test_of_each_before_an_occasion_adds_no_line():
    assert _pairs("Do you still have the owl mugs? And the fox one. We'd take 12 of each for the fair.") == \
        {("MUG-OWL", 12), ("MUG-FOX", 12)}


def test_near_miss_a_product_named_after_the_count_is_its_own_line():
    """ "also 4 craft fair banners for the stall" names the banners right after the count: a line of its own."""
    assert _pairs("Are the hexagon honey jars back in stock? Also 4 craft fair banners for the stall.") == \
        {("JAR-HNY", None), ("FAIR-BNR", 4)}
