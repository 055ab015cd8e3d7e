"""A bare variant borrows the right family: of an earlier line when the line before has no such variant, across a
remark about the item just said, from a quoted mail a reply opens on; a counted head of a noun list is a line."""
from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2026, 5, 4)


def _lines(ex, text):
    return [(line["sku"], line["quantity"]) for line in ex.extract(text, TODAY)["lines"]]


@pytest.mark.parametrize("text, want", [
    ("Need 3 pails blue alkyd, 1 pail red oxide primer and 2 pails black.",
     [("PNT-ALK-BL", 45), ("PNT-PRM-IR", 15), ("PNT-ALK-BK", 30)]),
    ("Please send 2 pails grey alkyd, 3 pails red oxide primer and 1 pail blue.",
     [("PNT-ALK-GY", 30), ("PNT-PRM-IR", 45), ("PNT-ALK-BL", 15)]),
])
def test_a_colour_borrows_the_family_of_an_earlier_line(industrial, text, want):
    assert _lines(industrial, text) == want


@pytest.mark.parametrize("text, want", [
    ("The blue breakfast cups and saucers - 6 please. They're the ones the walkers like.\n\nAnd the pink ones - 4, "
     "since pink never does quite as well in this shop (too girly, says my sister).", [("37444B", 6), ("37444C", 4)]),
    ("The green regency teacup and saucer - 8 please. They never hang about.\n\nAlso the pink ones - 4, since pink is "
     "slower in the village for some reason (the light, says Dot).", [("22697", 8), ("22698", 4)]),
])
def test_a_remark_about_the_item_keeps_its_family(retail, text, want):
    assert _lines(retail, text) == want


@pytest.mark.parametrize("text, want", [
    ("For the tearoom: 30 of the vintage red enamel trim mugs, 10 of the jugs and 10 plates.",
     [("23251", 30), ("23252", 10), ("23249", 10)]),
    ("6 of the vintage red enamel trim mugs, 6 of the plates and 6 bowls please",
     [("23251", 6), ("23249", 6), ("23250", 6)]),
])
def test_a_counted_family_before_a_noun_list_is_a_line_of_its_own(retail, text, want):
    assert _lines(retail, text) == want


def test_a_reply_opening_on_ones_borrows_the_quoted_family(retail):
    text = "> The woodland charlotte bags are out until June.\nOK - and the strawberry ones? Have you got 10 strawberry?"
    assert _lines(retail, text) == [("20723", 10)]


@pytest.mark.parametrize("text, want", [
    ("Can I add 2 of the strawberry charlotte bag, 10 of the red retrospot jumbo bags", [("20723", 2), ("85099B", 10)]),
    ("Hi - 4 of the woodland charlotte bag, 20 of the pink polkadot jumbo bags please", [("20719", 4), ("22386", 20)]),
])
def test_an_entry_naming_its_own_item_takes_no_family_said_after_it(retail, text, want):
    got = retail.extract(text, TODAY)["lines"]
    assert [(line["sku"], line["quantity"]) for line in got] == want
    assert not got[0]["mention"].startswith("bags")  # (the later entry's noun is not read into the first)
