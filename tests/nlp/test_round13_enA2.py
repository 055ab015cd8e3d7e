"""Round 13 (enA2): reference codes, addresses, signatures and delivery tallies are no products nor counts."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.mentions import mention_text

TODAY = dt.date(2026, 10, 6)


def pairs(got: dict) -> set:
    """The (sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in got["lines"]}


@pytest.mark.parametrize("text", [
    "Please send 6 ivory diner wall clocks. Also, one quick thing: credit note CN-22193 never reached us.",
    "6 ivory diner wall clocks please. The proforma (PI-22193) had the wrong postcode on it, could you redo it?",
    "One more thing - our ref q/22193 is the one to put on the paperwork. 6 ivory diner wall clocks please.",
])
def test_a_code_inside_a_document_reference_is_no_sku(retail, text):
    assert pairs(retail.extract(text, TODAY)) == {("22191", 6)}


@pytest.mark.parametrize("text", [
    "Could we have 6 ivory diner wall clocks. Customer account no. 2290 in case you need it.",
    "6 ivory diner wall clocks please - our member no. 77 on the trade card.",
])
def test_a_number_after_no_point_is_the_accounts_not_a_count(retail, text):
    assert pairs(retail.extract(text, TODAY)) == {("22191", 6)}


def test_a_postal_box_in_the_signature_is_no_box(retail):
    text = "Do you have 30 ivory diner wall clocks in stock?\n\nRegards,\nKofi\nGold Coast Traders, PO Box 7710-00200"
    assert pairs(retail.extract(text, TODAY)) == {("22191", 30)}


@pytest.mark.parametrize("text, has_line", [
    ("lines delivered: of 5", False),
    ("lines outstanding", False),
    ("the photo clip line", True),
])
def test_a_delivery_tally_of_lines_names_no_goods(text, has_line):
    assert ("line" in mention_text(text)) == has_line


def test_a_delivery_notice_counting_its_lines_orders_nothing(retail):
    got = retail.extract("Goods-in update: PO 88120-2 booked in. Lines shipped: 4 of 4, nothing short.", TODAY)
    assert got["lines"] == []


@pytest.mark.parametrize("text", [
    "Mo @ Oakfield Bingo Club. 10 ivory diner wall clocks for the raffle please.",
    "10 ivory diner wall clocks please, need them Friday. Kev @ the garden centre",
    "G'day from Bingo Barn in Perth! Could we get 10 ivory diner wall clocks?",
    "Greetings all from the Star Gift Tape Company. 10 ivory diner wall clocks please.",
])
def test_a_name_at_a_place_signs_the_message(retail, text):
    assert pairs(retail.extract(text, TODAY)) == {("22191", 10)}


def test_a_price_after_at_is_still_read_as_goods():
    assert mention_text("bingo sets @ 2.50") != ""


@pytest.mark.parametrize("text, want", [
    # a flip phone's predictive text: "cod" is "and", "me" is "of" (the same keys)
    ("ivory diner clocks x 8 cod 4 red ones ta", {("22191", 8), ("22193", 4)}),
    ("half a doz me the ivory diner clocks cod 3 red ones", {("22191", 6), ("22193", 3)}),
])
def test_flip_phone_words_between_counted_items(retail, text, want):
    assert pairs(retail.extract(text, TODAY)) == want


def test_cash_on_delivery_stays_as_it_is(retail):
    assert pairs(retail.extract("4 red diner wall clocks, we pay cod", TODAY)) == {("22193", 4)}


@pytest.mark.parametrize("text, want", [
    ("Graag voor vrijdag:\n8 stuks red diner wall clock\n4 stuks the ivory one", {("22193", 8), ("22191", 4)}),
    ("Prosze: red diner wall clock 10 szt, ivory diner wall clock 5 szt", {("22193", 10), ("22191", 5)}),
])
def test_a_piece_word_from_another_language_counts_and_is_no_slip(retail, text, want):
    assert pairs(retail.extract(text, TODAY)) == want


def test_a_semicolon_export_with_decimal_comma_prices_is_read_by_its_columns(retail):
    text = ("Our order from the till system:\nArt.No;Omschrijving item description;Qty;Price\n"
            "22193;RED DINER WALL CLOCK;6;8,50\n22191;IVORY DINER WALL CLOCK;3;8,50\n22727;ALARM CLOCK BAKELIKE RED;0;3,75\nDank je")
    assert pairs(retail.extract(text, TODAY)) == {("22193", 6), ("22191", 3)}


def test_a_code_sheet_of_old_and_new_counts_reads_the_new_ones():
    from nlp.pipe_tables import unpipe
    got = unpipe("new figures please\nsku;qty old;qty new\n22193;6;10\n22191;3;3\nthanks")
    assert "22193 10" in got and "22191" not in got


@pytest.mark.parametrize("text, want", [
    ("30 owl hand warmers please, plus 10 of the red polka dot ones", {("22865", 30), ("22632", 10)}),
    ("We'd like 40 scotty dog hand warmers and 20 red spotty ones.", {("22866", 40), ("22632", 20)}),
    ("6 union jack hand warmers, and the red polka dot ones too", {("22633", 6), ("22632", 6)}),
])
def test_a_colour_said_after_a_design_swaps_the_design_for_it(retail, text, want):
    assert pairs(retail.extract(text, TODAY)) == want


def test_the_design_words_stay_when_the_follow_on_points_back_by_no_ones():
    from nlp.mentions import vary
    assert vary("owl hand warmers", "the red ones", frozenset({"owl"})) == "hand warmers"
    assert vary("owl hand warmers", "with red apples on", frozenset({"owl"})) == ""


@pytest.mark.parametrize("text, want", [
    ("We run 5 holiday chalets on the coast. 1 red diner wall clock for each chalet and 2 ivory diner wall clocks, "
     "both for the office.", {("22193", 5), ("22191", 2)}),
    ("I manage 2 seaside apartments - please send 3 ivory diner wall clocks per apartment.", {("22191", 6)}),
    ("for our 3 lodges: an ivory diner wall clock (battery, 30cm) for every lodge", {("22191", 3)}),
])
def test_a_count_for_each_of_a_hosts_places_is_multiplied(retail, text, want):
    assert pairs(retail.extract(text, TODAY)) == want


@pytest.mark.parametrize("text, n", [
    ("For the rewire: 2 rolls each of BV 2.5 - blue, red, yellow/green", 200),
    ("could we have BV 2.5 in red and yellow/green, 3 rolls each", 300),
])
def test_a_slashed_earth_colour_is_one_variant_of_a_run(industrial, text, n):
    got = pairs(industrial.extract(text, TODAY))
    assert ("CAB-BV-2.5-YG", n) in got and ("CAB-BV-2.5-RE", n) in got


@pytest.mark.parametrize("text, want", [
    ("Boiler house job: 1\" galv pipe - 12 lengths, 2\" galv - 8 lengths and 2 x DN50 gate valves",
     {("PIPE-GI-DN25", 72), ("PIPE-GI-DN50", 48), ("VLV-GATE-DN50", 2)}),
    ("Site stores: ball valves DN25 - 10 off, gate valves DN50 - 2 off, thanks",
     {("VLV-BALL-DN25", 10), ("VLV-GATE-DN50", 2)}),
])
def test_a_count_after_a_dash_closes_the_item_before_it(industrial, text, want):
    assert pairs(industrial.extract(text, TODAY)) == want


@pytest.mark.parametrize("text, want", [
    ("Any gate valves DN50 and DN80 on the shelf? Would want 6 of the 80 and 2 of the 50.",
     {("VLV-GATE-DN80", 6), ("VLV-GATE-DN50", 2)}),
    ("Have you got ball valves in DN25 and DN50? We're after 3 of the 25 and 7 of the 50.",
     {("VLV-BALL-DN25", 3), ("VLV-BALL-DN50", 7)}),
])
def test_a_bare_size_after_the_sends_its_count_to_that_size(industrial, text, want):
    assert pairs(industrial.extract(text, TODAY)) == want


@pytest.mark.parametrize("text, want", [
    ("Could you price M12 nuts x 500 and M12 washers x 500 please", {("NUT-M12-ZN", 500)}),
    ("For the gantry: 300 M12 washers, 300 M12 nuts", {("NUT-M12-ZN", 300)}),
    ("6205 2RS x 10 for the conveyor", {("BRG-6205-2RS", 10)}),
])
def test_a_size_code_alone_does_not_make_another_kind_of_goods(industrial, text, want):
    assert pairs(industrial.extract(text, TODAY)) == want
