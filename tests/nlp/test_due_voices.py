"""Due dates in newer customer wordings: own-cue days, weekdays before a dated event, replies by, stock asks (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import due_date

WED = dt.date(2026, 11, 25)


@pytest.mark.parametrize("text,want", [
    # "by the Nth" beats an event day stated next to it
    ("The shop reopens on the 10th, so by the 8th please.", "2026-12-08"),
    ("Gallery launch is 12 December - by the 9th if you can.", "2026-12-09"),
    # "before 28th this month" without "the"
    ("Kindly arrange delivery before 28th this month, the machine is stopped.", "2026-11-28"),
    # that weekday before an event dated elsewhere in the message
    ("Our craft fair is on Saturday 12 December. Could the boxes come the Wednesday before the fair?", "2026-12-09"),
    ("The wedding is Sunday 20 December; please deliver the Friday before the wedding.", "2026-12-18"),
    # a reply asked by a date is no deadline for the goods
    ("Please reply with your best price and delivery time by 30/11.", None),
    ("Please reply by 30/11, we need the goods delivered by 10/12.", "2026-12-10"),
    # goods collected on a day are wanted that day
    ("40 paper straws, I'll collect tmrw morning", "2026-11-26"),
    # SMS shorthand for tomorrow
    ("6 tin buckets n 4 trowels, by 2moro pls", "2026-11-26"),
    ("3 boxes of the m8 washers 2moro if poss ta", "2026-11-26"),
    # a quote's reply deadline written as a form field
    ("Enquiry 5120\nItem\tQty\nGate valve DN65\t4\nQuote due: 04/12/2026", None),
    # weekdays of a weekly schedule are no dates
    ("Please send 10 rolls of twine. Our loading bay is open Mon-Fri, 8 till 4.", None),
    ("Could you post 20 gift bags? Sue (shop, Weds & Sats)", None),
    # an event's day with "by then" after it is the deadline
    ("Any of the enamel jugs left? We open the new cafe on Saturday 12 December and need them here by then.", "2026-12-12"),
    # a plan's bare week number yields to a day with its own cue
    ("施工计划 第50周\n1. 角钢 2吨\n2. 槽钢 1吨\n备注：12月9日前到场", "2026-12-09"),
    # "next week <day>" is that day of next week
    ("order for next week friday: 6 enamel jugs", "2026-12-04"),
    ("deliver next week, Tuesday if poss", "2026-12-01"),
    # a grade in a table's spec column is no day of the month
    ("询价单\n名称\t规格\t数量\n锂基脂\t2号\t4桶\n请报含税价", None),
])
def test_due_voices(text, want):
    got = due_date(text, WED)
    assert (got.isoformat() if got else None) == want


def test_a_counted_stock_question_keeps_its_deadline(small):
    """ "can you do N by the end of the month?" wants N by then; "can you ship today?" only asks."""
    got = small.extract("Could you do 6 tonnes of Q235 10mm plate by the end of the month, or what's your lead time?", WED)
    assert got["intent"] == "stock_query" and got["due_date"] == "2026-11-30"
    got = small.extract("Q235钢板10厚有货吗？要三吨，今天能发吗", WED)
    assert got["intent"] == "stock_query" and got["due_date"] is None
    got = small.extract("Q235钢板8厚还有吗，要六吨，后天能送吗", WED)  # a later day: the count is wanted then
    assert got["intent"] == "stock_query" and got["due_date"] == "2026-11-27"


def test_day_asked_with_a_part_of_it():
    """ "tomorrow afternoon if you can" asks for that day; no other cue stands near the date (not even the "in" of
    "bearings"), so only the asking words after the part of the day can make it due."""
    import datetime as dt
    import re

    from nlp.due_cues import is_due
    for text in ("6 of the sealed cups tomorrow if you can", "6 of the sealed cups tomorrow afternoon if you can"):
        m = re.search("tomorrow", text)
        assert is_due(text, m, "rel", dt.date(2026, 5, 6), dt.date(2026, 5, 5)), text
