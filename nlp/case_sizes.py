"""Outer packs whose content the message states: "a case of 10 boxes … half a case", "4 cases (they come 10 to a
case)"; their counts are rewritten in what they hold."""
from __future__ import annotations

import re

from nlp.numbers import SMALL_WORDS
from nlp.quantities import number_value
from nlp.units import UNIT_WORDS

# "a case of 10 boxes of the L and half a case of M": an outer pack said with what it holds, then counted again
# without it, holds as many (5 boxes); not "2 cases of 12"
_OUTER_DEF = re.compile(r"\ban? (case|carton|crate|outer) of (\d+) ([a-z]+)\b")
_PACK = r"case|carton|ctn|crate|outer"
# "(they come 10 to a case i think)", "- 12 per carton", "(10 boxes to a case)": what one outer pack holds, in pieces
# or in inner packs, said as a remark ("(12 jars to a carton)": the goods' own plural is pieces)
_HOLDS = re.compile(rf"\(?\s*(?:(?:i|we)\s+(?:think|believe|reckon)\s+)?(?:(?:they|it|these|those)\s*(?:'re|\s+are|\s+is|\s+comes?)\s+)?(?P<n>\d+)\s+"
                    rf"(?:pcs\s+|pieces\s+|(?P<u>boxes|packs|bags|rolls|tins|pairs)\s+|[a-z]{{2,}}s\s+)?(?:(?:to|in)\s+(?:a|an|each|the)|per(?:\s+(?:a|an|each|the))?)\s+(?P<p>{_PACK})\b"
                    r"(?:\s*,?\s*(?:i|we)\s+(?:think|believe|reckon|guess))?\s*\)?")


def outer_counts(text: str) -> str:
    """Counts of an outer pack whose content is stated, in what it holds."""
    if " of " in text:
        text = _outer_again(text)
    m = _HOLDS.search(text) if " per " in text or re.search(r" (?:to|in) (?:an?|each|the) ", text) else None
    if not m:
        return text
    per = int(m.group("n"))
    again = re.compile(rf"\b(\d+)\s+{m.group('p')}(?:e?s)?\b(?!\s*(?:of|=|is)\s*\d)")
    text = text[: m.start()] + " " + text[m.end() :]  # the remark counts nothing
    unit = f" {m.group('u')}" if m.group("u") else ""  # "(10 boxes to a case)": the cases counted in boxes
    return again.sub(lambda x: f"{int(x.group(1)) * per}{unit}", text)


def _outer_again(text: str) -> str:
    """Later counts of an outer pack defined once ("a case of 10 boxes") said in what it holds."""
    m = _OUTER_DEF.search(text)
    if not m or m.group(3) not in UNIT_WORDS:
        return text
    per, inner = int(m.group(2)), m.group(3)
    again = re.compile(rf"\b(half an?|an?|\d+|{SMALL_WORDS})\s+{m.group(1)}s?\b(?!\s+of\s+\d)")

    def held(x: re.Match) -> str:
        n = 0.5 if x.group(1).startswith("half") else number_value(x.group(1))
        return f"{n * per:g} {inner}" if n and (n * per).is_integer() else x.group(0)
    return text[: m.end()] + again.sub(held, text[m.end() :])
