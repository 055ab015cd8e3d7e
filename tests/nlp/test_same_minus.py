""""Same as invoice N minus the X" over the invoice's rows pasted below: those rows but the ones naming X (own
wording)."""
from __future__ import annotations

from nlp.accepted_lists import same_but

ROWS = "\n--- Order 902 ---\n101  TEA TOWEL GREEN  x 10\n102  ENAMEL MUG BLUE  x 6\n103  ENAMEL MUGS RED  x 6\n"


def test_rows_naming_the_excepted_goods_go():
    out = same_but("Morning, same as order 902 except the enamel mugs please." + ROWS)
    assert "TEA TOWEL GREEN" in out and "ENAMEL MUG" not in out


def test_two_excepted_goods():
    out = same_but("same as our invoice without the tea towel and red mugs, thanks" + ROWS)
    assert "TEA TOWEL" not in out and "ENAMEL MUGS RED" not in out and "ENAMEL MUG BLUE" in out


def test_near_miss_nothing_named_keeps_every_row():
    text = "same as order 902 minus the delivery charge please" + ROWS
    assert same_but(text) == text
