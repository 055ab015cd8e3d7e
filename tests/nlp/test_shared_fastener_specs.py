"""Nuts and washers listed bare after specified bolts ("zinc M10x40 bolts and nuts, 50 of each") take the bolts'
thread size and material (own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.shared_specs import shared_specs

TODAY = dt.date(2026, 3, 3)


def test_nuts_take_size_and_material():
    assert shared_specs("stainless m10x40 bolts and nuts") == "stainless m10x40 bolts and stainless m10 nuts"


def test_counted_followers_and_spring_washers():
    assert shared_specs("300 m12x50 bolts, 300 nuts, 300 spring washers") == \
        "300 m12x50 bolts, 300 m12 nuts, 300 m12 spring washers"


def test_nuts_with_their_own_size_stay():
    for said in ("m12 bolts and m10 nuts", "m8 bolts; also nuts for the gate", "the nuts and bolts"):
        assert shared_specs(said) == said


def test_quote_for_bolts_and_nuts_of_each(industrial):
    got = industrial.extract("Price please for stainless M10 bolts and nuts, 500 of each.", TODAY)
    assert ("NUT-M10-SS", 500) in {(ln["sku"], ln["quantity"]) for ln in got["lines"]}
