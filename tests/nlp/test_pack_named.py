"""A count said in a pack word that only a close runner-up's name holds ("6 rolls of the X wrap" against ROLL WRAP X)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 11, 25)


def lines(ex, text: str) -> dict:
    """SKU -> quantity of a message's lines."""
    return {ln["sku"]: ln["quantity"] for ln in ex.extract(text, TODAY)["lines"]}


def test_rolls_pick_the_roll_wrap(retail):
    # ROLL WRAP VINTAGE CHRISTMAS, the only one of that name, and ROLL WRAP 50'S CHRISTMAS over the sheet WRAP 50'S
    assert lines(retail, "could you send 6 rolls of the vintage christmas wrap, ta") == {"23349": 6}
    assert lines(retail, "8 rolls of 50's christmas wrap for the shop please") == {"23351": 8}


def test_no_pack_word_keeps_the_sheet(retail):
    assert lines(retail, "8 of the 50's christmas wrap for the shop please") == {"16169E": 8}
