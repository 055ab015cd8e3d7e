"""Stock-take sheets (own catalogue, own wording): the "Order" column is the count, what was counted or the par level
is none, and a row ordering 0 is no line."""
from __future__ import annotations

import datetime as dt

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

ITEMS = [CatalogItem("JAR-SM", "Glass storage jar small", "pcs"), CatalogItem("JAR-LG", "Glass storage jar large", "pcs"),
         CatalogItem("LID-CK", "Cork lid for storage jar", "pcs")]
DAY = dt.date(2027, 4, 7)


def _pairs(text: str) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in Extractor(ITEMS).extract(text, DAY)["lines"]}


def test_pipe_sheet_with_on_hand_and_par_reads_the_order_column():
    text = ("Shelf count for the kitchen aisle, reorder as below:\n\nItem | On hand | Par | Order\n"
            "Glass storage jar small | 4 | 20 | 16\nGlass storage jar large | 20 | 20 | 0\nCork lid for storage jar | 1 | 30 | 29")
    assert _pairs(text) == {("JAR-SM", 16), ("LID-CK", 29)}


def test_tab_sheet_with_counted_column_reads_the_order_column():
    text = "Storeroom count, please send the To order column:\nDesc\tCounted\tTo order\nglass storage jar large\t3\t9\ncork lid for storage jar\t12\t0"
    assert _pairs(text) == {("JAR-LG", 9)}


def test_plain_qty_sheet_skips_a_row_of_nothing():
    text = "Please supply:\nDescription\tQty\nglass storage jar small\t24\nglass storage jar large\t0\ncork lid for storage jar\t24"
    assert _pairs(text) == {("JAR-SM", 24), ("LID-CK", 24)}
