"""A count or code before "V belt" / "v-belts" counts or names belts, not volts."""
from __future__ import annotations

import datetime as dt

from nlp.text import normalize

TODAY = dt.date(2026, 2, 9)


def test_the_count_stays_apart_from_the_belt():
    assert "12 v belts" in normalize("send 12 V belts")
    assert normalize("a 24 V lamp") == "a 24v lamp"  # a voltage stays glued


def test_counted_belts_are_lines(industrial):
    got = industrial.extract("please send 8 V-belts B-2000, and how soon for B-1600 v belts? need 5", TODAY)
    assert ("VB-B-2000", 8) in {(ln["sku"], ln["quantity"]) for ln in got["lines"]}
