"""Head-office wording: per-branch allocations multiplied out, a number of branches is no count (own wording)."""
from __future__ import annotations

import datetime as dt

WED = dt.date(2026, 11, 25)


def _got(ex, text):
    return sorted((ln["sku"], ln["quantity"]) for ln in ex.extract(text, WED)["lines"])


def test_each_branch_takes_multiplies_the_counts(small):
    text = "Allocation below please. Each of our 5 stores gets:\n3 x jumbo bag red retrospot\n2 x lunch bag pink polkadot"
    assert _got(small, text) == [("22384", 10), ("85099B", 15)]


def test_counts_before_the_cue_stay(small):
    text = "2 x regency cakestand 3 tier for the office. Each of the four branches needs 6 x jumbo bag pink polkadot"
    assert _got(small, text) == [("22386", 24), ("22423", 2)]


def test_number_of_branches_is_no_count(small):
    assert _got(small, "Prices please for our 7 branches: jumbo bag red retrospot 40") == [("85099B", 40)]


def test_branch_table_is_summed_per_column(small):
    text = ("Half-term allocation, one delivery please\n\nStore | Jumbo bag red retrospot | Lunch bag pink polkadot\n"
            "Hull | 5 | 2\nBeverley | 3 | 0\nSelby | 4 | 6\n\nRegards, Central Buying")
    assert _got(small, text) == [("22384", 8), ("85099B", 12)]


def test_a_total_said_before_variants_counted_each_is_dropped():
    from nlp.branches import without_totals

    assert without_totals("price for 36 tea towels, owl, fox and hare, 12 each?") == \
        "price for tea towels, owl, fox and hare, 12 each?"
    assert without_totals("what are 60 oven gloves - fox and hare, 30 of each?") == "what are oven gloves - fox and hare, 30 of each?"
    # a first count that is no such sum stays
    assert without_totals("send 10 tea towels, owl and fox, 12 each") == "send 10 tea towels, owl and fox, 12 each"
