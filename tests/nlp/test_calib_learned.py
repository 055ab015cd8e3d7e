"""The learned intent check's probability as a message-confidence input: exposed, defaulted, refitted per fold."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import calib_learned  # noqa: E402
import nlp_loso  # noqa: E402
from nlp.calibration import MESSAGE_FEATURES, message_vector  # noqa: E402
from nlp.intent_model import DIM, INTENTS, IntentModel, _slot, read_signals  # noqa: E402

WED = dt.date(2026, 11, 25)
CTX = {"loose": 0, "orphans": 0, "dates": 0, "due": False, "history": False, "swap": False}


def _model(word: str, intent: str, weight: float = 50.0) -> IntentModel:
    """A check that is sure of `intent` whenever `word` is said."""
    w = np.zeros((DIM, len(INTENTS)), dtype=np.float32)
    w[_slot("w" + word), INTENTS.index(intent)] = weight
    return IntentModel(w, np.zeros(len(INTENTS), dtype=np.float32), 0.5)


def test_the_read_intents_probability_and_its_lead_over_the_best_other():
    p = np.array([0.1, 0.6, 0.2, 0.05, 0.03, 0.02])
    assert read_signals(p, "quote") == {"ip_read": 0.6, "ip_margin": 0.4}
    # read against the check: the lead is negative
    assert read_signals(p, "order") == {"ip_read": 0.1, "ip_margin": -0.5}


def test_decide_gives_settles_intent_and_the_probabilities_even_for_an_edit_it_keeps():
    m = _model("lantern", "order")
    intent, p = m.decide("quote", [{"quantity": 3}], "three lantern sets please", False)
    assert intent == "order" == m.settle("quote", [{"quantity": 3}], "three lantern sets please", False)
    assert INTENTS[int(p.argmax())] == "order"
    # an edit of a quoted order stays as read, but its probabilities are still given for the confidence
    kept, q = m.decide("change", [], "lantern line to 5 instead", True)
    assert kept == "change" and q.argmax() == INTENTS.index("order")


def test_without_a_check_the_signals_say_unsure_not_sure():
    vec = dict(zip(MESSAGE_FEATURES, message_vector("order", [], "hello", dict(CTX), [])))
    assert (vec["ip_read"], vec["ip_margin"], vec["due_p"]) == (0.5, 0.0, 0.5)
    assert dict(zip(MESSAGE_FEATURES, message_vector("order", [], "hi", {**CTX, "due_p": None}, [])))["due_p"] == 0.5
    sure = dict(zip(MESSAGE_FEATURES, message_vector("order", [], "hello", {**CTX, "ip_read": 0.97, "ip_margin": 0.95}, [])))
    assert (sure["ip_read"], sure["ip_margin"]) == (0.97, 0.95)


def test_the_extractor_hands_the_checks_probability_to_the_confidence(small):
    got, sig = small.explain("Please send 12 x Jumbo Bag Red Retrospot", WED)
    ctx = sig["ctx"]
    assert 0.0 < ctx["ip_read"] <= 1.0 and -1.0 <= ctx["ip_margin"] <= ctx["ip_read"]
    assert sig["message"][MESSAGE_FEATURES.index("ip_read")] == ctx["ip_read"]
    assert 0.0 < ctx["due_p"] <= 1.0 and sig["message"][MESSAGE_FEATURES.index("due_p")] == ctx["due_p"]
    assert 0.0 < got["confidence"] <= 1.0 and all("confidence" in ln for ln in got["lines"])


def test_honest_rows_get_the_columns_of_their_own_read_and_neutral_copies_leave_them_alone():
    n = len(MESSAGE_FEATURES)
    rows = [{"intent": "order", "mvec": [1.0] * n}, {"intent": "other", "mvec": [1.0] * n}]
    ip = np.array([[0.9, 0.05, 0.01, 0.01, 0.01, 0.02], [0.7, 0.1, 0.0, 0.0, 0.0, 0.2]])
    calib_learned.put(rows, ip, [0.8, None])
    i = calib_learned.COLUMN
    assert rows[0]["mvec"][i:i + 3] == [0.9, 0.85, 0.8] and rows[1]["mvec"][i:i + 3] == [0.2, -0.5, 0.5]
    assert len(rows[0]["mvec"]) == n and rows[0]["mvec"][i - 1] == 1.0
    base = calib_learned.neutral(rows)
    assert base[0]["mvec"][i:i + 3] == [0.5, 0.0, 0.5] and rows[0]["mvec"][i] == 0.9


def test_a_rows_due_probability_comes_from_a_picker_that_never_saw_its_set():
    due = calib_learned.DueProbs.__new__(calib_learned.DueProbs)
    friday = dt.date(2026, 12, 4)
    enc = {"row": {"id": "en7-001", "set": "dev7"}, "days": [friday, None], "cols": [[1], [2]]}
    due.enc, due.by_id, due.fits = [enc], {"en7-001": enc}, {}
    seen = []
    due.weights = lambda without: seen.append(without) or np.log(np.array([1.0, 3.0, 1.0]))
    row = {"id": "en7-001", "file": "extraction_en_dev7", "due_date": "2026-12-04"}
    assert due([row], {"dev9"}) == [0.75] and seen == [frozenset({"dev7", "dev9"})]
    # a date the picker was not offered (or a message it has no read of) keeps the default
    assert due([dict(row, due_date="2026-12-11"), dict(row, id="en7-002")], set()) == [None, None]


def test_nested_refreshes_learned_signals_without_the_outer_set_then_restores_them(monkeypatch):
    rows = [{"file": f"extraction_en_{s}", "right": True} for s in ("dev3", "dev3", "dev4", "dev5")]
    calls = []
    monkeypatch.setattr(nlp_loso, "loso", lambda rs, a, b: np.ones(len(rs)))
    monkeypatch.setattr(nlp_loso, "predict", lambda tr, te, a, b: np.ones(len(te)))
    nlp_loso.nested(rows, 1.0, 1.0, lambda rs, exclude=frozenset(): calls.append((len(rs), set(exclude))))
    assert calls == [(2, {"dev3"}), (4, set()), (3, {"dev4"}), (4, set()), (3, {"dev5"}), (4, set())]


def test_calibration_error_and_the_per_language_curve():
    y = np.array([True, True, False, True])
    assert nlp_loso.ece(np.array([1.0, 1.0, 0.0, 1.0]), y) == 0.0
    assert abs(nlp_loso.ece(np.full(4, 0.95), y) - 0.2) < 1e-9
    assert nlp_loso.brier(np.array([1.0, 0.5, 0.0, 1.0]), y) == 0.0625
    rows = [{"file": "extraction_en_dev3", "right": r} for r in (True, False)] + [{"file": "extraction_zh_dev3", "right": True}]
    c = nlp_loso.lang_curve(rows, np.array([0.97, 0.95, 0.99]), np.full(3, 0.96), cuts=(0.9,))
    assert c["en"]["0.90"] == [1.0, 0.5, 0.5] and c["en"]["nested"] == [0.5, 0.0, 0.5] and c["zh"]["nested"] == [1.0, 0.0, 1.0]


def test_a_numbered_row_no_line_was_read_from_is_counted():
    import calib_signals
    body = "Hi team\n6 x lantern sets\n4 x brass hooks\nthanks, ref 2291"
    one = {"body": body, "lines_out": [{"mention": "lantern sets"}]}
    both = {"body": body, "lines_out": [{"mention": "lantern sets"}, {"mention": "brass hooks"}]}
    # the hooks row is left unread; the signature row's number is the same kind of row (a known blind spot)
    assert calib_signals._uncovered(one) == 2.0 and calib_signals._uncovered(both) == 1.0
    assert calib_signals._rows_per_line(one) == 3.0 and calib_signals._rows_per_line(both) == 1.5
    # near miss: a message without numbered rows has nothing uncovered
    assert calib_signals._uncovered({"body": "send the usual please", "lines_out": []}) == 0.0


def test_pack_contents_said_and_a_date_found_but_not_taken():
    import calib_signals
    from nlp.calibration import MESSAGE_FEATURES as F
    said = [{"body": b, "lines_out": []} for b in ("螺丝要5盒，每盒200个", "gloves, boxes of 100, x3", "8 rolls, 12 per case")]
    assert all(calib_signals._pack_said(r) == 1.0 for r in said)
    # near miss: a count with its unit says nothing of what a pack holds
    assert calib_signals._pack_said({"body": "send 3 boxes of the blue gloves", "lines_out": []}) == 0.0
    assert calib_signals._pack_said({"body": "and a box of the red ones", "lines_out": []}) == 0.0
    vec = [0.0] * len(F)
    vec[F.index("dates")] = 1.0
    assert calib_signals._date_unused({"mvec": vec}) == 1.0
    vec[F.index("due")] = 1.0
    assert calib_signals._date_unused({"mvec": vec}) == 0.0
