"""Round 13 (enB): lines taken back as they are said, wordings of intent and of the day goods are wanted."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.undone import undone

TODAY = dt.date(2026, 10, 6)


@pytest.mark.parametrize("text, gone, kept", [
    ("stall order:\n6 x tea towels\n3 x oven gloves? no scrap that\n4 x aprons", "oven gloves", "4 x aprons"),
    ("we'd like 20 of the jumbo bags. And the lunch ones - no, forget that, too dear.", "lunch ones", "20 of the jumbo"),
    ("Quick one - 8 x mini lanterns blue... actually no, they never sell. Make it 8 x the red lanterns please.",
     "lanterns blue", "8 x the red lanterns"),
])
def test_a_line_taken_back_after_a_question_mark_a_trail_or_without_a_count_is_dropped(text, gone, kept):
    got = undone(text)
    assert gone not in got and kept in got


def test_a_take_back_that_names_no_line_of_its_own_keeps_the_text():
    text = "Do you have the red mugs? No worries if not, and 12 blue ones please."
    assert undone(text) == text


def test_a_listed_line_withdrawn_with_a_question_mark_gets_no_line(retail):
    got = retail.extract("for the fete:\n24 x jumbo bag red retrospot\n12 x lunch bag pink polkadot? no ignore that\n"
                         "6 x regency cakestand 3 tier\nthanks", TODAY)
    assert {(l["sku"], l["quantity"]) for l in got["lines"]} == {("85099B", 24), ("22423", 6)}
