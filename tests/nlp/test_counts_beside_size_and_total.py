"""Counts hidden by the words beside them: "and 500 in L" (a size after "in", not an inch size) and "Total 30 x
<item>" (a total counted "x" an item is its count, not a sum over the lines) (own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.quantities import find_quantities

TODAY = dt.date(2026, 2, 9)


def _values(text: str) -> list[float]:
    return [q.value for q in find_quantities(text, [])]


def test_count_then_in_and_a_size():
    assert _values("and 500 in L") == [500]
    assert _values("then 12 in medium please") == [12]


def test_inch_size_stays_no_count():
    assert _values("the 9 in plates") == []


def test_total_times_an_item_counts():
    assert _values("Total 30 x red retrospot bunting") == [30]


def test_total_of_the_lines_stays_no_count():
    assert _values("Total 34 x items") == []
    assert _values("Total: 18") == []


def test_gloves_in_two_sizes(industrial):
    got = industrial.extract("Please send 1,500 blue nitrile gloves size M and 800 in XL.", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("GLV-NIT-BU-M", 15), ("GLV-NIT-BU-XL", 8)}


def test_inspection_certificate_type_is_no_count():
    assert _values("and please add 3.1 certs") == []
    assert _values("with 2.2 certificates") == []
    assert _values("3 boxes, with certs") == [3]


def test_cert_remark_does_not_take_the_last_count(industrial):
    got = industrial.extract("RFQ: DN50 stainless ball valves x8; DN25 x4. Include 3.1 certs please.", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("VLV-BALL-DN50", 8), ("VLV-BALL-DN25", 4)}
