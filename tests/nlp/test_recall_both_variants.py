"""A family named once with "both sizes" / "both the large and the small one" after it: one line per sibling
told apart by that attribute, same count (own sentences)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 9, 14)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_both_sizes_counted(retail):
    got = retail.extract("Please send 10 red retrospot windmills, both sizes, for the fete.", TODAY)
    assert _lines(got) == {("21746", 10), ("21749", 10)}


def test_both_sizes_named_after_the_family(retail):
    got = retail.extract("Could you quote me for the vintage zinc watering can, both the large and the small one?", TODAY)
    assert {ln["sku"] for ln in got["lines"]} == {"23463", "23464"}


def test_one_size_said_stays_one_line(retail):
    got = retail.extract("Please send 10 large red retrospot windmills for the fete.", TODAY)
    assert _lines(got) == {("21749", 10)}
