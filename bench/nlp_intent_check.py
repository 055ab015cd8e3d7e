"""Intent check on real sentences: ../shared/data/text/email-intent (Yes/No: does it ask for something).

Run: .venv/bin/python bench/nlp_intent_check.py
Ask0729 served as the tuning set, testSet-qualifiedBatch as the held-out one.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.intent import classify, intent_scores, is_request  # noqa: E402

SRC = ROOT.parent / "shared" / "data" / "text" / "email-intent" / "src" / "resources"


def rows(name: str) -> list[tuple[bool, str]]:
    """(asks for something, sentence) pairs of one file."""
    out = []
    for line in (SRC / name).read_text(encoding="utf-8", errors="replace").splitlines():
        label, _, text = line.partition("\t")
        if text:
            out.append((label.strip() == "Yes", text))
    return out


def score(name: str) -> dict:
    """Accuracy of the request detector and of the order/quote/stock intent mapping."""
    data = rows(name)
    n = len(data)
    req = sum(is_request(t) == y for y, t in data)
    # Mapping of the order intents: a sentence is a request when its intent is not "other"
    # (with no catalogue, an order cue stands in for a found order line).
    mapped = sum((classify(t, 1 if intent_scores(t)["order"] else 0) != "other") == y for y, t in data)
    majority = max(sum(y for y, _ in data), n - sum(y for y, _ in data))
    return {"file": name, "sentences": n, "request_detector_acc": round(req / n, 4),
            "intent_mapping_acc": round(mapped / n, 4), "majority_baseline": round(majority / n, 4)}


if __name__ == "__main__":
    for f in ("Ask0729-fixed.txt", "testSet-qualifiedBatch-fixed.txt"):
        print(json.dumps(score(f)))
