"""Probe: where the untuned rules read the right SKU with the wrong count, and whether a learned picker stacked on
them helps (measures only).

    PYTHONPATH=$PWD:$PWD/bench .venv/bin/python bench/nlp_qty_probe.py [--refresh] [--cases N] [--mix] [--tau T,T_ADD]

1. Each untuned line whose SKU is labelled in its message (first per SKU) but whose count is not the label's is
   classed by the counts the CURRENT reader finds in the body (the pipeline's chunk counts + find_quantities):
   raw (the right count is one of the numbers), conv (only after the unit conversion the rules use: in_unit,
   pack sizes, dozens), more (a dozen or pack product not converted), none (no count wanted), notfound.
2. The stacked picker (nlp/qty_model.py) is trained leave-one-set-out (a round's en + zh together); its tau is
   chosen inside the training sets by a nested leave-one-set-out. Per held-out set: lines, the rules' accuracy,
   the stacked accuracy, fixes and breaks; pooled at the end. --tau fixes (tau, tau_add) instead (1 = never). Tuning sets only: held sets are never in the dumps.
"""
from __future__ import annotations

import sys
from collections import Counter

from nlp.postprocess import round_qty
from nlp_due_train import nested, table
from nlp_qty_data import build, catalog_items
from nlp_qty_train import examples, pick_tau, stacked, values


def klass(e: dict) -> str:
    """raw / conv / more / none / notfound (see the module docstring)."""
    if e["want"] is None:
        return "none"
    vs = values(e["row"]["cands"], catalog_items(e["row"]["catalog"]).get(e["sku"]))
    if e["want"] in {v for _, v, c in vs if not c}:
        return "raw"
    if e["want"] in {v for _, v, c in vs if c}:
        return "conv"
    ps = getattr(catalog_items(e["row"]["catalog"]).get(e["sku"]), "pack_size", None) or 12
    more = {round_qty(q.value * k) for q in e["row"]["cands"] for k in (12, ps)}
    return "more" if e["want"] in more else "notfound"


def show_classes(enc: list[dict], n: int) -> None:
    """Counts per class and per set, then n cases each."""
    bad = [e for e in enc if e["days"][e["rule"]] != e["want"]]
    per = Counter((e["row"]["set"], klass(e)) for e in bad)
    print(f"sku-right lines {len(enc)}, wrong count {len(bad)}: " + ", ".join(
        f"{k} {v}" for k, v in sorted(Counter(klass(e) for e in bad).items())))
    for s in sorted({e["row"]["set"] for e in enc}, key=lambda x: int(x[3:])):
        print(f"  {s:6s} " + " ".join(f"{k}={per[s, k]:2d}" for k in ("raw", "conv", "more", "none", "notfound")))
    for e in bad[:n]:
        print(f"  {klass(e):8s} {e['row']['id']:9s} {e['sku']:14s} rules={e['days'][e['rule']]} want={e['want']}")


def main() -> None:
    """Classes, then the nested leave-one-set-out table and every move."""
    n = int(sys.argv[sys.argv.index("--cases") + 1]) if "--cases" in sys.argv else 10
    both = examples(build("--refresh" in sys.argv), "--mix" in sys.argv)
    enc, extra = [e for e in both if "cur" not in e], [e for e in both if "cur" in e]
    show_classes(enc, n)
    fixed = tuple(float(x) for x in sys.argv[sys.argv.index("--tau") + 1].split(",")) if "--tau" in sys.argv else None
    new = nested(enc, stacked, pick_tau, extra, fixed)
    table(enc, new, lambda e: e["want"])
    for e, v in zip(enc, new):
        rule = e["days"][e["rule"]]
        if v != rule:
            tag = "FIX " if v == e["want"] else "BRK " if rule == e["want"] else "MOVE"
            print(f"  {tag} {e['row']['id']:9s} {e['sku']:14s} rules={rule} stack={v} want={e['want']}")


if __name__ == "__main__":
    main()
