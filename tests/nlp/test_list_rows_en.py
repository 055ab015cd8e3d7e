"""English list rows ("Family - variant: count" one per line) and clauses naming what stays (own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor
from nlp.pipeline import find_chunks


def test_dash_joins_name_halves_on_a_row():
    text = "order:\n  wooden puzzles - farmyard: 10\n  wooden puzzles - seaside: 12\n"
    assert [text[s:e].strip() for s, e, _ in find_chunks(text, [])][-2:] == \
        ["wooden puzzles - farmyard: 10", "wooden puzzles - seaside: 12"]


def test_each_row_reads_its_own_family(retail):
    """Parted from its family, "circus parade: 6" alone reads CARD CIRCUS PARADE: the row's dash must join them."""
    got = retail.extract("Hi,\nLunch boxes - circus parade: 6\nLunch boxes - spaceboy: 6\n", dt.date(2026, 5, 4))
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("22631", 6), ("22629", 6)]
    got = retail.extract("Hi,\nChildrens egg cups - circus parade: 10\nChildrens egg cups - spaceboy: 8\n", dt.date(2026, 5, 4))
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("22976", 10), ("22975", 8)]


def test_kept_clause_without_comma_leaves_the_cancelled_line(small):
    got = small.extract("could you cancel the red hanging heart tea light holders from yesterdays order the white "
                        "ones are still fine thanks", dt.date(2026, 5, 4))
    assert got["intent"] == "cancel"
    assert [ln["sku"] for ln in got["lines"]] == ["21733"]
    got = small.extract("cancel the pink polkadot jumbo bags please the red ones are still needed", dt.date(2026, 5, 4))
    assert [ln["sku"] for ln in got["lines"]] == ["22386"]



def test_bracket_saying_which_one_is_no_list():
    items = [CatalogItem("L2", "GARDEN LANTERN ZINC HANGING"), CatalogItem("L3", "GARDEN LANTERN GLASS"),
             CatalogItem("L4", "GARDEN LANTERN ZINC STANDING")]
    got = Extractor(items).extract("Can I get 6 of the zinc garden lanterns (the standing, not the hanging)?",
                                   dt.date(2026, 5, 4))
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("L4", 6)]
