"""A small gradient-boosted model for the message confidence (numpy only): depth-2 trees on binned features,
log-loss, monotone in each signed feature (a good signal never lowers the score), for bench/nlp_calib_probe.py."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

BINS = 16


@dataclass
class Node:
    """A split (feature, cut) with children, or a leaf (value)."""

    feature: int = -1
    cut: float = 0.0
    left: "Node | None" = None
    right: "Node | None" = None
    value: float = 0.0

    def predict(self, x: np.ndarray) -> np.ndarray:
        """The tree's value per row."""
        if self.feature < 0:
            return np.full(len(x), self.value)
        go = x[:, self.feature] <= self.cut
        out = np.empty(len(x))
        out[go], out[~go] = self.left.predict(x[go]), self.right.predict(x[~go])
        return out


def cuts_of(x: np.ndarray) -> list[np.ndarray]:
    """Candidate cuts per feature: midpoints between distinct quantiles."""
    out = []
    for j in range(x.shape[1]):
        q = np.unique(np.quantile(x[:, j], np.linspace(0, 1, BINS + 1)))
        out.append((q[:-1] + q[1:]) / 2 if len(q) > 1 else np.array([]))
    return out


def best_split(x, g, h, cuts, sign, lam, min_leaf, lo, hi):
    """(gain, feature, cut, left value, right value) of the best allowed split, or None."""
    G, H = g.sum(), h.sum()
    parent = G * G / (H + lam)
    best = None
    for j, cs in enumerate(cuts):
        if not len(cs):
            continue
        idx = np.searchsorted(cs, x[:, j], side="left")  # row goes left of cut k when idx <= k
        gl = np.cumsum(np.bincount(idx, g, len(cs) + 1))[:-1]
        hl = np.cumsum(np.bincount(idx, h, len(cs) + 1))[:-1]
        nl = np.cumsum(np.bincount(idx, minlength=len(cs) + 1))[:-1]
        gr, hr, nr = G - gl, H - hl, len(x) - nl
        wl, wr = np.clip(-gl / (hl + lam), lo, hi), np.clip(-gr / (hr + lam), lo, hi)
        gain = gl * gl / (hl + lam) + gr * gr / (hr + lam) - parent
        ok = (nl >= min_leaf) & (nr >= min_leaf) & (sign[j] * (wr - wl) >= 0)
        if ok.any():
            k = int(np.argmax(np.where(ok, gain, -np.inf)))
            if best is None or gain[k] > best[0]:
                best = (float(gain[k]), j, float(cs[k]), float(wl[k]), float(wr[k]))
    return best


def grow(x, g, h, cuts, sign, lam, min_leaf, depth, lo=-np.inf, hi=np.inf) -> Node:
    """A tree of `depth` levels; a monotone split bounds its children's values on either side of the midpoint."""
    value = float(np.clip(-g.sum() / (h.sum() + lam), lo, hi))
    split = best_split(x, g, h, cuts, sign, lam, min_leaf, lo, hi) if depth else None
    if split is None or split[0] <= 0:
        return Node(value=value)
    _, j, cut, wl, wr = split
    mid = (wl + wr) / 2
    bl, br = ((lo, mid), (mid, hi)) if sign[j] > 0 else ((mid, hi), (lo, mid)) if sign[j] < 0 else ((lo, hi), (lo, hi))
    go = x[:, j] <= cut
    return Node(j, cut, grow(x[go], g[go], h[go], cuts, sign, lam, min_leaf, depth - 1, *bl),
                grow(x[~go], g[~go], h[~go], cuts, sign, lam, min_leaf, depth - 1, *br))


class Boosted:
    """Sum of small trees on the log-odds scale."""

    def __init__(self, base: float, trees: list[Node], rate: float):
        self.base, self.trees, self.rate = base, trees, rate

    @classmethod
    def fit(cls, x, y, sign, n: int = 150, rate: float = 0.05, depth: int = 2, min_leaf: int = 40,
            lam: float = 10.0, offset: np.ndarray | None = None) -> "Boosted":
        """Newton boosting of log-loss (from `offset`, another model's log-odds, when given)."""
        m = float(np.clip(y.mean(), 1e-3, 1 - 1e-3))
        base, cuts = (0.0 if offset is not None else float(np.log(m / (1 - m)))), cuts_of(x)
        f, trees = (offset.copy() if offset is not None else np.full(len(x), base)), []
        for _ in range(n):
            p = 1 / (1 + np.exp(-f))
            t = grow(x, p - y, p * (1 - p), cuts, sign, lam, min_leaf, depth)
            trees.append(t)
            f += rate * t.predict(x)
        return cls(base, trees, rate)

    def prob(self, x: np.ndarray, offset: np.ndarray | float = 0.0) -> np.ndarray:
        """Probability of being right per row."""
        f = offset + self.base + self.rate * sum(t.predict(x) for t in self.trees)
        return 1 / (1 + np.exp(-f))
