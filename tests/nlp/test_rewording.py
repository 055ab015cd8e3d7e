"""The same order reworded as new writers do (no commas, counts in words, labelled rows) reads the same (own catalogue)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

TODAY = dt.date(2026, 11, 25)

ITEMS = [
    CatalogItem("HB-M12X60", "Hex bolt M12×60 zinc", "pcs", aliases=("M12x60 bolt",)),
    CatalogItem("HN-M12", "Hex nut M12 zinc", "pcs", aliases=("M12 nut",)),
    CatalogItem("FW-M12", "Flat washer M12 zinc", "pcs", aliases=("M12 washer",)),
    CatalogItem("HAT-OR", "Safety helmet orange", "pcs"),
    CatalogItem("GLV-LTR", "Leather rigger gloves", "pair"),
    CatalogItem("51001", "PLANT LABEL ROSE DESIGN"),
    CatalogItem("51002", "PLANT LABEL TULIP DESIGN"),
    CatalogItem("51010", "KITCHEN TIMER RETRO RED"),
    CatalogItem("51011", "KITCHEN TIMER RETRO CREAM"),
]


@pytest.fixture(scope="module")
def ex():
    return Extractor(ITEMS)


def _lines(ex, text):
    return sorted((ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"])


@pytest.mark.parametrize("text", [
    "pls send 3000 m12x60 bolts 3000 m12 nuts 3000 m12 washers",
    "need 2000 m12x60 bolts 2000 m12 nuts and 2000 m12 washers for the tower job",
])
def test_round_counts_in_thousands_run_on_without_commas(ex, text):
    want = 3000 if "3000" in text else 2000
    assert _lines(ex, text) == [("FW-M12", want), ("HB-M12X60", want), ("HN-M12", want)]


def test_a_bare_count_opening_a_run_on_list_parts_it_from_a_counted_one(ex):
    got = _lines(ex, "can you send 40 orange safety helmets 5 doz leather rigger gloves")
    assert got == [("GLV-LTR", 60), ("HAT-OR", 40)]


@pytest.mark.parametrize("text", [
    "For the nursery: thirty-six rose plant labels, 36 tulip plant labels",
    "For the nursery: thirty six rose plant labels, 36 tulip plant labels",
])
def test_a_hyphenated_count_in_words_is_one_count_after_a_heading(ex, text):
    assert _lines(ex, text) == [("51001", 36), ("51002", 36)]


@pytest.mark.parametrize("label", ["Shop 2 (Frome):", "Site 4:", "Depot 3 -"])
def test_a_numbered_shop_or_site_heading_a_row_is_no_count(ex, label):
    assert _lines(ex, f"{label} eight retro red kitchen timers") == [("51010", 8)]


@pytest.mark.parametrize("text", [
    "need eight rose plant labels eight tulip plant labels and twelve retro cream kitchen timers",
    "pls send eight rose plant labels eight tulip plant labels twelve retro cream kitchen timers",
])
def test_counts_in_words_part_a_run_on_list_like_digits(ex, text):
    assert _lines(ex, text) == [("51001", 8), ("51002", 8), ("51011", 12)]


@pytest.mark.parametrize("text", [
    "re order 4410: change the retro red kitchen timers from 10 to 30, no wait, make that 20",
    "on our po 7712 please put the retro red kitchen timers up to 30 no sorry make that 20",
])
def test_a_take_back_corrects_the_new_count_of_a_placed_order(ex, text):
    assert _lines(ex, text) == [("51010", 20)]


def test_an_order_written_on_one_line_keeps_its_items_before_the_disclaimer(ex):
    text = ("pls supply 8 rose plant labels and 4 retro cream kitchen timers this message and its attachments are "
            "confidential if you are not the intended recipient delete it")
    assert _lines(ex, text) == [("51001", 8), ("51011", 4)]


def test_a_disclaimer_on_a_line_of_its_own_is_still_dropped():
    from nlp.clean import clean

    body = clean("4 retro cream kitchen timers\nThis e-mail is confidential and may be privileged (ref 12).").body
    assert body == "4 retro cream kitchen timers"


@pytest.mark.parametrize("frame", [("Hi,\n\n", "\n\nThanks,\nSam"), ("Good morning!\n", "\nCheers, Jo"), ("", "")])
def test_a_greeting_and_sign_off_leave_an_unpunctuated_list_unpunctuated(ex, frame):
    text = f"{frame[0]}can you send 8 rose plant labels 8 tulip plant labels 4 retro red kitchen timers{frame[1]}"
    assert _lines(ex, text) == [("51001", 8), ("51002", 8), ("51010", 4)]


@pytest.mark.parametrize("text", [
    "PO 8812: make the retro red kitchen timers 6 instead please",
    "Hello,\n\nPO 8812: make the retro red kitchen timers 6 instead please",
    "Morning Dave\norder 8812 - please add 6 retro red kitchen timers",
])
def test_an_edit_of_a_placed_order_is_a_change_under_a_greeting_too(ex, text):
    got = ex.extract(text, TODAY)
    assert got["intent"] == "change" and [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("51010", 6)]
