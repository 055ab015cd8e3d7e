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


def test_place_then_colon_counts(retail) -> None:
    # "for the kiosk: 30 …": after a colon the number opens the list, it is no kiosk number
    assert _lines(retail, "Please pack for the harbour kiosk: 30 union flag doormats.") == [("48138", 30)]
