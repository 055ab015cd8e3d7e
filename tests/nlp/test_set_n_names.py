"""A catalogue name's own "SET N" keeps its number out of the counts (own sentences)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 12, 10)


def test_set_n_is_part_of_the_name(retail):
    got = retail.extract("SET 36 COLOURING PENCILS DOILY, 150 thanks", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("23370", 150)}


def test_set_of_n_still_part_of_the_name():
    from nlp.named_counts import in_name
    from nlp.quantities import Qty
    body = "a set of 36 pencils"
    assert in_name(body, Qty(body.index("36"), body.index("36") + 2, 36.0, None, 0.2), lambda _: False)
