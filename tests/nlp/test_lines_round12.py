"""Lines of the twelfth round's wordings: a listed line taken back whole, a brochure's year and a count of rooms are no
counts (own sentences)."""
from __future__ import annotations

import datetime as dt

from nlp.quantities import find_quantities
from nlp.undone import undone

TODAY = dt.date(2026, 5, 4)


def test_line_ignored_as_it_is_written_is_dropped():
    text = "order:\n20 x tin jugs - no sorry, ignore that line, we need enamel cups: 20 of the blue ones.\n6 teapots"
    assert "tin jugs" not in undone(text) and "20 of the blue ones" in undone(text)


def test_line_taken_back_then_replaced_is_dropped():
    text = "hello, 10 x flag bunting - actually no, nobody buys flags here - make it 10 spotty bunting instead, and 4 x kites."
    got = undone(text)
    assert "flag bunting" not in got and "10 spotty bunting" in got and "4 x kites" in got


def test_plain_correction_of_a_count_is_left_to_the_recount():
    text = "12 x tin jugs - no, 14 please"
    assert undone(text) == text


def test_year_of_a_brochure_is_no_count():
    values = [q.value for q in find_quantities("codes below are from your 2026 brochure", [])]
    assert 2026 not in values


def test_count_of_rooms_is_no_count_of_goods():
    values = [q.value for q in find_quantities("for the guest house (12 rooms, spring clean): 12 of the towels", [])]
    assert values.count(12) == 1


def test_retail_line_taken_back_whole(retail):
    got = retail.extract("please send:\n6 x jumbo bag pink polkadot - no sorry, ignore that line\n"
                         "6 x jumbo bag red retrospot\n", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("85099B", 6)}


def test_same_as_last_order_with_one_count_set_anew(retail):
    text = ("Hello, please send the same as our order from last spring, only the red retrospot jumbo bags 40 in place of 20.\n\n"
            "> Order 2026-03-02\n> 20 JUMBO BAG RED RETROSPOT\n> 10 JUMBO BAG PINK POLKADOT\n")
    got = retail.extract(text, TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("85099B", 40), ("22386", 10)}


def test_in_place_of_is_no_inch_size():
    values = {q.value: q.strength for q in find_quantities("the zinc buckets 30 in place of 12", [])}
    assert values[30] >= 1 and values[12] < 1


def test_go_ahead_with_counts_as_per_the_offer_takes_its_products(retail):
    text = ("Great, go ahead with the 30 and the 15 as per your offer below please.\n\n"
            "> On 2 May 2026, Sales wrote:\n> We can offer 30 x jumbo bag red retrospot at £1.65 and 15 x jumbo bag pink polkadot "
            "at £1.65, both in stock.")
    got = retail.extract(text, TODAY)
    assert got["intent"] == "order"
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("85099B", 30), ("22386", 15)}


def test_requote_the_below_takes_the_quoted_lines(retail):
    text = ("Could you re-quote the below for the autumn? Thanks\n\n"
            "> 36 x jumbo bag red retrospot @ £1.65\n> 12 x jumbo bag pink polkadot @ £1.65\n> Quote valid until 30/06/2026")
    got = retail.extract(text, TODAY)
    assert got["intent"] == "quote"
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("85099B", 36), ("22386", 12)}


def test_a_units_total_that_sums_the_lines_is_dropped():
    from nlp.own_stock import without_own_figures
    body = "please send 60 units beach balls and 40 units sun hats by 3 june. ref ab12, 100 units total. thanks"
    assert "100 units total" not in without_own_figures(body)
    body = "please send 60 units beach balls and 40 units sun hats. 120 units total."
    assert "120 units total" in without_own_figures(body)


def test_a_variant_refused_after_not_names_no_goods():
    from nlp.mentions import mention_text
    assert "pink" not in mention_text("the lovebird cake stands (white pls not pink)")
    assert "black" not in mention_text("make the tape measures silver not black")
    # ("we asked for cream, not blue": both said apart, for the swap rules to read)
    assert "blue" in mention_text("we asked for cream, not blue")
