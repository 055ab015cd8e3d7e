"""Counts of cancelled lines: the earlier order's count, "(the N)", one line of a PO (own wording)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 5, 12)


def _lines(got: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in got["lines"]}


def test_the_ordered_count_is_the_count_cancelled(retail):
    got = retail.extract("We ordered 30 jumbo bag pink polkadot last week but the event is off, please cancel them.", TODAY)
    assert got["intent"] == "cancel"
    assert _lines(got) == {("22386", 30)}


def test_a_count_cancelled_out_of_the_ordered_one_wins(retail):
    got = retail.extract("We ordered 30 jumbo bag pink polkadot, please cancel 10 of them.", TODAY)
    assert _lines(got) == {("22386", 10)}


def test_a_bare_count_in_brackets_counts(retail):
    # ("(the 4)" itself: test_taken_off) "(all 4)", "(4 pcs)": the bracket after the cancel says how many go
    for told in ("(all 4)", "(4 pcs)"):
        got = retail.extract(f"Could you take the regency cakestand 3 tier off my order please {told}?", TODAY)
        assert _lines(got) == {("22423", 4)}


def test_one_line_of_a_po_is_no_whole_order(retail):
    text = "Please cancel PO 7720 line 3 (the jumbo bag pink polkadot, 40 pcs). Lines 1 and 2 are fine."
    got = retail.extract(text, TODAY)
    assert got["intent"] == "cancel"
    assert _lines(got) == {("22386", 40)}


def test_a_whole_po_has_no_lines(retail):
    assert retail.extract("Please cancel PO 7720, the shop is closing.", TODAY)["lines"] == []
