"""Numbers that look like counts but refer or restate: a position on an order ("position 3", "Pos. 2"), an order
reference after "from" ("the red wire from SO-44120"), a count restated in brackets ("(that's 60 cups)") (own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.mentions import mention_text
from nlp.quantities import find_quantities

TODAY = dt.date(2026, 8, 3)


def _values(text: str) -> list[float]:
    return [q.value for q in find_quantities(text, [])]


def test_position_number_is_no_count():
    assert _values("please delete position 3 of our order") == []
    assert _values("pos. 2 stays") == []
    assert _values("the 3 positions") == [3]


def test_restated_count_in_brackets_is_no_count():
    assert _values("10 packs of cups (that's 60 cups)") == [10]
    assert _values("10 packs of cups (i.e. 60 cups)") == [10]
    assert _values("make them pink (so 24 pink in total)") == [24]  # a new total, not a restatement


def test_order_reference_after_from_leaves_the_mention():
    assert mention_text("the red bv wire from so-44120 please") == "the red bv wire please"
    assert mention_text("the wire from the m8 set") == "the wire from the m8 set"


def test_position_cancelled_with_its_count(retail):
    got = retail.extract("Please cancel position 3 of order 5521 (jumbo bag pink polkadot, 40 pcs.). Position 1 stays.",
                         TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("22386", 40)}


def test_cancel_from_a_reference(industrial):
    got = industrial.extract("Cancel the 200 m of BV earth wire from SO-55871 please, not needed now.", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("CAB-BV-2.5-YG", 200)}


def test_count_with_its_unit_after_a_colon_is_no_floor_number():
    assert _values("paint for the warehouse floor: 6 sets") == [6]
    assert _values("deliver to floor 3 please") == []


def test_floor_paint_sets_after_a_heading(industrial):
    got = industrial.extract("Grey epoxy floor paint for the loading bay floor: 5 sets please.", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("PNT-EPX-GY", 100)}


def test_day_of_this_month_is_no_count():
    assert _values("deliver before the 20 of this month?") == []
    assert _values("20 of the mugs") == [20]


def test_order_line_words_leave_the_mention():
    assert mention_text("please cancel that line") == "please cancel"
    assert mention_text("lines 1 and 3 approved") == "approved"
    assert mention_text("the photo clip line") == "the photo clip line"


def test_cancel_that_line_counts_the_item_named_before(retail):
    got = retail.extract("We won't need the jumbo bag pink polkadot after all. Please cancel that line (40 pcs).", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("22386", 40)}
