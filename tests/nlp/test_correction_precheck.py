"""The cheap pre-check before self-corrections lets every correction cue through and little else."""
from __future__ import annotations

import pytest

from nlp.self_corrections import MARK, MARK_WORDS, corrected

CUED = [
    "6 tea towels, no wait, 8",
    "ten jars of honey... sorry, make that 12",
    "3 wreaths - sorry i mean 4",
    "red or rather cream cushions",
    "9 aprons. actually 7",
    "send 5 mugs, no 6",
    "14 x candles, oops not 14, 16 of them",
    "20 trays, no not 20, 24 of the large",
    "4 x jars. make it 6",
    "2 lamps... oops, 3",
]
UNCUED = ["no rush on these, 12 mugs", "we no longer need the bins", "not the red ones, 6 blue", "now 8 trays please"]


@pytest.mark.parametrize("text", CUED)
def test_every_correction_passes_the_precheck(text):
    assert MARK.search(text), text  # (the sentence is one MARK reads)
    assert MARK_WORDS.search(text), text


@pytest.mark.parametrize("text", UNCUED)
def test_a_plain_no_or_not_is_stopped(text):
    assert not MARK_WORDS.search(text)
    assert corrected(text) == text
