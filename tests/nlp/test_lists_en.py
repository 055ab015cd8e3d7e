"""English lists of variants, shared and tiered counts, quoted lists (own catalogue, own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor
from nlp.quantities import find_quantities

TODAY = dt.date(2026, 11, 25)

ITEMS = [
    CatalogItem("MAP-PAR", "CITY MAP PRINT PARIS"),
    CatalogItem("MAP-ROM", "CITY MAP PRINT ROME"),
    CatalogItem("MAP-OSL", "CITY MAP PRINT OSLO"),
    CatalogItem("MAP-LIS", "CITY MAP PRINT LISBON"),
    CatalogItem("TIN-DAI", "SNACK TIN DAISY"),
    CatalogItem("TIN-ROB", "SNACK TIN ROBOT"),
    CatalogItem("TIN-OWL", "SNACK TIN OWL"),
    CatalogItem("CUP-DAI", "PAPER CUPS DAISY"),
    CatalogItem("SPF-DOT", "SPONGE FLANNEL POLKA DOT"),
    CatalogItem("CC-48", "PACK OF 48 FLOWER CAKE CASES"),
    CatalogItem("CC-96", "PACK OF 96 STAR CAKE CASES"),
    CatalogItem("WAX-5", "FURNITURE WAX (5 kg tin)", "kg", pack_size=5),
    CatalogItem("BWL-RD", "ENAMEL BOWL RED"),
    CatalogItem("BWL-GY", "ENAMEL BOWL GREY"),
    CatalogItem("BWL-CR", "ENAMEL BOWL CREAM"),
    CatalogItem("TT-BW", "TEA TOWEL BLACK AND WHITE STRIPE"),
    CatalogItem("TT-RD", "TEA TOWEL RED STRIPE"),
    CatalogItem("ORN-STAR-N", "WOODEN STAR ORNAMENT NORDIC"),
    CatalogItem("ORN-HRT-N", "WOODEN HEART ORNAMENT NORDIC"),
    CatalogItem("ORN-HRT-R", "WOODEN HEART ORNAMENT RUSTIC"),
    CatalogItem("ORN-STAR-R", "WOODEN STAR ORNAMENT RUSTIC"),
    CatalogItem("HWB-PK", "HOT WATER BOTTLE PINK KNIT"),
    CatalogItem("HWB-KN", "HOT WATER BOTTLE KNIT"),
    CatalogItem("CH-12", "Channel steel [12 Q235", "t", aliases=("[12", "C120 channel")),
    CatalogItem("BRG-6306", "Ball bearing 6306 open", "set", aliases=("6306 open",)),
    CatalogItem("BRG-6306-ZZ", "Ball bearing 6306-ZZ metal shielded", "set", aliases=("6306 ZZ",)),
    CatalogItem("BRG-6306-2RS", "Ball bearing 6306-2RS rubber sealed", "set", aliases=("6306 2RS",)),
]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """An extractor over the catalogue above."""
    return Extractor(ITEMS)


def got(ex: Extractor, text: str) -> set:
    """(sku, quantity) pairs read from a message."""
    return {(ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"]}


def test_names_listed_after_a_family_are_its_variants(ex):
    text = "How much are your city map prints? Thinking Paris, Rome and Oslo, maybe 8 of each."
    assert got(ex, text) == {("MAP-PAR", 8), ("MAP-ROM", 8), ("MAP-OSL", 8)}


def test_count_less_ones_after_a_line_is_a_variant_of_it(ex):
    text = "do you stock the daisy snack tins? and the robot ones? need about 20 of each"
    assert got(ex, text) == {("TIN-DAI", 20), ("TIN-ROB", 20)}


def test_each_count_in_a_clause_naming_no_product_goes_to_the_open_lines(ex):
    text = "Any daisy snack tins left? Also robot ones. Need around 15 each for the spring fete."
    assert got(ex, text) == {("TIN-DAI", 15), ("TIN-ROB", 15)}


def test_each_count_after_counted_lines_is_a_price_tier(ex):
    text = "price for 30 x snack tin daisy and 30 x snack tin robot? if it's cheaper we'd go to 60 each"
    assert got(ex, text) == {("TIN-DAI", 30), ("TIN-ROB", 30)}


def test_list_below_takes_the_forwarded_lines(ex):
    text = ("Hi Ann,\nCan you process the order below from our Leeds shop please.\nRegards, Tom\n\n"
            "> From: Kim (Leeds)\n> snack tin daisy x 12\n> city map print rome x 5")
    assert got(ex, text) == {("TIN-DAI", 12), ("MAP-ROM", 5)}


def test_half_of_each_halves_the_quoted_counts(ex):
    text = ("That's over budget, we'll take half of each for now.\nBen\n\n"
            "> On Mon, 16 Nov 2026 at 10:00, Ben wrote:\n> Could you quote for 40 snack tin owl\n"
            "> and 20 paper cups daisy?")
    assert got(ex, text) == {("TIN-OWL", 20), ("CUP-DAI", 10)}


def test_drop_clause_in_a_change_takes_that_product_off(ex):
    text = "On my order from Tuesday can you make the robot snack tins 10 instead of 4, and drop the daisy paper cups altogether."
    r = ex.extract(text, TODAY)
    assert r["intent"] == "change"
    assert {(ln["sku"], ln["quantity"]) for ln in r["lines"]} == {("TIN-ROB", 10), ("CUP-DAI", 0)}


def test_change_the_x_to_the_y_ones_is_a_swap(ex):
    r = ex.extract("could we change the 16 owl snack tins on our order to the robot ones instead? thanks", TODAY)
    assert r["intent"] == "change"
    assert {(ln["sku"], ln["quantity"]) for ln in r["lines"]} == {("TIN-ROB", 16)}


def test_n_x_gross_is_n_gross(ex):
    assert got(ex, "Please send 2 x gross snack tin owl and 1 x dozen paper cups daisy") == {("TIN-OWL", 288), ("CUP-DAI", 12)}


def test_number_of_the_name_under_an_each_header_is_no_count(ex):
    text = "Quote please for a dozen each of:\n- 48 flower cake cases (pack)\n- 96 star cake cases"
    assert got(ex, text) == {("CC-48", 12), ("CC-96", 12)}


def test_unit_number_of_an_address_is_no_count(ex):
    assert got(ex, "Please send two tins of furniture wax. Thanks, Ed (Unit 7)") == {("WAX-5", 10)}
    assert not [q for q in find_quantities("deliver to building 3, bay 12", []) if q.strength >= 0.5]


def test_code_with_a_two_letter_suffix_is_a_mention(ex):
    assert got(ex, "6306 zz 40pcs and 6306 2rs 20 pcs, in stock?") == {("BRG-6306-ZZ", 40), ("BRG-6306-2RS", 20)}


def test_variants_named_together_are_one_line_each(ex):
    assert got(ex, "Are the red and grey enamel bowls in stock? We have 30 new staff next month.") == \
        {("BWL-RD", None), ("BWL-GY", None)}
    assert got(ex, "please send enamel bowls (red, grey, cream), 6 each") == {("BWL-RD", 6), ("BWL-GY", 6), ("BWL-CR", 6)}


def test_variant_pair_in_an_items_own_name_stays_one_line(ex):
    assert got(ex, "do you still have the black and white stripe tea towels?") == {("TT-BW", None)}


def test_same_range_borrows_the_range_of_the_line_before(ex):
    text = "Order for our rustic barn stall:\n- 2 dozen wooden star ornaments (nordic ones)\n- 2 dozen wooden hearts, same range"
    assert got(ex, text) == {("ORN-STAR-N", 24), ("ORN-HRT-N", 24)}


def test_colour_with_ish_is_that_colour(ex):
    assert got(ex, "could I get 6 of the pinkish knit hot water bottles") == {("HWB-PK", 6)}


def test_small_number_after_need_is_a_count_not_a_code(ex):
    assert got(ex, "Any 6306 open bearings in? Need 12 today for a pump that's down.") == {("BRG-6306", 12)}


def test_lone_noun_after_and_shares_the_words_before_the_first(retail):
    assert got(retail, "what price for 8 packs each of the fruit salad paper cups and plates?") == \
        {("21088", 8), ("21096", 8)}


def test_bracketed_variants_with_a_sentence_after_take_the_each_count(ex, retail):
    assert got(ex, "6 each of the enamel bowls (cream and grey). Thanks so much for last time.") == \
        {("BWL-CR", 6), ("BWL-GY", 6)}
    assert got(retail, "and 8 each of the tin seaside buckets (boys' and girls'). Thanks, see you Friday.") == \
        {("21716", 8), ("21715", 8)}


def test_a_correction_replaces_the_line_before(ex):
    assert got(ex, "can we have 8 of the grey enamel bowls? oops, I meant the cream ones - 8 of those. and 2 snack tins owl") \
        == {("BWL-CR", 8), ("TIN-OWL", 2)}


def test_both_after_a_family_line_names_which_ones(retail):
    assert got(retail, "Cancel the mini jigsaws on our order please - both the dinosaur and the leap frog.") == \
        {("22547", None), ("22541", None)}
    assert got(retail, "We need to cancel the hand warmers, sorry - both the owl design and the bird design.") == \
        {("22865", None), ("22867", None)}
