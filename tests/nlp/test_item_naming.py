"""How items are named in English: codes beside counts, dashes, sign-offs, kept items, specs before "and"
(own catalogue, own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

TODAY = dt.date(2026, 11, 25)

ITEMS = [
    CatalogItem("EL-6010-2.5", "Welding electrode E6010 Ø2.5 mm", "kg", aliases=("6010 rod 2.5",), pack_size=10),
    CatalogItem("EL-6010-3.2", "Welding electrode E6010 Ø3.2 mm", "kg", aliases=("6010 rod 3.2",), pack_size=10),
    CatalogItem("EL-7016-2.5", "Low-hydrogen electrode E7016 Ø2.5 mm", "kg", aliases=("7016 rod 2.5",), pack_size=10),
    CatalogItem("EL-7016-3.2", "Low-hydrogen electrode E7016 Ø3.2 mm", "kg", aliases=("7016 rod 3.2",), pack_size=10),
    CatalogItem("PL-S275-05", "Steel plate S275 5mm", "t"),
    CatalogItem("PL-S275-10", "Steel plate S275 10mm", "t"),
    CatalogItem("PL-S275-12", "Steel plate S275 12mm", "t"),
    CatalogItem("51001", "BEANIE HAT FOX DESIGN"),
    CatalogItem("51002", "BEANIE HAT BEAR DESIGN"),
    CatalogItem("51003", "BEANIE HAT HEDGEHOG DESIGN"),
    CatalogItem("51010", "ENAMEL TEAPOT SAGE"),
    CatalogItem("51011", "ENAMEL MILK JUG SAGE"),
    CatalogItem("51020", "COTTON APRON MEADOW DESIGN"),
    CatalogItem("51021", "SET 2 MEADOW DESIGN OVEN GLOVES"),
    CatalogItem("51040", "STRAW PICNIC HAMPER LARGE"),
    CatalogItem("51041", "STRAW PICNIC HAMPER SMALL"),
    CatalogItem("51050", "LANTERN ROUND COPPER"),
    CatalogItem("51051", "LANTERN ROUND PEWTER"),
    CatalogItem("51060", "HOT WATER BOTTLE STAG"),
    CatalogItem("51061", "HOT WATER BOTTLE ROBIN"),
    CatalogItem("51070", "WALL CLOCK STAG"),
    CatalogItem("51071", "WALL CLOCK ROBIN"),
    CatalogItem("51080", "CONFETTI CANNON PACK OF 20"),
    CatalogItem("51090", "PICNIC BLANKET TARTAN"),
    CatalogItem("51091", "PICNIC BLANKET CHECK"),
    CatalogItem("51092", "SEWING KIT TARTAN"),
    CatalogItem("51100", "GIFT WRAP FLORAL DESIGN"),
    CatalogItem("51101", "GIFT WRAP RED FLORAL"),
]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """An extractor over the items above."""
    return Extractor(ITEMS)


def _lines(ex: Extractor, text: str) -> list[tuple]:
    return sorted((ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"])


_pairs = _lines  # the same over the labelled catalogues (fixtures `retail`, `industrial`)


def test_code_beside_the_count_stays_in_the_name(industrial):
    # under a "welding" heading, the bare 7018 beside the count still names the low-hydrogen rod
    text = "Welding stores for the March outage:\n- 3 cartons 7018 rods 4.0mm\n- 2 spools MIG wire 1.2"
    assert _pairs(industrial, text) == [("WR-E7018-4.0", 60), ("WW-ER70S6-1.2", 30)]


def test_dash_then_count_less_words_finish_the_name(ex):
    text = "Could we have 20 beanie hats - hedgehog design please, and 20 of the enamel teapot sage."
    assert _lines(ex, text) == [("51003", 20), ("51010", 20)]


def test_sender_after_closing_please_is_no_part_of_the_name(retail):
    text = "8 of the pantry apple corers and 8 of the pantry aprons please, Willow Kitchen Co"
    assert _pairs(retail, text) == [("22981", 8), ("22990", 8)]


def test_ones_still_fine_without_verb_stay_off_the_cancel(ex):
    text = "cancel the stag hot water bottles thanks, not selling. the robin ones still fine"
    assert _lines(ex, text) == [("51060", None)]


def test_still_take_names_what_stays(ex):
    text = "Please cancel the 12 stag wall clocks. We'll still take the robin hot water bottles."
    assert _lines(ex, text) == [("51070", 12)]


def test_one_of_each_is_a_count(ex):
    text = "What would the large straw picnic hamper and the round copper lantern cost? Only one of each."
    assert _lines(ex, text) == [("51040", 1), ("51050", 1)]


def test_discount_at_a_count_is_a_price_tier(ex):
    text = "How much for 30 tartan picnic blankets, and 30 check? Any discount over 60 units?"
    assert _lines(ex, text) == [("51090", 30), ("51091", 30)]


def test_the_same_in_another_variant(ex):
    text = "need 3 doz of the fox beanie hats and the same in bear before the fair"
    assert _lines(ex, text) == [("51001", 36), ("51002", 36)]


def test_lone_decimal_size_is_a_second_item(industrial):
    lines = industrial.extract("do you have 3.2 J422 rods? and 4.0?", TODAY)["lines"]
    assert sorted((ln["sku"], ln["quantity"]) for ln in lines) == [("WR-E6013-3.2", None), ("WR-E6013-4.0", None)]


def test_spec_before_and_shares_the_head_after(industrial):
    text = "Customer asked prices for 10mm and 12mm Q235 plate, roughly 3t each"
    assert _pairs(industrial, text) == [("PL-Q235B-10", 3), ("PL-Q235B-12", 3)]


def test_colour_pair_in_one_name_is_one_item(retail):
    text = "Staff kitchen list: 3 x 3 tier cake tin red and cream, 5 x french style storage jar jam"
    lines = retail.extract(text, TODAY)["lines"]
    assert [(ln["sku"], ln["quantity"]) for ln in lines] == [("22838", 3), ("23185", 5)]
    assert "cream" in lines[0]["mention"]  # both colours name the one tin, no second item


def test_sure_count_less_match_may_leave_a_pack_word_unsaid(retail):
    # BALLOON WATER BOMB PACK OF 35: "balloon" unsaid, the match is still sure
    assert _pairs(retail, "what's the lead time like on water bomb packs") == [("22440", None)]


def test_counted_new_item_is_not_read_as_the_item_before(retail):
    text = "Please send 12 red hanging heart t-light holders and 2 dozen red tea towels for the opening next month"
    lines = _pairs(retail, text)
    assert ("21733", 12) in lines and len(lines) == 2  # the towels are no more holders


def test_count_less_name_with_its_own_lone_count(retail):
    text = "Please quote the regency cakestand, 8 pcs, and the sweetheart one, 8 pcs."
    assert _pairs(retail, text) == [("22423", 8), ("22776", 8)]


def test_size_with_its_point_beside_a_real_count_is_no_count(industrial):
    text = "Price please for 3 rolls of RVV 3 core 2.5 and 2 rolls of 4 core 1.0"
    assert _pairs(industrial, text) == [("CAB-RVV-3X2.5", 300), ("CAB-RVV-4X1.0", 200)]


def test_not_before_a_colour_points_away_from_that_sibling(ex):
    text = "5 of the sage teapots please, and 15 sheets of the floral gift wrap (the cream one, not red)."
    assert _lines(ex, text) == [("51010", 5), ("51100", 15)]


def test_measure_said_with_a_later_count_names_the_item(retail):
    text = "Can you take the swirly marbles off my order please - the 6 bags of 250g. Thanks"
    assert _pairs(retail, text) == [("21704", 6)]


def test_describing_bracket_does_not_outweigh_the_name(retail):
    text = "Hi, 24 of the birdcage tealight holders please (the hanging white metal ones, for the wedding)"
    assert _pairs(retail, text) == [("22252", 24)]


def test_pack_participle_names_the_boxed_item(retail):
    text = "Please can I have a dozen of the small retrospot mugs that come boxed, the red ones"
    assert _pairs(retail, text) == [("22070", 12)]  # SMALL RED RETROSPOT MUG IN BOX


def test_dozen_of_each_for_a_purpose_names_no_item(retail):
    text = "are the small skull windmills in stock? and the large? I'd want a dozen of each for halloween weekend"
    assert _pairs(retail, text) == [("21747", 12), ("21750", 12)]
