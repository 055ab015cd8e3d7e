"""Rows for the line-drop probe and trainer: every output line of every tuning message as read by its UNTUNED
commit (var/nlp_untuned dumps; dev11: R0's read), with its features and whether its product is wanted at all."""
from __future__ import annotations

from nlp_drop_feats import features, indices
from nlp.evaluate import _key
from nlp_untuned_dump import reads, tuning_messages


def messages() -> list[dict]:
    """Each tuning message with an untuned read: id, set, lang, text, the untuned output, the wanted lines."""
    untuned, out = reads(), []
    for f, m in tuning_messages():
        if m["id"] in untuned:  # dev has no untuned read
            name, got = untuned[m["id"]]
            out.append({"id": m["id"], "set": name, "lang": "zh" if "_zh_" in f.name else "en", "text": m["text"],
                        "got": got, "want": m["expected"].get("lines", [])})
    return out


def line_rows(msgs: list[dict]) -> list[dict]:
    """One row per output line with a product: hashed columns, label (1: its product is in no wanted line), and
    tp (the line is right as it stands: dropping it loses it)."""
    rows = []
    for mi, m in enumerate(msgs):
        lines, skus, keys = m["got"].get("lines", []), {w["sku"] for w in m["want"]}, {_key(w) for w in m["want"]}
        intent = m["got"].get("intent") or "other"
        for k, ln in enumerate(lines):
            if not ln.get("sku"):
                continue
            f = features(m["text"], intent, lines, k)
            rows.append({"msg": mi, "k": k, "set": m["set"], "lang": m["lang"], "id": m["id"], "feats": f,
                         "cols": indices(f), "y": int(ln["sku"] not in skus), "tp": _key(ln) in keys})
    return rows


def prf(msgs: list[dict], dropped: set[tuple[int, int]], keep=None) -> tuple[int, int, int]:
    """(tp, fp, fn) of the messages' lines (those indexed in `keep`, or all) with the (message, line) pairs in
    `dropped` removed (as evaluate.py)."""
    tp = fp = fn = 0
    for mi in range(len(msgs)) if keep is None else keep:
        m = msgs[mi]
        want = {_key(w) for w in m["want"]}
        have = {_key(ln) for k, ln in enumerate(m["got"].get("lines", [])) if ln.get("sku") and (mi, k) not in dropped}
        tp, fp, fn = tp + len(want & have), fp + len(have - want), fn + len(want - have)
    return tp, fp, fn


def f1(t: tuple[int, int, int]) -> float:
    """F1 from (tp, fp, fn)."""
    return 2 * t[0] / max(2 * t[0] + t[1] + t[2], 1)
