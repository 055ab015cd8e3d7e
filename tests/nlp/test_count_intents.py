"""Intent cues and a weekday of next week (own sentences): back-in-stock, account admin, a deal, counts swapped."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import find_dates
from nlp.intent import classify
from nlp.text import normalize


def _intent(text: str, n_lines: int = 1, has_qty: bool = True) -> str:
    return classify(normalize(text), n_lines, has_qty)


@pytest.mark.parametrize("text,n,has_qty,want", [
    ("When are the blue picnic hampers going to be back? Two customers have asked.", 1, False, "stock_query"),
    ("Who is our account manager these days? We'd like to review our credit terms.", 0, False, "other"),
    ("When is Priya back from leave? Need a word.", 0, False, "other"),  # a person back, no goods
    ("Could you give us a better deal on the jam jar lights if we take 40?", 1, True, "quote"),
    ("Please make the yellow cable eight rolls instead of six on Monday's order.", 1, True, "change"),
    ("Please make it 8 rolls instead of 6.", 1, True, "change"),
])
def test_intent_cues(text, n, has_qty, want):
    assert _intent(text, n, has_qty) == want


@pytest.mark.parametrize("said,want", [
    ("deliver next week tuesday please", dt.date(2026, 9, 15)),  # not the coming Tuesday
    ("deliver next week, on friday", dt.date(2026, 9, 18)),
    ("deliver friday next week", dt.date(2026, 9, 18)),
    ("deliver friday week", dt.date(2026, 9, 18)),
    ("deliver this friday", dt.date(2026, 9, 11)),
])
def test_weekday_of_next_week(said, want):
    (hit,) = find_dates(said, dt.date(2026, 9, 8))  # a Tuesday
    assert hit.date == want
