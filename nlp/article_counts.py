"""Whether a bare "a", "an", "half a" or "one" counts one: mostly words, a count in a few set phrases."""
from __future__ import annotations

import re

from nlp.qty import Qty

OF_AFTER = re.compile(r"\s*of\b")  # "24 of the", "one of the blue"
ONE_EACH = re.compile(r"\s+(?:of\s+)?each\b", re.I)  # "one of each", "one each": a count
# "…, just one for the window", "only one please": "one" after just/only, closing its phrase, is a count
JUST_ONE = re.compile(r"\b(?:just|only)\s+one(?=\s*(?:[,.!?;)]|$|(?:for|please|pls|thanks|of (?:those|these|them))\b))", re.I)
_ASKING = r"also|and|plus|need|want|send|order|add"  # words a count of one may follow (a clause's start too)
ONE_CODED = re.compile(rf"(?:^|\b(?:{_ASKING}|with)\s)\s*$", re.I)
CODE_NEXT = re.compile(r"\s+(?:[a-z]{1,3}\d+[a-z0-9x.-]*|\d{4,}[a-z0-9-]*)\b", re.I)  # "a DN50 ...", "an M12x50 ...", "a 6204 ..."
# "and one DN80 check valve", "please send one jumbo bag": "one" after a request's verb or "and", before goods, counts one
ONE_ASKED = re.compile(rf"(?:^|\b(?:{_ASKING}|supply|take|get))\s*$", re.I)
# (the word after it must be able to start goods: "and one more thing", "one of", "one day" are no count; nor is a
# remark or a person, a word before it or not: "also one quick question", "and one regular customer asked")
ONE_GOODS = re.compile(r"\s+(?!(?:of|more|thing|things|question|last|day|time|point|or|off|other|another|way|for|is|was|will|"
                       r"that|which|who|at|in|on|to|per|each|ones?|we|i|you|they|it)\b)"
                       r"(?!(?:[a-z]+\s+)?(?:question|query|thing|favou?r|request|note|point|issue|problem|change|"
                       r"suggestion|idea|comment|reminder|customer|client|person|colleague|member|driver|shop|store|"
                       r"branch|site)s?\b)[a-z0-9]", re.I)


def article_count(text: str, s: int, e: int, raw: str, value: float) -> Qty:
    """Score a bare "a", "an", "half a" or "one" at [s, e): words, not counts, but where they count one."""
    word = raw.strip()
    if word in ("a", "an") and ONE_CODED.search(text[max(0, s - 12) : s]) and CODE_NEXT.match(text, e):
        return Qty(s, e, value, None, 1.0)  # "also a DN50 gate valve": the article before a coded item is one
    if word == "one" and ONE_ASKED.search(text[max(0, s - 8) : s]) and ONE_GOODS.match(text, e):
        return Qty(s, e, value, None, 1.0)  # "and one DN80 check valve"
    each = word == "one" and (ONE_EACH.match(text, e) or JUST_ONE.match(text, max(0, s - 5)))
    return Qty(s, e, value, None, 1.6 if each else 1.0 if word == "one" and OF_AFTER.match(text, e) else 0)
