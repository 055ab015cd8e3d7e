"""Patterns run on every message stay linear on long lists and digit runs (once they took seconds to minutes)."""
from __future__ import annotations

import time

from nlp.branches import RESTATED_TOTAL
from nlp.distributed import NAMES


def _took(pattern, text: str) -> float:
    start = time.process_time()
    pattern.search(text)
    return time.process_time() - start


def test_names_after_a_dash_with_spaced_commas():
    names = " , ".join(f"sign {n}" for n in "abcdefghijklmnopqrstuvwxy")  # 25 names: 24 s before the mend
    assert _took(NAMES, f"the metal signs - {names} 12 each") < 0.5
    assert NAMES.search("the metal signs - no junk mail, beware of the cat, and cook with wine. 12 each")


def test_restated_totals_over_digit_runs_and_aligned_columns():
    assert _took(RESTATED_TOTAL, "so " + "1" * 80 + " x") < 0.5  # 46 s before the mend
    assert _took(RESTATED_TOTAL, "so 24" + " " * 30 + ("12" + " " * 30) * 5 + "x") < 0.5
    assert RESTATED_TOTAL.search(", so 48 and 24 in total")


def test_a_total_before_an_each_list_over_long_lists():
    from nlp.branches import TOTAL_BEFORE_EACH

    names = ", ".join(f"tin mug {w}" for w in "abcdefghijklmnopqrstuvwxyz" * 4)
    assert _took(TOTAL_BEFORE_EACH, f"50 spotty mugs, {names} 12 each") < 0.5
    assert _took(TOTAL_BEFORE_EACH, "12 " + "owl " * 300 + "each") < 0.5
    assert TOTAL_BEFORE_EACH.search("50 hand warmers, owl and fox, 25 each")
