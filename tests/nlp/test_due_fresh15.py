"""Due dates on fresh wording: leads before events dated elsewhere, reply-by deadlines, labels (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import due_date

MON = dt.date(2026, 6, 1)


@pytest.mark.parametrize("text,want", [
    # a lead in days or weeks before an event dated in another sentence
    ("Christening on Sunday 14 June. Could I have 6 cake stands? I'd want them 2 days before the christening.", "2026-06-12"),
    # (another sentence between the event and its lead: at 35179eb the lead was lost)
    ("Our garden party is on 20 June. Could we have 10 lanterns? Please deliver a week ahead of the party.", "2026-06-13"),
    ("Need 8 bunting sets two days before the fete on the 12th.", "2026-06-10"),
    ("Our open day is 20 June; they must be with us the day before.", "2026-06-19"),
    ("Please send them on the 4th of next month.", "2026-07-04"),
    # an event's own days are not the deadline, the goods' day is
    ("The craft festival runs 12-14 June, 30 lanterns please, must arrive by 9 June.", "2026-06-09"),
    ("We reopen after the refit on the 20th, so could the bunting come on Friday's van please?", "2026-06-05"),
    ("Pour day is Thursday so the rebar has to be here Wednesday.", "2026-06-03"),
    # a day restated in brackets narrows the one before it
    ("Before the end of the month please (by the 26th).", "2026-06-26"),
    ("Before the bank holiday if you can (28th latest).", "2026-06-28"),
    # a day written out is more exact than a holiday named beside it
    ("国庆前要，6月25号前送到", "2026-06-25"),
    # mid next month as the start of work, goods wanted before it
    ("灰色地坪漆六组，厂房下月中施工，之前送到", "2026-07-15"),
    ("仓库7月中旬开工，开工前送到", "2026-07-15"),
    # a day "to the 19th" a delivery is moved to; not a floor, nor the end of a span
    ("Please put the delivery back to the 19th.", "2026-06-19"),
    ("Deliver 4 boxes to the 3rd floor by Friday please.", "2026-06-05"),  # (the 3rd is no Friday: a floor taken for a day shows)
    ("Please add 3 trays to the 1st order.", None),
    ("Need 6 mugs. We're away from the 8th to the 15th, so not that week.", None),
    ("后天那车货能不能延后到下周一？", "2026-06-08"),
    # when an answer, not the goods, is wanted
    ("Quote required by 12 June please.", None),
    ("Please quote 30 lanterns by Friday; delivery needed 26 June.", "2026-06-26"),
    ("Are they in stock? Need to know before our launch on Friday.", None),
    ("We want to know if you can get them here before our launch on Friday.", "2026-06-05"),  # the goods, "here"
    # a week number naming an order or plan; a form's own date
    ("please deliver our order wk 25 as agreed", "2026-06-19"),
    ("Target date: 12 June", "2026-06-12"),
    ("Weekly order wk 25:\n12 x mugs", None),
    ("申请人：李明  日期：2026-06-03", None),
    ("交货日期：2026-06-10", "2026-06-10"),
])
def test_fresh_due_dates(text: str, want: str | None) -> None:
    got = due_date(text, MON)
    assert (got.isoformat() if got else None) == want
