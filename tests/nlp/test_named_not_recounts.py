"""Self-corrections that name the item: "X N not M", "make it N boxes of the X", "sorry, the X only N" (own wording)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 5, 12)


def _lines(got: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in got["lines"]}


def test_item_count_not_old_count_replaces_it(retail):
    text = "Order: jumbo bag pink polkadot 30, regency cakestand 3 tier 4.\nOops - jumbo bag pink polkadot 36 not 30"
    assert _lines(retail.extract(text, TODAY)) == {("22386", 36), ("22423", 4)}


def test_not_a_count_never_said_for_that_item_changes_nothing(retail):
    text = "Please send 24 jumbo bag pink polkadot. Also regency cakestand 3 tier 6 not 24"
    got = _lines(retail.extract(text, TODAY))
    assert ("22386", 24) in got


def test_make_it_n_packs_of_the_item(industrial):
    text = "can you send 4 boxes of M12 nuts zinc and 2 boxes of M12 by 50 bolts zinc, oh make it three boxes of the bolts"
    assert _lines(industrial.extract(text, TODAY)) == {("BLT-M12X50-ZN", 75), ("NUT-M12-ZN", 100)}


def test_sorry_the_item_only_n(retail):
    text = "Please send 20 jumbo bag pink polkadot and 20 jumbo bag red retrospot.\nPS sorry, the red retrospot only 8."
    assert _lines(retail.extract(text, TODAY)) == {("22386", 20), ("85099B", 8)}


def test_only_n_left_is_no_correction(retail):
    text = "Please send 20 jumbo bag pink polkadot. Sorry, the pink polkadot only 3 left here, so please hurry."
    assert ("22386", 20) in _lines(retail.extract(text, TODAY))


def test_make_it_n_and_the_items_words(retail):
    text = "10 x jumbo bag pink polkadot, 10 x jumbo bag red retrospot. Actually make it 15 red retrospot."
    assert _lines(retail.extract(text, TODAY)) == {("22386", 10), ("85099B", 15)}
