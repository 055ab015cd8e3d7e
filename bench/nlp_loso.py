"""Leave-one-set-out calibration on honest fresh reads (the default method of bench/nlp_calibrate.py).

A set's wording is new to the rules that read it (bench/nlp_honest.py), so a new set is the unit of
generalisation: every estimate here holds out whole sets (en and zh of one round together), and the
threshold of each held-out set is picked on the other sets' own leave-one-set-out predictions (nested).
"""
from __future__ import annotations

import re

import numpy as np

import nlp_calibrate as cal

SET = re.compile(r"_(dev\d*)$")


def set_of(file: str) -> str:
    """The round a file belongs to: 'extraction_zh_dev12' -> 'dev12' (its en and zh files are one set)."""
    m = SET.search(file)
    return m.group(1) if m else file


def groups(rows: list[dict]) -> list[np.ndarray]:
    """Indices of each set's rows, sets in name order."""
    names = np.array([set_of(r["file"]) for r in rows])
    return [np.where(names == g)[0] for g in sorted(set(names.tolist()))]


def predict(train: list[dict], test: list[dict], lam_line: float, lam_msg: float) -> np.ndarray:
    """Message probabilities for `test` from models fitted on `train`."""
    line, msg = cal.fit(train, lam_line, lam_msg)
    mx, _ = cal.messages(test, line)
    return np.array([msg.prob(list(x)) for x in mx])


def loso(rows: list[dict], lam_line: float, lam_msg: float) -> np.ndarray:
    """Each message's probability from models that never saw its set."""
    p = np.zeros(len(rows))
    for test in groups(rows):
        held = set(test.tolist())
        p[test] = predict([r for i, r in enumerate(rows) if i not in held], [rows[i] for i in test], lam_line, lam_msg)
    return p


def choose(rows: list[dict]) -> tuple[float, float, float]:
    """(log-loss, line lambda, message lambda) with the lowest leave-one-set-out log-loss."""
    y = np.array([float(r["right"]) for r in rows])
    return min((cal.log_loss(loso(rows, a, b), y), a, b) for a in cal.LAMBDAS for b in cal.LAMBDAS)


def nested(rows: list[dict], lam_line: float, lam_msg: float) -> tuple[np.ndarray, np.ndarray]:
    """Per held-out set: probabilities, and the threshold picked without it (on the others' LOSO reads)."""
    p, chosen = np.zeros(len(rows)), np.zeros(len(rows))
    for test in groups(rows):
        held = set(test.tolist())
        train = [r for i, r in enumerate(rows) if i not in held]
        inner = loso(train, lam_line, lam_msg)
        # The >= 30 above rule scaled to the share of messages the inner fold still has.
        min_n = int(30 * len(train) / len(rows))
        chosen[test] = cal.pick_threshold(inner, np.array([r["right"] for r in train]), min_n=min_n)
        p[test] = predict(train, [rows[i] for i in test], lam_line, lam_msg)
    return p, chosen


def by_set(rows: list[dict], p: np.ndarray, t) -> dict:
    """cal.report with en and zh of a round counted as one set (touchless, above, wrong above ...)."""
    return cal.report([dict(r, file=set_of(r["file"])) for r in rows], p[None, :], np.broadcast_to(t, p.shape)[None, :])


def curve(p: np.ndarray, y: np.ndarray, cuts=(0.8, 0.85, 0.9, 0.92, 0.94, 0.96)) -> dict:
    """Messages at or above each cut: [count, wrong]."""
    wrong = ~y.astype(bool)
    return {f"{t:.2f}": [int((p >= t).sum()), int((wrong & (p >= t)).sum())] for t in cuts}


def run(rows: list[dict]) -> dict:
    """Lambdas by LOSO log-loss, the threshold off all LOSO reads, and the nested check of that procedure."""
    y = np.array([r["right"] for r in rows])
    loss, lam_line, lam_msg = choose(rows)
    p = loso(rows, lam_line, lam_msg)
    t_all = cal.pick_threshold(p, y)
    honest, chosen = nested(rows, lam_line, lam_msg)
    cv = by_set(rows, honest, chosen)
    ok = cv["all"]["error_above"] <= 1 - cal.TARGET
    return {"lambda_line": lam_line, "lambda_message": lam_msg, "log_loss": round(loss, 4),
            "threshold": t_all if ok else 0.999, "threshold_found": t_all,
            "nested_thresholds": {g: float(chosen[idx[0]]) for g, idx in
                                  zip(sorted({set_of(r["file"]) for r in rows}), groups(rows))},
            "fresh_curve": curve(p, y), "cv": cv,
            # The same per held-out set: where a threshold would stand if the pooled curve allowed one.
            "set_curve": {g: curve(p[idx], y[idx], (0.9, 0.94, 0.96)) for g, idx in
                          zip(sorted({set_of(r["file"]) for r in rows}), groups(rows))}}
