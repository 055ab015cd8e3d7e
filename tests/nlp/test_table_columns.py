"""Tables whose header names the count column in other words: a CSV export, a reorder notice, a store per column."""
from __future__ import annotations

from nlp.pipe_tables import unpipe


def test_a_csv_export_is_read_by_its_qty_column():
    body = "no,description,code,qty,uom,price\n1,doormat union flag,48187,12,ea,4.95\n2,jumbo bag owls,20713,30,ea,1.95"
    out = unpipe(body).split("\n")
    assert out[1].endswith("12 ea") and out[2].endswith("30 ea")
    assert "4.95" not in out[1]  # the price column is no part of the goods


def test_comma_prose_is_no_table():
    body = "hi, please send 6 owls, 4 foxes, thanks"
    assert unpipe(body) == body


def test_a_reorder_notice_counts_its_reorder_column():
    body = "code | item | stock | min | max | reorder qty\n20713 | jumbo bag owls | 3 | 5 | 20 | 17"
    assert unpipe(body).split("\n")[1].endswith("17")


def test_store_columns_are_summed():
    body = "item | bath | wells\njumbo bag owls | 10 | 6\nlunch bag spaceboy | 4 | 4"
    assert unpipe(body).split("\n")[1:] == ["jumbo bag owls 16", "lunch bag spaceboy 8"]


def test_word_columns_are_no_stores():
    body = "item | colour | size\njumbo bag | red | large"
    assert unpipe(body) == body
