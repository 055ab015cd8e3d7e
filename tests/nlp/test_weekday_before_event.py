"""A bare "the <weekday> before", said sentences after the one day written out, counts back from that day
(own sentences)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 11, 2)


def test_bare_weekday_before_counts_back_from_the_one_date(industrial):
    text = ("Site open day is on Saturday 21 November. We'll need 4 x DN100 gate valves and 2 x DN150 butterfly "
            "valves for the demo rig. Could they come the Wednesday before?")
    assert industrial.extract(text, TODAY)["due_date"] == "2026-11-18"


def test_two_dates_leave_it_open(industrial):
    text = ("Shutdown runs Saturday 21 November to Monday 30 November. Please send 4 x DN100 gate valves. "
            "Could they come the Wednesday before?")
    assert industrial.extract(text, TODAY)["due_date"] != "2026-11-18"
