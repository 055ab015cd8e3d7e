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


def test_a_count_of_drops_names_no_goods():
    text = "Hi, one order but two drops please:\n\nTo the shop:\n  6 x owl mug stoneware\n\nTo the cafe:\n  4 x fox mug stoneware"
    assert _pairs(text) == {("MUG-OWL", 6), ("MUG-FOX", 4)}


def test_a_position_number_is_no_count():
    """ "cancel position 2 (owl mugs, 30 pcs). Position 1 stays": 30 is the count, the position numbers none."""
    text = "Please cancel from our order 5512 the position 2 (owl mug stoneware, 30 pcs.). Position 1 stays as ordered."
    assert _pairs(text) == {("MUG-OWL", 30)}


def test_near_miss_drops_named_as_goods_words_keep_their_line():
    """A counted item that is named stays, whatever else the sentence says about deliveries."""
    assert _pairs("Please send 12 owl mugs in two deliveries.") == {("MUG-OWL", 12)}


def _got(text: str) -> tuple[str, set]:
    got = Extractor(ITEMS).extract(text, DAY)
    return got["intent"], {(ln["sku"], ln["quantity"]) for ln in got["lines"]}


def test_a_variant_counted_zero_in_a_change_is_a_zero_line():
    assert _got("Change to our order: the stoneware mugs - 10 owl instead of 12, and 0 fox, we still have plenty.") == \
        ("change", {("MUG-OWL", 10), ("MUG-FOX", 0)})


def test_near_miss_a_zero_before_a_word_outside_the_name_takes_nothing_off():
    """ "0 fuss" names no word of the fox mug: no line at 0."""
    assert ("MUG-FOX", 0) not in _got("Change to our order: the stoneware mugs - 10 owl instead of 12, fox as they are, 0 fuss.")[1]


def test_a_count_said_twice_at_once_is_one_line():
    """ "the stoneware mugs, make the owl ones twelve, twelve": the second twelve repeats the first."""
    assert _got("That order from Monday, the stoneware mugs, can you make the owl ones twelve, twelve. Thanks")[1] == \
        {("MUG-OWL", 12)}


def test_near_miss_the_same_count_for_another_variant_is_its_own_line():
    assert _got("That order from Monday, the stoneware mugs: make the owl ones 12, and the fox ones 12 as well.")[1] == \
        {("MUG-OWL", 12), ("MUG-FOX", 12)}


def test_an_hour_to_call_back_by_is_no_count():
    """ "Ring me back before 4": 4 is a time, and "back" alone names nothing ordered."""
    items = ITEMS + [CatalogItem("FOB-BK", "Key fob back door", "pcs")]
    got = Extractor(items).extract("Please send 12 owl mugs stoneware. Ring me back before 4.", DAY)["lines"]
    assert {(ln["sku"], ln["quantity"]) for ln in got} == {("MUG-OWL", 12)}


def test_near_miss_a_count_named_in_full_after_by_stays():
    """ "… 4 key fob back door by Friday" names the fob in full: a line of its own."""
    items = ITEMS + [CatalogItem("FOB-BK", "Key fob back door", "pcs")]
    got = Extractor(items).extract("Please send 12 owl mugs stoneware and 4 key fob back door.", DAY)["lines"]
    assert {(ln["sku"], ln["quantity"]) for ln in got} == {("MUG-OWL", 12), ("FOB-BK", 4)}
