"""Intent families of round 13's second wave (own sentences): stock words in a request, edits naming what stays,
quotes taken with "proceed", availability asked with "ready to send", notices and broken goods."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.intent import classify
from nlp.text import normalize


def _intent(text: str, n_lines: int = 1, has_qty: bool = True) -> str:
    return classify(normalize(text), n_lines, has_qty)


@pytest.mark.parametrize("text,n,want", [
    # a stock or shelf word that says where the goods go, not a question
    ("Fete is on the 3rd so we want the stock in by the Wednesday before: 20 bunting, 10 tea towels.", 2, "order"),
    ("We'd love these on the shelf for half term: 6 kites and 12 yo-yos.", 2, "order"),
    ("Shop reopens Tuesday, back in business after the refit. 10 boxes of gloves and 4 tins of paint please.", 2, "order"),
    ("Many thanks for confirming stock. Kindly proceed with 60 pcs lantern and 40 pcs bunting.", 2, "order"),
    # still asked
    ("Are the paisley bags back in yet?", 1, "stock_query"),
    ("Do you have the zinc buckets on the shelf at the moment?", 1, "stock_query"),
])
def test_stock_word_in_a_request(text, n, want):
    assert _intent(text, n) == want


@pytest.mark.parametrize("text", [
    "Re the bunting: could you make the yellow strings 30? The blue strings stay at 20.",
    "Hi, to our order of Tuesday please add 8 of the tin robots. Kites and yo-yos stay as they are.",
    "On the school order, the rulers please make 40, not 30. All else the same.",
])
def test_edit_of_a_placed_order(text):
    assert _intent(text) == "change"


@pytest.mark.parametrize("text,n,has_qty,want", [
    ("Could I order 10 of the tin robots - sorry, looked in the store room, make that 6.", 1, True, "order"),
    ("Have you got the cactus mugs and the llama mugs, 24 of each, ready to ship by Thursday?", 2, True, "stock_query"),
    ("AUTOMATED NOTICE\nGoods received against PO 7781. All 4 lines checked.\nNo action required.", 1, True, "other"),
    ("Three of the lanterns arrived with cracked glass. Just credit us, please don't send replacements.", 0, False, "other"),
    ("Please don't send the lanterns after all.", 1, True, "cancel"),  # a line still called off
])
def test_other_families(text, n, has_qty, want):
    assert _intent(text, n, has_qty) == want


def _pairs(text: str) -> set:
    from nlp.catalog import CatalogItem
    from nlp.extractor import Extractor
    items = [CatalogItem("JUG-BL", "Enamel jug blue", "pcs"), CatalogItem("JUG-GR", "Enamel jug green", "pcs"),
             CatalogItem("MUG-BL", "Enamel mug blue", "pcs")]
    got = Extractor(items).extract(text, dt.date(2026, 3, 9))
    return {(ln["sku"], ln["quantity"]) for ln in got["lines"]}


@pytest.mark.parametrize("text,want", [
    # a line said to stay, its count right after the verb or "as is" kept, is no line of the edit
    ("On our order of Friday, the blue enamel jugs 20 instead of 12. Green enamel jugs stay 8.", {("JUG-BL", 20)}),
    ("Please cancel the blue enamel mugs on PO 5521. Green enamel jug keep as is.", {("MUG-BL", None)}),
])
def test_lines_that_stay_are_no_lines(text, want):
    assert _pairs(text) == want


@pytest.mark.parametrize("text,n,want", [
    # a recount said at once after "no sorry" / "no wait", in a request to send over
    ("could you send over a dozen of the fox mugs, no sorry make that fifteen, thanks", 1, "order"),
    # a quote taken in part as a new order, one line of it held back
    ("Re your quote Q-881: please accept this as our order for lines 1 and 2. Line 3 is on hold for now.", 2, "order"),
    ("Kindly treat this email as our official order for the 4 pumps.", 1, "order"),
])
def test_new_orders_with_change_words(text, n, want):
    assert _intent(text, n) == want


def test_a_delivery_day_moved_instead():
    assert _intent("Hi, on PO 4410 - could you hold it and deliver on Thursday 9 April instead? Site not ready.", 0, False) == "change"
