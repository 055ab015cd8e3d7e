#!/usr/bin/env python3
"""Check the labelled evaluation files in tests/data against their catalogs.

Usage: python tests/data/validate.py      (exit status 1 if anything is wrong)

Checks: JSON per line; required keys; unique ids across all files; catalog is `retail` or
`industrial`; every SKU exists in that catalog; quantities are positive numbers, 0 only for `change`
lines, null only for quote / stock_query / cancel; a SKU at most once per message; `other` has no
lines; `today` and `due_date` are ISO dates and due_date >= today; matcher names files: the SKU
exists and the text is not a catalog name (matcher_names2: nor any name / alias). Prints counts per file.
Standard library only.
"""
from __future__ import annotations

import collections
import csv
import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
INTENTS = {"order", "quote", "stock_query", "other", "cancel", "change"}
# every extraction_*.jsonl in this folder (dev, holdout, dev2, holdout2, ...)
EXTRACTION = sorted(p.name for p in HERE.glob("extraction_*.jsonl"))
MATCHER = "matcher_names.jsonl"
MATCHER2 = "matcher_names2.jsonl"


def load_catalogs() -> dict[str, dict[str, dict[str, str]]]:
    cats = {}
    for name in ("retail", "industrial"):
        with open(HERE / f"catalog_{name}.csv", encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        skus = [r["sku"] for r in rows]
        assert len(skus) == len(set(skus)), f"duplicate sku in catalog_{name}.csv"
        cats[name] = {r["sku"]: r for r in rows}
    return cats


def iso(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def catalog_names(row: dict[str, str]) -> set[str]:
    """Casefolded name, Chinese name and aliases of one catalog row."""
    parts = [row.get("name") or "", row.get("name_zh") or ""] + (row.get("aliases") or "").split("|")
    return {p.strip().casefold() for p in parts if p.strip()}


def check_matcher(fname: str, cats, ids: set, err, strict: bool) -> None:
    """Check a matcher names file: keys, unique ids, SKU exists, text is not a catalog name."""
    # strict: the text must not equal any name / alias of any SKU in its catalog, not just its own
    every = {c: set().union(*(catalog_names(r) for r in cat.values())) for c, cat in cats.items()}
    n = 0
    per_cat: collections.Counter = collections.Counter()
    for k, raw in enumerate((HERE / fname).read_text(encoding="utf-8").splitlines(), 1):
        where = f"{fname}:{k}"
        obj = json.loads(raw)
        n += 1
        for key in ("id", "text", "sku", "catalog"):
            if key not in obj:
                err(where, f"missing {key}")
        if obj.get("id") in ids:
            err(where, f"duplicate id {obj.get('id')}")
        ids.add(obj.get("id"))
        cat = obj.get("catalog")
        if cat not in cats or obj.get("sku") not in cats[cat]:
            err(where, f"sku {obj.get('sku')!r} not in catalog {cat!r}")
            continue
        per_cat[cat] += 1
        text = str(obj.get("text", "")).strip().casefold()
        if not text:
            err(where, "empty text")
        elif text == cats[cat][obj["sku"]]["name"].strip().casefold():
            err(where, "text is the catalog name itself")
        elif strict and text in every[cat]:
            err(where, "text is a catalog name or alias")
    print(f"{fname}: {n} names; catalogs {dict(per_cat)}")


def main() -> int:
    cats = load_catalogs()
    errors: list[str] = []
    ids: set[str] = set()

    def err(where: str, msg: str) -> None:
        errors.append(f"{where}: {msg}")

    for name, cat in cats.items():
        units = collections.Counter(r["unit"] for r in cat.values())
        print(f"catalog_{name}.csv: {len(cat)} SKUs, units {dict(units)}")

    for fname in EXTRACTION:
        path = HERE / fname
        intents: collections.Counter = collections.Counter()
        catalogs: collections.Counter = collections.Counter()
        n = n_lines = n_due = 0
        for k, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{fname}:{k}"
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                err(where, f"bad JSON: {exc}")
                continue
            n += 1
            for key in ("id", "text", "today", "catalog", "expected"):
                if key not in obj:
                    err(where, f"missing {key}")
            if obj.get("id") in ids:
                err(where, f"duplicate id {obj.get('id')}")
            ids.add(obj.get("id"))
            if not str(obj.get("text", "")).strip():
                err(where, "empty text")
            cat = obj.get("catalog")
            if cat not in cats:
                err(where, f"unknown catalog {cat!r}")
                continue
            catalogs[cat] += 1
            try:
                today = iso(obj["today"])
            except (KeyError, ValueError):
                err(where, f"bad today {obj.get('today')!r}")
                continue
            exp = obj["expected"]
            intent = exp.get("intent")
            intents[intent] += 1
            if intent not in INTENTS:
                err(where, f"bad intent {intent!r}")
            lines = exp.get("lines")
            if not isinstance(lines, list):
                err(where, "lines is not a list")
                continue
            if intent == "other" and lines:
                err(where, "intent other with lines")
            seen = set()
            for ln in lines:
                sku, q = ln.get("sku"), ln.get("quantity")
                if sku not in cats[cat]:
                    err(where, f"sku {sku!r} not in catalog_{cat}")
                if sku in seen:
                    err(where, f"sku {sku} twice")
                seen.add(sku)
                if q is None:
                    if intent not in ("quote", "stock_query", "cancel"):
                        err(where, f"null quantity for {sku} in {intent}")
                elif not isinstance(q, (int, float)) or isinstance(q, bool):
                    err(where, f"quantity {q!r} not a number")
                elif q < 0 or (q == 0 and intent != "change"):
                    err(where, f"quantity {q} for {sku} in {intent}")
                n_lines += 1
            due = exp.get("due_date", "missing")
            if due == "missing":
                err(where, "missing due_date")
            elif due is not None:
                try:
                    d = iso(due)
                    n_due += 1
                    if d < today:
                        err(where, f"due_date {due} before today {today}")
                    if (d - today).days > 400:
                        err(where, f"due_date {due} more than 400 days after today")
                except ValueError:
                    err(where, f"bad due_date {due!r}")
        print(
            f"{fname}: {n} messages, {n_lines} lines, {n_due} with due_date; "
            f"intents {dict(sorted(intents.items()))}; catalogs {dict(catalogs)}"
        )

    check_matcher(MATCHER, cats, ids, err, strict=False)
    check_matcher(MATCHER2, cats, ids, err, strict=True)

    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
