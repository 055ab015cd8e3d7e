"""A count before a product whose SKU is written after it in brackets ("24 french paisley cushion covers (20836)"):
the SKU names the item, the small number is its count, also where two items share the name (own wording)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 10, 2)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_count_before_a_bracketed_sku(retail):
    got = retail.extract("Could you send 24 french paisley cushion covers (20836) please?", TODAY)
    assert _lines(got) == {("20836", 24)}


def test_two_counted_items_with_their_skus(retail):
    got = retail.extract("We'd like 18 french lattice cushion covers (20838) and 6 rose du sud cushion covers (20997).",
                         TODAY)
    assert _lines(got) == {("20838", 18), ("20997", 6)}


def test_sku_alone_in_brackets_gives_no_count(retail):
    got = retail.extract("Do you still stock the french paisley cushion covers (20836)?", TODAY)
    assert _lines(got) == {("20836", None)}
