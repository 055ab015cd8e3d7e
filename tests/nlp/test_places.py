"""Head-office allocations: "for all N shops … each shop takes …", totals said again (own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.branches import without_totals


def test_all_places_then_what_each_takes(small):
    got = small.extract("Order for all four stores: each store takes 3 x red hanging heart tea light holder and "
                        "2 x pink polkadot jumbo bag, so 12 and 8 in total.", dt.date(2026, 5, 4))
    assert sorted((ln["sku"], ln["quantity"]) for ln in got["lines"]) == [("21733", 12), ("22386", 8)]


def test_restated_total_only_after_an_allocation():
    assert without_totals("each of our 3 shops takes 2 x mugs, so 6 in total") == "each of our 3 shops takes 2 x mugs"
    assert without_totals("2 x mugs, so 6 in total") == "2 x mugs, so 6 in total"
