"""English line reading: pasted tables, inline pack sizes, "NAME x N", bullet lists (own catalogue, own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

TODAY = dt.date(2026, 11, 25)

ITEMS = [
    CatalogItem("BRG-6407", "Ball bearing 6407 open", "set", aliases=("6407 open",), default=True),
    CatalogItem("BRG-6407-ZZ", "Ball bearing 6407-ZZ metal shielded", "set", aliases=("6407 ZZ", "6407ZZ")),
    CatalogItem("BRG-6409", "Ball bearing 6409 open", "set", aliases=("6409 open",), default=True),
    CatalogItem("BRG-6409-2RS", "Ball bearing 6409-2RS rubber sealed", "set", aliases=("6409 2RS",)),
    CatalogItem("VB-C-3150", "Classical V-belt C-3150"),
    CatalogItem("VB-D-2240", "Classical V-belt D-2240"),
    CatalogItem("31520", "TIN SIGN 60'S DINER"),
    CatalogItem("31521", "TIN SIGN VINTAGE DINER"),
    CatalogItem("31530C", "ENAMEL JUG SEASIDE"),
    CatalogItem("31601", "PICNIC BAG RED RETROSPOT", aliases=("PICNIC BAG RED SPOTTY",)),
    CatalogItem("31602", "SPOTTY GARLAND"),
    CatalogItem("31603", "PAPER GARLAND RETROSPOT"),
    CatalogItem("31701", "PLANT POT ENAMEL NAVY"),
    CatalogItem("31702", "PLANT POT ENAMEL MUSTARD"),
    CatalogItem("31703", "PLANT POT ENAMEL SAGE"),
    CatalogItem("MW-0.8", "MIG welding wire 0.8 mm (5 kg spool)", "kg", aliases=("MIG wire 0.8",), pack_size=5),
    CatalogItem("MW-1.0", "MIG welding wire 1.0 mm (5 kg spool)", "kg", aliases=("MIG wire 1.0",), pack_size=5),
    CatalogItem("31801", "WRAP RETRO STARS"),
    CatalogItem("31802", "ROLL WRAP RETRO STARS"),
    CatalogItem("31803", "ROLL WRAP FOREST BIRDS"),
    CatalogItem("31810", "SALT AND PEPPER SHAKER SET HENS"),
    CatalogItem("31811", "SALT SHAKER HENS"),
    CatalogItem("PT-FEN-GY", "Fence paint, grey (5 L tin)", "L", pack_size=5),
    CatalogItem("PT-FLR-GY", "Floor paint, grey (5 L kit)", "L", pack_size=5),
    CatalogItem("HAT-RD", "SAFETY HAT RED"),
    CatalogItem("HAT-BL", "SAFETY HAT BLUE"),
    CatalogItem("HAT-WH", "SAFETY HAT WHITE"),
    CatalogItem("31417", "CANDY STRIPE PAPER STRAWS"),
    CatalogItem("31418", "POLKADOT PAPER STRAWS"),
]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """An extractor over the catalogue above."""
    return Extractor(ITEMS)


def got(ex: Extractor, text: str) -> set:
    """(sku, quantity) pairs read from a message."""
    return {(ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"]}


def test_table_row_of_a_bare_code_is_its_own_line(ex):
    text = "Order 77120\n\nPart       Qty\n6407ZZ     16\n6409       8\n6409-2RS   4\n\nThanks"
    assert got(ex, text) == {("BRG-6407-ZZ", 16), ("BRG-6409", 8), ("BRG-6409-2RS", 4)}


def test_a_code_after_packs_of_is_no_pack_size(ex):
    assert got(ex, "Please send 4 cartons of 31417 candy stripe paper straws.") == {("31417", 4)}


@pytest.mark.parametrize("text,qty", [
    ("could we have 5 ctns of 31418 polkadot paper straws (ctn = 40)", 200),
    ("2 boxes of the polkadot paper straws (50 per box) please", 100),
])
def test_pack_size_defined_inline_multiplies_the_count(ex, text, qty):
    assert got(ex, text) == {("31418", qty)}


def test_name_x_count_after_a_long_code_is_a_count(ex):
    # "D2240 x 4": a code with 3+ digits before "x N" is no dimension like "M8 x 30"
    assert got(ex, "C-3150 belts x 6, D2240 x 4 please") == {("VB-C-3150", 6), ("VB-D-2240", 4)}


def test_decade_written_without_apostrophe_is_the_catalogues_decade(ex):
    text = "for the cafe:\n* tin sign 60s diner - 12\n* tin sign vintage diner - 12\nJo"
    assert got(ex, text) == {("31520", 12), ("31521", 12)}


def test_second_mention_in_other_words_is_another_item(ex):
    # "spotty" and "retrospot" are synonyms here, yet a customer naming both means two garlands
    text = "could we get 12 of the spotty garland please. Also 6 of the retrospot garland"
    assert got(ex, text) == {("31602", 12), ("31603", 6)}


def test_codes_listed_with_commas_are_one_line_each(ex):
    text = "Stock check: 31417, 31530C, 31520 - we'd want about 40 of the tin signs."
    assert got(ex, text) == {("31417", None), ("31530C", None), ("31520", 40)}


@pytest.mark.parametrize("text", [
    "Hi Sam,\n\n> Previously: 30 x 31601 picnic bag red retrospot\n\nCould we have 45 of those please?",
    "Hi Sam,\n\n> Previously: 30 x 31601 picnic bag red retrospot\n\nHi Jean, 45 of those please, thanks",
])
def test_count_of_those_is_for_the_one_quoted_item(ex, text):
    assert got(ex, text) == {("31601", 45)}


def test_variants_named_after_a_mixed_count_are_count_less_lines(ex):
    r = ex.extract("How much for the enamel plant pots if we take 60 assorted? Mainly mustard and sage.", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in r["lines"]} == {("31702", None), ("31703", None)}


def test_question_after_a_dash_is_a_clause_of_its_own():
    from nlp.pipeline import find_chunks
    from nlp.text import normalize

    text = normalize("we'd like 6 of each enamel mug (red, cream) – and do you have the tin signs back in?")
    assert [text[s:e].strip() for s, e, _ in find_chunks(text, [])] == [
        "we'd like 6 of each enamel mug (red, cream)", "and do you have the tin signs back in"]


def test_decimal_after_the_names_the_variant(ex):
    assert got(ex, "Morning, 3 spools of the 0.8 wire and that's all") == {("MW-0.8", 15)}


def test_two_items_under_one_head_noun_with_each_count(ex):
    assert got(ex, "hi, 5 rolls each of the retro stars and forest birds wrap please") == {("31802", 5), ("31803", 5)}
    assert got(ex, "and 4 each of the salt and pepper shaker set hens") == {("31810", 4)}


def test_pack_word_of_the_count_tells_near_tied_items_apart(ex):
    assert got(ex, "we need grey paint for the shed doors, 6 tins please") == {("PT-FEN-GY", 30)}


def test_word_ones_after_a_guessed_line_refines_it(ex):
    assert got(ex, "do you have 30 safety hats in stock? guest ones, white i think") == {("HAT-WH", 30)}
