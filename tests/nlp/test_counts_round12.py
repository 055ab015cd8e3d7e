"""Counts of the twelfth round: past sales, stock left, thousands and decimal commas, unit totals, dotted dates,
codes before "x N" (own wording)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 5, 12)


def _lines(got: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in got["lines"]}


def test_last_seasons_sales_are_no_count(retail):
    text = "Do you have the jumbo bag pink polkadot? We sold 90 over the summer last year, this time we'd like 50."
    assert _lines(retail.extract(text, TODAY)) == {("22386", 50)}


def test_a_count_after_if_we_took_is_asked(retail):
    got = retail.extract("Price for the regency cakestand 3 tier if we took 30?", TODAY)
    assert _lines(got) == {("22423", 30)}


def test_stock_left_is_no_count(retail):
    text = ("Running low here:\n- Jumbo bag pink polkadot - 3 left\n- Jumbo bag red retrospot - 1 left\n\n"
            "Please send 20 of each of these.")
    assert _lines(retail.extract(text, TODAY)) == {("22386", 20), ("85099B", 20)}


def test_a_thousands_comma_before_a_glued_unit(retail):
    got = retail.extract("What would 2,000 pcs of the jumbo bag pink polkadot cost?", TODAY)
    assert _lines(got) == {("22386", 2000)}


def test_a_decimal_comma_before_a_measure(industrial):
    got = industrial.extract("Please deliver:\n- angle 63x6 - 1,5 t\n- Q235B 8 mm - 3 t", TODAY)
    assert _lines(got) == {("ANG-63X6", 1.5), ("PL-Q235B-08", 3)}


def test_a_total_of_the_lines_own_unit_is_no_line(retail):
    text = ("Please send 50 units jumbo bag pink polkadot and 30 units regency cakestand 3 tier. "
            "80 units total. Thanks")
    assert _lines(retail.extract(text, TODAY)) == {("22386", 50), ("22423", 30)}


def test_a_total_that_is_not_the_sum_stays(retail):
    got = retail.extract("Please send jumbo bag pink polkadot, 40 units total.", TODAY)
    assert _lines(got) == {("22386", 40)}


def test_a_dotted_date_after_latest_is_no_count(retail):
    got = retail.extract("We order 10 pcs regency cakestand 3 tier. Delivery latest 28.05.", TODAY)
    assert _lines(got) == {("22423", 10)}
    assert got["due_date"] == "2026-05-28"


def test_codes_before_x_counts_glued_or_spaced(retail):
    got = retail.extract("please send 22720 x4, 22721 x 8", TODAY)
    assert _lines(got) == {("22720", 4), ("22721", 8)}


def test_a_count_for_a_terrace_is_no_street_number(retail):
    got = retail.extract("Have you got the jumbo bag pink polkadot? We'd need 16 for the terrace.", TODAY)
    assert _lines(got) == {("22386", 16)}


def test_a_street_number_stays_out(retail):
    got = retail.extract("Please send 5 jumbo bag pink polkadot to 8 Orchard Terrace, Bath", TODAY)
    assert _lines(got) == {("22386", 5)}


def test_a_berth_number_is_no_count(industrial):
    # ("to berth 9 workshop" was read right before the rule: the number must stand where a count could)
    got = industrial.extract("Please send 2 pails of lithium grease EP3, vessel at berth 9", TODAY)
    assert _lines(got) == {("GRS-LI-3", 30)}


def test_one_case_of_boxes_counted_in_brackets(industrial):
    got = industrial.extract("Please add one case (6 boxes) of the blue nitrile gloves L.", TODAY)
    assert _lines(got) == {("GLV-NIT-BU-L", 6)}


def test_numbered_form_fields_pair_product_and_quantity(retail):
    text = ("New entry from the Wholesale Form\n\nShop: The Corner Gift Box\nItem 1: jumbo bag pink polkadot\n"
            "Qty 1: 15\nItem 2: regency cakestand 3 tier\nQty 2: 3\nItem 3:\nQty 3:\nComments: none")
    assert _lines(retail.extract(text, TODAY)) == {("22386", 15), ("22423", 3)}


def test_a_rate_a_week_is_no_count(industrial):
    got = industrial.extract("Have you got blue nitrile gloves M in stock? We use about 3 boxes a week.", TODAY)
    assert _lines(got) == {("GLV-NIT-BU-M", None)}


def test_a_standing_order_a_week_keeps_its_count(industrial):
    got = industrial.extract("Please send 4 boxes of blue nitrile gloves M a week until further notice.", TODAY)
    assert _lines(got) == {("GLV-NIT-BU-M", 4)}


def test_a_variant_then_same_takes_the_count_before(industrial):
    got = industrial.extract("Please send 2 t of Q235B plate 8 mm. And 10mm, same.", TODAY)
    assert _lines(got) == {("PL-Q235B-08", 2), ("PL-Q235B-10", 2)}


def test_a_number_piece_before_a_noun_names_the_set(retail):
    got = retail.extract("Eight piece snake set ... 10\nJumbo bag pink polkadot ... 5", TODAY)
    assert _lines(got) == {("21828", 10), ("22386", 5)}


def test_pieces_plural_still_counts(retail):
    got = retail.extract("please send 20 pieces of the jumbo bag pink polkadot", TODAY)
    assert _lines(got) == {("22386", 20)}
