"""Chat lines whose counts follow their goods ("brass hinges 4 boxes steel screws 2 boxes") part after each count."""
from __future__ import annotations

import re

from nlp.spoken import spoken_counts
from nlp.trailing_runs import run_on_commas

RUN_ON = re.compile(r"(?<=[a-z])(?<!\bof)(?<!\bthe) (?=\d+(?:\s*x\b|\s+(?:boxes|bags|rolls)\b))")
COUNTED = re.compile(r"\b\d+(?:\s*x\b|\s+(?:boxes|bags|rolls)\b)|\bx\s*\d+\b")


def test_trailing_counts_close_their_items():
    """A count after its goods closes the item: the comma goes after it."""
    line = "brass hinges 4 boxes steel screws 2 boxes wall plugs 3 boxes thanks"
    assert run_on_commas(line, RUN_ON, COUNTED) == \
        "brass hinges 4 boxes, steel screws 2 boxes, wall plugs 3 boxes thanks"


def test_leading_counts_open_their_items():
    """A count before its goods opens the item: the comma goes before it, as before."""
    line = "4 boxes brass hinges 2 boxes steel screws"
    assert run_on_commas(line, RUN_ON, COUNTED) == "4 boxes brass hinges, 2 boxes steel screws"


def test_a_heading_before_leading_counts_stays_leading():
    """Goods after the last count ("2 x the oak ones") make the counts lead, a heading before them or not."""
    line = "shelf brackets 3 x the iron ones 2 x the oak ones"
    assert run_on_commas(line, RUN_ON, COUNTED) == "shelf brackets, 3 x the iron ones, 2 x the oak ones"


def test_a_count_of_something_leads():
    """ "2 rolls of green" names its goods after the count."""
    line = "need garden twine 3 rolls of red 2 rolls of green"
    assert run_on_commas(line, RUN_ON, COUNTED) == "need garden twine, 3 rolls of red, 2 rolls of green"


def test_spoken_counts_marks_a_trailing_run():
    """The body clean-up parts a comma-less trailing run after each count; a written line is left alone."""
    assert spoken_counts("copper pipe 15mm x 10 lengths elbows 20 bags") == "copper pipe 15mm x 10 lengths, elbows 20 bags"
    assert spoken_counts("copper pipe, 10 lengths, elbows 20 bags") == "copper pipe, 10 lengths, elbows 20 bags"



def test_qty_after_goods_closes_the_item():
    """ "coach bolts m8x60 zinc 4.6 qty 80 washers m8 zinc qty 80": each qty closes the item before it."""
    import datetime as dt

    from nlp.catalog import CatalogItem
    from nlp.extractor import Extractor
    ex = Extractor([CatalogItem("CB-M8X60", "Coach bolt M8x60 zinc"), CatalogItem("WS-M8", "Washer M8 zinc")])
    got = ex.extract("order coach bolts m8x60 zinc 4.6 qty 80 washers m8 zinc qty 80 delivery within 2 weeks",
                     dt.date(2026, 5, 4))
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("CB-M8X60", 80), ("WS-M8", 80)}
