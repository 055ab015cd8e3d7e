"""Clause cues of the English walk: counts shared, hedged or restated, purposes, tiers, removals."""
from __future__ import annotations

import re

from nlp.pipeline import ZH_EACH_WORD
from nlp.prefilter import prefiltered

# ("Also 3mm, same.": a variant, then "same" alone closing its clause, takes the count of the line before; so does a
# clause that is only "and the X one", the "too" left unsaid: "how much if I take 24? And the blue one."; the plural
# "and the X ones" may ask of a whole range, left without a count as en20-003 is labelled)
TOO = re.compile(r"^\W*(?:and|&)\s+the\s+(?:[a-z'-]+\s+){1,3}one\W*$|\btoo\b(?!\s+(?!(?:please|pls|plz|thanks|thx|ta)\b)[a-z])|\bas well\b|,\s*(?:the\s+)?same(?:\s+(?:please|pls|again))?\s*[.!]?\s*$|\bsame (?:qty|quantity|amount|number|of|again of|for|in)\b|也要|也是|一样|同样|也(?:一起|顺便|给我)?报(?![告废销])", re.I)
EACH = prefiltered(r"\beach\b|" + ZH_EACH_WORD, re.I)
EACH_FOR = re.compile(r"(?:\d|\b[a-z]+)\s+(?:of\s+)?each\s+(?:for|if|as|to|by|in case)\b", re.I)  # "a dozen of each for the shop": a purpose
# "Might take 10. And the doorstop too": a count hedged as maybe is no count of the next item
# (while "if I take 36? And the roses one too" asks both at 36, en-dev-011)
# ("大概6吨，…也报一下": a count said as a rough guess is not the next item's either)
TENTATIVE = re.compile(r"\b(?:might|may|could)\s+(?:take|order|need|want|go for|go to)\W*$|(?:大概|大约|估计|可能|差不多)\s*(?:要|需要)?\s*$", re.I)
MAYBE = re.compile(r"\b(?:maybe|perhaps|possibly)\b", re.I)  # "and maybe the pink cups too": no count of its own
SAME_QTY = re.compile(r"\W*(?:and\s+)?(?:the\s+)?same\s+(?:qty|quantity|amount|number)(?:\s+(?:please|pls|too|again))?\W*$", re.I)
# "need 30 for a February wedding", "need 40 for Saturday's window", "need 60 before the refill market": after the
# count, what it is for or wanted before (an occasion), not what is counted
# ("u got the dino lunch boxes in stock need like 30 for party bags": after "need N for" the words name what they fill)
PURPOSE = re.compile(r"\W*(?:(?:and|but|so|i|we|i'd|we'd|would|will|need|want|about|around|roughly|approx|like)\s+)*\d+\s+"
                     r"(?:for|to cover|before|ahead of|in time for)\s+"
                     r"(?:a|an|the|our|my|their|this|next|\w+'s|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+[^\d]*$|"
                     r"\W*(?:i |we )?need (?:like |about |around )?\d+ for (?!each\b)[a-z][^\d]*$", re.I)
# ("cream calendars stay 24": the count right after the verb stays too)
STAYS_AT = prefiltered(r"\b(?:stays?|remains?|staying|remaining|still)\s+(?:at|as)\s+\d|\b(?:stays?|remains?)\s+\d", re.I)
# "cancel 12 of the 24 … - 12 is plenty": a count said before, judged enough in a clause naming nothing
JUDGED = re.compile(r"\W*(\d+)\s+(?:is|are|will be|should be|would be)\s+(?:plenty|enough|ample|loads|sufficient)\b", re.I)


def stays(body: str, s: int, e: int) -> bool:
    """Whether body[s:e] says a count stays as it is ("stay at 12") or judges one said before enough ("12 is plenty")."""
    judged = JUDGED.match(body, s, e)
    return bool(STAYS_AT.search(body, s, e) or (judged and re.search(rf"(?<![\d.]){judged.group(1)}(?![\d.])", body[:s])))
GLUED = re.compile(r"(?<![a-z])([a-z]{2,})(?=\d)")  # "rvv2*1.0", "bv2.5": a model's letters written onto its spec
TIER = prefiltered(r"\b(?:better|cheaper|lower|best|reduced)\s+(?:rate|price|deal|unit price)\b|\bprice breaks?\b|\bdiscounts?\b", re.I)
# ("on my order can you remove the X": a request's lead-in before the verb; "scratch the X off")
# ("Re order 585002: drop the gift sacks altogether": the placed order named first, then the line taken off it)
# "henrietta hen pink – 6 (crossed out)": a line struck out on the note typed up is not ordered, count or not
CROSSED = re.compile(r"\b(?:crossed|struck|scribbled|scratched|scored) (?:out|through|off)\b(?![^.?!\n]*\b(?:but|still|send|add)\b)", re.I)
# ("Hi, on our order: drop the X altogether", "for yesterday's order - remove the X": the placed order said first)
REMOVED = re.compile(r"\W*(?:re:?\s*(?:our |my |the )?(?:order|po)\s*(?:no\.?|#)?\s*[\w-]*\d[\w-]*\s*[:\-–—,]\s*|"
                     r"(?:(?:hi|hello|hiya|morning)\W+)?(?:on|in|for|re:?|to) (?:(?:our|my|the|this|that|yesterday|last|\w+day)(?:'?s)?\s+){1,2}"
                     r"(?:[\w'-]+\s+)?(?:order|po)\b\s*[:\-–—,]\s*)?"
                     r"(?:[^.?!\n]{0,40}?\b(?:can|could|would|will) you\s+)?(?:please\s+)?"
                     r"(?:drop|remove|delete|scrap|cancel|take off|take out|(?:take|scratch|strike|knock|cross) (?:the|those|these) [a-z' -]{3,40}? off)\b"
                     r"|[^.?!\n]*\b(?:removed?|deleted?|cancell?ed|cancel|drop(?:ped)?)\W*$", re.I)  # "and drop the X", "take the X off", "X: removed", "X remove"



# "also price the DN100 gate valve, same qty as the 150s": the count of the line the words after "as the" name
_SAME_AS = re.compile(r"\bsame (?:qty|quantity|amount|number) as (?:the |for the )?([a-z0-9][\w-]*?)(?:'?s)?\b", re.I)
_SAME_AS_CLAUSE = re.compile(r"\W*(?:and\s+)?(?:the\s+)?same (?:qty|quantity|amount|number) as (?:the |for the )?[\w-]+\W*$", re.I)


def _named_qty(text: str, lines: list[dict]):
    """The count of the last counted line whose mention holds the X of "same qty as the X(s)", else None."""
    m = _SAME_AS.search(text)
    # ("the 150s" names the DN150 line: a number may be glued to its code's letters)
    said = m and (rf"(?<![\d.]){m.group(1)}(?!\d)" if m.group(1).isdigit() else rf"\b{re.escape(m.group(1))}")
    named = [ln for ln in lines if said and ln.get("_qty") and re.search(said, ln.get("mention", ""), re.I)]
    return named[-1]["_qty"] if named else None


def same_as(text: str, lines: list[dict]):
    """The count a line takes by "too" / "same qty": the named line's ("same qty as the 150s"), else the last line's."""
    return _named_qty(text, lines) or (lines[-1]["_qty"] if lines else None)


def same_qty(text: str, before: list[dict]):
    """The count a clause of its own gives the line just said: "same qty" the line's before it, "same qty as the
    150s" the named line's; None when the clause says neither."""
    if SAME_QTY.match(text):
        return before[-1]["_qty"] if before else None
    return _named_qty(text, before) if _SAME_AS_CLAUSE.match(text) else None
