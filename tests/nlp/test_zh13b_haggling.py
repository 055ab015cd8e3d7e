"""Chinese round 13, second wave: dialect "how much" words and haggling ask a price; money knocked off counts nothing."""
from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize("text", [
    "6206-2RS轴承好多钱一套？要五十套",  # 湘鄂 "how much"
    "6206-2RS轴承几钿一套啊？阿拉要五十套",  # 吴 "how much"
    "6206-2RS轴承啥价钿？要五十套",
    "6206-2RS轴承么子价？要五十套",  # 湘 "what price"
])
def test_dialect_price_words_ask_a_quote(industrial, text):
    got = industrial.extract(text, TODAY)
    assert got["intent"] == "quote"
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("BRG-6206-2RS", 50)]


@pytest.mark.parametrize("text", [
    "6206-2RS上回报的25一套，有点高。再让三块，22一套我就要五十套，行的话回个话",
    "6206-2RS要五十套，都老关系了，每套能不能便宜一块？",
])
def test_haggling_waits_on_the_price(industrial, text):
    got = industrial.extract(text, TODAY)
    assert got["intent"] == "quote"
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("BRG-6206-2RS", 50)]


def test_money_knocked_off_is_no_count(retail):
    got = retail.extract("爆米花桶POPCORN HOLDER拿三百个，能不能再便宜五毛？", TODAY)
    assert got["intent"] == "quote"
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("22197", 300)]


def test_a_plain_order_of_one_set_still_counts(industrial):
    got = industrial.extract("6206-2RS轴承一套，明天送", TODAY)
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("BRG-6206-2RS", 1)]
