"""Outer packs whose content the message states are counted in what they hold."""
from __future__ import annotations

import datetime as dt

from nlp.case_sizes import outer_counts

TODAY = dt.date(2026, 9, 14)


def test_every_case_count_takes_the_stated_size():
    out = outer_counts("3 cartons of the owl mugs (i think they're 12 per carton) and 1 carton of fox mugs")
    assert "36 of the owl mugs" in out and "12 of fox mugs" in out
    assert "per carton" not in out  # the remark itself counts nothing


def test_a_case_said_with_its_inner_packs_still_reads_as_before():
    assert "5 boxes" in outer_counts("a case of 10 boxes of the L and half a case of M")


def test_no_stated_size_leaves_the_text():
    text = "2 cases of the jumbo bag owls and 6 lunch bags"
    assert outer_counts(text) == text


def test_both_lines_in_pieces(retail):
    got = retail.extract("Could you send 2 ctns jumbo bag owls and 3 ctns lunch bag spaceboy - 10 in a ctn", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("20713", 20), ("22382", 30)}


def test_each_and_the_case_are_the_same_remark():
    """ "12 in each case", "10 to the carton": the remark's other articles, which its pattern always meant to read."""
    from nlp.case_sizes import outer_counts
    assert outer_counts("4 cases of tealights (12 in each case)").split()[0] == "48"
    assert outer_counts("3 cartons of the mugs, 10 to the carton").split()[0] == "30"
    assert outer_counts("4 cases of tealights in each colour").split()[0] == "4"  # (no count held: no remark)
