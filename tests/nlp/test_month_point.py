"""A full month name closing its sentence is no day with the count that opens the next one."""
from __future__ import annotations

import datetime as dt

from nlp.dates import find_dates

TODAY = dt.date(2026, 12, 20)


def _days(text):
    return [h.date for h in find_dates(text, TODAY)]


def test_a_count_after_a_month_s_full_stop_is_no_day():
    assert _days("stocking up for february. 12 jumbo bag owls please") == []


def test_an_abbreviated_month_still_takes_its_day():
    assert _days("need them by feb. 12 please") == [dt.date(2027, 2, 12)]


def test_a_month_closing_a_sentence_before_a_word_is_as_before():
    assert _days("delivery on 9 january. thanks") == [dt.date(2027, 1, 9)]
