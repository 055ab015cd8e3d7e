"""Replies to a quoted offer: rows taken by number or position, a row's new count, a re-quote of every row."""
from __future__ import annotations

import datetime as dt

from nlp.quote_picks import new_counts, picked_rows, requoted_each

DAY = dt.date(2026, 5, 12)
OFFER = ("> Our quotation 7781\n> 1. Jumbo bag pink polkadot - 100 @ £1.60\n> 2. Lunch bag pink polkadot - 50 @ £1.40\n"
         "> 3. Regency cakestand 3 tier - 10 @ £9.95\n> Valid 14 days")


def _pairs(got):
    return sorted((ln["sku"], ln["quantity"]) for ln in got["lines"])


def test_rows_taken_by_number_with_a_new_count(small):
    got = small.extract("Thanks Jo - we'd like to take items 1 and 3, but 20 of item 3 please.\n\n" + OFFER, DAY)
    assert got["intent"] == "order" and _pairs(got) == [("22386", 100), ("22423", 20)]


def test_rows_taken_by_position_keep_the_quoted_counts(small):
    got = small.extract("Hi Jo, we'll go with the first two lines for now, same quantities as quoted.\n\n" + OFFER, DAY)
    assert got["intent"] == "order" and _pairs(got) == [("22384", 50), ("22386", 100)]


def test_a_requote_of_each_row(small):
    got = small.extract("Could you re-quote at 200 of each instead? Hoping for a better price.\n\n" + OFFER, DAY)
    assert got["intent"] == "quote" and _pairs(got) == [("22384", 200), ("22386", 200), ("22423", 200)]


def test_no_pick_without_numbered_rows():
    assert picked_rows("we'll take lines 1 and 2", "Jumbo bag pink 100\nLunch bag 50") is None
    assert picked_rows("take the last line", "1. a\n2. b\n3. c") == [(3, "c")]
    assert picked_rows("please take item 2 off the order", "1. a\n2. b") is None  # taken off, not taken
    assert new_counts("but 36 of line 3 instead of the 24") == {3: 36.0}
    assert requoted_each("please quote 48 of each") is None
