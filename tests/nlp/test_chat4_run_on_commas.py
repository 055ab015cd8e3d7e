"""The comma the clean-up sets between counted items of a bare line leaves the line bare for the count reader."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.bare_text import RUN_ON_COMMA, SENTENCE_MARK
from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

ITEMS = [
    CatalogItem("GL-WH", "Gloss paint white 2.5L tin"),
    CatalogItem("GL-BK", "Gloss paint black 2.5L tin"),
    CatalogItem("GL-GY", "Gloss paint grey 2.5L tin"),
    CatalogItem("VB-A900", "Vee belt A900"),
    CatalogItem("VB-B1250", "Vee belt B1250"),
]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """An extractor over the items above."""
    return Extractor(ITEMS)


def test_clean_up_comma_is_no_mark():
    """ "reels green, 2 reels red": a comma before a counted item is the clean-up's; one before a spec is a mark."""
    assert not SENTENCE_MARK.search(RUN_ON_COMMA.sub(" ", "6 reels green, 2 reels red 2 blue"))
    assert SENTENCE_MARK.search(RUN_ON_COMMA.sub(" ", "flex, 3 core"))


def _read(ex, text: str) -> set:
    """(sku, quantity) of each line read from a text."""
    return {(ln["sku"], ln["quantity"]) for ln in ex.extract(text, dt.date(2026, 5, 4))["lines"]}


def test_bare_count_after_a_counted_item_is_its_own(ex):
    """ "3 tins white gloss 2 tins black 2 grey": the last bare 2 counts the grey, the black keeps its own 2."""
    assert _read(ex, "3 tins white gloss 2 tins black 2 grey for the railings") == {("GL-WH", 3), ("GL-BK", 2), ("GL-GY", 2)}


def test_counts_after_a_code_part_items(ex):
    """ "fan belts 3 x a900 5 x b1250": each "N x" opens its item, the code before it closing the last."""
    assert _read(ex, "fan belts 3 x a900 5 x b1250 ta") == {("VB-A900", 3), ("VB-B1250", 5)}
