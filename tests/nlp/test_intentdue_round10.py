"""Intent and due date on round-10 kinds of wording: auto-replies, payment terms and agreed prices beside an order,
stock asked through a third party, passive moves, placed lines recounted, Cantonese cues, report run dates, offers'
deadlines, event leads, shutdowns (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import due_date, find_dates
from nlp.intent import classify
from nlp.text import normalize


def _intent(text: str, n_lines: int = 1, has_qty: bool = True) -> str:
    return classify(normalize(text), n_lines, has_qty)


@pytest.mark.parametrize("text,n,want", [
    # an auto-reply is no order, whatever order it quotes below
    ("I'm out of the office until 3 March with limited access to my inbox; for urgent orders call Sam. "
     "> please send 6 tea towels", 1, "other"),
    # (being away one day is said in a plain order)
    ("We're out of the office Friday so please deliver 10 oil cans on Thursday", 1, "order"),
    # how a counted order is paid is no payment complaint
    ("Please arrange 40 nos. enamel mugs blue. Payment will be by bank transfer on receipt of invoice.", 1, "order"),
    ("can you do a dozen of the gingham aprons. payment on account 7731 as usual", 1, "order"),
    # goods sent wrong and sent back is a complaint
    ("The hose clips delivered yesterday were 20 not 32. Please collect and replace.", 1, "other"),
    # a price already agreed, said beside the order, asks no price
    ("Please supply 3 t of 8mm plate. Price as per our framework rate of £790/t.", 1, "order"),
    ("Please deliver the following: 24 x oven gloves. As agreed, the price for the gloves was £2.10 each.", 1, "order"),
    ("角钢50*5要两吨，价格按上次的来，下周送到", 1, "order"),
    ("方管三吨，价格还是4200一吨吧？货先发。", 1, "order"),
    ("Tea towels x 30, price按上次的就行", 1, "order"),
    # stock asked through someone else or with a doubt
    ("do we know if the warehouse has the jute shoppers? need 30", 1, "stock_query"),
    ("anyone know if we can get 50x50x3 angle, about 2 tonnes?", 1, "stock_query"),
    ("just checking if you've got the robin napkins, maybe forty", 1, "stock_query"),
    ("暖手宝有冇货？要五十个", 1, "stock_query"),
    ("abeg una get the enamel colander for store? i wan buy 30", 1, "stock_query"),
    # a Cantonese price question
    ("請問這款蛋糕架一打幾多錢？", 1, "quote"),
    # a placed delivery moved, in the passive
    ("Could the delivery be pushed back to the 9th? Order ref 40021", 0, "change"),
    # a line of a placed order recounted
    ("the order I put in last week, the lanterns, can you make the star ones forty", 1, "change"),
    # an offer answered line by line accepts it (its "make it 10" recounts the offer)
    ("Thanks for your quote, my answers below.\n> 1. Oak trivets - 6 pcs\nYES BUT MAKE IT 10\n> 2. Jute rugs - 4 pcs\nNO\n"
     "> 3. Tin jugs - 12 pcs\nYES", 2, "order"),
    # a day asked for after a counted order ("before New Year's Day, can it arrive?") still orders
    ("要暖手宝二十个，元旦前能到吗？", 1, "order"),
])
def test_intent_kinds(text: str, n: int, want: str) -> None:
    assert _intent(text, n) == want


def test_a_channel_size_mark_does_not_hide_the_day() -> None:
    text = "need 2 tonnes channel 12#, tomorrow if possible"
    assert due_date(text, dt.date(2026, 3, 2)) == dt.date(2026, 3, 3)


def test_a_report_run_date_is_not_due() -> None:
    hits = find_dates("Stock report\nGenerated: 2026-04-07 05:30\nSKU | reorder qty", dt.date(2026, 4, 7))
    assert hits and not any(h.due for h in hits)


def test_offers_reaching_us_by_a_day_set_no_deadline() -> None:
    text = "Could you quote for 30 kettles? Quotations need to reach us by 20 May to be considered."
    assert due_date(text, dt.date(2026, 5, 4)) is None


def test_an_event_named_otherwise_dates_its_lead() -> None:
    text = "We're getting engaged on 14 February! Could we have 40 heart bunting, ideally a week before the party?"
    assert due_date(text, dt.date(2026, 1, 20)) == dt.date(2026, 2, 7)


def test_a_maintenance_shutdown_is_no_deadline() -> None:
    assert due_date("厂里月底检修，急需三角带二十根，明天要。", dt.date(2026, 6, 10)) == dt.date(2026, 6, 11)
