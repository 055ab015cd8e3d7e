"""How a chunk is read into mentions: parts joined by "and", pack sizes in brackets, numbers kept as names,
comparative sizes (own catalogue, own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor
from nlp.followon import holding

TODAY = dt.date(2026, 11, 25)

ITEMS = [
    CatalogItem("NAP-4", "PACK OF 4 LINEN NAPKINS SAGE"),
    CatalogItem("NAP-RING", "NAPKIN RING BRASS"),
    CatalogItem("CND-TAPER", "PACK OF 12 TAPER CANDLES IVORY"),
    CatalogItem("CND-PILLAR", "PILLAR CANDLE IVORY"),
    CatalogItem("CND-HOLD", "CANDLE HOLDER GLASS"),
    CatalogItem("BSK-L", "SEAGRASS BASKET LARGE"),
    CatalogItem("BSK-S", "SEAGRASS BASKET SMALL"),
    CatalogItem("BSK-M", "SEAGRASS BASKET MEDIUM"),
    CatalogItem("HOOK-BR", "COAT HOOK BRASS"),
    CatalogItem("HOOK-3", "SET OF 3 COAT HOOKS ANTIQUE"),
    CatalogItem("SP-PEP", "SALT AND PEPPER SET STONEWARE"),
    CatalogItem("SP-SALT", "SALT PIG STONEWARE"),
    CatalogItem("47110B", "DOORSTOP HARE GREY"),
    CatalogItem("47110C", "DOORSTOP HARE CREAM"),
]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """An extractor over the catalogue above."""
    return Extractor(ITEMS)


def got(ex: Extractor, text: str) -> set:
    """(sku, quantity) pairs read from a message."""
    return {(ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"]}


def test_two_items_joined_by_and_without_counts_are_two_lines(ex):
    text = "Could you tell me if the sage linen napkins and the brass napkin rings are back in?"
    assert got(ex, text) == {("NAP-4", None), ("NAP-RING", None)}


def test_one_name_holding_and_stays_one_line(ex):
    assert got(ex, "30 of the stoneware salt and pepper sets please") == {("SP-PEP", 30)}


def test_pack_size_in_brackets_naming_the_pack_is_no_count(ex):
    text = "is there any stock of the ivory taper candles (12pk) and the glass candle holders?"
    assert got(ex, text) == {("CND-TAPER", None), ("CND-HOLD", None)}


def test_pack_size_in_brackets_leaves_the_real_count(ex):
    assert got(ex, "send 6 ivory taper candles (12pk) please") == {("CND-TAPER", 6)}


def test_number_after_a_dash_the_name_lacks_is_the_count(ex):
    assert got(ex, "coat hooks - 36") == {("HOOK-BR", 36)}


def test_comparative_size_names_the_size(ex):
    assert got(ex, "we'd like 10 of the seagrass baskets please, the smaller size") == {("BSK-S", 10)}
    assert got(ex, "need 8 seagrass baskets - the biggest size") == {("BSK-L", 8)}


def test_count_in_brackets_after_not_is_the_old_one(ex):
    assert got(ex, "could you make the pillar candles 30 (not 24) on our order") == {("CND-PILLAR", 30)}


PICNIC = [
    CatalogItem("PB-OTTER", "PICNIC BAG OTTER DESIGN"),
    CatalogItem("BOX-OTTER", "OTTER PICNIC BOX"),
    CatalogItem("JB-OTTER", "JUMBO BAG OTTER DESIGN"),
    CatalogItem("PB-BADGER", "PICNIC BAG BADGER DESIGN"),
    CatalogItem("JB-BADGER", "JUMBO BAG BADGER"),
    CatalogItem("CUP-BADGER", "BADGER CHILDRENS CUP"),
    CatalogItem("BOX-BADGER", "BADGER LUNCH BOX"),
]


def test_the_x_ones_after_a_line_name_an_item_holding_x():
    text = "send 20 of the otter picnic bags please, plus 10 of the badger ones"
    assert got(Extractor(PICNIC), text) == {("PB-OTTER", 20), ("PB-BADGER", 10)}


def test_holding_moves_up_the_close_match_holding_the_new_words():
    names = {"PB-OTTER": frozenset({"picnic", "bag", "otter", "design"}),
             "BOX-OTTER": frozenset({"otter", "picnic", "box"}),
             "PB-BADGER": frozenset({"picnic", "bag", "badger", "design"})}
    reading = (0.9, None, "otter picnic bags the badger ones", [("PB-OTTER", 0.8), ("BOX-OTTER", 0.72), ("PB-BADGER", 0.67)])
    assert holding(reading, {"badger"}, names.get)[3][0][0] == "PB-BADGER"
    assert holding(reading, {"otter"}, names.get) is reading  # the top holds the words said: it stays
    far = reading[:3] + ([("PB-OTTER", 0.9), ("PB-BADGER", 0.5)],)
    assert holding(far, {"badger"}, names.get) is far  # too far below the top to be meant


def test_sku_with_its_letter_suffix_apart_is_that_sku(ex):
    assert got(ex, "copied from the stock sheet:\n47110 b\t6\n47110 c\t4\nta") == {("47110B", 6), ("47110C", 4)}


def test_pack_size_said_inside_a_bracket_with_other_words_sizes_the_count(ex):
    assert got(ex, "2 cases of the brass coat hooks (loose, case = 24) please") == {("HOOK-BR", 48)}


def test_list_from_a_branch_below_takes_the_forwarded_lines_without_its_headers(ex):
    text = ("Hi Sam,\nCould you put through the order from our Bristol shop below please?\nThanks, Lee\n\n"
            "-----Original Message-----\nFrom: Bristol Shop\nSent: 12 March 2026 09:15\nSubject: restock\n\n"
            "brass coat hooks 36\npillar candles 18\nJo")
    assert got(ex, text) == {("HOOK-BR", 36), ("CND-PILLAR", 18)}


def test_looking_for_names_no_product(ex):
    items = ITEMS + [CatalogItem("MIR-LOOK", "SILVER LOOKING GLASS")]
    text = "Have you got the brass coat hooks? Looking for around 40"
    assert got(Extractor(items), text) == {("HOOK-BR", 40)}


def test_a_plain_count_beside_a_sibling_sold_as_a_set_is_still_the_count():
    # the merged pack weighting made the set sibling close: keeping the count as a name must not win then
    ex = Extractor([CatalogItem("WED-OAK", "DOOR WEDGE OAK"), CatalogItem("WED-2", "SET OF 2 DOOR WEDGES RUBBER"),
                    CatalogItem("MAT-C", "COIR DOOR MAT")])
    for text, qty in (("24 door wedges", 24), ("door wedges - 18", 18), ("could we get 40 door wedges", 40)):
        assert got(ex, text) == {("WED-OAK", qty)}
