"""A family named once and then "both sizes" / "both colours" / "both the large and the small one": a line for
each of the two siblings told apart by that attribute, with the same count."""
from __future__ import annotations

import re

from nlp.attributes import COLOURS, SIZES
from nlp.siblings import promoted, same_measure

_SIZE = r"(?:small|large|big|little|medium|mini|jumbo|giant)"
_COLOUR = "|".join(sorted((c for c in COLOURS if c.isascii() and "/" not in c), key=len, reverse=True))
# "…, both sizes", "both the large and the small one", "both colours", "both the red and the blue ones"
BOTH = re.compile(rf"\bboth\s+(?:(?P<size>sizes)|(?P<colour>colou?rs)|the\s+(?:(?P<s1>{_SIZE})\s+and\s+(?:the\s+)?{_SIZE}|"
                  rf"(?P<c1>{_COLOUR})\s+and\s+(?:the\s+)?(?:{_COLOUR}))\b(?:\s+ones?)?)|"
                  # "how much are the wicker wreaths? small and large.": a sentence of the two sizes alone says both too
                  rf"(?:(?<=[.?!]\s)|(?<=[.?!]\s\s))(?:the\s+)?(?P<s2>{_SIZE})\s+(?:and|&)\s+(?:the\s+)?{_SIZE}(?:\s+ones?)?(?=\s*(?:[.?!\n]|$))", re.I)
# a sentence of a past round: both were had then, not asked now
PAST = re.compile(r"\b(?:ordered|had|bought|last (?:time|order|year)|previously)\b")
SIZE_WORDS = SIZES | {"little"}


def both_variants(sib, lines: list[dict], body: str, by_sku: dict) -> list[dict]:
    """The lines with the other sibling added where "both sizes / colours" follows a line's family."""
    low = body.lower()
    if "both" not in low and " and " not in low:  # runs for every message: most never say it
        return lines
    for m in BOTH.finditer(low):
        if PAST.search(low[max(low.rfind(c, 0, m.start()) for c in ".;!?\n") + 1 : m.end() + 30]):
            continue  # "we ordered both sizes last time, this time just the large"
        kind = SIZE_WORDS if (m.group("size") or m.group("s1") or m.group("s2")) else COLOURS
        best, where = None, -1
        for ln in lines:
            words = (ln.get("mention") or "").split()
            # (the mention may run on past "both": where its words were said before it places it)
            at = max([low.rfind(w, 0, m.start()) for w in words if len(w) > 2] or [-1]) if ln.get("sku") in by_sku else -1
            if at > where and sib.pair(ln["sku"], kind):
                best, where = ln, at
        other = best and sib.pair(best["sku"], kind)
        if other and other not in {ln.get("sku") for ln in lines} and same_measure(by_sku, other, best["sku"]):
            lines.append({**best, "sku": other, "candidates": promoted(best.get("candidates") or [], other)})
    return lines
