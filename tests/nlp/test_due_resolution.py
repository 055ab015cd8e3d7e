"""Due dates the finder used to miss: dotted dates with a year, Cantonese 听日, a weekday before the one day named."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import due_date

MON = dt.date(2026, 6, 1)


@pytest.mark.parametrize("text,want", [
    # a dotted day.month.year (day first, as the sets' UK convention) in a form's column or a remark
    ("Item 10 | hinge brass | 6 | pcs | 19.06.2026", "2026-06-19"),
    ("Required on site: 03.07.2026.", "2026-07-03"),
    # Cantonese "tomorrow"
    ("麻烦送三箱手套过来，听日要。", "2026-06-02"),
    # "the Tuesday before" with the event's day written earlier and no event named after it
    ("Our fete is on Saturday 20 June. Could the bunting arrive the Tuesday before?", "2026-06-16"),
])
def test_found_and_resolved(text, want):
    assert str(due_date(text, MON)) == want


@pytest.mark.parametrize("text", [
    "Invoice 4471 dated 12.05.2026 is attached.",  # a past dotted date is no deadline
    "Offer valid until 30.06.2026.",  # a quote's validity
    "Could the trays come the Monday before?",  # no day named to count back from
])
def test_not_a_deadline(text):
    assert due_date(text, MON) is None
