"""A bracket listing the variants of a product with a count inside each part ("the valves (3 x DN50 gate,
5 x DN150 butterfly)"): each variant gets its own count (own sentences)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 9, 14)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_counts_inside_bracket_parts(industrial):
    got = industrial.extract("Please supply the valves (3 x DN80 check, 5 x DN100 butterfly)", TODAY)
    assert _lines(got) == {("VLV-CHK-DN80", 3), ("VLV-BFLY-DN100", 5)}


def test_total_before_bracket_split_inside(retail):
    got = retail.extract("Could we get 8 children's garden spades (5 blue, 3 pink)", TODAY)
    assert _lines(got) == {("22514", 5), ("22515", 3)}


def test_each_count_outside_bracket_unchanged(industrial):
    got = industrial.extract("the gate valves (DN80 and DN100), 4 each", TODAY)
    assert _lines(got) == {("VLV-GATE-DN80", 4), ("VLV-GATE-DN100", 4)}
