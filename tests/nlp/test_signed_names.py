"""A sender's name closing the body ("… Need 6. Daisy", "Rex, scenery") is a signature, not a product."""
from __future__ import annotations

import datetime as dt

from nlp.catalog import CatalogItem
from nlp.clean import clean
from nlp.extractor import Extractor

TODAY = dt.date(2026, 11, 25)
ITEMS = [
    CatalogItem("40101", "RIBBON SPOOL DAISY"),
    CatalogItem("40102", "RIBBON SPOOL ROSE"),
    CatalogItem("40201", "TOOL KIT GARDEN"),
    CatalogItem("40301", "ENAMEL MUG LAVENDER"),
    CatalogItem("40401", "TEA TOWEL SHED"),
]


def test_a_name_after_the_last_sentence_is_cut():
    assert clean("Is the lavender enamel mug back in? Need 6. Daisy").body == "Is the lavender enamel mug back in? Need 6."
    assert clean("Price on 4 garden tool kits please.\nRex, scenery").body == "Price on 4 garden tool kits please."
    assert clean("3 shed tea towels. Mo @ The Potting Shed").body == "3 shed tea towels."


def test_a_product_or_count_closing_the_body_stays():
    assert clean("Need these:\n6 x daisy ribbon spool").body.endswith("daisy ribbon spool")
    assert clean("Do you stock the ribbon spools? Rose 12").body.endswith("Rose 12")


def test_the_signed_name_adds_no_line():
    ex = Extractor(ITEMS)
    got = ex.extract("Is the lavender enamel mug back in stock? Need 6. Daisy", TODAY)
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("40301", 6)]
    got = ex.extract("Can I get a price on 4 garden tool kits? For the allotment stall. Kit, props", TODAY)
    assert [ln["sku"] for ln in got["lines"]] == ["40201"]


def test_a_day_closing_the_body_is_no_name():
    # "… Thursday." said last is when the goods are wanted: cutting it as a signature lost the due date
    assert clean("Two shed tea towels for the potting stall. Thursday.").body.endswith("Thursday.")
    assert clean("Four lavender mugs please.\nTomorrow").body.endswith("Tomorrow")
    assert clean("Four lavender mugs please. Sat!").body.endswith("Sat!")
    assert clean("Four lavender mugs please. Sunniva").body == "Four lavender mugs please."


def test_a_closing_weekday_dates_the_order():
    got = Extractor(ITEMS).extract("Could you send 5 lavender enamel mugs to the shop. Monday.", TODAY)
    assert got["due_date"] == "2026-11-30"
