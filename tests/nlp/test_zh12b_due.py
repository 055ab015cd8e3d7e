"""Chinese round-12 second wave, due dates: 平安夜 as a deadline, a record header's day (own sentences)."""
from __future__ import annotations

import datetime as dt

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
