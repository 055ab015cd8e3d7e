""""Same as last time, but double the <plural>": a plural the quoted lines share names them all, each doubled; a
word naming one line alone still scales that one only (own wording)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 11, 16)
QUOTED = ("\n\n> From: Jo\n> Sent: 2 November 2026\n>\n> 10 x jumbo bag pink polkadot\n> 10 x jumbo bag red retrospot\n"
          "> 4 x regency cakestand 3 tier")


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_double_the_plural_shared_by_two_lines(retail):
    got = retail.extract("Same as last time please, but double the jumbo bags." + QUOTED, TODAY)
    assert _lines(got) == {("22386", 20), ("85099B", 20), ("22423", 4)}


def test_double_one_named_line(retail):
    got = retail.extract("Same as last time please, but double the cakestand." + QUOTED, TODAY)
    assert _lines(got) == {("22386", 10), ("85099B", 10), ("22423", 8)}


def test_double_the_plural_before_please(retail):
    got = retail.extract("Same as last time, but double the jumbo bags please." + QUOTED, TODAY)
    assert _lines(got) == {("22386", 20), ("85099B", 20), ("22423", 4)}
