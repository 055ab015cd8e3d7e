"""Extractor helpers: chunk-to-chunk state, input checks, questions, choosing between readings."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from nlp.clause_splits import KEPT
from nlp.mentions import cut, family, mention_text
from nlp.quantities import Qty

MAX_INPUT = 2_000_000
# "They're the ones everyone wants.", "they went in a week!": a remark whose subject is the item just said
# "(Etsy shop restock)", "(for the stall)": a count-less aside in brackets names no line of its own
# "Item 10 - Ball valve DN50 …", "Line 3: …": a row's number split off its row labels it, names no goods
ROW_LABEL = re.compile(r"\s*(?:item|line|pos(?:ition)?\.?)\s*(?:no\.?\s*|#\s*)?\d{1,5}\s*[:.)]?\s*", re.I)
ASIDE = re.compile(r"\s*\((?![^()]*\b(?:ones?|too|also|and|plus)\b)[^()\d]*\)\s*[.!]?\s*", re.I)
# "I'm going to hang one in the window", "I'll tie ribbon on them": what the buyer will do with the goods, no line
PLANS = re.compile(r"\s*(?:(?:and|so)\s+)?(?:(?:i'm|i am|we're|we are) going to|(?:i|we)(?:'ll| will))\s+"
                   r"(?!(?:also\s+|just\s+)?(?:take|have|need|want|order|get|add|buy|try)\b)", re.I)
ABOUT_IT = re.compile(r"\s*(?:they|they're|those|these|it|it's|that's|that one|both)\b", re.I)


@dataclass
class Walk:
    """State carried from chunk to chunk: lines so far, the product family just named, a pending
    "N of each" count, and how many product-like chunks gave no line."""

    lines: list = field(default_factory=list)
    context: str = ""
    header: str = ""
    pending: Qty | None = None
    orphans: int = 0
    distinct: frozenset = frozenset()  # words that set the last line's item apart from its runner-up
    unlined: tuple[int, int] | None = None  # last chunk naming catalogue words without giving a line
    unlined_counts: list = field(default_factory=list)  # its bare counts ("make the belts 40 not 30. The B-1600 ones.")
    quoted: str = ""  # the product of a quoted offer, the family until the message names one
    body: str = ""  # the text walked, for what is said just before a count

    def open(self) -> bool:
        """Whether some line still waits for its count."""
        # (a line taken off waits for none: "take the X off and make the Y 48" gives Y the 48)
        return any(ln["quantity"] is None and not ln.get("_neg") for ln in self.lines)

    def follow(self, body: str, s: int, e: int, qtys: list[Qty], line: dict | None, keep: bool = False) -> None:
        """Remember the family this chunk names, for a bare variant in the next one (`keep`: a remark naming
        nothing, after a line, leaves the family as it was when it speaks of that item and heads no list)."""
        if body[s:e].rstrip().endswith(":") and not qtys:
            self.header = mention_text(body[s:e].rstrip(" :"))  # "we need drawer knobs:" heads a list
        elif not qtys or not line:
            self.header = ""
        # The product family said just before ("the edwardian parasols, 12 black") helps a bare variant.
        own = mention_text(cut(body, s, e, [(q.start, q.end) for q in qtys]))
        # A bare spec's line holds the family it borrowed ("SS400 plate, 8mm and 12mm"): pass that on.
        borrowed = line and (line["quantity"] is not None or not family(own) or line.get("_f", {}).get("kin"))
        if keep and not self.header and ABOUT_IT.match(body, s, e):
            return
        if not qtys and not line and KEPT.search(body, s, e):
            self.context = ""  # "The 4x25 stays." names what is left alone: no family for the sign-off after it
            return
        self.context = self.header or (line["mention"] if borrowed else own)
        if not self.context and not self.lines:
            self.context = self.quoted  # "刘经理：" above "10厚的要六吨" keeps the quoted "Q345B 10厚"


def bad_input(text) -> str | None:
    """Why an input cannot be read as a message, or None."""
    if not isinstance(text, str):
        return "text is not a string"
    if len(text) > MAX_INPUT:
        return f"message too large ({len(text)} chars)"
    sample = text[:4000]
    ctrl = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t")
    if "\x00" in sample or (sample and ctrl / len(sample) > 0.05):
        return "binary input"
    return None


def asked(body: str, pos: int) -> bool:
    """Whether the sentence going on at `pos` is a question."""
    end = re.search(r"[.!?\n。！？]", body[pos:])
    rest = body[pos : pos + end.end()] if end else body[pos:]
    return "?" in rest or "？" in rest or "吗" in rest


def better(best, cand):
    """The higher-ranked of two readings (None loses)."""
    return cand if cand is not None and (best is None or cand[0] > best[0]) else best
