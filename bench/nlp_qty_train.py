"""Train the stacked count picker (nlp/qty_model.py) on every tuning set's untuned reads; write nlp/qty_model.json.

    PYTHONPATH=$PWD:$PWD/bench .venv/bin/python bench/nlp_qty_train.py [--refresh] [--no-write] [--check] [--mix] [--tau T,T_ADD]

Rows come from bench/nlp_qty_data.py (cached in var/). One example per untuned line whose SKU is labelled in its
message (the first such line per SKU). Deterministic: the due picker's full-batch Adam (bench/nlp_due_train.py)
over each line's options, fixed steps, no shuffling. --check lists what it would move against the CURRENT rules (as wired). tau (the probability the model needs to change the rules'
count) is chosen leave-one-set-out over the same sets (bench/nlp_qty_probe.py reports the nested, honest figures).
"""
from __future__ import annotations

import json
import sys

import numpy as np

import nlp.due_model as due_model
from nlp.postprocess import in_unit, round_qty
from nlp_qty_model import DIM, WEIGHTS, indices, locate, options
from nlp_due_train import loso_preds, predict, train  # the same softmax, fitting and leave-one-set-out
from nlp_qty_data import build, catalog_items

assert DIM == due_model.DIM  # the shared trainer sizes its weights by the due model's DIM
TAUS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97]


def values(cands: list, item) -> list[tuple]:
    """(count, value, converted?) per candidate: its own number, and its value in the item's unit when that differs."""
    out = []
    for q in cands:
        out.append((q, round_qty(q.value), False))
        try:
            v = round_qty(in_unit(q, item)) if item else None
        except (ValueError, ZeroDivisionError, KeyError):
            v = None
        if v is not None and v != out[-1][1] and v > 0:
            out.append((q, v, True))
    return out


def line_options(body: str, lines: list[dict], k: int, cands: list, item, lang: str, intent: str):
    """Options of line k of a message's lines (the others' mentions located too)."""
    spans = [locate(body, ln.get("mention") or "") for ln in lines]
    others = [s for j, s in enumerate(spans) if j != k]
    return options(body, spans[k], values(cands, item), lines[k]["quantity"], others, lang, intent, item_words(item))


def item_words(item) -> str:
    """The item's code and names, lowercased (what a spec number would echo)."""
    return " ".join([item.sku, item.name, *item.names, *item.aliases]).lower() if item else ""


def encode(rows: list[dict], key: str = "old", intent: str = "intent") -> list[dict]:
    """Each SKU-right line's options as hashed columns, the labelled option (-1: not among them) and the rules'."""
    out = []
    for r in rows:
        want = {}
        for ln in r["want"]:
            want.setdefault(ln["sku"], ln["quantity"])
        items, seen = catalog_items(r["catalog"]), set()
        for k, ln in enumerate(r[key]):
            if ln["sku"] not in want or ln["sku"] in seen:
                continue
            seen.add(ln["sku"])
            opts = line_options(r["body"], r[key], k, r["cands"], items.get(ln["sku"]), r["lang"], r[intent])
            vals = [v for v, _ in opts]
            out.append({"row": r, "sku": ln["sku"], "want": want[ln["sku"]], "days": vals,
                        "cols": [indices(f) for _, f in opts],
                        "gold": vals.index(want[ln["sku"]]) if want[ln["sku"]] in vals else -1,
                        "rule": vals.index(ln["quantity"]) if ln["quantity"] in vals else len(vals) - 1})
    return out


def examples(rows: list[dict], mix: bool) -> list[dict]:
    """Training examples: the untuned reads, and with mix the current rules' reads too (tagged "cur"), so the
    model also learns how far the tuned rules are to be trusted (where it will be wired)."""
    enc = encode(rows)
    return enc + [{**e, "cur": True} for e in encode(rows, "cur", "cur_intent")] if mix else enc


def stacked(e: dict, best: int, prob: float, tau: tuple[float, float]):
    """The stacked count: the model's when it is sure and differs from the rules, as QtyModel.choose;
    tau = (to change or clear the rules' count, to add one where they had none)."""
    rule = e["days"][e["rule"]]
    return e["days"][best] if keep_or_move(rule, e["days"][best], prob, tau) else rule


def keep_or_move(rule, new, prob: float, tau: tuple[float, float]) -> bool:
    """Whether the model's count replaces the rules' (a 0 is the rules' "taken off": never moved)."""
    return new != rule and rule != 0 and prob > (tau[1] if rule is None else tau[0])


def tally(enc: list[dict], preds: list, tau: float) -> tuple[int, int]:
    """(fixes, breaks) of the stacked pick against the rules' pick."""
    fix = brk = 0
    for e, (b, p) in zip(enc, preds):
        rule, new = e["days"][e["rule"]], stacked(e, b, p, tau)
        fix += new == e["want"] != rule
        brk += rule == e["want"] != new
    return fix, brk


def pick_tau(enc: list[dict], preds: list) -> tuple[float, float]:
    """The (tau, tau_add) with the most fixes net of twice the breaks (a right count lost is worse);
    ties: the higher tau_add, then the higher tau."""
    pairs = [(a, b) for a in TAUS for b in TAUS]
    return max(pairs, key=lambda t: (lambda fb: (fb[0] - 2 * fb[1], t[1], t[0]))(tally(enc, preds, t)))


def check(w: np.ndarray, tau: tuple[float, float], rows: list[dict]) -> None:
    """Stacked on the CURRENT rules (as wired): lines they get right that it turns wrong, and the reverse."""
    now = encode(rows, "cur", "cur_intent")
    for e, (b, p) in zip(now, predict(w, now)):
        rule, new = e["days"][e["rule"]], stacked(e, b, p, tau)
        if new != rule:
            tag = "right->wrong" if rule == e["want"] else "wrong->right" if new == e["want"] else "wrong->wrong"
            print(f"  {tag} {e['row']['id']} {e['sku']} current={rule} stacked={new} want={e['want']} p={p:.2f}")


def main() -> None:
    """Train on all sets, choose tau leave-one-set-out, write the weights."""
    rows = build("--refresh" in sys.argv)
    enc = examples(rows, "--mix" in sys.argv)
    tau = pick_tau(enc, loso_preds(enc))
    if "--tau" in sys.argv:  # a cap chosen against the current rules' right->wrong moves (see --check)
        tau = tuple(float(x) for x in sys.argv[sys.argv.index("--tau") + 1].split(","))
    w = train(enc)
    if "--check" in sys.argv:
        check(w, tau, rows)
    if "--no-write" not in sys.argv:
        WEIGHTS.write_text(json.dumps({"tau": tau[0], "tau_add": tau[1], "w": [round(float(x), 4) for x in w]}, separators=(",", ":")) + "\n")
    print(f"tau={tau} nonzero={int((np.abs(w) > 1e-4).sum())} lines={len(enc)}")


if __name__ == "__main__":
    main()
