"""Fitting for the line-drop probe (bench/nlp_drop_probe.py): a logistic model over hashed line features.

Deterministic: full-batch Adam on a logistic loss over hashed features, fixed steps, no shuffling. tau (the drop
probability a line needs) is chosen by leave-one-set-out over the same sets (bench/nlp_drop_probe.py reports the
nested, honest figures).
"""
from __future__ import annotations

import numpy as np

from nlp_drop_feats import DIM

TAUS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98]
STEPS, LR, L2 = 300, 0.05, 1e-3


def train(rows: list[dict]) -> np.ndarray:
    """Weights minimising the mean logistic loss of "spurious" (+ L2)."""
    cols = np.concatenate([r["cols"] for r in rows])
    owner = np.repeat(np.arange(len(rows)), [len(r["cols"]) for r in rows])
    y = np.array([r["y"] for r in rows], dtype=float)
    w, m, v = np.zeros(DIM), np.zeros(DIM), np.zeros(DIM)
    for t in range(1, STEPS + 1):
        z = np.clip(np.bincount(owner, weights=w[cols], minlength=len(rows)), -30, 30)
        g = np.bincount(cols, weights=(1 / (1 + np.exp(-z)) - y)[owner], minlength=DIM) / len(rows) + 2 * L2 * w
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        w -= LR * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def predict(w: np.ndarray, rows: list[dict]) -> list[float]:
    """Drop probability per row."""
    return [float(1 / (1 + np.exp(-np.clip(w[r["cols"]].sum(), -30, 30)))) for r in rows]


def loso_probs(rows: list[dict]) -> list[float]:
    """Each line predicted by a model trained on the other sets (a round's en + zh held out together)."""
    out: list = [None] * len(rows)
    for s in sorted({r["set"] for r in rows}):
        w = train([r for r in rows if r["set"] != s])
        held = [i for i, r in enumerate(rows) if r["set"] == s]
        for i, p in zip(held, predict(w, [rows[i] for i in held])):
            out[i] = p
    return out


def dropped(rows: list[dict], probs: list[float], tau: float) -> set[tuple[int, int]]:
    """(message, line) pairs whose drop probability passes tau."""
    return {(r["msg"], r["k"]) for r, p in zip(rows, probs) if p > tau}


def pick_tau(rows: list[dict], probs: list[float]) -> float:
    """The tau with the most right drops net of lost right lines (counted twice, as the due picker's breaks);
    ties: the higher tau; 1.0 (never drop) unless the net is positive."""
    def net(tau: float) -> tuple[int, float]:
        fix = sum(1 for r, p in zip(rows, probs) if p > tau and r["y"])
        lost = sum(1 for r, p in zip(rows, probs) if p > tau and r["tp"])
        return fix - 2 * lost, tau
    best = max(TAUS, key=net)
    return best if net(best)[0] > 0 else 1.0
