"""Numbers that are no line quantities: addresses, sizes and grades in a name, bolt lengths (own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.quantities import find_quantities

TODAY = dt.date(2026, 9, 8)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_unit_and_shop_numbers_of_an_address_are_no_counts():
    assert find_quantities("deliver to shop 3, harbour row.", []) == []
    assert find_quantities("unit 12, castle ind est.", []) == []
    assert find_quantities("unit 12, castle industrial estate", []) == []


def test_address_after_the_order_gives_no_line(industrial):
    got = industrial.extract("Please send 2 tonnes of 63x6 angle. Unit 12, Castle Ind Est.", TODAY)
    assert _lines(got) == {("ANG-63X6", 2)}


def test_size_before_the_noun_is_no_count(industrial):
    # "channel 100mm" is the item's size: the tonnes said later are its count, not added to it
    got = industrial.extract("Do you stock 100 channel? We'd want 3 tonnes.", TODAY)
    assert _lines(got) == {("CH-10", 3)}


def test_grade_in_the_name_yields_to_pails(industrial):
    got = industrial.extract("Lithium grease 3 - four pails please, for the maintenance crew.", TODAY)
    assert _lines(got) == {("GRS-LI-3", 60)}


def test_bolt_length_without_mm(industrial):
    got = industrial.extract("M10 bolts 40 long, 200 off please", TODAY)
    assert _lines(got) == {("BLT-M10X40-ZN", 200)}
