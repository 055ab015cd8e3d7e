"""Self-corrections that name the item they recount: "20 of the small - sorry, make the small ones 30"."""
from __future__ import annotations

import re

from nlp.numbers import SMALL_WORDS, TENS_WORDS
from nlp.quantities import number_value

# A count in digits or words ("fifteen", "twenty-five"): speech says it in words, the rules that read words as
# counts look for them where counts stand, not after "the X ones"
_NUM = rf"(?:\d+(?:\.\d+)?|(?:{TENS_WORDS})(?:[\s-](?:{SMALL_WORDS}))?|{SMALL_WORDS})"
# "make the union jack ones 15", "make the vintage ones 36 instead", "make the blue 12 not 10": the item named by its
# distinguishing words, then its new count; a count said again after it ("fifteen, yeah fifteen") goes with it
RECOUNT = re.compile(rf"\bmake\s+(?:the|those|these)\s+(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){{0,3}}?)"
                     rf"(?:\s+ones?)?\s+(?P<n>{_NUM})\b(?:\s+(?:instead|not\s+{_NUM}|then|please|pls))*"
                     rf"(?:\s*,\s*(?:(?:yeah|yes|yep)\s*,?\s*)?(?P=n)\b)*", re.I)
# The take-back words just before it ("no wait,", "sorry,") go with it
_CUE_BEFORE = re.compile(r"(?:[\s,.;!?-]*\b(?:no|wait|sorry|actually|oh|oops|hmm+|or rather)\b)+[\s,-]*$")
_NOT_NAMES = frozenset({"it", "that", "them", "order", "total"})


def named_recounts(text: str, restated) -> str:
    """The text with each "make the X ones N" applied to the count of the last item said before it whose words hold
    X's (`restated(said, words)`: that count's (start, end, …), self_corrections' reader of "18 of the pink"); left as
    it is when no such item is counted before (then it changes a placed order, read elsewhere)."""
    if "make" not in text:
        return text
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
    return text
