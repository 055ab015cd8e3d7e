"""Probe: would a learned gate over clause pieces no rules line read recover missed English lines? (measures only)

    PYTHONPATH=$PWD .venv/bin/python bench/nlp_recall_probe.py [--lam 3] [--fresh] [--faithful]

Each held-out round (en of devN) starts from its UNTUNED outputs (var/nlp_untuned/ from bench/nlp_untuned_dump.py, the rules of the commit
before the round was tuned on; dev11's honest read is R0's) and the pieces are read by that commit's matcher and
count reader too (bench/nlp_untuned.run_at). bench/recall_pieces.py cuts each body (and its quoted lines) into clause
pieces and single and paired neighbours; each piece with each of its matcher's top-3 that no rules line holds is a
candidate (--faithful: only the matcher's first, only pieces most of whose words no rules line's mention says);
a logistic gate (dense matcher/layout signals + hashed words), trained
on the other rounds only, scores them; the threshold is chosen by a nested leave-one-round-out inside the training
rounds, never on the held-out one. "dev" (no untuned read; R0's read) only trains.
Columns: missed = expected lines whose SKU no output line holds; right = added lines with SKU and quantity
expected and not yet read; wrong = added lines that are not; F1 before -> after on the held-out round.
Last, the gate trained on every round is run over R0's current reads: lines added, and messages now right it breaks.

Result at 21d1cc3 (2026-11-29): no clear gain, not wired in. Default: pooled 27 right / 27 wrong added of 424 missed,
F1 0.849 -> 0.851, 4 right messages broken, 8 mended; --faithful: 17 / 17, 0.849 -> 0.850. Even the best threshold
picked on the held-out rounds themselves nets only +5..+7. The wrong additions are swaps, corrections, quoted quotes
and stock questions with counts: reading them needs the message's sense, not a span gate. Reading the pieces costs
~6.4 ms per en_dev9 message (142 chars) beside extract's own 16 ms, warm, test catalogue (a matcher call per piece):
far over a +1 ms budget. (The p50/p95 line this prints is timed during the parallel collection: cold and loaded.)
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

for _v in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")  # small matrices: BLAS threads only contend (a 15k x 42 product took 60x longer)
import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from held_sets import is_held  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
DUMPS = Path(__file__).resolve().parents[1] / "var" / "nlp_untuned"  # <sets>@<rev>.json outputs, one file per untuned commit and R0@<rev>.json
CACHE = Path(__file__).resolve().parents[1] / "var" / "recall_rows"
R0 = "21d1cc3"
KEEP = ("start", "end", "sku", "quantity", "rank", "over", "dense", "sparse")  # what a candidate row carries


def _recall():
    """bench/recall_pieces.py of this tree, loaded by path (an older commit's nlp/ is first on the path)."""
    spec = importlib.util.spec_from_file_location("recall_pieces", ROOT / "bench" / "recall_pieces.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def _key(sku, q):
    """A line as the scorer compares it."""
    return sku, None if q is None else round(float(q), 3)


def collect(dump: str, files: list[str]) -> list[dict]:
    """One row per English message: expected and read lines, and every candidate piece with its features."""
    from nlp.catalog import load_catalog
    from nlp.extractor import Extractor
    rec = _recall()
    got = {r["id"]: r["got"] for r in json.loads(Path(dump).read_text())}
    ex, idf, rows = {}, {}, []
    for f in files:
        name = re.search(r"_(dev\d*)\.jsonl$", f).group(1)
        for raw in (DATA / f).read_text(encoding="utf-8").splitlines():
            if not raw.strip():
                continue
            m = json.loads(raw)
            cat = m.get("catalog", "retail")
            if cat not in ex:
                ex[cat] = Extractor(load_catalog(DATA / f"catalog_{cat}.csv"))
                idf[cat] = rec.vocabulary(ex[cat].items)
            g = got[m["id"]]
            t0 = time.perf_counter()
            cands = rec.candidates(m["text"], g, ex[cat].matcher, ex[cat].by_sku, idf[cat])
            ms = (time.perf_counter() - t0) * 1000
            rows.append({"set": name, "id": m["id"], "ms": ms, "chars": len(m["text"]),
                         "want": [_key(x.get("sku"), x.get("quantity")) for x in m["expected"]["lines"]],
                         "have": [_key(x.get("sku"), x.get("quantity")) for x in g["lines"] if x.get("sku")],
                         "cands": [{k: c[k] for k in KEEP} for c in cands]})
    return rows


def gather(fresh: bool) -> tuple[list[dict], list[dict]]:
    """Honest rows (each round from its untuned read) and current rows (R0's read of every round)."""
    from nlp_untuned import run_at
    CACHE.mkdir(exist_ok=True)
    files = sorted(p.name for p in DATA.glob("extraction_en_*.jsonl") if not is_held(p.name))
    jobs = []
    for d in sorted(DUMPS.glob("*@*.json")):
        tag, rev = d.stem.split("@")
        if tag == "R0":
            jobs.append((d, R0, files, None))
        elif "dev11" not in tag:  # dev11's honest read is R0's (it was last round's judge)
            jobs.append((d, rev, [f for f in files if f"_{tag.split('_')[1]}." in f], rev))

    def one(job):
        d, rev, fs, old = job
        out = CACHE / f"{d.stem}.json"
        if fresh or not out.exists():
            argv = [str(Path(__file__).resolve()), "--collect", str(d), *fs]
            text = run_at(old, argv) if old else _here(argv)
            out.write_text(text.strip().splitlines()[-1])
        return d.stem, json.loads(out.read_text())

    with ThreadPoolExecutor(3) as pool:
        got = dict(pool.map(one, jobs))
    current = next((v for k, v in got.items() if k.startswith("R0@")), [])  # (none while R0's dump is written)
    honest = [r for k, v in got.items() if not k.startswith("R0@") for r in v]
    honest += [r for r in current if r["set"] in ("dev11", "dev")]
    return honest, current


def _here(argv: list[str]) -> str:
    """Run the collector with this tree's nlp/ (R0 reads)."""
    import subprocess
    env = {"PYTHONPATH": f"{ROOT}:{ROOT / 'bench'}", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, *argv], cwd=ROOT, env=env, capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError(out.stderr[-2000:])
    return out.stdout


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lam", type=float, default=3.0)
    ap.add_argument("--fresh", action="store_true", help="re-read the pieces (else var/recall_rows caches them)")
    ap.add_argument("--faithful", action="store_true",
                    help="only matcher firsts of pieces the rules left mostly unsaid")
    ap.add_argument("--collect", nargs="*", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.collect is not None:
        print(json.dumps(collect(a.collect[0], a.collect[1:])))
        return
    from recall_gate import evaluate_loso, report_current
    honest, current = gather(a.fresh)
    if a.faithful:
        honest, current = ([dict(r, cands=[c for c in r["cands"] if c["rank"] == 0 and c["over"] <= 0.5]) for r in rows]
                           for rows in (honest, current))
    ms = sorted(r["ms"] * 300 / max(r["chars"], 1) for r in current)
    if ms:
        print(f"pieces read per 300 chars of R0's reads (test catalogues, cold, parallel): p50 {ms[len(ms) // 2]:.2f} ms, "
              f"p95 {ms[int(len(ms) * 0.95)]:.2f} ms")
    model_all, thr_all = evaluate_loso(honest, a.lam)
    if current:
        report_current(current, model_all, thr_all)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "bench"))
    main()
