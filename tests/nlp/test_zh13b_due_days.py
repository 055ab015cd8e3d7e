"""Chinese round 13, second wave: the day an order is placed is no due date, the day goods are used is, and a form's
交付日期 / 期望日期 field is the delivery date, not the form's own."""
from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2027, 3, 10)


@pytest.mark.parametrize("text", [
    "6205轴承三十套，明天下单，先报个数",
    "6205轴承三十套，价钱合适我们明天就定",
    "6205轴承要三十套，今天就订购",
])
def test_order_day_is_no_due_date(industrial, text):
    assert industrial.extract(text, TODAY)["due_date"] is None


@pytest.mark.parametrize("text,due", [
    ("6205轴承有货吗？要三十套，大后天要用，五一前检修完", "2027-03-13"),
    ("6205轴承三十套，明天就得用，麻烦快点", "2027-03-11"),
])
def test_day_of_use_is_due(industrial, text, due):
    assert industrial.extract(text, TODAY)["due_date"] == due


@pytest.mark.parametrize("label", ["交付日期", "期望交付日期", "期望日期"])
def test_delivery_date_field_is_due(industrial, label):
    text = f"采购申请单\n申请部门：机修\n1. 6205轴承 30套\n{label}：2027-03-20\n请按明细送货"
    assert industrial.extract(text, TODAY)["due_date"] == "2027-03-20"


def test_form_date_field_still_no_due(industrial):
    text = "采购申请单\n申请人：王磊　日期：2027-03-10\n1. 6205轴承 30套"
    assert industrial.extract(text, TODAY)["due_date"] is None
