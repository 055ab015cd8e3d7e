"""A swap and another item dropped in one change: the dropped item is a line at 0 beside the swap's new variant."""
from __future__ import annotations

import datetime as dt


def test_the_dropped_item_stays_a_zero_line(retail):
    text = "On order 44120 please swap the lunch bag spaceboy for lunch bag woodland, 10 as before, and drop the jumbo bag owls entirely."
    lines = {(ln["sku"], ln["quantity"]) for ln in retail.extract(text, dt.date(2026, 7, 1))["lines"]}
    assert {("20726", 10), ("20713", 0)} <= lines and "22382" not in {sku for sku, _ in lines}
