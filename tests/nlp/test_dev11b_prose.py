"""Chatty prose: a count of pieces hyphened to its word ("18-piece") names the item as "18 piece" does."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.text import terms

TODAY = dt.date(2026, 5, 4)


def test_a_hyphened_piece_count_is_one_term():
    assert terms("18-piece wooden cutlery sets") == terms("18 piece wooden cutlery sets")
    assert "3tier" in terms("3-tier cakestand")  # (other hyphened words keep their parts as before)


@pytest.mark.parametrize("text, want", [
    ("Could you add 6 of the 18-piece wooden cutlery sets for the picnic.", [("23124", 6)]),
    ("We want 12 of those 18-pcs wooden cutlery sets", [("23124", 12)]),
    ("Four boxes please of the 16-pc pantry cutlery set, 4 in total", [("23253", 4)]),
])
def test_a_hyphened_piece_count_reads_its_item(retail, text, want):
    assert [(ln["sku"], ln["quantity"]) for ln in retail.extract(text, TODAY)["lines"]] == want


@pytest.mark.parametrize("text, want", [
    ("Need B-1600 belts x 2 and 6205 bearings too, 2 off, shielded ones.", [("VB-B-1600", 2), ("BRG-6205-ZZ", 2)]),
    ("Please send V-belts B-2000 x 1 and 6204 bearings, 4 off, the rubber sealed type.",
     [("VB-B-2000", 1), ("BRG-6204-2RS", 4)]),
    ("6206 bearings, 3 off, rubber sealed, for the conveyor.", [("BRG-6206-2RS", 3)]),
])
def test_a_model_number_before_its_count_names_the_item(industrial, text, want):
    """ "6205 bearings, 2 off": the bare number is the item's code (not a count, nor borrowed as one), and the
    count said after it reads with the family and its code."""
    assert [(ln["sku"], ln["quantity"]) for ln in industrial.extract(text, TODAY)["lines"]] == want


@pytest.mark.parametrize("text, want", [
    ("Do you have the woodland charlotte bags and the red retrospot charlotte bags? 40 of each please. (Shop restock)",
     [("20719", 40), ("20724", 40)]),
    ("Have you got the strawberry charlotte bags and the red retrospot charlotte bags? 30 of each. (For my little shop)",
     [("20723", 30), ("20724", 30)]),
])
def test_a_bracketed_aside_without_a_count_is_no_line(retail, text, want):
    assert [(ln["sku"], ln["quantity"]) for ln in retail.extract(text, TODAY)["lines"]] == want


@pytest.mark.parametrize("text, want", [
    ("Spoke to Ann at Primrose Gifts - she'd like the enamel watering can in cream x 3 and the vintage zinc watering "
     "can - the large one, not the small - x 2.", [("22430", 3), ("23463", 2)]),
    ("Phoned Raj from Bloom & Co - he wants the vintage zinc watering can - the small one, not the big one - x 5 please.",
     [("23464", 5)]),
])
def test_a_sibling_pointed_at_between_dashes_is_an_aside(retail, text, want):
    assert [(ln["sku"], ln["quantity"]) for ln in retail.extract(text, TODAY)["lines"]] == want


def test_not_the_closes_at_a_dash_or_a_count_sign():
    from nlp.negation import said_against
    assert said_against("zinc watering can - the big one, not the small - x")[1] == "small"
    assert said_against("zinc watering can (the big one, not the small x")[1] == "small"


@pytest.mark.parametrize("text, want", [
    ("Could I get 24 of the wooden scandinavian stars for the tree?", [("22578", 24)]),
    ("12 wooden scandinavian hearts for the christmas tree please", [("22577", 12)]),
])
def test_a_purpose_naming_a_sibling_is_cut_from_a_strong_reading(retail, text, want):
    assert [(ln["sku"], ln["quantity"]) for ln in retail.extract(text, TODAY)["lines"]] == want


@pytest.mark.parametrize("text, want", [
    ("Scandinavian stars - 20. I'll hang one over the door.\n\nThe wicker hearts, the big ones, 8 please.",
     [("22578", 20), ("22470", 8)]),
    ("Feltcraft christmas fairies, 8 please. We're going to put one in each hamper.\n\nThe wicker hearts, the small "
     "ones, 6 please.", [("22940", 8), ("22469", 6)]),
])
def test_a_plan_for_the_goods_is_no_line_and_joins_no_chunk(retail, text, want):
    assert [(ln["sku"], ln["quantity"]) for ln in retail.extract(text, TODAY)["lines"]] == want
