"""Due days said around another: a bare "the <weekday> before" after the one day written out, a bare "the 18th"
after a written date (in its month), a day said as a sentence of its own ("tmrw am") (own sentences)."""
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


def test_a_bare_day_after_a_written_date_is_in_its_month(industrial):
    today = dt.date(2026, 3, 20)
    text = "Plant shutdown starts 24 May. Please send 4 x DN100 gate valves, we need them by the 18th."
    assert industrial.extract(text, today)["due_date"] == "2026-05-18"
    text = "Open day on 12 June - could we have 2 x DN150 butterfly valves before the 5th?"
    assert industrial.extract(text, today)["due_date"] == "2026-06-05"


def test_a_day_said_alone_is_wanted_then(industrial):
    today = dt.date(2026, 3, 20)
    assert industrial.extract("3 pails HM46 oil. Tomorrow first thing.", today)["due_date"] == "2026-03-21"
    assert industrial.extract("2 spools ER70S-6 1.2 wire. tmrw am", today)["due_date"] == "2026-03-21"
    assert industrial.extract("Thanks, see you tomorrow.", today)["due_date"] is None


def test_a_day_stated_for_an_event_yields_to_the_deadline(industrial):
    today = dt.date(2026, 6, 20)
    text = "We need 4 x DN100 gate valves for the rig - commissioning is Wednesday 15 July, so they'd have to be here by Monday 13th."
    assert industrial.extract(text, today)["due_date"] == "2026-07-13"
    text = "Need 2 x DN150 butterfly valves as spares - the inspection is Friday 17 July so they must arrive by the 14th."
    assert industrial.extract(text, today)["due_date"] == "2026-07-14"
