"""Variant lists counted with "x" under one family, and counts said per place or per group (own wording)."""
from __future__ import annotations

import datetime as dt

DAY = dt.date(2026, 10, 14)


def _got(ex, text):
    return sorted((ln["sku"], ln["quantity"]) for ln in ex.extract(text, DAY)["lines"])


def test_names_counted_after_x_under_a_family_head(retail):
    assert _got(retail, "recipe boxes - retrospot x 4, the pantry yellow one x 2") == [("22666", 2), ("22667", 4)]
    # (read chunk by chunk, "red retrospot x 6" finds no lunch bag and its count goes to the woodland one)
    assert _got(retail, "lunch bags - red retrospot x 6, woodland x 4") == [("20725", 6), ("20726", 4)]


def test_an_aside_in_brackets_does_not_end_the_list(retail):
    text = "herb markers: basil x 10 (same as last time!), mint x 10, chives x 5 thanks"
    assert _got(retail, text) == [("22919", 10), ("22920", 10), ("22921", 5)]
    # (read chunk by chunk, the rosemary entry after its aside is taken for a mint marker)
    text = "herb markers - thyme x 6, rosemary x 6 (for the cafe), parsley x 4"
    assert _got(retail, text) == [("22916", 6), ("22917", 6), ("22918", 4)]


def test_a_variant_word_no_sibling_holds_is_filler(retail):
    text = "Hand warmers - scottie dog x 2, the little birds x 3"
    assert _got(retail, text) == [("22866", 2), ("22867", 3)]
    # (read chunk by chunk, "the little owls" and "the tiny birds" find no hand warmer at all)
    assert _got(retail, "hand warmers - union jack x 4, the little owls x 2") == [("22633", 4), ("22865", 2)]
    assert _got(retail, "hand warmers - scotty dog x 3, the tiny birds x 5") == [("22866", 3), ("22867", 5)]


def test_the_first_entry_names_the_family_of_the_rest(retail):
    text = "For the deli counter: 6 x french style storage jar jam, 4 x the bonbons one."
    assert _got(retail, text) == [("23185", 6), ("23187", 4)]
    # (read chunk by chunk, "the red retrospot ones" are taken for a second union jack line)
    text = "for the stall: 8 x hand warmer union jack, 4 x the red retrospot ones"
    assert _got(retail, text) == [("22632", 4), ("22633", 8)]


def test_a_purpose_after_the_family_is_no_part_of_it(retail):
    text = "Christmas trees 60cm for the shop window - 2 white, 3 black"
    assert _got(retail, text) == [("35598B", 3), ("35598C", 2)]


def test_a_bracketed_list_closing_its_sentence(retail):
    text = "Could we get 4 of each of the scarf knitting kits (frappucino, midnight glamour, pink marshmallow)."
    assert _got(retail, text) == [("82615", 4), ("82616B", 4), ("82616C", 4)]


def test_one_of_each_is_a_count(small):
    text = "What would the jumbo bag pink polkadot and the lunch bag pink polkadot cost? One of each to start."
    assert _got(small, text) == [("22384", 1), ("22386", 1)]


def test_per_place_with_the_number_of_places_after_it(small):
    text = "Per shop, 3 shops: 2 x jumbo bag red retrospot, 1 x lunch bag pink polkadot."
    assert _got(small, text) == [("22384", 3), ("85099B", 6)]


def test_what_each_of_n_groups_gets(small):
    text = "Party bags for the school fair - 20 bags. Each bag gets 1 x lunch bag pink polkadot, 2 x jumbo bag pink polkadot"
    assert _got(small, text) == [("22384", 20), ("22386", 40)]


def test_a_line_said_per_site_and_one_said_in_total(small):
    text = "Across our 3 cafes: 2 x jumbo bag red retrospot per cafe, and 5 lunch bag pink polkadot in total please"
    assert _got(small, text) == [("22384", 5), ("85099B", 6)]


def test_two_places_both_need_each(small):
    assert _got(small, "Hull and Selby both need 4 x jumbo bag red retrospot each please") == [("85099B", 8)]


def test_spares_come_on_top_of_one_each(small):
    text = "Gift bags for the launch (25 guests): each one gets a lunch bag pink polkadot and a jumbo bag pink polkadot. " \
           "Add 3 spares of each."
    assert _got(small, text) == [("22384", 28), ("22386", 28)]


def test_a_row_labelled_by_its_flat_number_counts_nothing(small):
    text = "For the flats:\nFlat 3 - 2 x jumbo bag red retrospot\nFlat 9 - 1 x jumbo bag red retrospot, 1 x lunch bag pink polkadot"
    assert _got(small, text) == [("22384", 1), ("85099B", 3)]


def test_a_variant_said_in_a_looked_up_form(retail):
    # "red spot" is the catalogue's RED RETROSPOT
    assert _got(retail, "lunch bags pls, 6 woodland 8 red spot") == [("20725", 8), ("20726", 6)]


def test_a_purpose_after_a_worded_each_count_is_no_item(retail):
    text = "do you have the owl hand warmers and the scottie dog ones? we would take a dozen of each for halloween week"
    assert _got(retail, text) == [("22865", 12), ("22866", 12)]


def test_sizes_listed_before_their_family_counted_each(industrial):
    text = "Can you price 10mm and 12mm Q235 plate, roughly 3t each? Thanks"
    assert _got(industrial, text) == [("PL-Q235B-10", 3), ("PL-Q235B-12", 3)]
    # (read chunk by chunk, only the size next to the family is ordered)
    text = "6mm, 8mm and 12mm Q235 plate - 5t each please"
    assert _got(industrial, text) == [("PL-Q235B-06", 5), ("PL-Q235B-08", 5), ("PL-Q235B-12", 5)]


def test_variants_after_the_family_and_a_comma_counted_of_each(retail):
    text = "What would you charge for the childs garden spades, blue and the pink ones, say 10 of each?"
    assert _got(retail, text) == [("22514", 10), ("22515", 10)]
    # (read chunk by chunk, the spaceboy bags, named without "lunch bag", are lost)
    text = "could you price the lunch bags, woodland and the spaceboy ones, 20 of each"
    assert _got(retail, text) == [("20726", 20), ("22382", 20)]


def test_each_of_the_groups_by_its_noun_after_a_modifier(small):
    text = "Prize bundles: 8 raffle prizes - each prize gets 2 x lunch bag pink polkadot"
    assert _got(small, text) == [("22384", 16)]


def test_both_before_the_two_places(small):
    assert _got(small, "both Ripon and Thirsk need 3 x jumbo bag pink polkadot each") == [("22386", 6)]


def test_per_place_is_no_word_of_the_item_and_a_count_per_place_inside_brackets_is_not_the_line(small):
    assert _got(small, "Across our 4 shops: 3 x jumbo bag red retrospot per shop") == [("85099B", 12)]
    text = "Ranging the jumbo bag pink polkadot and the lunch bag pink polkadot in all 4 shops - we'd want 12 of each (3 per shop)"
    assert _got(small, text) == [("22384", 12), ("22386", 12)]


def test_each_week_is_how_often_not_for_each_of_both(small):
    text = "Sam and Priya both want a hand on the stall, so please send 4 x jumbo bag red retrospot each week"
    assert _got(small, text) == [("85099B", 4)]


def test_what_each_group_gets_must_be_goods_counted(small):
    text = "We run 5 stalls and each one gets its own cash tin. Please send 3 x jumbo bag pink polkadot."
    assert _got(small, text) == [("22386", 3)]
    text = "We have 4 display tables, each table has space for 12 things. Please send 6 x jumbo bag pink polkadot."
    assert _got(small, text) == [("22386", 6)]
