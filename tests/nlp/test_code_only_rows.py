"""A table row that gives only the item's code and its count ("| 22386 | | 12 |", "85099B,,6,,") names the goods by
its code; a row number alone still names nothing (own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.pipe_tables import unpipe

TODAY = dt.date(2026, 9, 9)


def test_code_kept_when_the_description_is_blank():
    table = "| Code | Description | Qty |\n|---|---|---|\n| 22423 | | 4 |\n| | JUMBO BAG PINK POLKADOT | 6 |"
    assert unpipe(table).split("\n")[2:] == ["22423 4", "JUMBO BAG PINK POLKADOT 6"]


def test_row_number_alone_is_no_code():
    table = "| No. | Description | Qty |\n|---|---|---|\n| 1 | regency cakestand | 4 |\n| 2 | | 6 |"
    assert unpipe(table).split("\n")[2:] == ["regency cakestand 4", "6"]


def test_comma_sheet_row_with_only_a_code(retail):
    sheet = "sku,desc,qty,,price\n,jumbo bag pink polkadot,10,,1.20\n22423,,3,,\n"
    got = retail.extract(sheet, TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("22386", 10), ("22423", 3)}
