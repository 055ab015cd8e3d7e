"""Chinese round 13, second wave: a count split into batches (分两批送) is one line, due when its last batch is."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.breakdowns import without_batch_counts


@pytest.mark.parametrize("text,today,due", [
    ("6205轴承要四十套，分两批发：这周五先到二十套，其余二十套下个月15号前到就可以", "2027-03-01", "2027-04-15"),
    ("角钢要十吨，分两次送，第一批4吨明天到，剩下6吨月底前送齐", "2027-03-10", "2027-03-31"),
])
def test_batches_are_one_line_due_last(industrial, text, today, due):
    got = industrial.extract(text, dt.date.fromisoformat(today))
    assert got["intent"] == "order" and got["due_date"] == due
    assert len(got["lines"]) == 1 and got["lines"][0]["quantity"] in (40, 10)


def test_batch_counts_in_characters_beside_digit_dates(retail):
    got = retail.extract("JUMBO BAG RED RETROSPOT要三百个，分两批：4月8号前先来一百，余下两百4月28号前到", dt.date(2027, 3, 20))
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("85099B", 300)]
    assert got["due_date"] == "2027-04-28"


@pytest.mark.parametrize("text", [
    "要二十套，分两批，先发十套",  # parts short of the count: left as said
    "一共30个，先送10个，剩下的月底前",  # no split word
])
def test_counts_kept_without_a_full_split(text):
    assert without_batch_counts(text) == text


def test_a_split_month_is_no_count():
    assert "十二月底" in without_batch_counts("要二十套，分两批，十月底前十套，十二月底前十套")


@pytest.mark.parametrize("text,qty", [
    ("角钢那十吨，第一批4吨昨天到了，第二批6吨不要了", 6),
    ("6205轴承四十套分两批的，第二批那二十套取消，项目停了", 20),
])
def test_a_batch_called_off_cancels_its_count(industrial, text, qty):
    got = industrial.extract(text, dt.date(2027, 3, 10))
    assert got["intent"] == "cancel"
    assert [ln["quantity"] for ln in got["lines"]] == [qty]
