"""Train the shipped intent model (deterministic): every tuning round, rules intent from each round's UNTUNED read.

    PYTHONPATH=$PWD .venv/bin/python bench/nlp_intent_train.py [--lam 1e-4] [--folds 5] [--out nlp/intent_model.npz]

tau is the one whose overrides fix most minus twice what they break in out-of-fold reads (whole rounds held out together),
then the model is fitted on all rows. Prints the email-intent check (request or not) with and without the model.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlp_intent_probe import fit, matrix, out_of_fold, pick_tau, net  # noqa: E402  (sets single-thread BLAS)
from nlp_intent_data import ROOT, rows  # noqa: E402

import numpy as np  # noqa: E402

from nlp.intent import classify, intent_scores  # noqa: E402
from nlp.intent_model import INTENTS, IntentModel  # noqa: E402

EMAIL = ROOT.parent / "shared" / "data" / "text" / "email-intent" / "src" / "resources"


def train(lam: float, folds: int, cost: float, out: Path) -> None:
    """Pick tau out of fold, fit on everything, save the non-zero weight rows."""
    rs = rows()
    rounds = sorted({r["round"] for r in rs} - {"dev"}, key=lambda s: int(s[3:]))
    P, idx = out_of_fold(rs, rounds, lam, folds)
    rules = np.array([INTENTS.index(rs[i]["rules"]) for i in idx])
    y, lined = np.array([rs[i]["y"] for i in idx]), np.array([rs[i]["lined"] for i in idx])
    tau = pick_tau(P, rules, y, lined, cost)
    print(f"rows={len(rs)} out-of-fold tau={tau} fixes - {cost:g} x breaks={net(P, rules, y, tau, lined, cost)}")
    W, b = fit(matrix(rs), np.array([r["y"] for r in rs]), lam)
    slots = np.flatnonzero(np.abs(W).sum(1))
    np.savez_compressed(out, slots=slots.astype(np.int32), rows=W[slots].astype(np.float16), bias=b.astype(np.float32),
                        tau=np.float32(tau), lam=np.float32(lam))
    print(f"saved {out} ({out.stat().st_size} bytes, {len(slots)} slots)")


def email_check(model: IntentModel) -> None:
    """Request-or-not accuracy of the rules' intent mapping, alone and with the model (no catalogue: no lines)."""
    for name in ("Ask0729-fixed.txt", "testSet-qualifiedBatch-fixed.txt"):
        data = []
        for line in (EMAIL / name).read_text(encoding="utf-8", errors="replace").splitlines():
            label, _, text = line.partition("\t")
            if text:
                data.append((label.strip() == "Yes", text))
        ok = stacked = moved = 0
        for asks, text in data:
            rules = classify(text, 1 if intent_scores(text)["order"] else 0)
            better = model.settle(rules, [], text, False)
            ok += (rules != "other") == asks
            stacked += (better != "other") == asks
            moved += better != rules
        n = len(data)
        print(json.dumps({"file": name, "sentences": n, "rules_acc": round(ok / n, 4), "stacked_acc": round(stacked / n, 4),
                          "overridden": moved}))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--lam", type=float, default=1e-4)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cost", type=float, default=2.0, help="a break weighs this many fixes when tau is picked")
    ap.add_argument("--out", default=str(ROOT / "nlp" / "intent_model.npz"))
    ap.add_argument("--check-only", action="store_true")
    a = ap.parse_args()
    if not a.check_only:
        train(a.lam, a.folds, a.cost, Path(a.out))
    email_check(IntentModel.load(Path(a.out)))
