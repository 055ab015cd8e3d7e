"""Industrial counts: units carried along a list, counts said in other units, sizes that are no counts."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.quantities import find_quantities
from nlp.text import normalize

TODAY = dt.date(2026, 11, 25)


def lines(result: dict) -> set:
    """(sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def strong(text: str):
    """The strongest count of a text as (value, unit, the words it spans), or None."""
    t = normalize(text)
    qs = [q for q in find_quantities(t, []) if q.strength >= 1]
    return (qs[0].value, qs[0].unit, t[qs[0].start : qs[0].end]) if qs else None


@pytest.mark.parametrize("text", ["class 3 safety boots", "type 2 visors", "grade 4 chain"])
def test_a_number_after_a_rating_word_is_no_count(text):
    assert strong(text) is None


def test_a_multiplier_takes_the_counted_word_with_it():
    assert strong("we'd want 3 dozen pairs") == (36, "pairs", "3 dozen pairs")


def test_n_off_is_one_count_with_its_word():
    assert strong("washers 250 off") == (250, None, "250 off")


def test_a_hedge_before_a_count_belongs_to_it():
    assert strong("plate, roughly 4 tonnes")[2] == "roughly 4 tonnes"


@pytest.mark.parametrize("text,expected", [
    ("m10 hex bolts, 40 mm long", "m10x40 hex bolts"),
    ("gift box 30 x 20 x 10 x 6", "gift box 30x20x10 x 6"),
    ("8 of the photo box 30 x 20 x 10 please", "8 of the photo box 30x20x10 please"),
    ("cable ties 3 x 150 x 20", "cable ties 3 x 150 x 20"),  # a two-way size and its count, or a size: left
    ("channel [8 and 6 tonnes", "channel [8 and 6 tonnes"),
    ("flap discs 125 x 22 - 3 boxes", "flap discs 125x22 - 3 boxes"),
    ("storage box 40x30x20cm", "storage box 40x30x20 cm"),
    ("washers a4 x 50", "washers a4 x 50"),  # a grade, then a count
    ("dn80 x 12 lengths", "dn80 x 12 lengths"),
    ("8 x 22386", "8 x 22386"),
])
def test_sizes_written_apart(text, expected):
    assert normalize(text) == expected


def test_bare_counts_take_the_pack_of_the_line_before(industrial):
    r = industrial.extract("alkyd paint: 3 pails blue, 1 red and 2 grey please", TODAY)
    assert lines(r) == {("PNT-ALK-BL", 45), ("PNT-ALK-RD", 15), ("PNT-ALK-GY", 30)}


def test_a_counted_item_keeps_its_own_count_after_a_pack(industrial):
    r = industrial.extract("6 boxes of M8x40 bolts, 50 M8 nuts", TODAY)
    assert lines(r) == {("BLT-M8X40-ZN", 600), ("NUT-M8-ZN", 50)}


def test_level_rating_and_dozen_pairs(industrial):
    r = industrial.extract("Have you got level 5 anti-cut gloves, size M? After 2 dozen pairs.", TODAY)
    assert lines(r) == {("GLV-CUT5-M", 24)}


def test_bolt_length_said_after_and_count_off(industrial):
    r = industrial.extract("M8 hex bolts 40mm long, 300 off please", TODAY)
    assert lines(r) == {("BLT-M8X40-ZN", 300)}


def test_hedged_tonnage_after_a_grade(industrial):
    r = industrial.extract("Got any Q345B plate in? 12mm, roughly 4 tonnes.", TODAY)
    assert lines(r) == {("PL-Q345B-12", 4)}


def test_family_counted_in_cartons_is_the_default_variant(industrial):
    r = industrial.extract("need 3 cartons of E6013 electrodes", TODAY)
    assert lines(r) == {("WR-E6013-3.2", 60)}


def test_same_as_a_named_earlier_order(industrial):
    text = "Same as my February order please.\n\n> PO 4410:\n> KN95 masks - 2 boxes\n> M8 nuts - 5 boxes"
    r = industrial.extract(text, TODAY)
    assert r["intent"] == "order" and lines(r) == {("MSK-KN95", 100), ("NUT-M8-ZN", 500)}


def test_ship_what_the_forwarded_list_says(industrial):
    text = "照这张单子发货：\n> 1. 46#液压油 两桶\n> 2. 3号黄油 一桶"
    r = industrial.extract(text, TODAY)
    assert r["intent"] == "order" and lines(r) == {("OIL-HM46", 36), ("GRS-LI-3", 15)}


def test_a_channel_section_number_is_no_count():
    assert strong("channel [12 (120mm), 2 tonnes") == (2, "tonnes", "2 tonnes")


@pytest.mark.parametrize("text", ["drop it at Unit 4, Harbour Rd.", "site address 14 Mill Lane, Hull",
                                  "Oak & Ash | 9 Tanner Row, York | Unsubscribe", "Fern Gifts, 5 Abbey Walk",
                                  "shop at 22 Market St."])
def test_an_address_number_is_no_count(text):
    assert strong(text) is None


def test_a_street_word_inside_a_product_name_keeps_the_count():
    assert strong("40 road cones")[0] == 40


def test_rolls_of_a_length_hold_that_length(industrial):
    assert lines(industrial.extract("please send 2 coils of 100m BV 4 red", TODAY)) == {("CAB-BV-4-RE", 200)}
    assert strong("4 rolls of 100m")[0:2] == (4, "rolls")


def test_a_counted_size_after_a_counted_line_is_a_line_of_its_own(industrial):
    """ "4 rolls of RVV 3 core 1.5, 3 rolls 3 core 2.5": "3 rolls" is the count of another cable named after
    it, not the first row's name number ("3 core") said again."""
    got = industrial.extract("Site van restock: 4 rolls of RVV 3 core 1.5, 3 rolls 3 core 2.5 please.", TODAY)
    assert lines(got) == {("CAB-RVV-3X1.5", 400), ("CAB-RVV-3X2.5", 300)}


def test_a_marked_count_takes_the_pack_of_the_line_before(industrial):
    r = industrial.extract("RVV 3x1.5 flex x 3 coils, RVV 3x2.5 x 1", TODAY)
    assert lines(r) == {("CAB-RVV-3X1.5", 300), ("CAB-RVV-3X2.5", 100)}



def test_lines_each_naming_another_spec_are_no_split_of_the_first(industrial):
    """ "J507的4.0要四箱，3.2的三箱，J422的4.0一箱": 4 boxes = 3 + 1 by chance; every line after names a number the first
    lacks (3.2, J422), so the first is an item beside them, not their heading."""
    r = industrial.extract("焊条J507的4.0要四箱，3.2的三箱，J422的4.0一箱", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in r["lines"]} == {
        ("WR-E7018-4.0", 80), ("WR-E7018-3.2", 60), ("WR-E6013-4.0", 20)}


def test_letter_size_with_ma_is_a_variant_not_a_lone_count(industrial):
    """ "丁腈手套，蓝色L码五盒、XL码八盒": XL码 is the next size of the blue gloves, its count not the heading's."""
    r = industrial.extract("我们车间要丁腈手套，蓝色L码五盒、XL码八盒", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in r["lines"]} == {("GLV-NIT-BU-L", 5), ("GLV-NIT-BU-XL", 8)}
