"""A bare "the X ones" with a remark after a dash is read without the remark."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 8, 24)


def test_the_remark_after_the_dash_does_not_hide_the_variant(retail):
    text = "Hello, 12 of the skull lunch boxes and 12 dinosaur ones - the new term starts soon"
    lines = {(ln["sku"], ln["quantity"]) for ln in retail.extract(text, TODAY)["lines"]}
    assert ("21561", 12) in lines and ("21558", 12) in lines
