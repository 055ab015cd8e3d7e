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
])
def test_newer_wordings(text, n, has_qty, want):
    assert classify(normalize(text), n, has_qty) == want
