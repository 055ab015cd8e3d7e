"""Probe: wrong-SKU lines whose expected SKU is a catalogue sibling of the read one (measures only).

    PYTHONPATH=$PWD .venv/bin/python bench/nlp_sibling_probe.py [--lang en|zh] [--show]

Reads the untuned outputs dumped by bench/nlp_untuned_dump.py (<sets>@<rev>.json; dev11's honest read is the
R0@<rev>.json rows) and the labels of the tuning sets. Each expected line is paired with an output line (same SKU
first, then the free line whose candidates hold it, then a free line whose SKU is its sibling).
1. Classes of the wrong-sibling lines: where the text says a word telling the expected sibling apart (mention,
   the sentence around it, elsewhere), whether only a spoken form (nlp/siblings.SPOKEN) says it, whether the text
   says the read one's instead, or nothing (unknowable); and the kind of attribute (colour, size, code ...).
2. Post-hoc: nlp.siblings.Siblings.named on each paired line (mention, or mention + sentence): lines it fixes,
   lines it breaks (right before), lines it moves from one wrong SKU to another.
Tuning sets only: holdouts, dev14, dev19, dev20 are never read.
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from nlp.attributes import COLOURS, SIZES
from nlp.catalog import load_catalog
from nlp.matcher import Matcher
from nlp.siblings import CUT, SPOKEN, Siblings, around as near, said, _words
from nlp.text import has_digit, normalize, terms
from nlp_untuned_dump import reads, tuning_messages

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


def kind(word: str) -> str:
    """The attribute kind a distinguishing word is: colour, size, material, seal, code, or design."""
    w = SPOKEN.get(word, word)
    if w in COLOURS:
        return "colour"
    if w in SIZES or w in ("s", "m", "l", "xl", "xxl", "xs", "small", "medium", "large", "med"):
        return "size"
    if w in ("zinc", "stainless", "zincplated", "galvanised", "brass", "copper", "wooden", "glass", "metal"):
        return "material"
    if w in ("2rs", "zz", "open"):
        return "seal"
    return "code" if has_digit(w) else "design"


def sentence(text: str, mention: str) -> str:
    """The sentence (or text line) of a message sharing most words with the mention."""
    want = set(terms(normalize(mention)))
    return max(CUT.split(text), key=lambda s: len(want & set(terms(normalize(s)))), default="")


def labels(lang: str | None) -> dict[str, dict]:
    """Every labelled tuning message by id."""
    return {m["id"]: m for f, m in tuning_messages() if not lang or f"_{lang}_" in f.name}


def pair(expected: list[str], lines: list[dict], sib: Siblings) -> list[tuple[str, int | None]]:
    """Each expected SKU with the index of its output line, or None."""
    free, out, rest = set(range(len(lines))), [], []
    for e in expected:
        hit = next((i for i in sorted(free) if lines[i].get("sku") == e), None)
        (rest.append(e) if hit is None else (free.discard(hit), out.append((e, hit))))
    for e in rest:
        ranks = [(next(r for r, c in enumerate(lines[i]["candidates"]) if c["sku"] == e), i) for i in sorted(free)
                 if any(c["sku"] == e for c in lines[i].get("candidates") or [])]
        ranks += [(99, i) for i in sorted(free) if lines[i].get("sku") in sib.of(e)]
        best = min(ranks, default=None)
        if best:
            free.discard(best[1])
        out.append((e, best[1] if best else None))
    return out


def classify(sib: Siblings, exp: str, got: str, mention: str, text: str) -> tuple[str, str, str]:
    """(where the expected sibling's telling words are said, kind of attribute, plain/spoken)."""
    tell_e, tell_r = sib.telling(exp, got), sib.telling(got, exp)
    diff = set(_words(sib.m.items[sib._idx(exp)].name)) - set(_words(sib.m.items[sib._idx(got)].name))
    kinds = "+".join(sorted({kind(w) for w in diff})) or "extra-word"
    for where, region in (("mention", mention), ("sentence", sentence(text, mention)), ("elsewhere", text)):
        words = said(region)
        e, r = tell_e & words, tell_r & words
        if e:
            plain = "plain" if e & set(terms(normalize(region))) else "spoken"
            return (f"{where}{'+read' if r else ''}", kinds, plain)
    return ("read's" if tell_r & said(text) else "unknowable", kinds, "-")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    sibs = {n: Siblings(Matcher(load_catalog(DATA / f"catalog_{n}.csv"))) for n in ("retail", "industrial")}
    lab, got = labels(a.lang), {i: g for i, (_, g) in reads().items()}
    classes, kinds, forms = Counter(), Counter(), Counter()
    post = {k: Counter() for k in ("mention", "sentence", "message")}
    moves = []
    for mid, m in sorted(lab.items()):
        if mid not in got:
            continue
        sib, lines = sibs[m.get("catalog", "retail")], got[mid]["lines"]
        for exp, i in pair([x["sku"] for x in m["expected"]["lines"] if x.get("sku")], lines, sib):
            read = lines[i]["sku"] if i is not None else None
            if read is None or sib._idx(read) is None:
                continue
            mention = lines[i].get("mention") or ""
            is_sib = read != exp and exp in sib.of(read)
            if is_sib:
                c = classify(sib, exp, read, mention, m["text"])
                classes[c[0]] += 1
                kinds[(c[1], c[0])] += 1
                forms[c[2]] += 1
                if a.show:
                    print(f"  {mid} {c} exp={sib.m.items[sib._idx(exp)].name!r} read={sib.m.items[sib._idx(read)].name!r} m={mention[:70]!r}")
            taken = frozenset(ln["sku"] for j, ln in enumerate(lines) if j != i and ln.get("sku"))
            for where in post:
                if where == "sentence":  # what the extractor runs (nlp/siblings.Siblings.pick)
                    pick = sib.pick(lines[i], m["text"], taken)
                else:  # the mention alone, or the whole message beside it
                    near_words = near(m["text"]) - sib.words_of(taken) if where == "message" else frozenset()
                    pick = sib.named(read, said(mention) | near_words, taken)
                if pick is None:
                    continue
                tag = "fixed" if pick == exp else "broken" if read == exp else "wrong->wrong"
                post[where][tag] += 1
                moves.append((where, tag, mid, read, pick, exp, mention[:60]))
    n = sum(classes.values())
    print(f"wrong-SKU lines whose expected SKU is a sibling of the read one: {n}")
    for k, v in classes.most_common():
        print(f"  {k:16s} {v}")
    print("said forms (first region):", dict(forms))
    print("by attribute kind (kind, class):")
    for (k, c), v in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print(f"  {k:24s} {c:16s} {v}")
    for where, t in post.items():
        print(f"post-hoc named() on {where}: fixed={t['fixed']} broken={t['broken']} wrong->wrong={t['wrong->wrong']}")
    for mv in moves:
        if a.show or mv[1] != "fixed":
            print("  ", *mv)


if __name__ == "__main__":
    main()
