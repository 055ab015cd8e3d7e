"""Chinese round-12 due dates: lunar festival deadlines, a bid's closing hour, a span from a contract, a letter's own
date (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import due_date
from nlp.text import normalize


@pytest.mark.parametrize("text,today,want", [
    # a moving festival given as the deadline is the festival's own day
    ("端午前把防锈漆送过来", "2027-05-20", "2027-06-09"),
    ("清明之前送到仓库", "2027-03-20", "2027-04-05"),
    ("中秋节前到货，礼盒要用", "2026-08-01", "2026-09-25"),
    ("元宵节前能送到就行", "2026-02-20", "2026-03-03"),
    ("五一劳动节前发货", "2027-04-10", "2027-05-01"),
    ("五一之前要到", "2027-04-10", "2027-05-01"),
    ("中秋礼盒要两百个", "2026-08-01", None),  # (a theme, no "before")
    ("二十五一箱", "2026-08-01", None),  # (a count, no festival)
    # a bid's closing hour and the quotation handed in; a span from a contract not signed; a letter's own date
    ("请于2026年6月3日17:00前将报价单送达采购部", "2026-05-20", None),
    ("交货期：合同签订后20天内", "2026-05-20", None),
    ("采购部\n2026年5月20日", "2026-05-20", None),
    ("要求到货：2026年5月28日", "2026-05-20", "2026-05-28"),
])
def test_due_round12(text, today, want):
    got = due_date(normalize(text), dt.date.fromisoformat(today))
    assert (got.isoformat() if got else None) == want
