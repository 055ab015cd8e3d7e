"""Items taken off or changed on a placed order: "cancel the 24 doormats from yesterday's order" names the item
between the verb and the order; the apology or question around it names nothing."""
from __future__ import annotations

import re
from dataclasses import replace

from nlp.mentions import mention_text
from nlp.numbers import parse_zh
from nlp.postprocess import finish_lines, round_qty
from nlp.prefilter import prefiltered
from nlp.quantities import Qty
from nlp.readings import SURE
from nlp.units import UNIT_WORDS

_ITEM = r"(?P<item>(?:the|those|these|our|my)\s+[^.?!\n,;()]{3,60}?)"
NARROWING = [  # (prefiltered: searched in every chunk of every message)
    # "can you cancel the 24 keep calm doormats from yesterday order", "no longer need the oil on po 3390",
    # "please cancel the 2 rolls of blue bv on so-22817 (the ...)": the brackets after the order still describe it;
    # "cancel the angle off the tunnel order": a word before "order" may say which order
    # "take / scratch / knock the primer off my order": the verb's particle said after the item
    prefiltered(r"\b(?:cancel|no longer (?:need|want)|(?:don'?t|do not) (?:need|want)|remove|scrap|take off|drop|"
                r"(?:take|scratch|strike|knock|cross)(?=\s[^.?!\n,;()]{3,60}?\soff\s))\s+"
                + _ITEM + r"\s+(?:from|on|off|in|out of)\s+"
                r"(?:(?:my|our|the|your|this|that|last|today|yesterday|\w+day|recent|latest|current|existing)\s+){0,2}"
                r"(?:[a-z'-]+\s+)?(?:order|po|so|purchase order)\b(?:\s*(?:no\.?|#)?\s*[a-z0-9-]*\d[a-z0-9-]*)?"
                # (not one about the order itself: "(placed last week)", "(sent on the 3rd)")
                r"(?:\s*\((?![^()]*\b(?:we|i|you|placed|sent|dated|ordered|made|raised|from)\b|[^()]*\d)"
                r"(?P<more>[^()]{2,60})\))?", re.I),
    # "and drop the suki ones completely": the item ends the clause
    prefiltered(r"\b(?:cancel|remove|scrap|take off|drop)\s+" + _ITEM +
                r"(?:\s+(?:completely|altogether|entirely|as well|too|please|pls))*\s*[.!]?\s*$", re.I),
    # "we no longer need the wooden spoons, please take them off": what is no longer needed ends its clause
    prefiltered(r"\b(?:no longer (?:need|want)|(?:don'?t|do not) (?:need|want) (?:any(?:more| more)? )?)\s*" + _ITEM +
                r"(?:\s+(?:any ?more|after all|now))?(?=\s*(?:[,.!;]|$))", re.I),
    # "please reduce the spaceboy lunch bags to 20": the item and its new count;
    # "… to 60 of each (50s and vintage)": the variants the count goes to are part of it
    prefiltered(r"\b(?:reduce|increase|cut|lower|drop|up|change|amend|bring|knock)\s+"
                r"(?P<item>(?:the|those|these|our|my)\s+[^.?!\n,;()]{3,60}?\s+(?:down |up )?to\s+\d[\d.]*(?![\w.-])"
                r"(?:\s+(?:of\s+)?each(?:\s*\([^()]{2,60}\))?)?)", re.I),
]

CLEAR_MARGIN = 0.2  # a top match this far ahead of the next names its item even by part of its name
TAKEN = 3  # the first patterns take an item off; the others change its count
# "cancel PO SY-4410 in full", "cancel order 580112 pls": the order itself is cancelled, no line is
# (not "cancel our order 88-214 for the 10# channel", "cancel PO 7781: just the red ones")
WHOLE_ORDER = re.compile(r"\bcancel\w*\s+(?:the\s+|our\s+|my\s+|this\s+|that\s+)?(?:whole\s+|entire\s+)?"
                         r"(?:order|po|p\.o\.|purchase order)\s*(?:no\.?|number|#|ref\.?)?\s*[a-z0-9-]*\d[a-z0-9-]*\b"
                         # ("cancel PO 3312 line 2 (…)": one line of the order, named after it)
                         r"(?!\s*[:(]|,?\s*(?:line|item|pos(?:ition)?\.?)\s*#?\d|[^.!?\n]{0,40}\b(?:for|only|just|except|but|apart from)\b)", re.I)


def narrowed(body: str, s: int, e: int, qtys: list[Qty]) -> list[tuple[str, int, int, list[Qty]]]:
    """(text said, start, end, counts) of the chunk's pieces: the item a taken-off or changed phrase names
    (said with its verb) and what follows it, or the chunk as it is."""
    i, m = next(((i, m) for i, rx in enumerate(NARROWING) for m in [rx.search(body, s, e)] if m), (0, None))
    if not m:
        return [(body[s:e], s, e, qtys)]
    a, b = m.start("item"), m.end("more") if m.groupdict().get("more") else m.end("item")
    b = max([b] + [q.end for q in qtys if a <= q.start < b])  # "to 8 boxes": the count keeps its unit
    # "the 24 doormats", "the 2 rolls of blue bv": a count right after the article is the count taken off
    # (not in "change the 24 lunch bags to 48", where the new count follows)
    head = re.match(r"\w+\s+", body[a:b]).end() + a if i < TAKEN else -1
    # "take the large baskets off my order please (the 6)": a bracket holding only the count says how many go
    told = BRACKET_COUNT.match(body, m.end()) if i < TAKEN else None
    if told:
        b, head = told.end(), told.start(1)
    item = (body[s:b], a, b, [replace(q, strength=max(q.strength, 1.0)) if q.start == head else q
                              for q in qtys if a <= q.start and q.end <= b])
    # "..., and send 12 cakestands": what follows the order named is a chunk of its own
    rest = max(b, m.end())
    tail = (body[rest:e], rest, e, [q for q in qtys if q.start >= rest])
    return [item, tail] if re.search(r"[a-z]{3}|\d", body[rest:e]) else [item]


BRACKET_COUNT = re.compile(r"\s*(?:please\s*|pls\s*)?\((?:the\s+|all\s+)?(\d+)(?:\s*(?:pcs|of them))?\)", re.I)
JOINER = re.compile(r"\s+(?:and|&|\+)\s+(?=(?:the|those|these|our|my)\s)|,\s+(?:and\s+)?(?=(?:the|those|these|our|my)\s)", re.I)


def joined_items(body: str, s: int, e: int) -> list[tuple[int, int]]:
    """Spans of body[s:e] cut where "and / n / &" or a comma starts another "the ..." item ("cancel the snowman
    reels n the woodland tissues"); the clause whole when nothing joins."""
    out, pos = [], s
    for m in JOINER.finditer(body, s, e):
        out.append((pos, m.start()))
        pos = m.end()
    return out + [(pos, e)]


# "we ordered 48 easter tin buckets … please cancel them": the count ordered is the count cancelled
class TakenOff:
    """Extractor methods reading the items a cancel takes off (needs `Readings`)."""

    def _cancelled(self, body: str, doc, customer: str | None, lines: list[dict]) -> list[dict]:
        """A cancel's lines: none for an order cancelled whole by its number, else those read, else those taken off."""
        if WHOLE_ORDER.search(body):
            return []
        return _batch_off([_ordered_count(ln, body) for ln in lines], body) or self._taken_off(body, doc, customer)

    def _taken_off(self, body: str, doc, customer: str | None) -> list[dict]:
        """ "cancel the regency cakestands off yesterday's order": an item named as the one taken off is a
        line even when it names less of the item than a count-less order line needs."""
        lines = []
        for chunk in doc._.chunks:
            said, s, e, _ = narrowed(body, *chunk)[0]
            # "cancel the snowman reels n the woodland tissues": items joined without counts, each named clearly
            parts = [self._taken_line(body[a:b], customer) for a, b in joined_items(body, s, e)]
            if said == body[s:e] and len(parts) >= 2 and all(parts):
                lines += parts
                continue
            line = self._taken_line(body[s:e], customer) if said != body[s:e] else None
            lines += [line] if line else []
        return finish_lines(lines, "cancel")

    def _taken_line(self, text: str, customer: str | None) -> dict | None:
        """The count-less line a taken-off item's words give, when they name it surely."""
        r = self._reading(mention_text(text), None, customer)
        # (an item on a placed order is named by a part of its name: "the channel steel" says enough when no
        # other item comes near; "the primer" when no other item is a primer at all)
        margin = r and r[3][0][1] - (r[3][1][1] if len(r[3]) > 1 else 0)
        named = r and (r[5] >= 0.5 or (r[5] >= 0.4 and margin >= CLEAR_MARGIN) or (r[5] >= 0.3 and margin >= 2 * CLEAR_MARGIN))
        line = self._build_line(None, r[2], r[3], r[5], vague=True) if named and r[0] >= SURE else None
        return {**line, "_side": ""} if line else None


# "we ordered 48 easter tin buckets but … please cancel them": the count of the earlier order is the count cancelled
# (only when the cancel points back at them, naming no goods of its own: "we bought 6 X last month. Please cancel 12 Y"
# cancels no 6 X)
ORDERED_N = re.compile(r"\b(?:we|i)(?:'ve| have)?\s+(?:ordered|had ordered|bought|put in for)\s+(?P<n>\d+)\s+(?P<next>[a-z]+)", re.I)
CANCEL_BACK = re.compile(r"\b(?:cancel\w*|scrap|drop|remove)\s+(?:them|those|these|it|that|the lot|all of them)\b|"
                         r"\b(?:call|take) (?:them|those|these|it) off\b", re.I)


def _ordered_count(line: dict, body: str) -> dict:
    """A count-less cancelled line whose words say how many of it were ordered, counted so when the cancel points
    back at it ("cancel them"; pieces said bare only)."""
    m = ORDERED_N.search(line.get("mention") or "") if line["quantity"] is None and line.get("unit") == "pcs" else None
    if m and m.group("next").lower() not in UNIT_WORDS and CANCEL_BACK.search(body):
        return {**line, "quantity": int(m.group("n"))}
    return line


# "六吨板子，第一批3吨今天收到了，第二批那3吨不要了": a batch of a split delivery called off cancels that batch's count
BATCH_OFF = re.compile(r"第[一二三四]批(?:的|那)?\s*(?P<n>\d+|[一二两三四五六七八九十百]+)\s*[^\d，,。；;]{0,3}?(?:就|也)?"
                       r"(?:不要了|不用了|不需要了|取消|别送了|不用送了|不用发了)")


def _batch_off(lines: list[dict], body: str) -> list[dict]:
    """One counted line of a cancel, its count scaled to the batch called off when the batch is smaller."""
    m = BATCH_OFF.search(body) if "批" in body else None
    counted = [ln for ln in lines if ln["quantity"] is not None and ln.get("_qty") is not None]
    if not m or len(counted) != 1:
        return lines
    n = int(m.group("n")) if m.group("n").isdigit() else parse_zh(m.group("n"))
    q = counted[0]["_qty"]
    if not n or not q.value or n >= q.value:
        return lines
    return [{**ln, "quantity": round_qty(ln["quantity"] * n / q.value)} if ln is counted[0] else ln for ln in lines]
