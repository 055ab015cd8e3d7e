"""The due picker's training rows record what the rules picked from in the final reading only."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from nlp_due_data import _fresh_each_settle, _Recorder  # noqa: E402

from nlp.dates import find_dates  # noqa: E402
from nlp.due import pick  # noqa: E402
from nlp.due_model import merged  # noqa: E402

MON = dt.date(2026, 6, 1)


def test_a_second_settle_replaces_the_first_reading():
    rec = _Recorder(pick)

    def settle(body):  # as due_settle: the rules pick from the body once per reading
        return rec(body, find_dates(body, MON), MON)

    settled = _fresh_each_settle(rec, settle)
    body = "Two crates of pears for Thursday please."
    settled(body)  # the rules' intent
    settled(body)  # settled again under the learned intent check's
    text, hits = merged(rec.calls)
    assert text == body and len(hits) == 1
