"""Intent on round-11 kinds of wording: an old price said beside an order, own stock levels, Cantonese cues, goods
already come, a lead time with its date, offers answered inline, surnames, changes beside cancels (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import due_date
from nlp.intent import classify
from nlp.text import normalize


def _intent(text: str, n_lines: int = 1, has_qty: bool = True) -> str:
    return classify(normalize(text), n_lines, has_qty)


@pytest.mark.parametrize("text,n,want", [
    # the price the goods had before, said beside the order, asks none
    ("槽钢10#来三吨，老价格，周四前送到", 1, "order"),
    ("红色安全帽二十顶，原价就行", 1, "order"),
    ("Please send 2 t of the 8 mm plate, same price as last time.", 1, "order"),
    ("槽钢10#三吨，还是老价格吗？", 1, "quote"),  # (asked whether it holds)
    ("Is the usual price still OK for 2 t of 8 mm plate?", 1, "quote"),
    # the sender's own stock level, below which it tops up
    ("盘点后以下物料低于安全库存：M10螺母补5盒，黄色安全帽补20顶", 2, "order"),
    ("M10螺母库存还有多少？", 1, "stock_query"),
    # a stock address or a heading is no stock question
    ("REORDER LIST\nalarm clocks 12\nlunch bags 20\nQueries to stock@ourshop.example", 2, "order"),
    ("Bonfire night stock eh:\n24 sparkler candles\n12 lanterns", 2, "order"),
    ("Do you have the lanterns in stock?", 1, "stock_query"),
    # Cantonese cues: 几钱 (how much), 改做 (change to), 弯咗 / 坏咗 (goods arrived bent or broken)
    ("6205轴承几钱一套？要二十套", 1, "quote"),
    ("琴日张单嗰啲M12螺母改做八盒", 1, "change"),
    ("上个礼拜送嚟嘅钢管有三支弯咗，点算？", 0, "other"),
    ("送二十支钢管嚟，唔该", 1, "order"),
    # goods already arrived, thanked for or mis-dropped by the driver
    ("The spring order arrived safe and sound, the doormats have sold 5 already!", 1, "other"),
    ("Your courier dropped our 2 boxes at the wrong shop on Monday, please tell him for next time.", 0, "other"),
    ("Please send 12 mugs, the last order arrived in perfect shape.", 1, "order"),
    ("Please send 12 mugs; the driver can leave them at the back door.", 1, "order"),
    # a lead time with its date is a due date said, not a question
    ("客户PO到了，请安排：6205-2RS 200套，交期月底", 1, "order"),
    ("6205-2RS 200套交期多久？", 1, "stock_query"),
    # a surname "Price" asks no price
    ("REQUISITION\nRequested by: J. Price (Stores)\n1. DN25 gate valve – 4\nPlease supply.", 1, "order"),
    ("Please send the price for 4 DN25 gate valves.", 1, "quote"),
    # terms of an offer asked for, not a change
    ("We ask for your offer for 2 t plate 8 mm. The offer should be valid 60 days.", 1, "quote"),
    ("We ordered 2 t of 8 mm plate. It should be 3 t.", 1, "change"),
    # an offer answered line by line (the answers folded into counted lines) accepts it
    ("thanks for the offer below, answers in caps.\n\n1. cake stand: 10\n2. bunting: 12\n", 2, "order"),
    ("thanks for the offer below. we will think about it.", 2, "quote"),
    # take off a line: cancel; add to a day's delivery, forgot to add, a variant swapped: change
    ("Take off the 200 M10 nuts please, found some in the stores.", 1, "cancel"),
    ("Please take the old pallets away when you deliver 10 boxes of nuts.", 1, "order"),
    ("Rang in - wants to add 6 oven gloves to Thursday's delivery.", 1, "change"),
    ("Forgot to say, a dozen of the tea towels too please, same delivery.", 1, "change"),
    ("Forgot to say hello! Please send 12 tea towels.", 1, "order"),
    ("that order from this morning, make the scissors red not blue, same 6", 1, "change"),
    ("Please send 12 mugs and make sure the box is not crushed.", 1, "order"),
    # a change beside a cancel is a change
    ("On Tuesday's order, change the nitrile gloves M to 20 boxes and cancel the L ones.", 2, "change"),
    ("On Tuesday's order cancel the L gloves.", 1, "cancel"),
    # a placed order's other lines left as they are: even with no line read, a change
    ("can you change the lanterns to ate instead of for, everything else the same", 0, "change"),
    ("the lanterns were a hit, everything else was fine too", 0, "other"),
    # a relayed stock question, ordered only on a yes
    ("Cust rang - wants to know if we've got the paisley mugs, the jugs and the tins (24 each). Will order if yes.", 3, "stock_query"),
    ("Cust rang - please order 24 paisley mugs, 24 jugs and 24 tins for her.", 3, "order"),
    # a placed order moved to a day "instead", a closed kiosk's notice
    ("can we move order 5512? we're closed Monday so please deliver on Tuesday the 8th instead.", 0, "change"),
    ("FYI our kiosk is closed for repainting 2-9 June so please don't send anything there.", 0, "other"),
])
def test_intent_round11(text, n, want):
    assert _intent(text, n) == want


def test_order_day_is_no_deadline():
    """ "on Friday's order" names when the order was placed; "Friday's delivery" when the goods come."""
    mon = dt.date(2026, 8, 31)
    assert due_date("Hi, on Friday's order could you change the gloves to 40 pairs?", mon) is None
    assert due_date("please add 12 colanders to Friday's delivery", mon) == dt.date(2026, 9, 4)
