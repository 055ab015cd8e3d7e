"""Matcher on words a buyer says against an item, takes back, or spells the everyday way."""
from __future__ import annotations

from nlp.catalog import CatalogItem
from nlp.matcher import Matcher
from nlp.negation import said_against


def top(items: list[CatalogItem], text: str) -> str:
    """SKU of the best match in a fresh matcher."""
    return Matcher(items).match(text, top=3)[0][0]


def test_a_sibling_said_against_loses():
    items = [CatalogItem("A", "FELT SLIPPERS GREY"), CatalogItem("B", "QUILTED FELT SLIPPERS GREY")]
    assert top(items, "grey felt slippers (the plain ones, not the quilted)") == "A"
    items = [CatalogItem("A", "GLASS STORAGE JAR LARGE"), CatalogItem("B", "GLASS STORAGE JAR SMALL")]
    assert top(items, "glass storage jars, not the little ones") == "A"
    items = [CatalogItem("A", "CANVAS TOTE 40CM"), CatalogItem("B", "CANVAS TOTE")]
    assert top(items, "canvas totes (the standard one, but not the 40cm)") == "B"


def test_a_changed_count_says_nothing_against():
    assert said_against("the candle should be not the lavender one") == ("the candle should be not the lavender one", "")
    assert said_against("mugs (36, not 24)")[1] == ""
    assert said_against("not sure which yet")[1] == ""


def test_a_colour_taken_back_is_not_asked():
    items = [CatalogItem("A", "ENAMEL MUG BLUE"), CatalogItem("B", "ENAMEL MUG WHITE")]
    assert top(items, "enamel mugs blue, sorry I mean white") == "B"
    assert top(items, "enamel mugs white no sorry blue") == "A"
    assert top(items, "enamel mugs white or rather blue") == "A"
    assert top(items, "enamel mugs blue, no wait, white") == "B"


def test_everyday_words_for_the_catalogue_word():
    items = [CatalogItem("A", "TARTAN UMBRELLA"), CatalogItem("B", "TARTAN LUNCH BAG")]
    assert top(items, "tartan brollies") == "A"
    items = [CatalogItem("A", "PAPER NAPKINS HOLLY"), CatalogItem("B", "PAPER PLATES HOLLY")]
    assert top(items, "holly serviettes") == "A"
