"""Chinese round 13, second wave: days of the lunar calendar (正月十八, 冬月初十, 小年) set a due date."""
from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize("text,today,due", [
    ("Q235钢板8厚三吨，正月十六之前送到", "2027-01-20", "2027-02-21"),  # 2027: 春节 6 Feb, 正月十六 21 Feb
    ("上回订的6205轴承二十套，推到正月二十再送", "2027-01-20", "2027-02-25"),
    ("冬月初十前要6205轴承二十套", "2026-11-30", "2026-12-18"),  # 冬月初一 = 9 Dec 2026
    ("腊月二十前送两吨Q235钢板8厚", "2026-12-20", "2027-01-27"),  # 腊月初一 = 8 Jan 2027
])
def test_lunar_days_are_due(industrial, text, today, due):
    got = industrial.extract(text, dt.date.fromisoformat(today))
    assert got["due_date"] == due


def test_little_new_year_before_is_due(industrial):
    got = industrial.extract("小年前把6205轴承二十套送过来，之后工地就停了", dt.date(2027, 1, 10))
    assert got["due_date"] == "2027-01-30"  # 腊月二十三


def test_solar_month_day_stays_solar(industrial):
    got = industrial.extract("二月十八号前送6205轴承二十套", dt.date(2027, 1, 10))
    assert got["due_date"] == "2027-02-18"
