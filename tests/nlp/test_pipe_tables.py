"""Pasted '|' tables with a Qty column: one line per row, counted in the row's unit (own tables)."""
from __future__ import annotations

import datetime as dt

from nlp.pipe_tables import unpipe

TODAY = dt.date(2026, 11, 25)


def test_rows_become_goods_then_count():
    text = "no | part description | qty | unit\n1 | cable ties, 300mm, white | 6 | bag\n2 | hex nut m8 | 3 | box\nthanks"
    assert unpipe(text).split("\n") == ["", "cable ties 300mm white 6 bag", "hex nut m8 3 box", "thanks"]


def test_text_without_a_qty_header_is_left_alone():
    text = "size | colour\nM | blue"
    assert unpipe(text) == text


def test_a_requisition_table_in_boxes(industrial):
    text = ("REQUISITION 7-114   Cost centre: 212\n"
            "Line | Description | Qty | UoM\n"
            "1 | Hex bolt M8 x 30, 8.8, zinc | 2 | box\n"
            "2 | Hex nut M8, zinc | 3 | box\n"
            "Needed by: 15/12/2026")
    got = industrial.extract(text, TODAY)
    assert got["intent"] == "order" and got["due_date"] == "2026-12-15"
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("BLT-M8X30-ZN", 200), ("NUT-M8-ZN", 300)}


def test_a_tabbed_po_drops_line_numbers_and_unit_prices():
    text = "line\tdescription\tqty\tunit price\n1\tgate valve dn65\t4\t£52.00\n2\tsteel elbow 2in\t10\t£3.10\nthanks"
    assert unpipe(text).split("\n") == ["", "gate valve dn65 4", "steel elbow 2in 10", "thanks"]


def test_a_chinese_tab_sheet_is_read_as_it_stands():
    text = "名称\t规格\t数量\n角钢\tL50×5\t2吨"
    assert unpipe(text) == text


def test_a_pipe_table_after_a_comma_export_is_split_on_its_pipes():
    """A comma export, a blank line, then a '|' sheet: the comma reading ends with its table."""
    from nlp.pipe_tables import unpipe
    text = "Line,Item Description,Qty,UoM\n1,Jumbo bag owls,10,pcs\n\nItem | Description | Qty | UoM\n2 | Lunch bag woodland | 6 | pcs"
    assert unpipe(text).split("\n")[-1] == "Lunch bag woodland 6 pcs"
