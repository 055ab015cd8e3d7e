"""Probe (measures only): does a learned intent model stacked on the UNTUNED rules correct them on unseen rounds?

    PYTHONPATH=$PWD .venv/bin/python bench/nlp_intent_probe.py [--lam 1e-3] [--no-dev]

Leave-one-round-out (a round's en+zh together): train on the other rounds, features from THEIR untuned reads,
and read the held round's untuned rules + model. The model overrides the rules only when it picks another intent
with probability >= tau; tau is chosen by an inner leave-one-round-out on the training rounds only (nested).
"""
from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # threaded BLAS on small vectors crawls on a shared machine
os.environ.setdefault("OMP_NUM_THREADS", "1")
import numpy as np  # noqa: E402
from scipy.sparse import csr_matrix  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlp_intent_data import rows  # noqa: E402
from nlp.intent_model import DIM, INTENTS  # noqa: E402

COSTS = (1.0, 2.0)  # weight of a break against a fix when tau is picked
TAUS = [round(t, 2) for t in np.arange(0.40, 1.0, 0.02)] + [1.01]  # 1.01: never override


def matrix(rs: list[dict]) -> csr_matrix:
    """Sparse feature matrix of rows."""
    ind = [r["x"][0] for r in rs]
    ptr = np.cumsum([0] + [len(i) for i in ind])
    return csr_matrix((np.concatenate([r["x"][1] for r in rs]), np.concatenate(ind), ptr), shape=(len(rs), DIM))


def fit(X: csr_matrix, y: np.ndarray, lam: float, iters: int = 150) -> tuple[np.ndarray, np.ndarray]:
    """L2 multinomial logistic regression by L-BFGS over the columns seen; (weights DIM x K, bias)."""
    cols = np.unique(X.indices)
    Xs, k, n = X[:, cols].astype(np.float64), len(INTENTS), X.shape[0]
    XT = Xs.T.tocsr()
    Y = np.eye(k)[y]

    def loss(theta):
        W, b = theta[:-k].reshape(len(cols), k), theta[-k:]
        Z = Xs @ W + b
        Z -= Z.max(1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(1, keepdims=True)
        f = -np.sum(Y * np.log(P + 1e-12)) / n + lam / 2 * np.dot(theta[:-k], theta[:-k])
        G = (P - Y) / n
        return f, np.concatenate([(XT @ G + lam * W).ravel(), G.sum(0)])

    theta = lbfgs(loss, np.zeros(len(cols) * k + k), iters)
    W = np.zeros((DIM, k))
    W[cols] = theta[:-k].reshape(len(cols), k)
    return W, theta[-k:]


def lbfgs(loss, x: np.ndarray, iters: int, m: int = 10) -> np.ndarray:
    """Plain L-BFGS with Armijo backtracking (scipy's bounded variant is slow at this size)."""
    f, g = loss(x)
    S, Yv = [], []
    for _ in range(iters):
        q, al = g.copy(), []
        for s, yv in reversed(list(zip(S, Yv))):
            a = np.dot(s, q) / np.dot(yv, s)
            al.append(a)
            q -= a * yv
        q *= np.dot(S[-1], Yv[-1]) / np.dot(Yv[-1], Yv[-1]) if S else 1 / max(np.linalg.norm(g), 1e-12)
        for (s, yv), a in zip(zip(S, Yv), reversed(al)):
            q += (a - np.dot(yv, q) / np.dot(yv, s)) * s
        d, step = -q, 1.0
        while True:
            f2, g2 = loss(x + step * d)
            if f2 <= f + 1e-4 * step * np.dot(g, d) or step < 1e-8:
                break
            step /= 2
        s, yv = step * d, g2 - g
        x, f, g = x + s, f2, g2
        if np.dot(s, yv) > 1e-12:
            S, Yv = (S + [s])[-m:], (Yv + [yv])[-m:]
        if np.linalg.norm(g) < 1e-6:
            break
    return x


def proba(X: csr_matrix, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Softmax probabilities."""
    Z = X @ W + b
    Z -= Z.max(1, keepdims=True)
    P = np.exp(Z)
    return P / P.sum(1, keepdims=True)


def decide(P: np.ndarray, rules: np.ndarray, tau: float, lined: np.ndarray, quoting: np.ndarray | None = None) -> np.ndarray:
    """Stacked intent indices: the model's pick where it disagrees with prob >= tau, else the rules'
    (as IntentModel.settle: a lineless reading is never moved to "other"; with `quoting`, a change or cancel
    read against a quoted order stays)."""
    best = P.argmax(1)
    barred = (best == INTENTS.index("other")) & ~lined
    if quoting is not None:  # a change or cancel read against a quoted order stays
        barred |= quoting & np.isin(rules, [INTENTS.index("change"), INTENTS.index("cancel")])
    return np.where((best != rules) & (P[np.arange(len(P)), best] >= tau) & ~barred, best, rules)


def net(P, rules, y, tau, lined, cost: float = 1.0) -> float:
    """Fixes minus `cost` x breaks of one tau."""
    d = decide(P, rules, tau, lined)
    return float(np.sum((d == y) & (rules != y)) - cost * np.sum((d != y) & (rules == y)))


def out_of_fold(rs, rounds, lam, folds: int) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold probabilities over `rounds`, whole rounds held out together in `folds` groups
    (training-only rows, e.g. dev, always in training)."""
    idx = [i for i, r in enumerate(rs) if r["round"] in rounds]
    P = np.zeros((len(rs), len(INTENTS)))
    X, y = matrix(rs), np.array([r["y"] for r in rs])
    for f in range(folds):
        held = set(rounds[f::folds])
        tr = [i for i, r in enumerate(rs) if r["round"] not in held]
        te = [i for i, r in enumerate(rs) if r["round"] in held]
        P[te] = proba(X[te], *fit(X[tr], y[tr], lam))
    return P[idx], np.array(idx)


def pick_tau(P, rules, y, lined, cost: float = 1.0) -> float:
    """The tau with the best fixes - cost x breaks (ties to the higher tau: fewer overrides).
    cost 2: a right reading turned wrong costs more than a wrong one left alone."""
    return max(TAUS, key=lambda t: (net(P, rules, y, t, lined, cost), t))


def outer(args) -> dict:
    """One held round: inner LOSO picks tau on the training rounds, then the model reads the held round."""
    rs, held, rounds, lam, folds = args
    train = [r for r in rs if r["round"] != held]
    inner = [r for r in rounds if r != held]
    P, idx = out_of_fold(train, inner, lam, folds)
    rules_tr = np.array([INTENTS.index(train[i]["rules"]) for i in idx])
    y, lined = np.array([train[i]["y"] for i in idx]), np.array([train[i]["lined"] for i in idx])
    taus = {cost: pick_tau(P, rules_tr, y, lined, cost) for cost in COSTS}
    test = [r for r in rs if r["round"] == held]
    W, b = fit(matrix(train), np.array([r["y"] for r in train]), lam)
    Pt = proba(matrix(test), W, b)
    return {"round": held, "taus": taus, "ids": [r["id"] for r in test], "P": Pt}


def report(rs, results) -> None:
    """Per round and pooled: untuned rules vs stacked accuracy, fixes and breaks, en and zh apart."""
    by_id = {r["id"]: r for r in rs}
    pooled = {"en": [0, 0, 0, 0, 0], "zh": [0, 0, 0, 0, 0]}
    print(f"{'round':6s} {'tau':>5s} | {'lang':4s} {'n':>4s} {'rules':>6s} {'stack':>6s} {'fix':>4s} {'brk':>4s}")
    for res in results:
        d = decide(res["P"], np.array([INTENTS.index(by_id[i]["rules"]) for i in res["ids"]]), res["tau"],
                   np.array([by_id[i]["lined"] for i in res["ids"]]), np.array([by_id[i]["quoting"] for i in res["ids"]]))
        for lang in ("en", "zh"):
            sel = [j for j, i in enumerate(res["ids"]) if by_id[i]["lang"] == lang]
            y = np.array([by_id[res["ids"][j]]["y"] for j in sel])
            ru = np.array([INTENTS.index(by_id[res["ids"][j]]["rules"]) for j in sel])
            st = d[sel]
            c = [len(sel), int(np.sum(ru == y)), int(np.sum(st == y)), int(np.sum((st == y) & (ru != y))), int(np.sum((st != y) & (ru == y)))]
            pooled[lang] = [a + b for a, b in zip(pooled[lang], c)]
            print(f"{res['round']:6s} {res['tau']:5.2f} | {lang:4s} {c[0]:4d} {c[1] / c[0]:6.3f} {c[2] / c[0]:6.3f} {c[3]:4d} {c[4]:4d}")
            for j in sel:
                if d[j] != INTENTS.index(by_id[res["ids"][j]]["rules"]):
                    r = by_id[res["ids"][j]]
                    mark = "FIX" if d[j] == r["y"] else ("BRK" if r["rules"] == r["intent"] else "w>w")
                    print(f"    {mark} {r['id']}: rules={r['rules']} model={INTENTS[d[j]]} p={res['P'][j].max():.2f} gold={r['intent']}")
    for lang, c in pooled.items():
        print(f"POOLED {lang}: n={c[0]} rules={c[1] / c[0]:.3f} stacked={c[2] / c[0]:.3f} fixes={c[3]} breaks={c[4]}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--lam", type=float, default=1e-4)
    ap.add_argument("--folds", type=int, default=5, help="inner folds (groups of whole rounds) that choose tau")
    ap.add_argument("--no-dev", action="store_true", help="leave dev (R0-read, tuned) out of training")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    rs = [r for r in rows() if not (a.no_dev and r["round"] == "dev")]
    rounds = sorted({r["round"] for r in rs} - {"dev"}, key=lambda s: int(s[3:]))
    with ProcessPoolExecutor(a.jobs) as pool:
        results = list(pool.map(outer, [(rs, h, rounds, a.lam, a.folds) for h in rounds]))
    for cost in COSTS:
        print(f"== tau picked by fixes - {cost:g} x breaks (inner folds)")
        report(rs, [dict(r, tau=r["taus"][cost]) for r in results])
