"""Scoring extraction against labelled messages: line P/R/F1, intent, due date, touchless."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from nlp.extractor import Extractor


@dataclass
class Report:
    """Totals of one evaluation run."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    n: int = 0
    intent_ok: int = 0
    due_ok: int = 0
    above: int = 0
    above_wrong: int = 0
    touchless: int = 0
    cases: list[dict] = field(default_factory=list)

    def summary(self) -> dict:
        """The headline figures."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        n = self.n or 1
        return {"messages": self.n, "precision": round(p, 4), "recall": round(r, 4),
                "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                "intent_accuracy": round(self.intent_ok / n, 4), "due_date_accuracy": round(self.due_ok / n, 4),
                "touchless_rate": round(self.touchless / n, 4),
                "error_rate_above_threshold": round(self.above_wrong / self.above, 4) if self.above else 0.0,
                "above_threshold": self.above}


def _key(line: dict) -> tuple[str, float | None]:
    """A line as a comparable (sku, quantity) pair."""
    q = line.get("quantity")
    return line.get("sku"), None if q is None else round(float(q), 3)


def score_one(rep: Report, msg: dict, got: dict, threshold: float) -> None:
    """Add one message's outcome to the report."""
    exp = msg["expected"]
    want = {_key(ln) for ln in exp.get("lines", [])}
    have = {_key(ln) for ln in got.get("lines", []) if ln.get("sku")}
    tp = len(want & have)
    rep.tp, rep.fp, rep.fn, rep.n = rep.tp + tp, rep.fp + len(have - want), rep.fn + len(want - have), rep.n + 1
    intent_ok = got.get("intent") == exp.get("intent")
    due_ok = got.get("due_date") == exp.get("due_date")
    unsure = any(not ln.get("sku") for ln in got.get("lines", []))
    right = intent_ok and due_ok and want == have and not unsure
    rep.intent_ok += intent_ok
    rep.due_ok += due_ok
    conf = got.get("confidence", 0.0)
    if conf >= threshold:
        rep.above += 1
        rep.above_wrong += not right
        rep.touchless += right
    if not right:
        rep.cases.append({"id": msg.get("id"), "confidence": conf, "text": msg["text"][:300],
                          "expected": exp, "got": {k: got.get(k) for k in ("intent", "lines", "due_date")}})


def evaluate(path: str | Path, extractor: Extractor, siblings: dict[str, Extractor] | None = None) -> Report:
    """Run the extractor over a labelled JSONL file; a message's "catalog" picks a sibling extractor."""
    rep = Report()
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        msg = json.loads(raw)
        ex = (siblings or {}).get(msg.get("catalog"), extractor)
        today = dt.date.fromisoformat(msg.get("today") or dt.date.today().isoformat())
        got = ex.extract(msg["text"], today)
        score_one(rep, msg, got, ex.threshold)
    rep.cases.sort(key=lambda c: -c["confidence"])
    return rep
