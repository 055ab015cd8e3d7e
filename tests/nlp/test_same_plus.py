""""Same again plus N of X" over a quoted order: the quoted lines and the new item on top."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 10, 5)
QUOTED = "\n\n> Your order has been dispatched:\n> 20 x JUMBO BAG OWLS\n> 10 x LUNCH BAG SPACEBOY"


def _lines(ex, text):
    return {(ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"]}


def test_the_new_item_comes_on_top_of_the_quoted_ones(retail):
    got = _lines(retail, "Same as before, plus 12 of the doormat union flag" + QUOTED)
    assert got == {("20713", 20), ("22382", 10), ("48138", 12)}


def test_without_plus_the_counted_body_stands_alone(retail):
    assert _lines(retail, "12 doormat union flag please" + QUOTED) == {("48138", 12)}
