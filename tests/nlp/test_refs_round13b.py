"""Numbers and lines of a message's admin (own sentences): an account or order number after "no.", a postal box
line and "one small thing" count no goods."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

ITEMS = [CatalogItem("LAN-RD", "Paper lantern red", "pcs"), CatalogItem("BOX-GR", "Green metal box", "pcs"),
         CatalogItem("30417", "Blue pot candle", "pcs"), CatalogItem("CRD-BK", "Bank account card", "pcs")]


def _pairs(text: str) -> set:
    got = Extractor(ITEMS).extract(text, dt.date(2026, 10, 5))
    return {(ln["sku"], ln["quantity"]) for ln in got["lines"]}


@pytest.mark.parametrize("text", [
    "Please send 24 red paper lanterns. Our customer account no. 5521 if needed.",
    "Could we have 24 red paper lanterns.\nShop account no. 212, thanks.",
    "24 red paper lanterns please.\nRegards\nHarbour Traders Ltd, P.O. Box 7730-00200",
    "24 red paper lanterns please. One quick thing: invoice INV-30417 has our old address on it.",
])
def test_admin_counts_nothing(text):
    assert _pairs(text) == {("LAN-RD", 24)}
