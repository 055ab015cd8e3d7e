""""+1 to the above and add …" over a forwarded request orders the forwarded list and the added item; a sender's
signature read as a count-less line does not stop that (own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.history import SAME_AS_LAST

TODAY = dt.date(2026, 4, 14)
MAIL = ("+1 to the above and add 6 regency cakestand 3 tier please.\n\nSam Reed\nBuyer, Reed & Rowe Gifts\n\n"
        "---------- Forwarded message ---------\nFrom: Ann Rowe\nDate: Tue, 14 Apr 2026 at 09:02\nSubject: bags\n"
        "To: Sam Reed\n\nSam - could you get these ordered? 20 jumbo bag pink polkadot and 10 jumbo bag red retrospot. Ann")


def test_plus_one_cue():
    assert SAME_AS_LAST.search("+1 to the above, and 4 more of the tins")
    assert not SAME_AS_LAST.search("2 jars +1 spare lid")


def test_plus_one_orders_forwarded_list_and_addition(retail):
    got = retail.extract(MAIL, TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("22386", 20), ("85099B", 10), ("22423", 6)}
