"""Second look at the twelfth round: readings made general or folded into one (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.intent import classify
from nlp.own_stock import without_own_figures
from nlp.quantities import find_quantities, in_history


def _counts(text: str) -> list[float]:
    return [q.value for q in find_quantities(text, [])]


def _past(text: str) -> dict[float, bool]:
    return {q.value: in_history(text, q) for q in find_quantities(text, [])}


def test_still_have_is_history_only_for_the_count_right_after_it():
    assert _past("we still have 9 of the enamel jugs from spring, so skip them")[9] is True
    assert _past("we still have the old jugs but send 16 of the enamel ones")[16] is False


@pytest.mark.parametrize("text,value,counted", [
    ("the garden kneelers - 4 remaining, please top up with 20", 4, False),
    ("enamel jugs: 6 boxes on hand, send 10 more", 6, False),
    ("hinges for the barn: 4 left and 6 right please", 4, True),
    ("only 3 left right now, send 12 please", 3, False),  # "right now" is no side
    ("have you got 30 left in stock? we would take them all", 30, True),
    ("need 8 left-handed pruners", 8, True),
])
def test_one_reader_of_what_is_left_on_the_shelf(text, value, counted):
    assert (value in _counts(text)) == counted


@pytest.mark.parametrize("tail", ["60 units altogether.", "60 units in all.", "60 units total."])
def test_a_units_total_the_lines_add_up_to_goes(tail):
    body = f"Please send 40 units of the tin signs and 20 units of the cotton aprons. {tail}"
    assert "60" not in without_own_figures(body)


def test_a_units_total_that_is_no_sum_stays():
    body = "Please send 40 units of the tin signs and 20 units of the cotton aprons. 70 units total."
    assert "70" in without_own_figures(body)


@pytest.mark.parametrize("text,intent", [
    ("we'll do 30 of your enamel jugs please, usual address", "order"),
    ("we will do 10 of your tin signs, thanks", "order"),
    ("sorry, we can only do 8 of the 20 tin signs this week.", "other"),
])
def test_we_can_do_n_of_is_the_seller_we_will_do_is_the_customer(text, intent):
    assert classify(text, 1) == intent


@pytest.mark.parametrize("text,value,counted", [
    ("please send 300 piece small brass hinge", 300, True),  # "piece" as a buyer's unit word
    ("need 40 piece tin sign, thanks", 40, True),
    ("the twelve piece baking set x 6 please", 12, False),  # how many pieces one set holds
    ("3 piece garden tool kit - 10", 3, False),
])
def test_n_piece_is_a_sets_size_only_before_a_set(text, value, counted):
    strength = next(q.strength for q in find_quantities(text, []) if q.value == value)
    assert (strength > 0.2) == counted  # (a name's word is kept weak, never read as the count)


def test_a_row_said_name_first_and_taken_back_whole_is_dropped(retail):
    from nlp.undone import undone
    text = "jumbo bag pink polkadot x 10, regency cakestand 3 tier 4 - no sorry, scrap that one"
    assert "cakestand" not in undone(text) and "polkadot x 10" in undone(text)


@pytest.mark.parametrize("said", ["- no, make that 9", "- no make that 9", ", oh, make that 9", "... sorry, make that 9"])
def test_a_take_back_word_before_make_that_recounts_the_row(said):
    from nlp.self_corrections import corrected
    got = corrected(f"4 x enamel jug {said}\n2 x tin sign")
    assert "9 x enamel jug" in got and "4" not in got


def test_an_earlier_purchase_counts_no_cancel_unless_the_cancel_points_back(retail):
    text = "We bought 10 jumbo bag pink polkadot in May. Please cancel 5 regency cakestand 3 tier."
    got = {(ln["sku"], ln["quantity"]) for ln in retail.extract(text, dt.date(2026, 6, 1))["lines"]}
    assert ("22386", 10) not in got and ("22423", 5) in got
    text = "We ordered 10 jumbo bag pink polkadot in May - please cancel those if they have not gone out."
    got = {(ln["sku"], ln["quantity"]) for ln in retail.extract(text, dt.date(2026, 6, 1))["lines"]}
    assert got == {("22386", 10)}


def test_the_n_remaining_is_the_rest_wanted_not_stock_held():
    assert 14 in _counts("please ship the 14 remaining tin signs from the back order")
    assert 14 not in _counts("tin signs: 14 remaining, please send 30")


def test_a_decimal_comma_needs_a_unit_word_not_a_t_shirt():
    from nlp.body_forms import decimal_commas
    assert decimal_commas("3,5 t of gravel") == "3.5 t of gravel"
    assert decimal_commas("sizes 10,12 t-shirts") == "sizes 10,12 t-shirts"
