"""Words a mention says against an item: "(the big one, not the 60cm)", "red no sorry cream"."""
from __future__ import annotations

import re

from nlp.attributes import COLOURS, SAME_SIZE, SIZES
from nlp.prefilter import prefiltered  # start-character look-ahead, same matches: run on every mention
from nlp.words import CORRECTION

# "(the rubber one not the knitted)", "(NOT the little ones)", ", but not the 60cm": the words up to the
# clause's end name the sibling the buyer does not mean. Only after a bracket, comma, "but" or "one": "should
# be 6 not 4" loses its counts before matching, and a count changed is no sibling said against. Only "not the":
# a sibling is pointed at ("not urgent", "not needed yet" are no item). At most three words: a longer run is a
# sentence, not a contrast. ("- the big one, not the small - x 4": a dash or the "x" of a count closes it too)
NOT_THE = prefiltered(r"((?:[(,\-–—]|\bbut\b|\bones?\b)\s*)not\s+the\s+"
                     r"((?:[a-z0-9][\w'-]*\s*){1,3}?)(?=\s*(?:[,.;:()!?]|[-–—](?!\w)|\bx\b|\bones?\b|$))", re.I)
_ATTR = "|".join(sorted((c for c in COLOURS | SIZES | frozenset(SAME_SIZE) if c.isascii()), key=len, reverse=True))
# "red no sorry cream", "large, sorry I mean medium": the first of two attribute words is taken back. Between two
# attribute words a bare "sorry" or "I mean" corrects too ("large, sorry, medium"); elsewhere it is politeness.
RETRACTED = prefiltered(rf"\b(?:{_ATTR})\b\s*,?\s*(?:{CORRECTION}|i\s+mean|sorry)\s*,?\s*(?=(?:{_ATTR})\b)", re.I)
# "(the cream one, not red)": without "the", only a colour or size word is a sibling pointed at ("not urgent" is none)
NOT_ATTR = prefiltered(rf"((?:[(,\-–—]|\bbut\b|\bones?\b)\s*)not\s+((?:{_ATTR}))(?=\s*(?:[,.;:()!?]|\bones?\b|$))", re.I)
_NUMBER = re.compile(r"\d+")
_RETRACT_WORDS = ("sorry", "wait", "rather", "mean")  # the words of CORRECTION, "i mean" and "sorry"


def said_against(text: str) -> tuple[str, str]:
    """The mention without the words it says against, and those words ("" when none)."""
    # (every way RETRACTED reads has "sorry", "wait", "rather" or "mean": a plain-ASCII mention without them, most
    # mentions, is not scanned; case folding is exact on ASCII, other text is always scanned)
    if not text.isascii() or any(w in text.lower() for w in _RETRACT_WORDS):
        text = RETRACTED.sub(" ", text)
    against: list[str] = []

    def drop(m: re.Match) -> str:
        words = m.group(2).strip()
        if _NUMBER.fullmatch(words):  # "36, not 24": an old count, no sibling
            return m.group(0)
        against.append(words)
        return m.group(1) + " "

    kept = NOT_ATTR.sub(drop, NOT_THE.sub(drop, text))
    return (kept, " ".join(against)) if against else (text, "")
