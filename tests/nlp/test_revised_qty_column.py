"""A revised sheet with the old and the new count side by side ("Item / Qty / Qty rev"): the new count is the line's,
an unchanged row is no change; a bare "Item" column heads the goods (own wording)."""
from __future__ import annotations

from nlp.pipe_tables import unpipe


def test_revised_column_read_and_unchanged_row_dropped():
    sheet = "Item\tQty\tRevised qty\nJUMBO BAG PINK POLKADOT\t10\t20\nREGENCY CAKESTAND 3 TIER\t4\t4"
    assert unpipe(sheet).split("\n") == ["", "JUMBO BAG PINK POLKADOT 20", ""]


def test_single_qty_column_and_item_numbers_stay_as_they_were():
    sheet = "Item\tDescription\tQty\n10\tJUMBO BAG PINK POLKADOT\t6"
    assert unpipe(sheet).split("\n") == ["", "JUMBO BAG PINK POLKADOT 6"]
