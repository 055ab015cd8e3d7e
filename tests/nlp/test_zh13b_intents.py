"""Chinese round 13, second wave: "sent whenever stocked" orders (嘛时候有货嘛时候送); "单子改一下" before a line
dropped announces a cancellation, not a recount."""
from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2027, 3, 10)


@pytest.mark.parametrize("text", [
    "6205轴承要三十套，啥时候有货啥时候送，不赶",
    "6205轴承三十套，几时有货几时发",
    "6205轴承三十套，有货了就送过来，不急",
])
def test_sent_whenever_stocked_is_an_order(industrial, text):
    got = industrial.extract(text, TODAY)
    assert got["intent"] == "order"
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("BRG-6205", 30)]


def test_whenever_stocked_asked_stays_a_question(industrial):
    assert industrial.extract("6205轴承三十套，有货就发吗？", TODAY)["intent"] != "order"


@pytest.mark.parametrize("text", [
    "前天那张单子改一下啦，6205轴承不要了，其他照旧",
    "上周的订单改一下，6205轴承取消，别的照发",
])
def test_edit_announced_then_a_line_dropped_cancels(industrial, text):
    got = industrial.extract(text, TODAY)
    assert got["intent"] == "cancel"
    assert [ln["sku"] for ln in got["lines"]] == ["BRG-6205"]


def test_recount_after_the_announcement_is_a_change(industrial):
    got = industrial.extract("上周的订单改一下，6205轴承改成二十套，6206轴承取消", TODAY)
    assert got["intent"] == "change"
