"""Wave-three wordings (own sentences): a named Easter day set as the deadline by "latest" after it or by "by then"
later in its sentence, the Friday of "Good Friday" read as no plain Friday, and "but keep the …" parted from a
cancelled item without a comma."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import due_date

MON = dt.date(2026, 3, 2)


@pytest.mark.parametrize("text,want", [
    # the deadline word after the named day
    ("Six watering cans and a dozen trowels, Good Friday latest.", "2026-04-03"),
    ("The bunny mugs x 20, Easter Monday at the latest please.", "2026-04-06"),
    # "by then" later in the same sentence points back at the day
    ("Our garden stall opens on Good Friday so we need the seed tins in by then.", "2026-04-03"),
    # a Good Friday that is no deadline does not fall back to the coming Friday
    ("Please send 10 egg cups for our Good Friday breakfast.", None),
    # "by then" in a later sentence does not reach back
    ("We close over Good Friday. Send the lanterns by Wednesday, we'll be ready by then.", "2026-03-04"),
])
def test_named_easter_day_deadlines(text, want):
    got = due_date(text, MON)
    assert (got.isoformat() if got else None) == want


def test_keep_parts_a_kept_item_without_a_comma(retail):
    """ "cancel the 24 X but keep the Y ones": the kept words are not read into the cancelled item."""
    got = retail.extract("Can you cancel the 24 chocolate polka dot umbrellas but keep the cream ones please", MON)
    assert got["intent"] == "cancel"
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("21709", 24)]


def _pairs(got):
    return sorted((ln["sku"], ln["quantity"]) for ln in got["lines"])


def test_a_bracketed_old_count_is_no_count(industrial):
    """ "to 6 (was 4)": the bracketed figure is the count the change replaces."""
    got = industrial.extract("Site office: please change the B1600 belts to 6 (was 4) on our order.", MON)
    assert got["intent"] == "change" and _pairs(got) == [("VB-B-1600", 6)]
    got = industrial.extract("On our order change the B1600 belts to 5 (previously 8), thanks.", MON)
    assert _pairs(got) == [("VB-B-1600", 5)]


def test_a_hospital_ward_number_is_no_count(retail):
    """ "Ward 9 nursing team" in a sign-off names a place, not a count of anything."""
    got = retail.extract("Please send 4 rabbit night lights for the children.\nWard 9 nursing team", MON)
    assert _pairs(got) == [("23084", 4)]


@pytest.mark.parametrize("text", [
    "Kindly quote 48 pcs. jam clock magnet for our shop.",
    "Kindly quote 48 Stk. jam clock magnet for our shop.",
])
def test_an_abbreviated_piece_count_keeps_its_item(retail, text):
    """ "48 pcs." / "48 Stk." (a German writer's Stück): the point closes the unit, not the sentence."""
    got = retail.extract(text, MON)
    assert _pairs(got) == [("23178", 48)]


def test_a_recount_in_a_unit_replaces_the_count_in_that_unit(industrial):
    """ "400 kg E6013 3.2 rods, no sorry 250 kg": the kg count is taken back, not the rod size (nor does the
    decimal point of 3.2 end the sentence)."""
    got = industrial.extract("Yard: 400 kg E6013 3.2 rods, no sorry 250 kg, thanks.", MON)
    assert _pairs(got) == [("WR-E6013-3.2", 250)]


def test_a_worded_self_correction(retail):
    """ "nine ... no, twelve": a transcript's count taken back and said anew in words (not "twenty, no, twenty-two")."""
    got = retail.extract("can you send the green giant garden thermometers ... nine ... no, twelve. ta", MON)
    assert _pairs(got) == [("22927", 12)]
    from nlp.self_corrections import corrected
    assert "twenty-two" in corrected("make the mugs thirty, no sorry, twenty-two")


def test_an_item_dropped_from_the_order_is_cancelled(retail):
    """ "drop the X from the order": the item is taken off a placed order (like "remove X from our order")."""
    got = retail.extract("Apologies, please drop the red retrospot mugs from our order.", MON)
    assert got["intent"] == "cancel"


def test_a_named_delivery_pushed_back_is_a_change(retail):
    """ "push the <name> delivery back to the 20th": a placed delivery moved, a change with its new day."""
    got = retail.extract("Could you push the garden centre delivery back to the 20th? Nothing else changes.", MON)
    assert got["intent"] == "change" and got["due_date"] == "2026-03-20"


def test_accepting_a_price_asks_none(retail):
    """ "OK, at your price then: N of X" accepts the offer (an order); "… at your price?" still asks one."""
    assert retail.extract("Alright, at your price then: 30 water bomb packs.", MON)["intent"] == "order"
    assert retail.extract("What would 30 water bomb packs come to at your price?", MON)["intent"] == "quote"


def test_a_weekday_closing_the_message_is_the_deadline(retail):
    """ "… 30 water bomb packs. Thursday." ends on the day wanted, not on a name signing it."""
    from nlp.clean import clean
    assert clean("Send 30 water bomb packs please. Thursday.").body.endswith("Thursday.")
    assert clean("Send 30 water bomb packs please. Sophie").body.endswith("please.")
    got = retail.extract("Send 30 water bomb packs please. Thursday.", MON)
    assert got["due_date"] == "2026-03-05"


def test_urgent_then_a_day_alone(industrial):
    """ "Urgent, tomorrow am.": the urgency word leaves the day alone in its sentence, so it is the deadline."""
    got = industrial.extract("Pls send 4 x 6308-2RS. Urgent, tomorrow am.\nPlant room", MON)
    assert got["due_date"] == "2026-03-03"


def test_a_pump_number_is_no_count(industrial):
    """ "the bearing on pump 3 has gone": the number names the pump, not a count of the bearings."""
    got = industrial.extract("The 6308 on pump 3 has gone. Send 2 x 6308-2RS please.", MON)
    assert _pairs(got) == [("BRG-6308-2RS", 2)]


def test_make_the_colour_ones_another_colour_instead(industrial):
    """ "on the hard hat order make the 5 red ones blue instead": a change to the blue variant of the product named."""
    got = industrial.extract("Rigging team: on the hard hat order make the 5 red ones blue instead please", MON)
    assert got["intent"] == "change" and _pairs(got) == [("HLM-ABS-BL", 5)]


def test_what_arrived_not_what_was_ordered_is_a_complaint(retail):
    """ "5 arrived, not 10": a delivery that came short is no new count for the order."""
    got = retail.extract("The lunch bags came short: 5 arrived, not 10. Could you look into it?", MON)
    assert got["intent"] == "other" and got["lines"] == []


def test_a_recount_and_a_cancel_in_one_sentence(retail):
    """ "reduce the X to 4 and cancel the Y ones": two lines of a change, the cancelled one at 0."""
    got = retail.extract("Order 5521: please reduce the red alarm clocks to 4 and cancel the pink ones.", MON)
    assert got["intent"] == "change" and _pairs(got) == [("22727", 4), ("22728", 0)]


def test_a_line_down_to_a_count_without_a_verb(retail):
    """ "on order 4410, the red alarm clocks down to 8": the new count of that line; "are down to 8" is stock."""
    got = retail.extract("On order 4410, the red alarm clocks down to 8 please.", MON)
    assert got["intent"] == "change" and _pairs(got) == [("22727", 8)]


def test_too_then_a_polite_word_asks_the_same_count(retail):
    """ "price on 20 X? And the Y too pls": the second item is asked at the same count, the "pls" after "too" or not."""
    got = retail.extract("Price on 20 dovecote bird feeders? And the childs garden brush in blue too pls", MON)
    assert got["intent"] == "quote" and _pairs(got) == [("22518", 20), ("23466", 20)]


def test_a_weight_naming_the_bag_is_no_count(retail):
    """ "the swirly marbles 250g bags, 40 please": the grams name which bag; 40 is the count."""
    got = retail.extract("Could we have the swirly marbles 250g bags, 40 please.", MON)
    assert _pairs(got) == [("21704", 40)]
