"""Follow-on rules of the extractor: variants named after a line, headings, repeated codes, scaled repeats."""
from __future__ import annotations

import re

from nlp.attributes import COLOURS, SAME_SIZE, SIZES, attributes
from nlp.postprocess import round_qty
from nlp.quantities import Qty, find_quantities
from nlp.text import numbers, terms
from nlp.words import CORRECTION as SAID_AGAIN
from nlp.prefilter import prefiltered

VARIANT_WORDS = COLOURS | SIZES | frozenset(SAME_SIZE)
HOLD_GAP = 0.2  # how far below the top a match holding a follow-on's own words may rank and still be meant
ONES = re.compile(r"\bones?\b", re.I)
# "no sorry, I mean …", "oops, I meant …", "correction: …": what follows replaces what was just said
# (searched: a mention may start with the family it borrowed, "the enamel bowls oops, i meant the cream ones")
CORRECTION = prefiltered(r"\b(?:i|we)\s+mean[t]?\b|\bcorrection\s*:", re.I)
SCALES = {"double": 2, "twice": 2, "triple": 3, "treble": 3, "half": 0.5, "翻倍": 2, "翻一倍": 2, "加倍": 2, "翻一番": 2, "减半": 0.5}
# "but only half the spaceboy" scales that line too ("half a dozen" is a count, "half of each" all lines)
SCALE = re.compile(r"\b(double|twice|triple|treble|half(?!\s+(?:a|an|of each|each)\b))\s+(?:of\s+)?(?:the\s+)?([^.,;!?\n]+)", re.I)
# "we'll just take half of each", "double everything": every repeated count is scaled.
# "80 of those please": the count's product is not named here ("20 of those red bags" names it).
THOSE = re.compile(r"\s*of (?:those|these|them)(?=\s*(?:please|pls|too|as well|again)?\s*(?:[.,;!?\n]|$|and\b))", re.I)
# ("the hand warmers", "the kneeling pads please", not "the glass")
PLURAL_END = re.compile(r"[a-z]{2,}[a-rt-z]s(?:\s+(?:please|pls|thanks|too|this time))*\s*$", re.I)
# ("同上次，数量翻倍", "都减半": every count of the repeat doubled or halved)
SCALE_ALL = re.compile(r"\b(half|double|twice|triple)\s+(?:of\s+)?(?:each|everything|both|all|the lot|the quantities)\b|"
                       r"(?:数量|全部|都|各|每样)(?:都|各)?(翻倍|翻一倍|加倍|翻一番|减半)", re.I)


def echoes_code(body: str, s: int, e: int, q: Qty) -> bool:
    """Whether a bare number repeats a code written in the same chunk ("BRG-6206  6206开式轴承")."""
    raw = body[q.start : q.end]
    if q.unit is not None or q.strength >= 2 or not raw.isdigit() or len(raw) < 3:
        return False
    return bool(re.search(rf"[a-z][-/]?{raw}(?!\d)|(?<!\d){raw}-[a-z0-9]", body[s:e]))


def other_than(reading, prev: str | None):
    """A follow-on variant names another item than the one before it ("vintage doily lunch bags x 20
    and the jumbo ones x 10"): when that item and the next are near-tied, the next one is meant."""
    matches = reading[3]
    if prev is None or len(matches) < 2 or matches[0][0] != prev or matches[1][1] < matches[0][1] - 0.05:
        return reading
    swapped = [matches[1], (prev, round(matches[1][1] - 0.01, 4))] + list(matches[2:])
    return (reading[0], reading[1], reading[2], swapped, *reading[4:])


def holding(reading, words: set[str], names_of):
    """ "plus 30 of the spaceboy ones" after the dolly girl lunch bags: the item meant holds the new words; when
    the top reading lacks one of them and a close match holds them all, that match is meant."""
    matches = reading[3]
    if not words or words <= names_of(matches[0][0]):
        return reading
    hit = next((i for i, (sku, score) in enumerate(matches[1:], 1)
                if score >= matches[0][1] - HOLD_GAP and words <= names_of(sku)), None)
    if hit is None:
        return reading
    top, sku_hit = matches[0][1], matches[hit][0]
    moved = [(sku_hit, top)] + [(sku, min(score, top - 0.01)) for sku, score in matches if sku != sku_hit]
    return (reading[0], reading[1], reading[2], moved, *reading[4:])


def drop_headers(lines: list[dict], names=lambda sku: frozenset()) -> list[dict]:
    """ "24 picnic cutlery sets - 8 cherry, 8 blueberry, 8 fondant": a line whose count the variant
    lines after it add up to is their heading, not another line (`names`: an item's name terms)."""
    out = list(lines)
    for i, head in enumerate(lines):
        kin, near = [], {c["sku"] for c in head.get("candidates", [])}
        for ln in lines[i + 1 :]:
            # a distributed list names its own family ("the recipe boxes - 10 blue, 10 red"): kin only when near
            own = ln.get("_f", {}).get("kin") and not ln.get("_f", {}).get("spread")
            if not (own or ln["sku"] in near) or ln["quantity"] is None:
                break
            kin.append(ln)
        # (a line naming its item in full is an item of its own, not one of the heading's variants)
        kin = kin if all(ln.get("_f", {}).get("kin") or len(terms(ln["mention"])) <= 2 for ln in kin) else []
        # (a count attached from a row of its own, "size M – 40 boxes" under the family, is that row's, no total)
        if len(kin) >= 2 and head["quantity"] is not None and not head.get("_f", {}).get("spread") \
                and not head.get("_f", {}).get("attached") \
                and sum(ln["quantity"] for ln in kin) == head["quantity"] \
                and not any(_other_variant(head, ln) for ln in kin) and not _own_variant(head, kin, names) \
                and not all(_other_spec(head, ln) for ln in kin):
            out.remove(head)
    return out


def drop_open_headers(lines: list[dict]) -> list[dict]:
    """ "any of the first aid tins? The emergency one and the pharmacie one": a count-less line that two or more
    count-less lines after it were read with (its words and a variant each) is their heading, not an item asked."""
    out = list(lines)
    for i, head in enumerate(lines):
        if head["quantity"] is not None or head.get("_f", {}).get("kin"):
            continue
        kin = 0
        for ln in lines[i + 1 :]:
            if ln["quantity"] is not None or not ln.get("_f", {}).get("kin") or not ln["mention"].startswith(head["mention"] + " "):
                break
            kin += 1
        if kin >= 2:
            out.remove(head)
    return out


def corrects(remark: str) -> bool:
    """Whether a remark that gave no line takes back what was said before it ("no sorry, the big ones")."""
    return re.match(rf"\W*(?:{SAID_AGAIN})\b", remark, re.I) is not None


def drop_corrected(lines: list[dict]) -> list[dict]:
    """ "12 x set of 3 wicker baskets? no sorry, I mean the oval ones with lids": a line said as a correction
    replaces the line just before it (whose count it takes when it says none)."""
    out = list(lines)
    for before, line in zip(lines, lines[1:]):
        said = CORRECTION.search(line["mention"]) or line.get("_f", {}).get("corrects")
        if said and before in out and before["sku"] != line["sku"]:
            if line["quantity"] is None:
                line["quantity"], line["_qty"] = before["quantity"], before.get("_qty")
            out.remove(before)
    return out


def _own_variant(head: dict, kin: list[dict], names) -> bool:
    """ "48 spotty mugs, 24 plain mugs, 24 striped mugs": the first line says a word of its own item's
    name that none of the items after it has, so it is a variant beside them, not their heading."""
    said = set(terms(head["mention"])) & names(head["sku"] or "")
    return bool(head["sku"]) and any(not any(t in names(ln["sku"] or "") for ln in kin) for t in said)


def _other_variant(head: dict, line: dict) -> bool:
    """Whether a line names another colour or size than the head's own ("白调和漆三桶，黑调和漆两桶，
    大红一桶": three paints, not a total of three split in two)."""
    mine, theirs = attributes(terms(head["mention"])), attributes(terms(line["mention"]))
    return any(a and b and a != b for a, b in zip(mine, theirs))


def _other_spec(head: dict, line: dict) -> bool:
    """Whether a line and the head each name a number the other does not ("J422的3.2来五箱，4.0的两箱，J507的3.2三箱":
    3.2 / 4.0, J422 / J507); when every line after does, they are items beside the head, not its split (while "6 spool
    of 1.2 … 4 spool 1.2 and 2 spool 1.0" restates the head's 1.2 and splits it)."""
    mine, theirs = set(numbers(terms(head["mention"]))), set(numbers(terms(line["mention"])))
    return bool(mine - theirs and theirs - mine)


def scaled(body: str, lines: list[dict], words_of, names_of) -> list[dict]:
    """ "Same as last time, but double the cake stands": that line's repeated count is multiplied.
    `words_of(text)` gives the index terms of a text, `names_of(sku)` those of an item's names."""
    whole = SCALE_ALL.search(body)
    if whole:
        factor = SCALES[(whole.group(1) or whole.group(2)).lower()]
        for ln in lines:
            if ln["quantity"] is not None:
                ln["quantity"] = round_qty(ln["quantity"] * factor)
        return lines
    for m in SCALE.finditer(body):
        # "the cake stands" names one of the repeated lines, not anything in the catalogue.
        words = words_of(m.group(2))
        hits = sorted(((len(words & names_of(ln["sku"])), i) for i, ln in enumerate(lines) if ln["sku"]), reverse=True)
        best = [i for n, i in hits if hits[0][0] and n == hits[0][0]]
        # "double the hand warmers" over the owl and the union jack hand warmers: a plural the tied lines share names them all
        if len(best) == 1 or PLURAL_END.search(m.group(2)):
            for ln in (lines[i] for i in best):
                if ln["quantity"] is not None:
                    ln["quantity"] = round_qty(ln["quantity"] * SCALES[m.group(1).lower()])
    return lines


def of_those(body: str, lines: list[dict], old: list[dict], build_line) -> None:
    """ "> Last time: 50 x 20725 lunch bag" over "This time 80 of those please": the count of "those"
    is for the one item quoted, whatever the chunk's other words matched. `build_line(q, mention, matches,
    cover)` makes a line."""
    if len({ln["sku"] for ln in old if ln["sku"]}) != 1 or not old[0]["sku"]:
        return
    src = old[0]
    for m in THOSE.finditer(body):
        ln = next((ln for ln in lines if ln["_qty"] and 0 <= m.start() - ln["_qty"].end <= 2), None)
        lead = max(0, m.start() - 20)
        q = ln["_qty"] if ln else next((Qty(x.start + lead, x.end + lead, x.value, x.unit, x.strength)
                                         for x in find_quantities(body[lead : m.start()], [])
                                         if x.end + lead == m.start() and x.strength >= 1), None)
        if q is not None and (ln is None or ln["sku"] != src["sku"]):
            new = build_line(q, src["mention"], [(c["sku"], c["score"]) for c in src["candidates"]], src["_f"]["cover"])
            if new and ln is not None:
                ln.update(new)
            elif new:  # "could we have 45 of those?": no line read the count, the quoted item takes it
                lines.append({**new, "_side": "", "_neg": False})
