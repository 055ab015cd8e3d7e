"""Intent and due dates on the dev17/dev18 kinds of wording (own sentences, own catalogue)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem
from nlp.dates import due_date
from nlp.extractor import Extractor
from nlp.intent import classify
from nlp.text import normalize

MON = dt.date(2026, 6, 1)


def _intent(text: str, n_lines: int = 1, has_qty: bool = True) -> str:
    return classify(normalize(text), n_lines, has_qty)


@pytest.mark.parametrize("text,n,want", [
    # a placed order's day moved, its goods named with "&" or the new day written out
    ("Hillside Farm: please push delivery of our fencing & gate order back to 14 July, field still flooded.", 0, "change"),
    ("Could the lanterns arrive on 3 August instead? The shop is shut that week.", 1, "change"),
    # goods added to, or taken off, someone's placed order
    ("Could you add 6 of the owl mugs to Sandra's order from Tuesday?", 1, "change"),
    ("Our buyer phoned: he wants to drop the tartan flasks off his order, rest is fine.", 1, "cancel"),
    # a quote accepted after thanks for it
    ("Thanks for the quote, please go ahead. Official PO coming tomorrow.", 0, "order"),
    # what arrived fell short, counts received said with "instead of"
    ("Monday's delivery was 4 tea towel packs short - we received 8 instead of 12. Please check.", 2, "other"),
    # payment details asked, no goods
    ("Is it possible to pay by bank transfer instead of cheque from next month?", 0, "other"),
    # papers asked: a catalogue and a price list
    ("Please send us your latest brochure and the spring 2027 price list, thanks.", 1, "other"),
    # the sender's own price basis or reference, no price asked
    ("20 x enamel jug cream for the cafe, we're ordering at last year's price. Deliver Friday.", 1, "order"),
    ("Order for the spring box: 200 x owl stickers. Our ref SB-22 (please quote on all invoices).", 1, "order"),
    # questions first, then goods sent regardless
    ("Two things: do you do the mugs in green? and will the price of the jugs rise in May?\n\n"
     "for now please send 12 cream enamel jugs", 1, "order"),
    # whether an item is back asked
    ("Morning, are the spotty lunch bags back? we'd want 20.", 1, "stock_query"),
    # a price and lead time judged of another supplier, then an order
    ("王经理您好，别家的价格还可以，就是交期太久，还是找您吧。这次要镀锌管三吨。", 1, "order"),
    # an answer taken with a count after the quote came in
    ("收到报价了，那就蓝色的十个吧。", 1, "order"),
    # a forwarded list named with its owner
    ("小王，按下面仓库的需求安排发货。", 0, "order"),
])
def test_intent_on_fresh17_wording(text, n, want):
    assert _intent(text, n) == want


def test_a_placed_order_recoloured_by_make_them():
    items = [CatalogItem("TIN-RD", "CAKE TIN ROUND RED"), CatalogItem("TIN-BL", "CAKE TIN ROUND BLUE")]
    got = Extractor(items).extract("the 6 round cake tins I ordered yesterday - make them blue not red please", MON)
    assert got["intent"] == "change"
    assert sorted((ln["sku"], ln["quantity"]) for ln in got["lines"]) == [("TIN-BL", 6)]


@pytest.mark.parametrize("text,want", [
    # a bare ordinal after "for the"
    ("4 boxes of screws for the 9th please.", "2026-06-09"),
    # a span from today with "max"
    ("send 10 owl mugs, 3 weeks max please", "2026-06-22"),
    # an event's day is due with "before then"
    ("We open the new shop on the 20th so need the lanterns before then.", "2026-06-20"),
    # a day proposed with "say" beats the event it precedes
    ("Our audit is on Friday so need them before then, say Wednesday.", "2026-06-03"),
    # a closure's last day is not due; the day after is
    ("Depot shuts 2 June to 8 June. Please deliver 6 drums on 9 June when we reopen.", "2026-06-09"),
    # a weekday is more exact than a holiday named beside it
    ("Urgent before the summer bank holiday: 4 pallets of sand. Thursday please!", "2026-06-04"),
])
def test_due_on_fresh17_wording(text, want):
    assert str(due_date(text, MON)) == want


def test_the_day_an_order_was_placed_is_not_due():
    """ "the one we put in on the 5th": the day the order was placed, in the past of the order."""
    assert due_date("please add 10 mugs to the order (the one we put in on the 25th)", MON) is None


def test_an_ordinal_birthday_is_no_day():
    """ "balloons for the 21st birthday": an age, not the 21st of the month."""
    assert due_date("12 gold balloons for the 21st birthday party please", MON) is None


def test_a_price_judged_in_a_question_still_asks():
    assert _intent("这款保温杯价格还可以吗？", 1) == "quote"
