"""The due picker's shortcut that skips work which cannot change a result, and the intent check's rule for
quoted edits."""
from __future__ import annotations

import datetime as dt

import numpy as np

from nlp.dates import find_dates
from nlp.due_model import DIM as DUE_DIM, DueModel, indices
from nlp.intent_model import DIM, INTENTS, IntentModel, _slot

WED = dt.date(2026, 3, 4)


class _CountingDue(DueModel):
    """A due picker that counts how often it scored options."""

    scored = 0

    def probs(self, opts):
        self.scored += 1
        return super().probs(opts)


def test_due_picker_does_not_score_a_message_with_no_date_found_or_taken():
    w = [0.0] * DUE_DIM
    for i in indices(["C", "NONE"]):
        w[i] = 9.0
    model = _CountingDue(w, 0.1)
    # no date found and none taken: "no date" is the only option, so nothing is scored
    assert model.choose([("just the usual crates, thanks", [])], WED, "order", None) is None
    assert model.scored == 0
    hits = find_dates("crates by friday please", WED)
    model.choose([("crates by friday please", hits)], WED, "order", None)
    assert model.scored == 1


def test_intent_check_keeps_an_edit_of_a_quoted_order():
    """Sure of "order", the check still leaves a change read against a quoted order alone (it sees the body only);
    its probabilities are computed either way, as the message confidence reads them."""
    w = np.zeros((DIM, len(INTENTS)), dtype=np.float32)
    w[_slot("wtrolley"), INTENTS.index("order")] = 50.0  # sure it is an order
    m = IntentModel(w, np.zeros(len(INTENTS), dtype=np.float32), 0.5)
    kept, p = m.decide("change", [], "make the trolley line 9 instead", True)
    assert kept == "change" and INTENTS[int(p.argmax())] == "order"
    assert m.settle("change", [], "make the trolley line 9 instead", False) == "order"
