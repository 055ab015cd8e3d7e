"""Signals the calibrated confidence reads: unexplained numbers, borrowed families, unsure wording."""
from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

from nlp.calibration import LINE_FEATURES, MESSAGE_FEATURES, message_vector
from nlp.explained import unexplained
from nlp.quantities import Qty

WED = dt.date(2026, 11, 25)
CTX = {"loose": 0, "orphans": 0, "dates": 0, "due": False, "history": False, "swap": False}


def _signals(intent, body, lines=(), **ctx):
    """Message signals by name for an invented message."""
    vec = message_vector(intent, list(lines), body, {**CTX, **ctx}, [0.0] * len(lines))
    return dict(zip(MESSAGE_FEATURES, vec))


def _line(mention, start, end, qty=1):
    return {"mention": mention, "quantity": qty, "_qty": Qty(start, end, qty, None, 3.0)}


def test_every_number_is_a_count_a_date_a_code_a_price_or_a_name_part():
    body = "pls send 10 boxes of m8x40 bolts, 2 of size 304 too, £2.50 each, tel 01632 960 123, by 12/12"
    line = _line("m8x40 bolts", body.index("10"), body.index("10") + 8, 10)
    date = (body.index("12/12"), len(body))
    # "2" is a count no line took; "304" would be part of a product name were it a catalogue code.
    assert unexplained(body, [line], [date], lambda n: False) == 2
    assert unexplained(body, [line], [date], lambda n: n == "304") == 1
    assert unexplained(body, [line, _line("size 304 widgets", 0, 0, 2)], [date], lambda n: False) == 1


def test_a_clean_order_leaves_no_number_unexplained(small):
    _, sig = small.explain("Please send 12 x Jumbo Bag Red Retrospot and 6 x Regency Cakestand 3 Tier by Friday", WED)
    assert sig["ctx"]["unexplained"] == 0
    _, sig = small.explain("Please send 12 x Jumbo Bag Red Retrospot, 30 maybe next week", WED)
    assert sig["ctx"]["unexplained"] == 1


def test_a_number_the_item_does_not_have_is_flagged(small):
    _, sig = small.explain("10 x deep groove bearing 6205 2RS", WED)
    assert sig["lines"][0][LINE_FEATURES.index("num_miss")] == 0
    _, sig = small.explain("10 x deep groove bearing 6207 2RS", WED)
    assert sig["lines"][0][LINE_FEATURES.index("num_miss")] == 1


def test_a_bare_variant_borrows_the_family_and_says_so(small):
    _, sig = small.explain("12 jumbo bags red retrospot and 6 of the pink polkadot ones", WED)
    assert sig["ctx"]["borrowed"] or any(v[LINE_FEATURES.index("kin")] for v in sig["lines"])
    _, sig = small.explain("12 x Jumbo Bag Red Retrospot", WED)
    assert not sig["ctx"]["borrowed"]


def test_unsure_and_worded_counts():
    assert _signals("order", "About forty boxes of the red ones I think, will confirm Monday")["hedge"] == 1
    assert _signals("order", "Need 40 boxes of the red bags")["hedge"] == 0
    assert _signals("order", "two dozen mugs please")["worded"] == 1
    assert _signals("order", "钢管要三百米")["worded"] == 1
    assert _signals("order", "24 mugs, 300m pipe, 钢管300米")["worded"] == 0


def test_intent_signals_that_point_elsewhere():
    forwarded = "Hi, please action the list below from our shop manager. Thanks"
    s = _signals("other", forwarded, history=True)
    assert s["other_history"] == 1 and s["points_below"] == 1
    assert _signals("order", forwarded, [_line("bags", 0, 0)], history=True)["points_below"] == 0
    assert _signals("quote", "Please quote 20 valves, reply by Friday", [_line("valves", 0, 0)], due=True)["quote_due"] == 1


def test_the_calibration_script_reads_every_dev_set_but_those_held_back():
    path = Path(__file__).resolve().parents[2] / "bench" / "nlp_calibrate.py"
    spec = importlib.util.spec_from_file_location("nlp_calibrate", path)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    files = script.data_files("_dev4", hold=("_dev5", "_dev6"))
    assert not any(p.stem.endswith(("_dev5", "_dev6")) for p in files) and script.FRESH_SETS == ("_dev4",)
    assert {"_dev", "_dev2", "_dev3"} <= set(script.TUNED) and "_dev4" not in script.TUNED
    assert all("holdout" not in p.name for p in files)
    files = script.data_files("_dev10")  # dev12 was written after dev10, as a tuning set; dev14 is held back
    assert script.FRESH_SETS == ("_dev10",) and "_dev12" in script.TUNED and "_dev10" not in script.TUNED
    assert any(p.stem.endswith("_dev10") for p in files) and all("holdout" not in p.name for p in files)
    judges = script.HELD  # bench/held_sets.JUDGES: the current round's
    assert judges and not any(p.stem.endswith(judges) for p in files) and judges[0] not in script.TUNED
    assert "_dev11" in script.TUNED and "_dev23" in script.TUNED  # earlier rounds' judges, read once, tuned on since


def test_a_spoken_decimal_after_the_unit_is_not_explained_by_the_whole_count():
    body = "钢管要一吨二，螺母五个一起送"
    line = _line("钢管", body.index("一吨"), body.index("一吨") + 2, 1)
    assert unexplained(body, [line], [], lambda n: False) == 1
    assert unexplained("钢管要两吨，谢谢", [_line("钢管", 3, 5, 2)], [], lambda n: False) == 0


def test_product_words_in_a_message_that_gave_no_line_are_counted(small):
    # A list read as nothing is a miss to show a person, not a confident "other".
    got, sig = small.explain("Thanks, all arrived fine. Have a good weekend!", WED)
    assert not got["lines"] and sig["ctx"]["unread_products"] == 0
    _, sig = small.explain("Please send 12 x Jumbo Bag Red Retrospot", WED)
    assert sig["ctx"]["unread_products"] == 0  # a line was read: nothing to flag
    assert _signals("other", "bearings and gloves", unread_products=2)["unread_products"] > 0
