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
