"""Round 13 (enB): lines taken back as they are said, wordings of intent and of the day goods are wanted."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.undone import undone

TODAY = dt.date(2026, 10, 6)


@pytest.mark.parametrize("text, gone, kept", [
    ("stall order:\n6 x tea towels\n3 x oven gloves? no scrap that\n4 x aprons", "oven gloves", "4 x aprons"),
    ("we'd like 20 of the jumbo bags. And the lunch ones - no, forget that, too dear.", "lunch ones", "20 of the jumbo"),
    ("Quick one - 8 x mini lanterns blue... actually no, they never sell. Make it 8 x the red lanterns please.",
     "lanterns blue", "8 x the red lanterns"),
])
def test_a_line_taken_back_after_a_question_mark_a_trail_or_without_a_count_is_dropped(text, gone, kept):
    got = undone(text)
    assert gone not in got and kept in got


def test_a_take_back_that_names_no_line_of_its_own_keeps_the_text():
    text = "Do you have the red mugs? No worries if not, and 12 blue ones please."
    assert undone(text) == text


def test_a_listed_line_withdrawn_with_a_question_mark_gets_no_line(retail):
    got = retail.extract("for the fete:\n24 x jumbo bag red retrospot\n12 x lunch bag pink polkadot? no ignore that\n"
                         "6 x regency cakestand 3 tier\nthanks", TODAY)
    assert {(l["sku"], l["quantity"]) for l in got["lines"]} == {("85099B", 24), ("22423", 6)}


@pytest.mark.parametrize("text", [
    "Could you send us the usual summer bits when you get a chance? Cheers, Ann",
    "hiya can you ship the usual Halloween stuff, same as every year? Tom",
])
def test_the_usual_asked_as_a_polite_question_is_a_repeat_order(retail, text):
    got = retail.extract(text, TODAY)
    assert got["intent"] == "order" and got["lines"] == []


def test_the_usual_papers_asked_for_are_no_order(retail):
    assert retail.extract("could you send the usual invoice copies? thanks", TODAY)["intent"] != "order"


@pytest.mark.parametrize("text", [
    "Morning, could you send over the test certificate for the jumbo bag red retrospot? Our auditor asked. Thanks",
    "Please email across the declaration of conformity for the regency cakestand 3 tier, cheers",
    "can you forward the paperwork for the lunch bag pink polkadot? ta",
])
def test_papers_asked_for_goods_are_other(retail, text):
    got = retail.extract(text, TODAY)
    assert got["intent"] == "other" and got["lines"] == []


@pytest.mark.parametrize("text, lines", [
    ("Addition to Tuesday's order: 6 x regency cakestand 3 tier as well please. Jo", {("22423", 6)}),
    ("Craft shop again - on last week's order make the jumbo bag red retrospot 30 please.", {("85099B", 30)}),
])
def test_a_placed_order_named_then_added_to_or_recounted_is_a_change(retail, text, lines):
    got = retail.extract(text, TODAY)
    assert got["intent"] == "change" and {(l["sku"], l["quantity"]) for l in got["lines"]} == lines


@pytest.mark.parametrize("text", [
    "Hello, on our order: remove the lunch bag pink polkadot completely and bump the jumbo bag red retrospot up to 20.",
    "for yesterday's order - drop the lunch bag pink polkadot altogether, and raise the jumbo bag red retrospot to 20",
])
def test_a_line_dropped_first_after_the_order_named_is_listed_at_zero(retail, text):
    got = retail.extract(text, TODAY)
    assert got["intent"] == "change"
    assert {(l["sku"], l["quantity"]) for l in got["lines"]} == {("22384", 0), ("85099B", 20)}


@pytest.mark.parametrize("text, today, due", [
    ("6 x regency cakestand 3 tier please, we need them for Easter Sunday.", dt.date(2027, 3, 1), "2027-03-28"),
    ("Could we have 12 jumbo bag red retrospot? Needed for Christmas Eve at the latest.", dt.date(2026, 12, 1), "2026-12-24"),
])
def test_a_named_day_the_goods_are_needed_for_is_due(retail, text, today, due):
    assert retail.extract(text, today)["due_date"] == due


def test_easter_sunday_is_no_plain_sunday(retail):
    got = retail.extract("price on 20 jumbo bag red retrospot? for the Easter Sunday fair", dt.date(2027, 3, 1))
    assert got["due_date"] != "2027-03-07"


@pytest.mark.parametrize("said, today", [
    ("Need it before we shut on the 22nd.", dt.date(2026, 12, 18)),
    ("Want it before we shut down on the 22nd.", dt.date(2026, 12, 18)),
    ("Need these before we shut on the 22nd.", dt.date(2026, 12, 19)),
])
def test_goods_wanted_before_the_closing_day_are_due_then(industrial, said, today):
    got = industrial.extract(f"Depot order:\n- 2 rolls RVV 3x1.5\n- 4 boxes M8x30 zinc bolts\n{said}\nSam", today)
    assert got["due_date"] == "2026-12-22"


def test_a_closure_said_alone_is_still_no_deadline(retail):
    got = retail.extract("4 x regency cakestand 3 tier please. We're shut on the 22nd for the holidays.", dt.date(2026, 12, 14))
    assert got["due_date"] is None


@pytest.mark.parametrize("text, intent", [
    ("Do you hold 6205-2RS bearings? Need 20 by Friday.", "stock_query"),
    ("Would you hold the M8x30 bolts in zinc? We'd need 400.", "stock_query"),
])
def test_do_you_hold_asks_about_stock(small, text, intent):
    assert small.extract(text, TODAY)["intent"] == intent


@pytest.mark.parametrize("text", [
    "Summer stock for the kiosk, need it by Friday:\n- 20 x jumbo bag red retrospot\n- 10 x lunch bag pink polkadot",
    "Please send 20 x jumbo bag red retrospot and 10 x lunch bag pink polkadot.\nRegards, Anne\nHarbour Gift Stock Ltd",
])
def test_stock_as_a_kind_of_goods_or_a_company_name_asks_nothing(retail, text):
    assert retail.extract(text, TODAY)["intent"] == "order"


def test_a_shipping_mode_is_no_request_to_send(retail):
    got = retail.extract("How much are the jumbo bag red retrospot and the lunch bag pink polkadot? We want 50 each. "
                         "Export shop, can ship by sea.", TODAY)
    assert got["intent"] == "quote"


@pytest.mark.parametrize("text", [
    "Scrap the YJV 3x4 from the order please. The 4x25 stays.\nHill Power Ltd",
    "Cancel the RVV 3x1.5 from our order, job's off. The M8x30 bolts remain.\nDave\nNorth Power Services",
])
def test_a_line_said_to_stay_is_no_line_nor_the_family_of_the_sign_off(industrial, text):
    got = industrial.extract(text, TODAY)
    assert got["intent"] == "cancel" and len(got["lines"]) == 1


@pytest.mark.parametrize("label", ["Item 10 -", "Line 10:", "item 30 -", "Position 10 -"])
def test_a_row_number_split_off_its_row_names_no_goods(industrial, label):
    got = industrial.extract(f"RFQ 4471\n{label} Ball valve DN50, stainless, flanged - qty 6\nRegards, buyer", TODAY)
    assert {(l["sku"], l["quantity"]) for l in got["lines"]} == {("VLV-BALL-DN50", 6)}


@pytest.mark.parametrize("text", [
    "Re my bag order - can the 10 jumbo bag red retrospot be the jumbo bag pink polkadot instead? Same qty.",
    "Hi, on our order could those 10 'jumbo bag red retrospot' be the 'jumbo bag pink polkadot' instead please",
])
def test_a_whole_line_asked_to_be_another_variant_lists_only_the_new_one(retail, text):
    got = retail.extract(text, TODAY)
    assert got["intent"] == "change" and {(l["sku"], l["quantity"]) for l in got["lines"]} == {("22386", 10)}


@pytest.mark.parametrize("lead, due", [("the day before", "2026-10-23"), ("two days before", "2026-10-22")])
def test_a_bare_lead_in_a_later_sentence_counts_back_from_the_one_day_written(retail, lead, due):
    text = f"party on sat 24th oct!! 6 x regency cakestand 3 tier and 12 jumbo bag red retrospot. drop them round {lead} pls"
    assert retail.extract(text, TODAY)["due_date"] == due


@pytest.mark.parametrize("tail", ["Send the 20s anyway.", "Please send the 20 regardless.", "In the meantime send the 20s pls"])
def test_lines_sent_whatever_a_price_answer_says_are_an_order(retail, tail):
    text = f"Gift shop. 20 jumbo bag red retrospot, 20 lunch bag pink polkadot. And what price if I took 300 jumbo bags? {tail}"
    got = retail.extract(text, TODAY)
    assert got["intent"] == "order"
    assert {(l["sku"], l["quantity"]) for l in got["lines"]} == {("85099B", 20), ("22384", 20)}


@pytest.mark.parametrize("kind", ["spring", "first", "Christmas"])
def test_questions_before_placing_an_order_of_a_kind_ask_a_price(retail, kind):
    text = (f"A couple of questions before we place our {kind} order:\n1. Your price on the jumbo bag red retrospot if we "
            "take 60?\n2. Do you deliver free over £200?\nThanks, Meg")
    assert retail.extract(text, TODAY)["intent"] == "quote"


@pytest.mark.parametrize("text, other", [
    ("Please supply for our Year 4 prize box:\n1. jumbo bag red retrospot - 12\n2. lunch bag pink polkadot - 12", "22384"),
    ("Gifts for Year 6 leavers: 12 x jumbo bag red retrospot, 12 x regency cakestand 3 tier. Thank you", "22423"),
])
def test_a_school_year_is_no_count(retail, text, other):
    got = retail.extract(text, TODAY)
    assert {(l["sku"], l["quantity"]) for l in got["lines"]} == {("85099B", 12), (other, 12)}


def test_last_years_count_is_still_read():
    from nlp.quantities import find_quantities
    assert 24 in [q.value for q in find_quantities("same as last year 24 jumbo bags", [])]


@pytest.mark.parametrize("place", ["dock door 4", "loading bay 4", "goods-in door 4"])
def test_a_door_or_bay_number_is_no_count(industrial, place):
    got = industrial.extract(f"pls send 3 bags white cable ties 300mm and 1000 black 200mm ties. dye works, {place}", TODAY)
    assert {(l["sku"], l["quantity"]) for l in got["lines"]} == {("CT-5X300-WH", 3), ("CT-4X200-BK", 10)}
