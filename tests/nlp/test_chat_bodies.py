"""Chat-style English (lower case, no punctuation) read like the written message (own catalogue, own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

TODAY = dt.date(2026, 11, 25)

ITEMS = [
    CatalogItem("51001", "PARTY LANTERN STRIPED BLUE"),
    CatalogItem("51002", "PARTY LANTERN STRIPED YELLOW"),
    CatalogItem("51003", "PARTY LANTERN STRIPED ORANGE"),
    CatalogItem("51010", "LINEN APRON HERRINGBONE"),
    CatalogItem("51011", "LINEN APRON GINGHAM"),
    CatalogItem("51020", "COPPER WIND CHIME LARGE"),
    CatalogItem("51021", "COPPER WIND CHIME SMALL"),
]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """An extractor over the items above."""
    return Extractor(ITEMS)


def _lines(ex: Extractor, text: str) -> list[tuple]:
    return sorted((ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"])


@pytest.mark.parametrize("text", ["Is the large copper wind chime available again? And the small one? We'd want 30 of each.",
                                  "is the large copper wind chime available again and the small one we'd want 30 of each if so"])
def test_and_the_one_without_a_question_mark(ex, text):
    """ "… available again and the small one we'd want 30 of each": read as if a "?" parted the sentences."""
    assert _lines(ex, text) == [("51020", 30), ("51021", 30)]


def test_also_opens_a_new_sentence(ex):
    """ "send 8 of the large chimes also how much are the small ones": the question names the small chime, uncounted."""
    got = _lines(ex, "pls send 8 of the copper wind chimes large also how much are the small ones")
    assert got == [("51020", 8), ("51021", None)]


def test_each_of_a_list_with_and_the_stays_one_list(ex):
    """ "10 each of the herringbone apron and the gingham apron": one list counted by its "each"."""
    assert _lines(ex, "pls send 10 each of the herringbone linen apron and the gingham linen apron") == [
        ("51010", 10), ("51011", 10)]
