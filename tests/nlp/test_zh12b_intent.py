"""Chinese round-12 second wave, intents: 请报 asks prices, one's own stock left, damp goods complained of (own sentences)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 12, 10)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_please_quote_asks_a_price(industrial):
    got = industrial.extract("请报：Q235B 12mm板子5吨", TODAY)
    assert got["intent"] == "quote" and _lines(got) == {("PL-Q235B-12", 5)}


def test_own_stock_left_then_topped_up_is_an_order(industrial):
    got = industrial.extract("盘完库了：蓝色丁腈手套L号库存只剩2盒，补到12盒", TODAY)
    assert got["intent"] == "order" and _lines(got) == {("GLV-NIT-BU-L", 10)}


def test_stock_left_asked_is_a_stock_question(industrial):
    assert industrial.extract("蓝色丁腈手套L号库存还剩5盒吗？", TODAY)["intent"] == "stock_query"


def test_damp_goods_complained_of_is_other(industrial):
    got = industrial.extract("货款已经付了。上回那批焊条有两箱受潮了，下次注意点。", TODAY)
    assert got["intent"] == "other" and not got["lines"]


def test_only_so_many_in_stock_then_topped_up(industrial):
    got = industrial.extract("M号蓝色丁腈手套库存只有4盒，补到20盒", TODAY)
    assert got["intent"] == "order" and _lines(got) == {("GLV-NIT-BU-M", 16)}


def test_so_many_in_stock_asked_stays_a_count(industrial):
    got = industrial.extract("M号蓝色丁腈手套库存还有4盒吗？", TODAY)
    assert got["intent"] == "stock_query" and _lines(got) == {("GLV-NIT-BU-M", 4)}


def test_leaking_drums_complained_of_is_other(industrial):
    got = industrial.extract("前天到的白漆有一桶漏了，流了一车厢", TODAY)
    assert got["intent"] == "other" and not got["lines"]


def test_something_left_out_then_added_still_orders(industrial):
    assert industrial.extract("刚才漏了一样，M10螺母再加10盒", TODAY)["intent"] == "order"


def test_dialect_when_in_stock_asks_stock(industrial):
    assert industrial.extract("甚时候能有货？6205轴承要60套", TODAY)["intent"] == "stock_query"
    assert industrial.extract("最快几时能发？M10螺母8盒", TODAY)["intent"] == "stock_query"
