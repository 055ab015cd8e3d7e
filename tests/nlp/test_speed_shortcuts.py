"""Shortcuts that skip work which cannot change a result: the learned checks' early returns."""
from __future__ import annotations

import datetime as dt

import numpy as np

from nlp.due_model import DIM as DUE_DIM, DueModel, indices
from nlp.intent_model import DIM, INTENTS, IntentModel, _slot

WED = dt.date(2026, 3, 4)


def test_due_picker_adds_nothing_when_no_date_was_found_or_taken():
    w = [0.0] * DUE_DIM
    for i in indices(["C", "NONE"]):
        w[i] = 9.0  # even a model eager to pick would have nothing but "no date" to pick from
    model = DueModel(w, 0.1)
    assert model.choose([("just the usual crates, thanks", [])], WED, "order", None) is None


class _Counting(IntentModel):
    """An intent model that counts how often it was asked for probabilities."""

    asked = 0

    def proba(self, *args):
        self.asked += 1
        return super().proba(*args)


def test_intent_check_keeps_an_edit_of_a_quoted_order_without_scoring_it():
    w = np.zeros((DIM, len(INTENTS)), dtype=np.float32)
    w[_slot("wtrolley"), INTENTS.index("order")] = 50.0  # sure it is an order
    m = _Counting(w, np.zeros(len(INTENTS), dtype=np.float32), 0.5)
    assert m.settle("change", [], "make the trolley line 9 instead", True) == "change"
    assert m.asked == 0
    assert m.settle("change", [], "make the trolley line 9 instead", False) == "order" and m.asked == 1

