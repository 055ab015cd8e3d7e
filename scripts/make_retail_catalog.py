#!/usr/bin/env python3
"""Build tests/data/catalog_retail.csv from the UCI Online Retail invoice lines.

Source: /work/shared/data/online-retail/online_retail_full.csv.gz
(UCI Online Retail, CC BY 4.0, via databricks/Spark-The-Definitive-Guide @4ba5601e).

Rules (derived from looking at the data):
  * product stock codes are 5 digits plus an optional 1-2 letter variant suffix
    (85123A, 15056BL); everything else is a service/fee code (POST, M, D, C2, DOT,
    BANK CHARGES, AMAZONFEE, PADS, CRUK, S, B, gift_0001_xx, DCGS...), dropped;
  * suffix case is noise in the source (85123a == 85123A): codes are upper-cased;
  * cancellations (InvoiceNo starting with C), non-positive quantities and zero/negative
    unit prices are dropped: the zero-price lines carry warehouse notes ("check",
    "damages", "found", "wet pallet") instead of product descriptions;
  * two 5-digit codes are not goods (23444 Next Day Carriage, 23702 High Resolution
    Image) and gift-voucher descriptions are dropped;
  * one row per code: the most frequent description (whitespace-normalised) is `name`,
    the others are `aliases` joined with '|', most frequent first; unit is `pcs`.

Only the standard library is used. Output is sorted by sku, UTF-8, no comment lines.
"""
from __future__ import annotations

import argparse
import collections
import csv
import gzip
import re
from pathlib import Path

SRC = Path("/work/shared/data/online-retail/online_retail_full.csv.gz")
OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "catalog_retail.csv"

PRODUCT_CODE = re.compile(r"\d{5}[A-Za-z]{0,2}")
NOT_GOODS = {"23444", "23702"}
NOISE_DESC = re.compile(r"gift voucher", re.IGNORECASE)


def norm(desc: str) -> str:
    return " ".join(desc.split())


def build(src: Path) -> list[dict[str, str]]:
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    with gzip.open(src, "rt", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code = row["StockCode"].strip()
            if not PRODUCT_CODE.fullmatch(code):
                continue
            code = code.upper()
            if code in NOT_GOODS or row["InvoiceNo"].startswith("C"):
                continue
            try:
                if float(row["Quantity"]) <= 0 or float(row["UnitPrice"]) <= 0:
                    continue
            except ValueError:
                continue
            desc = norm(row["Description"] or "")
            if not desc or NOISE_DESC.search(desc):
                continue
            counts[code][desc] += 1
    out = []
    for code in sorted(counts):
        ranked = sorted(counts[code].items(), key=lambda kv: (-kv[1], kv[0]))
        name = ranked[0][0]
        aliases = [d for d, _ in ranked[1:]]
        out.append({"sku": code, "name": name, "unit": "pcs", "aliases": "|".join(aliases)})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=SRC)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows = build(args.src)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["sku", "name", "unit", "aliases"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} SKUs -> {args.out}")


if __name__ == "__main__":
    main()
