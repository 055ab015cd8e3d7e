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


def test_swap_to_a_restated_code_keeps_the_old_count(industrial):
    got = industrial.extract("Rethink on bearings: swap the 8 6305 ZZ for 6305 2RS please. Joe", dt.date(2026, 5, 4))
    assert got["intent"] == "change"
    assert sorted((ln["sku"], ln["quantity"]) for ln in got["lines"]) == [("BRG-6305-2RS", 8), ("BRG-6305-ZZ", 0)]


def test_a_counted_aside_after_the_new_variant_is_no_name():
    got = Extractor(ITEMS).extract("Re our order: swap the 30 red wall plugs for brown (so 30 brown altogether). Ta",
                                   dt.date(2026, 5, 4))
    assert sorted((ln["sku"], ln["quantity"]) for ln in got["lines"]) == [("PLG-BRN", 30), ("PLG-RED", 0)]


def test_an_amended_po_row_marked_removed_is_a_zero_line():
    got = Extractor(ITEMS).extract("*Amended order 311*\n\nItem\tQty\nWood screw 4x40\t300 → 500\nWall plug brown\tremoved",
                                   dt.date(2026, 5, 4))
    assert got["intent"] == "change"
    assert sorted((ln["sku"], ln["quantity"]) for ln in got["lines"]) == [("PLG-BRN", 0), ("SCR-4X40", 500)]
