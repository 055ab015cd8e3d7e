"""Items recast after a bare "no,": "10 KN95 - no, a box of KN95", "10 white - no, make those red"."""
from __future__ import annotations

import re

_NO = r"\s*[-–—,]\s*no\s*[,-]?\s*"
# "10 KN95 - no, a box of KN95": the same goods counted again in packs; the pack count replaces the item
_IN_PACKS = re.compile(rf"(?<![\w.])\d+(?:\.\d+)?\s+(?P<name>[a-z0-9][\w-]*(?: [\w-]+){{0,3}}?){_NO}"
                       r"(?P<new>(?:an?|one|\d+)\s+(?:box|boxes|pack|packs|case|cases|carton|cartons|roll|rolls|bag|bags|pail|pails)"
                       r"\s+of\s+(?:the\s+)?(?P=name))\b", re.I)
# "25 yellow … plus 10 white - no, make those red": the variant just said is swapped, the count stays
_RECOLOURED = re.compile(rf"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s+(?P<old>[a-z]+){_NO}make (?:those|them|that|it|these)\s+"
                         r"(?P<new>[a-z]+)\b", re.I)


def recast(text: str) -> str:
    """The text with each item recast after "no," said as the new item alone."""
    if not re.search(r"\bno\b", text, re.I):
        return text
    text = _IN_PACKS.sub(lambda m: m.group("new"), text)
    return _RECOLOURED.sub(lambda m: f"{m.group('n')} {m.group('new')}", text)
