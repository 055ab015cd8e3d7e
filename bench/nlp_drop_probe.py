"""Probe: output lines the untuned rules should not have given (their product is in no wanted line), and whether a
learned dropper stacked on the rules removes them (measures only).

    PYTHONPATH=$PWD:$PWD/bench .venv/bin/python bench/nlp_drop_probe.py [--cases N] [--no-words]

--no-words: only the line's structure and cue classes (no words of the mention or around it).

1. Each spurious untuned line of every tuning set with an untuned read (dev11: R0's read) is classed:
   sibling (a wanted product is among its match candidates: a wrong pick, dropping cannot win the right one back),
   number (its count looks like a phone / price / order number), quoted (after a quote or a forwarded header),
   mentioned (history, a swap, out of stock, a negation or question near it), other.
2. The dropper (bench/nlp_drop_feats.py, bench/nlp_drop_fit.py) is trained leave-one-set-out (a round's en + zh together); its tau is chosen
   inside the training sets by a nested leave-one-set-out. Per held-out set: F1 before/after, drops right/wrong.
"""
from __future__ import annotations

import re
import sys
from collections import Counter

import nlp_drop_feats
from nlp_drop_feats import CUES, locate
from nlp_drop_data import f1, line_rows, messages, prf
from nlp_drop_fit import loso_probs, pick_tau, predict, train

QUOTE = re.compile(r"^\s*(?:>|-{2,}|_{3,}|on .{5,60} wrote:|from:|发件人)", re.I | re.M)


def klass(m: dict, k: int) -> str:
    """The likely reason one spurious line is there."""
    ln, want = m["got"]["lines"][k], {w["sku"] for w in m["want"]}
    if any(c["sku"] in want for c in ln.get("candidates") or []):
        return "sibling"
    q = ln.get("quantity") or 0
    if q >= 1000 or re.search(r"\d{4,}", ln.get("mention") or ""):
        return "number"
    a, b = locate(m["text"], ln.get("mention") or "")
    if a >= 0 and QUOTE.search(m["text"][:a]):
        return "quoted"
    near = m["text"][max(0, a - 40) : b + 30] if a >= 0 else ""
    if any(CUES[c].search(near) for c in ("last", "instead", "not", "stock", "ask", "was")):
        return "mentioned"
    return "other"


def show_classes(msgs: list[dict], rows: list[dict], n: int) -> None:
    """Counts per class and per set, then n cases each."""
    bad = [(r, klass(msgs[r["msg"]], r["k"])) for r in rows if r["y"]]
    print(f"spurious untuned lines: {len(bad)} of {len(rows)}; " +
          ", ".join(f"{k} {v}" for k, v in Counter(c for _, c in bad).most_common()))
    for c in ("sibling", "number", "quoted", "mentioned", "other"):
        print(f"--- {c}")
        for r, _ in [x for x in bad if x[1] == c][:n]:
            m, ln = msgs[r["msg"]], msgs[r["msg"]]["got"]["lines"][r["k"]]
            print(f"  {r['id']:9s} sku={ln['sku']} q={ln.get('quantity')} mention={ln.get('mention')!r}")
            print("     " + m["text"][:200].replace("\n", " / "))


def nested(rows: list[dict]) -> list[float]:
    """Each held-out line's drop probability, or -1 where its set's nested tau would not drop it."""
    out = [-1.0] * len(rows)
    for s in sorted({r["set"] for r in rows}, key=lambda x: int(x[3:])):
        tr = [r for r in rows if r["set"] != s]
        tau = pick_tau(tr, loso_probs(tr))
        held = [i for i, r in enumerate(rows) if r["set"] == s]
        for i, p in zip(held, predict(train(tr), [rows[i] for i in held])):
            out[i] = p if p > tau else -1.0
        print(f"  {s}: tau={tau}", file=sys.stderr, flush=True)
    return out


def table(msgs: list[dict], rows: list[dict], probs: list[float]) -> None:
    """Per set and pooled: F1 before/after, spurious lines, drops right (spurious), wrong (not), lost (a right line)."""
    print(f"{'set':8s} {'lines':>5s} {'spur':>4s} {'F1':>6s} {'F1drop':>6s} {'right':>5s} {'wrong':>5s} {'lost':>4s}")
    sets = sorted({r["set"] for r in rows}, key=lambda x: int(x[3:]))
    for g in sets + ["en", "zh", "pooled"]:
        inm = [i for i, m in enumerate(msgs) if g in (m["set"], m["lang"], "pooled")]
        keep = set(inm)
        sub = [(r, p) for r, p in zip(rows, probs) if r["msg"] in keep]
        drop = {(r["msg"], r["k"]) for r, p in sub if p > 0}
        sel = [msgs[i] for i in inm]
        remap = {mi: j for j, mi in enumerate(inm)}
        d2 = {(remap[a], b) for a, b in drop}
        right = sum(1 for r, p in sub if p > 0 and r["y"])
        print(f"{g:8s} {len(sub):5d} {sum(r['y'] for r, _ in sub):4d} {f1(prf(sel, set())):6.4f} "
              f"{f1(prf(sel, d2)):6.4f} {right:5d} {len(drop) - right:5d} {sum(1 for r, p in sub if p > 0 and r['tp']):4d}")


def main() -> None:
    """Classes, then the nested leave-one-set-out table and each drop."""
    n = int(sys.argv[sys.argv.index("--cases") + 1]) if "--cases" in sys.argv else 6
    nlp_drop_feats.WORDS = "--no-words" not in sys.argv
    msgs = messages()
    rows = line_rows(msgs)
    show_classes(msgs, rows, n)
    probs = nested(rows)
    table(msgs, rows, probs)
    for r, p in zip(rows, probs):
        if p > 0:
            ln = msgs[r["msg"]]["got"]["lines"][r["k"]]
            print(f"  {'RIGHT' if r['y'] else 'LOST ' if r['tp'] else 'WRONG'} {r['id']:9s} p={p:.2f} sku={ln['sku']} mention={ln.get('mention')!r}")


if __name__ == "__main__":
    main()
