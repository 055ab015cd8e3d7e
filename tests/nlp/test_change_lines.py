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
        [("PLG-BRN", 800), ("SCR-4X40", 800)]


SWAP_ITEMS = [CatalogItem("B6305-2RS", "Ball bearing 6305-2RS", "pcs"), CatalogItem("B6305-ZZ", "Ball bearing 6305-ZZ", "pcs"),
              CatalogItem("MUG-CRM", "ENAMEL MUG CREAM"), CatalogItem("MUG-GRY", "ENAMEL MUG GREY"),
              CatalogItem("JUG-CRM", "ENAMEL JUG CREAM"),
              CatalogItem("BAG-BL-ST", "GIFT BAG BLUE STRIPE DESIGN"), CatalogItem("BAG-GR-ST", "GIFT BAG GREEN STRIPE DESIGN"),
              CatalogItem("BAG-GR-SP", "GIFT BAG GREEN SPOT DESIGN"), CatalogItem("BOX-GR", "GIFT BOX GREEN"),
              CatalogItem("TT-BL", "BLUE TEA TOWEL CLASSIC DESIGN"), CatalogItem("TT-RD", "RED TEA TOWEL CLASSIC DESIGN"),
              CatalogItem("TT-SET", "SET/2 RED RETROSPOT TEA TOWELS"), CatalogItem("TT-RR", "RED RETROSPOT TEA TOWEL")]


def _swapped(text):
    got = Extractor(SWAP_ITEMS).extract(text, dt.date(2026, 5, 4))
    return got["intent"], sorted((ln["sku"], ln["quantity"]) for ln in got["lines"])


def test_a_swap_whose_old_side_holds_the_count():
    """ "swap the 8 6305 2RS for 6305 ZZ please": 8 counts the line, the new code names itself."""
    assert _swapped("Change on the bearings: swap the 8 6305 2RS for 6305 ZZ please.") == \
        ("change", [("B6305-ZZ", 8)])
    assert _swapped("Re my order from today, please swap the 12 cream enamel mugs for grey ones, same number.") == \
        ("change", [("MUG-GRY", 12)])


def test_a_swap_to_a_bare_suffix():
    """ "swap the 6305-2RS on my order to ZZ": "to" names the new variant as "for" does."""
    assert _swapped("Could you swap the 6305-2RS on my order to ZZ (shielded)? Keep it at 14. Ravi") == \
        ("change", [("B6305-ZZ", 14)])
    assert _swapped("Hi, please swap the cream enamel mugs to grey, still 9 of them.") == \
        ("change", [("MUG-GRY", 9)])


def test_a_colour_swap_keeps_the_rest_of_the_old_name():
    """ "the blue gift bags to green": the catalogue sibling of the old SKU, not another green item."""
    assert _swapped("Could you change the 30 blue stripe gift bags to green on order 5531? Same qty.") == \
        ("change", [("BAG-GR-ST", 30)])
    assert _swapped("Please change the 15 blue tea towels to red on order 6612? Same qty.") == \
        ("change", [("TT-RD", 15)])


def test_a_decimal_size_swapped_is_no_count():
    """ "焊条J422 2.5的改成3.2的": the diameter changes; the count stays what the message says."""
    items = [CatalogItem("WE-2.5", "Welding electrode E6013 Ø2.5 mm", "kg", ("焊条 J422 Ø2.5",), ("J422 2.5",)),
             CatalogItem("WE-3.2", "Welding electrode E6013 Ø3.2 mm", "kg", ("焊条 J422 Ø3.2",), ("J422 3.2",))]
    got = Extractor(items).extract("焊条J422 2.5的改成3.2的，数量不变，还是五十公斤。", dt.date(2026, 5, 4))
    assert got["intent"] == "change"
    assert sorted((ln["sku"], ln["quantity"]) for ln in got["lines"]) == [("WE-3.2", 50)]


def test_an_amended_po_row_marked_removed_is_a_zero_line():
    got = Extractor(ITEMS).extract("*Amended order 311*\n\nItem\tQty\nWood screw 4x40\t300 → 500\nWall plug brown\tremoved",
                                   dt.date(2026, 5, 4))
    assert got["intent"] == "change"
    assert sorted((ln["sku"], ln["quantity"]) for ln in got["lines"]) == [("PLG-BRN", 0), ("SCR-4X40", 500)]


def test_a_variant_written_by_mistake_then_the_meant_one():
    """ "I put 10 blue tea towels - should have been 10 red": only the meant variant is listed."""
    assert _swapped("Sorry, on today's order I put 10 blue tea towels - should have been 10 red. Ta, Bev") == \
        ("change", [("TT-RD", 10)])


def test_a_line_dropped_after_the_order_named_first_is_zero():
    """ "Re PO 4410: drop the X altogether and make Y 30": the dropped line is listed at 0."""
    assert _swapped("Re PO 4410: drop the grey enamel mugs altogether and make the cream enamel jugs 30 instead of 20.") == \
        ("change", [("JUG-CRM", 30), ("MUG-GRY", 0)])
