"""A number made plural ("the 72s", "(48s)") names the pack that holds that many."""
from __future__ import annotations

from nlp.catalog import CatalogItem
from nlp.matcher import Matcher


def test_a_number_made_plural_names_the_pack_that_holds_that_many():
    items = [CatalogItem("A", "PACK OF 48 STAR PAPER NAPKINS"), CatalogItem("B", "STAR NAPKIN RING"),
             CatalogItem("C", "PACK OF 20 STAR PAPER NAPKINS")]
    m = Matcher(items)
    assert m.match("star napkins (48s)", top=3)[0][0] == "A"
    assert m.match("star napkins, the 20s", top=3)[0][0] == "C"
    assert m._resolve("70s") == []  # no item holds 70: nothing to resolve to
