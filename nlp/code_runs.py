"""Catalogue codes written one after another with only spaces between ("22725 22729 stock?"): a comma between
them, so each code is an item of its own as in "22725, 22729"."""
from __future__ import annotations

import re
from nlp.prefilter import prefiltered

# two code-like words on one line with only spaces or tabs between them
PAIR = prefiltered(r"(?<![\w-])([a-z0-9][a-z0-9-]{3,})(?=[ \t]+([a-z0-9][a-z0-9-]{3,})(?![\w-]))", re.I)


def parted_codes(text: str, skus: dict) -> str:
    """The text with ", " between two adjacent words that are both catalogue SKUs (nothing else changes)."""
    if not any(c.isdigit() for c in text):
        return text
    cuts = [m.end(1) for m in PAIR.finditer(text)
            if m.group(1).lower() in skus and m.group(2).lower() in skus and any(c.isdigit() for c in m.group(1))]
    for at in reversed(cuts):
        text = f"{text[:at]},{text[at:]}"
    return text
