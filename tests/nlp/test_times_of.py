""""3 x 4 of the X" counts 12 of X; a size such as "50 x 50 x 5" stays a size (own sentences)."""
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
    ("Could you do 4 x 6 of the jumbo bag owls for the stall", "20713", 24),
    ("she wants 3 x 12 of those red retrospot mugs, ta", "21844", 36),
])
def test_times_of_the_goods_is_the_product(retail, text, sku, qty):
    lines = {ln["sku"]: ln["quantity"] for ln in retail.extract(text, TODAY)["lines"]}
    assert lines.get(sku) == qty


@pytest.mark.parametrize("text", ["20 lengths of 50 x 50 x 5 of the angle", "rvv 2x1.0, 3 rolls"])
def test_a_size_is_not_multiplied(text):
    assert spoken_counts(text) == text
