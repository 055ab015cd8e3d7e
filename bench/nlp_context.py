"""Names in context: the same people-written names alone and inside message templates.

    .venv/bin/python bench/nlp_context.py [--part odd|even|all]

Each name of tests/data/matcher_names2.jsonl is matched alone (`tandem match`) and read inside short
messages of common shapes (chat, list, table row, two items in a sentence); a template whose accuracy
falls well below the name alone shows where reading the message, not matching the name, loses lines.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.catalog import load_catalog  # noqa: E402
from nlp.extractor import Extractor  # noqa: E402

DATA = ROOT / "tests" / "data"
TODAY = dt.date(2026, 11, 25)
ONE = {
    "chat": "can we get {q} of the {n} please",
    "x_after": "{n} x {q}",
    "dash_list": "Hi, order below:\n- {n} - {q}\nThanks, Kim",
    "colon": "{n}: {q} pcs",
    "qty_first": "Please send {q} {n}. Regards, Tom",
    "need": "need {q} {n} by friday",
    "table": "Item | Qty\n{n} | {q}",
}
TWO = {
    "two_and": "Please send {q} x {n} and {q2} x {n2}, thanks",
    "two_lines": "Hello,\n{q} {n}\n{q2} {n2}\nCheers",
}


def cases(part: str) -> list[dict]:
    """The names of the chosen half (odd ids are the tuning half, even the check)."""
    rows = [json.loads(x) for x in (DATA / "matcher_names2.jsonl").read_text().splitlines() if x.strip()]
    return [r for r in rows if part == "all" or (int(r["id"].rsplit("-", 1)[1]) % 2 == 1) == (part == "odd")]


def run(part: str) -> dict:
    """Per catalog: name-alone top-1 and per-template line accuracy (right SKU and count, nothing extra)."""
    out = {}
    for cat in ("retail", "industrial"):
        ex = Extractor(load_catalog(DATA / f"catalog_{cat}.csv"))
        rows = [r for r in cases(part) if r["catalog"] == cat]
        res = {"names": len(rows), "alone": round(sum(
            (m := ex.matcher.match(r["text"], top=1)) != [] and m[0][0] == r["sku"] for r in rows) / len(rows), 3)}
        for name, tpl in ONE.items():
            ok = sum(_lines(ex, tpl.format(n=r["text"], q=12)) == {(r["sku"], 12.0)} for r in rows)
            res[name] = round(ok / len(rows), 3)
        pairs = list(zip(rows[0::2], rows[1::2]))
        for name, tpl in TWO.items():
            ok = sum(_lines(ex, tpl.format(n=a["text"], q=12, n2=b["text"], q2=30)) == {(a["sku"], 12.0), (b["sku"], 30.0)}
                     for a, b in pairs)
            res[name] = round(ok / max(len(pairs), 1), 3)
        out[cat] = res
    return out


def _lines(ex: Extractor, text: str) -> set:
    """(sku, quantity) of the lines read (a count in the catalog unit may differ from 12 for packs)."""
    got = ex.extract(text, TODAY)
    return {(ln["sku"], None if ln["quantity"] is None else float(ln["quantity"])) for ln in got["lines"]}


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="odd", choices=("odd", "even", "all"))
    print(json.dumps(run(ap.parse_args().part), indent=1))
