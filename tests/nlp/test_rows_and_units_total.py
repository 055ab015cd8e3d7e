"""A PO's summary of its rows beside the units they add up to ("Lines: 4 rows / 90 pcs total") names no product
(own wording)."""
from __future__ import annotations

import pytest

from nlp.branches import without_totals


@pytest.mark.parametrize("text", [
    "Order summary (4 lines, 90 units total):",
    "Goods - 2 rows; 30 pcs in total",
    "Requisition: 5 line items / 120 pieces total.",
])
def test_rows_beside_units_total_are_dropped(text):
    out = without_totals(text)
    assert "lines" not in out and "rows" not in out and "line items" not in out


def test_near_miss_a_count_of_lines_ordered_stays():
    assert "3 lines" in without_totals("Please send 3 lines of photo clips, 20 units each.")
