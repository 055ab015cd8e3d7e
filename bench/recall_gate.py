"""The recall gate's fitting and its leave-one-round-out reading (shared by nlp_recall_probe and nlp_recall_train)."""
from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

BINS = 4096
GRID = [round(0.3 + 0.05 * i, 2) for i in range(14)]


def label(row: dict, c: dict) -> float:
    """1 when the piece's line (SKU and count) is expected and the rules did not read it."""
    want = {tuple(x) for x in row["want"]} - {tuple(x) for x in row["have"]}
    return float((c["sku"], None if c["quantity"] is None else round(float(c["quantity"]), 3)) in want)


class Pieces:
    """Every candidate of a list of rows as arrays: raw dense columns, hashed columns, labels, round of each."""

    def __init__(self, rows: list[dict]):
        cands = [(r, c) for r in rows for c in r["cands"]]
        self.D = np.array([c["dense"] for _, c in cands], float).reshape(len(cands), -1)
        ri = [i for i, (_, c) in enumerate(cands) for _ in c["sparse"]]
        ci = [j for _, c in cands for j in c["sparse"]]
        self.S = sparse.csr_matrix((np.ones(len(ci)), (ri, ci)), shape=(len(cands), BINS))
        self.y = np.array([label(r, c) for r, c in cands])
        self.set = np.array([r["set"] for r, _ in cands])
        self.rows = rows
        self.bounds = np.cumsum([0] + [len(r["cands"]) for r in rows])

    def fit(self, keep: np.ndarray, lam: float) -> dict:
        """L2 logistic regression (L-BFGS) over the kept candidates, dense columns standardised on them."""
        D, S, y = self.D[keep], self.S[keep], self.y[keep]
        mu, sd = D.mean(0), D.std(0) + 1e-6
        Z, St, nd = (D - mu) / sd, S.T.tocsr(), D.shape[1]

        def loss(w):
            z = Z @ w[:nd] + S @ w[nd:-1] + w[-1]
            g = 1 / (1 + np.exp(-z)) - y
            ll = np.sum(np.logaddexp(0, z) - y * z) + 0.5 * lam * np.sum(w[:-1] ** 2)
            return ll, np.r_[Z.T @ g + lam * w[:nd], St @ g + lam * w[nd:-1], g.sum()]

        w = minimize(loss, np.zeros(nd + BINS + 1), jac=True, method="L-BFGS-B", options={"maxiter": 300}).x
        return {"w": w[:nd].tolist(), "hw": w[nd:-1].tolist(), "b": float(w[-1]), "mu": mu.tolist(), "sd": sd.tolist()}

    def probs(self, model: dict) -> np.ndarray:
        """The gate's probability of every candidate."""
        z = ((self.D - model["mu"]) / model["sd"]) @ np.array(model["w"]) + self.S @ np.array(model["hw"]) + model["b"]
        return 1 / (1 + np.exp(-z))

    def per_row(self, p: np.ndarray, rows_of: list[int]) -> list[np.ndarray]:
        """The probabilities split by row, for the given row indices."""
        return [p[self.bounds[i]:self.bounds[i + 1]] for i in rows_of]


def fit(rows: list[dict], lam: float) -> dict:
    """The gate fitted on every candidate of the rows."""
    P = Pieces(rows)
    return P.fit(np.ones(len(P.y), bool), lam)


def probs(rows: list[dict], model: dict) -> list[np.ndarray]:
    """The gate's probability for each row's candidates."""
    P = Pieces(rows)
    return P.per_row(P.probs(model), range(len(rows)))


def picked(row: dict, p: np.ndarray, thr: float) -> list[dict]:
    """Candidates above the threshold, one per SKU, none overlapping (as recall_pieces.pick)."""
    taken = []
    for i in np.argsort(-p, kind="stable"):
        c = row["cands"][i]
        if p[i] < thr:
            break
        if any(t["sku"] == c["sku"] or (t["start"] < c["end"] and c["start"] < t["end"]) for t in taken):
            continue
        taken.append(c)
    return taken


def tally(rows: list[dict], ps: list[np.ndarray], thr: float) -> dict:
    """Missed, recovered and wrongly added lines; TP/FP/FN before and after; right messages broken."""
    t = dict.fromkeys(("missed", "right", "wrong", "tp0", "fp0", "fn0", "tp1", "fp1", "fn1", "broken", "mended"), 0)
    for r, p in zip(rows, ps):
        want, have = {tuple(x) for x in r["want"]}, {tuple(x) for x in r["have"]}
        skus = {s for s, _ in have}
        t["missed"] += sum(1 for x in want if x[0] not in skus)
        add = {(c["sku"], None if c["quantity"] is None else round(float(c["quantity"]), 3)) for c in picked(r, p, thr)}
        after = have | add
        t["right"] += len(add & (want - have))
        t["wrong"] += len(add - want)
        for k, h in (("0", have), ("1", after)):
            t["tp" + k] += len(want & h)
            t["fp" + k] += len(h - want)
            t["fn" + k] += len(want - h)
        t["broken"] += want == have and want != after
        t["mended"] += want != have and want == after
    return t


def f1(t: dict, k: str) -> float:
    """Line F1 from the tally's counts."""
    tp, fp, fn = t["tp" + k], t["fp" + k], t["fn" + k]
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def best(gain: np.ndarray) -> float:
    """The grid threshold with most right-minus-wrong."""
    return GRID[int(np.argmax(gain))]


def gains(P: Pieces, p: np.ndarray, s: str) -> np.ndarray:
    """Right minus wrong added over the grid, on round s."""
    idx = [i for i, r in enumerate(P.rows) if r["set"] == s]
    rows, ps = [P.rows[i] for i in idx], P.per_row(p, idx)
    out = []
    for thr in GRID:
        t = tally(rows, ps, thr)
        out.append(t["right"] - t["wrong"])
    return np.array(out, float)


def rounds(rows: list[dict]) -> list[str]:
    """The held-out rounds ("dev" only trains: it has no untuned read)."""
    return sorted({r["set"] for r in rows if r["set"] != "dev"}, key=lambda s: int(s[3:]))


def line(name: str, t: dict, thr) -> str:
    """One table row."""
    return (f"{name:8} {t['missed']:6} {t['right']:6} {t['wrong']:6} {t['right'] - t['wrong']:5} "
            f"{f1(t, '0'):.3f}->{f1(t, '1'):.3f} {t['broken']:6} {t['mended']:6}  {thr}")


def evaluate_loso(rows: list[dict], lam: float) -> tuple[dict, float]:
    """The held-out table (threshold by nested leave-one-round-out); then the gate and threshold from every round."""
    P, sets = Pieces(rows), rounds(rows)
    inner: dict[tuple[str, str], np.ndarray] = {}  # (held-out, inner round) -> grid gains of the fit without both
    for i, s in enumerate(sets):
        for t in sets[i + 1:]:
            p = P.probs(P.fit((P.set != s) & (P.set != t), lam))
            inner[s, t], inner[t, s] = gains(P, p, t), gains(P, p, s)
    print(f"{'held-out':8} {'missed':>6} {'right':>6} {'wrong':>6} {'net':>5} {'F1 before->after':16} "
          f"{'broke':>6} {'mended':>6}  thr")
    pooled, outer = [], {}
    for s in sets:
        thr = best(sum(inner[s, t] for t in sets if t != s))
        p = P.probs(P.fit(P.set != s, lam))
        outer[s] = gains(P, p, s)
        idx = [i for i, r in enumerate(rows) if r["set"] == s]
        t = tally([rows[i] for i in idx], P.per_row(p, idx), thr)
        pooled.append(t)
        print(line(s, t, thr), flush=True)
    tot = {k: sum(t[k] for t in pooled) for k in pooled[0]}
    print(line("POOLED", tot, "-"))
    print("pooled right-wrong by threshold (outer fits):", dict(zip(GRID, sum(outer.values()).astype(int).tolist())))
    return P.fit(np.ones(len(P.y), bool), lam), best(sum(outer.values()))


def report_current(rows: list[dict], model: dict, thr: float) -> None:
    """The all-round gate over R0's reads of every round (training data: a check for breakage, not a score)."""
    print(f"\ncurrent (R0) reads, gate from every round, threshold {thr}:")
    ps = probs(rows, model)
    for s in ["dev"] + rounds(rows):
        sub = [(r, p) for r, p in zip(rows, ps) if r["set"] == s]
        print(line(s, tally([r for r, _ in sub], [p for _, p in sub], thr), thr))
    print(line("ALL", tally(rows, ps, thr), thr))
