"""Counts and intents of pasted spreadsheet rows and numbers that are no count (own wording)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 5, 12)


def _lines(got: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in got["lines"]}


def test_price_columns_and_line_totals_are_no_count(retail):
    text = ("Copied from our sheet (item x qty @ price):\n"
            "Jumbo bag pink polkadot x 6 @ 1.65 = 9.90\n"
            "Regency cakestand 3 tier x 3 @ 10.95 = 32.85\n"
            "Grand total 42.75")
    got = retail.extract(text, TODAY)
    assert got["intent"] == "order"
    assert _lines(got) == {("22386", 6), ("22423", 3)}


def test_a_worked_out_count_stays(retail):
    got = retail.extract("Please send 4 shops x 5 = 20 of the jumbo bag pink polkadot.", TODAY)
    assert _lines(got) == {("22386", 20)}


def test_a_headcount_is_no_count_and_should_be_plenty_no_change(retail):
    text = ("Could we order 3 of the jumbo bag pink polkadot for the club? "
            "There are 25 cubs but they share, so that should be plenty.")
    got = retail.extract(text, TODAY)
    assert got["intent"] == "order"
    assert _lines(got) == {("22386", 3)}


def test_stock_as_a_list_heading_orders(industrial):
    got = industrial.extract("Spring stock: 2 pails white enamel paint, 3 tubs lithium grease. Thanks", TODAY)
    assert got["intent"] == "order"


def test_instead_of_could_we_have_swaps(retail):
    got = retail.extract("Instead of the jumbo bag pink polkadot could we have the red retrospot ones please, same 15.", TODAY)
    assert got["intent"] == "change"
    assert _lines(got) == {("85099B", 15)}


def test_an_occasion_restated_as_its_day_is_due(retail):
    got = retail.extract("4 jumbo bag pink polkadot please. Before the school fete - that's the 20th for us.", TODAY)
    assert got["due_date"] == "2026-05-20"


def test_the_nth_time_is_no_date(retail):
    got = retail.extract("Send 4 jumbo bag pink polkadot, that's the 3rd time I've asked.", TODAY)
    assert got["due_date"] is None


def test_half_and_half_after_a_comma(retail):
    got = retail.extract("Please send 20 jumbo bags - half red retrospot, half pink polkadot.", TODAY)
    assert _lines(got) == {("85099B", 10), ("22386", 10)}


def test_an_outer_pack_defined_once_holds_as_many_later(industrial):
    got = industrial.extract("Please send a carton of 20 boxes of the blue nitrile gloves M and 2 cartons of the "
                             "black nitrile gloves L.", TODAY)
    assert _lines(got) == {("GLV-NIT-BU-M", 20), ("GLV-NIT-BK-L", 40)}


def test_swap_to_another_seal(industrial):
    got = industrial.extract("Could you swap the 6204-2RS on our order to ZZ please? Same count, 8.", TODAY)
    assert got["intent"] == "change"
    assert _lines(got) == {("BRG-6204-ZZ", 8)}


def test_the_bags_of_a_weight_count_the_bags():
    from nlp.quantities import find_quantities
    best = find_quantities("please take off the 3 tubs of 250g, thanks", [])[0]
    assert (best.value, best.pack_of) == (3, None)


def test_sizes_spelt_out_after_a_pack_word(industrial):
    got = industrial.extract("Blue nitrile gloves: 12 boxes medium, 8 boxes large please.", TODAY)
    assert _lines(got) == {("GLV-NIT-BU-M", 12), ("GLV-NIT-BU-L", 8)}


def test_a_name_signing_off_the_last_line_is_no_product():
    from nlp.clean import clean
    assert clean("Do you have the pink polkadot jumbo bags? Need 10. Maria").body.endswith("Need 10.")
    assert clean("Send 10 of the Maria bags").body.endswith("Maria bags")
    assert clean("Any jumbo bags left? Need 12. Rosa, The Card Shop").body.endswith("Need 12.")
    assert clean("Send the jumbo bags. Pink, please").body.endswith("Pink, please")


def test_should_be_not_with_the_new_item_in_full(industrial):
    text = ("> 100 pcs hex bolt M12x50 zinc\n\n"
            "Sorry, those bolts should be stainless, not zinc - 100 of the M12x50 A2 stainless please.")
    got = industrial.extract(text, TODAY)
    assert got["intent"] == "change"
    assert _lines(got) == {("BLT-M12X50-SS", 100)}


def test_we_ordered_one_colour_not_the_one_confirmed(retail):
    text = ("> CONFIRMATION 40112\n> 10 x LUNCH BAG PINK POLKADOT\n\n"
            "That is wrong - I asked for red, not pink. It should be 10 red. Thanks")
    got = retail.extract(text, TODAY)
    assert got["intent"] == "change"
    assert _lines(got) == {("20725", 10)}
