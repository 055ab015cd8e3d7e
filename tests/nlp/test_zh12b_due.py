"""Chinese round-12 second wave, due dates: 平安夜 and other named days (lunar, fixed, nth Sunday), a record header's day (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import due_date
from nlp.text import normalize

TODAY = dt.date(2026, 12, 10)


def test_christmas_eve_is_a_deadline():
    assert due_date(normalize("平安夜之前把油漆送来"), TODAY) == dt.date(2026, 12, 24)


def test_a_record_header_day_is_no_deadline():
    assert due_date(normalize("订货会记录（12/18 上海）\n1. 白色心形挂灯 ×20\n2. 定金已收"), TODAY) is None
    assert due_date(normalize("12/18前送到\n1. 白色心形挂灯 ×20"), TODAY) == dt.date(2026, 12, 18)


def test_christmas_night_said_as_the_eve():
    assert due_date(normalize("圣诞夜前要到货"), TODAY) == dt.date(2026, 12, 24)
    assert due_date(normalize("圣诞节前要到货"), TODAY) == dt.date(2026, 12, 25)


def test_a_record_word_elsewhere_leaves_the_day():
    assert due_date(normalize("记录一下：12月18号送到"), TODAY) == dt.date(2026, 12, 18)


@pytest.mark.parametrize("text,today,want", [
    ("除夕之前把货送来", "2026-12-10", "2027-02-05"),  # the eve of the Spring Festival
    ("腊八前到就行", "2026-01-05", "2026-01-26"),  # lunar 12/8 of the year before falls in January
    ("重阳节前送到老年活动中心", "2026-09-01", "2026-10-18"),
    ("七夕前要到货", "2026-07-01", "2026-08-19"),
    ("冬至前送过来", "2026-12-01", "2026-12-22"),
    ("情人节前送到店里", "2027-01-20", "2027-02-14"),
    ("三八节前要", "2027-02-20", "2027-03-08"),
    ("双十一前到货，备货用", "2026-10-01", "2026-11-11"),
    ("母亲节之前要送到", "2027-04-20", "2027-05-09"),  # the second Sunday of May
    ("父亲节前到", "2026-06-01", "2026-06-21"),  # the third Sunday of June
    ("双十一备货：红点jumbo bag 50个", "2026-10-01", None),  # (a theme, no "before")
])
def test_more_named_days(text, today, want):
    got = due_date(normalize(text), dt.date.fromisoformat(today))
    assert (got.isoformat() if got else None) == want
