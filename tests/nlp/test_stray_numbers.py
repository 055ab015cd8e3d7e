"""A bare number opening a mention that no name of the matched item carries is the line's count."""
from __future__ import annotations

import datetime

from nlp.named_counts import stray_number

TODAY = datetime.date(2026, 5, 4)


def _known(code: str) -> bool:
    """A stand-in catalogue whose one code is 6204."""
    return code == "6204"


def test_opening_number_the_name_lacks_is_stray():
    names = frozenset({"pack", "of", "12", "floral", "napkins"})
    assert stray_number("36 floral napkins", names, _known)
    assert not stray_number("12 floral napkins", names, _known)  # the pack's own 12: a word of the name
    assert not stray_number("floral napkins 36", names, _known)  # only an opening number
    assert not stray_number("6204 bearings", frozenset({"bearing"}), _known)  # a catalogue code names
    assert not stray_number("we'd take about 36 of the floral napkins", names, _known)  # filler before the number


def test_lead_before_a_colon_does_not_swallow_the_count(retail):
    text = "Order for the shop: 48 retrospot tissues, 24 woodland tissues."
    lines = retail.extract(text, TODAY)["lines"]
    assert [(ln["sku"], ln["quantity"]) for ln in lines] == [("21980", 48), ("21981", 24)]
