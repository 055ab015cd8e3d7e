"""Counts as dictated or spoken: homophones of four / two, "… and a half", clock times (own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor
from nlp.quantities import find_quantities
from nlp.spoken import spoken_counts

WED = dt.date(2026, 11, 25)


def test_homophones_before_a_count_word():
    assert spoken_counts("can i have for dozen of the mugs") == "can i have four dozen of the mugs"
    assert spoken_counts("send to gross of straws") == "send two gross of straws"
    assert spoken_counts("thirty for of the red tins") == "34 of the red tins"  # then in digits (count before "of the")


def test_homophones_elsewhere_stay_words():
    for text in ("up to dozen mugs", "for the shop please", "twenty for the market", "twenty to five"):
        assert spoken_counts(text) == text


def test_and_a_half():
    # "a tonne and a half" is read by quantities.AND_A_HALF (which also sees quoted history), not here
    assert [q.value for q in find_quantities("a tonne and a half of plate", [])] == [1.5]
    assert spoken_counts("two and a half boxes") == "2.5 boxes"
    assert spoken_counts("3 and a half tonnes") == "3.5 tonnes"


def test_dictated_four_dozen_is_read(small):
    got = small.extract("hello could you send for dozen of the red hanging heart tea light holders thanks", WED)
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("21733", 48)]


def test_half_tonne_and_clock_time(small):
    got = small.extract("Note of a call at 11:30 from the yard\n- one and a half tonnes of 10mm plate", WED)
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("PL-Q235B-10", 1.5)]


def test_emoji_hide_no_words(small):
    got = small.extract("Is the red hanging heart tea light holder back in?? 🌟 and the white? 6 of each if so 🙏", WED)
    assert sorted((ln["sku"], ln["quantity"]) for ln in got["lines"]) == [("21733", 6), ("85123A", 6)]


def test_each_count_with_a_purpose_after_it():
    ex = Extractor([CatalogItem("41001", "FOREST MINI SATCHEL"), CatalogItem("41002", "ROCKET MINI SATCHEL"),
                    CatalogItem("41003", "GIFT WRAP MARKET STALL")])
    got = ex.extract("the forest mini satchels and the rocket ones, 5 of each for the market stall", WED)
    assert sorted((ln["sku"], ln["quantity"]) for ln in got["lines"]) == [("41001", 5), ("41002", 5)]


def test_job_numbers_standards_and_years_are_no_counts(small):
    text = "Send 4 x deep groove ball bearing 6205 2RS to job 5832, with mill certs to EN 10204 2.2 please"
    assert [(ln["sku"], ln["quantity"]) for ln in small.extract(text, WED)["lines"]] == [("BRG-6205-2RS", 4)]
    assert small.extract("Is there a new price list for 2028 yet?", WED)["lines"] == []
