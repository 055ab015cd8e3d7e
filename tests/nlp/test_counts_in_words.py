"""Counts in words before a count mark read as digits; list rows joined on one line, and counted items written
without commas, read as rows (invented sentences)."""
from __future__ import annotations

import datetime as dt

from nlp.spoken import spoken_counts

TODAY = dt.date(2026, 11, 25)


def pairs(result: dict) -> set:
    """(sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_words_before_a_count_mark_become_digits():
    assert spoken_counts("eleven x 6308 zz") == "11 x 6308 zz"
    assert spoken_counts("thirty-six of the blue mugs") == "36 of the blue mugs"
    assert spoken_counts("fifteen no. dn40 gate valves") == "15 no. dn40 gate valves"


def test_pronoun_one_and_spelt_hundreds_stay():
    assert spoken_counts("the mint one x 4") == "the mint one x 4"
    assert spoken_counts("two hundred and forty of the red") == "two hundred and forty of the red"
    assert spoken_counts("seven days a week") == "seven days a week"


def test_code_after_a_word_count_is_no_count(industrial):
    """ "eleven x 6206 2RS" is 11 of the bearing, as "11 x 6206 2RS" is, not 6308 of another."""
    words = industrial.extract("please send eleven x 6206 2RS and three x 6305 ZZ", TODAY)
    digits = industrial.extract("please send 11 x 6206 2RS and 3 x 6305 ZZ", TODAY)
    assert pairs(words) == pairs(digits) == {("BRG-6206-2RS", 11), ("BRG-6305-ZZ", 3)}


def test_rows_written_on_one_line_are_rows():
    text = "gingham doorstop - 3, retrospot doorstop - 5, owl hand warmer: 10"
    assert spoken_counts(text) == "gingham doorstop - 3\nretrospot doorstop - 5\nowl hand warmer: 10"
    assert spoken_counts("size - 6, red please") == "size - 6, red please"  # one count is no run of rows


def test_comma_joined_rows_keep_their_own_counts(retail):
    """Each count after a dash is the row's before it, not the next name's."""
    r = retail.extract("Please send: regency cakestand 3 tier - 2, jumbo bag pink polkadot - 20, "
                       "white hanging heart t-light holder - 8", TODAY)
    assert pairs(r) == {("22423", 2), ("22386", 20), ("85123A", 8)}


def test_rows_with_leaders_and_qty_are_rows():
    text = "ball valve dn40 ........ 6 off, gate valve dn65 ........ 2 off"
    assert spoken_counts(text) == "ball valve dn40 ........ 6 off\ngate valve dn65 ........ 2 off"
    assert spoken_counts("oven glove, red - qty 4, oven glove, blue - qty 8") == "oven glove, red - qty 4\noven glove, blue - qty 8"


def test_comma_less_counted_items_are_set_apart():
    said = "pls send 3 x lunch bag suki 5 x jumbo bag owls 2 boxes m6 nuts thx"
    assert spoken_counts(said) == "pls send 3 x lunch bag suki, 5 x jumbo bag owls, 2 boxes m6 nuts thx"
    assert spoken_counts("angle 50 x 50 x 5 3 lengths") == "angle 50 x 50 x 5 3 lengths"  # a size, then one count
    kept = "bolts 4 boxes, nuts 4 boxes"  # commas of its own: left as written
    assert spoken_counts(kept) == kept


def test_chat_list_without_commas_reads_each_item(retail):
    r = retail.extract("hiya can u send 4 x jumbo bag pink polkadot 6 x regency cakestand 3 tier ta", TODAY)
    assert pairs(r) == {("22386", 4), ("22423", 6)}
