"""Numbers that are no line quantities: addresses, sizes and grades in a name, bolt lengths (own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.quantities import find_quantities

TODAY = dt.date(2026, 9, 8)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_unit_and_shop_numbers_of_an_address_are_no_counts():
    assert find_quantities("deliver to shop 3, harbour row.", []) == []
    assert find_quantities("unit 12, castle ind est.", []) == []
    assert find_quantities("unit 12, castle industrial estate", []) == []


def test_address_after_the_order_gives_no_line(industrial):
    got = industrial.extract("Please send 2 tonnes of 63x6 angle. Unit 12, Castle Ind Est.", TODAY)
    assert _lines(got) == {("ANG-63X6", 2)}


def test_size_before_the_noun_is_no_count(industrial):
    # "channel 100mm" is the item's size: the tonnes said later are its count, not added to it
    got = industrial.extract("Do you stock 100 channel? We'd want 3 tonnes.", TODAY)
    assert _lines(got) == {("CH-10", 3)}


def test_grade_in_the_name_yields_to_pails(industrial):
    got = industrial.extract("Lithium grease 3 - we'll take four pails, it's for the maintenance crew.", TODAY)
    assert _lines(got) == {("GRS-LI-3", 60)}


def test_bolt_length_without_mm(industrial):
    got = industrial.extract("M10 bolts 40 long, 200 off please", TODAY)
    assert _lines(got) == {("BLT-M10X40-ZN", 200)}


def test_each_after_a_run_under_a_heading(retail):
    # the heading's own reading ("the classic tea towels") is no line; the last variant carries the count
    got = retail.extract("Please send the classic tea towels - red, black and blue, 15 each. No more of the dotcom ones.", TODAY)
    assert _lines(got) == {("22480", 15), ("22481", 15), ("22482", 15)}


def test_each_leaves_out_a_variant_said_to_be_none(retail):
    got = retail.extract("Poppy's playhouse sets - bedroom & living room, 4 of each please. None of the bathroom one "
                         "this time, it never sells.", TODAY)
    assert _lines(got) == {("22745", 4), ("22746", 4)}


def test_bare_name_number_kept_against_a_length_spec(industrial):
    # "6 m" is in the pipe's name: said after the counted lines it is no count of its own
    got = industrial.extract("Please send 20 lengths of 2\" galv pipe. Standard 6 m lengths.", TODAY)
    assert _lines(got) == {("PIPE-GI-DN50", 120)}


def test_kinds_listed_after_a_dash_share_the_each_count(retail):
    got = retail.extract("Please send the lunch bags: spaceboy, suki and woodland designs, 10 of each", TODAY)
    assert _lines(got) == {("22382", 10), ("22383", 10), ("20726", 10)}
    got = retail.extract("Price for 60 hand warmers please - bird and owl designs, 30 of each?", TODAY)
    assert got["intent"] == "quote" and _lines(got) == {("22865", 30), ("22867", 30)}


def test_number_word_of_the_name_is_no_count(retail):
    # "one" with the word before it is said as in TEA FOR ONE POLKADOT, not one set
    got = retail.extract("Do you still have the tea for one set in polkadot?", TODAY)
    assert _lines(got) == {("22891", None)}
    got = retail.extract("We need 6 of the tea for one sets in polkadot please", TODAY)
    assert _lines(got) == {("22891", 6)}


def test_the_same_of_another_variant_is_a_line_with_that_count(retail):
    got = retail.extract("Please send 2 dozen of the blue egg spoons and the same of the red.", TODAY)
    assert _lines(got) == {("21403", 24), ("21402", 24)}
    got = retail.extract("We'll have 30 of the red retrospot lunch bags and the same for the pink polkadot ones.", TODAY)
    assert _lines(got) == {("20725", 30), ("22384", 30)}


def test_number_closing_a_list_row_after_set_is_its_count(retail):
    got = retail.extract("For the garden centre:\npotting shed twine 30\nsow n grow set 12\nthanks", TODAY)
    assert _lines(got) == {("21896", 30), ("21895", 12)}


def test_count_said_beside_the_size_stays_a_count(industrial):
    got = industrial.extract("need 100 of the 100mm channel", TODAY)
    assert _lines(got) == {("CH-10", 100)}


def test_pack_size_in_brackets_does_not_glue_the_next_item(retail):
    # "(set of 6)" sizes the pack; the item after "and" is read on its own and shares the each count
    got = retail.extract("Price please for both the soldier skittles (set of 6) and the wooden garden skittles set. "
                         "Probably 8 of each.", TODAY)
    assert _lines(got) == {("22619", 8), ("22606", 8)}


def test_assorted_total_over_a_bracketed_list_counts_no_part(retail):
    # the list follows the dash inside the bracket; "assorted" makes 90 a total, not a count of any one
    got = retail.extract("Hello, for our shop relaunch we want around 90 of the hand warmers (the ones we had last "
                         "winter - owl, bird and scotty dog, assorted). Could you quote?", TODAY)
    assert got["intent"] == "quote"
    assert _lines(got) == {("22865", None), ("22867", None), ("22866", None)}
