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
    CatalogItem("51030", "SEED TIN LABEL SAGE"),
    CatalogItem("51031", "SEED TIN LABEL DILL"),
    CatalogItem("51032", "SEED TIN LABEL FENNEL"),
    CatalogItem("51033", "SEED TIN LABEL CRESS"),
]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """An extractor over the items above."""
    return Extractor(ITEMS)


def _lines(ex: Extractor, text: str) -> list[tuple]:
    return sorted((ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"])


@pytest.mark.parametrize("text", [
    "Is the large copper wind chime available again? And the small one? We'd want 30 of each.",
    "is the large copper wind chime available again and the small one we'd want 30 of each if so"])
def test_and_the_one_without_a_question_mark(ex, text):
    """ "… available again and the small one we'd want 30 of each": read as if a "?" parted the sentences."""
    assert _lines(ex, text) == [("51020", 30), ("51021", 30)]


def test_also_opens_a_new_sentence(ex):
    """ "send 8 of the large chimes also how much are the small ones": read as the written message is, an order whose
    side price question ("Also, how much are the small ones?") gets no line."""
    got = _lines(ex, "pls send 8 of the copper wind chimes large also how much are the small ones")
    assert got == _lines(ex, "Please send 8 of the copper wind chimes, large. Also, how much are the small ones?")
    assert got == [("51020", 8)]


def test_each_of_a_list_with_and_the_stays_one_list(ex):
    """ "10 each of the herringbone apron and the gingham apron": one list counted by its "each"."""
    assert _lines(ex, "pls send 10 each of the herringbone linen apron and the gingham linen apron") == [
        ("51010", 10), ("51011", 10)]



def test_colours_listed_without_commas(ex):
    """ "in blue yellow and orange": three colours of one product though no comma parts them."""
    got = _lines(ex, "pls send 6 each of the striped party lanterns in blue yellow and orange")
    assert got == [("51001", 6), ("51002", 6), ("51003", 6)]



def test_names_listed_without_commas(ex):
    """ "seed tin labels sage dill and fennel": one line per name, each an item of the family holding it."""
    got = _lines(ex, "8 each of the seed tin labels sage dill and fennel pls")
    assert got == [("51030", 8), ("51031", 8), ("51032", 8)]


CODED = [
    CatalogItem("BRG-6007", "Deep groove ball bearing 6007 (open)", "set"),
    CatalogItem("BRG-6007-2RS", "Deep groove ball bearing 6007-2RS (rubber sealed)", "set"),
    CatalogItem("BRG-6009-ZZ", "Deep groove ball bearing 6009-ZZ (metal shielded)", "set"),
    CatalogItem("SCR-M6X30", "Socket cap screw M6×30 zinc", "pcs"),
    CatalogItem("NUT-M6", "Hex nut M6 zinc", "pcs"),
    CatalogItem("61100", "STORAGE JAR GLASS TALL"),
    CatalogItem("61101", "STORAGE JAR GLASS SHORT"),
]


@pytest.fixture(scope="module")
def coded() -> Extractor:
    """An extractor over coded parts and two jars."""
    return Extractor(CODED)


@pytest.mark.parametrize("text, want", [
    ("6007-2rs x 40 6009 zz x 15 pls", [("BRG-6007-2RS", 40), ("BRG-6009-ZZ", 15)]),
    ("8 x 6007 open 30 x 6007-2rs ta", [("BRG-6007", 8), ("BRG-6007-2RS", 30)]),
    ("m6x30 cap screws x 400 m6 nuts x 250 ta", [("NUT-M6", 250), ("SCR-M6X30", 400)]),
    ("hi pls send 18 glass storage jar tall 36 glass storage jar short thanks", [("61100", 18), ("61101", 36)]),
])
def test_counts_written_on_without_commas(coded, text, want):
    """Items and counts run on with no comma: each count goes to the item on its side (after an "x", before one)."""
    got = sorted((ln["sku"], ln["quantity"]) for ln in coded.extract(text, TODAY)["lines"])
    assert got == want
