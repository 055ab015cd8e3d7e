"""Counts said in a side phrase after an item: "please cancel that line (100 pcs)" is the line before's; "… 20 of each
before the cold snap" repeats the items' count. (A count wanted before an occasion after an item named without one,
"need 60 before the refill market", is clause_cues.PURPOSE's.) The side phrase shares one word with a catalogue name
("market crates", "photo clip line"). A count of drops or deliveries ("one order but two drops please") names no goods."""
from __future__ import annotations

import re

from nlp.text import terms

# the one shared word sits after one of these in the clause: the phrase says when or what for, not what
SIDE = re.compile(r"\b(?:before|for|after|until|till|by|at)\b")
REFER = re.compile(r"\b(?:that|this)\s+([a-z]+)\b")  # "cancel that line": the line said before
EACH = re.compile(r"\beach\b")  # (also "of each")
# "40 yellow instead of 50, and 0 white": a variant counted 0 (numbers of 0 are no counts elsewhere), "… to zero"
ZERO = re.compile(r"(?:^|[\s,;:(-])(?:0|zero|nil)\s+(?:x\s+)?(?:of\s+(?:the\s+)?)?([a-z]+)|\bto (?:0|zero|nil)\b", re.I)
# "Pls check & call back before 4.": a bare hour after these, ending its clause, is a time of day
CLOCK_BEFORE = re.compile(r"\b(?:before|by|at|after|until|till)\s*$", re.I)
CLOCK_AFTER = re.compile(r"\s*(?:pm|am|o'?clock)?\s*(?:[.!?,;]|$)", re.I)
# "one order but two drops please": a count of deliveries or addresses, which names no goods
DROPS = re.compile(r"\b(?:drops|deliveries|delivery addresses|addresses|drop-offs)\b", re.I)


def _side(mention: str, name: str, timed: bool = True) -> bool:
    """Whether the mention shares just one word with the catalogue name, said after "that" or (when `timed`) after a
    side preposition."""
    shared = set(terms(mention)) & set(terms(name))
    if len(shared) != 1:
        return False
    (word,) = shared
    said = re.search(rf"\b{re.escape(word)}", mention.lower())
    side = SIDE.search(mention.lower(), 0, said.start()) if said else None
    refer = REFER.search(mention.lower())
    return (timed and side is not None) or (refer is not None and terms(refer.group(1)) == [word])


def _zeroed(mention: str, name: str) -> bool:
    """Whether the mention counts its item 0: "… and 0 white" (a word of the item's name after the 0), "… to zero"."""
    zero = ZERO.search(mention)
    said = terms(zero.group(1)) if zero and zero.group(1) else []
    return zero is not None and (zero.group(1) is None or (bool(said) and set(said) <= set(terms(name))))


def _repeated(body: str, last: dict | None, ln: dict) -> bool:
    """Whether the line's count is the one before said again at once ("the owl ones twenty-five, twenty-five")."""
    a, q = (last or {}).get("_qty"), ln.get("_qty")
    return a is not None and q is not None and a.value == q.value and a.end <= q.start and \
        body[a.end : q.start].strip(" ,.-") == "" and set(terms(ln["mention"])) <= set(terms(last["mention"]))


def _clock(body: str, ln: dict, name_of) -> bool:
    """Whether the line is a time of day read as a count of an item its clause names by one word ("call back before 4")."""
    q = ln.get("_qty")
    return q is not None and ln["sku"] is not None and q.unit is None and q.value <= 12 and \
        CLOCK_BEFORE.search(body, 0, q.start) is not None and CLOCK_AFTER.match(body, q.end) is not None and \
        len(set(terms(ln["mention"])) & set(terms(name_of(ln["sku"])))) <= 1


def side_counts(lines: list[dict], name_of, body: str = "") -> list[dict]:
    """The lines with a side phrase's count given to the item before it (the phrase itself no line), a count said
    twice over read once."""
    out: list[dict] = []
    for ln in lines:
        if out and _repeated(body, out[-1], ln) or _clock(body, ln, name_of):
            continue
        if ln["sku"] is None and ln["quantity"] and DROPS.search(ln["mention"]):
            continue  # "one order but two drops please"
        if ln["sku"] and ln["quantity"] is None and _zeroed(ln["mention"], name_of(ln["sku"])):
            ln["_neg"] = True  # taken off: 0 in a change, no line of an order (`finish_lines`)
        last = out[-1] if out else None
        # (an uncounted item takes a count by "that line" only: one before an occasion is PURPOSE's, in the walk)
        if last and last["sku"] and ln["sku"] and ln["quantity"] and \
                _side(ln["mention"], name_of(ln["sku"]), timed=last["quantity"] is not None):
            if last["quantity"] is None:
                last["quantity"] = ln["quantity"]  # "We won't need the gift tags. Cancel that line (200 pcs)."
                continue
            if EACH.search(ln["mention"]) and last["quantity"] == ln["quantity"]:
                continue  # "… about 20 of each before the cold snap": the count is already the items'
        out.append(ln)
    return out
