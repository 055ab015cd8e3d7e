"""A stated count broken down by where it goes ("6 X (2 for the shop, 4 for the cafe)") is said once."""
from __future__ import annotations

import re

# "(2 for the shop, 4 for the cafe)", "- 2 for the shop and 4 for the cafe", "X: 2 for …, 4 for …": parts of a
# count said just before
_PART = r"(\d+)\s+(?:of them\s+|of those\s+)?(?:for|to|at|in)\s+(?:the|our|my)\s+[a-z' ]{2,30}?"
BREAKDOWN = re.compile(rf"(?P<open>\s*\(\s*|\s+[-–—]\s+|[,:]\s+)(?P<parts>{_PART}(?:\s*(?:,|\band\b|&|\+|/)\s*{_PART})+)"
                       r"(?P<close>\s*\)|(?=\s*(?:[.;\n]|$)))", re.I)
PART = re.compile(_PART, re.I)
TO_PLACE = re.compile(r"\d+\s+(?:of them\s+|of those\s+)?(?:for|to|at)\b", re.I)
COUNT_BEFORE = re.compile(r"(?<![\d.,])(\d+)(?!\d)[^\d\n()]{0,60}$")  # ("bunting x 20 (10 for …": the count right before)


def _places(parts: str) -> bool:
    """Whether every part sends its count for/to/at a place ("4 for the shop"), none "in" a variant ("2 in the red")."""
    return all(TO_PLACE.match(p.group(0)) for p in PART.finditer(parts))


def without_breakdowns(body: str) -> str:
    """A breakdown whose parts add up to the count said just before it is dropped: the goods are counted once; so is
    one sending only some of the count to places ("10 X (4 for the shop, 4 for the cafe)": the rest goes unsaid)."""
    for m in reversed(list(BREAKDOWN.finditer(body)) if PART.search(body) else []):
        said = COUNT_BEFORE.search(body, max(0, m.start() - 80), m.start())
        parts = [int(p.group(1)) for p in PART.finditer(m.group("parts"))]
        if said and len(parts) >= 2 and (sum(parts) == int(said.group(1)) or
                                         sum(parts) < int(said.group(1)) and _places(m.group("parts"))):
            body = body[: m.start()] + body[m.end() :]
    return body
