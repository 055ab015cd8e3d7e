"""A half after a dozen or gross is half of it ("a dozen and a half" = 18), as "one and a half dozen" (own sentences)."""
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


@pytest.mark.parametrize("said, written", [
    ("a dozen and a half", "1.5 dozen"),
    ("3 dozen and a half", "3.5 dozen"),
    ("a gross and a half", "1.5 gross"),
    ("two and a half tonnes", "2.5 tonnes"),
])
def test_the_half_joins_the_count_before(said, written):
    assert written in spoken_counts(f"need {said} of them")


@pytest.mark.parametrize("text, sku, qty", [
    ("Could we have a dozen and a half of the jumbo bag owls, ta", "20713", 18),
    ("For the fete: two dozen and a half red retrospot mugs please.", "21844", 30),
    ("six jumbo bag owls and a dozen and a half red retrospot mugs", "21844", 18),
])
def test_a_dozen_and_a_half_is_counted_whole(retail, text, sku, qty):
    lines = {ln["sku"]: ln["quantity"] for ln in retail.extract(text, TODAY)["lines"]}
    assert lines.get(sku) == qty
