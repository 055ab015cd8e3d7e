"""ERP prints and work orders: count columns headed "Qty Req'd" / "Order Qty", space-aligned columns, a per-row
delivery date, day.month.year dates, and maintenance work named ("oil change") that changes no order (own texts)."""
from __future__ import annotations

import datetime as dt

from nlp.dates import find_dates
from nlp.pipe_tables import unpipe

TODAY = dt.date(2026, 11, 25)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_qty_headers_with_a_qualifier():
    text = "pos | part text | order qty | uom\n1 | hex nut m8 | 6 | box"
    assert unpipe(text).split("\n") == ["", "hex nut m8 6 box"]
    text = "ln | description | qty requested | unit price\n1 | gate valve dn65 | 3 | 41.00"
    assert unpipe(text).split("\n") == ["", "gate valve dn65 3"]


def test_space_aligned_print_with_prices(industrial):
    text = ("PO 7700123   Buyer: RM\n"
            "Pos    Description               Order Qty   UoM   Unit Price\n"
            "0010   Hex nut M10 zinc          4           BOX   3.10\n"
            "0020   Hex bolt M10x40 zinc      2           BOX   7.25\n"
            "Delivery date: 10.12.2026")
    got = industrial.extract(text, TODAY)
    assert _lines(got) == {("NUT-M10-ZN", 200), ("BLT-M10X40-ZN", 100)}
    assert got["due_date"] == "2026-12-10"


def test_a_row_date_column_is_said_after_the_count(industrial):
    text = ("Line | Description | Qty Req'd | UoM | Required Date\n"
            "1 | Hex nut M12 zinc | 2 | BOX | 03.12.2026\n")
    got = industrial.extract(text, TODAY)
    assert _lines(got) == {("NUT-M12-ZN", 50)} and got["due_date"] == "2026-12-03"


def test_dotted_dates_need_a_year():
    assert [h.date for h in find_dates("needed 03.12.2026 at the gate", TODAY)] == [dt.date(2026, 12, 3)]
    assert find_dates("rod 3.2 and 4.0 please", TODAY) == []


def test_maintenance_work_named_change_is_no_change_intent(industrial):
    for text in ("Belt change on conveyor 4 next week - please send 3 x B-1600 belts.",
                 "Filter change due on the compressor, need 2 pails HM46 oil"):
        assert industrial.extract(text, TODAY)["intent"] == "order"
    assert industrial.extract("Please change our order: B-1600 belts 3 -> 5", TODAY)["intent"] == "change"
