"""Ordinary wording once misread: a recount in its own sentence, counts of questions, "no 2 alike", counts said
per store before the number of stores, an "N of each:" header after counted lines, a past shortfall (own wording)."""
from __future__ import annotations

import datetime as dt

WED = dt.date(2026, 11, 25)


def _got(ex, text):
    return sorted((ln["sku"], ln["quantity"]) for ln in ex.extract(text, WED)["lines"])


def test_a_recount_in_a_sentence_of_its_own_replaces_the_count(small):
    assert _got(small, "Could we get 4 lunch bag pink polkadot. Actually 9.") == [("22384", 9)]
    # naming another item it is no correction
    assert _got(small, "4 lunch bag pink polkadot. Actually 9 regency cakestand 3 tier too") == \
        [("22384", 4), ("22423", 9)]


def test_a_count_of_questions_is_no_count(small):
    text = "Please send 12 jumbo bag pink polkadot. Oh, 3 small questions: is there a minimum? do you invoice monthly?"
    assert _got(small, text) == [("22386", 12)]


def test_none_alike_is_no_count(small):
    assert _got(small, "we'd like 10 regency cakestand 3 tier, no 3 alike if you can") == [("22423", 10)]


def test_counts_said_per_store_before_the_stores_multiply(small):
    assert _got(small, "We need 5 lunch bag pink polkadot per shop, 4 shops") == [("22384", 20)]


def test_an_each_header_after_counted_lines_counts_its_own_list(small):
    text = "4 x regency cakestand 3 tier. Then 10 of each: jumbo bag pink polkadot, lunch bag pink polkadot"
    assert _got(small, text) == [("22384", 10), ("22386", 10), ("22423", 4)]


def test_a_past_shortfall_is_history(small):
    text = "My store was 4 short of lunch bag pink polkadot over Easter, so can you send 20 this time"
    assert _got(small, text) == [("22384", 20)]


def test_the_buyers_own_place_names_no_goods():
    from nlp.mentions import mention_text

    assert mention_text("our cafe was short of jumbo bags") == "was short of jumbo bags"
    assert mention_text("our school lunch bags") == "our school lunch bags"  # a place word before goods stays
