"""An amendment list naming an item, then the verb taking it off ("…, jumbo bag owls remove."): a clause of its
own, the item at 0 in the change (own sentences)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 11, 25)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_item_then_remove(retail):
    got = retail.extract("Change to PO 5521: lunch bag apple design 12 -> 20, jumbo bag pink polkadot delete.", TODAY)
    assert got["intent"] == "change" and _lines(got) == {("23206", 20), ("22386", 0)}


def test_item_then_remove_industrial(industrial):
    got = industrial.extract("PO 7781 update: DN100 gate valves 4 -> 6, DN150 butterfly valves remove.", TODAY)
    assert got["intent"] == "change" and _lines(got) == {("VLV-GATE-DN100", 6), ("VLV-BFLY-DN150", 0)}
