""""a couple each of A and B": two of every item named after it (own sentences)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 9, 14)


def test_a_couple_each_of_two_items(retail):
    got = retail.extract("Could you send a couple each of the large skull windmill and the small red retrospot windmill", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("21750", 2), ("21746", 2)}


def test_a_couple_of_still_two(retail):
    got = retail.extract("Please send a couple of the large skull windmills", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("21750", 2)}
