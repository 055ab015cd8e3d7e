"""Fresh English wordings of the twelfth round's second wave (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2026, 10, 5)


def _read(ex, text: str, day: dt.date = DAY) -> dict:
    return ex.extract(text, day)


def _lines(ex, text: str, day: dt.date = DAY) -> list[tuple[str | None, float | None]]:
    return sorted((ln["sku"] or "", ln["quantity"]) for ln in _read(ex, text, day)["lines"])


@pytest.mark.parametrize("text,want", [
    # a market chalet's, booth's or kiosk's number names the place, it counts nothing (nor is it the chalet decoration)
    ("Booth 22 at the craft fair here: 8 union flag doormats please.", [("48138", 8)]),
    ("Hi from chalet 7! Could we have 5 of the keep calm doormats by Friday?", [("23284", 5)]),
    ("Please send 6 union flag doormats to the station kiosk 3.", [("48138", 6)]),
])
def test_place_numbers(retail, text: str, want: list) -> None:
    assert _lines(retail, text) == want


@pytest.mark.parametrize("text", [
    # lines added to, or a line remade on, an order named first: "on order N –", "re our order from <day>:", "PO N: make"
    "Just a note on order 7712 – can you add 4 union flag doormats? Same day is fine.",
    "Re my order from Tuesday: add 3 keep calm doormats please.",
    "PO 8830: make the keep calm doormats union flag ones instead, same 10.",
])
def test_placed_order_edits(retail, text: str) -> None:
    assert _read(retail, text)["intent"] == "change"


def test_new_order_with_number_stays_order(retail) -> None:
    # an order that only quotes its own reference orders
    assert _read(retail, "Order 7712: 4 union flag doormats please.")["intent"] == "order"


def test_correction_word_recounts(industrial) -> None:
    # "- correction, N -" between pauses: the count said after it replaces the one before
    got = _read(industrial, "Pump house order: M8x40 stainless bolts 300 - correction, 400 - and 1 box of KN95 masks.")
    assert got["intent"] == "order"
    assert sorted((ln["sku"], ln["quantity"]) for ln in got["lines"]) == [("BLT-M8X40-SS", 400), ("MSK-KN95", 50)]


def test_place_then_colon_counts(retail) -> None:
    # "for the kiosk: 30 …": after a colon the number opens the list, it is no kiosk number
    assert _lines(retail, "Please pack for the harbour kiosk: 30 union flag doormats.") == [("48138", 30)]
