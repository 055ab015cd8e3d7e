"""Dictated counts written as words that sound alike: "ate" (eight), "won" (one), "for of the" (four of the),
a "to dozen" run on after a plural name (own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.sound_alikes import sound_alike_counts

WED = dt.date(2026, 3, 11)


def test_ate_before_what_it_counts():
    assert sound_alike_counts("could i get ate of the blue jugs") == "could i get 8 of the blue jugs"
    assert sound_alike_counts("ate boxes of the m8 nuts") == "8 boxes of the m8 nuts"


def test_ate_after_a_word_asking_a_count():
    assert sound_alike_counts("we need ate please") == "we need 8 please"
    assert sound_alike_counts("make the spades too ate instead of six") == "make the spades to 8 instead of six"


def test_ate_as_a_verb_stays():
    for text in ("we ate the samples at the stall", "the kids ate out", "we have ate all the fudge"):
        assert sound_alike_counts(text) == text


def test_for_of_the_is_four():
    assert sound_alike_counts("and for of the striped ones") == "and 4 of the striped ones"
    assert sound_alike_counts("thanks for the lovely bags") == "thanks for the lovely bags"


def test_won_heading_an_item_is_one():
    assert sound_alike_counts("six mugs and won blue teapot") == "six mugs and 1 blue teapot"
    for text in ("our school won the raffle", "and won by a mile", "we won a prize"):
        assert sound_alike_counts(text) == text


def test_to_dozen_after_a_plural_starts_an_item():
    assert sound_alike_counts("6 of the spades two dozen of the buckets") == "6 of the spades, 2 dozen of the buckets"
    assert sound_alike_counts("up to two dozen pieces") == "up to two dozen pieces"


def test_dictated_order_reads_each_count(retail):
    got = retail.extract("hi its sam please send ate of the rabbit night lights and for of the gold mini tape "
                         "measures and won red diner wall clock thanks Sent from my iPhone", WED)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("23084", 8), ("20733", 4), ("22193", 1)}


def test_autocorrected_size_before_ones():
    assert sound_alike_counts("12 large and 12 smell ones") == "12 large and 12 small ones"
    assert sound_alike_counts("a lager one too") == "a large one too"
    assert sound_alike_counts("they smell lovely, 6 more") == "they smell lovely, 6 more"


def test_autocorrected_size_names_the_sibling(retail):
    got = retail.extract("can u send 6 heart of wicker large and 6 smell ones", WED)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("22470", 6), ("22469", 6)}
