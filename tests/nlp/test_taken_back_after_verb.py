"""A line taken back whole right after the verb asking for it ("Send me 10 x … - no, scrap that, …"): only what follows
is meant (own wording)."""
from __future__ import annotations

import pytest

from nlp.undone import undone


@pytest.mark.parametrize("text,gone,kept", [
    ("Send us 20 tartan flasks - actually scratch that, the tourists have gone home. 10 woollen scarves please.",
     "tartan flasks", "10 woollen scarves"),
    ("Please send me 6 x brass kettles - no, forget that one, do 6 copper kettles.", "brass kettles", "6 copper kettles"),
    ("We need 40 paper lanterns - sorry, ignore that line - and 12 bamboo mats.", "paper lanterns", "12 bamboo mats"),
])
def test_row_after_the_verb_is_taken_back(text, gone, kept):
    out = undone(text)
    assert gone not in out and kept in out


def test_near_miss_a_recount_after_the_verb_keeps_the_row():
    out = undone("Send us 20 tartan flasks - no sorry, make it 25.")
    assert "tartan flasks" in out
