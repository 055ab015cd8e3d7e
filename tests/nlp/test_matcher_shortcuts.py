"""Shortcuts taken for speed read a mention exactly as the long way did (invented mentions)."""
from __future__ import annotations

from nlp.catalog import CatalogItem
from nlp.matcher import Matcher
from nlp.respell import respelt

ITEMS = [CatalogItem("A", "WAX CANDLE IVORY"), CatalogItem("B", "WAX CANDLE LILAC"),
         CatalogItem("C", "TEA LIGHT HOLDER GLASS")]


def test_nothing_said_against_leaves_no_against_words():
    m = Matcher(ITEMS)
    m.match("wax candles in ivory", top=3)
    assert m._against == frozenset()


def test_a_word_said_against_is_still_read():
    m = Matcher(ITEMS)
    assert m.match("wax candles, the pale one, not lilac", top=3)[0][0] == "A"
    assert "lilac" in m._against


def test_an_english_word_is_kept_without_asking_the_catalogue():
    asked: list[str] = []
    known = lambda w: asked.append(w) or w == "candle"  # noqa: E731
    assert respelt("please deliver the candel", known) == "please deliver the candle"
    assert "please" not in asked and "deliver" not in asked  # dictionary words never reach the catalogue


def test_a_catalogue_word_outside_the_dictionary_stays():
    assert respelt("six lilacs", lambda w: w == "lilacs") == "six lilacs"  # near miss: known, not respelt
