"""Context completion: a bare variant read with the family said around it, judged by the catalogue (own
catalogue, own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

TODAY = dt.date(2026, 11, 25)

RETAIL = [
    CatalogItem("SK-FOX", "STOCKING FILLER SOCKS WOODLAND FOX"),
    CatalogItem("SK-HARE", "STOCKING FILLER SOCKS ARCTIC HARE"),
    CatalogItem("SK-OWL", "STOCKING FILLER SOCKS SNOWY OWL"),
    CatalogItem("CD-FOX", "CARD WOODLAND FOX"),
    CatalogItem("CD-HARE", "CARD ARCTIC HARE"),
    CatalogItem("CD-OWL", "CARD SNOWY OWL"),
    CatalogItem("GW-KRAFT", "GIFT WRAP KRAFT"),
    CatalogItem("PR-PLATE", "PICNIC RANGE MELAMINE PLATE"),
    CatalogItem("PR-BEAKER", "PICNIC RANGE STRIPED BEAKER"),
    CatalogItem("ST-BEAKER", "STRIPED BEAKER"),
    CatalogItem("GL-TUMBLER", "GLASS TUMBLER"),
]
INDUSTRIAL = [
    CatalogItem("GC5-M", "Cut-resistant gloves level 5, size M", "pair"),
    CatalogItem("GC5-L", "Cut-resistant gloves level 5, size L", "pair"),
    CatalogItem("GN-L", "Disposable nitrile gloves, size L", "box", pack_size=100),
    CatalogItem("GN-M", "Disposable nitrile gloves, size M", "box", pack_size=100),
    CatalogItem("DSC-115", "Angle grinder disc 115mm", "pcs"),
]


@pytest.fixture(scope="module")
def retail() -> Extractor:
    """An extractor whose bare variant names read better as cards than as the socks meant."""
    return Extractor(RETAIL)


@pytest.fixture(scope="module")
def industrial() -> Extractor:
    """An extractor over cut-resistant and disposable gloves in sizes."""
    return Extractor(INDUSTRIAL)


def _lines(ex: Extractor, text: str) -> list[tuple[str, float]]:
    """(sku, quantity) of every line read from a message."""
    return [(ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"]]


def test_row_heading_names_the_family_of_each_variant(retail):
    """ "Socks - woodland fox 10, arctic hare 6": each variant is a sock, not the card of the same name."""
    got = _lines(retail, "Stocking filler socks - woodland fox 10, arctic hare 6, snowy owl 4. Cheers")
    assert got == [("SK-FOX", 10), ("SK-HARE", 6), ("SK-OWL", 4)]


def test_an_item_of_another_family_keeps_its_own_reading(retail):
    """The kraft gift wrap after the socks holds none of the heading's words: it stays gift wrap."""
    got = _lines(retail, "Stocking filler socks - woodland fox 10, arctic hare 6, and 5 kraft gift wrap")
    assert got == [("SK-FOX", 10), ("SK-HARE", 6), ("GW-KRAFT", 5)]


def test_without_a_family_said_the_bare_reading_stands(retail):
    """No heading and no line before naming socks: the variants read as the cards they name."""
    assert _lines(retail, "arctic hare 6, snowy owl 4") == [("CD-HARE", 6), ("CD-OWL", 4)]


def test_list_heading_above_its_rows(retail):
    """ "Picnic range:" over "- beakers 36": the row's item is the range's beaker, not another beaker."""
    got = _lines(retail, "Picnic range:\n- plates 24\n- beakers 36\nta")
    assert got == [("PR-PLATE", 24), ("PR-BEAKER", 36)]


def test_same_in_another_size_takes_the_line_before(industrial):
    """ "- same in L, 20 pairs" under a cut-resistant glove row: the same glove in L, not a nitrile box."""
    text = "Gloves for the line:\n- cut resistant level 5, size M, 30 pairs\n- same in L, 20 pairs\nRegards"
    assert _lines(industrial, text) == [("GC5-M", 30), ("GC5-L", 20)]


def test_an_item_named_in_full_is_not_completed(industrial):
    """The nitrile gloves are named with their own family: the cut-resistant row before does not change them."""
    text = "Gloves: cut resistant level 5 size M x 30 pairs, and 2 boxes of nitrile L"
    assert _lines(industrial, text) == [("GC5-M", 30), ("GN-L", 2)]


def test_chinese_list_with_the_family_said_once(retail):
    """ "圣诞袜（…）woodland fox款十双，arctic hare款六双": the second style is a sock too."""
    got = _lines(retail, "圣诞袜（stocking filler socks）woodland fox款十双，arctic hare款六双")
    assert got == [("SK-FOX", 10), ("SK-HARE", 6)]


def test_this_time_takes_the_family_of_the_quoted_order():
    """ "This time just 8 of the green ones and 6 in yellow" over a quoted umbrella order: umbrellas, not bowls."""
    ex = Extractor([CatalogItem("BU-GRN", "BEACH UMBRELLA GREEN"), CatalogItem("BU-BLU", "BEACH UMBRELLA BLUE"),
                    CatalogItem("BU-YEL", "BEACH UMBRELLA YELLOW"), CatalogItem("EB-GRN", "GREEN ENAMEL BOWL"),
                    CatalogItem("EB-YEL", "YELLOW ENAMEL BOWL")])
    text = ("Hello Tom,\n\nThis time just 8 of the green ones and 6 in yellow please.\n\n"
            "> On 2 Mar 2026, Tom Reed wrote:\n> Order confirmed: 12 x beach umbrella green, 12 x beach umbrella blue\n\n"
            "Thanks, Liz")
    assert _lines(ex, text) == [("BU-GRN", 8), ("BU-YEL", 6)]


def test_variants_listed_after_the_noun_phrase_of_their_sentence():
    """ "any of the bistro jugs & beakers left, the blue and the yellow? 10 of each": the colours are sets."""
    ex = Extractor([CatalogItem("BS-BLU", "BLUE BISTRO JUG AND BEAKER SET"),
                    CatalogItem("BS-YEL", "YELLOW BISTRO JUG AND BEAKER SET"),
                    CatalogItem("BK-BLU", "BLUE SPOTTY BEAKER"), CatalogItem("JG-YEL", "YELLOW MILK JUG"),
                    CatalogItem("BL-BLU", "BLUE BOWL"), CatalogItem("BL-YEL", "YELLOW BOWL")])
    text = "hi - any of the bistro jugs & beakers left, the blue and the yellow? we need 10 of each by friday"
    assert _lines(ex, text) == [("BS-BLU", 10), ("BS-YEL", 10)]
