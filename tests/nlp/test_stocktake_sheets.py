"""A stock-take sheet's Order / Reorder column is the count, its stock columns are not, and a row of 0 asks for
nothing (own sheets)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem, load_catalog
from nlp.extractor import Extractor
from nlp.pipe_tables import unpipe

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def retail():
    return Extractor(load_catalog("tests/data/catalog_retail.csv"))


def _lines(ex, text: str) -> dict:
    return {ln["sku"]: ln["quantity"] for ln in ex.extract(text, TODAY)["lines"]}


def test_the_order_column_of_a_pipe_sheet(retail):
    sheet = ("Shelf count Tuesday, please fill the reorder:\n\nItem | In stock | Min | Reorder\n"
             "jumbo bag owls | 4 | 20 | 16\nred retrospot mug | 30 | 24 | 0\njumbo bag apples | 1 | 10 | 9\n\nJo")
    assert _lines(retail, sheet) == {"20713": 16, "23199": 9}


def test_the_order_column_of_a_tab_sheet(retail):
    sheet = "Back room count\nCode\tName\tCounted\tTo order\n21844\tred retrospot mug\t7\t17\n20713\tjumbo bag owls\t12\t0\n"
    assert _lines(retail, sheet) == {"21844": 17}


def test_a_qty_column_beats_an_order_number_column():
    rows = unpipe("Order | Description | Qty\nA17 | jumbo bag owls | 6\n")
    assert "jumbo bag owls 6" in rows


@pytest.mark.parametrize("row, kept", [("red retrospot mug | 0 | pcs", False), ("red retrospot mug | 10 | pcs", True)])
def test_a_zero_row_asks_for_nothing(row, kept):
    out = unpipe(f"Description | Qty | Unit\n{row}\n")
    assert ("red retrospot mug" in out) == kept


ITEMS = [CatalogItem("JAR-SM", "Glass storage jar small", "pcs"), CatalogItem("JAR-LG", "Glass storage jar large", "pcs"),
         CatalogItem("LID-CK", "Cork lid for storage jar", "pcs")]
DAY = dt.date(2027, 4, 7)  # (a catalogue of our own: jars and lids)


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
