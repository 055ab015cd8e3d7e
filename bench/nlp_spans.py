"""Span labels from the (sku, quantity) labels: where each expected line's product and count stand in the text.

    PYTHONPATH=$PWD:$PWD/bench .venv/bin/python bench/nlp_spans.py [--limit N]

For every TUNING message (the held judges never) and each expected line: the product mention span (the matcher,
nlp/matcher.py, over clause windows and pairs of neighbouring clauses; the best window that ranks the line's SKU
first is trimmed word by word while the SKU stays first and its score does not fall; the top-level body is preferred
over quoted history, which is taken only when no body window ranks the SKU first: "same as last time") and the count
span(s) whose value, after the item's unit / pack conversion (nlp/quantities.py, nlp/units.py), is the line's
quantity, the nearest to the product span. Lines expected at 0 (a swap's old item) and clauses whose top match is
sure and names no expected SKU are "mentioned, not wanted". Writes var/nlp_spans.jsonl (id, set, lang, text, spans
[{start, end, kind: product|count, sku, wanted, pair}]) and prints the alignment coverage. Measures only: nothing
here is wired into nlp/ (bench/nlp_structure_probe.py reads the spans).
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from nlp.catalog import CatalogItem, load_catalog
from nlp.clean import HISTORY_RE
from nlp.matcher import Matcher
from nlp.quantities import find_quantities
from nlp.units import UNIT_WORDS, convert

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "var" / "nlp_spans.jsonl"
TOP = 10  # matcher candidates read per window
TIE = 0.01  # two windows scoring this close for one SKU: the alignment is ambiguous
SURE = 0.8  # a clause's top match at least this sure (and GAP clear of the next) is a product mentioned
GAP = 0.05
WIDE = 60  # characters: a product span longer than this is reported as wide
# Clause cuts: line ends, sentence ends, brackets, list joints ("+", "&", "and", "plus"), Chinese commas
CUT = re.compile(r"\n|[!?;。！？；，、()（）\[\]+]|:(?!\d)|：|,(?!\d{3})|\.(?=\s|$|\.)|\s[-–—]\s|\s&\s|\t|\s{3,}|"
                 r"\b(?:and|plus|also|then)\b|(?:还有|另外|以及|和|与|及)", re.I)
# Inside a clause, the words that part a swap's two items ("swap the mugs for rugs", "X instead of Y", "A改成B")
SWAP_CUT = re.compile(r"\b(?:to|for|into|instead of|rather than|in place of|not|with)\b|换成|改成|改为|换|不要", re.I)
TOKEN = re.compile(r"[A-Za-z0-9][\w'\-/.#*×]*|[\u4e00-\u9fff]|\S")


def folded(text: str) -> str:
    """The text lowercased and width-folded character by character (offsets stay those of the text)."""
    return "".join(c2 if len(c2 := unicodedata.normalize("NFKC", c).lower()) == 1 else c for c in text)


def clauses(text: str) -> list[tuple[int, int]]:
    """Clause pieces of the text: (start, end) of each non-blank stretch between cuts, outer blanks off."""
    cuts = [0] + [x for m in CUT.finditer(text) for x in (m.start(), m.end())] + [len(text)]
    out = []
    for s, e in zip(cuts[::2], cuts[1::2]):
        piece = text[s:e]
        if piece.strip():
            out.append((s + len(piece) - len(piece.lstrip()), e - len(piece) + len(piece.rstrip())))
    return out


def quoted_from(text: str) -> int:
    """Where quoted history begins (a reply's header under a written body), else the text's length."""
    m = HISTORY_RE.search(text)
    return m.start() if m and text[: m.start()].strip(" \n>-") else len(text)


def is_quoted(text: str, pos: int) -> bool:
    """Whether a position is in quoted history: below a reply header or on a "> " line."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos + 1]
    return pos >= quoted_from(text) or line.lstrip().startswith((">", "＞"))


class Aligner:
    """Aligns one catalogue's labelled lines to spans of a message."""

    def __init__(self, items: list[CatalogItem]):
        self.matcher = Matcher(items)
        self.items = {it.sku: it for it in items}

    def ranked(self, text: str, s: int, e: int) -> list[tuple[str, float]]:
        """The matcher's best SKUs for text[s:e]."""
        return self.matcher.match(text[s:e], top=TOP) if text[s:e].strip() else []

    def fit(self, text: str, s: int, e: int, sku: str, head: str = "") -> float:
        """The SKU's score for the window (after an earlier clause's words, if given) when it ranks first (within
        the matcher's tie), else -1."""
        r = self.matcher.match(head + text[s:e], top=TOP) if text[s:e].strip() else []
        own = next((sc for k, sc in r if k == sku), None)
        return own if own is not None and own >= r[0][1] - 0.006 else -1.0

    def trim(self, text: str, s: int, e: int, sku: str, head: str = "") -> tuple[int, int, float]:
        """The window shrunk from each side word by word while the SKU stays first and its score does not fall."""
        best = self.fit(text, s, e, sku, head)
        for side in (0, 1):
            while True:
                toks = [(s + m.start(), s + m.end()) for m in TOKEN.finditer(text[s:e])]
                if len(toks) < 2:
                    break
                ns, ne = (toks[1][0], e) if side == 0 else (s, toks[-2][1])
                sc = self.fit(text, ns, ne, sku, head)
                if sc < best - 1e-9:
                    break
                s, e, best = ns, ne, sc
        return s, e, best

    def windows(self, text: str) -> list[tuple[int, int]]:
        """Every clause, every two neighbouring clauses, and a clause's pieces either side of a swap's words."""
        cl = clauses(text)
        parts = [(s + a, s + b) for s, e in cl if SWAP_CUT.search(text, s, e)
                 for a, b in clauses(SWAP_CUT.sub(lambda m: "\n" * len(m.group()), text[s:e]))]
        return cl + [(a[0], b[1]) for a, b in zip(cl, cl[1:]) if b[1] - a[0] <= 160] + [p for p in parts if p not in cl]

    def product(self, text: str, sku: str) -> tuple[tuple[int, int] | None, bool]:
        """The SKU's mention span and whether another, separate span scored as well (ambiguous)."""
        cands = [(self.fit(text, s, e, sku), s, e) for s, e in self.windows(text)]
        cands = [c for c in cands if c[0] > 0]
        body = [c for c in cands if not is_quoted(text, c[1])]
        pool = sorted(body or cands, key=lambda c: (-c[0], c[2] - c[1]))[:3]
        trimmed = sorted({self.trim(text, s, e, sku) for _, s, e in pool}, key=lambda t: (-t[2], t[1] - t[0]))
        if not trimmed:
            return self.elliptic(text, sku), False
        top = trimmed[0]
        # another stretch as sure on another line (the same item twice; a code beside its name on one row is not)
        rival = any(t[2] >= top[2] - TIE and (t[1] <= top[0] or t[0] >= top[1])
                    and "\n" in text[min(t[0], top[0]) : max(t[1], top[1])] for t in trimmed[1:])
        return self.head(text, top[0], top[1], sku), rival

    def elliptic(self, text: str, sku: str) -> tuple[int, int] | None:
        """A clause that names the SKU only after an earlier clause's words ("gloves blue x 24, pink x 24": the pink
        ones are gloves too); the span is the later clause's own words, trimmed."""
        cl, best = clauses(text), None
        for j, (s, e) in enumerate(cl):
            for i in range(max(0, j - 3), j):
                head = text[cl[i][0] : cl[i][1]] + " "
                if self.fit(text, s, e, sku, head) > 0:
                    got = self.trim(text, s, e, sku, head)
                    best = max(best or got, got, key=lambda t: t[2])
        return self.trim_blank(text, best[0], best[1]) if best else None

    def head(self, text: str, s: int, e: int, sku: str) -> tuple[int, int]:
        """A span over a clause cut ("the parasols, we'd like 12 black"): the first piece when it names the SKU
        alone, else the last, which tells the item apart (the head noun was said for an earlier item)."""
        pieces = [(s + a, s + b) for a, b in clauses(text[s:e])]
        if len(pieces) < 2:
            return s, e
        a, b = pieces[0] if self.fit(text, *pieces[0], sku) > 0 else pieces[-1]
        return self.trim_blank(text, a, b)

    @staticmethod
    def trim_blank(text: str, s: int, e: int) -> tuple[int, int]:
        """The span without leading fillers ("and the", "of the") a clause piece may start with."""
        m = re.match(r"(?:(?:and|the|of|plus|also|some|those|these|a|an)\s+)+", text[s:e], re.I)
        return (s + m.end(), e) if m and m.end() < e - s else (s, e)

    def counts(self, text: str, item: CatalogItem, qty: float, near: tuple[int, int] | None) -> tuple[list, bool]:
        """Count spans whose value in the item's unit is qty, nearest the product first; and whether two tie."""
        low, hits, pos = folded(text), [], 0
        for line in low.split("\n"):
            for q in find_quantities(line, []):
                vals = {q.value, convert(q.value, q.unit, item, q.pack_of)}
                if item.pack_size and UNIT_WORDS.get((q.unit or "pcs").lower(), ("count",))[0] == "count":
                    vals.add(q.value / item.pack_size)  # "300 gloves" of a box of 100 is 3 boxes
                if any(abs(v - qty) < 1e-6 for v in vals):
                    hits.append((pos + q.start, pos + q.end))
            pos += len(line) + 1
        hits = sorted(set(hits), key=lambda h: _gap(h, near, text))
        tie = len(hits) > 1 and near is not None and _gap(hits[1], near, text) - _gap(hits[0], near, text) < 5
        return hits, tie

    def align(self, text: str, lines: list[dict]) -> tuple[list[dict], list[dict]]:
        """Spans of the message and one record per expected line (product found, count found, ambiguous)."""
        spans, notes = [], []
        for i, ln in enumerate(lines):
            sku, qty = ln.get("sku"), ln.get("quantity")
            wanted = qty is None or qty > 0
            span, amb = self.product(text, sku) if sku in self.items else (None, False)
            if span:
                spans.append(_span(span, "product", sku, wanted, i))
            hits, tie = self.counts(text, self.items[sku], float(qty), span) if wanted and qty and sku in self.items \
                else ([], False)
            if hits:
                spans.append(_span(hits[0], "count", sku, wanted, i))
            notes.append({"sku": sku, "wanted": wanted, "product": bool(span), "count": bool(hits), "needs_count": bool(wanted and qty),
                          "ambiguous": amb or tie, "wide": bool(span) and span[1] - span[0] > WIDE})
        return spans + self.unwanted(text, lines, spans), notes

    def unwanted(self, text: str, lines: list[dict], spans: list[dict]) -> list[dict]:
        """Sure product mentions of clauses that name no expected SKU and overlap no aligned product span."""
        skus = {ln.get("sku") for ln in lines}
        taken = [(sp["start"], sp["end"]) for sp in spans if sp["kind"] == "product"]
        out = []
        for s, e in clauses(text):
            r = self.ranked(text, s, e)
            if not r or r[0][0] in skus or r[0][1] < SURE or (len(r) > 1 and r[0][1] - r[1][1] < GAP):
                continue
            a, b, _ = self.trim(text, s, e, r[0][0])
            if len(TOKEN.findall(text[a:b])) < (3 if re.search(r"[\u4e00-\u9fff]", text[a:b]) else 2) \
                    and not re.search(r"\d{4}", text[a:b]):
                continue  # one word ("Claire", "address") is too little to say a product is meant
            if not any(a < y and x < b for x, y in taken):
                out.append(_span((a, b), "product", r[0][0], False, -1))
                taken.append((a, b))
        return out


def _gap(h: tuple[int, int], near: tuple[int, int] | None, text: str) -> float:
    """Characters between a count and the product span; each clause cut between them counts 15 more and each line
    break 40 more ("60 owl hand warmers + 60 union jack ones": the count of its own clause)."""
    if near is None:
        return h[0]
    a, b = (h[1], near[0]) if h[1] <= near[0] else (near[1], h[0])
    if a > b:
        return 0
    return b - a + 15 * len(CUT.findall(text, a, b)) + 40 * text.count("\n", a, b)


def _span(se: tuple[int, int], kind: str, sku: str, wanted: bool, pair: int) -> dict:
    """One span record."""
    return {"start": se[0], "end": se[1], "kind": kind, "sku": sku, "wanted": wanted, "pair": pair}


def report(notes: list[tuple[str, dict]]) -> None:
    """Coverage per language: share of expected lines with a product span, with a count span, ambiguous, wide."""
    for lang in ("en", "zh", "all"):
        sel = [n for L, n in notes if lang in (L, "all")]
        needs = [n for n in sel if n["needs_count"]]
        def pct(k, pool):
            return f"{sum(n[k] for n in pool)}/{len(pool)} ({sum(n[k] for n in pool) / max(len(pool), 1):.1%})"
        print(f"{lang:3s} lines {len(sel):5d}  product {pct('product', sel)}  count {pct('count', needs)}  "
              f"ambiguous {pct('ambiguous', sel)}  wide {pct('wide', sel)}")


def main() -> None:
    """Align every tuning message, write the spans, print coverage."""
    from nlp_untuned_dump import set_of, tuning_messages
    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else None
    aligners, notes, rows = {}, [], []
    for n, (path, m) in enumerate(tuning_messages()):
        if limit is not None and n >= limit:
            break
        cat = m.get("catalog", "retail")
        if cat not in aligners:  # (setdefault would build a matcher for every message)
            aligners[cat] = Aligner(load_catalog(ROOT / f"tests/data/catalog_{cat}.csv"))
        al = aligners[cat]
        lang = "zh" if "_zh_" in path.name else "en"
        spans, per = al.align(m["text"], m["expected"].get("lines", []))
        notes += [(lang, x) for x in per]
        if "--show" in sys.argv:
            for x in per:
                if x["ambiguous"] or not x["product"] or (x["needs_count"] and not x["count"]):
                    print(m["id"], {k: v for k, v in x.items() if v}, m["text"][:160].replace("\n", " / "))
        rows.append({"id": m["id"], "set": set_of(m["id"]), "lang": lang, "text": m["text"], "spans": spans})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} messages -> {OUT.relative_to(ROOT)}; unwanted spans "
          f"{sum(not s['wanted'] for r in rows for s in r['spans'] if s['kind'] == 'product')}")
    report(notes)


if __name__ == "__main__":
    main()
