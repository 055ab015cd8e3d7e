"""A variant swap lists only the new variant with its count; part of a line swapped keeps what stays (own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

ITEMS = [CatalogItem("LMP-BR", "Desk lamp brass", "pcs"), CatalogItem("LMP-CH", "Desk lamp chrome", "pcs"),
         CatalogItem("LMP-BK", "Desk lamp black", "pcs")]
DAY = dt.date(2026, 3, 9)


def _pairs(text: str) -> tuple[str, set]:
    got = Extractor(ITEMS).extract(text, DAY)
    return got["intent"], {(ln["sku"], ln["quantity"]) for ln in got["lines"]}


def test_a_whole_swap_has_no_old_line_at_zero():
    assert _pairs("On yesterday's order please swap the 10 brass desk lamps for chrome ones, same number.") == \
        ("change", {("LMP-CH", 10)})


def test_a_swap_with_no_count_still_names_the_new_variant():
    intent, pairs = _pairs("Could you swap the brass desk lamps on my order for the black ones?")
    assert intent == "change" and {sku for sku, _ in pairs} == {"LMP-BK"}


def test_part_of_a_line_swapped_keeps_what_stays():
    """Near miss: "could two of the six be chrome" swaps only two, so the brass line stays at four."""
    assert _pairs("We ordered 6 brass desk lamps - could two of the six be chrome instead?")[1] == \
        {("LMP-BR", 4), ("LMP-CH", 2)}


def test_from_one_count_to_another_is_no_swap():
    """ "the brass lamps from 8 to 12" changes the count; "and drop the black ones" is a line at 0 beside it."""
    assert _pairs("On my order please change the brass desk lamps from 8 to 12 and drop the black ones altogether.") == \
        ("change", {("LMP-BR", 12), ("LMP-BK", 0)})


SIZES = [CatalogItem("ROD-2.5", "Welding rod E7018 2.5mm", "kg", pack_size=5), CatalogItem("ROD-3.2", "Welding rod E7018 3.2mm", "kg", pack_size=5),
         CatalogItem("SHT-AL-2", "Steel plate S275 2mm", "t"), CatalogItem("SHT-AL-3", "Steel plate S275 3mm", "t")]


def _sized(text: str) -> tuple[str, set]:
    got = Extractor(SIZES).extract(text, DAY)
    return got["intent"], {(ln["sku"], ln["quantity"]) for ln in got["lines"]}


def test_instead_of_one_size_make_it_another():
    """ "instead of E7018 2.5mm rod make it 3.2, same 6 packets.: the new size is no count; the packets are."""
    assert _sized("On the yard order, instead of E7018 2.5mm rod make it 3.2, same 6 packets.") == ("change", {("ROD-3.2", 30)})


def test_a_decimal_count_inside_the_old_line_is_no_clause_end():
    assert _sized("On our order please change the 2.5 t of S275 plate 2mm to 3mm, same weight.") == \
        ("change", {("SHT-AL-3", 2.5)})


def test_near_miss_counts_after_make_it_split_the_line():
    """ "instead of 10 brass make it 6 brass and 4 chrome" splits the line: no swap reading."""
    intent, pairs = _pairs("Can I change the lamps - instead of 10 brass desk lamps make it 6 brass desk lamps and 4 chrome.")
    assert ("LMP-BR", 6) in pairs and ("LMP-CH", 4) in pairs
