"""Rows for the intent model: tuning messages with their label and the rules' UNTUNED reading (measures nothing).

Each set's rules intent comes from var/nlp_untuned/<sets>@<rev>.json (bench/nlp_untuned_dump.py), the commit before the rules were tuned
on it; dev11 (last round's judge) and dev (no untuned read) take R0's reading. Stacking must learn from the
rules' honest error rate, not from the tuned 0.999.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.clean import clean  # noqa: E402
from nlp.intent_model import INTENTS, features  # noqa: E402

UNTUNED = Path(__file__).resolve().parents[1] / "var" / "nlp_untuned"
HELD = ("holdout", "_dev14.", "_dev19.", "_dev20.")  # held judges: never read
FROM_R0 = ("dev11", "dev")  # rounds whose honest (or only) read is R0's


def _round(set_name: str) -> str:
    """Round of a file or row id: 'extraction_en_dev7.jsonl' -> 'dev7'."""
    return re.search(r"_(dev\d*)\.jsonl$", set_name).group(1)


def labelled() -> dict[str, dict]:
    """id -> {text, intent, round, lang} over the tuning files."""
    out = {}
    for path in sorted((ROOT / "tests/data").glob("extraction_*.jsonl")):
        if any(h in path.name for h in HELD):
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                m = json.loads(raw)
                out[m["id"]] = {"text": m["text"], "intent": m["expected"]["intent"], "round": _round(path.name),
                                "lang": "zh" if "_zh_" in path.name else "en"}
    return out


def readings() -> dict[str, dict]:
    """id -> the rules' honest reading ({intent, lines, ...})."""
    got = {}
    for path in sorted(UNTUNED.glob("*.json")):
        r0 = path.name.startswith("R0@")
        for row in json.loads(path.read_text(encoding="utf-8")):
            rnd = re.match(r"(?:en|zh)(\d*)-", row["id"]).group(1)
            from_r0 = ("dev" + rnd) in FROM_R0
            if r0 == from_r0:
                got[row["id"]] = row["got"]
    return got


def rows() -> list[dict]:
    """Every labelled message that has a reading, with its feature (slots, values)."""
    lab, got = labelled(), readings()
    out = []
    for mid, m in lab.items():
        if mid not in got:
            continue
        c = clean(m["text"])
        g = got[mid]
        out.append(dict(m, id=mid, rules=g["intent"], y=INTENTS.index(m["intent"]), lined=bool(g["lines"]), quoting=bool(c.history),
                        x=features(g["intent"], g["lines"], c.body, bool(c.history))))
    return out


if __name__ == "__main__":
    rs = rows()
    print(len(rs), "rows;", sum(r["rules"] == r["intent"] for r in rs), "rules right")
