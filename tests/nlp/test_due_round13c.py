"""Due dates of round 13's third wave (own sentences): a bid's return day named by its reader or by "submit", and the
US holidays and Father's Day a buyer wants goods before; "Tuesday's cable order" names the day it was placed."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import due_date

WED = dt.date(2027, 7, 21)


@pytest.mark.parametrize("text", [
    "Please quote for 30 lanterns and 12 mats. Quotes to reach the purchasing office by 3 August.",
    "Prices must reach the buyer no later than 6 August 2027, thank you.",
    "RFQ for 40 tins, validity 90 days. Submit by 05/08/2027.",
    "Kindly quote unit prices for the list below. Please submit your quotation by Friday 30 July.",
    "Return your offer by 2 August please, 60 crates of jars.",
])
def test_bid_return_day_is_no_deadline(text):
    assert due_date(text, WED) is None


@pytest.mark.parametrize("text,want", [
    ("Send 20 crates by 2 August please, we need to return the hire van by then.", "2027-08-02"),
    ("Could you ship 40 buckets before Labor Day? Big sidewalk sale.", "2027-09-06"),
    ("Need the flag bunting in time for Memorial Day next year please.", "2028-05-29"),
    ("12 roasting tins in time for Thanksgiving please.", "2027-11-25"),
    ("Fathers day is coming so 24 mugs before Father's Day please.", "2028-06-18"),
    ("Long weekend coming: we want 10 tins before Labor Day.", "2027-09-06"),
])
def test_holiday_deadlines(text, want):
    assert str(due_date(text, WED)) == want


def test_holiday_without_before_sets_nothing():
    assert due_date("30 tote bags for our Labor Day sale please.", WED) is None


@pytest.mark.parametrize("text", [
    "About Tuesday's cable order: bump the YJV to 200 m.",
    "On Friday's glove order please drop the XL boxes.",
    "Re Thursday's paint order - two more pails of primer.",
])
def test_day_of_a_placed_order_is_no_deadline(text):
    assert due_date(text, WED) is None


def test_day_before_a_possessive_that_is_not_an_order_stays():
    assert str(due_date("Need the gloves for Friday's shift please.", WED)) == "2027-07-23"


def test_weekly_heading_week_is_no_deadline_the_day_below_is():
    text = "WEEKLY REQUIREMENTS - Unit 4, Dock Road yard - wk 30\n- 6 boxes of gloves\n- 2 drums of oil\nOn site Fri pls"
    assert str(due_date(text, WED)) == "2027-07-23"


@pytest.mark.parametrize("text", [
    "Two years ago we ran out by 20 December, so please send 80 this time.",
    "The trees were all gone by Saturday 18th last year; 40 more please.",
])
def test_day_stock_ran_out_is_no_deadline(text):
    assert due_date(text, WED) is None


def test_weekday_counted_back_from_the_event_stays_over_the_learned_check():
    from nlp.catalog import load_catalog
    from nlp.extractor import Extractor
    ex = Extractor(load_catalog("tests/data/catalog_retail.csv"))
    text = "Please send:\nknitting nancy x 12\nsewing susan needle set x 6\nOur craft fair is Sat 9th Oct, so by the Wednesday before please."
    assert ex.extract(text, dt.date(2027, 9, 29))["due_date"] == "2027-10-06"


@pytest.mark.parametrize("text,want", [
    ("Shelf count done Tues, please top up: 12 jars, 6 lids.", None),
    ("We counted Monday and need 20 tins.", None),
    ("Need the jars done Friday please, 12 of them.", "2027-07-23"),  # a job wanted done by then still is
    ("Can you get them done Friday? 12 jars.", "2027-07-23"),
])
def test_day_a_job_was_done(text, want):
    got = due_date(text, WED)
    assert (str(got) if got else None) == want
