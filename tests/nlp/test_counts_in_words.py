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


def test_words_where_digits_would_stand_become_digits():
    """Counts in words away from a count mark: a run of counted names, a change, a row's or a need's last word."""
    assert spoken_counts("teapots - five mint, five cream, three lilac") == "teapots - 5 mint, 5 cream, 3 lilac"
    assert spoken_counts("doormats: four hedgehog four fox two owl") == "doormats: 4 hedgehog, 4 fox, 2 owl"
    assert spoken_counts("make the candles nine not 6 please") == "make the candles 9 not 6 please"
    assert spoken_counts("raise the angle iron from 2 t to seven t") == "raise the angle iron from 2 t to 7 t"
    assert spoken_counts("do you stock 6305 bearings? need fourteen") == "do you stock 6305 bearings? need 14"
    assert spoken_counts("Linen tea towels: thirty-two\nmugs") == "Linen tea towels: 32\nmugs"
    assert spoken_counts("(a pack is twenty I believe)") == "(a pack is 20 I believe)"
    assert spoken_counts("so thirty-six and eighteen in total") == "so 36 and 18 in total"
    assert spoken_counts("only nine of the green ones and seven in blue") == "only 9 of the green ones and 7 in blue"


def test_lone_word_counts_stay_words():
    """A count in words with nothing that makes it a count stays as written."""
    assert spoken_counts("three crates arrived broken") == "three crates arrived broken"
    assert spoken_counts("the two sizes came six weeks late") == "the two sizes came six weeks late"
    assert spoken_counts("all four shops take three each") == "all four shops take 3 each"
    assert spoken_counts("two hundred and forty: fine") == "two hundred and forty: fine"


def test_a_run_of_word_counts_reads_like_digits(retail):
    """ "eight owl, eight bird" gives the same lines as "8 owl, 8 bird"."""
    words = retail.extract("hand warmers please - six owl, six scotty dog", TODAY)
    digits = retail.extract("hand warmers please - 6 owl, 6 scotty dog", TODAY)
    assert pairs(words) == pairs(digits) and len(pairs(digits)) == 2


def test_comma_rows_with_a_unit_count_are_rows():
    """A bulleted list joined with commas, each count after its name with a unit, splits back into rows."""
    text = "copper elbows 22mm, 30 bags, brass tees 15mm, 12 boxes, ptfe tape, 6 rolls"
    assert spoken_counts(text) == "copper elbows 22mm, 30 bags\nbrass tees 15mm, 12 boxes\nptfe tape, 6 rolls"
    assert spoken_counts("mugs, 4 boxes, thanks a lot") == "mugs, 4 boxes, thanks a lot"  # one count is no run


def test_rows_starting_with_a_size_or_worked_out_counts_split():
    text = '6" flap discs - 3 boxes, 9" flap discs - 20, m10 nuts - 2 boxes (50/box) = 100 pcs, m10 washers - 100 pcs'
    assert spoken_counts(text) == ('6" flap discs - 3 boxes\n9" flap discs - 20\n'
                                   'm10 nuts - 2 boxes (50/box) = 100 pcs\nm10 washers - 100 pcs')
