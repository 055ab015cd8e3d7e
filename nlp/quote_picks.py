"""Rows of a quoted offer a reply takes ("lines 1 and 3 only", "the first two lines") or has re-quoted ("48 of each")."""
from __future__ import annotations

import re
from functools import lru_cache

from nlp.numbers import parse_en_words
from nlp.prefilter import prefiltered

# "we'd like to take lines 1 and 3", "we'll go with the first two lines", "accept items 2, 4 & 5"
PICKED = re.compile(r"\b(?:take|go with|proceed with|accept|order|have)\s+(?:(?:lines?|items?)\s+(?P<nums>\d\d?(?:\s*(?:,|and|&|\+)\s*\d\d?)*)\b|"
                    r"the (?P<side>first|last|top) (?:(?P<n>\d\d?|[a-z]+) )?(?:lines?|items?)\b)"
                    r"(?![^.?!\n]{0,40}\boff\b)", re.I)  # not "take item 2 off the order"
NEW_COUNT = re.compile(r"\b(\d+) of (?:line|item) (\d\d?)\b", re.I)  # "but 36 of line 3 instead of the 24"
# "could you re-quote at 48 of each": every quoted row again, at the new count
REQUOTE_EACH = re.compile(r"\bre-?quot\w*\b[^.?!\n]{0,20}?\b(?:at|for) (\d+)(?: of)? each\b", re.I)
# A numbered row of the quoted offer: "Line 1: 22411 Jumbo shopper …", "2. Alarm clock … - 24 @ £3.75"
ROW = re.compile(r"^\s*(?:line|item|no\.?)?\s*(\d\d?)\s*[.:)]\s+(\S.*)$", re.I | re.M)


def picked_rows(body: str, history: str) -> list[tuple[int, str]] | None:
    """(number, text) of the quoted rows the body takes, or None when it picks none."""
    m = PICKED.search(body)
    rows = {int(n): text for n, text in ROW.findall(history)}
    if not m or not rows:
        return None
    if m.group("nums"):
        wanted = [int(n) for n in re.findall(r"\d+", m.group("nums"))]
    else:
        word = (m.group("n") or "one").lower()
        count = int(word) if word.isdigit() else int(parse_en_words([word]) or 0)
        order = sorted(rows)
        wanted = order[-count:] if m.group("side").lower() == "last" else order[:count]
    picked = [(n, rows[n]) for n in wanted if n in rows]
    return picked or None


def new_counts(body: str) -> dict[int, float]:
    """Row number -> the count the body sets for it ("36 of line 3")."""
    return {int(row): float(n) for n, row in NEW_COUNT.findall(body)}


def requoted_each(body: str) -> float | None:
    """The count a re-quote asks for every quoted row ("re-quote at 48 of each"), or None."""
    m = REQUOTE_EACH.search(body)
    return float(m.group(1)) if m else None


# "Your list shows '22138 BAKING SET … £4.95 (12)'. Is there a better price at 36?": the supplier's own words,
# cited in quote marks, whose numbers (pack, minimum, price break) are theirs, not the count the reply asks for
CITED = prefiltered(r"\b(?:your|the)\s+(?:(?:price\s*)?list|catalogu?e|website|site|quote|quotation|offer|brochure|leaflet)\s+"
                    r"(?:shows|says|lists|has|reads|states|gives)\s*:?\s*(['\"‘“])(?P<said>[^'\"’”\n]{3,200})['\"’”]", re.I)


@lru_cache(maxsize=8)
def _cited(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the passages cited from the supplier's list (once per body: its pieces ask in turn)."""
    return tuple(m.span("said") for m in CITED.finditer(text))


def cited_counts(text: str, qtys: list) -> list:
    """The quantities of `qtys` inside a cited passage of the supplier's list, when others lie outside it."""
    spans = _cited(text) if qtys else ()
    inside = [q for q in qtys if any(a <= q.start < b for a, b in spans)]
    return inside if len(inside) < len(qtys) else []

