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


def test_candle_said_for_the_tea_light_a_holder_takes(retail):
    got = retail.extract("Do you still do the white hanging hearts you put a candle in? We'd want 2 dozen.", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("85123A", 24)}


def test_candle_holder_by_its_own_name_stays(retail):
    got = retail.extract("Please send 6 white hanging beads candle holders.", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("71038", 6)}
