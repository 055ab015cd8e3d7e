"""Rows for the quantity probe and trainer: per tuning message, the body and count candidates the CURRENT reader finds,
the untuned rules' lines (var/nlp_untuned dumps, bench/nlp_untuned_dump.py), the current lines and the labelled lines.

The current extractor runs once per message with `nlp.extractor.run` wrapped, so the body and its chunks' counts are
exactly what the rules read; `find_quantities` over the whole body adds the counts no chunk kept.
"""
from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import nlp.extractor as extractor_mod
from nlp.catalog import load_catalog
from nlp.extractor import Extractor
from nlp.quantities import find_quantities
from nlp_untuned_dump import reads, tuning_messages

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
CACHE = ROOT / "var" / "nlp_qty_rows.pkl"


class _Recorder:
    """Wraps the pipeline's `run` and keeps the last body and its chunks' counts."""

    def __init__(self, fn):
        self.fn, self.body, self.qs = fn, "", []

    def __call__(self, body, lang, today):
        doc = self.fn(body, lang, today)
        if not self.body:  # the first call is the message body (later ones read quoted history)
            self.body, self.qs = body, [q for *_, qs in doc._.chunks for q in qs]
        return doc


def _cands(body: str, chunk_qs: list) -> list:
    """Chunk counts first (as the rules saw them), then whole-body counts at spans no chunk count covers."""
    out, seen = list(chunk_qs), {(q.start, q.end) for q in chunk_qs}
    for q in find_quantities(body, []):
        if not any(a <= q.start < b or q.start <= a < q.end for a, b in seen):
            out.append(q)
            seen.add((q.start, q.end))
    return out


def _lines(lines: list[dict] | None) -> list[dict]:
    """Just sku, quantity, unit, mention of each line."""
    return [{k: ln.get(k) for k in ("sku", "quantity", "unit", "mention")} for ln in lines or []]


def build(refresh: bool = False) -> list[dict]:
    """Every tuning message with an untuned read, with its body, candidates and three sets of lines."""
    untuned = reads()
    if CACHE.exists() and not refresh:
        done = pickle.loads(CACHE.read_bytes())
        if set(untuned) <= {r["id"] for r in done}:
            return [r for r in done if r["id"] in untuned]
    rows, ex, cats = [], {}, {}
    rec = _Recorder(extractor_mod.run)
    extractor_mod.run = rec
    for f, m in tuning_messages():
        if m["id"] not in untuned:
            continue  # dev has no untuned read
        cat = m.get("catalog", "retail")
        if cat not in ex:
            cats[cat] = load_catalog(str(DATA / f"catalog_{cat}.csv"))
            ex[cat] = Extractor(cats[cat])
        rec.body, rec.qs = "", []
        got = ex[cat].extract(m["text"], dt.date.fromisoformat(m["today"]))
        name, old = untuned[m["id"]]
        rows.append({"id": m["id"], "set": name, "lang": "zh" if "_zh_" in f.name else "en", "catalog": cat,
                     "body": rec.body, "cands": _cands(rec.body, rec.qs), "n_chunk": len(rec.qs),
                     "intent": old.get("intent") or "other", "cur_intent": got.get("intent") or "other", "old": _lines(old.get("lines")),
                     "cur": _lines(got.get("lines")), "want": _lines(m["expected"].get("lines"))})
    extractor_mod.run = rec.fn
    CACHE.parent.mkdir(exist_ok=True)
    CACHE.write_bytes(pickle.dumps(rows))
    return rows


def catalog_items(cat: str) -> dict:
    """SKU -> CatalogItem of a catalogue (cached)."""
    if cat not in _ITEMS:
        _ITEMS[cat] = {it.sku: it for it in load_catalog(str(DATA / f"catalog_{cat}.csv"))}
    return _ITEMS[cat]


_ITEMS: dict = {}
