"""Do the shipped checks' signals look like the refitted ones the calibration was fitted on? (measures only)

    PYTHONPATH=$PWD .venv/bin/python bench/calib_shipped_check.py dev23 dev24

bench/calib_learned.py fits the calibration on probabilities from checks refitted without each set (the intent
check without its character n-grams); the extractor gives the shipped checks' (nlp/intent_model.npz,
nlp/due_model.json, with n-grams). On sets the shipped checks were not trained on (dev23 and dev24 came after
their last training), both are honest: this prints, per set, the two columns' means and agreement, and the
calibrated confidence's log-loss and top of the ranking with each.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
import nlp_calibrate as cal  # noqa: E402

sys.modules.setdefault("nlp_calibrate", cal)
import nlp_loso  # noqa: E402
from calib_learned import COLUMN, Learned, put  # noqa: E402
from held_sets import JUDGES  # noqa: E402
from nlp.due_model import DueModel  # noqa: E402
from nlp.intent_model import shipped  # noqa: E402
from nlp_honest import honest_rows  # noqa: E402


def shipped_columns(rows: list[dict], learned: Learned) -> None:
    """Overwrite the rows' learned columns with the shipped checks' probabilities (as the extractor reads them)."""
    model, due = shipped(), DueModel.load()
    ip = np.array([model.proba(r["intent"], r["lines_out"], r["body"], bool(r["ctx"].get("history"))) for r in rows])
    days = []
    for r in rows:
        e = learned.due.by_id.get(r["id"])
        day = dt.date.fromisoformat(r["due_date"]) if r["due_date"] else None
        if e is None or day not in e["days"]:
            days.append(None)
            continue
        s = np.array([sum(due.w[i] for i in c) for c in e["cols"]])
        p = np.exp(s - s.max())
        days.append(round(float(p[e["days"].index(day)] / p.sum()), 4))
    put(rows, ip, days)


def main() -> None:
    """Per named set: refitted vs shipped columns, and the calibration fitted on the other sets scored with each."""
    rows = honest_rows(JUDGES)
    learned = Learned(rows)
    learned(rows)
    y = np.array([r["right"] for r in rows])
    lam = json.loads(cal.PARAMS.read_text(encoding="utf-8"))["lambda"]  # the shipped fit's
    for name in sys.argv[1:]:
        te = [i for i, r in enumerate(rows) if nlp_loso.set_of(r["file"]) == name]
        tr = [r for i, r in enumerate(rows) if nlp_loso.set_of(r["file"]) != name]
        test = [rows[i] for i in te]
        mine = copy.deepcopy(test)
        shipped_columns(mine, learned)
        a, b = (np.array([r["mvec"][COLUMN:COLUMN + 3] for r in t]) for t in (test, mine))
        print(name, "refit mean", a.mean(0).round(3), "shipped mean", b.mean(0).round(3),
              "corr", [round(float(np.corrcoef(a[:, j], b[:, j])[0, 1]), 3) for j in range(3)])
        for label, t in (("refit", test), ("shipped", mine)):
            p = nlp_loso.predict(tr, t, *lam)
            order = np.argsort(-p, kind="stable")
            yt = y[te]
            print(f"  {label}: log-loss {cal.log_loss(p, yt.astype(float)):.4f}, wrong in top 50/100:"
                  f" {int((~yt[order[:50]]).sum())}/{int((~yt[order[:100]]).sum())}, curve {nlp_loso.curve(p, yt, (0.9, 0.94, 0.96))}")


if __name__ == "__main__":
    main()
