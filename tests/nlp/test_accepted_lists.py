"""A reply taking a quoted list but some rows: the other quoted rows are the order."""
from __future__ import annotations

import datetime as dt

from nlp.accepted_lists import all_but

QUOTED = "> Suggested top-up:\n> 10 x jumbo bag owls\n> 6 x lunch bag spaceboy\n> 6 x lunch bag woodland"
ROWS = QUOTED.replace("> ", "")  # what clean hands over: the quoted rows, marks and headers gone


def test_the_excepted_rows_go():
    body, rows = all_but("ok for all of them apart from the lunch bags, cheers", ROWS)
    assert rows == ["Suggested top-up:", "10 x jumbo bag owls"]
    assert "apart from" not in body


def test_an_except_naming_no_row_is_no_acceptance():
    assert all_but("yes to all except the delivery day", ROWS) is None


def test_no_quoted_list_no_acceptance():
    assert all_but("yes to all of the above except the owls", "") is None


def test_the_order_is_the_rows_kept(retail):
    text = "Yes to all but the woodland ones please\n\n" + QUOTED
    got = retail.extract(text, dt.date(2026, 4, 7))
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("20713", 10), ("22382", 6)}


def test_a_quoted_mails_header_is_no_row_and_gives_no_date(retail):
    """The "On …, … wrote:" line over the quoted list is no row of it: its date is when the offer was sent."""
    text = "Yes to all but the woodland ones please\n\nOn Mon, 20 Apr 2026 at 09:12, Gift Loft <shop@loft.example> wrote:\n" + QUOTED
    got = retail.extract(text, dt.date(2026, 4, 14))
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("20713", 10), ("22382", 6)}
    assert got["due_date"] is None


def test_an_excepted_plural_in_es_is_its_row(retail):
    body, rows = all_but("happy with all except the candles", "12 x pink candle set\n6 x jumbo bag owls")
    assert rows == ["6 x jumbo bag owls"]
