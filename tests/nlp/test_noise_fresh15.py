"""Numbers that count nothing, on fresh wording: codes, labels, years, goods found on hand, references (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2026, 10, 5)


def _lines(ex, text: str) -> list[tuple[str | None, float | None]]:
    return [(ln["sku"], ln["quantity"]) for ln in ex.extract(text, DAY)["lines"]]


@pytest.mark.parametrize("text,want", [
    # a gate or door code is no count
    ("3 x 20kg sets of green epoxy floor paint please. Door code 5820 at the side entrance.", [("PNT-EPX-GN", 60)]),
    # a requisition number with a slash is a reference, not part of the goods' name
    # a number after "to site", "to plot" names the place
    ("Please send 1 x DN80 non-return valve to site 2.", [("VLV-CHK-DN80", 1)]),
    # goods found on hand in a cancel: the count found is not the count cancelled
    ("Cancel the red alkyd paint please, found 3 pails in the workshop.", [("PNT-ALK-RD", None)]),
    ("Req 31/207 item 2 (grinding discs) cancelled, not needed now.", [("GD-100X6", None)]),
])
def test_industrial_noise(industrial, text: str, want: list) -> None:
    assert _lines(industrial, text) == want


@pytest.mark.parametrize("text,want", [
    # a number with a leading zero is a label (a store, a branch)
    ("Please cancel the doormat union flag, branch 021 has plenty.", [("48138", None)]),
    # a count said with "every <period>" is a habit, not the goods wanted
    ("My sister sends about 50 cards every Christmas, so could I have 3 of the doormat union flag?", [("48138", 3)]),
    # (a standing order said by the sender keeps its count)
    ("Please send 10 of the doormat union flag every week until Christmas.", [("48138", 10)]),
    # "one of the …" counts one (a bare "one" is a word)
    ("Please send 4 of the keep calm doormats. Oh, and one of the union flag ones for my brother.", [("23284", 4), ("48138", 1)]),
    # a market stall's number, a count of past orders: no goods counted
    ("Could we get 6 union flag doormats? We're stall 31 at the market.", [("48138", 6)]),
    ("The last 3 orders came late, so please make sure these 8 union flag doormats arrive on time.", [("48138", 8)]),
    # some of a group of people counts no goods
    ("Please send 5 union flag doormats; 2 of our staff will unpack them.", [("48138", 5)]),
    ("Cancel the union flag doormats please, 2 of us thought we had enough.", [("48138", None)]),
    # a year, old or new, is no count
    ("What does the union flag doormat cost now? It was £15 back in 2012.", [("48138", None)]),
])
def test_retail_noise(retail, text: str, want: list) -> None:
    assert _lines(retail, text) == want
