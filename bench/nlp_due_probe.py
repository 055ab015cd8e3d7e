"""Probe: where the untuned rules miss the due date, and whether a learned picker stacked on them helps (measures only).

    PYTHONPATH=$PWD:$PWD/bench .venv/bin/python bench/nlp_due_probe.py [--refresh] [--cases N]

1. Each untuned due error (rules' date != label) of every tuning set with an untuned read (dev11, dev14, dev19 and
   dev20: R0's read) is classed by the dates the CURRENT finder (nlp.dates.find_dates, as nlp.due.pick is given them) resolves:
   (a) the right date is among them but another or none was picked, (b) a date was picked where null is wanted,
   (c) the right date is not among them (unread expression or another resolution rule).
2. The stacked picker (nlp/due_model.py) is trained leave-one-set-out (a round's en + zh together); its tau is
   chosen inside the training sets by a nested leave-one-set-out. Per held-out set: the rules' accuracy, the
   stacked accuracy, fixes and breaks; pooled at the end. Tuning sets only: held sets are never in the dumps.
"""
from __future__ import annotations

import sys
from collections import Counter

from nlp_due_data import build
from nlp_due_train import encode, nested, pick_tau, stacked, table


def klass(r: dict) -> str:
    """(a) right date found, not picked; (b) a date where null is wanted; (c) right date not found."""
    if r["want"] is None:
        return "b"
    return "a" if r["want"] in {h.date for h in r["hits"]} else "c"


def show_classes(rows: list[dict], n: int) -> None:
    """Counts per class and per set, then n cases each."""
    bad = [r for r in rows if r["rule"] != r["want"]]
    per = Counter((r["set"], klass(r)) for r in bad)
    counts = ", ".join(f"({k}) {v}" for k, v in sorted(Counter(klass(r) for r in bad).items()))
    print(f"untuned due errors: {len(bad)} of {len(rows)}; {counts}")
    for s in sorted({r["set"] for r in rows}, key=lambda x: int(x[3:])):
        print(f"  {s:6s} a={per[s, 'a']:3d} b={per[s, 'b']:3d} c={per[s, 'c']:3d}")
    for k in "abc":
        print(f"--- class ({k})")
        for r in [r for r in bad if klass(r) == k][:n]:
            found = sorted({str(h.date) + ':' + h.kind for h in r['hits']})
            print(f"  {r['id']:9s} today={r['today']} want={r['want']} rules={r['rule']} intent={r['intent']} found={found}")
            print("     " + r["text"][:230].replace("\n", " / "))


def main() -> None:
    """Classes, then the nested leave-one-set-out table."""
    n = int(sys.argv[sys.argv.index("--cases") + 1]) if "--cases" in sys.argv else 10
    rows = build("--refresh" in sys.argv)
    show_classes(rows, n)
    enc = encode(rows)
    new = nested(enc, stacked, pick_tau)
    table(enc, new, lambda e: e["row"]["want"])
    for e, d in zip(enc, new):
        if d != e["days"][e["rule"]]:
            r = e["row"]
            tag = "FIX " if d == r["want"] else "BRK " if r["rule"] == r["want"] else "MOVE"
            print(f"  {tag} {r['id']:9s} rules={r['rule']} stack={d} want={r['want']}")


if __name__ == "__main__":
    main()
