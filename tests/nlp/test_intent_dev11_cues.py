"""Intent cues met in dev11: stock asked on someone's behalf ("do we have …", "ask whether they have …") and a new
order corrected at once ("- no wait, make that …"), which changes no placed order (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize("text", [
    "Man at the counter asking - do we have 4 x DN100 gate valves? He'd collect today.",
    "Can you check whether they have 6 boxes of blue nitrile gloves L for us?",
    "Ring the depot and see if they still have 2 x DN150 butterfly valves please.",
])
def test_stock_asked_for_someone(industrial, text):
    assert industrial.extract(text, TODAY)["intent"] == "stock_query"


@pytest.mark.parametrize("text", [
    "Can I order 6 of the blue nitrile gloves L - no wait, make that the M ones.",
    "Need 4 boxes blue nitrile gloves L - no, make that M.",
    "Need 2 x DN100 gate valves, no wait, make that DN80.",
])
def test_a_new_order_corrected_at_once_stays_an_order(industrial, text):
    assert industrial.extract(text, TODAY)["intent"] == "order"


def test_a_placed_order_corrected_is_a_change(industrial):
    assert industrial.extract("Re PO 4471: the DN100 gate valves - no, make that 6.", TODAY)["intent"] == "change"


@pytest.mark.parametrize("text", [
    "Our 3 pails HM46 oil - can they come on the Tuesday rather than the Wednesday?",
    "PO 5521: can the DN100 gate valves come Fri 4th instead of the Thursday?",
])
def test_a_day_swapped_for_the_weekday_is_a_change(industrial, text):
    assert industrial.extract(text, TODAY)["intent"] == "change"
