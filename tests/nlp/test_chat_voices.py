"""Chat and voice-memo habits: spoken fillers dropped, counts after a dash or "x" closing their names on a run-on line."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.spoken import _COUNTED, spoken_counts
from nlp.trailing_runs import marked_rows

TODAY = dt.date(2026, 3, 2)


def test_dash_counts_close_their_names():
    """A count after a spaced dash trails its name: the row ends after the count."""
    line = "we want the oak coasters - 30 slate coasters - 20 cork mats - 10 thanks"
    assert marked_rows(line, _COUNTED) == "we want the oak coasters - 30\nslate coasters - 20\ncork mats - 10 thanks"


def test_times_sign_counts_close_their_names():
    """"name × 8 name × 4": the count after the sign closes each row."""
    line = "garden gnome large × 8 bird feeder copper × 4 ok"
    assert marked_rows(line, _COUNTED) == "garden gnome large × 8\nbird feeder copper × 4 ok"


@pytest.mark.parametrize("line", [
    "pls send 6 x bolt m10 x 40 zinc 4 x nut m10",      # counts lead; "m10 x 40" is a size
    "pick any of - 12 red mugs - 8 blue mugs",          # dashes open the rows: goods after the last count
    "coasters - 30 only",                               # one count: nothing to part
    "sizes 10 - 20 and 30 - 40 in the tubes",           # a range between numbers is no count mark
])
def test_other_lines_keep_their_reading(line):
    """Counts that lead, ranges, sizes and a single count are left as they are."""
    assert marked_rows(line, _COUNTED) == line


def test_fillers_are_dropped():
    """Spoken "um", "er", "uh" say a pause and are dropped; words holding them stay."""
    assert spoken_counts("um can we get er 4 boxes of the uh tumblers") == "can we get 4 boxes of the tumblers"
    assert spoken_counts("the summer range and the under shelf") == "the summer range and the under shelf"


def test_a_filler_closing_a_run_does_not_start_goods(retail):
    """A filler after the last trailing count is no name: the counts still trail (hypothetical run-on memo)."""
    text = "hiya could we get the hot water bottle keep calm - 6 lunch bag suki design - 12 er cheers"
    got = retail.extract(text, TODAY)
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("23355", 6), ("22383", 12)]


def test_spoken_run_with_times_signs(retail):
    """A memo naming goods then "x N" each, with fillers between, reads each count with the name before it."""
    got = retail.extract("um hot water bottle keep calm x 6 er lunch bag suki design x 12 thx", TODAY)
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("23355", 6), ("22383", 12)]


def test_make_that_right_after_a_count_takes_it_back():
    """"30 no wait make that 15 …": the count just said is replaced, with no comma around the cue."""
    from nlp.self_corrections import corrected

    assert corrected("could i get 30 no wait make that 15 of the tin signs") == "could i get 15 of the tin signs"
    assert corrected("2 boxes of nails and 9 sorry make that 6 rolls of tape") == "2 boxes of nails and 6 rolls of tape"


def test_spoken_correction_stays_an_order(retail):
    """A memo correcting its own count is still a new order, read with the corrected count."""
    got = retail.extract("um can we have 20 no wait make that 10 lunch bag suki design thx", TODAY)
    assert got["intent"] == "order"
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("22383", 10)]
