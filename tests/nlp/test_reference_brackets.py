"""A bracket of the buyer's own references after the goods ("(asset tags FV-201 to FV-203)") names no goods
(own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize("text, want", [
    ("Please send 3 x DN80 check valves (tags FV-201 to FV-203).", ("VLV-CHK-DN80", 3)),
    ("We need 2 x DN150 butterfly valves for the cooling loop (asset tags FV-310 to FV-311).", ("VLV-BFLY-DN150", 2)),
    ("Quote: 6 x DN100 gate valves (tags FV-101 to FV-106).", ("VLV-GATE-DN100", 6)),
])
def test_reference_bracket_is_cut(industrial, text, want):
    assert {(ln["sku"], ln["quantity"]) for ln in industrial.extract(text, TODAY)["lines"]} == {want}
