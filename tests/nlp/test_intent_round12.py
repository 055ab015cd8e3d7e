"""Intent of the twelfth round's wordings: papers and credit asked, the seller's part offer, a list recounted as it is
written, a stock question ordered only on a yes, a price of a count asked, a PO named first (own sentences)."""
from __future__ import annotations

import pytest

from nlp.intent import classify
from nlp.text import normalize


@pytest.mark.parametrize("text,n,has_qty,want", [
    # an invoice resent or a credit note asked: a paper, even when the goods are named with their count
    ("Could you resend invoice INV-4410 for the 36 zinc lanterns? We can't find it.", 1, True, "other"),
    ("Please send us a copy of the invoice for the 12 doormats, our bookkeeper needs it.", 1, True, "other"),
    ("Invoice 7781 says 10 boxes of nuts but we received 8. Please issue a credit for the missing 2.", 1, True, "other"),
    ("Please send 24 enamel mugs, and resend the invoice for last month's order.", 1, True, "order"),
    # a certificate with a grade in its name
    ("Could you email the 2.2 test certs for the angle delivered on Monday?", 0, False, "other"),
    # the seller offering part of an order now, the rest later
    ("Hi Tom, we can do 3 of the 5 pumps on Friday and the other 2 next week - OK?", 1, True, "other"),
    # a line recounted as the list is written: a new order, not a change
    ("Hello, for our kiosk please:\n10 sun hats\n8 beach balls- no make that 10\n6 buckets", 3, True, "order"),
    ("Hiya, 6 x blue bunting - actually no, it won't sell here - make it 6 green bunting instead.", 2, True, "order"),
    ("can you send us five rolls of tape and two boxes of nails oh and make it three boxes of the nails", 2, True, "order"),
    ("Go ahead with the order per the quote underneath, only make the 6205 bearings 12 not 5.", 3, True, "order"),
    ("Re PO 5521 - 6 x blue bunting, no make that 8.", 1, True, "change"),
    # a stock question whose order waits on the answer
    ("Can you check stock on: tin jugs (x6), tin cups (x12), tin plates (x12)? If all in I'll order today.", 3, True,
     "stock_query"),
    # the price of a count asked as "what would N of them be?"
    ("We might stock the kids aprons. What would 30 of each print be? (stars and spots)", 1, True, "quote"),
    # a heading of seasonal stock asked for with "pls!"
    ("Spring stock pls! 12 seed trays, 24 plant labels, 6 watering cans.", 3, True, "order"),
    # a PO named first, then a line added to it
    ("PO AB-7712 - please add a dozen of the safety glasses too.", 1, True, "change"),
])
def test_round12_wordings(text, n, has_qty, want):
    assert classify(normalize(text), n, has_qty) == want


@pytest.mark.parametrize("text,n,has_qty,want", [
    # a stock question first, then only the need that sizes it: still a stock question
    ("Have you got the yellow and orange vests in stock? We need 20 yellow for the crew and 8 orange for visitors.", 3, True,
     "stock_query"),
    # a stock question first, then the goods asked to be sent: an order
    ("Have you got the yellow vests in stock? Please send 20 yellow, 8 orange and 4 green.", 3, True, "order"),
])
def test_need_after_a_stock_question(text, n, has_qty, want):
    assert classify(normalize(text), n, has_qty) == want
