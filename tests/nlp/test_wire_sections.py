"""A building wire's cross-section said in mm ("3 rolls of 4mm blue BV" for BV 4 mm²), while "10mm" stays a plate's
or a channel's size (own wording)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 10, 12)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_wire_section_in_mm(industrial):
    got = industrial.extract("Please send 3 rolls of 4mm red BV.", TODAY)
    assert _lines(got) == {("CAB-BV-4-RE", 300)}


def test_ten_mm_stays_plate(industrial):
    got = industrial.extract("Please send 2 t of Q345B 12mm plate and 1 t of the 10mm.", TODAY)
    assert _lines(got) == {("PL-Q345B-12", 2), ("PL-Q345B-10", 1)}
