"""Swaps that keep the count: only the new variant, with the count (own sentences)."""
from __future__ import annotations

import datetime as dt

from nlp.change import find_swap

TODAY = dt.date(2026, 9, 8)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_new_variant_ends_before_the_order_and_the_bracket():
    assert find_swap("can you change the black mugs to white on order 5521?")[1] == "white"
    assert find_swap("and swap the pink ones for green (same qty, 6).")[1] == "green"


def test_count_said_with_the_old_variant_and_a_describing_clause(retail):
    got = retail.extract("Re order 5521 - please change the 30 black tea towels to blue, quantity unchanged.\n"
                         "The classic design ones.", TODAY)
    assert got["intent"] == "change"
    assert _lines(got) == {("22482", 30)}


def test_ones_swapped_after_a_recount_of_their_sibling(retail):
    got = retail.extract("Re: order 4410 - please increase the red bakelike alarm clocks from 6 to 12, "
                         "and swap the pink ones for green (same qty, 6). Cheers", TODAY)
    assert _lines(got) == {("22727", 12), ("22726", 6)}


def test_spaced_seal_suffix_swapped(industrial):
    got = industrial.extract("On PO 9902 switch the 6205 2RS to ZZ, same qty, 60.", TODAY)
    assert got["intent"] == "change"
    assert _lines(got) == {("BRG-6205-ZZ", 60)}


def test_new_count_of_each_goes_to_the_bracketed_variants(retail):
    got = retail.extract("Could you reduce the lunch bags on our order to 15 of each (spaceboy and suki)? Sales are slow.", TODAY)
    assert got["intent"] == "change"
    assert _lines(got) == {("22382", 15), ("22383", 15)}


def test_new_variant_before_instead_of_the_old_one():
    assert find_swap("could you change the tea towels on our order to blue instead of red, same 20")[:2] == ("red", "blue")


def test_should_have_been_names_the_new_variant(retail):
    got = retail.extract("Sorry - the regency teacups on our order should have been pink not green, still 12.", TODAY)
    assert got["intent"] == "change"
    assert _lines(got) == {("22698", 12)}


def test_them_stands_for_the_goods_counted_before(retail):
    got = retail.extract("About our order for 20 owl hand warmers: could you switch them to the red love heart "
                         "design please, same amount.", TODAY)
    assert got["intent"] == "change"
    assert _lines(got) == {("23439", 20)}


def test_part_of_a_line_becomes_another_variant(retail):
    got = retail.extract("We ordered 6 of the green regency teacup and saucer on Monday. Could two of the six "
                         "be pink instead please?", TODAY)
    assert got["intent"] == "change"
    assert _lines(got) == {("22697", 4), ("22698", 2)}


def test_part_of_a_line_named_again_with_its_total(retail):
    got = retail.extract("On our last order, could 3 of the 12 pink regency teacups be roses instead?", TODAY)
    assert got["intent"] == "change"
    assert _lines(got) == {("22698", 9), ("22699", 3)}


def test_a_variant_word_of_a_line_said_before_names_the_line_swapped(retail):
    got = retail.extract("Re our order 7710: 10 x hand warmer owl design. Could you swap the owl for the scottie dog "
                         "design?", TODAY)
    assert got["intent"] == "change"
    assert _lines(got) == {("22866", 10)}


def test_a_last_sentence_opening_with_actually_is_no_signature(retail):
    got = retail.extract("Please send 10 x lunch bag woodland, 10 x lunch bag pink polkadot. Actually, swap the "
                         "polkadot for spaceboy.", TODAY)
    assert got["intent"] == "order"
    assert _lines(got) == {("20726", 10), ("22382", 10)}
