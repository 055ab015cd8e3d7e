"""An aside about an earlier order ("(double what we had)") ends there: the item after its "and" is counted now
(own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import load_catalog
from nlp.extractor import Extractor

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def retail():
    return Extractor(load_catalog("tests/data/catalog_retail.csv"))


@pytest.mark.parametrize("text, want", [
    ("Please send 20 jumbo bag owls (twice what we had last month) and 8 red retrospot mugs.", {"20713": 20, "21844": 8}),
    ("10 jumbo bag apples (same as we ordered before) plus 4 jumbo bag owls please", {"23199": 10, "20713": 4}),
    ("send 30 red retrospot mugs (we had 12 last time) and 5 jumbo bag owls", {"21844": 30, "20713": 5}),
])
def test_the_item_after_a_history_aside_is_counted(retail, text, want):
    assert {ln["sku"]: ln["quantity"] for ln in retail.extract(text, TODAY)["lines"]} == want
