"""A count said after a count-less product question with what it is wanted for or before ("need 30 for Friday's
fair", "need 50 before the craft market"): the occasion is no product, the count is the asked item's (own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.clause_cues import PURPOSE

TODAY = dt.date(2026, 4, 8)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_purpose_words_after_the_count():
    for said in ("need 50 before the craft market", "we'd want 30 for Friday's fair", "need 12 ahead of the open day",
                 "need 20 for saturday window"):
        assert PURPOSE.match(said), said


def test_counted_goods_after_the_count_are_no_purpose():
    for said in ("need 50 jam jars", "need 50 of the jam jars before the market"):
        assert not PURPOSE.match(said), said


def test_count_before_an_occasion_goes_to_the_asked_item(retail):
    got = retail.extract("Any glass bonne jam jars in stock again? We'd need 40 before the Easter fair.", TODAY)
    assert _lines(got) == {("23021", 40)}
