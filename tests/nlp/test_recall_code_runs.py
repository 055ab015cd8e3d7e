"""Catalogue codes written one after another with only spaces between are one item each (own sentences)."""
from __future__ import annotations

import datetime as dt

from nlp.code_runs import parted_codes

TODAY = dt.date(2026, 9, 14)


def test_spaced_codes_each_a_line(retail):
    got = retail.extract("hi, could we get 22726 22730 x 24 of each", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("22726", 24), ("22730", 24)}


def test_only_catalogue_codes_are_parted():
    skus = {"22726": 0, "22730": 0}
    assert parted_codes("22726 22730 and 10000 22726", skus) == "22726, 22730 and 10000 22726"
    assert parted_codes("no codes here", skus) == "no codes here"
