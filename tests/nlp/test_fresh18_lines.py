"""English line readings met in fresh wording (dev18 round): bullets, bore sizes (own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.text import normalize

DAY = dt.date(2026, 9, 7)


def _lines(got) -> list[tuple[str, float]]:
    return [(ln["sku"], ln["quantity"]) for ln in got["lines"]]


def test_bullet_star_is_no_times_sign_across_lines(retail):
    assert "x 12\n* 60" in normalize("a x 12\n* 60 b")
    got = retail.extract("restock please\n* 60 cake cases dolly girl design x 12\n* 36 foil heart cake cases x 8\n", DAY)
    assert _lines(got) == [("22951", 12), ("22956", 8)]


def test_count_after_a_nominal_bore_is_no_size(industrial):
    assert normalize("gate valve DN100 x 4") == "gate valve dn100 x 4"
    got = industrial.extract("Please send:\n gate valve DN100 x 4\n galvanised pipe DN50 x 120 m\n", DAY)
    assert _lines(got) == [("VLV-GATE-DN100", 4), ("PIPE-GI-DN50", 120)]


def test_count_in_packs_after_a_place_word(retail):
    got = retail.extract("for our market stall: 40 packs vintage christmas cake cases please", DAY)
    assert _lines(got) == [("22952", 40)]


def test_dash_aside_with_its_own_verb_leaves_the_name(retail):
    got = retail.extract("could we have 12 dolly girl aprons - our nursery is doing a baking week. ta", DAY)
    assert _lines(got) == [("22899", 12)]


def test_plural_orders_names_no_product(retail):
    got = retail.extract("do you still have the 60 cake cases dolly girl design? we want 50 packs for our orders", DAY)
    assert _lines(got) == [("22951", 50)]


def test_letter_size_before_a_full_stop_ends_the_sentence(industrial):
    got = industrial.extract("Please send a box each of blue nitrile gloves in s and m. Deliver to the lab, Mr J. Pike", DAY)
    assert _lines(got) == [("GLV-NIT-BU-S", 1), ("GLV-NIT-BU-M", 1)]


def test_sorry_not_n_takes_that_count_back():
    from nlp.self_corrections import corrected
    assert corrected("4 x oak shelf, 10 x pine shelf 2 tier... sorry not 10, 8 of the 2 tier one") == \
        "4 x oak shelf, 8 x pine shelf 2 tier"
    assert corrected("send 3 red mugs and 5 blue mugs, no not 5, 7 of the blue ones") == "send 3 red mugs and 7 blue mugs"


def test_what_is_no_longer_needed_is_taken_off(retail):
    got = retail.extract("Hi, for the autumn box we no longer need the wooden cutlery sets, can you take them off? Sam", DAY)
    assert got["intent"] == "cancel"
    assert _lines(got) == [("23124", None)]


def test_item_taken_off_a_named_order_by_part_of_its_name(industrial):
    got = industrial.extract("Please cancel the channel steel off the bridge order #4 - plans changed.", DAY)
    assert _lines(got) == [("CH-10", None)]


def test_bring_is_a_request_verb_not_a_product(retail):
    got = retail.extract("Hi - the school fair order: could you bring the delivery forward to Friday? and make the "
                         "foil star cake cases 25 not 20.", DAY)
    assert _lines(got) == [("22955", 25)]


def test_instead_of_x_send_y_swaps_the_variant(retail):
    got = retail.extract("Change on PO 5512: instead of the green bakelike clocks send pink. same 4.", DAY)
    assert got["intent"] == "change"
    assert _lines(got) == [("22728", 4)]


def test_plural_head_before_a_comma_heads_the_name_list(retail):
    got = retail.extract("ten each of the botanical greeting cards, lily and rose. thanks", DAY)
    assert _lines(got) == [("22032", 10), ("22033", 10)]


def test_lone_counts_in_a_row_go_to_the_open_lines_in_turn(retail):
    got = retail.extract("Do you have the lunch box i love london and the doormat i love london in? maybe 10 + 4. Ta", DAY)
    assert _lines(got) == [("22659", 10), ("22660", 4)]


def test_two_size_lists_differing_in_one_swap_only_that_one(industrial):
    got = industrial.extract("Lab order: sorry, the blue nitrile gloves should be size m and l, not s and m. One box each still.", DAY)
    assert got["intent"] == "change"
    assert _lines(got) == [("GLV-NIT-BU-L", 1)]
