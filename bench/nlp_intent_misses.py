"""List intent and due-date misses on the dev label sets (never the holdout files).

Run: PYTHONPATH=. .venv/bin/python bench/nlp_intent_misses.py [--quiet] [dev-file ...]
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.catalog import load_catalog  # noqa: E402
from nlp.extractor import Extractor  # noqa: E402

DATA = ROOT / "tests" / "data"
DEV = ["extraction_en_dev.jsonl", "extraction_en_dev2.jsonl", "extraction_en_dev3.jsonl",
       "extraction_zh_dev.jsonl", "extraction_zh_dev2.jsonl", "extraction_zh_dev3.jsonl"]


def main(args: list[str]) -> None:
    """Print each miss (unless --quiet) and the per-file intent / due-date accuracy."""
    quiet = "--quiet" in args
    files = [a for a in args if not a.startswith("--")] or DEV
    if any("holdout" in f for f in files):
        raise SystemExit("holdout files are not for tuning")
    ex = {p.stem.removeprefix("catalog_"): Extractor(load_catalog(p)) for p in DATA.glob("catalog_*.csv")}
    for name in files:
        n = ok_i = ok_d = 0
        for raw in (DATA / name).read_text(encoding="utf-8").splitlines():
            if not raw.strip():
                continue
            msg = json.loads(raw)
            exp = msg["expected"]
            got = ex[msg.get("catalog", "retail")].extract(msg["text"], dt.date.fromisoformat(msg["today"]))
            n += 1
            ok_i += got["intent"] == exp["intent"]
            ok_d += got["due_date"] == exp.get("due_date")
            if not quiet and (got["intent"] != exp["intent"] or got["due_date"] != exp.get("due_date")):
                print(json.dumps({"id": msg["id"], "today": msg["today"], "intent": [exp["intent"], got["intent"]],
                                  "due": [exp.get("due_date"), got["due_date"]], "text": msg["text"]},
                                 ensure_ascii=False))
        print(f"{name}: n={n} intent={ok_i / n:.3f} due={ok_d / n:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
