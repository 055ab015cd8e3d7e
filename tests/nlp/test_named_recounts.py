"""A self-correction that names the item it recounts ("make the blue ones 8") replaces that item's count."""
from __future__ import annotations

import pytest

from nlp.self_corrections import corrected


@pytest.mark.parametrize("text, want", [
    ("12 of the green trays and 6 of the blue trays, sorry, make the green ones 10", "10 of the green trays"),
    ("5 lanterns large and 8 of the small. oops, make the small ones eleven.", "11 of the small"),
    ("30 x napkin rings silver, 20 x napkin rings gold\n\np.s. make the gold ones 25 instead", "25 x napkin rings gold"),
    ("send 9 of the owl mugs and 4 of the fox mugs, no wait, make the fox ones six, yeah six, thanks",
     "6 of the fox mugs"),
])
def test_the_named_item_takes_the_new_count(text, want):
    out = corrected(text)
    assert want in out
    assert "make the" not in out  # the correction itself is no item of its own


def test_the_other_items_keep_their_counts():
    out = corrected("12 of the green trays and 6 of the blue trays, sorry, make the green ones 10")
    assert "6 of the blue trays" in out


@pytest.mark.parametrize("text", [
    "re our order 4471: make the red ones 30",  # a placed order's count: a change, read elsewhere
    "make the red ones 30 please",  # nothing counted before names them
    "12 candles white, make the best of it 3",
])
def test_no_counted_item_named_before_leaves_the_text(text):
    assert corrected(text) == text
