"""A number naming the sender's crane, hoist or unit in a sign-off ("crane 3 gang", ", Unit 12") is no count
(own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import load_catalog
from nlp.extractor import Extractor

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def industrial():
    return Extractor(load_catalog("tests/data/catalog_industrial.csv"))


def _lines(ex, text: str) -> dict:
    return {ln["sku"]: ln["quantity"] for ln in ex.extract(text, TODAY)["lines"]}


@pytest.mark.parametrize("text, want", [
    ("Send 4 dozen cotton work gloves please. hoist 3 team, east quay", {"GLV-COT-600": 48}),
    ("10 yellow hard hats for the lads. crane 6 gang", {"HLM-ABS-YL": 10}),
    ("Price on 2 spools of 1.2mm MIG wire? Fabrication shop, Unit 14", {"WW-ER70S6-1.2": 30}),
    ("Need 20 pairs cotton work gloves by Friday. Furnace 2 maintenance", {"GLV-COT-600": 20}),
])
def test_a_labels_number_counts_nothing(industrial, text, want):
    assert _lines(industrial, text) == want
