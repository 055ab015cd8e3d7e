"""English lines lost to a model code read as a count or to a 'same for' follow-on (own catalogue, own sentences)."""
from __future__ import annotations

import datetime as dt

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

TODAY = dt.date(2026, 11, 25)

ITEMS = [
    CatalogItem("BB-6305", "Deep groove ball bearing 6305 (open)"),
    CatalogItem("BB-6305-Z", "Deep groove ball bearing 6305-ZZ (metal shields)"),
    CatalogItem("BB-6306", "Deep groove ball bearing 6306 (open)"),
    CatalogItem("BLT-B50", "Classical V-belt B-50"),
    CatalogItem("BLT-A40", "Classical V-belt A-40"),
    CatalogItem("BLT-B60", "Classical V-belt B-60"),
    CatalogItem("NAP-BLU", "PAPER NAPKINS BLUE STRIPE"),
    CatalogItem("NAP-GRN", "PAPER NAPKINS GREEN STRIPE"),
    CatalogItem("MUG-STN", "STONEWARE MUG SPECKLED"),
    CatalogItem("BWL-RD", "ENAMEL BOWL RED"),
    CatalogItem("BWL-GY", "ENAMEL BOWL GREY"),
    CatalogItem("WAX-CLR", "FURNITURE WAX CLEAR (5 kg tin)", "kg", pack_size=5),
    CatalogItem("WAX-DRK", "FURNITURE WAX DARK OAK (5 kg tin)", "kg", pack_size=5),
    CatalogItem("CC-FL", "SET OF 48 FLORAL CAKE CASES"),
    CatalogItem("CC-ST", "SET OF 48 STARRY CAKE CASES"),
    CatalogItem("CC-SP", "PACK OF 48 SPOTTY CAKE CASES"),
    CatalogItem("LGT-STR", "SET 20 STAR LIGHTS"),
    CatalogItem("LGT-HRT", "HEART LIGHTS STRING OF 20"),
    CatalogItem("LGT-MOON", "MOON NIGHT LIGHT"),
    CatalogItem("CRD-ROB", "GREETING CARD ROBIN"),
    CatalogItem("CRD-HOL", "GREETING CARD HOLLY"),
    CatalogItem("CRD-SNS", "GREETING CARD SNOW SCENE"),
    CatalogItem("CRD-OWL", "GREETING CARD WINTER OWL"),
    CatalogItem("JAR-OWL", "STORAGE JAR OWL DESIGN"),
    CatalogItem("JAR-FOX", "STORAGE JAR FOX DESIGN"),
    CatalogItem("JAR-BEE", "STORAGE JAR BEE DESIGN"),
]


def _lines(text: str) -> list[tuple]:
    ex = Extractor(ITEMS)
    return sorted((ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"])


def test_model_code_after_the_stays_in_the_name():
    assert _lines("Morning, can we have 5 of the 6306 bearings for the conveyor") == [("BB-6306", 5)]


def test_model_code_after_the_with_another_line():
    got = _lines("please send 3 of the 6305 bearings plus 2 B50 belts")
    assert ("BB-6305", 3) in got and ("BLT-B50", 2) in got


def test_same_for_the_other_variant_takes_the_count():
    got = _lines("how much for 200 of the blue stripe paper napkins? and same for the green ones")
    assert got == [("NAP-BLU", 200), ("NAP-GRN", 200)]


def test_purpose_heading_before_a_colon_keeps_the_item():
    got = _lines("Hello, for the mill job: deep groove ball bearing 6306 open - 40 off")
    assert got == [("BB-6306", 40)]


def test_line_before_a_family_list_that_adds_up_to_its_count_is_no_heading():
    text = "Order for the cafe:\n\nspeckled stoneware mug x 8\nthe enamel bowls - 4 red and 4 grey\n"
    assert _lines(text) == [("BWL-GY", 4), ("BWL-RD", 4), ("MUG-STN", 8)]


def test_first_of_parallel_counted_codes_is_no_heading():
    got = _lines("v belts A-40 x 20, B-50 x 10, B-60 x 10")
    assert got == [("BLT-A40", 20), ("BLT-B50", 10), ("BLT-B60", 10)]


def test_each_count_over_names_listed_after_their_family():
    got = _lines("could we get 6 each of the greeting cards robin, holly and winter owl")
    assert got == [("CRD-HOL", 6), ("CRD-OWL", 6), ("CRD-ROB", 6)]


def test_each_count_over_two_word_names_listed_after_their_family():
    got = _lines("Hi, 4 each of the greeting cards snow scene, winter owl and robin please. Ta")
    assert got == [("CRD-OWL", 4), ("CRD-ROB", 4), ("CRD-SNS", 4)]


def test_piece_saying_what_stays_is_no_part_of_the_counted_item():
    ex = Extractor(ITEMS)
    r = ex.extract("Small change: the blue stripe napkins 40 instead of 20, the green stripe ones stay as they are", TODAY)
    assert [(ln["sku"], ln["quantity"]) for ln in r["lines"]] == [("NAP-BLU", 40)]


def test_keep_the_other_colour_beside_a_cancel():
    """ "…, keep the blue stripe" parts from the line cancelled: merged into it, its colour would name the line."""
    ex = Extractor(ITEMS)
    r = ex.extract("cancel 4 of the paper napkins in green stripe, keep the blue stripe", TODAY)
    assert r["intent"] == "cancel"
    assert [(ln["sku"], ln["quantity"]) for ln in r["lines"]] == [("NAP-GRN", 4)]


def test_items_still_required_in_a_cancel_give_no_lines():
    ex = Extractor(ITEMS)
    r = ex.extract("Please cancel the speckled stoneware mugs. The red and grey enamel bowls are still required.", TODAY)
    assert r["intent"] == "cancel"
    assert [ln["sku"] for ln in r["lines"]] == ["MUG-STN"]


def test_count_found_on_hand_and_items_still_needed_give_no_lines():
    ex = Extractor(ITEMS)
    for text, sku in [("cancel the blue stripe napkins off Tuesday's order please, we've found a box. green ones still needed.",
                       "NAP-BLU"),
                      ("please cancel the red enamel bowls, we have found a carton in the back. grey ones still needed", "BWL-RD")]:
        r = ex.extract(text, TODAY)
        assert r["intent"] == "cancel"
        assert [(ln["sku"], ln["quantity"]) for ln in r["lines"]] == [(sku, None)]


def test_sentence_ends_after_a_one_digit_old_value():
    from nlp.pipeline import find_chunks

    text = "make the grey enamel bowls 5 not 4. napkins stay the same"
    chunks = [text[s:e].strip() for s, e, _ in find_chunks(text, [])]
    assert chunks == ["make the grey enamel bowls 5 not 4", "napkins stay the same"]
    assert _lines("Change: make that speckled stoneware mug 8 not 6. Bowls stay the same.") == [("MUG-STN", 8)]


def test_sentence_ends_after_a_decimal_and_no_change_names_no_line():
    from nlp.pipeline import KEPT, find_chunks

    text = "please send 3 coils of 2.5 and 2 coils of 1.5. cable ties no change"
    chunks = [text[s:e].strip() for s, e, _ in find_chunks(text, [])]
    assert chunks[-1] == "cable ties no change" and KEPT.search(chunks[-1])


def test_a_stated_total_of_the_same_item_is_no_second_count():
    text = "Update to our order: the cafe now wants 6 speckled stoneware mugs not 3, so the mug total goes to 20."
    assert _lines(text) == [("MUG-STN", 20)]


def test_each_count_after_packs_said_with_an_article_counts_those_packs():
    text = "how much for a tin of the clear furniture wax and a tin of dark oak? we'd need 3 of each for the workshop"
    assert _lines(text) == [("WAX-CLR", 15), ("WAX-DRK", 15)]


def test_cable_cores_times_cross_section_are_a_size_not_a_count():
    from nlp.text import normalize

    assert "4x35 mm2" in normalize("armoured cable 4 x 35 mm², 120 m")
    assert "3x25+1x16 mm2" in normalize("cable 3 x 25 + 1 x 16 mm2 - 80 m")
    assert "mm2 x 100" in normalize("cable 3x6 mm2 x 100 m")  # the unit heads no dimension


def test_count_in_a_sentence_naming_no_product_goes_to_the_open_line():
    ex = Extractor(ITEMS)
    r = ex.extract("how long for the red enamel bowls? My client wants 4. And is the grey one in stock?", TODAY)
    assert [(ln["sku"], ln["quantity"]) for ln in r["lines"]] == [("BWL-RD", 4), ("BWL-GY", None)]


def test_take_the_item_off_in_a_change_is_a_zero_line():
    ex = Extractor(ITEMS)
    r = ex.extract("Order 4411: please change the red enamel bowls to 4 and take the speckled stoneware mugs off altogether.", TODAY)
    assert r["intent"] == "change"
    assert [(ln["sku"], ln["quantity"]) for ln in r["lines"]] == [("BWL-RD", 4), ("MUG-STN", 0)]


def test_number_right_after_cancel_the_is_the_count_taken_off():
    from nlp.quantities import find_quantities

    text = "could you cancel the 8 speckled stoneware mugs"
    assert [(q.value, q.strength >= 1) for q in find_quantities(text, [])] == [(8.0, True)]
    ex = Extractor(ITEMS)
    r = ex.extract("from order 5512 please cancel the 8 speckled stoneware mugs and the grey enamel bowls, the small ones (3).", TODAY)
    assert ("MUG-STN", 8) in [(ln["sku"], ln["quantity"]) for ln in r["lines"]]


def test_pack_size_said_of_both_lines_is_no_line():
    text = "Could I get 3 packs of the floral cake cases and 2 packs of the starry ones, both the 48 packs. Ta!"
    assert _lines(text) == [("CC-FL", 3), ("CC-ST", 2)]


def test_better_rate_at_a_larger_count_is_a_price_tier_not_a_line():
    """ "any price breaks at 24?" after an each count is a tier: read as a line, it re-reads the last variant's words."""
    ex = Extractor(ITEMS)
    r = ex.extract("How much for the storage jars, the owl one and the fox one - 12 of each? any price breaks at 24?", TODAY)
    assert r["intent"] == "quote"
    assert [(ln["sku"], ln["quantity"]) for ln in r["lines"]] == [("JAR-OWL", 12), ("JAR-FOX", 12)]


def test_tier_cue():
    from nlp.clause_cues import TIER

    assert TIER.search("and is there a better rate at 96") and TIER.search("any price breaks over 200?")
    assert not TIER.search("we need 96 more")


def test_pack_size_in_brackets_stays_in_the_name():
    assert _lines("can I get 6 of the star fairy lights (set of 20) pls") == [("LGT-STR", 6)]


def test_pack_size_number_is_kept_in_the_mention():
    from nlp.quantities import find_quantities

    ex = Extractor(ITEMS)
    text = "6 of the star fairy lights (set of 20)"
    qtys = sorted(find_quantities(text, []), key=lambda q: -q.strength)
    assert "set of 20" in ex._mention_for(text, 0, len(text), qtys, qtys[0], [])
