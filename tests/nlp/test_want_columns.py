"""Sheets whose count column is "Want" or a revised "Qty rev": stock on hand and the old count are no counts, a row
revised to its old count is no line (own catalogue, own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

ITEMS = [CatalogItem("TOWEL-GR", "Tea towel stripe green", "pcs"), CatalogItem("TOWEL-RD", "Tea towel stripe red", "pcs"),
         CatalogItem("APRON-NV", "Apron denim navy", "pcs")]
DAY = dt.date(2026, 10, 5)


def _pairs(text: str) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in Extractor(ITEMS).extract(text, DAY)["lines"]}


def test_on_hand_beside_want_is_not_added():
    text = "Please send these:\n\nItem\tOn hand\tWant\nTEA TOWEL STRIPE GREEN\t4\t40\nAPRON DENIM NAVY\t\t12"
    assert _pairs(text) == {("TOWEL-GR", 40), ("APRON-NV", 12)}


def test_a_revised_column_gives_the_new_count_and_skips_unchanged_rows():
    text = "Revised PO 5561:\n\nItem\tQty\tQty rev\nTEA TOWEL STRIPE GREEN\t20\t30\nTEA TOWEL STRIPE RED\t10\t10"
    assert _pairs(text) == {("TOWEL-GR", 30)}


def test_near_miss_a_plain_qty_column_is_read_as_it_stands():
    """No "Want" or revised column: the one "Qty" is the count, even when two rows hold the same number."""
    text = "Please send:\n\nProduct\tQty\nTEA TOWEL STRIPE GREEN\t10\nTEA TOWEL STRIPE RED\t10"
    assert _pairs(text) == {("TOWEL-GR", 10), ("TOWEL-RD", 10)}


CODED = ITEMS + [CatalogItem("50211", "Apron denim grey", "pcs")]


def test_a_code_column_names_the_goods_and_a_price_column_is_no_count():
    """ "sku,desc,qty": a row with only its code names the item; "Unit £" is a price, "Code" after the count no count."""
    text = "sku,desc,qty,price\n,apron denim navy,6,4.50\n50211,,4,\n"
    got = Extractor(CODED).extract(text, DAY)["lines"]
    assert {(ln["sku"], ln["quantity"]) for ln in got} == {("APRON-NV", 6), ("50211", 4)}
    text = "Desc | Qty | Unit £ | Code\nApron denim grey | 8 | 3.95 | 50211\nTea towel stripe red | 5 | 1.10 | \n"
    got = Extractor(CODED).extract(text, DAY)["lines"]
    assert {(ln["sku"], ln["quantity"]) for ln in got} == {("50211", 8), ("TOWEL-RD", 5)}


def test_near_miss_a_row_number_column_names_nothing():
    """ "No. | Description | Qty": the row's number is no code and no count."""
    text = "No. | Description | Qty\n1 | Tea towel stripe red | 7\n2 | Apron denim navy | 3\n"
    assert _pairs(text) == {("TOWEL-RD", 7), ("APRON-NV", 3)}
