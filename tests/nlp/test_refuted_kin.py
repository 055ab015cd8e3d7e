"""A variant read with the family before is read again when the item it lands on lacks the word said anew."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 3, 2)


def _lines(ex, text):
    return {(ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"]}


def test_a_design_word_after_a_long_variant_names_its_own_item(retail):
    # "bird" replaced only "red" of "red love heart": the love heart warmer has no bird on it
    assert _lines(retail, "4 x hand warmer red love heart, 2 x bird") == {("23439", 4), ("22867", 2)}


def test_a_variant_the_item_before_holds_still_reads_as_before(retail):
    assert _lines(retail, "8 x lunch bag red retrospot, 8 x spaceboy") == {("20725", 8), ("22382", 8)}
