"""'Same as last time, only the X N': the quoted order with one line said again at its new count (own wording)."""
from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2026, 5, 12)
QUOTED = "\n\n> 10 JUMBO BAG PINK POLKADOT\n> 2 REGENCY CAKESTAND 3 TIER\n"


def _lines(got: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in got["lines"]}


def test_same_as_our_order_only_one_line_changed(retail):
    text = "Could you send the same as our order from the spring, only the jumbo bag pink polkadot 20 in place of 10." + QUOTED
    assert _lines(retail.extract(text, TODAY)) == {("22386", 20), ("22423", 2)}


def test_same_again_only_one_line(retail):
    got = retail.extract("Same again please, only the regency cakestand 3 tier 5." + QUOTED, TODAY)
    assert _lines(got) == {("22386", 10), ("22423", 5)}


def test_an_item_not_quoted_is_read_as_said(retail):
    got = retail.extract("Same again please, but the jumbo bag red retrospot 6." + QUOTED, TODAY)
    assert ("85099B", 6) in _lines(got)


def test_in_place_of_is_no_inch_size(retail):
    got = retail.extract("Please send the jumbo bag pink polkadot, 30 in place of the usual 20.", TODAY)
    assert ("22386", 30) in _lines(got)


@pytest.mark.parametrize("ask,intent", [("Could you re-quote the below for us?", "quote"), ("Please send the below, thanks", "order")])
def test_the_below_names_the_quoted_rows(retail, ask, intent):
    # ("price the below again" was read before the rule: 'price … below' already pointed at the quoted rows)
    got = retail.extract(ask + "\n\n> 12 x Jumbo bag pink polkadot @ £1.65\n> 6 x Regency cakestand 3 tier @ £10.95", TODAY)
    assert got["intent"] == intent
    assert _lines(got) == {("22386", 12), ("22423", 6)}


def test_counts_as_per_the_offer_below(retail):
    text = ("OK, go ahead with the 12 and the 6 as per your offer below please.\n\n> On 2 May, Sales wrote:\n"
            "> We can do 12 x jumbo bag pink polkadot at £1.60 and 6 x regency cakestand 3 tier at £10.50.")
    assert _lines(retail.extract(text, TODAY)) == {("22386", 12), ("22423", 6)}
