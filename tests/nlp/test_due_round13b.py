"""Due dates of round 13's second wave (own sentences): a tender's closing day and a span counted from an order not
yet placed are no deadline for the goods."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import due_date

MON = dt.date(2027, 5, 3)


@pytest.mark.parametrize("text", [
    "Please price items 1-4. Offers to be received by 14:00 Thursday 13 May.",
    "Bids close at 10:30 on Monday 17 May; late bids will not be considered.",
    "Kindly quote for 20 gate valves. Tenders are due by Friday 21 May.",
    "Quote for 40 drums please, delivery required within 6 weeks of order.",
    "Best price for 2 t of angle, lead time 10 days from receipt of PO.",
])
def test_no_goods_deadline(text):
    assert due_date(text, MON) is None


@pytest.mark.parametrize("text,want", [
    ("Send 40 drums within 2 weeks please.", "2027-05-17"),  # a span from today still is
    ("Please deliver the valves by Friday 14 May, our tender for the works closed last week.", "2027-05-14"),
])
def test_goods_deadline_kept(text, want):
    assert str(due_date(text, MON)) == want


@pytest.mark.parametrize("text", [
    "Please send 4 kites. Our grant money has to be spent by 28 May, the goods can come any time.",
    "Budget must be committed by 20 May, so 6 drums of oil please when you can.",
])
def test_money_spent_by_is_no_goods_deadline(text):
    assert due_date(text, MON) is None


def test_money_day_stays_none_after_the_learned_check():
    """The whole extraction keeps no due date when the only day said is when a grant is spent."""
    from nlp.catalog import CatalogItem
    from nlp.extractor import Extractor
    got = Extractor([CatalogItem("KT-1", "Diamond kite", "pcs")]).extract(
        "Hi, we have a bit of grant left so please send:\n6 x diamond kite\nThe grant has to be spent by 28 May but "
        "the kites themselves can come whenever.", MON)
    assert got["due_date"] is None and [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("KT-1", 6)]


@pytest.mark.parametrize("text,want", [
    ("For Koningsdag (27 April next year) we sell 40 flags, but please deliver latest 14-05 so we can set up.", "2027-05-14"),
    ("Send 6 drums, until 21-5 is fine.", "2027-05-21"),
])
def test_day_dash_month_after_a_deadline_word(text, want):
    assert str(due_date(text, MON)) == want


@pytest.mark.parametrize("text", ["Send 20-24 pieces before 10-12 mm rods run out.", "We need 12-15 boxes."])
def test_dashed_ranges_are_no_dates(text):
    assert due_date(text, MON) is None


@pytest.mark.parametrize("text,want", [
    ("New cafe here, launching on 22 May! 30 tea towels and 12 aprons. Can they come before the launch?", "2027-05-22"),
    ("Pop-up shop, reopening 18 May after the refit.\n- 6 lanterns\nPlease deliver before we reopen.", "2027-05-18"),
])
def test_an_opening_day_named_again_is_due(text, want):
    assert str(due_date(text, MON)) == want


def test_an_opening_day_alone_is_no_deadline():
    assert due_date("Shop opening 18 May. 6 lanterns please.", MON) is None


@pytest.mark.parametrize("text", [
    "On our PO please make the mugs 30 instead of 20. Same delivery Thursday.",
    "Add 4 lanterns to the order, delivery stays on Friday.",
])
def test_a_kept_delivery_day_is_no_new_deadline(text):
    assert due_date(text, MON) is None


@pytest.mark.parametrize("text,want", [
    # a day restated after a holiday or a date takes that date's month (today is 3 May)
    ("40 crackers please, the week before Christmas at the latest, i.e. the 17th.", "2027-12-17"),
    ("Needed by 30 June, that's the 28th for our till.", "2027-06-28"),
])
def test_a_restated_day_keeps_the_month(text, want):
    assert str(due_date(text, MON)) == want
