"""Rows for the intent model: tuning messages with their label and the rules' UNTUNED reading (measures nothing).

Each set's rules intent comes from var/nlp_untuned/<sets>@<rev>.json (bench/nlp_untuned_dump.py), the commit before the rules were tuned
on it; dev11, dev14, dev19, dev20 (past rounds' judges) and dev (no untuned read) take R0's reading. Stacking must learn from the
rules' honest error rate, not from the tuned 0.999.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.clean import clean  # noqa: E402
from nlp.intent_model import INTENTS, features  # noqa: E402
from nlp_untuned_dump import reads, set_of, tuning_messages  # noqa: E402

def labelled() -> dict[str, dict]:
    """id -> {text, intent, round, lang} over the tuning files."""
    return {m["id"]: {"text": m["text"], "intent": m["expected"]["intent"], "round": set_of(m["id"]),
                      "lang": "zh" if "_zh_" in f.name else "en"} for f, m in tuning_messages()}


def readings() -> dict[str, dict]:
    """id -> the rules' honest reading ({intent, lines, ...}); dev, which has no untuned commit, read by R0."""
    return {i: got for i, (_, got) in reads(with_dev=True).items()}


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
