"""Change requests holding a count change and a variant swap together (own catalogue, own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

ITEMS = [CatalogItem("SCR-4X40", "Wood screw 4x40 zinc-plated", "pcs"),
         CatalogItem("PLG-RED", "Wall plug red 6mm", "pcs"), CatalogItem("PLG-BRN", "Wall plug brown 7mm", "pcs")]


def test_count_change_before_a_swap_stays():
    got = Extractor(ITEMS).extract("On our last order please change the 4x40 wood screws from 500 to 800, and swap the "
                                   "red wall plugs for the brown ones.", dt.date(2026, 5, 4))
    assert got["intent"] == "change"
    assert sorted((ln["sku"], ln["quantity"]) for ln in got["lines"]) == \
        [("PLG-BRN", 800), ("PLG-RED", 0), ("SCR-4X40", 800)]


def test_swap_with_its_count_before_the_old_code_and_a_courtesy_after(industrial):
    got = industrial.extract("Rethink on the bearings - swap the 16 6205 2RS for 6205 ZZ please. Ta", dt.date(2026, 5, 4))
    assert got["intent"] == "change"
    assert sorted((ln["sku"], ln["quantity"]) for ln in got["lines"]) == [("BRG-6205-2RS", 0), ("BRG-6205-ZZ", 16)]


def test_swap_to_a_colour_keeps_the_rest_of_the_old_items_name(retail):
    # "red" after "tea towels" alone would be a retrospot set; the old item's name says which red one is meant
    got = retail.extract("Could you change the 12 blue tea towels on our order to red? Same number. The classic "
                         "design ones.", dt.date(2026, 5, 4))
    assert sorted((ln["sku"], ln["quantity"]) for ln in got["lines"]) == [("22480", 12), ("22482", 0)]


def test_swap_with_an_aside_in_brackets(retail):
    got = retail.extract("Re our order: please swap the 6 green regency tea plates for pink (12 pink altogether). "
                         "Thanks", dt.date(2026, 5, 4))
    assert ("23171", 0) in {(ln["sku"], ln["quantity"]) for ln in got["lines"]}
    assert "23172" in {ln["sku"] for ln in got["lines"]}
