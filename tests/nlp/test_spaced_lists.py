"""Chat lists of variants with names of several words and no commas, parted by the catalogue (own catalogue)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

TODAY = dt.date(2026, 11, 25)

ITEMS = [
    CatalogItem("71001", "TOTE BAG BLUE GINGHAM"),
    CatalogItem("71002", "TOTE BAG GREEN STRIPE"),
    CatalogItem("71003", "TOTE BAG LEMON"),
    CatalogItem("71004", "TOTE BAG GREEN GINGHAM"),
    CatalogItem("71010", "CITY POSTCARD SET HARBOUR VIEW"),
    CatalogItem("71011", "CITY POSTCARD SET OLD TOWN"),
    CatalogItem("71012", "CITY POSTCARD SET CASTLE"),
    CatalogItem("71013", "CITY POSTCARD SET RIVER WALK"),
    CatalogItem("71020", "DOOR HOOK KITCHEN"),
    CatalogItem("71021", "DOOR HOOK BATH ROOM"),
    CatalogItem("71022", "DOOR HOOK GARDEN SHED"),
    CatalogItem("71030", "PLANT LABEL SAGE"),
    CatalogItem("71031", "PLANT LABEL DILL"),
    CatalogItem("71032", "PLANT LABEL CHERVIL"),
    CatalogItem("71033", "PLANT LABEL LOVAGE"),
]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """An extractor over the items above."""
    return Extractor(ITEMS)


def _lines(ex: Extractor, text: str) -> list[tuple]:
    return sorted((ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"])


def test_two_word_variants_after_each_of(ex):
    """ "in blue gingham green stripe and lemon": the siblings' names part the run into three variants."""
    got = _lines(ex, "can u send 5 each of the tote bags in blue gingham green stripe and lemon ta")
    assert got == [("71001", 5), ("71002", 5), ("71003", 5)]


def test_two_word_variants_counted_after(ex):
    """ "harbour view old town and river walk 20 each": the shared count said after the list."""
    got = _lines(ex, "hi we need the city postcard sets harbour view old town and river walk 20 each for the kiosk")
    assert got == [("71010", 20), ("71011", 20), ("71013", 20)]


def test_one_and_two_word_variants_mixed(ex):
    """ "kitchen garden shed and bath room": phrases of one and two words in one run, a filler before the count."""
    got = _lines(ex, "door hooks kitchen garden shed and bath room maybe 4 of each pls")
    assert got == [("71020", 4), ("71021", 4), ("71022", 4)]


def test_one_word_names_counted_after(ex):
    """ "plant labels sage dill chervil and lovage a dozen each": four one-word names, one shared count after."""
    got = _lines(ex, "could i get the plant labels sage dill chervil and lovage a dozen each thanks")
    assert got == [("71030", 12), ("71031", 12), ("71032", 12), ("71033", 12)]


def test_a_word_no_sibling_holds_leaves_the_list(ex):
    """ "blue gingham purple and lemon": no tote bag is purple, so no third variant is made up for it."""
    got = _lines(ex, "can u send 5 each of the tote bags in blue gingham purple and lemon ta")
    assert got == [("71001", 5), ("71003", 5)]  # the two that exist, each counted; none made up for "purple"


def test_punctuated_body_is_left_to_the_written_rules(ex):
    """A body with commas parts its list itself: the same list, written, reads the same."""
    got = _lines(ex, "Hi, we need the city postcard sets: harbour view, old town and river walk, 20 each.")
    assert got == [("71010", 20), ("71011", 20), ("71013", 20)]


def test_count_before_the_list_family_before_the_count(ex):
    """ "city postcard sets - 15 each of harbour view castle and old town": the list follows its count."""
    got = _lines(ex, "how much for 45 city postcard sets - 15 each of harbour view castle and old town")
    assert got == [("71010", 15), ("71011", 15), ("71012", 15)]


def test_ampersand_joins_the_last_variant(ex):
    """ "blue gingham green stripe & lemon 3 of each": an "&" ends the list as an "and" does."""
    got = _lines(ex, "the tote bags blue gingham green stripe & lemon 3 of each pls")
    assert got == [("71001", 3), ("71002", 3), ("71003", 3)]


def test_words_after_the_family_that_no_sibling_holds(ex):
    """ "door hooks look nice kitchen bath room and garden shed": words naming no item part no list."""
    got = _lines(ex, "the door hooks look nice kitchen bath room and garden shed 6 each then")
    assert got == [("71020", 6), ("71021", 6), ("71022", 6)]
