"""Items taken off a placed order: "cancel the 24 doormats from yesterday's order" names them between verb and order."""
from __future__ import annotations

import re
from dataclasses import replace

from nlp.quantities import Qty

# "can you cancel the 24 keep calm doormats from yesterday order", "no longer need the hydraulic oil on po 3390",
# "please cancel the 2 rolls of blue bv on so-22817": what lies between the verb and the order is the item
# (with its count); the apology or question around it names nothing.
TAKEN_OFF = re.compile(
    r"\b(?:cancel|no longer (?:need|want)|(?:don'?t|do not) (?:need|want)|remove|scrap|take off|drop)\s+"
    r"(?P<item>(?:the|those|these|our|my)\s+[^.?!\n,;()]{3,60}?)\s+(?:from|on|off|in|out of)\s+"
    r"(?:(?:my|our|the|your|this|that|last|today|yesterday|\w+day|recent|latest|current|existing)\s+){0,2}"
    r"(?:order|po|so|purchase order)\b(?:\s*(?:no\.?|#)?\s*[a-z0-9-]*\d[a-z0-9-]*)?"
    # "the paper chain kits on our order 581224 (the london ones)": the brackets still describe the item
    r"(?:\s*\((?P<more>[^()]{2,60})\))?", re.I)


def narrowed(body: str, s: int, e: int, qtys: list[Qty]) -> tuple[int, int, list[Qty]]:
    """The chunk cut down to the item a taken-off phrase names, or the chunk as it is."""
    m = TAKEN_OFF.search(body, s, e)
    if not m:
        return s, e, qtys
    a, b = m.start("item"), m.end("more") if m.group("more") else m.end("item")
    head = re.match(r"\w+\s+", body[a:b]).end() + a
    # "the 24 doormats", "the 2 rolls of blue bv": a count right after the article is the count taken off
    return a, b, [replace(q, strength=max(q.strength, 1.0)) if q.start == head else q
                  for q in qtys if a <= q.start and q.end <= b]
