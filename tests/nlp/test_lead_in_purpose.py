"""A purpose leading the request ("hi, for our summer fete could you quote for 60 of the …") is no trailing purpose
to cut with all after it; an item added with "maybe … too" takes no count from the line before (own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.mentions import mention_text

TODAY = dt.date(2026, 5, 20)


def test_request_after_a_leading_purpose_stays():
    said = "hi, for our summer fete could you quote for of the regency cakestands"
    assert "regency cakestands" in mention_text(said)


def test_trailing_purpose_still_cut():
    assert mention_text("the regency cakestands, for the tea room opening") == "the regency cakestands"


def test_leading_purpose_quote_and_a_maybe_item(retail):
    got = retail.extract("Hi, for our village fete could you quote for 50 of the love heart trinket pots? "
                         "And perhaps the pink doughnut trinket pots too.", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("22066", 50), ("22064", None)}


def test_too_without_maybe_takes_the_count(retail):
    got = retail.extract("Please send 20 of the love heart trinket pots and the pink doughnut trinket pots too.", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("22066", 20), ("22064", 20)}
