"""Chat lines listing items with their counts after them ("m10x40 bolts 6 boxes m10 nuts 6 boxes"): where a written
line would put its commas, after each count rather than before it."""
from __future__ import annotations

import re

from nlp.words import STOPWORDS
from nlp.prefilter import prefiltered

WORD = re.compile(r"[a-z0-9][a-z0-9'/.-]*")
FILLER = STOPWORDS | {"ta", "tia"}  # words closing a line that name no goods ("… 20 lengths ta")
# "bells - 48 wooden hearts - 48", "stocking × 12 led lights × 24": a count after a spaced dash or "x" that follows a
# name trails it (a leading count stands before its "x"); a dash may follow a code ("dn80 - 6 no"), an "x" not
# ("m10 x 40" is a size).
MARKED = prefiltered(r"(?:(?<=[a-z)])|(?<=[a-z]\d)|(?<=[a-z]\d\d)) -\s?\d+(?:\.\d+)?(?: ?(?:pcs|no|nos|off|units))?(?!\S)"
                     r"|(?<=[a-z)]) [x×] ?\d+(?:\.\d+)?(?!\S)")
LEAD_ON = {"of", "the", "those", "these", "our", "my", "your", "x"}  # "2 sets of grey epoxy", "6 x the pinks": goods follow


def run_on_commas(line: str, run_on: re.Pattern, counted: re.Pattern) -> str:
    """A comma-less line with a comma where each counted item ends, if its counts trail their goods; else before each."""
    cuts = [m.start() for m in run_on.finditer(line)]
    if not cuts:
        return line
    trailing = [m for m in (counted.match(line, c + 1) for c in cuts) if m]
    if len(trailing) != len(cuts) or not _trails(line, trailing[0].start(), trailing[-1].end(), counted):
        return run_on.sub(", ", line)  # "6 x doormat keep calm 4 x doormat union flag": counts lead their goods
    ends = [m.end() for m in trailing if _opens_goods(line, m.end())]
    for e in reversed(ends):
        line = f"{line[:e]},{line[e:]}"
    return line


def marked_rows(line: str, counted: re.Pattern) -> str:
    """A comma-less line whose names each have a count after a dash or "x", parted after each such count into rows
    (as a list puts them under each other; a comma there reads "- 6, lunch bags" as a count leading its goods)."""
    marks = list(MARKED.finditer(line))
    if len(marks) < 2 or not _trails(line, marks[0].start(), marks[-1].end(), counted):
        return line
    for m in reversed(marks):
        if _opens_goods(line, m.end()):
            line = f"{line[:m.end()]}\n{line[m.end():].lstrip()}"
    return line


def _trails(line: str, first: int, last_end: int, counted: re.Pattern) -> bool:
    """Whether goods, no count, come before the first count and none after the last ("zinc bolts 6 boxes … 3 boxes")."""
    before = [w for w in WORD.findall(line[:first]) if w not in FILLER]
    nxt = WORD.search(line, last_end)
    closes = nxt is None or (nxt.group(0) not in LEAD_ON and not _opens_goods(line, last_end))
    return bool(before) and not counted.search(line, 0, first) and closes


def _opens_goods(line: str, at: int) -> bool:
    """Whether the word after offset `at` may start a name (not a count, a joiner or a closing word)."""
    nxt = WORD.search(line, at)
    # (a bare number of up to three digits is a count or a date; a longer one is a code, "… 4 boxes 6206")
    return nxt is not None and not re.fullmatch(r"\d{1,3}", nxt.group(0)) and nxt.group(0) not in FILLER
