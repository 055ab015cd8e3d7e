"""Probe (measures only): does a message signal or model make the top of the honest ranking cleaner?

    PYTHONPATH=$PWD .venv/bin/python bench/nlp_calib_probe.py [VARIANT ...]   # default: every variant

Rows are bench/nlp_honest.py's untuned reads (the held judges never read). Every figure holds out whole sets
(nested leave-one-set-out as bench/nlp_loso.py): log-loss, errors among the 100 / 200 / 400 most confident,
above / wrong at 0.90 / 0.94 / 0.96, the threshold each held-out set would get, and touchless with it.
A learned signal (the intent check's probability) is refitted on the honest reads: each row's probabilities
come from a fit without its own set and, inside the nested check, without the outer held-out set too
(`--loose-ip` reuses the outer fits there: ~170 fewer refits, a second-order leak). Fits are kept in var/calib_probe/.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
import nlp_calibrate as cal  # noqa: E402
import nlp_loso  # noqa: E402
from calib_learned import Learned  # noqa: E402
from calib_signals import EXTRA, extra_matrix, intent_probs  # noqa: E402
from held_sets import JUDGES  # noqa: E402
from nlp_honest import honest_rows  # noqa: E402


def fit_signed(x: np.ndarray, y: np.ndarray, lam: float, sign: np.ndarray) -> cal.Logistic:
    """cal.fit_logistic with explicit signs (+1 good, -1 bad, 0 free)."""
    mean, scale = x.mean(0), x.std(0)
    scale[scale < 1e-6] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    beta = cal.signed_fit(z, y, lam, np.concatenate([[0.0], sign]), np.ones(len(x)))
    return cal.Logistic(beta[1:].tolist(), float(beta[0]), mean.tolist(), scale.tolist())


def base_sign() -> np.ndarray:
    """The shipped monotone signs of MESSAGE_FEATURES."""
    return np.array([1.0 if n in cal.GOOD else -1.0 for n in cal.MESSAGE_FEATURES])


class Variant:
    """A message model: the shipped features plus `extra` columns, fitted logistic (or by `model`)."""

    def __init__(self, extra: tuple[str, ...] = (), drop: tuple[str, ...] = (), model: str = "logistic",
                 per_lang: bool = False):
        self.extra, self.drop, self.model, self.per_lang = extra, drop, model, per_lang

    def columns(self, rows, line, ip) -> np.ndarray:
        """Message matrix: shipped features (less `drop`) and the extra signals."""
        mx, _ = cal.messages(rows, line)
        keep = [i for i, n in enumerate(cal.MESSAGE_FEATURES) if n not in self.drop]
        return np.hstack([mx[:, keep], extra_matrix(rows, self.extra, ip)]) if self.extra else mx[:, keep]

    def sign(self) -> np.ndarray:
        """Signs of the columns."""
        keep = [i for i, n in enumerate(cal.MESSAGE_FEATURES) if n not in self.drop]
        return np.concatenate([base_sign()[keep], [EXTRA[e][1] for e in self.extra]])

    def predict(self, train, test, lam_line, lam_msg, ip_train, ip_test) -> np.ndarray:
        """Probabilities of `test` from a model fitted on `train`."""
        lx = np.array([v for r in train for v, _ in r["lines"]])
        ly = np.array([float(ok) for r in train for _, ok in r["lines"]])
        line = cal.fit_logistic(lx, ly, lam_line, cal.LINE_FEATURES)
        xtr, xte = self.columns(train, line, ip_train), self.columns(test, line, ip_test)
        ytr = np.array([float(r["right"]) for r in train])
        if self.model == "stack":  # trees on the logistic model's residual: the interactions it cannot express
            from calib_gbm import Boosted
            m = fit_signed(xtr, ytr, lam_msg, self.sign())
            otr, ote = (np.array([m.logit(list(v)) for v in a]) for a in (xtr, xte))
            return Boosted.fit(xtr, ytr, self.sign(), n=60, min_leaf=60, offset=otr).prob(xte, ote)
        if self.model == "gbm":
            from calib_gbm import Boosted
            return Boosted.fit(xtr, ytr, self.sign()).prob(xte)
        if self.per_lang:
            out = np.zeros(len(test))
            for lang in ("en", "zh"):
                a = np.array([nlp_loso.lang_of(r["file"]) == lang for r in train])
                b = np.array([nlp_loso.lang_of(r["file"]) == lang for r in test])
                if b.any():
                    m = fit_signed(xtr[a], ytr[a], lam_msg, self.sign())
                    out[b] = [m.prob(list(v)) for v in xte[b]]
            return out
        m = fit_signed(xtr, ytr, lam_msg, self.sign())
        return np.array([m.prob(list(v)) for v in xte])


def loso(rows, v: Variant, lam_line, lam_msg, outer: str | None = None) -> np.ndarray:
    """Leave-one-set-out probabilities over `rows` (sets named by nlp_loso.set_of); `outer` also never seen."""
    p = np.zeros(len(rows))
    names = [nlp_loso.set_of(r["file"]) for r in rows]
    # Each row's intent probabilities come from a check fitted without its own set (and without `outer`).
    ip = intent_probs(rows, need_ip(v), exclude=set() if LOOSE[0] else {outer} - {None})
    for g in sorted(set(names)):
        te = [i for i, n in enumerate(names) if n == g]
        tr = [i for i, n in enumerate(names) if n != g]
        p[te] = v.predict([rows[i] for i in tr], [rows[i] for i in te], lam_line, lam_msg,
                          ip[tr] if ip is not None else None, ip[te] if ip is not None else None)
    return p


LOOSE = [False]  # --loose-ip: inner fits reuse the outer check fitted with the held-out set (saves ~170 refits)


def need_ip(v: Variant) -> bool:
    """Whether the variant uses the learned intent check's probabilities."""
    return any(e.startswith("ip_") for e in v.extra)


def nested(rows, v: Variant, lam_line, lam_msg) -> tuple[np.ndarray, np.ndarray]:
    """Per held-out set: its probabilities and the threshold picked on the others' own LOSO reads."""
    names = [nlp_loso.set_of(r["file"]) for r in rows]
    p, chosen = loso(rows, v, lam_line, lam_msg), np.zeros(len(rows))
    for g in sorted(set(names)):
        tr = [i for i, n in enumerate(names) if n != g]
        inner = loso([rows[i] for i in tr], v, lam_line, lam_msg, outer=g)
        y = np.array([rows[i]["right"] for i in tr])
        chosen[[i for i, n in enumerate(names) if n == g]] = cal.pick_threshold(inner, y, int(30 * len(tr) / len(rows)))
    return p, chosen


def summary(rows, p, chosen) -> dict:
    """The figures the task judges by."""
    y = np.array([r["right"] for r in rows])
    order = np.argsort(-p, kind="stable")
    top = {n: int((~y[order[:n]]).sum()) for n in (100, 200, 400)}
    above = p >= chosen
    return {"log_loss": round(cal.log_loss(p, y.astype(float)), 4), "top_wrong": top,
            "curve": nlp_loso.curve(p, y, (0.9, 0.94, 0.96)), "thresholds": sorted(set(chosen.round(3).tolist())),
            "above": int(above.sum()), "wrong_above": int((above & ~y).sum()), "touchless": round(float((above & y).mean()), 3),
            "t_all": cal.pick_threshold(p, y), "folds": folds_below(rows, p, chosen, y)}


def folds_below(rows, p, chosen, y) -> dict:
    """Held-out sets whose nested threshold is below 0.999: [threshold, above, wrong above]."""
    names = np.array([nlp_loso.set_of(r["file"]) for r in rows])
    return {g: [float(chosen[names == g][0]), int((p[names == g] >= chosen[names == g]).sum()),
                int(((p >= chosen) & ~y)[names == g].sum())] for g in sorted(set(names)) if chosen[names == g][0] < 0.999}


VARIANTS = {
    "base": Variant(),
    "unit_all": Variant(extra=("unit_all",)),
    "ip": Variant(extra=("ip_read", "ip_margin")),
    "ip_read": Variant(extra=("ip_read",)),
    "ip_agree": Variant(extra=("ip_agree",)),
    "ip_lang": Variant(extra=("ip_read", "ip_margin"), per_lang=True),
    "close_bare": Variant(extra=("close_n", "bare_any")),
    "gbm": Variant(model="gbm"),
    "stack": Variant(model="stack"),
    "ip_lang_stack": Variant(extra=("ip_read", "ip_margin"), model="stack"),
    "ip_lang_cb": Variant(extra=("ip_read", "ip_margin", "close_n", "bare_any"), per_lang=True),
    "per_lang": Variant(per_lang=True),
    # Since the eleventh round the shipped features hold the learned checks' columns (bench/calib_learned.py,
    # each row's from checks fitted without its set; not refreshed inside nested folds here, as --loose-ip).
    "old": Variant(drop=("ip_read", "ip_margin", "due_p")),
    "no_due": Variant(drop=("due_p",)),
    "uncovered": Variant(extra=("uncovered", "rows_per_line")),
    "uncovered_lang": Variant(extra=("uncovered", "rows_per_line"), per_lang=True),
    "pack_date": Variant(extra=("pack_said", "date_unused")),
}


def main() -> None:
    """Run the chosen variants at the shipped lambdas' LOSO choice and print their figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("variants", nargs="*", default=list(VARIANTS))
    ap.add_argument("--lam", type=float, nargs=2, default=(10.0, 30.0))
    ap.add_argument("--no-nested", action="store_true")
    ap.add_argument("--loose-ip", action="store_true", help="inner folds reuse the intent check fitted with the outer set")
    a = ap.parse_args()
    LOOSE[0] = a.loose_ip
    rows = honest_rows(JUDGES)
    Learned(rows, a.loose_ip)(rows)  # the shipped learned columns (registers the rows); ip_* variants add them again
    print(len(rows), "rows", round(float(np.mean([r["right"] for r in rows])), 3), "right", flush=True)
    for name in a.variants:
        v = VARIANTS[name]
        if a.no_nested:
            p = loso(rows, v, *a.lam)
            print(name, summary(rows, p, np.full(len(rows), 0.999)), flush=True)
        else:
            print(name, summary(rows, *nested(rows, v, *a.lam)), flush=True)


if __name__ == "__main__":
    main()
