"""Recall probe pieces: English clause pieces a rules read left unread, with the features a learned gate scores them by.

Lives in bench/ (not nlp/): the probe (bench/nlp_recall_probe.py) found no clear gain, so nothing here is wired in.
Only nlp modules whose API is stable since c184754 are imported: the probe runs this file under older commits' nlp/."""
from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass

from nlp.clean import clean
from nlp.mentions import cut, mention_text
from nlp.postprocess import in_unit, round_qty
from nlp.quantities import find_quantities
from nlp.text import is_cjk, normalize

WORD = re.compile(r"[a-z0-9]+(?:[.x/-][a-z0-9]+)*")
# Where one asked item ends and the next begins in prose and in lists ("3 doz X + 2 doz Y, and 4 Z")
SPLIT = re.compile(r"[;!?](?:\s|$)|\.(?:\s|$)|,\s|\s[+&]\s|\s(?:and|plus|also|then)\s|\t|\s{3,}|\s\|\s|:\s")
BULLET = re.compile(r"^\s*(?:[-*•>]+|\(?\d{1,2}[.)])\s+")
NEG = re.compile(r"\b(?:not|no|don'?t|didn'?t|cancel|instead|remove|drop|without|never|isn'?t|wasn'?t|skip)\b")
PRICE = re.compile(r"[£$€@]|\b(?:price|prices|quote|cost|how much|rate|discount)\b")
GREET = re.compile(r"\b(?:hi|hello|hiya|dear|thanks|thank|cheers|regards|best|morning|afternoon)\b")
INTENTS = ("order", "stock_query", "change", "cancel", "other")
MAX_PIECE = 140  # a longer stretch is a paragraph, not one item asked
BINS = 4096  # hashed word features
TOP = 3  # matcher candidates of a piece the gate may take
OVER = 20  # dense column: share of the piece's product words some rules line's mention already says


@dataclass
class Span:
    """One candidate stretch of the body: where it is and how it sits in its line."""

    start: int
    end: int
    line: int
    whole: bool
    bullet: bool
    paired: bool


def spans(body: str) -> list[Span]:
    """Clause pieces of each line, and each two neighbouring pieces of a line together."""
    out, pos = [], 0
    for no, raw in enumerate(body.split("\n")):
        head = BULLET.match(raw)
        base = pos + (head.end() if head else 0)
        text = raw[head.end():] if head else raw
        cuts = [0] + [x for m in SPLIT.finditer(text) for x in (m.start(), m.end())] + [len(text)]
        parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2) if text[cuts[i]:cuts[i + 1]].strip()]
        for i, (s, e) in enumerate(parts):
            for j in (i, i + 1):
                if j < len(parts) and parts[j][1] - s <= MAX_PIECE:
                    out.append(Span(base + s, base + parts[j][1], no, len(parts) == 1, bool(head), j > i))
        pos += len(raw) + 1
    return out


def vocabulary(items) -> dict[str, float]:
    """Idf of each word of the catalogue's names (how telling a word is of a product)."""
    df: dict[str, int] = {}
    for it in items:
        for w in set(WORD.findall(normalize(" ".join(it.all_names())))):
            df[w] = df.get(w, 0) + 1
    n = max(len(items), 1)
    return {w: math.log(1 + n / c) for w, c in df.items()}


def _bucket(tag: str) -> int:
    """A stable hashed column for one sparse feature."""
    return zlib.crc32(tag.encode()) % BINS


def _read(body: str, sp: Span, matcher, by_sku):
    """The piece's product words, the matcher's top-3 for them and its strongest count (None when no words)."""
    text = body[sp.start:sp.end]
    qtys = find_quantities(text, [])
    mention = mention_text(cut(text, 0, len(text), [(q.start, q.end) for q in qtys]))
    if not re.search(r"[a-z]{3}|\d[a-z]|[a-z]\d", mention):
        return None
    ranked = matcher.match(mention, top=3)
    if not ranked:
        return None
    cov, mcov = dict(getattr(matcher, "coverage", {})), dict(getattr(matcher, "mention_cover", {}))
    return text, mention, [s for s in ranked if s[0] in by_sku], qtys[0] if qtys else None, cov, mcov


def _borrowed(body: str, sp: Span, line_counts: dict):
    """The strongest count said nearest the piece in its line ("the pink and the green? 36 of each"), and how far."""
    start = body.rfind("\n", 0, sp.start) + 1
    if sp.line not in line_counts:
        end = body.find("\n", sp.start)
        said = find_quantities(body[start:end if end >= 0 else len(body)], [])
        line_counts[sp.line] = [q for q in said if q.strength >= 1]
    near = [(min(abs(q.start + start - sp.end), abs(sp.start - q.end - start)), q) for q in line_counts[sp.line]]
    return min(near, key=lambda dq: dq[0], default=(0, None))


def features(body: str, sp: Span, read, rank: int, name: str, said: set[str], got: dict, idf: dict[str, float],
             counted: tuple):
    """Dense signals and hashed word columns of one candidate: a piece and one of its matcher's top-3."""
    text, mention, ranked, _, covs, mcovs = read
    q, borrowed, far, quoted, n_lines = counted
    sku, s1 = ranked[rank]
    s2 = ranked[rank + 1][1] if len(ranked) > rank + 1 else 0.0
    cov, mcov = covs.get(sku, 0.0), mcovs.get(sku, 0.0)
    words = WORD.findall(mention)
    known = [idf[w] for w in words if w in idf]
    mine = set(words)
    named = set(WORD.findall(normalize(name)))
    over = len(mine & said) / len(mine) if mine else 0.0
    lines = got.get("lines") or []
    line = body.split("\n")[sp.line]
    before = body[:sp.start]
    intent = got.get("intent")
    dense = [s1, s2, s1 - s2, ranked[0][1] - s1, float(rank == 0), float(rank == 1), cov, mcov, len(words), len(known),
             len(known) / max(len(words), 1), sum(known) / max(len(known), 1), max(known, default=0.0),
             float(q is not None), float(borrowed), min(far, 200) / 50, float(quoted), q.strength if q else 0.0,
             float(bool(q and q.unit)), math.log1p(q.value) if q else 0.0,
             over, float(over >= 0.99), float(over == 0.0),
             len(named & mine) / max(len(named), 1),
             len(named - mine), float(len(lines) == 0), float(len(lines) == 1), float(len(lines) >= 2),
             float(sum(1 for ln in lines if not ln.get("sku"))),
             *[float(intent == k) for k in INTENTS],
             float(sp.bullet), float(sp.whole), float(line.lstrip().startswith(">")), float(sp.paired),
             sp.line / max(n_lines, 1), float("?" in line), float(bool(NEG.search(text))),
             float(bool(PRICE.search(text))), float(bool(GREET.search(text))),
             float(bool(re.search(r"\b(?:regards|cheers|thanks|thank you)\b", before))), math.log1p(len(mention))]
    frame = WORD.findall(text)
    sparse = {_bucket("w:" + w) for w in words} | {_bucket("f:" + w) for w in frame if w not in mine}
    sparse |= {_bucket("p:" + w) for w in WORD.findall(before[-24:])[-2:]}
    sparse.add(_bucket("i:" + str(intent)))
    return dense, sorted(sparse)


def candidates(text: str, got: dict, matcher, by_sku, idf: dict[str, float]) -> list[dict]:
    """Every piece of an English body (quoted lines too) with each of its matcher's top-3 that no rules line holds."""
    cleaned = clean(text)
    body = normalize(cleaned.body)
    if is_cjk(body):
        return []
    # "please action the list below": quoted lines are read too, the gate knows they are quoted
    quoted_from, body = len(body), body + "\n" + normalize(getattr(cleaned, "history", "") or "")
    have = {ln.get("sku") for ln in got.get("lines") or []}
    said = {w for ln in got.get("lines") or [] for w in WORD.findall(normalize(ln.get("mention") or ""))}
    n_lines, line_counts = body.count("\n") + 1, {}
    out = []
    for sp in spans(body):
        read = _read(body, sp, matcher, by_sku)
        if read is None:
            continue
        far, q = (0, read[3]) if read[3] else _borrowed(body, sp, line_counts)
        counted = (q, read[3] is None and q is not None, far, sp.start >= quoted_from, n_lines)
        for rank, (sku, _) in enumerate(read[2][:TOP]):
            if sku in have:
                continue
            dense, sparse = features(body, sp, read, rank, by_sku[sku].name, said, got, idf, counted)
            qty = round_qty(in_unit(q, by_sku[sku])) if q else None
            out.append({"start": sp.start, "end": sp.end, "sku": sku, "quantity": qty, "mention": read[1], "rank": rank,
                        "over": dense[OVER],
                        "candidates": [{"sku": s, "score": sc} for s, sc in read[2]], "dense": dense, "sparse": sparse})
    return out
