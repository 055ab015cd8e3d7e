"""Industrial counts: "a tonne and a half", times of day and job numbers that are no counts (own sentences)."""
from __future__ import annotations

import datetime as dt

from nlp.quantities import find_quantities

TODAY = dt.date(2026, 11, 25)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_and_a_half_joins_the_measure():
    (q, *_) = find_quantities("two metres and a half of the hose", [])
    assert (q.value, q.unit) == (2.5, "metres")
    assert find_quantities("a dozen and a half", [])[0].value != 2.5  # dozens are counted elsewhere


def test_times_and_job_numbers_are_no_counts():
    assert find_quantities("rang at 09:15 from site", []) == []
    assert find_quantities("for job 5520, ask at the gate", []) == []
    assert find_quantities("ticket 8812 refers", []) == []


def test_a_tonne_and_a_half_of_angle(industrial):
    got = industrial.extract("Site call 14:05 from Dan:\n- a tonne and a half of 63 x 6 angle\n- 2 tonne of 10mm plate Q235", TODAY)
    assert _lines(got) == {("ANG-63X6", 1.5), ("PL-Q235B-10", 2)}


def test_a_job_number_after_the_list(industrial):
    got = industrial.extract("Need on site Friday: 6 x 6305 ZZ and 3 B1600 vee belts. Job 5518 at the quarry, ask for Lee.", TODAY)
    assert _lines(got) == {("BRG-6305-ZZ", 6), ("VB-B-1600", 3)}


def test_a_standard_and_its_class_are_no_counts():
    assert find_quantities("certs to EN 10204 3.1 please", []) == []
    assert find_quantities("made to ISO 4014", []) == []
    assert [q.value for q in find_quantities("BS 4449 bar, 30 lengths", [])] == [30]
