"""Rows for the due-date probe and trainer: each tuning message's text and found dates (current finder), the
untuned rules' intent and due date (var/nlp_untuned dumps, bench/nlp_untuned_dump.py), the current output and the label.

The current extractor runs once per message with `nlp.extractor.pick_due` wrapped, so the text and the hits
are exactly what the rules pick from (the body, and the forwarded note when the body has no date).
"""
from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import nlp.due_settle as extractor_mod  # where the rules pick the due date and the learned picker checks it
import nlp.extractor as extractor_pkg  # where each intent's reading is settled
from nlp.catalog import load_catalog
from nlp.due import resolved
from nlp.due_model import merged
from nlp.extractor import Extractor
from nlp_untuned_dump import reads, tuning_messages

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
CACHE = Path(__file__).resolve().parents[1] / "var" / "nlp_due_rows.pkl"


class _Recorder:
    """Wraps the rules' picker and keeps what it was given, each mention at the date the rules resolved it to."""

    def __init__(self, fn):
        self.fn, self.calls = fn, []

    def __call__(self, text, hits, today):
        hit = self.fn(text, hits, today)
        self.calls.append((text, resolved(list(hits), hit)))  # as the picker sees them when wired (due_settle)
        return hit


def _fresh_each_settle(rec: _Recorder, settle):
    """`settle_due` clearing the recorder first: the extractor settles again when the learned intent check overrides
    the rules, and the final settle is the read (recording both made a row's text the body twice, its dates twice)."""

    def settled(*args, **kw):
        rec.calls = []
        return settle(*args, **kw)

    return settled


def build(refresh: bool = False) -> list[dict]:
    """Every tuning message of a set with an untuned read (dev has none), with its text, hits and reads."""
    untuned, ex = reads(), {}
    done = {r["id"]: r for r in pickle.loads(CACHE.read_bytes())} if CACHE.exists() and not refresh else {}
    if set(untuned) <= set(done):
        return [r for i, r in done.items() if i in untuned]
    rows = []
    rec = _Recorder(extractor_mod.pick_due)
    extractor_mod.pick_due, model = rec, extractor_mod.DUE_MODEL
    extractor_mod.DUE_MODEL = None  # the rules' own date, not the stacked one
    settle = extractor_pkg.settle_due
    extractor_pkg.settle_due = _fresh_each_settle(rec, settle)
    for f, m in tuning_messages():
        if m["id"] not in untuned:
            continue  # dev has no untuned read
        if m["id"] in done:  # read before (the cache is per message)
            rows.append(done[m["id"]])
            continue
        cat = m.get("catalog", "retail")
        if cat not in ex:  # (setdefault would build an extractor per message)
            ex[cat] = Extractor(load_catalog(str(DATA / f"catalog_{cat}.csv")))
        rec.calls = []
        today = dt.date.fromisoformat(m["today"])
        got = ex[cat].extract(m["text"], today)
        text, hits = merged(rec.calls)
        name, old = untuned[m["id"]]
        rows.append({"id": m["id"], "set": name, "lang": "zh" if "_zh_" in f.name else "en", "today": today,
                     "text": text, "hits": hits, "intent": old.get("intent") or "other",
                     "rule": _day(old.get("due_date")), "cur": _day(got.get("due_date")),
                     "cur_intent": got.get("intent"), "want": _day(m["expected"].get("due_date"))})
    extractor_mod.pick_due, extractor_mod.DUE_MODEL, extractor_pkg.settle_due = rec.fn, model, settle
    CACHE.write_bytes(pickle.dumps(rows))
    return rows


def _day(s: str | None) -> dt.date | None:
    """An ISO date or None."""
    return dt.date.fromisoformat(s) if s else None
