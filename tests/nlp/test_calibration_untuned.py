"""Calibration on untuned reads: set grouping, held sets, labels, key defaults and the nested threshold."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import nlp_calibrate as cal  # noqa: E402
import nlp_honest  # noqa: E402
import nlp_loso  # noqa: E402

from nlp.calibration import LINE_FEATURES, MESSAGE_FEATURES, line_vector, message_vector  # noqa: E402


def test_a_round_is_one_set_across_languages():
    assert nlp_loso.set_of("extraction_zh_dev12") == nlp_loso.set_of("extraction_en_dev12") == "dev12"
    assert nlp_loso.set_of("extraction_en_dev") == "dev" != nlp_loso.set_of("extraction_en_dev1")
    rows = [{"file": f} for f in ("extraction_en_dev3", "extraction_zh_dev4", "extraction_zh_dev3", "extraction_en_dev4")]
    assert [g.tolist() for g in nlp_loso.groups(rows)] == [[0, 2], [1, 3]]


def test_pairs_come_from_the_record_and_skip_held_sets():
    record = {"sets": [{"rev": "aaa1111", "files": ["extraction_en_dev20.jsonl", "extraction_zh_dev20.jsonl"]},
                       {"rev": "bbb2222", "files": ["extraction_en_dev21.jsonl"]},
                       {"rev": "ccc3333", "files": ["extraction_en_dev2.jsonl"]}]}
    assert nlp_honest.pairs(record, ("_dev21",)) == [("aaa1111", ["extraction_en_dev20.jsonl", "extraction_zh_dev20.jsonl"]),
                                                     ("ccc3333", ["extraction_en_dev2.jsonl"])]
    assert [rev for rev, _ in nlp_honest.pairs(record, ("_dev2",))] == ["aaa1111", "bbb2222"]  # dev20 is not dev2


def _read(intent="order", due=None, lines=(("S1", 4.0),), expected=(("S1", 4),), exp_intent="order"):
    return {"file": "extraction_en_dev20", "id": "x", "intent": intent, "due_date": due, "lvecs": [[0.5]] * len(lines),
            "lines_out": [{"sku": s, "quantity": q, "mention": "m"} for s, q in lines],
            "expected": {"intent": exp_intent, "due_date": None, "lines": [{"sku": s, "quantity": q} for s, q in expected]}}


def test_an_old_read_is_right_by_the_evaluation_rule():
    assert nlp_honest.row(_read())["right"]
    assert not nlp_honest.row(_read(lines=(("S1", 5.0),)))["right"]
    assert not nlp_honest.row(_read(exp_intent="change"))["right"]
    assert not nlp_honest.row(_read(due="2026-12-01"))["right"]
    assert not nlp_honest.row(_read(lines=(("S1", 4.0), (None, 2.0))))["right"]  # a line left without a SKU
    r = nlp_honest.row(_read(lines=(("S1", 4.0), ("S2", 1.0)), expected=(("S1", 4),)))
    assert [ok for _, ok in r["lines"]] == [True, False] and r["mvec"] is None


def test_signals_an_old_commit_lacks_take_todays_defaults():
    old = {"top": 0.9, "margin": 0.2, "cover": 0.8, "coded": 0.0, "close": 0.0, "qstr": 3.0}
    vec = dict(zip(LINE_FEATURES, line_vector(old)))
    assert vec["num_miss"] == vec["kin"] == vec["picked"] == vec["mcover"] == 0.0 and vec["qty_unit"] == 1.0
    ctx = {"loose": 0, "orphans": 0, "dates": 0, "due": False, "history": False, "swap": False}
    m = dict(zip(MESSAGE_FEATURES, message_vector("order", [{"quantity": 4}], "4 lamps please", ctx, [2.0])))
    assert m["unexplained"] == m["unread_products"] == m["dismissed"] == 0 and m["due_relative"] == 0.0


def test_an_honest_row_keeps_its_own_vector_but_the_weakest_line():
    line = cal.Logistic([1.0] + [0.0] * (len(LINE_FEATURES) - 1), 0.0, [0.0] * len(LINE_FEATURES), [1.0] * len(LINE_FEATURES))
    mvec = [9.0] + [0.5] * (len(MESSAGE_FEATURES) - 1)
    row = {"right": True, "mvec": mvec, "lines": [([0.3] + [0.0] * 15, True), ([0.7] + [0.0] * 15, True)]}
    mx, my = cal.messages([row], line)
    assert mx[0][0] == 0.3 and list(mx[0][1:]) == mvec[1:] and my[0] == 1.0


def test_the_threshold_needs_enough_messages_and_a_clean_guard_band():
    p = np.array([0.99] * 40 + [0.5] * 20)
    y = np.array([True] * 40 + [False] * 20)
    assert cal.pick_threshold(p, y) == 0.525  # the first whose guard band (t - 0.02) leaves the errors out
    assert cal.pick_threshold(p[:20], y[:20]) == 0.999  # too few above any threshold
    y2 = y.copy()
    y2[0] = False  # one error among the 40 best: over 1 %
    assert cal.pick_threshold(p, y2) == 0.999


def _synthetic(n_sets=4, per=40, seed=0):
    rng = np.random.default_rng(seed)
    rows = []
    for s in range(n_sets):
        for i in range(per):
            good = rng.random() < 0.7
            top = 0.9 if good else 0.6
            lv = [top, 0.3 if good else 0.05] + [0.0] * (len(LINE_FEATURES) - 2)
            rows.append({"file": f"extraction_en_dev{30 + s}", "right": good, "intent": "order", "lines": [(lv, good)],
                         "mvec": [0.0] * len(MESSAGE_FEATURES)})
    return rows


def test_a_held_out_sets_threshold_is_picked_without_it():
    rows = _synthetic()
    _, chosen, _ = nlp_loso.nested(rows, 1.0, 1.0)
    flipped = [dict(r, right=not r["right"]) if r["file"].endswith("dev30") else r for r in rows]
    _, chosen2, _ = nlp_loso.nested(flipped, 1.0, 1.0)
    dev30 = np.array([r["file"].endswith("dev30") for r in rows])
    assert (chosen[dev30] == chosen2[dev30]).all()  # its own labels played no part in its threshold
    assert len(set(chosen[dev30].tolist())) == 1


def _swap_read(lines, expected, swap=True):
    read = _read(intent="change", lines=lines, expected=expected, exp_intent="change")
    read["ctx"], read["mvec"] = {"swap": swap}, [0.0] * len(MESSAGE_FEATURES)
    return read


def test_an_old_swap_read_loses_only_the_old_variants_zero_line():
    # Rules before the convention listed the replaced colour at 0 beside the new one; today's labels do not.
    read = _swap_read(lines=(("RED", 0.0), ("BLUE", 6.0)), expected=(("BLUE", 6),))
    assert not nlp_honest.row(read)["right"]
    now = nlp_honest.by_convention(read)
    assert [ln["sku"] for ln in now["lines_out"]] == ["BLUE"] and len(now["lvecs"]) == 1
    assert nlp_honest.row(now)["right"]
    assert dict(zip(MESSAGE_FEATURES, now["mvec"]))["n_lines"] == np.log1p(1)


def test_a_wanted_zero_and_a_read_without_a_swap_keep_their_lines():
    dropped = _swap_read(lines=(("GREEN", 0.0), ("BLUE", 6.0)), expected=(("GREEN", 0), ("BLUE", 6)))
    assert nlp_honest.by_convention(dropped) is dropped  # 'and drop the green ones' beside a swap is labelled
    plain = _swap_read(lines=(("RED", 0.0), ("BLUE", 6.0)), expected=(("BLUE", 6),), swap=False)
    assert nlp_honest.by_convention(plain) is plain
