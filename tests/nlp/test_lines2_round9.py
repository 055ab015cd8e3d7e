"""Round 9 lines2: another product word is no variant of the line before; a weak number that is some item's code
counts when the chunk names nothing of that item; a count attached to the family's own row is no heading total."""
import datetime as dt

import pytest

TODAY = dt.date(2026, 10, 13)


def _lines(ex, text):
    return sorted((ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"])


def test_other_family_asked_after_is_no_variant(industrial):
    got = _lines(industrial, "Have you got 6206 open bearings? We could take 25. Do you sell 304 valves too?")
    assert got == [("BRG-6206", 25)]


def test_other_family_with_count_adds_nothing_to_line_before(industrial):
    got = _lines(industrial, "We need 12 6204 bearings 2RS. Also 50 valves please.")
    assert got == [("BRG-6204-2RS", 12)]


def test_second_size_counted_though_number_is_a_code(industrial):
    got = _lines(industrial, "Can you send 2000 black nitrile gloves size M and 2000 size L asap")
    assert got == [("GLV-NIT-BK-L", 20), ("GLV-NIT-BK-M", 20)]


def test_attached_family_count_is_no_heading_total():
    from nlp.followon import drop_headers
    head = {"sku": "A-S", "quantity": 50, "mention": "tea towels", "candidates": [{"sku": "A-S"}], "_f": {"attached": 1.0}}
    rows = [{"sku": f"A-{v}", "quantity": n, "mention": f"tea towels {v}", "_f": {"kin": 1.0}} for v, n in (("M", 20), ("L", 30))]
    assert len(drop_headers([head] + rows)) == 3  # "tea towels / small – 50 / medium – 20 / large – 30"
    said = dict(head, _f={})  # "50 tea towels - 20 medium, 30 large": the total said with the family heads them
    assert len(drop_headers([said] + rows)) == 2


def test_answer_to_earlier_offer_is_no_price_question(retail):
    text = "Please book the following:\n- Jumbo bag red retrospot: 50 (rather than 60 as quoted)\n- Lunch bag pink polkadot: 20\n"
    assert _lines(retail, text) == [("22384", 20), ("85099B", 50)]


def test_counts_answered_under_quoted_rows(retail):
    text = ("All good, go ahead:\n\n> 85099B Jumbo bag red retrospot £1.95 - how many?\n24 please\n"
            "> 22386 Jumbo bag pink polkadot £1.95 - how many?\nnone for now\n"
            "> 22384 Lunch bag pink polkadot £1.65 - how many?\nok 10\n\nThanks")
    assert _lines(retail, text) == [("22384", 10), ("85099B", 24)]


def test_one_quoted_remark_answered_stays_quoted():
    from nlp.inline_replies import read_inline
    body, quoted = read_inline("> can you do 3 weeks?\n2 is fine\nsee you")
    assert body == ["2 is fine", "see you"] and quoted == ["> can you do 3 weeks?"]


def test_remark_taking_back_the_item_before_gives_its_count_to_the_next(retail):
    text = "for the party: forty of the pink polkadot jumbo bags. no wait, red retrospot. the red retrospot jumbo bags."
    assert _lines(retail, text) == [("85099B", 40)]


def test_brought_down_to_is_the_new_count():
    from nlp.quantities import find_quantities
    text = "and can you cut the green ones down to 8"
    assert [(q.value, q.strength >= 1) for q in find_quantities(text, [])] == [(8.0, True)]
    assert all(q.strength < 1 for q in find_quantities("we are down to 8 now", []))
