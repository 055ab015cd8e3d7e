"""Due dates on round-11 kinds of wording: named days, northern 明儿个, restated days, mid next month, suffixless and
bracketed days, list and sign-off dates, a reply's hour, a stock question's "today" (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import due_date

WED = dt.date(2026, 11, 25)
THU = dt.date(2026, 12, 31)


@pytest.mark.parametrize("text,today,want", [
    # a named day is that day
    ("could the robin cards get here before Christmas?", WED, "2026-12-25"),
    ("the wreaths by Christmas Eve please", WED, "2026-12-24"),
    ("we'd want the bunting by New Year", WED, "2027-01-01"),
    ("party stock before New Year's Eve, thanks", WED, "2026-12-31"),
    ("for our Christmas window: 12 stars", WED, None),  # (no "before": a theme, no deadline)
    # northern "tomorrow" / "day after"
    ("角钢给整三吨，明儿个就要", WED, "2026-11-26"),
    ("螺母五盒后儿个送过来", WED, "2026-11-27"),
    # a day restated after a rough one
    ("放假后第一天送，也就是1月5号", THU, "2027-01-05"),
    # mid next month before 再送; a day asked with a question mark
    ("那批油漆先别送，下个月中旬再送", WED, "2026-12-15"),
    ("原定30号的轴承能不能提前到28号？", WED, "2026-11-28"),
    ("月中旬的时候", WED, "2026-12-15"),
    # a day without its suffix, before "of this month"; a bare ordinal in brackets
    ("can the cushions come before the 28 of this month?", WED, "2026-11-28"),
    ("bump the mugs to 40, delivery day as agreed (30th)", WED, "2026-11-30"),
    ("Unit (3rd floor) please", WED, None),  # (a floor, not a day)
    ("we had 28 of the mugs last month", WED, None),  # (a count, no "of this month" day)
    # a list's own week and a past order's week are no deadline
    ("Weekly list — Corner Shop — wk 50\n\nmugs – 6", WED, None),
    ("same as wk 47 but 2 more tins", WED, None),
    ("please deliver in week 50", WED, "2026-12-11"),  # (the week the goods are wanted)
    ("Weekly top-up — w/e 28 Nov\n\ncandles 12", WED, None),
    # a sign-off's date
    ("Line 1: 6 x mugs\nApproved: Shop Manager (J. Doe) 27/11/2026", WED, None),
    ("Line 1: 6 x mugs\nHOD – K. Lee – APPROVED 27/11/2026", WED, None),
    ("Line 1: 6 x mugs, needed 27/11/2026", WED, "2026-11-27"),
    # when the quotations must be back, an hour said first
    ("Quotations for the below are to be returned by 4pm on Friday 4 December.", WED, None),
    ("Goods to be delivered by 4pm on Friday 4 December.", WED, "2026-12-04"),
])
def test_due_round11(text, today, want):
    got = due_date(text, today)
    assert (got.isoformat() if got else None) == want


def test_stock_question_today_is_urgency(industrial):
    """ "in stock? need 10 today" says how soon, as ASAP does; a later day asked keeps it."""
    today = dt.date(2026, 3, 10)
    got = industrial.extract("Got any 6205 open bearings in stock? Need 6 today, the press is stopped.", today)
    assert got["intent"] == "stock_query" and got["due_date"] is None
    got = industrial.extract("Got any 6205 open bearings in stock? Need 6 by Friday.", today)
    assert got["due_date"] == "2026-03-13"


def test_a_month_without_its_day_is_no_option(retail):
    """ "Early next month is fine" names no day: no date, whatever the learned picker would make of it."""
    got = retail.extract("Please send 20 x wooden regatta bunting. Early next month is fine.", dt.date(2026, 6, 10))
    assert got["due_date"] is None
    got = retail.extract("Please send 20 x wooden regatta bunting by the 3rd of next month.", dt.date(2026, 6, 10))
    assert got["due_date"] == "2026-07-03"


def test_a_full_month_names_point_ends_its_sentence_in_windows_too():
    """date_spans and dates spell a month once: "mid January. 24 jumbo bags" takes no day from the count."""
    from nlp import date_spans, dates
    assert dates._MON is date_spans._MON
    assert due_date("stock up for mid January. 24 jumbo bags please", WED) == dt.date(2027, 1, 15)
