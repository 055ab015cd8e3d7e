"""Probe: would a learned re-ranker of the matcher's candidates help? (measures only, changes nothing in nlp/)

    PYTHONPATH=$PWD .venv/bin/python bench/nlp_rerank_probe.py [--lang en|zh] [--untuned] [--no-current]

--untuned reads each set with the rules of the commit before it was tuned on (nlp/calibration_untuned.json;
dev has no such commit); --no-current drops the "is the line's SKU now" feature (matcher signals only).
Columns: t5none = top-5 lines that abstained (no SKU), t5m1st = the matcher's first was right but the line
took another, a_line = absent with a line read (paired by position) whose top-5 lacks the SKU.

1. Every expected line is put in one of three bins by the extractor line paired with it: the expected SKU is
   the line's SKU ("first"), among ex.matcher.match(mention, top=5) but not the line's SKU ("top5"), or
   neither / no line at all ("absent"). Pairing: same SKU first, then greedily the unpaired output line whose
   top-5 holds the expected SKU (best rank), else nothing.
2. A numpy logistic regression over the candidates of paired lines (score, rank, gap to the first, coverage,
   mention cover, whether it is the line's current SKU, sibling words said/unsaid), trained leave-one-set-out (en and zh of a round
   together), picks the highest-probability candidate: lines it puts right and lines it breaks per held-out set.
Tuning sets only: holdouts, dev14, dev19 and dev20 are never read.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from nlp.catalog import load_catalog
from nlp.extractor import Extractor
from nlp_untuned import run_at
from held_sets import is_held

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
UNTUNED = ROOT / "nlp" / "calibration_untuned.json"
TOP = 5
WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
SET = re.compile(r"_(dev\d*)\.jsonl$")


def tuning_files(lang: str | None) -> list[Path]:
    """The tuning sets, never the held-out ones."""
    files = sorted(p for p in DATA.glob("extraction_*.jsonl") if not is_held(p.name))
    return [f for f in files if not lang or f"_{lang}_" in f.name]


def candidates(ex: Extractor, line: dict) -> list[dict]:
    """The line's top-5 matcher candidates with their features (the line's own SKU added if missing)."""
    mention = line.get("mention") or ""
    ranked = ex.matcher.match(mention, top=TOP, customer=None) if mention else []
    # Older rules (untuned reads) may lack these signals: they then read as 0.
    cov, mcov = dict(getattr(ex.matcher, "coverage", {})), dict(getattr(ex.matcher, "mention_cover", {}))
    skus = [s for s, _ in ranked]
    if line.get("sku") and line["sku"] not in skus:
        ranked = ranked + [(line["sku"], 0.0)]
    first = ranked[0][1] if ranked else 0.0
    readable = getattr(ex.matcher, "readable", lambda t: t)  # older rules have no English reading of Chinese
    said = set(WORD.findall(readable(mention).lower())) if mention else set()
    names = {sku: set(WORD.findall(_name(ex, sku).lower())) for sku, _ in ranked}
    shared = set.intersection(*names.values()) if names else set()
    out = []
    for r, (sku, sc) in enumerate(ranked):
        nxt = ranked[1][1] if r == 0 and len(ranked) > 1 else first
        out.append({"sku": sku, "x": [sc, float(r == 0), float(r == 1), float(r >= 2), first - sc,
                                      sc - nxt if r == 0 else 0.0, cov.get(sku, 0.0), mcov.get(sku, 0.0),
                                      float(sku == line.get("sku")), float(sku in skus)] + _agree(names[sku] - shared, said)})
    return out


def _name(ex: Extractor, sku: str) -> str:
    """The catalogue name of a SKU ('' when unknown)."""
    item = getattr(ex, "by_sku", {}).get(sku)
    return item.name if item is not None else ""


def _agree(distinct: set[str], said: set[str]) -> list[float]:
    """Sibling agreement: of the words only some candidates' names have (grade, size, colour, design),
    how many the mention says and how many it does not."""
    hit = len(distinct & said)
    return [float(hit), float(len(distinct) - hit), hit / len(distinct) if distinct else 0.0]


def pair(expected: list[dict], lines: list[dict], cands: list[list[dict]]) -> list[tuple[str, int | None]]:
    """Each expected SKU with the index of its output line (None when no line holds it in its top-5)."""
    free, out, rest = set(range(len(lines))), [], []
    for e in expected:
        hit = next((i for i in sorted(free) if lines[i].get("sku") == e["sku"]), None)
        if hit is None:
            rest.append(e["sku"])
        else:
            free.discard(hit)
            out.append((e["sku"], hit))
    for sku in rest:
        best = min(((next(r for r, c in enumerate(cands[i]) if c["sku"] == sku), i) for i in free
                    if any(c["sku"] == sku for c in cands[i])), default=None)
        if best is not None:
            free.discard(best[1])
        out.append((sku, best[1] if best else None))
    # The rest by position: a line was read for the mention but its top-5 lacks the expected SKU.
    for k, (sku, i) in enumerate(out):
        if i is None and free:
            out[k] = (sku, min(free))
            free.discard(out[k][1])
    return out


def collect(files: list[Path]) -> list[dict]:
    """One row per expected line: set, lang, bin, and the paired line's candidates."""
    ex = {n: Extractor(load_catalog(DATA / f"catalog_{n}.csv")) for n in ("retail", "industrial")}
    rows = []
    for f in files:
        lang, name = ("zh" if "_zh_" in f.name else "en"), SET.search(f.name).group(1)
        for raw in f.read_text(encoding="utf-8").splitlines():
            if not raw.strip():
                continue
            m = json.loads(raw)
            e = ex[m.get("catalog", "retail")]
            got = e.extract(m["text"], dt.date.fromisoformat(m["today"]))
            lines = got.get("lines", [])
            cands = [candidates(e, ln) for ln in lines]
            for sku, i in pair([x for x in m["expected"].get("lines", []) if x.get("sku")], lines, cands):
                c = cands[i] if i is not None else []
                now = lines[i].get("sku") if i is not None else None
                inside = any(x["sku"] == sku and x["x"][9] for x in c)
                kind = "first" if now == sku else ("top5" if inside else "absent")
                rows.append({"set": name, "lang": lang, "id": m["id"], "sku": sku, "now": now, "kind": kind, "cands": c})
    return rows


def untuned_rows(files: list[Path]) -> list[dict]:
    """Rows read by the rules of the commit before each set was tuned on (nlp/calibration_untuned.json)."""
    names = {f.name for f in files}
    jobs = [(s["rev"], [f for f in s["files"] if f in names]) for s in json.loads(UNTUNED.read_text())["sets"]]
    jobs = [(rev, fs) for rev, fs in jobs if fs and not any(is_held(f) for f in fs)]

    def one(job: tuple[str, list[str]]) -> list[dict]:
        rev, fs = job
        return json.loads(run_at(rev, [__file__, "--collect", *fs]).strip().splitlines()[-1])

    with ThreadPoolExecutor(2) as pool:
        return [r for rows in pool.map(one, jobs) for r in rows]


def fit(X: np.ndarray, y: np.ndarray, lam: float = 1.0, steps: int = 400) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """L2 logistic regression by Newton steps on standardised features."""
    mu, sd = X.mean(0), X.std(0) + 1e-9
    Z = np.hstack([(X - mu) / sd, np.ones((len(X), 1))])
    w = np.zeros(Z.shape[1])
    for _ in range(min(steps, 50)):
        p = 1 / (1 + np.exp(-Z @ w))
        g = Z.T @ (p - y) + lam * np.r_[w[:-1], 0]
        H = (Z * (p * (1 - p))[:, None]).T @ Z + lam * np.diag(np.r_[np.ones(len(w) - 1), 1e-6])
        w -= np.linalg.solve(H, g)
    return w, mu, sd


def stack(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Candidate features and labels (1 = the expected SKU) of rows that have candidates."""
    X = [c["x"] for r in rows for c in r["cands"]]
    y = [float(c["sku"] == r["sku"]) for r in rows for c in r["cands"]]
    return np.array(X, float).reshape(-1, len(rows[0]["cands"][0]["x"]) if X else 0), np.array(y)


def rerank(rows: list[dict], model) -> list[str | None]:
    """The candidate each row's paired line would take under the model."""
    w, mu, sd = model
    out = []
    for r in rows:
        if not r["cands"]:
            out.append(r["now"])
            continue
        X = np.array([c["x"] for c in r["cands"]], float)
        s = np.hstack([(X - mu) / sd, np.ones((len(X), 1))]) @ w
        out.append(r["cands"][int(np.argmax(s))]["sku"])
    return out


def tally(rows: list[dict], picks: list[str | None]) -> dict:
    """Bin counts now, and lines the re-ranker fixes / breaks / leaves wrong-in-top5."""
    t = {k: sum(r["kind"] == k for r in rows) for k in ("first", "top5", "absent")}
    # Of the top-5 lines: the line abstained (no SKU), or the expected SKU is the matcher's own first.
    t["t5none"] = sum(r["kind"] == "top5" and r["now"] is None for r in rows)
    t["t5m1st"] = sum(r["kind"] == "top5" and r["now"] is not None and r["cands"][0]["sku"] == r["sku"] for r in rows)
    t["a_line"] = sum(r["kind"] == "absent" and bool(r["cands"]) for r in rows)
    t["fixed"] = sum(r["kind"] == "top5" and p == r["sku"] for r, p in zip(rows, picks))
    t["broken"] = sum(r["kind"] == "first" and p != r["sku"] for r, p in zip(rows, picks))
    t["net"] = t["fixed"] - t["broken"]
    return t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang")
    ap.add_argument("--lam", type=float, default=1.0)
    ap.add_argument("--untuned", action="store_true", help="read each set with the rules before it was tuned on")
    ap.add_argument("--no-current", action="store_true", help="drop the is_current feature (matcher signals only)")
    ap.add_argument("--collect", nargs="*", help=argparse.SUPPRESS)  # internal: rows of these files as JSON
    a = ap.parse_args()
    if a.collect is not None:
        print(json.dumps(collect([DATA / f for f in a.collect])))
        return
    t0 = time.time()
    rows = untuned_rows(tuning_files(a.lang)) if a.untuned else collect(tuning_files(a.lang))
    if a.no_current:
        for c in (c for r in rows for c in r["cands"]):
            c["x"][8] = 0.0
    t1 = time.time()
    sets = sorted({r["set"] for r in rows}, key=lambda s: int(s[3:] or 1))
    picks: list[str | None] = [None] * len(rows)
    for s in sets:
        train = [r for r in rows if r["set"] != s and r["cands"]]
        model = fit(*stack(train), lam=a.lam)
        idx = [i for i, r in enumerate(rows) if r["set"] == s]
        for i, p in zip(idx, rerank([rows[i] for i in idx], model)):
            picks[i] = p
    cols = ("first", "top5", "t5none", "t5m1st", "absent", "a_line", "fixed", "broken", "net")
    print(f"{'held-out':10} {'lang':4} " + " ".join(f"{c:>6}" for c in cols))
    for s in sets:
        for lang in ("en", "zh"):
            sub = [(r, p) for r, p in zip(rows, picks) if r["set"] == s and r["lang"] == lang]
            if sub:
                t = tally([r for r, _ in sub], [p for _, p in sub])
                print(f"{s:10} {lang:4} " + " ".join(f"{t[c]:6}" for c in cols))
    for lang in ("en", "zh", None):
        sub = [(r, p) for r, p in zip(rows, picks) if lang is None or r["lang"] == lang]
        if sub:
            t = tally([r for r, _ in sub], [p for _, p in sub])
            print(f"{'POOLED':10} {lang or 'all':4} " + " ".join(f"{t[c]:6}" for c in cols))
    full = fit(*stack([r for r in rows if r["cands"]]), lam=a.lam)
    print("weights (std. features: score r0 r1 r2+ gap_first margin cov mcover is_current in_top5 said_distinct unsaid_distinct share | bias):",
          np.round(full[0], 2).tolist())
    moves = [(r["id"], r["sku"], r["now"], p) for r, p in zip(rows, picks)
             if (r["kind"] == "top5" and p == r["sku"]) or (r["kind"] == "first" and p != r["sku"])]
    for m in moves[:40]:
        print("  fixed " if m[1] == m[3] else "  broken", *m)
    print(f"read {t1 - t0:.1f} s, fits {time.time() - t1:.1f} s, {len(rows)} expected lines")


if __name__ == "__main__":
    main()
