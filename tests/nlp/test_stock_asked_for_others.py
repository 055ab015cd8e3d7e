"""Stock asked on someone else's behalf: "do we have …" (a colleague or a phone call passed on), "ask whether they
have …" (own sentences)."""
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
