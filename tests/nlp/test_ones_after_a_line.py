""""the X ones" after a line: the family is the earlier item's, not the chat said around its mention."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 11, 25)


def skus(extractor, text: str) -> list:
    """SKUs of the lines read, in order."""
    return [ln["sku"] for ln in extractor.extract(text, TODAY)["lines"]]


def test_design_ones_after_a_chatty_mention(retail):
    text = "Could you send 10 of the woodland lunch bags for our summer fete stall, and 6 of the suki ones"
    assert skus(retail, text) == ["20726", "22383"]
    text = "we'd love 8 of the owl hand warmers for the craft fair on saturday and 8 of the bird ones"
    assert skus(retail, text) == ["22865", "22867"]

