"""Distributed variant lists: a family named once, its variants listed after it (own catalogue, own sentences).

Over this small catalogue other rules often read a list right too; each test also reads one over the retail catalogue,
where a variant alone names another product ("circus parade" is a card) and only the list reading gets it right."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem
from nlp.list_counts import count_value
from nlp.extractor import Extractor

TODAY = dt.date(2026, 11, 25)

ITEMS = [
    CatalogItem("MUG-R", "SPOTTY MUG RED"),
    CatalogItem("MUG-G", "SPOTTY MUG GREEN"),
    CatalogItem("MUG-B", "SPOTTY MUG BLUE"),
    CatalogItem("TIN-L", "HEART TIN LARGE"),
    CatalogItem("TIN-S", "HEART TIN SMALL"),
    CatalogItem("GLV-M", "Cotton work gloves, size M", "pair"),
    CatalogItem("GLV-L", "Cotton work gloves, size L", "pair"),
    CatalogItem("GLV-XL", "Cotton work gloves, size XL", "pair"),
    CatalogItem("SACK-PLUM", "STORAGE SACK PLUMS"),
    CatalogItem("SACK-FIG", "STORAGE SACK FIGS"),
    CatalogItem("SACK-STAR", "STORAGE SACK STARS"),
    CatalogItem("TT-PF", "TEA TOWEL PLUMS AND FIGS"),
    CatalogItem("DOOR-1", "BRASS DOOR NUMBER 1"),
    CatalogItem("DOOR-2", "BRASS DOOR NUMBER 2"),
    CatalogItem("DOOR-3", "BRASS DOOR NUMBER 3"),
    CatalogItem("DOOR-4", "BRASS DOOR NUMBER 4"),
    CatalogItem("PLQ-H", "GARDEN PLAQUE HOME SWEET HOME"),
    CatalogItem("PLQ-W", "GARDEN PLAQUE WELCOME FRIENDS"),
    CatalogItem("PLQ-G", "GARDEN PLAQUE GONE FISHING"),
    CatalogItem("SCARF-N", "WOOL SCARF NAVY"),
    CatalogItem("SCARF-C", "WOOL SCARF CREAM"),
    CatalogItem("SCARF-K", "WOOL SCARF KHAKI"),
]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """An extractor over families with several variants each."""
    return Extractor(ITEMS)


def lines(ex: Extractor, text: str) -> dict:
    """SKU -> quantity of a message's lines."""
    return {ln["sku"]: ln["quantity"] for ln in ex.extract(text, TODAY)["lines"]}


def test_each_count_over_colours(ex, retail):
    assert lines(ex, "please send the spotty mugs, 6 each in red, green and blue") == \
        {"MUG-R": 6, "MUG-G": 6, "MUG-B": 6}
    assert lines(retail, "Mini jigsaws – 8 each of dinosaur, bunnies and leap frog\n") == \
        {"22547": 8, "22545": 8, "22541": 8}


def test_each_count_over_bracketed_colours(ex, retail):
    assert lines(ex, "We'd like the wool scarves, 4 in each colour (navy, cream, khaki). Thanks") == \
        {"SCARF-N": 4, "SCARF-C": 4, "SCARF-K": 4}
    got = lines(retail, "Hello, we'd like the mini jigsaws, 5 in each design (dinosaur, bunnies, purdey), and 4 of the "
                        "spaceboy lunch boxes.")
    assert got == {"22547": 5, "22545": 5, "22546": 5, "22629": 4}


def test_counts_per_size_after_a_colon(ex, retail):
    assert lines(ex, "heart tins: 4 large, 2 small") == {"TIN-L": 4, "TIN-S": 2}
    assert lines(retail, "plasters in tins: 6 spaceboy, 4 circus parade") == {"22551": 6, "22556": 4}


def test_letter_sizes_with_their_counts(ex):
    assert lines(ex, "could we get work gloves 10 M and 5 L please") == {"GLV-M": 10, "GLV-L": 5}


def test_spelled_sizes_of_lettered_items():
    """ "medium" and "large" ask for the items a catalogue sizes "size M", "size L", even where a word alone
    ("medium") names another product."""
    sized = Extractor([CatalogItem("VG-M", "Disposable vinyl gloves, clear, size M", "box"),
                       CatalogItem("VG-L", "Disposable vinyl gloves, clear, size L", "box"),
                       CatalogItem("VG-XL", "Disposable vinyl gloves, clear, size XL", "box"),
                       CatalogItem("PT-MG", "Floor paint, medium grey (5 L tin)", "L", pack_size=5)])
    assert lines(sized, "Stores order: clear vinyl, 12 boxes medium, 8 boxes large, 3 boxes XL.") == \
        {"VG-M": 12, "VG-L": 8, "VG-XL": 3}
    assert lines(sized, "vinyl gloves: 12 boxes medium, 8 boxes large") == {"VG-M": 12, "VG-L": 8}


def test_total_equal_to_the_sum_is_no_line(ex):
    assert lines(ex, "need 9 pairs of work gloves - 3 M, 4 L, 2 XL") == {"GLV-M": 3, "GLV-L": 4, "GLV-XL": 2}


def test_variant_alone_is_read_with_its_family(ex, retail):
    # "plums" and "figs" alone would be the tea towel; with the family named they are storage sacks
    assert lines(ex, "hi, 14 storage sacks - 6 plums, 4 figs and 4 of the star ones") == \
        {"SACK-PLUM": 6, "SACK-FIG": 4, "SACK-STAR": 4}
    # "circus parade" alone is CARD CIRCUS PARADE; the total 10 is no line of its own
    assert lines(retail, "could we get 10 plasters in tins - 6 spaceboy and 4 circus parade") == {"22551": 6, "22556": 4}


def test_numbered_run(ex):
    assert lines(ex, "3 of each brass door number, 1 to 4 please (12 in total)") == \
        {"DOOR-1": 3, "DOOR-2": 3, "DOOR-3": 3, "DOOR-4": 3}


def test_another_count_in_another_colour(ex, retail):
    assert lines(ex, "a dozen of the wool scarves in navy and another 6 in cream") == {"SCARF-N": 12, "SCARF-C": 6}
    got = lines(retail, "can you send 8 of the children's cutlery in spaceboy and another 8 in circus parade")
    assert got == {"23256": 8, "23255": 8}


def test_each_of_two_colours_with_one_refused(ex):
    assert lines(ex, "reorder the spotty mugs, this time 8 each of green and blue, no red ones") == \
        {"MUG-G": 8, "MUG-B": 8}


def test_design_names_after_a_dash_with_a_later_each(ex, retail):
    got = ex.extract("what would the garden plaques cost - gone fishing, welcome friends, and home sweet home. "
                     "maybe 5 each", TODAY)
    assert {ln["sku"]: ln["quantity"] for ln in got["lines"]} == {"PLQ-G": 5, "PLQ-W": 5, "PLQ-H": 5}
    got = lines(retail, "quote pls for the mini jigsaws - dinosaur, leap frog, and bake a cake. around 10 each")
    assert got == {"22547": 10, "22541": 10, "22543": 10}


def test_unclear_variant_keeps_the_old_reading(ex):
    # "purple" names no spotty mug: no list of lines is made from guesses (a guard on the list rules: it holds
    # without them too)
    got = lines(ex, "the spotty mugs, 6 each in red and purple")
    assert got == {"MUG-R": 6}  # the red line as read before; no green or blue made up


def test_count_words():
    assert count_value("half a dozen") == 6 and count_value("half doz") == 6
    assert count_value("two dozen") == 24 and count_value("3 doz") == 36
    assert count_value("a dozen") == 12 and count_value("ten") == 10 and count_value("24") == 24


def test_any_in_asks_for_stock_with_a_second_colour_after(ex):
    got = ex.extract("any green spotty mugs in? and blue? a few would do", TODAY)  # no "got any": "any … in?" asks
    assert got["intent"] == "stock_query"
    assert {ln["sku"] for ln in got["lines"]} == {"MUG-G", "MUG-B"}


def test_an_item_before_the_list_keeps_its_line(ex):
    assert lines(ex, "3 large heart tins and the spotty mugs, 6 each in red, green and blue") == \
        {"TIN-L": 3, "MUG-R": 6, "MUG-G": 6, "MUG-B": 6}


def test_counted_variants_parted_by_spaces_alone(ex):
    assert lines(ex, "heart tins 3 small 5 large thx") == {"TIN-S": 3, "TIN-L": 5}


def test_family_said_after_the_last_counted_variant(ex, retail):
    assert lines(ex, "could you do 5 navy + 3 khaki wool scarves") == {"SCARF-N": 5, "SCARF-K": 3}
    assert lines(ex, "6 red and 2 blue spotty mugs please") == {"MUG-R": 6, "MUG-B": 2}
    assert lines(retail, "for the fete: 6 blue and 6 pink childrens garden gloves") == {"22524": 6, "22525": 6}
    # no green gloves: a green garden item holds "garden" but not the whole family, so no line is made up
    got = lines(retail, "we'd want 3 green and 3 pink childrens garden gloves")
    assert {sku: n for sku, n in got.items() if sku} == {"22525": 3}


def test_numbered_run_after_numbers(retail):
    got = lines(retail, "2 of each of the french blue metal door signs, nos 6 to 8 thanks")
    assert got == {"22681": 2, "22682": 2, "22683": 2}


def test_each_colour_with_no_list_means_every_colour_of_the_family(ex, retail):
    assert lines(ex, "for the stall: the spotty mugs, 5 of each colour please") == {"MUG-R": 5, "MUG-G": 5, "MUG-B": 5}
    # "little … for kids" names CHILDS GARDEN TROWEL in the shop's words; the family comes in blue and pink
    assert lines(retail, "and the little garden trowels for kids, 3 of each colour") == {"22520": 3, "22521": 3}


def test_counts_in_colours_after_the_family(ex, retail):
    assert lines(ex, "please send the spotty mugs, 3 in green and 2 in blue. Thanks") == {"MUG-G": 3, "MUG-B": 2}
    # the item after the list is no variant of it: a pink table clock is no sibling of the bird table
    got = lines(retail, "we'd like 8 of the childs garden trowels in pink and 4 in blue, and 2 of the Tuscan villa bird tables")
    assert got == {"22521": 8, "22520": 4, "23468": 2}


def test_first_part_of_an_each_list_names_the_family(ex, retail):
    assert lines(ex, "could you quote 5 each of the garden plaques, the gone fishing and the home sweet home?") == \
        {"PLQ-G": 5, "PLQ-H": 5}
    assert lines(retail, "price for 10 each of the mini jigsaws, the dinosaur and the leap frog please") == \
        {"22547": 10, "22541": 10}
