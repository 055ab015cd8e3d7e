"""One test for "a placed order is named" serves intent and self-corrections; self-corrections read it wider."""
from __future__ import annotations

import re

from nlp.intent import ORDER_REF
from nlp.self_corrections import PLACED_OR_PAST, corrected
from nlp.words import ORDER_NAMED


def test_an_order_number_is_named_for_both():
    for text in ("re PO 4410: the teapots", "order no. 7 please", "SO #31 update", "订单号 889 的数量"):
        assert ORDER_REF.search(text) and PLACED_OR_PAST.search(text), text


def test_order_as_a_verb_with_its_count_names_no_order():
    assert not re.search(ORDER_NAMED, "could we order 6 tins of wax", re.I)
    assert corrected("could we order 6 tins of wax... make that 9") == "could we order 9 tins of wax"


def test_past_rounds_count_only_for_self_corrections():
    text = "last time we had 20 trays, this time make it 30"
    assert PLACED_OR_PAST.search(text) and not ORDER_REF.search(text)


def test_a_recount_after_a_named_order_is_left_as_said():
    text = "about PO 5120: 14 x lanterns. make it 18"
    assert corrected(text) == text
