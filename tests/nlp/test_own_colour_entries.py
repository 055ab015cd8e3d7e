"""A bare colour between two items goes to the item before it when the next item says its own colour after its name."""
from __future__ import annotations

import datetime as dt

from nlp.distributed import _trailing_heads

TODAY = dt.date(2026, 6, 1)


def test_a_full_item_with_its_colour_after_it_is_no_family_of_the_list():
    assert _trailing_heads([("pink", None), ("childs garden trowel blue", None)]) == []


def test_a_family_after_the_last_colour_still_heads_the_list():
    assert _trailing_heads([("pink", None), ("blue party bags", None)])


def test_the_bare_colour_takes_the_family_said_before(retail):
    got = retail.extract("pls send 12 childrens garden gloves pink, 12 blue, 6 childs garden trowel pink", TODAY)
    lines = {(ln["sku"], ln["quantity"]) for ln in got["lines"]}
    assert lines == {("22525", 12), ("22524", 12), ("22521", 6)}
