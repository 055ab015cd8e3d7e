"""Intent of newer customer wordings: placed orders edited, closure notices, papers asked for (own sentences)."""
from __future__ import annotations

import pytest

from nlp.intent import classify
from nlp.text import normalize


@pytest.mark.parametrize("text,n,has_qty,want", [
    # an item taken off an order named by its number alone
    ("Can you take the green teapots off order 77120 please? Keep the rest.", 1, False, "cancel"),
    # a placed order's new count: "update to the ... order", "N x not M"
    ("Update to the bunting order from last week: the café branch wants 6 not 3 now.", 1, True, "change"),
    ("Leeds now needs 10 doormats not 5, everything else as it was.", 1, True, "change"),
    # lines added or dropped on an order referred to by number
    ("Re PO 4410 - please add 12 of the blue tins.", 1, True, "change"),
    ("re order 90211: drop the large ones please", 1, False, "change"),
    # a requisition's item changed
    ("Ref requisition 31-220: please change item 2 to the 6mm ones.", 0, False, "change"),
    # "cost centre" on a requisition asks no price
    ("Requisition 5512, cost centre 301: hex bolts M8 x 30, 3 boxes. Required by 4/12.", 1, True, "order"),
    # the supplier offering a part delivery
    ("Hi Jo, the big discs are delayed - we can send the small ones tomorrow and the rest on Monday if OK?", 1, True, "other"),
    # a closure notice is no cancellation
    ("Our warehouse is closed over Easter, so please don't deliver anything between Good Friday and Tuesday.", 0, False, "other"),
    # papers asked for, not goods or prices
    ("Could you email us your latest brochure and the data sheet for the grease?", 0, False, "other"),
    ("Do you have a trade catalogue for 2027 yet? Two copies would be great.", 1, True, "other"),
    ("Please send a price list for the enamel mugs and the jugs.", 1, False, "quote"),
    # a placed order moved to another day ("2" for "to" in SMS)
    ("Re PO 5512: can the steel come on the 20th instead? The bolts can wait.", 0, False, "change"),
    ("hi can u push our order 2 fri instead? ta", 0, False, "change"),
    ("Make the green gloves six boxes instead of four on last week's order.", 1, True, "change"),
    # part of a quote taken, or its counts re-quoted: no placed order changes
    ("We'll go with lines 2 and 4 of your quote, same quantities please.", 2, True, "order"),
    ("We'd like to take lines 2 and 5, but 60 of line 5 instead of the 40 you quoted.", 2, True, "order"),
    ("Could you re-quote at 100 of each instead of 50? Hoping the price drops.", 2, True, "quote"),
    ("Can you do us a deal on the enamel range: mugs (x12) and plates (x12)?", 2, True, "quote"),
    # stock asked in SMS and plain words
    ("you got the blue enamel jug in? need 4 by fri", 1, True, "stock_query"),
    ("you got my email about the invoice?", 0, False, "other"),
    ("When will the zinc buckets be back? Asking for a customer.", 1, False, "stock_query"),
    # thanks for goods received, a donation asked, technical papers asked
    ("thanks for the quick delivery today, all perfect", 0, False, "other"),
    ("Do you donate damaged stock to local schools?", 0, False, "other"),
    ("Please email the spec sheets and test certs for the gate valves we bought in May.", 1, False, "other"),
    ("Order: 10 boxes M8 nuts. Please send the test certs with the goods.", 1, True, "order"),
    # 公函 accepting a quote; lines added to a placed order; a spoken count in 条
    ("收到贵司报价，我司同意按此报价订购DN50球阀十个。", 1, True, "order"),
    ("在原订单基础上再加两箱扎带，一起发。", 1, True, "change"),
    ("嗯就是要那个三角带A800的来六条嗯", 0, False, "order"),
])
def test_newer_wordings(text, n, has_qty, want):
    assert classify(normalize(text), n, has_qty) == want
