"""A measure in brackets after a count of packs ("2 pails (18 l)", "1 roll (50 m)") is what a pack holds, no count."""
from __future__ import annotations

import datetime as dt

from nlp.quantities import find_quantities


def test_the_bracketed_measure_is_no_candidate():
    qs = find_quantities("4 pails (15 kg) of grease", [])
    assert [q.value for q in qs if q.strength >= 0.5] == [4]


def test_one_roll_counts_its_stated_length(industrial):
    got = industrial.extract("please send 1 roll YJV 4x25 (50 m) to site", dt.date(2026, 6, 8))
    assert ("CAB-YJV-4X25", 50) in {(ln["sku"], ln["quantity"]) for ln in got["lines"]}
