"""English mentions without counts, swaps and line noise (own catalogue, own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

TODAY = dt.date(2026, 11, 25)

ITEMS = [
    CatalogItem("FD-125", "Flap disc 125×22 mm P60", "pcs"),
    CatalogItem("FD-115", "Flap disc 115×22 mm P60", "pcs"),
    CatalogItem("CW-230", "Cutting wheel 230×3×22 mm", "pcs"),
    CatalogItem("CW-115", "Cutting wheel 115×1×22 mm", "pcs"),
    CatalogItem("BRG-6310", "Deep groove ball bearing 6310 (open)", "set", aliases=("6310 open",), default=True),
    CatalogItem("BRG-6310-2RS", "Deep groove ball bearing 6310-2RS (rubber sealed)", "set", aliases=("6310 2RS",)),
    CatalogItem("VLV-GLOBE-DN40", "Globe valve J41H DN40 flanged", "pcs"),
    CatalogItem("VLV-GLOBE-DN65", "Globe valve J41H DN65 flanged", "pcs"),
    CatalogItem("VLV-BALL-DN40", "Ball valve Q41F DN40 flanged", "pcs"),
    CatalogItem("41001", "MUG CUP SPOTTY GREEN"),
    CatalogItem("41002", "MUG CUP SPOTTY PINK"),
    CatalogItem("41010", "TEA COSY BIRD DESIGN"),
    CatalogItem("41020", "EGG CUP OWL DESIGN"),
    CatalogItem("41021", "TEA COSY OWL DESIGN"),
    CatalogItem("41022", "EGG CUP BIRD DESIGN"),
    CatalogItem("41023", "TEA COSY HEN DESIGN"),
]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """An extractor over the items above."""
    return Extractor(ITEMS)


def _lines(ex: Extractor, text: str) -> list[tuple]:
    return sorted((ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"])


def test_mm_size_meets_first_dimension(ex):
    """ "flap discs 125mm" names the 125×22 disc though the name writes the size as one dimension of three."""
    got = _lines(ex, "Do you keep cutting wheels in stock? Also flap discs 125mm?")
    assert ("FD-125", None) in got


def test_count_after_question_with_code(ex):
    """ "any 6310 bearings in? would want 8": the count said after the question is the coded item's."""
    assert _lines(ex, "Do you have any 6310 bearings in? would want 8") == [("BRG-6310", 8)]


@pytest.mark.parametrize("text", ["4 boxes of the green spotty mug cups (box is 6 I think?) thanks",
                                  "4 boxes of the green spotty mug cups (box is 6, we believe)"])
def test_hedged_box_size_sizes_the_count(ex, text):
    """A box size stated with a hedge still turns boxes into pieces."""
    assert _lines(ex, text) == [("41001", 24)]


def test_site_gate_number_is_no_count(ex):
    """ "deliver to gate 4": a place on the customer's site, not four more valves."""
    got = _lines(ex, "3 x DN40 globe valves please, deliver to Gate 4, ask for Sam")
    assert got == [("VLV-GLOBE-DN40", 3)]


def test_order_heading_keeps_the_code_after_the_count(ex):
    """ "Order: 2 x DN65 ...": the code after the count is the item's, not an order number."""
    line = ex.extract("Order: 2 x DN65 globe valves", TODAY)["lines"][0]
    assert (line["sku"], line["quantity"]) == ("VLV-GLOBE-DN65", 2) and "dn65" in line["mention"]


def test_and_also_spec_is_a_follow_on(ex):
    """ "..., and also 115mm, 20 off": a second size of the discs just named, its count after it."""
    got = _lines(ex, "Price please for flap discs 125mm, 40 off, and also 115mm, 20 off")
    assert got == [("FD-115", 20), ("FD-125", 40)]


def test_follow_on_with_a_new_noun_keeps_the_words_before(ex):
    """ "owl egg cups ... and the tea cosies?": the new noun keeps the design said before it."""
    got = _lines(ex, "how much for 6 owl egg cups? and the tea cosies?")
    assert got == [("41020", 6), ("41021", None)]


def test_cancel_two_countless_items(ex):
    """ "cancel the X n the Y": each item joined without a count is taken off."""
    r = ex.extract("pls cancel the owl egg cups n the hen tea cosies, shop is closing", TODAY)
    assert r["intent"] == "cancel"
    assert sorted((ln["sku"], ln["quantity"]) for ln in r["lines"]) == [("41020", None), ("41023", None)]


def test_men_plural_folds():
    """ "snowmen" and "snowman" are one index term."""
    from nlp.text import terms
    assert terms("ribbon reel snowmen") == terms("ribbon reels snowman")


def test_article_before_a_coded_item_is_one(ex):
    """ "and a DN40 ball valve": the article before a coded item is a count of one."""
    assert _lines(ex, "2 x DN65 globe valves please, plus a DN40 ball valve") == [("VLV-BALL-DN40", 1), ("VLV-GLOBE-DN65", 2)]


def test_article_in_a_question_is_no_count():
    """ "do you have a 6204 ...": the article after a question verb counts nothing."""
    from nlp.quantities import find_quantities
    assert [q.value for q in find_quantities("do you have a 6204 bearing in stock", [])] == [6204.0]
    assert [q.value for q in find_quantities("also a DN50 gate valve", [])] == [1.0]  # after "also" it is one


def test_change_to_coded_variant_with_please(ex):
    """ "change the X to <code> please": the new item takes the count (the old one is no line)."""
    r = ex.extract("On our last order can you change the 6310 open bearings to 6310-2RS pls, still 8 off.", TODAY)
    assert r["intent"] == "change"
    assert sorted((ln["sku"], ln["quantity"]) for ln in r["lines"]) == [("BRG-6310-2RS", 8)]


def test_swap_with_a_bracket_naming_the_old_item():
    """The bracket after "on my order" says which item the swap takes off."""
    from nlp.change import find_swap
    old, new, _ = find_swap("please swap the cosy on our order (hen design) for the owl one")
    assert (old, new) == ("cosy hen design", "owl one")


def test_two_colours_said_apart_cover_a_slashed_name():
    """ "green and pink" meets "GREEN/PINK" fully, so the plain item beats one with a word never said."""
    items = [CatalogItem("51001", "TRAVEL MUG GREENPINK STRIPE"), CatalogItem("51002", "GREEN/PINK STRIPE MUG"),
             CatalogItem("51003", "RED STRIPE MUG")]
    got = Extractor(items).extract("6 of the green and pink stripe mugs please", TODAY)["lines"]
    assert [(ln["sku"], ln["quantity"]) for ln in got] == [("51002", 6)]


def test_purpose_clause_names_no_product(ex):
    """ ", for the hen party stall": what the goods are for, not words of the item."""
    assert _lines(ex, "8 x owl tea cosies please, for the hen party stall") == [("41021", 8)]


@pytest.mark.parametrize("text", ["send half a dozen of the spotty mug cups in green, and another half doz in pink",
                                  "send 6 of the spotty mug cups in green, and another 6 in pink"])
def test_another_count_in_a_colour(ex, text):
    """ "another 6 in pink": "in" before a colour is no inch, "half doz" is six."""
    assert _lines(ex, text) == [("41001", 6), ("41002", 6)]


def test_lone_count_goes_to_the_open_line_it_names(industrial):
    """ "5 boxes of the zinc ones": the count belongs to the zinc nuts, not to the last item named."""
    r = industrial.extract("any M10 zinc nuts and the stainless M10 nuts in stock? We could use 5 boxes of the zinc ones.",
                           TODAY)
    got = {ln["sku"]: ln["quantity"] for ln in r["lines"]}
    assert got["NUT-M10-SS"] is None and got["NUT-M10-ZN"] is not None


def test_point_count_of_a_star_is_a_name():
    """ "the 5 point star": the number of points names the item, it is no count."""
    from nlp.quantities import find_quantities
    assert all(q.value != 5 for q in find_quantities("30 of the 5 point glitter stars", []))


def test_ditto_names_the_line_before(ex):
    """ "owl ditto x 6": the item of the line before in the owl design; the first line, whose count the two
    after it happen to add up to, is no heading of theirs."""
    got = _lines(ex, "Please send:\nOwl egg cups x 12\nHen tea cosy x 6\nowl ditto x 6\nThanks")
    assert got == [("41020", 12), ("41021", 6), ("41023", 6)]
