"""A repeat of a quoted order (own sentences): a header set in dashes quotes the old mail, and goods still held
or skipped are left out of the repeat."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem
from nlp.clean import clean
from nlp.extractor import Extractor

ITEMS = [CatalogItem("MUG-FX", "Fox mug", "pcs"), CatalogItem("CDL-LV", "Lavender candle", "pcs"),
         CatalogItem("MAT-HM", "Home doormat", "pcs")]
OLD = "\n\n----- On Tue 3 Mar 2026 Sam wrote -----\nhello, 4 fox mugs, 8 lavender candles and 2 home doormats please"


def test_a_dashed_header_starts_the_history():
    got = clean("Same again please!" + OLD)
    assert got.body == "Same again please!" and "fox mugs" in got.history


@pytest.mark.parametrize("said,want", [
    ("Same again please.", {("MUG-FX", 4), ("CDL-LV", 8), ("MAT-HM", 2)}),
    ("Same again please, only the mugs and candles - we've still got doormats.", {("MUG-FX", 4), ("CDL-LV", 8)}),
    ("Same again but skip the doormats.", {("MUG-FX", 4), ("CDL-LV", 8)}),
])
def test_a_repeat_leaves_out_goods_still_held(said, want):
    got = Extractor(ITEMS).extract(said + OLD, dt.date(2026, 4, 1))
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == want
