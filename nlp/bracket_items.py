"""A bracket that lists whole counted items ("cancel the Bath part (the 10 owl bags and the 10 fox bags)",
"same again please (10 of the lace stands, 10 lovebird pink)") read as a list after a colon."""
from __future__ import annotations

import re

# One item of such a list: a count (after "the" too), then at least two words of its own.
_PART = r"(?:the\s+)?\d+(?:\s*x)?\s+(?:of\s+the\s+)?[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)+"
_SEP = r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
# The bracket follows words on its line ("(12 red, 6 blue)" after a name alone is a split of that name, read by
# lists_en; each part there is one or two words, here at least two after the count).
_LIST = re.compile(rf"(?<=[a-z])\s*\(\s*({_PART}(?:{_SEP}{_PART})+)\s*\)(?P<end>\s*[.!?;,:]|\s*$)?", re.I | re.M)
# "the 10 owl bags": in such a list "the" points at lines of the order, the number is their count, not a pack's name
_THE_COUNT = re.compile(r"\bthe\s+(?=\d)", re.I)


def bracket_items(text: str) -> str:
    """Brackets listing two or more counted items as a colon list (their "the N" as plain counts)."""
    if "(" not in text:
        return text
    return _LIST.sub(lambda m: ": " + _THE_COUNT.sub("", m.group(1)) + (m.group("end") or ";"), text)
