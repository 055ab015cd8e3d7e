"""English follow-on variants, shared counts and matcher rules (own catalogue, own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor
from nlp.followon import other_than
from nlp.matcher import Matcher
from nlp.mentions import substitute, vary
from nlp.quantities import find_quantities
from nlp.text import normalize, terms

TODAY = dt.date(2026, 11, 25)

ITEMS = [
    CatalogItem("M-RED", "ENAMEL MUG RED"),
    CatalogItem("M-BLU", "ENAMEL MUG BLUE"),
    CatalogItem("M-GRN", "ENAMEL MUG GREEN"),
    CatalogItem("C-IVO", "PILLAR CANDLE IVORY"),
    CatalogItem("C-RED", "PILLAR CANDLE RED"),
    CatalogItem("B-SML", "WILLOW BASKET SMALL"),
    CatalogItem("B-LRG", "WILLOW BASKET LARGE"),
    CatalogItem("F-OAK", "PHOTO FRAME OAK"),
    CatalogItem("F-WAL", "PHOTO FRAME WALNUT"),
    CatalogItem("T-SNOW", "TEA TOWEL SNOWFLAKE", aliases=("TEA TOWEL FROSTY",)),
    CatalogItem("A-SNOW", "APRON SNOWFLAKE"),
    CatalogItem("L-HOME", "LETTER BLOCKS HOME"),
    CatalogItem("L-LOVE", "LETTER BLOCKS LOVE"),
    CatalogItem("H-WH-S", "SMALL WHITE HEART OF WILLOW"),
    CatalogItem("H-WH-L", "LARGE WHITE HEART OF WILLOW"),
    CatalogItem("H-NAT-L", "HEART OF WILLOW LARGE"),
    CatalogItem("PL-S355-10", "Steel plate S355 10mm", "t", aliases=("S355 plate 10mm",)),
    CatalogItem("PL-S355-16", "Steel plate S355 16mm", "t", aliases=("S355 plate 16mm",)),
    CatalogItem("PL-S235-16", "Steel plate S235 16mm", "t", aliases=("S235 plate 16mm",)),
    CatalogItem("BRG-6305", "Ball bearing 6305 open", "set", aliases=("6305 open",)),
    CatalogItem("BRG-6305-2RS", "Ball bearing 6305-2RS sealed", "set", aliases=("6305 2RS", "6305 sealed")),
    CatalogItem("BLT-M10", "Hex bolt M10x40 zinc", "pcs"),
    CatalogItem("NUT-M10", "Hex nut M10 zinc", "pcs"),
    CatalogItem("VB-A-1200", "V-belt A-1200", "pcs", aliases=("A1200 vee belt",)),
    CatalogItem("GLV-L", "Nitrile gloves green size L", "box", pack_size=100),
    CatalogItem("GLV-XL", "Nitrile gloves green size XL", "box", pack_size=100),
    CatalogItem("N-LEM", "NAPKINS LEMON"),
    CatalogItem("N-MNT", "NAPKINS MINT"),
    CatalogItem("N-PLM", "NAPKINS PLUM"),
    CatalogItem("J-RAS", "JAM JAR RASPBERY"),  # the catalogue's own misspelling
    CatalogItem("J-APR", "JAM JAR APRICOT"),
    CatalogItem("RP-OAK", "ROLLING PIN OAK"),
    CatalogItem("BS-STAR", "BISCUIT CUTTER SET STARS"),
]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """An extractor over the catalogue above."""
    return Extractor(ITEMS)


def got(ex: Extractor, text: str) -> set:
    """(sku, quantity) pairs read from a message."""
    return {(ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"]}


def test_bare_colour_or_size_after_a_line_is_a_variant_of_it(ex):
    assert got(ex, "could you send 10 of the red enamel mugs + 4 blue, ta") == {("M-RED", 10), ("M-BLU", 4)}
    assert got(ex, "two dozen ivory pillar candles and a dozen of the red pls") == {("C-IVO", 24), ("C-RED", 12)}


def test_new_size_keeps_the_colour_named_before(ex):
    assert got(ex, "8 of the white willow hearts, small ones + 3 large") == {("H-WH-S", 8), ("H-WH-L", 3)}


def test_the_x_one_replaces_what_set_the_earlier_item_apart(ex):
    assert got(ex, "20 of the oak photo frame and 10 of the walnut one please") == {("F-OAK", 20), ("F-WAL", 10)}


def test_follow_on_prefers_another_item_than_the_line_before():
    reading = (1.0, None, "m", [("A", 0.90), ("B", 0.88), ("C", 0.5)], {}, 1.0)
    assert other_than(reading, "A")[3][0][0] == "B"
    assert other_than(reading, "C")[3][0][0] == "A"  # not the item before: nothing to change
    far = (1.0, None, "m", [("A", 0.90), ("B", 0.70)], {}, 1.0)
    assert other_than(far, "A")[3][0][0] == "A"  # a clear lead stands


def test_vary_drops_only_what_the_follow_on_replaces():
    assert vary("the white willow hearts small ones", "large") == "the white willow hearts ones"
    assert vary("red enamel mugs", "blue") == "enamel mugs"
    assert vary("oak photo frame", "walnut one", frozenset({"oak"})) == "photo frame"
    assert vary("oak photo frame", "walnut one") == ""


def test_bare_spec_adds_to_the_grade_named_before(ex):
    assert substitute("s355 plate", "16mm") == "s355 plate"
    assert substitute("s355 plate", "6305 bearings") == ""  # a product of its own
    r = ex.extract("price please for S355 plate, 10mm and 16mm, 2 tonnes each", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in r["lines"]} == {("PL-S355-10", 2), ("PL-S355-16", 2)}


def test_word_joined_by_and_shares_the_next_lines_product(ex):
    assert got(ex, "Have you got HOME and LOVE letter blocks? We'd have 6 of each") == {("L-HOME", 6), ("L-LOVE", 6)}


def test_same_of_shares_the_count_before(ex):
    assert got(ex, "can you do 500 pcs M10x40 zinc bolts, plus same of M10 nuts?") == {("BLT-M10", 500), ("NUT-M10", 500)}


def test_code_plural_is_the_code(ex):
    assert terms("six A1200s") == ["six", "a1200"] or "a1200" in terms("six A1200s")
    assert got(ex, "quote for 6 A1200s please") == {("VB-A-1200", 6)}


def test_thick_is_a_plate_thickness():
    assert "16mm" in normalize("S355 plate 16 thick") and "10mm" in normalize("10mm thick plate")


def test_set_n_is_a_pack_size_and_people_are_no_count():
    best = find_quantities("12 x set 4 glass tumblers", [])[0]
    assert best.value == 12
    assert not [q for q in find_quantities("had 5 customers asking", []) if q.strength >= 0.5]
    assert not [q for q in find_quantities("still 2.10 at 250+?", []) if q.value == 250]


def test_count_less_line_naming_its_code_is_kept_and_takes_the_next_count(ex):
    assert got(ex, "Any 6305 bearings in, sealed? Need 30.") == {("BRG-6305-2RS", 30)}


def test_weak_match_yields_its_count_to_the_open_line(ex):
    assert got(ex, "Is 6305 2RS in stock? Need 12 sets quick, our mixer motor has seized") == {("BRG-6305-2RS", 12)}


def test_bare_number_repeating_a_code_is_no_count(ex):
    text = "Please send:\nBRG-6305     6305 open bearing      40 sets\n"
    assert got(ex, text) == {("BRG-6305", 40)}


def test_change_from_size_to_size_is_a_swap(ex):
    r = ex.extract("please change the nitrile gloves on our order from size L to XL, same qty (12 boxes)", TODAY)
    assert r["intent"] == "change"
    assert {(ln["sku"], ln["quantity"]) for ln in r["lines"]} == {("GLV-XL", 12)}


def test_go_ahead_with_the_quote_takes_the_quoted_offer(ex):
    text = ("Hi, the client says yes - go ahead with your quote.\n\nThanks\n\n"
            "> From: Sales\n> Sent: 18 November 2026\n> Our offer: 6305-2RS x 80 sets at 2.10 USD. Valid 7 days.")
    assert got(ex, text) == {("BRG-6305-2RS", 80)}


def test_matcher_ignores_request_filler_and_learns_synonyms_from_aliases():
    m = Matcher(ITEMS)
    plain = m.match("white willow heart small", top=2)
    chatty = m.match("hello, i'd like to order the white willow heart small please", top=2)
    assert plain[0][0] == chatty[0][0] == "H-WH-S" and abs(plain[0][1] - chatty[0][1]) < 0.05
    # TEA TOWEL FROSTY = TEA TOWEL SNOWFLAKE, so "frosty" also finds the apron.
    assert m.match("apron frosty", top=1)[0][0] == "A-SNOW"


def test_big_means_large():
    m = Matcher(ITEMS)
    assert m.match("big willow basket", top=1)[0][0] == "B-LRG"


def test_line_keeps_the_coverage_of_its_own_reading(ex):
    r = ex.explain("need 6 of the willow basket large please", TODAY)
    line = r[0]["lines"][0]
    assert line["sku"] == "B-LRG" and line["quantity"] == 6


def test_count_split_into_variants_after_it_is_their_heading(ex):
    text = "Please send 30 packs of napkins - 10 lemon, 10 mint, 10 plum"
    assert got(ex, text) == {("N-LEM", 10), ("N-MNT", 10), ("N-PLM", 10)}


def test_catalogue_misspelling_is_found_from_the_right_spelling():
    m = Matcher(ITEMS)
    assert m.match("raspberry jam jar", top=1)[0][0] == "J-RAS"


def test_and_what_about_question_is_its_own_chunk(ex):
    r = ex.extract("6 x biscuit cutter set stars, and what's the price on the oak rolling pins?", TODAY)
    assert ("BS-STAR", 6) in {(ln["sku"], ln["quantity"]) for ln in r["lines"]}
    assert all(ln["sku"] != "BS-STAR" or "rolling" not in ln["mention"] for ln in r["lines"])


def test_plain_item_first_when_the_mention_cannot_tell_variants_apart():
    items = [CatalogItem("B-6307-2RS", "Ball bearing 6307-2RS rubber sealed", "set", aliases=("6307 DDU",)),
             CatalogItem("B-6307", "Ball bearing 6307 open", "set", aliases=("6307 open",)),
             CatalogItem("B-6307-ZZ", "Ball bearing 6307-ZZ metal shielded", "set", aliases=("6307 ZZ",))]
    m = Matcher(items)
    assert m.match("6307 bearings", top=3)[0][0] == "B-6307"
    assert m.match("6307 2RS bearings", top=1)[0][0] == "B-6307-2RS"


def test_same_as_last_time_but_double_one_line(ex):
    text = ("Hello, same as last time please but double the willow baskets.\n\nThanks\n\n"
            "> On 2 Nov 2026, Ann wrote:\n> Please send 5 willow basket large and 8 photo frame oak.")
    assert got(ex, text) == {("B-LRG", 10), ("F-OAK", 8)}


def test_same_things_as_last_time_but_half_of_one(ex):
    text = ("Hi, same frames and baskets as last time but only half the oak frames.\n\n"
            "> On 2 Nov 2026, Ann wrote:\n> Please send 6 willow basket large and 8 photo frame oak.")
    assert got(ex, text) == {("B-LRG", 6), ("F-OAK", 4)}


def test_matching_items_borrow_the_pack_named_line_before():
    """ "… the matching napkins" after a "SET/8 …" line: the earlier item's name less its pack count is the
    family meant, over another design that holds the new word alone."""
    party = Extractor([CatalogItem("PL-ST", "SET/8 GOLD STAR PAPER PLATES"),
                       CatalogItem("NP-ST", "SET/8 GOLD STAR PAPER NAPKINS"),
                       CatalogItem("PL-DK", "SET/8 DUCKLING PAPER PLATES"),
                       CatalogItem("NP-DK", "SET/8 DUCKLING PAPER NAPKINS"),
                       CatalogItem("NP-CW", "PACK OF 20 COWBOY PAPER NAPKINS")])
    text = "For the Ellis christening lunch, could we have 9 sets of the gold star paper plates, 9 sets of the " \
           "matching paper napkins and a few balloons."
    got = {ln["sku"]: ln["quantity"] for ln in party.extract(text, TODAY)["lines"]}
    assert got == {"PL-ST": 9, "NP-ST": 9}


def test_the_name_before_leaves_out_its_pack_count_not_its_code():
    """A "SET/8" or "PACK OF 20" count is no code: the rest of the name is the family a "matching" item borrows."""
    ex = Extractor([CatalogItem("PL-ST", "SET/8 GOLD STAR PAPER PLATES"),
                    CatalogItem("NP-CW", "PACK OF 20 COWBOY PAPER NAPKINS"),
                    CatalogItem("BRG-1", "Ball bearing 6306-2RS")])
    assert ex._named_before("PL-ST") == "gold star paper plates"
    assert ex._named_before("NP-CW") == "cowboy paper napkins"
    assert ex._named_before("BRG-1") == ""


def test_a_plain_item_after_a_variant_is_the_base_item(retail):
    """ "3 glass heart holders and 12 plain heart holders": "plain" with the family said again is the base
    item, not more of the variant before (whose words would be borrowed otherwise)."""
    got = retail.extract("Hi, 3 glass heart t-light holders and 12 plain heart t-light holders. Ta", TODAY)
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("21313", 3), ("21814", 12)]
