"""Numbers of an item's own name read inside messages: the count is the other number the message gives."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor
from nlp.text import normalize

WED = dt.date(2026, 11, 25)
ITEMS = [
    CatalogItem("30001", "THREE OWLS WALL PLAQUE"),
    CatalogItem("30002", "PACK OF 24 PAPER STRAWS STRIPED"),
    CatalogItem("30003", "SET OF 6 COASTERS CORK"),
    CatalogItem("30004", "PARTY CANDLES PINK 12"),
    CatalogItem("30005", "WOODEN SPOON RACK"),
    CatalogItem("FB-B-1250", "Fan belt B 1250", "pcs"),
    CatalogItem("FB-B-1400", "Fan belt B 1400", "pcs"),
    CatalogItem("SC-M5X16-109", "Socket cap screw M5x16 grade 10.9", "pcs"),
    CatalogItem("TB-20", "Steel tube 20mm (3 m length)", "m", pack_size=3),
    CatalogItem("TB-40", "Steel tube 40mm (3 m length)", "m", pack_size=3),
    CatalogItem("GR-2", "Copper anti-seize paste No.2 (5 kg pail)", "kg", pack_size=5),
]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """An extractor over a few items whose names hold numbers."""
    return Extractor(ITEMS)


def _lines(ex: Extractor, text: str) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in ex.extract(text, WED)["lines"]}


@pytest.mark.parametrize("text,want", [
    ("3 owls wall plaque x 40", ("30001", 40)),                     # a leading name number vs "x N"
    ("could you do 40 of the 3 owls wall plaque", ("30001", 40)),
    ("striped paper straws 24 pk x 40", ("30002", 40)),            # the pack the name holds
    ("cork coasters x6 x 40", ("30003", 40)),                       # a glued "x6" is the set, "x 40" the count
    ("we need 40 cork coasters x6", ("30003", 40)),
    ("Order:\n- striped paper straws 24 - 40\nta", ("30002", 40)),  # a row's lone count after a name number
    ("send 40 of the pink party candles, 12 thanks", ("30004", 40)),  # a name's number after a comma
    ("need 40 pink party candles, 12 by friday", ("30004", 40)),  # words after it, none naming a product
    ("Item | Qty\n3 owls wall plaque | 40", ("30001", 40)),
    ("fan belt B 1400 x 40", ("FB-B-1400", 40)),                    # "N x M": N ends the name
    ("socket cap screw M5x16 10.9 x 40", ("SC-M5X16-109", 40)),     # a decimal grade too
    ("No.2 copper anti-seize paste 5kg pail x 40", ("GR-2", 40)),  # "No.2" is no negation; 5kg as named
    ("Order:\n- copper anti-seize paste No 2 5kg pail - 40\nta", ("GR-2", 40)),
    ("could we have 40 of the 20mm steel tube, 3m lengths please", ("TB-20", 40)),  # a piece length, no line
    ("20mm steel tube, 3m long x 40", ("TB-20", 40)),
])
def test_the_count_is_not_the_names_number(ex, text, want):
    assert _lines(ex, text) == {want}


def test_a_count_in_its_own_unit_stays(ex):
    """ "4 pails of No.2 paste": a count in a unit the name does not write that way is the count (4 pails of 5 kg)."""
    assert _lines(ex, "4 pails of copper anti-seize paste No.2 please") == {("GR-2", 20)}


def test_glued_x_count_is_no_thread_size():
    """ "x4 x 12" stays two counts; "M8 x 30" still joins into a size."""
    assert "x4 x 12" in normalize("candles x4 x 12") and "m8x30" in normalize("bolts M8 x 30")
