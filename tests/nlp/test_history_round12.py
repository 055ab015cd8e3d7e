"""Counts of past sales and of stock still held are no order's counts; a count asked "if we took N" is (own sentences)."""
from __future__ import annotations

import pytest

from nlp.quantities import find_quantities, in_history


def _counts(text: str) -> list[tuple[float, bool]]:
    return [(q.value, in_history(text, q)) for q in find_quantities(text, [])]


@pytest.mark.parametrize("text,value,past", [
    ("is the star lantern back? last winter we sold 45 of them. this year maybe 60.", 45, True),
    ("is the star lantern back? last winter we sold 45 of them. this year maybe 60.", 60, False),
    ("we won't need the red tins this time, still have 18 from the spring.", 18, True),
    ("last summer i took 30 of the beach balls, so 20 this year please.", 30, True),
    ("what would the price be if we took 48 of each?", 48, False),
    ("could you quote the jugs if i took 12?", 12, False),
])
def test_past_sales_and_stock_held(text, value, past):
    assert (value, past) in _counts(text)


def test_still_have_asked_of_the_seller_is_no_past():
    assert (12, False) in _counts("do you still have 12 of the red tins?")


@pytest.mark.parametrize("text,value,counted", [
    ("low stock: kids apron red - 3 left. please send 10 of each", 3, False),
    ("we still had about 15 left in june, so 20 this year please", 15, False),
    ("please send 2 left-hand gloves", 2, True),
    ("please send 10 of each", 10, True),
])
def test_what_is_left_on_hand_is_no_count(text, value, counted):
    assert (value in [q.value for q in find_quantities(text, [])]) == counted


@pytest.mark.parametrize("text,value,counted", [
    ("do you stock the m8 nuts? we use about 4 boxes a week.", 4, False),
    ("we go through 3 pails per month of the grease, any in stock?", 3, False),
    ("please send 2 boxes a week until march", 2, True),
])
def test_a_rate_of_use_is_no_count(text, value, counted):
    assert (value in [q.value for q in find_quantities(text, [])]) == counted


@pytest.mark.parametrize("text,value,counted", [
    ("do you have the garden lanterns? we need 14 for the terrace", 14, True),
    ("deliver to 14 Rose Terrace, please", 14, False),
])
def test_a_place_after_a_preposition_is_no_address(text, value, counted):
    assert (value in [q.value for q in find_quantities(text, [])]) == counted
