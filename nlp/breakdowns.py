"""A stated count broken down by where it goes ("6 X (2 for the shop, 4 for the cafe)") is said once."""
from __future__ import annotations

import re

# "(2 for the shop, 4 for the cafe)", "- 2 for the shop and 4 for the cafe": parts of a count said just before
_PART = r"(\d+)\s+(?:of them\s+|of those\s+)?(?:for|to|at|in)\s+(?:the|our|my)\s+[a-z' ]{2,30}?"
BREAKDOWN = re.compile(rf"(?P<open>\s*\(\s*|\s+[-–—]\s+|,\s+)(?P<parts>{_PART}(?:\s*(?:,|\band\b|&|\+|/)\s*{_PART})+)"
                       r"(?P<close>\s*\)|(?=\s*(?:[.;\n]|$)))", re.I)
PART = re.compile(_PART, re.I)
COUNT_BEFORE = re.compile(r"(?<![\d.,])(\d+)(?!\d)[^\d\n()]{1,60}$")


def without_breakdowns(body: str) -> str:
    """A breakdown whose parts add up to the count said just before it is dropped: the goods are counted once."""
    for m in reversed(list(BREAKDOWN.finditer(body)) if PART.search(body) else []):
        said = COUNT_BEFORE.search(body, max(0, m.start() - 80), m.start())
        parts = [int(p.group(1)) for p in PART.finditer(m.group("parts"))]
        if said and len(parts) >= 2 and sum(parts) == int(said.group(1)):
            body = body[: m.start()] + body[m.end() :]
    return body
