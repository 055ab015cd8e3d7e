"""Line-item accuracy of parsers.pdf on the real PDFs in ../shared/data/pdf: per-file and overall P/R/F1.

A predicted line matches a true one when (codes are equal, or one description contains the other after
normalisation) and the quantity is equal (when the truth has one). One-to-one, greedy in document order.

    .venv/bin/python bench/parse_pdf_eval.py [--shared ../shared/data] [--json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parsers.pdf import parse_pdf  # noqa: E402

OCA = "pdf/oca-edi/17.0/test_base_import_pdf_by_template/tests/data"
# Truth written from the upstream assertions (OCA/edi test_base_import_pdf_by_template): the Decathlon PO
# has 5 lines of quantity 1 (4 products and the shipping fee); the Tecnativa invoice 6 lines summing 665.
OCA_TRUTH = {
    f"{OCA}/purchase_order_declathon.pdf": [
        {"name": "Mochila de montaña", "qty": 1}, {"name": "Aislante espuma", "qty": 1},
        {"name": "Hamaca de camping", "qty": 1}, {"name": "Botiquín de primeros auxilios", "qty": 1},
        {"name": "Shipping fees", "qty": 1},
    ],
    f"{OCA}/account_invoice_tecnativa.pdf": [
        {"code": "CONS_0001", "qty": 50}, {"code": "CONS_0002", "qty": 100}, {"code": "FURN_0003", "qty": 5},
        {"code": "E-COM10", "qty": 5}, {"code": "FURN_8621", "qty": 500}, {"code": "FURN_7023", "qty": 5},
    ],
}


def _norm(text: str | None) -> str:
    """Lower case, letters and digits only (CJK kept)."""
    return re.sub(r"[\W_]+", "", (text or "").lower())


def invoice2data_truth(shared: Path) -> dict[str, list[dict]]:
    """Lines from invoice2data's compare/*.json (files with a `lines` or `line_items` list)."""
    truth = {}
    for path in sorted((shared / "pdf/invoice2data/tests/compare").glob("*.json")):
        data = json.loads(path.read_text())
        data = data[0] if isinstance(data, list) else data
        lines = []
        for row in data.get("lines") or data.get("line_items") or []:
            name = row.get("name") or row.get("desc")
            if not name and not row.get("code"):
                continue  # section headers and notes are not lines
            qty = row.get("qty")
            lines.append({"name": name, "code": row.get("code") or None, "qty": float(qty) if qty is not None else None})
        if lines:
            truth[str(path.with_suffix(".pdf").relative_to(shared))] = lines
    return truth


def _matches(pred: dict, true: dict) -> bool:
    """Same item (code, or description containment) and same quantity."""
    same_code = bool(true.get("code")) and _norm(pred.get("code")) == _norm(true["code"])
    p, t = _norm(pred.get("description")), _norm(true.get("name"))
    same_name = bool(t) and bool(p) and (t in p or (len(p) > 5 and p in t))
    qty = true.get("qty")
    same_qty = qty is None or (pred.get("quantity") is not None and abs(pred["quantity"] - float(qty)) < 1e-6)
    return (same_code or same_name) and same_qty


def score(pred: list[dict], truth: list[dict]) -> tuple[int, int, int]:
    """(true positives, predicted, true) with one-to-one greedy matching."""
    used: set[int] = set()
    tp = 0
    for true in truth:
        for i, line in enumerate(pred):
            if i not in used and _matches(line, true):
                used.add(i)
                tp += 1
                break
    return tp, len(pred), len(truth)


def prf(tp: int, npred: int, ntrue: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / npred if npred else 0.0
    r = tp / ntrue if ntrue else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    """Evaluate every PDF with ground truth and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--json", action="store_true", help="print a JSON summary instead of the table")
    args = ap.parse_args()
    truth = {**invoice2data_truth(args.shared), **OCA_TRUTH}
    rows, totals = [], [0, 0, 0]
    for rel, lines in sorted(truth.items()):
        pred = parse_pdf((args.shared / rel).read_bytes())["lines"]
        counts = score(pred, lines)
        totals = [a + b for a, b in zip(totals, counts)]
        rows.append((Path(rel).name, *counts, *prf(*counts)))
    overall = prf(*totals)
    if args.json:
        print(json.dumps({"files": {r[0]: dict(zip(["tp", "pred", "true", "p", "r", "f1"], r[1:])) for r in rows},
                          "overall": dict(zip(["p", "r", "f1"], overall))}, indent=1))
        return 0
    print(f"{'file':34} {'tp':>3} {'pred':>4} {'true':>4} {'P':>5} {'R':>5} {'F1':>5}")
    for name, tp, npred, ntrue, p, r, f1 in rows:
        print(f"{name:34} {tp:3d} {npred:4d} {ntrue:4d} {p:5.2f} {r:5.2f} {f1:5.2f}")
    print(f"{'OVERALL (micro)':34} {totals[0]:3d} {totals[1]:4d} {totals[2]:4d} "
          f"{overall[0]:5.2f} {overall[1]:5.2f} {overall[2]:5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
