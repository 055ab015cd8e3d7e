"""Replies written under the rows of an offer that says its own counts: taken, recounted or declined."""
from __future__ import annotations

from nlp.inline_replies import read_inline

OFFER = """Answers below.

> a) Doormat union flag - 10 pcs
ok please
> b) Jumbo bag owls - 40 pcs
yes but make it 30
> c) Lunch bag spaceboy - 20 pcs
no thanks, still have plenty
"""


def test_each_reply_gives_its_row_at_the_count_it_says():
    body, _ = read_inline(OFFER)
    text = "\n".join(body)
    assert "a) Doormat union flag: 10" in text
    assert "b) Jumbo bag owls: 30" in text
    assert "spaceboy" not in text  # declined: no line
    assert "make it" not in text


def test_a_price_is_no_offered_count():
    body, quoted = read_inline("> 20713 jumbo bag owls £1.95\nyes\n> 22382 lunch bag spaceboy £1.65\nyes\n")
    assert not any("jumbo" in ln for ln in body)  # no count offered: the bare yes takes nothing


def test_count_replies_still_read_as_before():
    body, _ = read_inline("> jumbo bag owls - qty?\n12\n> lunch bag spaceboy - qty?\nyes 6\n")
    assert body == ["jumbo bag owls: 12", "lunch bag spaceboy: 6"]
