"""Counts that dictation writes as words sounding alike ("ate" for eight, "won" for one, "for of the" for four
of the), read back as digits where only a count can stand; size words a phone's autocorrect turned into other
words ("12 smell ones"), read back where only a size can stand."""
from __future__ import annotations

import re

from nlp.units import EN_UNIT_ALT

_UNIT = EN_UNIT_ALT
# "ate of the scottie dogs", "ate boxes", "ate instead of four": "ate" before what a count heads is eight;
# "need ate", "make it ate", "too ate": after a word asking a count, too (not "we ate the cake", "ate out").
_ATE = re.compile(rf"\b(?:(?P<to>too|to)\s+)?ate\b(?=\s+(?:of|dozen|doz|x|instead|{_UNIT})\b)|"
                  rf"\b(?P<ask>need|want|send|order|take|make it|have) ate\b(?!\s+(?:the|a|an|it|out|in|at|all|some)\b)")
# "for of the keep calm ones": "for" never stands before "of the" but as four (the tens word before it, "twenty for
# of", is read by spoken's _HOMOPHONE_TENS first).
_FOR_OF = re.compile(r"\b(?:for|fore)(?=\s+of\s+(?:the|them|these|those)\b)")
# "… and won red diner wall clock": after "and" / an ordering verb, "won" heading an item's words is one
# (not "won the raffle", "we won a prize", "won by").
_WON = re.compile(r"\b(and|send|need|want|order|plus|also|add|get) won\b"
                  r"(?=\s+(?!(?:the|a|an|it|them|this|that|some|by|in|on|at|out|over|first|prize|award|again)\b)[a-z])")

# "4 of the torches to dozen of the tape measures": spoken's _HOMOPHONE_DOZEN has written "two dozen" after the words
# were put in digits; a count of dozens right after a plural name, dictated without a comma, starts a new item.
_DOZEN_WORD = re.compile(r"(?<=[a-z]s) (?P<n>two|four)(?=\s+(?:dozen|doz|gross)\s+of\b)")
_DIGIT = {"two": "2", "four": "4"}

# "12 hearth of wicker large and 12 smell ones": autocorrect's real word for a size, before "one(s)" it names
_SIZE_SLIP = re.compile(r"\b(smell|lager)(?=\s+ones?\b)")
_SIZE_OF = {"smell": "small", "lager": "large"}


def sound_alike_counts(text: str) -> str:
    """Dictated sound-alikes of counts ("ate", "won", "for of the") as digits, where a count stands."""
    if "ate" in text:
        text = _ATE.sub(lambda m: (m.group("ask") + " " if m.group("ask") else "to " if m.group("to") else "") + "8", text)
    if "of " in text:
        text = _FOR_OF.sub("4", text)
    if "won " in text:
        text = _WON.sub(r"\1 1", text)
    if "dozen" in text or "doz" in text or "gross" in text:
        text = _DOZEN_WORD.sub(lambda m: ", " + _DIGIT[m.group("n")], text)
    if " one" in text:
        text = _SIZE_SLIP.sub(lambda m: _SIZE_OF[m.group(1)], text)
    return text
