"""Head-office allocations: "each of our 6 shops takes: 4 x red, 2 x green" orders every count that many times."""
from __future__ import annotations

import re

from nlp.postprocess import round_qty
from nlp.quantities import number_value
from nlp.prefilter import prefiltered

_PLACES = r"(?:shops?|stores?|branch(?:es)?|sites?|outlets?|locations?|depots?|schools?|cafes?|cafés?|restaurants?|hotels?|" \
          r"venues?|offices?|flats?|pubs?|salons?|clinics?|cottages?|cabins?|chalets?|apartments?|lodges?|villas?)"  # (holiday lets too)
# "each of our 6 shops takes:", "for each of the 4 branches:"
EACH_PLACE = prefiltered(rf"\beach\s+of\s+(?:our|the|your|these|those)\s+(?P<n>\d{{1,2}}|[a-z]+)\s+{_PLACES}\b"
                         r"(?:\s+(?:takes?|needs?|gets?|wants?|will take|should get|to get|to receive))?\s*[:\-]?", re.I)


# "for all six branches (Bath, …): each branch takes 8 x …": the number of places, then what each takes.
ALL_PLACES = prefiltered(rf"\ball\s+(?P<n>\d{{1,2}}|[a-z]+)\s+{_PLACES}\b[^.\n]{{0,160}}?\beach\s+(?:one|{_PLACES})\s+"
                         r"(?:takes?|needs?|gets?|wants?|will take|should get)\b\s*[:\-]?", re.I)


# "per store, 5 stores: 2 x …", "per site (4 sites) -"; "need 8 x … per store, 3 stores", "… per site across 4 sites":
# the counts of its own sentence said before it go per place too
PER_PLACES = prefiltered(rf"\bper\s+{_PLACES}\s*[,(:-]?\s*(?:(?:for|across|x|×|times)\s+(?:our\s+|the\s+|all\s+)?)?(?P<n>\d{{1,2}}|[a-z]+)\s+{_PLACES}\b\s*[):,-]?", re.I)
# "35 hampers. Each hamper gets 1 x …", "(42 guests): each one needs …", "12 goody bags - each bag gets …": how
# many of something, then what each one of them gets (its noun said again, or "one"), counted or listed after
# ("each stall gets its own float", "each stand has room for 10" say no goods each gets)
EACH_GROUP = re.compile(r"\b(?P<n>\d{1,3}|[a-z]+)\s+(?:[a-z]+\s+)?(?P<g>[a-z]{3,}?)(?:es|s)?\b[^\n]{0,40}?\beach\s+(?:one|(?P=g))\s+"
                        r"(?:takes?|needs?|gets?|wants?|will take|should get|has|contains|will have)\b\s*(?:[:\-]|(?=\d|an?\b|one\b|\n|$))",
                        re.I)
# "Cockermouth and Penrith both need 6 x … each", "both Leeds and York need …each": two places, the same for each
BOTH_NEED = re.compile(r"(?:\b[a-z]+\s+(?:and|&)\s+[a-z]+\s+both|\bboth\s+[a-z]+\s+(?:and|&)\s+[a-z]+)\s+"
                       r"(?:need|want|take|get)s?\b(?=[^.\n]*\beach\b(?!\s+(?:day|night|morning|evening|week|weekend|fortnight|month|year|time)s?\b))",
                       re.I)  # (not "each week": how often, not how many for each)
# "in our 4 cafes: 4 x … per site": the places counted, then a line said per place
# ("I've got 3 airbnb flats", "I do the changeovers for the 4 cottages": a host's places, one word may describe them)
OUR_PLACES = prefiltered(rf"\b(?:our|the|all|across|for|got|have|run|manage)\s+(?P<n>\d{{1,2}}|[a-z]+)\s+(?:[a-z]+\s+)?{_PLACES}\b", re.I)
# ("… for each cottage", "one doormat for each front door": a line for every place said)
PER_PLACE = prefiltered(rf"\b(?:per|for each|for every|in each|in every)\s+(?:{_PLACES}|location|(?:front |back )?door)\b", re.I)
# "our shop was 5 short …", "my store is …": the buyer's own place, the subject of a clause, names no goods
# (as 我们门店 in Chinese)
OWN_PLACE = prefiltered(rf"\b(?:our|my)\s+{_PLACES}(?=\s+(?:is|was|were|are|has|had|ran|sold|needs?|got)\b|\s*[,.;:]|$)", re.I)
# "6 teapots, delivered to Stage 3, Bray Studios by Friday": after goods, where they are sent is an address, no
# goods ("the cake stands sent to me last week" names the earlier goods by who got them: kept)
SENT_TO = prefiltered(r"(?<=\w)\W*\b(?:delivered|dispatched|shipped|posted|sent|addressed)\s+(?:straight\s+|direct(?:ly)?\s+)?to\s+"
                      r"(?!(?:me|us|you|him|her|them)\b)[^()\n]*$", re.I)
SPARES = re.compile(r"\s+(?:more\s+)?(?:spares?|extras?)\b", re.I)
IN_TOTAL = re.compile(r"\b(?:in total|total|altogether|overall|between (?:them|us|all))\b", re.I)

# "…, so 48 and 24 in total": the totals of an allocation said again, once the counts per place are given
RESTATED_TOTAL = re.compile(r"[,;]?\s*\b(?:so|that's|thats|that is|making|which makes)\s+(?:\d+(?!\d)\s*(?:(?:,|and|&)\s*)?){1,6}"  # one way to split
                            r"(?:in total|total|altogether|overall)\b", re.I)

# "5 lines in total", "Total: 7 items": a count of the list's rows, no product ("lines" would read as "photo clip line")
ROW_TOTAL = re.compile(r"\btotal(?: of)?:?\s*\d+\s+(?:lines|items|line items|products|skus|rows)\b"
                       r"|\b\d+\s+(?:lines|items|line items|products|skus|rows)\s+(?:in total|total|altogether|overall|in all)\b"
                       # "Items (3 lines, 60 units total):": the rows counted beside the units they add up to
                       r"|\b\d+\s+(?:lines|line items|rows|skus)\s*[,;/]\s*\d+\s+(?:units|pcs|pieces|items)\s+(?:in total|total|altogether)\b", re.I)

# "50 hand warmers, owl and scotty dog, 25 each", "100 mugs - owl and fox, 50 of each": the product's total said
# before its variants and their count each
_NAME = r"[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}"
TOTAL_BEFORE_EACH = re.compile(rf"\b(?P<n>\d+) (?=[a-z][a-z' -]{{2,40}}?(?:,| -|:) "
                               rf"(?P<l>{_NAME}(?:, {_NAME})*,? (?:and|&) {_NAME}),? "
                               r"(?P<m>\d+) (?:of )?each\b)", re.I)


def without_totals(body: str) -> str:
    """The body without a count of its rows, a restated total after an "each of our N shops" / "each branch takes" allocation, or
    before a list of variants counted "N each" that it is the sum of."""
    body = TOTAL_BEFORE_EACH.sub(_total_of_each, body)
    if "total" in body or "all" in body:
        body = ROW_TOTAL.sub("", body)  # (a units total the counts add up to: own_stock.without_own_figures)
    m = EACH_PLACE.search(body) or ALL_PLACES.search(body)
    return body[: m.end()] + RESTATED_TOTAL.sub("", body[m.end() :]) if m else body


def _total_of_each(m: re.Match) -> str:
    """The total dropped when it is the "each" count times the variants listed, else kept."""
    names = len(re.split(r",\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", m.group("l")))
    return "" if int(m.group("n")) == int(m.group("m")) * names else m.group(0)


def per_place(body: str, lines: list[dict]) -> list[dict]:
    """Lines counted after an "each of our N shops" cue (or said "per site" after "our N sites"), their counts
    times N (the total to send); a line said "in total" is one count for all."""
    n, after, only = _places(body)
    if not n or n < 2:
        return lines
    for ln in lines:
        q = ln.get("_qty")
        if q is not None and ln.get("quantity") is not None and q.start >= after and not IN_TOTAL.search(ln["mention"]) \
                and (only is None or only.search(_said_after(body, q))):
            # "each one needs a candle … add 2 spares of each": the spares come on top of one for each
            spare = SPARES.match(body, q.end) is not None
            ln["quantity"] = round_qty(n + ln["quantity"] if spare else ln["quantity"] * n)
    return lines


def _places(body: str) -> tuple[float | None, int, re.Pattern | None]:
    """How many places (or groups) the counts after a cue are each for, where the cue ends, and the words a
    line must say to be one of them (None: every line after the cue)."""
    # (the cues need "each" but PER_PLACES "per", BOTH_NEED "both" and "each": plain-ASCII text without the word
    # is not scanned, lower-casing being exact there)
    low = body.lower() if body.isascii() else None
    each = low is None or "each" in low
    for rx in (EACH_PLACE, ALL_PLACES, PER_PLACES, EACH_GROUP):
        if not (each if rx is not PER_PLACES else low is None or "per" in low):
            continue
        m = _counted(rx, body)
        if m:
            start = max(body.rfind(c, 0, m.start()) for c in ".?!\n") + 1 if rx is PER_PLACES else m.end()
            return number_value(m.group("n")), start, None
    m = BOTH_NEED.search(body) if each else None
    if m:
        return 2.0, m.end(), None
    m = _counted(OUR_PLACES, body)
    return (number_value(m.group("n")), m.end(), PER_PLACE) if m else (None, 0, None)


def _said_after(body: str, q) -> str:
    """The words after a line's count up to the next item, clause or count ("4 x mug per site, plus …": "x mug per
    site"; "36 of each (6 per store)": the 6 is per store, the 36 in all)."""
    # (a bracket describing the item is skipped, "tissues (12 pk) for each cottage"; one saying "per" is no)
    after = re.sub(r"\([^()\n]*\)", lambda m: m.group(0) if "per" in m.group(0) else " ", body[q.end :])
    return re.split(r"[,.;(\n\d]|\b(?:and|plus)\b", after, maxsplit=1)[0]


def _counted(rx: re.Pattern, body: str) -> re.Match | None:
    """The first match of a cue whose number reads as two or more ("corporate hamper build … 35 hampers": not
    "corporate")."""
    m = rx.search(body)
    while m and (number_value(m.group("n")) or 0) < 2:  # ("a hamper … each hamper": one, no multiplier)
        m = rx.search(body, m.start() + 1)
    return m


_PLACE_HEAD = re.compile(rf"^\s*(?:{_PLACES}|branch name|store name|shop name|site name)\s*$", re.I)
_CELL_SEP = re.compile(r"\s*\|\s*|\t+")


def branch_table(body: str) -> str:
    """A pasted allocation table (header "Branch | item A | item B", one row of counts per branch) as one
    "total x item" line per column: the order is the sum over the branches."""
    if "|" not in body and "\t" not in body:
        return body
    rows = body.split("\n")
    for i, row in enumerate(rows):
        head = [c for c in _CELL_SEP.split(row.strip()) if c]
        if len(head) < 2 or not _PLACE_HEAD.match(head[0]):
            continue
        sums, j = [0.0] * (len(head) - 1), i + 1
        while j < len(rows) and _counts(rows[j], len(head)) is not None:
            sums = [a + b for a, b in zip(sums, _counts(rows[j], len(head)))]
            j += 1
        if j - i >= 3:  # two branch rows at least: a table, not a header over prose
            lines = [f"{total:g} x {name}" for name, total in zip(head[1:], sums) if total]
            return "\n".join(rows[:i] + lines + rows[j:])
    return body


def _counts(row: str, width: int) -> list[float] | None:
    """The counts of one branch row (its first cell names the branch), None if it is no such row."""
    cells = [c for c in _CELL_SEP.split(row.strip()) if c]
    if len(cells) != width or not all(re.fullmatch(r"\d{1,4}", c) for c in cells[1:]):
        return None
    return [float(c) for c in cells[1:]]
