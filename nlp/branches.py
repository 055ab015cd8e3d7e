"""Head-office allocations: "each of our 6 shops takes: 4 x red, 2 x green" orders every count that many times."""
from __future__ import annotations

import re

from nlp.numbers import parse_en_words
from nlp.postprocess import round_qty

_PLACES = r"(?:shops?|stores?|branch(?:es)?|sites?|outlets?|locations?|depots?|schools?)"
# "each of our 6 shops takes:", "for each of the 4 branches:", "per store (5 stores):" is left alone (rarer).
EACH_PLACE = re.compile(rf"\beach\s+of\s+(?:our|the|your|these|those)\s+(?P<n>\d{{1,2}}|[a-z]+)\s+{_PLACES}\b"
                        r"(?:\s+(?:takes?|needs?|gets?|wants?|will take|should get|to get|to receive))?\s*[:\-]?", re.I)


def per_place(body: str, lines: list[dict]) -> list[dict]:
    """Lines counted after an "each of our N shops" cue, their counts times N (the total to send)."""
    m = EACH_PLACE.search(body)
    n = _count(m.group("n")) if m else None
    if not n or n < 2:
        return lines
    for ln in lines:
        q = ln.get("_qty")
        if q is not None and ln.get("quantity") is not None and q.start >= m.end():
            ln["quantity"] = round_qty(ln["quantity"] * n)
    return lines


def _count(word: str) -> float | None:
    """A small count in digits or words."""
    return float(word) if word.isdigit() else parse_en_words([word.lower()])
