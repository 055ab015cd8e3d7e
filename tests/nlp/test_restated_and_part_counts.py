"""Round 13 counts (own wording): a count restated by a bare "send N", number words inside names, "one" as a count."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 5, 12)


def _lines(got: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in got["lines"]}


def test_a_weekly_need_then_the_same_count_sent_is_one_count(retail):
    got = retail.extract("We get through 12 jumbo bag pink polkadot a week, so please send 12.", TODAY)
    assert _lines(got) == {("22386", 12)}


def test_a_need_said_then_sent_again_is_not_doubled(retail):
    got = retail.extract("We need 24 of the regency cakestand 3 tier. Please send 24 then.", TODAY)
    assert _lines(got) == {("22423", 24)}


def test_after_a_rate_the_count_sent_wins(retail):
    got = retail.extract("We sell about 10 jumbo bag red retrospot per week. Could you send 30 this time.", TODAY)
    assert _lines(got) == {("85099B", 30)}


def test_more_of_the_same_still_adds(retail):
    got = retail.extract("We need 12 jumbo bag pink polkadot. Please send another 12.", TODAY)
    assert _lines(got) == {("22386", 24)}


def test_a_tier_count_in_words_meets_the_digits(retail):
    got = retail.extract("Could I order 6 white lace cake stands, the two tier ones?", TODAY)
    assert _lines(got) == {("22215", 6)}


def test_a_tier_count_in_digits_meets_the_words(retail):
    got = retail.extract("Please send 6 white lace cake stands, 2 tier.", TODAY)
    assert _lines(got) == {("22215", 6)}


def test_a_bracket_describing_one_item_is_no_list(retail):
    got = retail.extract("Can I get 4 lovebird cake stands (white, two tier) please?", TODAY)
    assert _lines(got) == {("22220", 4)}


def test_a_bracket_of_two_kinds_is_still_a_list(retail):
    got = retail.extract("Please make the paper chain kits 40 of each (50s Christmas and vintage Christmas).", TODAY)
    assert _lines(got) == {("22086", 40), ("22910", 40)}


def test_one_after_and_before_a_coded_item_counts_one(industrial):
    got = industrial.extract("Please send 3 DN100 gate valves and one DN80 check valve.", TODAY)
    assert _lines(got) == {("VLV-GATE-DN100", 3), ("VLV-CHK-DN80", 1)}


def test_one_after_a_request_verb_counts_one(retail):
    got = retail.extract("Could you send one jumbo bag pink polkadot with the next delivery?", TODAY)
    assert _lines(got) == {("22386", 1)}


def test_one_more_thing_is_no_count(retail):
    got = retail.extract("Please send 5 jumbo bag red retrospot. And one more thing, can you invoice the shop?", TODAY)
    assert _lines(got) == {("85099B", 5)}


def test_make_it_sets_the_new_count_over_the_bracketed_old_one(industrial):
    got = industrial.extract("Our PO from Tuesday (angle 63x6, 3 t): please make it 3.5 t, same drop.", TODAY)
    assert _lines(got) == {("ANG-63X6", 3.5)}


def test_change_it_to_after_a_marked_count(industrial):
    got = industrial.extract("On order 5120 (6204-2RS x 80) could you change it to 120?", TODAY)
    assert _lines(got) == {("BRG-6204-2RS", 120)}


def test_make_that_in_its_own_sentence_sets_the_count(industrial):
    got = industrial.extract("We have 2 t of the Q235B 10mm plate coming. Can you make that 3 t please?", TODAY)
    assert _lines(got) == {("PL-Q235B-10", 3)}


def test_a_carton_size_said_in_the_goods_own_plural_counts_every_carton(retail):
    text = "Could we have 2 cartons of the jumbo bag pink polkadot and 1 carton of the red retrospot ones (10 bags to a carton)?"
    assert _lines(retail.extract(text, TODAY)) == {("22386", 20), ("85099B", 10)}


def test_a_carton_size_said_as_a_remark_after_the_line(retail):
    got = retail.extract("4 cartons of the regency cakestand 3 tier please, they come 6 stands to a carton.", TODAY)
    assert _lines(got) == {("22423", 24)}


def test_cores_and_section_in_english_are_the_cable_size(industrial):
    got = industrial.extract("Can you send 2 rolls of the 4 core 1mm RVV and 100 m of 3-core 2.5mm2 RVV?", TODAY)
    assert _lines(got) == {("CAB-RVV-4X1.0", 200), ("CAB-RVV-3X2.5", 100)}


def test_a_slashed_pack_size_names_nothing(industrial):
    got = industrial.extract("Order: 3 packs of 4\" grinding discs (25/pack), 1 box black nitrile gloves L", TODAY)
    assert _lines(got) == {("GD-100X6", 75), ("GLV-NIT-BK-L", 1)}


def test_a_number_the_item_comes_with_is_a_word_of_its_name(retail):
    got = retail.extract("6 x the christmas light sets with the 10 santas please", TODAY)
    assert _lines(got) == {("22942", 6)}


def test_or_after_a_negation_joins_two_items(retail):
    got = retail.extract("We don't need the jumbo bag pink polkadot or the regency cakestand 3 tier any more, "
                         "please cancel them.", TODAY)
    assert {ln["sku"] for ln in got["lines"]} == {"22386", "22423"}


def test_or_after_remove_joins_two_items(retail):
    got = retail.extract("Can you remove the jumbo bag red retrospot or the lunch bag pink polkadot from the order?", TODAY)
    assert {ln["sku"] for ln in got["lines"]} == {"85099B", "22384"}


def test_a_count_said_with_a_family_keeps_to_the_coded_ones_said_next(industrial):
    got = industrial.extract("Could you make the belts 25 not 20 please. The A-1000 ones.", TODAY)
    assert _lines(got) == {("VB-A-1000", 25)}


def test_the_pieces_said_after_a_cancelled_item_are_its_count(retail):
    got = retail.extract("Sorry, we have to cancel the jumbo bag pink polkadot on order 4411, the 30 pieces.", TODAY)
    assert _lines(got) == {("22386", 30)}


def test_a_numbered_piece_set_is_still_a_name(retail):
    got = retail.extract("Please send 5 of the 8 piece dinosaur set.", TODAY)
    assert _lines(got) == {("21826", 5)}


def test_a_sentence_of_two_sizes_after_a_family_asks_for_both(retail):
    got = retail.extract("What do the wicker wreaths cost? Large and small. Numbers to follow.", TODAY)
    assert {ln["sku"] for ln in got["lines"]} == {"22695", "22696"}
