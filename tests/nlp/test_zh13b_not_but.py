"""Chinese round 13, second wave: "不是X是Y" takes back a count said before; said of an earlier day's message
(昨天说的…说错了) it changes the placed order."""
from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2027, 3, 10)


@pytest.mark.parametrize("text,qty", [
    ("6205轴承要的不是三十套呀是四十套", 40),
    ("6205轴承不是二十套，是二十五套", 25),
])
def test_count_after_not_but_is_the_count(industrial, text, qty):
    got = industrial.extract(text, TODAY)
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("BRG-6205", qty)]


def test_earlier_day_taken_back_is_a_change(industrial):
    got = industrial.extract("王总，前天电话里说的6205轴承不是三十套是四十套，我说错了，别的照旧", TODAY)
    assert got["intent"] == "change"
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("BRG-6205", 40)]


def test_a_new_order_mended_in_place_stays_an_order(industrial):
    got = industrial.extract("6205轴承要的不是三十套呀是四十套，明天送", TODAY)
    assert got["intent"] == "order"
