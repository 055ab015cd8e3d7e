"""Probe: a tagger of message structure (is the product at this span WANTED?) stacked on the rules' untuned reads.

    PYTHONPATH=$PWD:$PWD/bench .venv/bin/python bench/nlp_structure_probe.py [--en] [--align-only] [--cases N]

Runs en + zh trained together, then English alone (--en: English alone only).

Needs var/nlp_spans.jsonl (bench/nlp_spans.py) and var/nlp_untuned/ (bench/nlp_untuned_dump.py). Measures only.

Rows: every product span aligned from the labels (wanted or "mentioned, not wanted") and every product line of the
untuned reads, placed at the words of its mention that name its SKU (the aligner's trim over the mention's stretch;
labelled unwanted when its SKU is in no wanted line, left out of training when such a line sits on a wanted span:
a wrong pick, not structure). Features: bench/nlp_structure_feats.py (clause words and cues, position, quoted,
question, swap / correction position, neighbours' cues, the rules' intent). A logistic model (scipy L-BFGS, L2)
is trained leave-one-set-out (a set = a dev round, en + zh together; --en: English only); stacked, it drops rule
lines (never one counted 0) whose unwanted probability passes tau, tau chosen by a NESTED leave-one-set-out on
the training sets' own untuned reads (5 inner folds of whole sets; the tau with the best pooled F1, else never drop). --align-only: train on the
aligned spans alone. Prints the tagger's AUC, pooled honest line F1 before -> after per set, right / wrong drops.
"""
from __future__ import annotations

import json
import re
import sys

import numpy as np
from scipy import optimize, sparse

from nlp.catalog import load_catalog
from nlp.evaluate import _key
from nlp_spans import OUT as SPANS, ROOT, TOKEN, Aligner, clauses
from nlp_structure_feats import DIM, TOK, features, indices
from nlp_untuned_dump import reads, tuning_messages
from nlp_drop_data import f1, prf as _prf

TAUS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98]
L2 = 1.0
GROUPS = 5  # inner folds of the nested leave-one-set-out (groups of whole sets)
MAXITER = 60


def locate(text: str, mention: str) -> tuple[int, int] | None:
    """The stretch of the text a rules mention was read from: its words in order, each within 40 characters of
    the last (the rules drop counts and fillers from a mention), the anchor matching most words, then tightest."""
    low, words = text.lower(), TOK.findall((mention or "").lower())
    if not words:
        return None
    best = None
    for anchor in {i for w in words[:3] for i in _finds(low, w, 0, len(low))}:
        s = e = anchor
        n = 0
        for w in words:
            hit = next(iter(_finds(low, w, e, min(len(low), e + 40 + len(w)))), None)
            if hit is not None:
                e, n = hit + len(w), n + 1
        if best is None or (n, s - e) > (best[0], best[1] - best[2]):  # most words, then the tightest stretch
            best = (n, s, e)
    return (best[1], best[2]) if best and best[2] > best[1] else None


def _finds(low: str, w: str, s: int, e: int) -> list[int]:
    """Where a word stands in low[s:e], in order."""
    out, i = [], low.find(w, s, e)
    while i >= 0:
        out.append(i)
        i = low.find(w, i + 1, e)
    return out


def rule_span(al: Aligner, text: str, ln: dict) -> tuple[int, int] | None:
    """The words of a rules line's mention that name its SKU: the mention's stretch with the words at either end
    that are in none of the item's names cut off (a lexical trim: the matcher's would cost seconds a message)."""
    at = locate(text, ln.get("mention") or "")
    item = al.items.get(ln["sku"])
    if at is None or item is None:
        return at
    own = _own_words(item)
    toks = [(at[0] + m.start(), at[0] + m.end()) for m in TOKEN.finditer(text[at[0]:at[1]])]
    named = [i for i, (s, e) in enumerate(toks) if _names(text[s:e], own)]
    if not named:
        return at
    s, e = toks[named[0]][0], toks[named[-1]][1]
    pieces = [(s + a, s + b) for a, b in clauses(text[s:e])] or [(s, e)]
    # over a clause cut, the piece saying most of the item's words (the later one on a tie: "gloves blue, pink")
    return max(reversed(pieces), key=lambda p: sum(_names(w, own) for w in TOKEN.findall(text[p[0]:p[1]])))


def _own_words(item) -> frozenset[str]:
    """An item's name words (lowercased, plural s off) and the Han characters of its names."""
    words = {w.lower().rstrip("s") for n in item.all_names() for w in re.findall(r"[A-Za-z0-9]+", n)}
    return frozenset(words | {c for n in item.all_names() for c in n if "\u4e00" <= c <= "\u9fff"} | {item.sku.lower()})


def _names(token: str, own: frozenset[str]) -> bool:
    """Whether a token is one of the item's words."""
    t = token.lower()
    return t in own or t.rstrip("s") in own or (len(t) > 3 and any(t.startswith(w) for w in own if len(w) > 3))


def load(en_only: bool) -> tuple[list[dict], list[dict]]:
    """Messages with an untuned read and aligned spans, and one row per aligned product span / rules line."""
    spans = {r["id"]: r["spans"] for r in map(json.loads, SPANS.read_text(encoding="utf-8").splitlines())}
    untuned, aligners, msgs, rows = reads(), {}, [], []
    for f, m in tuning_messages():
        lang = "zh" if "_zh_" in f.name else "en"
        if m["id"] not in untuned or m["id"] not in spans or (en_only and lang == "zh"):
            continue
        cat = m.get("catalog", "retail")
        if cat not in aligners:  # (setdefault would build a matcher for every message)
            aligners[cat] = Aligner(load_catalog(ROOT / f"tests/data/catalog_{cat}.csv"))
        al = aligners[cat]
        name, got = untuned[m["id"]]
        mi, text, intent = len(msgs), m["text"], got.get("intent") or "other"
        want = m["expected"].get("lines", [])
        msgs.append({"id": m["id"], "set": name, "lang": lang, "got": got, "want": want})
        wanted = [(s["start"], s["end"]) for s in spans[m["id"]] if s["kind"] == "product" and s["wanted"]]
        for s in spans[m["id"]]:
            if s["kind"] == "product":
                rows.append(_row(mi, -1, name, features(text, s["start"], s["end"], intent, lang), not s["wanted"], True))
        skus = {w["sku"] for w in want if w.get("quantity") is None or w["quantity"] > 0}
        for k, ln in enumerate(got.get("lines", [])):
            at = rule_span(al, text, ln) if ln.get("sku") else None
            if at is None:
                continue
            y = ln["sku"] not in skus
            train = not (y and any(a < at[1] and at[0] < b for a, b in wanted))  # a wrong pick on a wanted span
            rows.append(_row(mi, k, name, features(text, *at, intent, lang), y, train))
        print(f"\r{len(msgs)} messages", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return msgs, rows


def _row(mi: int, k: int, name: str, feats: list[str], y: bool, train: bool) -> dict:
    """One span row: message, rules line (-1: an aligned span), set, hashed columns, unwanted, used in training."""
    return {"msg": mi, "k": k, "set": name, "cols": indices(feats), "y": int(y), "train": train}


def fit(rows: list[dict]) -> np.ndarray:
    """Logistic weights (last: bias) minimising the summed log loss + L2 / 2 |w|^2."""
    X = _matrix(rows)
    y = np.array([r["y"] for r in rows], dtype=float)

    def loss(w):
        z = X @ w[:-1] + w[-1]
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        g = np.append(X.T @ (p - y) + L2 * w[:-1], (p - y).sum())
        return float(np.logaddexp(0, z).sum() - y @ z + L2 / 2 * w[:-1] @ w[:-1]), g
    return optimize.minimize(loss, np.zeros(DIM + 1), jac=True, method="L-BFGS-B", options={"maxiter": MAXITER}).x


def _matrix(rows: list[dict]) -> sparse.csr_matrix:
    """Rows' hashed columns as a 0/1 sparse matrix."""
    ptr = np.cumsum([0] + [len(r["cols"]) for r in rows])
    cols = np.concatenate([r["cols"] for r in rows]) if rows else np.zeros(0, int)
    return sparse.csr_matrix((np.ones(len(cols)), cols, ptr), shape=(len(rows), DIM))


def predict(w: np.ndarray, rows: list[dict]) -> np.ndarray:
    """Unwanted probability per row."""
    return 1 / (1 + np.exp(-np.clip(_matrix(rows) @ w[:-1] + w[-1], -30, 30)))


def drops(msgs: list[dict], rows: list[dict], probs, tau: float) -> set[tuple[int, int]]:
    """Rules lines the tagger would drop at tau (never one the rules counted 0: a swap's old line)."""
    return {(r["msg"], r["k"]) for r, p in zip(rows, probs)
            if r["k"] >= 0 and p > tau and msgs[r["msg"]]["got"]["lines"][r["k"]].get("quantity") != 0}


def pick_tau(msgs: list[dict], rows: list[dict], probs, keep: set[int]) -> float:
    """The tau with the best pooled F1 over the kept messages; ties the higher; 1.0 (never) unless it gains."""
    base = f1(_prf(msgs, keep=keep, dropped=set()))
    score = {t: f1(_prf(msgs, keep=keep, dropped=drops(msgs, rows, probs, t))) for t in TAUS}
    best = max(TAUS, key=lambda t: (score[t], t))
    return best if score[best] > base + 1e-9 else 1.0


def nested(msgs: list[dict], rows: list[dict], align_only: bool) -> tuple[np.ndarray, dict[str, float]]:
    """Each row's probability from a model that never saw its set, and each set's tau from the other sets alone
    (inner folds: GROUPS groups of the training sets, each predicted by a model trained on the rest)."""
    sets = sorted({r["set"] for r in rows}, key=lambda s: int(s[3:] or 0))
    usable = [r for r in rows if r["train"] and (r["k"] < 0 or not align_only)]
    out, taus = np.zeros(len(rows)), {}
    for s in sets:
        rest = [t for t in sets if t != s]
        probs, inner = [], []
        for g in range(GROUPS):
            fold = set(rest[g::GROUPS])
            w = fit([r for r in usable if r["set"] != s and r["set"] not in fold])
            part = [r for r in rows if r["set"] in fold]
            probs.append(predict(w, part))
            inner += part
        taus[s] = pick_tau(msgs, inner, np.concatenate(probs), {i for i, m in enumerate(msgs) if m["set"] != s})
        held = [i for i, r in enumerate(rows) if r["set"] == s]
        out[held] = predict(fit([r for r in usable if r["set"] != s]), [rows[i] for i in held])
        print(f"  {s}: tau={taus[s]}", file=sys.stderr, flush=True)
    return out, taus


def auc(y: np.ndarray, p: np.ndarray) -> float:
    """Area under the ROC curve (rank form, ties halved)."""
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()) / (len(pos) * len(neg)))


def table(msgs: list[dict], rows: list[dict], probs: np.ndarray, taus: dict[str, float]) -> None:
    """Per set and pooled: honest F1 before / after, drops right (SKU in no wanted line) / wrong, right lines lost."""
    print(f"{'set':8s} {'tau':>4s} {'msgs':>5s} {'F1':>7s} {'F1 drop':>7s} {'right':>5s} {'wrong':>5s} {'lost':>4s}")
    held = {(r["msg"], r["k"]) for r, p in zip(rows, probs) if r["k"] >= 0 and p > taus[r["set"]]}
    held = drops(msgs, [r for r in rows if (r["msg"], r["k"]) in held], [1.0] * len(held), 0.0)
    ys = {(r["msg"], r["k"]): r["y"] for r in rows if r["k"] >= 0}
    for g in sorted({m["set"] for m in msgs}, key=lambda s: int(s[3:] or 0)) + ["en", "zh", "pooled"]:
        keep = {i for i, m in enumerate(msgs) if g in (m["set"], m["lang"], "pooled")}
        d = {x for x in held if x[0] in keep}
        right = sum(ys[x] for x in d)
        lost = sum(_key(msgs[a]["got"]["lines"][b]) in {_key(w) for w in msgs[a]["want"]} for a, b in d)
        print(f"{g:8s} {taus.get(g, float('nan')):4.2f} {len(keep):5d} {f1(_prf(msgs, keep=keep, dropped=set())):7.4f} "
              f"{f1(_prf(msgs, keep=keep, dropped=d)):7.4f} {right:5d} {len(d) - right:5d} {lost:4d}")


def english(msgs: list[dict], rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """The English messages and their rows alone (message indices renumbered)."""
    keep = [i for i, m in enumerate(msgs) if m["lang"] == "en"]
    new = {old: j for j, old in enumerate(keep)}
    return [msgs[i] for i in keep], [dict(r, msg=new[r["msg"]]) for r in rows if r["msg"] in new]


def run(msgs: list[dict], rows: list[dict], align_only: bool, n: int) -> None:
    """Nested leave-one-set-out, AUCs, the table, then the surest rules lines."""
    probs, taus = nested(msgs, rows, align_only)
    y = np.array([r["y"] for r in rows])
    for name, sel in (("aligned spans", [r["k"] < 0 for r in rows]), ("rules lines", [r["k"] >= 0 for r in rows])):
        sel = np.array(sel)
        print(f"leave-one-set-out AUC, {name}: {auc(y[sel], probs[sel]):.3f} ({int(y[sel].sum())} unwanted of {sel.sum()})")
    table(msgs, rows, probs, taus)
    for r, p in sorted(zip(rows, probs), key=lambda x: -x[1])[:n]:
        if r["k"] >= 0:
            ln = msgs[r["msg"]]["got"]["lines"][r["k"]]
            print(f"  {'RIGHT' if r['y'] else 'WRONG'} {msgs[r['msg']]['id']:10s} p={p:.2f} tau={taus[r['set']]} "
                  f"sku={ln['sku']} q={ln.get('quantity')} mention={ln.get('mention')!r}")


def main() -> None:
    """Rows once; then en + zh together and English alone (--en: English alone only)."""
    align_only = "--align-only" in sys.argv
    n = int(sys.argv[sys.argv.index("--cases") + 1]) if "--cases" in sys.argv else 30
    msgs, rows = load("--en" in sys.argv)
    if "--en" not in sys.argv:
        print("=== en + zh, trained together", flush=True)
        run(msgs, rows, align_only, n)
    print("=== English alone", flush=True)
    run(*english(msgs, rows), align_only, n)


if __name__ == "__main__":
    main()
