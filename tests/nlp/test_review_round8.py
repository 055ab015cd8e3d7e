"""Round-8 cues kept narrow (own sentences): where the new intent and chat rules must not fire."""
from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize("text", [
    # a "need" opener about a placed order is no new order recounting its own line
    "Need to change the nitrile gloves we ordered on Monday - make it 30 boxes in total.",
    "Need the DN100 gate valves from yesterday's order changed, make it 6 of those.",
    "We need to amend what we ordered: the M10x40 bolts, sorry make it 300.",
    # a part whose count changes is no maintenance job ("oil change")
    "PO 5521: the V-belts change to 12 please.",
    "On our order, the seals change from 10 to 12.",
    "Re order 7781: the B-1600 belts change to 8, rest same.",
])
def test_a_placed_order_recounted_stays_a_change(industrial, text):
    assert industrial.extract(text, TODAY)["intent"] == "change"


def test_a_maintenance_job_still_changes_no_order(industrial):
    text = "Pump P-12 - filter change next week. Please send 2 pails HM46 oil."
    assert industrial.extract(text, TODAY)["intent"] == "order"


def test_asking_whether_they_have_something_else_is_no_stock_question(industrial):
    text = "Order for 20 boxes blue nitrile gloves L - ask whether they have a loading bay first."
    assert industrial.extract(text, TODAY)["intent"] == "order"


def test_so_before_a_count_names_no_sales_order(industrial):
    out = industrial.extract("We need more, so 500 M8 hex nuts please - sorry, make that 600.", TODAY)
    assert out["intent"] == "order"
    assert [(ln["sku"], ln["quantity"]) for ln in out["lines"]] == [("NUT-M8-ZN", 600)]


def test_a_sales_order_number_is_still_named(industrial):
    assert industrial.extract("SO-40217: the M8 hex nuts - sorry, make that 600.", TODAY)["intent"] == "change"


def test_the_same_in_a_chat_swap_is_the_new_variant(retail):
    out = retail.extract("swap the lunch bag woodland for the same in red retrospot", TODAY)
    skus = [ln["sku"] for ln in out["lines"]]
    assert "20725" in skus and "20726" not in skus  # a swap lists only the new variant


def test_a_quoted_line_left_unclear_is_kept_without_a_crash(retail):
    rows = [{"sku": "20726", "quantity": 5, "mention": "lunch bag woodland"},
            {"sku": None, "quantity": 7, "mention": "the kitchen clock not the red one"}]
    assert retail._not_left_out("pls action the list below", rows) == rows


@pytest.mark.parametrize("text", [
    "got 8 lunch bag woodland left need 15 jumbo bag red retrospot",
    "do 15 jumbo bag red retrospot for the shop thanks",
])
def test_a_chat_sentence_opening_with_a_count_after_got_or_do_tells(retail, text):
    assert retail.extract(text, TODAY)["intent"] == "order"
