"""A list row naming a family then two variants each counted with "x" ("bags pink x4 blue x4") is two lines,
also in a body laid out in rows or written with punctuation (own sentences)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 9, 14)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_x_counted_variants_in_rows(retail):
    got = retail.extract("stock for the fair\n10 jumbo bag red retrospot\negg hunt start posts green x3 blue x5\nthurs pls", TODAY)
    assert _lines(got) == {("85099B", 10), ("21460", 3), ("21461", 5)}


def test_x_counted_variants_after_a_colon(retail):
    got = retail.extract("Order:\n- 10 jumbo bag red retrospot\n- egg hunt start posts green x3 blue x5", TODAY)
    assert _lines(got) == {("85099B", 10), ("21460", 3), ("21461", 5)}
