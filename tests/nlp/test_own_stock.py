"""The customer's own figures beside its rows are no counts: running totals, stock still held, a row skipped this
time and the list's sum after such rows (own catalogue, own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

ITEMS = [CatalogItem("CND-TL", "Tealight candle unscented", "pcs"), CatalogItem("MAT-JUT", "Jute doormat plain", "pcs"),
         CatalogItem("SOAP-LV", "Lavender soap bar", "pcs"), CatalogItem("BRSH-NL", "Wooden nail brush", "pcs")]
DAY = dt.date(2026, 2, 9)


def _pairs(text: str) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in Extractor(ITEMS).extract(text, DAY)["lines"]}


def test_running_totals_beside_rows_are_not_counts():
    text = ("Restock list\n\nTealight candles ..... 20  (running 20)\nLavender soap bars ... 8  (running 28)\n"
            "Wooden nail brushes .. 5  (running 33)\n\n33 units total, thanks")
    assert _pairs(text) == {("CND-TL", 20), ("SOAP-LV", 8), ("BRSH-NL", 5)}


def test_a_row_skipped_with_stock_still_held_gives_no_line():
    text = ("Top-up this week:\nJute doormats - skip this week (still have 4)\nTealight candles - 30 (running 30)\n"
            "Lavender soap bars - 10 (running 40)\n\nThat's 40 all in.")
    assert _pairs(text) == {("CND-TL", 30), ("SOAP-LV", 10)}


def test_near_miss_a_total_without_own_figures_stays_a_count():
    """ "20 total" on a list with no running totals or stock beside it is the row's count; "(running low!)" holds none."""
    assert _pairs("Lavender soap bars:\n20 total") == {("SOAP-LV", 20)}
    assert _pairs("Tealight candles - 30 (running low!)") == {("CND-TL", 30)}


def test_a_row_rejected_in_the_approval_chain_is_not_ordered():
    text = ("REQUISITION RQ-551\nLine 1: 24 x Tealight candle unscented\nLine 2: 10 x Jute doormat plain\n"
            "Line 3: 12 x Lavender soap bar\n\nApprovals:\n  Manager - APPROVED\n"
            "  Finance - Line 2 REJECTED (no budget); lines 1 and 3 APPROVED\n\nPlease supply the approved lines.")
    assert _pairs(text) == {("CND-TL", 24), ("SOAP-LV", 12)}


def test_near_miss_all_lines_approved_keeps_every_row():
    text = ("REQUISITION RQ-552\nLine 1: 24 x Tealight candle unscented\nLine 2: 10 x Jute doormat plain\n\n"
            "Approvals:\n  Manager - APPROVED\n  Finance - APPROVED\n\nPlease supply.")
    assert _pairs(text) == {("CND-TL", 24), ("MAT-JUT", 10)}


def test_a_requisitions_header_fields_give_no_line():
    """ "Cost centre: 2210 Soap Shop" says whose budget, "Approved: … 03/02/2026" who signed: neither is goods."""
    text = ("PURCHASE REQUISITION PR-77\nRequested by: J. Lee\nCost centre: 2210 Lavender Soap Shop\n"
            "1. Tealight candle unscented - 48\n2. Wooden nail brush - 6\nApproved: Store manager 03/02/2026\nPlease supply.")
    assert _pairs(text) == {("CND-TL", 48), ("BRSH-NL", 6)}


def test_near_miss_a_field_line_without_numbered_rows_stays():
    """Without numbered rows below it the message is no requisition: "Site: 20 tealight candles" is read."""
    assert _pairs("Site: 20 tealight candles please") == {("CND-TL", 20)}
