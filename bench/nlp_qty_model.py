"""A learned count picker stacked on the rules: a softmax over a line's candidate counts (and "no count").

Not wired into nlp/: against the current (tuned) rules it turns right counts wrong (bench/nlp_qty_train.py --check);
bench/nlp_qty_probe.py has the honest figures. Kept here, in the due picker's shape, for a later round.
"""
from __future__ import annotations

import json
import math
import re
import zlib
from pathlib import Path

from nlp.qty import Qty

DIM = 1 << 12  # hashed feature space; small enough to ship as a JSON list
WEIGHTS = Path(__file__).resolve().parents[1] / "nlp" / "qty_model.json"  # where it would ship if wired
TOKEN = re.compile(r"[a-z]+|\d+(?:\.\d+)?|[\u4e00-\u9fff]")
CLAUSE = re.compile(r"[,;.!?:\n，。；！？：、]")
EACH = re.compile(r"\beach\b|\bper\b|\bevery\b|各|每", re.I)
CUES = {name: re.compile(rx, re.I) for name, rx in {
    "x": r"(?<![a-z0-9])x\s*$|×\s*$|\*\s*$", "of": r"^\s*of\b", "xR": r"^\s*(?:x|×)(?![a-z])",
    "each": r"\beach\b|各|每", "per": r"\bper\b|/", "total": r"\btotal|\bin all\b|\baltogether|共|一共|总",
    "chg": r"\bfrom\b|\bnot\b|\binstead\b|\bwas\b|原来|从|改成|改为", "to": r"\bto\s*$|\bmake (?:it|that)|改成\s*$|改为\s*$",
    "price": r"£|\$|€|¥|元|@|\bprice|\bcost", "past": r"\blast\b|\bprevious|\bhad\b|上次|之前", "stock": r"现存|库存|\bstock\b",
}.items()}


def _h(name: str) -> int:
    """A stable bucket for a feature name (Python's hash is salted per process)."""
    return zlib.crc32(name.encode("utf-8")) % DIM


def locate(body: str, mention: str) -> tuple[int, int]:
    """Where a line's mention sits in the body: the exact text, else the densest run of its words (-1 if none)."""
    i = body.find(mention) if mention else -1
    if i >= 0:
        return i, i + len(mention)
    words = [w for w in TOKEN.findall(mention.lower()) if len(w) > 2 or not w.isascii()]
    best = (0, -1, -1)
    for w in words[:3]:
        for m in re.finditer(re.escape(w), body):
            pos, hit, end = m.end(), 1, m.end()
            for v in words[words.index(w) + 1 :]:
                j = body.find(v, pos, pos + 40)
                if j >= 0:
                    pos, hit, end = j + len(v), hit + 1, j + len(v)
            best = max(best, (hit, -m.start(), end))
    return (-best[1], best[2]) if best[0] else (-1, -1)


def _between(body: str, a: int, b: int) -> str:
    """The text between two spans' facing ends."""
    return body[min(a, b) : max(a, b)]


def _dist(body: str, span: tuple[int, int], q: Qty) -> tuple[str, int, str]:
    """Side of the count against the mention (L, R, in), its gap in characters and the text between."""
    if span[0] < 0:
        return "nomention", 999, ""
    if q.end <= span[0]:
        return "L", span[0] - q.end, body[q.end : span[0]]
    if q.start >= span[1]:
        return "R", q.start - span[1], body[span[1] : q.start]
    return "in", 0, ""


def _gap_bin(n: int) -> str:
    """Coarse bins of a character gap."""
    return "g0" if n <= 2 else "g1" if n <= 10 else "g2" if n <= 30 else "g3" if n <= 80 else "g4"


def _mention_feats(body: str, span: tuple[int, int], q: Qty, others: list[tuple[int, int]]) -> list[str]:
    """Features of one mention of a count against the line's mention."""
    side, gap, mid = _dist(body, span, q)
    out = [f"side:{side}", f"gap:{side}:{_gap_bin(gap)}", f"unit:{(q.unit or '-')[:8]}",
           f"str:{min(int(q.strength * 2), 6)}", "packof" * bool(q.pack_of)]
    out += ["sameclause"] * (side == "in" or not CLAUSE.search(mid)) + ["sameline"] * ("\n" not in mid)
    toks = TOKEN.findall(mid.lower())
    out += [f"ntok:{min(len(toks), 6)}"] + ([f"mid:{side}:{t}" for t in toks] if len(toks) <= 3 else [])
    left, right = TOKEN.findall(body[max(0, q.start - 20) : q.start].lower()), TOKEN.findall(body[q.end : q.end + 20].lower())
    out += [f"L1:{w}" for w in left[-1:]] + [f"R1:{w}" for w in right[:1]]
    lw, rw = body[max(0, q.start - 16) : q.start], body[q.end : q.end + 16]
    out += [f"cL:{k}" for k, rx in CUES.items() if rx.search(lw)] + [f"cR:{k}" for k, rx in CUES.items() if rx.search(rw)]
    near = min((_dist(body, o, q)[1] for o in others if o[0] >= 0), default=999)
    out += [f"closer_other:{side}"] * (near < gap) + ["line_start"] * (body[: q.start].rstrip(" \t-*•").endswith("\n"))
    return out


def options(body: str, span: tuple[int, int], cands: list[tuple[Qty, float, bool]], rule: float | None,
            others: list[tuple[int, int]], lang: str, intent: str, name: str = "") -> list[tuple[float | None, list[str]]]:
    """The choices for one line (each distinct candidate value, the rules' value, "none") with their feature names.
    cands: (count, value in the line's unit, whether the value came by a conversion); name: the item's names and code."""
    values = sorted({v for _, v, _ in cands} | ({rule} if rule is not None else set()))
    near = sorted(cands, key=lambda c: _dist(body, span, c[0])[1])
    out: list[tuple[float | None, list[str]]] = []
    for v in values:
        mine = [c for c in cands if c[1] == v]
        f = ["C", f"C:{lang}", f"C:{intent}", f"n:{min(len(mine), 3)}", f"vals:{min(len(values), 4)}"]
        f += ["rule", f"rule:{lang}", f"rule:{intent}"] if v == rule else []
        f += ["derived"] if not mine else []
        f += ["nearest"] * bool(near and near[0][1] == v) + ["conv"] * any(c[2] for c in mine)
        f += ["raw"] * any(not c[2] for c in mine) + ["frac"] * (v != int(v)) + ["big"] * (v >= 1000)
        # "6205 bearings", "304 ball valves": a number the item's own name or code carries is rather a spec
        f += ["inname"] * bool(re.search(rf"(?<![\d.]){re.escape(f'{v:g}')}(?![\d.])", name))
        for q, _, _ in mine:
            f += _mention_feats(body, span, q, others)
        out.append((v, sorted(set(f) - {""})))
    none = ["NONE", f"NONE:{lang}", f"NONE:{intent}", f"NONE:n{min(len(values), 3)}"]
    none += ["NONE:rule_none", f"NONE:rule_none:{intent}"] if rule is None else []
    none += [f"NONE:vals{min(len(values), 3)}:{intent}"]
    out.append((None, none))
    return out


def indices(feats: list[str]) -> list[int]:
    """Hashed columns of a feature list (each name once)."""
    return sorted({_h(f) for f in feats})


class QtyModel:
    """Weights and an override threshold; `choose` keeps the rules' count unless the model is sure otherwise."""

    def __init__(self, weights: list[float], tau: float, tau_add: float):
        self.w, self.tau, self.tau_add = weights, tau, tau_add

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> "QtyModel | None":
        """The shipped model, or None when no weights file is present."""
        if not path.exists():
            return None
        data = json.loads(path.read_text())
        return cls(data["w"], data["tau"], data["tau_add"])

    def probs(self, opts: list[tuple[float | None, list[str]]]) -> list[float]:
        """Softmax probability of each option."""
        s = [sum(self.w[i] for i in indices(f)) for _, f in opts]
        top = max(s)
        e = [math.exp(x - top) for x in s]
        return [x / sum(e) for x in e]

    def choose(self, opts: list[tuple[float | None, list[str]]], rule: float | None) -> float | None:
        """The model's count when its probability passes tau (tau_add where the rules had none), else the rules'.
        A 0 is the rules' "taken off" and stays."""
        p = self.probs(opts)
        best = max(range(len(opts)), key=lambda i: p[i])
        new = opts[best][0]
        return new if new != rule and rule != 0 and p[best] > (self.tau_add if rule is None else self.tau) else rule
