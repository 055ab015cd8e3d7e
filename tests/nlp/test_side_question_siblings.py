"""A side question after the ordered lines ("send 12 x zinc heart wall planter, and what's the price on the large
…?") names the item it asks about; its size word does not swap the ordered item for that sibling (own wording)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 11, 2)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_ordered_item_keeps_its_size(retail):
    got = retail.extract("Please send 30 x popcorn holder, and what's the price on the large popcorn holder?", TODAY)
    assert _lines(got) == {("22197", 30)}


def test_size_in_the_same_clause_still_tells_the_sibling(retail):
    got = retail.extract("Please send 30 x popcorn holder, the large ones.", TODAY)
    assert _lines(got) == {("22198", 30)}
