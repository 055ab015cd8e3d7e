"""Self-corrections that name the item they recount: "20 of the small - sorry, make the small ones 30"."""
from __future__ import annotations

import re

from nlp.numbers import SMALL_WORDS, TENS_WORDS
from nlp.quantities import number_value
from nlp.units import EN_UNIT_ALT

# A count in digits or words ("fifteen", "twenty-five"): speech says it in words, the rules that read words as
# counts look for them where counts stand, not after "the X ones"
_NUM = rf"(?:\d+(?:\.\d+)?|(?:{TENS_WORDS})(?:[\s-](?:{SMALL_WORDS}))?|{SMALL_WORDS})"
# "make the union jack ones 15", "make the vintage ones 36 instead", "make the blue 12 not 10": the item named by its
# distinguishing words, then its new count; a count said again after it ("fifteen, yeah fifteen") goes with it
RECOUNT = re.compile(rf"\bmake\s+(?:the|those|these)\s+(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){{0,3}}?)"
                     rf"(?:\s+ones?)?\s+(?P<n>{_NUM})\b(?:\s+(?:instead|not\s+{_NUM}|then|please|pls))*"
                     rf"(?:\s*,\s*(?:(?:yeah|yes|yep)\s*,?\s*)?(?P=n)\b)*", re.I)
# "sorry typo - kneeling pads 20 not 24": the item named, its new count and the count taken back, which must be the
# one said for that item before; "make it twelve boxes of the bolts", "make it 18 strawberry": the new count, then the item
NOT_RECOUNT = re.compile(rf"(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){{0,4}})\s+(?P<n>{_NUM})\s+not\s+(?P<old>{_NUM})\b", re.I)
# (without "of the" the words after the count name the item only when they are no unit: "make that 20 boxes" is a
# count; and they stay on the line: "make that 20" then a signature below names nothing)
MAKE_IT = re.compile(rf"\bmake\s+(?:it|that)\s+(?P<n>{_NUM})[ \t]+(?:(?:[a-z]+\s+)?of\s+(?:the|those|these)\s+|(?!(?:{EN_UNIT_ALT})\b))"
                     rf"(?P<name>[a-z][a-z'-]*(?:[ \t]+[a-z][a-z'-]*){{0,2}}?)(?=[ \t]*(?:[,.;!?\n]|$|[ \t]+(?:instead|please|pls|then)\b))", re.I)
# "P.S. sorry, the woodland only 12": after a take-back word, the item named and the only count now wanted
ONLY_RECOUNT = re.compile(rf"\b(?:sorry|oops|actually|correction)\b[,:\s-]*(?:the\s+)?(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){{0,3}}?)"
                          rf"(?:\s+ones?)?\s+(?:only|just)\s+(?P<n>{_NUM})\b(?!\s*(?:left|in stock|on hand))", re.I)
_FILLER = frozenset({"sorry", "typo", "oops", "and", "oh", "the", "of", "please", "pls", "correction", "no", "actually", "also", "then"})
# The take-back words just before it ("no wait,", "sorry,") go with it
_CUE_BEFORE = re.compile(r"(?:[\s,.;!?-]*\b(?:no|wait|sorry|actually|oh|oops|typo|hmm+|or rather)\b)+[\s,-]*$")
_NOT_NAMES = frozenset({"it", "that", "them", "order", "total"})


def named_recounts(text: str, restated) -> str:
    """The text with each "make the X ones N" applied to the count of the last item said before it whose words hold
    X's (`restated(said, words)`: that count's (start, end, …), self_corrections' reader of "18 of the pink"); left as
    it is when no such item is counted before (then it changes a placed order, read elsewhere)."""
    if "make" not in text:
        return _not_recounts(text, restated)
    for m in reversed(list(RECOUNT.finditer(text))):
        words = set(re.findall(r"[a-z]+", m.group("name").lower()))
        if not words or words & _NOT_NAMES:
            continue
        said = text[: m.start()]
        hit = restated(said, words)
        if hit is None:
            continue
        cue = _CUE_BEFORE.search(said)
        cut = cue.start() if cue and cue.start() > hit[1] else m.start()
        text = said[: hit[0]] + f"{number_value(m.group('n')):g}" + said[hit[1] : cut] + text[m.end() :]
    return _not_recounts(text, restated)


def _not_recounts(text: str, restated) -> str:
    """The text with each "X N not M" and "make it N of the X" applied to the count of the last item said before it
    whose words hold X's (for "not M": only when that count is M, the one taken back)."""
    if "not" not in text and "make" not in text and "only" not in text and "just" not in text:
        return text
    found = [(m, True) for m in NOT_RECOUNT.finditer(text)] + [(m, False) for m in MAKE_IT.finditer(text)] + \
        [(m, False) for m in ONLY_RECOUNT.finditer(text)]
    for m, taken_back in sorted(found, key=lambda x: -x[0].start()):
        names = [w for w in re.findall(r"[a-z]+", m.group("name").lower()) if w not in _FILLER]
        said = text[: m.start()]
        hit = restated(said, set(names)) if names else None
        if hit and not (taken_back and number_value(said[hit[0] : hit[1]]) != number_value(m.group("old"))):
            cue = _CUE_BEFORE.search(said)
            cut = cue.start() if cue and cue.start() > hit[1] else m.start()
            unit = re.sub(rf"^{_NUM}", "", said[hit[0] : hit[1]])  # "ten boxes": the count's unit word stays
            text = said[: hit[0]] + f"{number_value(m.group('n')):g}" + unit + said[hit[1] : cut] + text[m.end() :]
    return text
