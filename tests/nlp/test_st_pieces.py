""""24 st" (Swedish/Danish "stycken", pieces) is a count, while "21st" stays an ordinal (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import load_catalog
from nlp.extractor import Extractor

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def retail():
    return Extractor(load_catalog("tests/data/catalog_retail.csv"))


def _lines(ex, text: str) -> dict:
    return {ln["sku"]: ln["quantity"] for ln in ex.extract(text, TODAY)["lines"]}


@pytest.mark.parametrize("text, want", [
    ("Hej! We order:\n30 st jumbo bag owls\n12 st red retrospot mug\nTack, Karin", {"20713": 30, "21844": 12}),
    ("Do you have jumbo bag apples? We need 40 st before the market.", {"23199": 40}),
])
def test_st_counts_pieces(retail, text, want):
    assert _lines(retail, text) == want


def test_an_ordinal_st_is_no_count(retail):
    assert _lines(retail, "Please send 6 jumbo bag owls by the 21st") == {"20713": 6}
