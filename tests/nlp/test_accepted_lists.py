"""A reply taking a quoted list but some rows: the other quoted rows are the order."""
from __future__ import annotations

import datetime as dt

from nlp.accepted_lists import all_but

QUOTED = "> Suggested top-up:\n> 10 x jumbo bag owls\n> 6 x lunch bag spaceboy\n> 6 x lunch bag woodland"


def test_the_excepted_rows_go():
    body, rows = all_but("ok for all of them apart from the lunch bags, cheers", QUOTED)
    assert rows == ["Suggested top-up:", "10 x jumbo bag owls"]
    assert "apart from" not in body


def test_an_except_naming_no_row_is_no_acceptance():
    assert all_but("yes to all except the delivery day", QUOTED) is None


def test_no_quoted_list_no_acceptance():
    assert all_but("yes to all of the above except the owls", "") is None


def test_the_order_is_the_rows_kept(retail):
    text = "Yes to all but the woodland ones please\n\n" + QUOTED
    got = retail.extract(text, dt.date(2026, 4, 7))
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("20713", 10), ("22382", 6)}
