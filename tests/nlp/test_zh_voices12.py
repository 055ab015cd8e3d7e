"""Chinese voices of the twelfth set: dictation, stock alerts, swaps, ranges (invented sentences, one rule each)."""
from __future__ import annotations

import datetime as dt

from nlp.quantities import find_quantities

TODAY = dt.date(2026, 11, 25)


def pairs(result: dict) -> set:
    """(sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_count_before_a_price_question_is_a_count():
    """"三十个多少钱" asks the price of thirty; "一盒多少片" asks what a box holds."""
    assert [(q.value, q.strength) for q in find_quantities("闸阀三十个多少钱", [])] == [(30.0, 3.0)]
    assert all(q.strength == 0 for q in find_quantities("一盒多少片", []))


def test_numeral_of_a_word_after_a_count_marker_is_no_count():
    """"数量一样" says "the same quantity": its 一 is part of 一样, not a count of one."""
    assert find_quantities("数量一样", []) == []
    assert [q.value for q in find_quantities("数量：三十", [])] == [30.0]


def test_stock_alert_counts_what_is_to_be_made_up(industrial):
    """A forwarded stock alert: the on-hand and safety-stock figures are levels, the 需补 figure the order."""
    r = industrial.extract("请照企业微信提醒补货：\n【库存预警】6206-2RS 现存3套，安全库存20套，需补17套；6204（开式）现存5套，需补15套。",
                           TODAY)
    assert pairs(r) == {("BRG-6206-2RS", 17), ("BRG-6204", 15)}
    assert [q.strength for q in find_quantities("结存6盒", [])] == [0.2]
