"""A row opening on "Branch 2" / "Store 3" names a place: its number is no count."""
from __future__ import annotations

import datetime as dt

from nlp.quantities import find_quantities


def test_the_branch_number_is_weak():
    qs = find_quantities("Branch 3 - Bath: 10 x jumbo bag owls", [])
    assert max(qs, key=lambda q: q.strength).value == 10
    assert all(q.strength < 0.5 for q in qs if q.value == 3)


def test_branch_rows_give_no_branch_line(retail):
    text = "Please send:\nStore 1 - Bath: 10 x jumbo bag owls\nStore 2 - Wells: 6 x jumbo bag owls, 4 x lunch bag spaceboy"
    lines = {(ln["sku"], ln["quantity"]) for ln in retail.extract(text, dt.date(2026, 3, 3))["lines"]}
    assert lines == {("20713", 16), ("22382", 4)}
