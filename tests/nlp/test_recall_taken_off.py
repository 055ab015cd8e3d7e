"""Items taken off with the verb's particle after them ("knock the X off my order"), behind a request's lead-in
("could you remove the X"), or before a new count for another item ("… and make the Y 36") (own sentences)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 9, 14)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_particle_after_item_cancels(retail):
    got = retail.extract("Morning - could you knock the large skull windmills off our order please?", TODAY)
    assert got["intent"] == "cancel" and _lines(got) == {("21750", None)}


def test_scratch_off_names_item(retail):
    got = retail.extract("scratch the wooden box of dominoes off the order, we found some in the back", TODAY)
    assert _lines(got) == {("21889", None)}


def test_sole_item_of_its_kind_taken_off(industrial):
    got = industrial.extract("Please cancel the primer. The painters brought their own.", TODAY)
    assert got["intent"] == "cancel" and _lines(got) == {("PNT-PRM-IR", None)}


def test_removal_then_new_count(retail):
    got = retail.extract("Re last week's order: could you take the christmas musical zinc tree off altogether "
                         "and make the robin cards 48 instead of 24?", TODAY)
    assert got["intent"] == "change" and _lines(got) == {("22598", 0), ("22034", 48)}
