"""A count unit's abbreviation point ("36 nos.", "12 pcs.") before the goods it counts ends no sentence."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.spoken import spoken_counts

TODAY = dt.date(2026, 5, 4)


@pytest.mark.parametrize("text, want", [
    ("kindly supply 36 nos. doormat union flag", "36 nos doormat"),
    ("send 12 pcs. jumbo bag owls, 6 pcs. lunch bag spaceboy", "6 pcs lunch bag"),
    ("need 2 ctns. of the cake cases", "2 ctns of"),
])
def test_the_point_after_a_heading_count_goes(text, want):
    assert want in spoken_counts(text)


@pytest.mark.parametrize("text", ["jumbo bag owls 10 pcs. thanks a lot", "our account no. 4471 is open"])
def test_a_point_after_the_goods_or_without_a_count_stays(text):
    assert spoken_counts(text) == text


def test_both_items_get_their_counts(retail):
    got = retail.extract("Kindly send 20 nos. jumbo bag owls and 10 nos. lunch bag spaceboy.", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("20713", 20), ("22382", 10)}
