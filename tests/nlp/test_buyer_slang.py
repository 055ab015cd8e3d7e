"""A buyer's slang for a catalogue word: "sunnies" are sunglasses (own wording); a sunny remark names nothing."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 6, 1)


def test_sunnies_are_sunglasses(retail):
    got = retail.extract("Could we get 30 of the pink party sunnies for the beach shop?", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("84522", 30)}


def test_sunny_weather_remark_adds_no_line(retail):
    got = retail.extract("Please send 12 x popcorn holder. Lovely and sunny here!", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("22197", 12)}
