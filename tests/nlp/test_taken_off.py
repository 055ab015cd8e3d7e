"""Items taken off or changed on a placed order: the item between verb and order, brackets, kept items, swaps (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.taken_off import narrowed

TODAY = dt.date(2026, 11, 25)


def _lines(ex, text):
    r = ex.extract(text, TODAY)
    return r["intent"], {(ln["sku"], ln["quantity"]) for ln in r["lines"]}


def test_the_item_between_verb_and_order_is_read_alone():
    body = "so sorry to trouble you, could you cancel the 6 copper lamps from tuesday order"
    (said, s, e, _), = narrowed(body, 0, len(body), [])
    assert body[s:e] == "the 6 copper lamps" and said.endswith("cancel the 6 copper lamps")
    body = "please cancel the copper lamps on our order 5512 (placed last week)"
    assert [body[s:e] for _, s, e, _ in narrowed(body, 0, len(body), [])][0] == "the copper lamps"
    body = "please cancel the copper lamps on our order 5512 (the tall ones)"
    assert [body[s:e] for _, s, e, _ in narrowed(body, 0, len(body), [])][0] == "the copper lamps on our order 5512 (the tall ones"


def test_what_follows_the_order_is_read_on_its_own(retail):
    text = "Please remove the gift tags from the order before dispatch, and send 12 regency cakestands"
    assert _lines(retail, text)[1] == {("22423", 12)}


@pytest.mark.parametrize("text,lines", [
    # an apology and a question around the item; "the N" is the count taken off
    ("So sorry to trouble you, could you cancel the 6 regency cakestands from Tuesday's order? The rest can go.",
     {("22423", 6)}),
    # variants listed in brackets after the order number: one line each
    ("We no longer need the bakelike alarm clocks on order 77120 (ivory and chocolate), please take them off.",
     {("22730", None), ("22725", None)}),
    # a count-less item refined by the next clause; "keep the ..." names what stays on the order
    ("Need to cancel the tea towels from our last order - the pantry ones (12). Keep the retrospot ones.",
     {("22989", 12)}),
])
def test_retail_items_taken_off(retail, text, lines):
    assert _lines(retail, text) == ("cancel", lines)


def test_a_count_in_packs_taken_off_is_given_in_the_catalogue_unit(industrial):
    text = "Hi, please cancel the 3 rolls of red BV 2.5 on our PO 5521, plans changed. Thanks"
    assert _lines(industrial, text) == ("cancel", {("CAB-BV-2.5-RE", 300)})


@pytest.mark.parametrize("text,lines", [
    # a count changed and a variant dropped ("the pink ones"): the dropped one at 0
    ("Re our order from Monday: please reduce the red bakelike alarm clocks to 6 and drop the pink ones completely.",
     {("22727", 6), ("22728", 0)}),
    # "the 12 ... to 30": the new count is the one after "to"
    ("could you change the 12 regency cakestands to 30 on that order? ta", {("22423", 30)}),
])
def test_retail_counts_changed(retail, text, lines):
    assert _lines(retail, text) == ("change", lines)


def test_a_new_count_keeps_its_unit(industrial):
    text = "PO 6621: kindly increase the M8x30 zinc bolts from 2 boxes to 6 boxes, thanks"
    assert _lines(industrial, text) == ("change", {("BLT-M8X30-ZN", 600)})


def test_another_item_instead_of_one_is_a_swap(retail):
    text = "On Tuesday's order, instead of the red bakelike alarm clocks could you send the green ones? Same qty (8)."
    assert _lines(retail, text) == ("change", {("22726", 8)})


def test_a_code_changed_to_a_sealed_code_is_a_swap(industrial):
    text = "PO 7781: please change the 6205 to 6205-2RS, same qty 40."
    assert _lines(industrial, text) == ("change", {("BRG-6205-2RS", 40)})


@pytest.mark.parametrize("text,intent,lines", [
    # the product asked about in one sentence, its count in the next ("... 6 dozen pairs"): one line
    ("What would you charge for cut resistant gloves in XL? We'd want 6 dozen pairs.", "quote",
     {("GLV-CUT5-XL", 72)}),
    ("Do you stock the cut-resistant gloves in M? need 4 dozen pairs", "stock_query", {("GLV-CUT5-M", 48)}),
])
def test_a_count_in_the_next_sentence(industrial, text, intent, lines):
    assert _lines(industrial, text) == (intent, lines)


def test_what_is_kept_gives_no_line(retail):
    text = "Please cancel 3 of the 12 regency cakestands we ordered, we'll keep the other 9."
    assert _lines(retail, text) == ("cancel", {("22423", 3)})
    # the variant kept is named after the one cancelled, without "still": it is no line either
    text = "Please cancel the orange bakelike alarm clocks on order 4410, keep the chocolate ones."
    assert _lines(retail, text) == ("cancel", {("22729", None)})


def test_a_line_cancelled_then_replaced_gives_its_count_to_the_new_one(industrial):
    r = industrial.extract("上周订单里的M8*30镀锌螺栓取消，换成M10*40的，还是三盒。", TODAY)
    assert r["intent"] == "change"
    assert {(ln["sku"], ln["quantity"]) for ln in r["lines"]} == {("BLT-M10X40-ZN", 150)}


def test_an_item_named_in_part_is_still_the_one_taken_off(retail):
    text = "Could you cancel the regency cakestands on our order 51234, the shop is being refitted. Thanks"
    assert _lines(retail, text) == ("cancel", {("22423", None)})


@pytest.mark.parametrize("text,intent,lines", [
    # a family counted in the pack its variants come in: the catalogue's default variant, in its unit
    ("please send 3 spools of welding wire, thanks", "order", {("WW-ER70S6-1.2", 45)}),
    ("Any MIG welding wire in stock? we'd need 4 spools", "stock_query", {("WW-ER70S6-1.2", 60)}),
])
def test_a_family_counted_in_packs_reads_the_default_variant(industrial, text, intent, lines):
    assert _lines(industrial, text) == (intent, lines)


def test_an_order_cancelled_whole_by_its_number_has_no_lines(small, industrial):
    """The number and the reason name no item ("the dock 600 refit", "4 a week"); "for the …" names one."""
    assert _lines(industrial, "Cancel PO MX-2210 in full please - the dock 600 refit is off. Tom, Stores") == ("cancel", set())
    assert _lines(small, "cancel order 57731 pls, closing 4 a week. ta Jo") == ("cancel", set())
    intent, lines = _lines(small, "Cancel our order 77-310 for the 6205 open bearings, job on hold.")
    assert intent == "cancel" and {sku for sku, _ in lines} == {"BRG-6205"}


def test_a_bracketed_count_after_the_order_says_how_many_go(retail):
    text = "Could you take the regency cakestands off our order please (the 4)? The rest is fine."
    assert _lines(retail, text) == ("cancel", {("22423", 4)})


def test_a_count_judged_enough_afterwards_is_no_second_line(retail):
    text = "Please cancel 6 of the 12 regency cakestands on order 44120 - 6 is plenty."
    assert _lines(retail, text) == ("cancel", {("22423", 6)})


def test_stays_needs_the_count_said_before():
    from nlp.clause_cues import stays
    body = "the red mugs please. 24 is plenty."
    assert not stays(body, body.index("24"), len(body))
    body = "24 red mugs please. 24 is plenty."
    assert stays(body, body.index("24 is"), len(body))


def test_a_cancel_of_what_was_ordered_takes_its_count(retail):
    text = "We ordered 12 red retrospot jumbo bags but the fair is off - please cancel them if they haven't gone out."
    assert _lines(retail, text) == ("cancel", {("85099B", 12)})
