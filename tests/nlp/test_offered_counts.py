"""Of several counts offered for one product ("for 30 or 60 of", "40? maybe 80 if …") the first is the one asked
(own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import load_catalog
from nlp.extractor import Extractor
from nlp.spoken import spoken_counts

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def retail():
    return Extractor(load_catalog("tests/data/catalog_retail.csv"))


@pytest.mark.parametrize("text, sku, qty", [
    ("what would you charge for 30 or 60 of the jumbo bag owls?", "20713", 30),
    ("Cost for 12 and for 24 of the red retrospot mugs please", "21844", 12),
    ("Price on 40 jumbo bag apples? perhaps 80 if it's a good deal", "23199", 40),
])
def test_the_first_offered_count_is_asked(retail, text, sku, qty):
    lines = {ln["sku"]: ln["quantity"] for ln in retail.extract(text, TODAY)["lines"]}
    assert lines == {sku: qty}


@pytest.mark.parametrize("text", ["send 12 mugs and 6 of the owls", "12 mugs, maybe the owls if you have them"])
def test_other_counts_stay(text):
    assert spoken_counts(text) == text
