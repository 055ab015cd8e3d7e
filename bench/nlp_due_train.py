"""Train the stacked due-date picker (nlp/due_model.py) on every tuning set's untuned reads; write nlp/due_model.json.

    PYTHONPATH=$PWD:$PWD/bench .venv/bin/python bench/nlp_due_train.py [--refresh] [--check]

Reads var/nlp_untuned dumps (bench/nlp_untuned_dump.py) through bench/nlp_due_data.py (rows cached in var/; --refresh re-reads them with
the current finder). --check lists what the stacked picker would move against the CURRENT rules (as wired).

Deterministic: full-batch Adam on a softmax over each message's options (found dates, the rules' date, none),
fixed steps, no shuffling. tau and tau_add (the probability the model needs to change the rules' date, and to add
one where they had none) are chosen by leave-one-set-out over the same sets (bench/nlp_due_probe.py reports
the nested, honest figures).
"""
from __future__ import annotations

import json
import sys

import numpy as np

from nlp.due_model import DIM, WEIGHTS, indices, options, overrides
from nlp_due_data import build

TAUS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]
# Adding a date where the rules found none needs more than a coin flip: at 0.5 the tenth round's weights added one
# to a right "no date" reading of the current rules (p 0.505), while every right addition was above 0.64.
ADD_TAUS = [t for t in TAUS if t >= 0.6]
STEPS, LR, L2 = 300, 0.05, 1e-3


def encode(rows: list[dict]) -> list[dict]:
    """Each row's options as hashed column lists, with the index of the labelled option (-1: not among them)."""
    out = []
    for r in rows:
        opts = options(r["text"], r["hits"], r["today"], r["intent"], r["rule"])
        days = [d for d, _ in opts]
        out.append({"row": r, "days": days, "cols": [indices(f) for _, f in opts],
                    "gold": days.index(r["want"]) if r["want"] in days else -1,
                    "rule": days.index(r["rule"]) if r["rule"] in days else len(days) - 1})
    return out


def _flat(enc: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Columns, option-of-column, option start per message, and gold option ids (trainable messages only)."""
    cols, owner, starts, gold, k = [], [], [], [], 0
    for e in enc:
        if e["gold"] < 0:
            continue
        starts.append(k)
        gold.append(k + e["gold"])
        for c in e["cols"]:
            cols += c
            owner += [k] * len(c)
            k += 1
    starts.append(k)
    return np.array(cols), np.array(owner), np.array(starts), np.array(gold)


def train(enc: list[dict]) -> np.ndarray:
    """Weights minimising the mean negative log-likelihood of the labelled option (+ L2)."""
    cols, owner, starts, gold = _flat(enc)
    n_opt, n_msg = starts[-1], len(starts) - 1
    msg_of = np.repeat(np.arange(n_msg), np.diff(starts))
    w, m, v = np.zeros(DIM), np.zeros(DIM), np.zeros(DIM)
    for t in range(1, STEPS + 1):
        s = np.bincount(owner, weights=w[cols], minlength=n_opt)
        s -= np.maximum.reduceat(s, starts[:-1])[msg_of]
        e = np.exp(s)
        p = e / np.add.reduceat(e, starts[:-1])[msg_of]
        p[gold] -= 1.0
        g = np.bincount(cols, weights=p[owner], minlength=DIM) / n_msg + 2 * L2 * w
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        w -= LR * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def predict(w: np.ndarray, enc: list[dict]) -> list[tuple[int, float]]:
    """The model's best option and its probability, per message."""
    out = []
    for e in enc:
        s = np.array([w[c].sum() for c in e["cols"]])
        p = np.exp(s - s.max())
        p /= p.sum()
        out.append((int(p.argmax()), float(p.max())))
    return out


def stacked(e: dict, best: int, prob: float, tau: tuple[float, float]):
    """The stacked date: the model's pick when DueModel.choose would take it, else the rules'."""
    day, rule = e["days"][best], e["days"][e["rule"]]
    return day if overrides(day, prob, rule, tau, e["row"]["intent"], e["row"]["today"]) else rule


def tally(enc: list[dict], preds: list[tuple[int, float]], tau: tuple[float, float]) -> tuple[int, int]:
    """(fixes, breaks) of the stacked pick against the rules' pick."""
    fix = brk = 0
    for e, (b, p) in zip(enc, preds):
        want, rule, new = e["row"]["want"], e["days"][e["rule"]], stacked(e, b, p, tau)
        fix += new == want != rule
        brk += rule == want != new
    return fix, brk


def loso_preds(enc: list[dict]) -> list[tuple[int, float]]:
    """Each message predicted by a model trained on the other sets."""
    preds: list = [None] * len(enc)
    for s in sorted({e["row"]["set"] for e in enc}):
        w = train([e for e in enc if e["row"]["set"] != s])
        held = [i for i, e in enumerate(enc) if e["row"]["set"] == s]
        for i, p in zip(held, predict(w, [enc[i] for i in held])):
            preds[i] = p
    return preds



def nested(enc: list[dict], stacked, pick_tau, extra: list[dict] = (), fixed=None) -> list:
    """Each held-out set's stacked answers: model and tau both from the other sets only (extra: more training
    examples of each set; fixed: a tau given, not chosen). `stacked` and `pick_tau` are the probe's own."""
    out: list = [None] * len(enc)
    for s in sorted({e["row"]["set"] for e in enc}, key=lambda x: int(x[3:])):
        train_enc = [e for e in [*enc, *extra] if e["row"]["set"] != s]
        tau = fixed or pick_tau(train_enc, loso_preds(train_enc))
        held = [i for i, e in enumerate(enc) if e["row"]["set"] == s]
        for i, (b, p) in zip(held, predict(train(train_enc), [enc[i] for i in held])):
            out[i] = stacked(enc[i], b, p, tau)
        print(f"  {s}: tau={tau}", file=sys.stderr, flush=True)
    return out


def table(enc: list[dict], new: list, want) -> None:
    """Per set and pooled (and per language): n, rules right, stacked right, fixes, breaks; want(e) is e's label."""
    print(f"{'set':8s} {'n':>5s} {'rules':>6s} {'stack':>6s} {'fix':>4s} {'break':>5s}")
    groups = sorted({e["row"]["set"] for e in enc}, key=lambda x: int(x[3:])) + ["en", "zh", "pooled"]
    for g in groups:
        idx = [i for i, e in enumerate(enc) if g in (e["row"]["set"], e["row"]["lang"], "pooled")]
        wants, rule = [want(enc[i]) for i in idx], [enc[i]["days"][enc[i]["rule"]] for i in idx]
        got = [new[i] for i in idx]
        fix = sum(g_ == w != r for g_, w, r in zip(got, wants, rule))
        brk = sum(r == w != g_ for g_, w, r in zip(got, wants, rule))
        print(f"{g:8s} {len(idx):5d} {sum(r == w for r, w in zip(rule, wants)) / len(idx):6.3f} "
              f"{sum(g_ == w for g_, w in zip(got, wants)) / len(idx):6.3f} {fix:4d} {brk:5d}")

def pick_tau(enc: list[dict], preds: list[tuple[int, float]]) -> tuple[float, float]:
    """The (tau, tau_add) with the most fixes net of breaks (breaks counted twice: a right date lost is worse);
    ties: the higher tau_add, then the higher tau."""
    pairs = [(a, b) for a in TAUS for b in ADD_TAUS]
    return max(pairs, key=lambda t: (lambda fb: (fb[0] - 2 * fb[1], t[1], t[0]))(tally(enc, preds, t)))


def check(w: np.ndarray, tau: tuple[float, float], rows: list[dict]) -> None:
    """Stacked on the CURRENT rules (as wired): messages they get right that it turns wrong, and the reverse."""
    now = encode([{**r, "rule": r["cur"], "intent": r["cur_intent"] or "other"} for r in rows])
    moved = [(e, stacked(e, b, p, tau)) for e, (b, p) in zip(now, predict(w, now))]
    for e, new in moved:
        r = e["row"]
        if new != r["cur"]:
            print(f"  {'right->wrong' if r['cur'] == r['want'] else 'wrong->right' if new == r['want'] else 'wrong->wrong'}"
                  f" {r['id']} current={r['cur']} stacked={new} want={r['want']}")


def main() -> None:
    """Train on all sets, choose tau leave-one-set-out, write the weights (--check: against the current rules)."""
    rows = build("--refresh" in sys.argv)
    enc = encode(rows)
    tau = pick_tau(enc, loso_preds(enc))
    w = train(enc)
    if "--check" in sys.argv:
        check(w, tau, rows)
    WEIGHTS.write_text(json.dumps({"tau": tau[0], "tau_add": tau[1], "w": [round(float(x), 4) for x in w]},
                                  separators=(",", ":")) + "\n")
    print(f"tau={tau} nonzero={int((np.abs(w) > 1e-4).sum())} wrote {WEIGHTS.name}")


if __name__ == "__main__":
    main()
