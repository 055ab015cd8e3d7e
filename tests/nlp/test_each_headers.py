"""A count said once before a colon ("4 of each:", "a dozen of each of the following:") goes to every item listed after it."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.clause_splits import each_head, heads_list
from nlp.quantities import find_quantities

DAY = dt.date(2026, 11, 2)
TRIO = "white hanging heart t-light holder, red hanging heart t-light holder, regency cakestand 3 tier"
WANT = {"85123A", "21733", "22423"}


def _counts(ex, text: str) -> tuple[str, dict]:
    got = ex.extract(text, DAY)
    return got["intent"], {ln["sku"]: ln["quantity"] for ln in got["lines"]}


@pytest.mark.parametrize("text", [
    f"Hello, we would like 4 of each: {TRIO}",
    f"Hello, we would like 4 of each of these: {TRIO.replace(', regency', ' and regency')}. Regards",
    "Morning - four of each of the following please:\n* white hanging heart t-light holder\n"
    "* red hanging heart t-light holder\n* regency cakestand 3 tier\nCheers",
    "Add 4 of each:\n1) white hanging heart t-light holder\n2) red hanging heart t-light holder\n3) regency cakestand 3 tier",
])
def test_header_count_goes_to_every_listed_item(retail, text):
    intent, counts = _counts(retail, text)
    assert set(counts) == WANT and set(counts.values()) == {4}


def test_header_count_in_a_price_request_and_a_cancellation(retail):
    intent, counts = _counts(retail, f"Could you price 30 of each: {TRIO}?")
    assert intent == "quote" and counts == dict.fromkeys(WANT, 30)
    intent, counts = _counts(retail, f"Please cancel 3 of each: {TRIO}")
    assert intent == "cancel" and counts == dict.fromkeys(WANT, 3)


def test_chinese_header_count_goes_to_every_item(industrial):
    _, counts = _counts(industrial, "麻烦下列轴承各拿八套：6205开式、6205-2RS")
    assert counts == {"BRG-6205": 8, "BRG-6205-2RS": 8}


def test_header_is_found_only_before_a_list():
    text = "we'd like 2 of each: a, b"
    assert each_head(text, 0, len(text)) == text.index(":") + 1
    assert each_head("2 of each:", 0, 10) is None and heads_list("send a dozen of each of these:")
    assert not heads_list("the price of each item: 3")


def test_price_verb_before_a_count_of_something():
    assert [q.value for q in find_quantities("can you price 40 of the mugs", [])] == [40]
    assert find_quantities("unit price 40", []) == []


def test_each_without_a_count_heads_no_list():
    text = "price each: 2.40, 3.10"
    assert each_head(text, 0, len(text)) is None and not heads_list("cost each:")
