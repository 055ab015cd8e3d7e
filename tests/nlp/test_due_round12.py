"""Due dates of the twelfth round's wordings: Easter days, a dotted day after "latest", a deadline drawn from an event
with "so", the day a feast falls on, a weekend of a day (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import due_date

MON = dt.date(2026, 3, 2)


@pytest.mark.parametrize("year,want", [(2026, "2026-04-05"), (2027, "2027-03-28"), (2030, "2030-04-21")])
def test_easter_sunday(year, want):
    # the day moves with the year (dateutil's computus); asked in January, it is that spring's
    got = due_date("need the baskets before Easter Sunday please", dt.date(year, 1, 10))
    assert got and got.isoformat() == want


@pytest.mark.parametrize("text,want", [
    # a named Easter day given as the deadline is that day
    ("Could the mugs reach us before Good Friday? 12 of each colour.", "2026-04-03"),
    ("We need the bunting by Easter Monday for the village fete.", "2026-04-06"),
    ("Please send 6 egg cups for our easter table display.", None),
    # a dotted day.month after "latest" (a European writer's date)
    ("24 lanterns for the terrace, delivery latest 20.04. please.", "2026-04-20"),
    # an event's day in brackets, then the deadline said with "so latest" / "so by the <weekday>"
    ("For our spring window (Saturday 21st March) - so latest Wed 18th please.", "2026-03-18"),
    ("For the open garden on Sunday 22nd March - so by the Friday?", "2026-03-20"),
    # the day a feast falls on, said of it, is no deadline
    ("For the spring fair (it falls on 15 March this year) we'd like 20 mugs, please send asap.", None),
    # "the weekend of the 14th" names the 14th
    ("Craft stall stock: 12 tins, 6 jugs. Need for the wknd of the 14th", "2026-03-14"),
])
def test_round12_due(text, want):
    got = due_date(text.lower(), MON)
    assert (got.isoformat() if got else None) == want


@pytest.mark.parametrize("text,want", [
    # every fixed-date holiday by each of its spellings (one table, FIXED_DAYS, resolves them all)
    ("need the heart garlands before st valentine's day", "2026-02-14"),
    ("jack o lantern lights by hallowe'en please", "2026-10-31"),
    ("sparklers in before bonfire night", "2026-11-05"),
    ("国庆前送到", "2026-10-01"),
    ("五一劳动节前到货", "2026-05-01"),
    ("平安夜前要", "2026-12-24"),
])
def test_fixed_day_holidays(text, want):
    got = due_date(text, dt.date(2026, 1, 20))
    assert (got.isoformat() if got else None) == want
