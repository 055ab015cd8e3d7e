"""Whole counted items listed in a bracket after a request ("cancel the shop's part (the 8 X and the 8 Y)"), and a
repeat said before "our last order" whose counts follow it (own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.bracket_items import bracket_items
from nlp.quantities import find_quantities, in_history

TODAY = dt.date(2026, 5, 4)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_bracket_of_counted_items_becomes_a_list():
    said = "drop the Leeds half (the 6 cake stands and the 4 biscuit tins) please"
    assert bracket_items(said) == "drop the Leeds half: 6 cake stands and 4 biscuit tins; please"


def test_bracket_splitting_one_name_stays():
    for said in ("20 garden spades (12 blue, 8 pink)", "the valves (2 x DN80 check, 3 x DN100 gate)",
                 "the bunting (the 10 m one)"):
        assert bracket_items(said) == said


def test_cancelled_part_in_brackets_gives_each_line(retail):
    got = retail.extract("Please take the York drop off our order (the 6 jumbo bag pink polkadot and the 8 jumbo "
                         "bag red retrospot). Leeds stays as it is.", TODAY)
    assert _lines(got) == {("22386", 6), ("85099B", 8)}


def test_repeat_before_last_order_counts_now():
    said = "same again as our last order: 12 of the jumbo bags, 6 regency cakestands"
    first = find_quantities(said, [])[0]
    assert not in_history(said, first)


def test_last_order_count_without_repeat_is_history():
    said = "our last order: 12 of the jumbo bags arrived fine"
    assert in_history(said, find_quantities(said, [])[0])
