"""Self-corrections undone ("30 was right"), doubled ("10 of each"), remarked on ("12 was last time") or said in full."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.undone import undone

TODAY = dt.date(2026, 5, 4)


def _lines(ex, text):
    return sorted((line["sku"], line["quantity"]) for line in ex.extract(text, TODAY)["lines"])


@pytest.mark.parametrize("text, kept", [
    ("send the woodland lunch bags, 30 - no, 40 - sorry, 30 was right.", "send the woodland lunch bags, 30."),
    ("strawberry charlotte bags x 20 - no wait, 25 - oops, the first one was correct", "strawberry charlotte bags x 20"),
])
def test_a_count_said_right_after_all_undoes_the_corrections(text, kept):
    assert undone(text) == kept


def test_a_remark_on_the_last_round_is_dropped():
    assert undone("no - 15 strawberry, 12 was last time.") == "no - 15 strawberry."


@pytest.mark.parametrize("text, want", [
    ("Please send the woodland lunch bags, 30 - no, 40 - sorry, 30 was right.", [("20726", 30)]),
    ("Strawberry charlotte bags x 20 - no wait, 25 - oops, the first one was correct.", [("20723", 20)]),
    ("Could I get 20 lunch bags woodland - no, make that the black skull ones - actually, 10 of each?",
     [("20726", 10), ("20727", 10)]),
    ("12 woodland lunch bags. And the cars blue ones, 8. No - 6 cars, 8 was last time.", [("20726", 12), ("20728", 6)]),
    ("10 woodland charlotte bags, sorry I mean the strawberry ones, 10 strawberry charlotte bags.", [("20723", 10)]),
])
def test_retail_corrections(retail, text, want):
    assert _lines(retail, text) == want


def test_a_lone_size_swapped_then_each_names_both_sizes(industrial):
    text = "Want E6013 rod 2.5, 5 cartons - no, make that 3.2 - actually half and half, 3 cartons of each."
    assert _lines(industrial, text) == [("WR-E6013-2.5", 60), ("WR-E6013-3.2", 60)]
