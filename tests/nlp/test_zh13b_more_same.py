"""Chinese round 13, second wave: "再加N" of the same pack word (盘, 瓶, 副 too) is one count, the sum; more on an order
placed earlier is a change at that total."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.breakdowns import summed_more

TODAY = dt.date(2027, 3, 10)


@pytest.mark.parametrize("said,meant", [
    ("焊丝十盘，再加五盘", "焊丝15盘"),
    ("洗手液6瓶，另加4瓶。", "洗手液10瓶。"),
    ("手套二十副，多加十副", "手套30副"),
])
def test_more_of_the_same_pack_word_is_summed(said, meant):
    assert summed_more(said) == meant


def test_more_on_a_placed_order_keeps_the_raise():
    assert summed_more("上周订的焊丝十盘，再加五盘，一起发") == "上周订的焊丝加到15盘，一起发"


def test_more_on_a_placed_order_is_a_change(industrial):
    got = industrial.extract("前天订的抗磨液压油46号四桶，再加两桶，跟着一起送", TODAY)
    assert got["intent"] == "change"
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("OIL-HM46", 108)]  # six 18 L pails


def test_more_in_a_new_order_stays_an_order(industrial):
    got = industrial.extract("抗磨液压油46号四桶，再加两桶，明天送", TODAY)
    assert got["intent"] == "order"
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("OIL-HM46", 108)]  # six 18 L pails
