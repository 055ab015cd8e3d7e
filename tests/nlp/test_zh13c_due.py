"""Chinese round 13, third wave due dates: a time of rush work (年底赶工, 月底赶进度) is when the work happens; a
deadline said for the goods wins over it."""
from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2027, 12, 20)


@pytest.mark.parametrize("text,due", [
    ("工地年底要赶工，6205轴承三十套，元旦前到", "2028-01-01"),
    ("月底抢工，6205轴承三十套，25号前送过来", "2027-12-25"),
    ("6205轴承三十套，年底前送到", "2027-12-31"),  # (the year's end said for the goods stays the deadline)
])
def test_rush_work_is_no_deadline(industrial, text, due):
    assert industrial.extract(text, TODAY)["due_date"] == due


@pytest.mark.parametrize("text", [
    "上周那批6205轴承送货地址改一下，送到建设路25号，数量不变",
    "6205轴承三十套，送到中山街八号仓库",
])
def test_street_number_is_no_day(industrial, text):
    assert industrial.extract(text, TODAY)["due_date"] is None
