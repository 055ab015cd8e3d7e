"""Chat rows that lost the point after their row number ("1 brass hinge 75mm - 10 pcs") read the number as a row's."""
from __future__ import annotations

from nlp.bare_text import numbered_rows


def test_rows_in_turn_with_their_own_counts_are_numbered():
    """Lines opening 1, 2 in turn, each counting later, get "1. " / "2. "."""
    text = "pls send\n1 brass hinge 75mm - 10 pcs\n2 wood screw 4x30 - 200 pcs\nthanks"
    assert numbered_rows(text) == "pls send\n1. brass hinge 75mm - 10 pcs\n2. wood screw 4x30 - 200 pcs\nthanks"


def test_counts_that_lead_their_goods_stay():
    """ "1 box of …" / "2 boxes of …": the numbers are counts (a unit follows), not row numbers."""
    text = "1 box of brass hinges\n2 boxes of wood screws 4x30"
    assert numbered_rows(text) == text


def test_rows_without_counts_of_their_own_stay():
    """ "1 oak shelf" / "2 pine shelves": with no other count on the line the number is the count."""
    text = "1 oak shelf\n2 pine shelves"
    assert numbered_rows(text) == text


def test_numbers_out_of_turn_stay():
    """Lines opening 2 then 5 are no numbered list."""
    text = "2 oak shelves x 4\n5 pine shelves x 2"
    assert numbered_rows(text) == text
