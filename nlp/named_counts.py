"""Numbers that belong to an item's own name ("5 CATS HANGING DECORATION", "PACK OF 20 NAPKINS") are
not its count when the message gives another count for it."""
from __future__ import annotations

import re

from nlp.numbers import NUMBER_WORD
from nlp.postprocess import in_unit, round_qty
from nlp.quantities import INLINE_PACK, Qty
from nlp.text import numbers, terms

KEPT_NUMBER_COST = 0.2  # rank a count-less reading loses for keeping a number that names nothing
SIZE_UNITS = ("mm", "cm", "m", "in")  # a size written with its unit in an item's name
PACK_MARKS = {"x", "pk", "pks", "pack", "packs"}  # "x4", "20 pk": how many the item holds, as its name says


def named(q: Qty | None, names: frozenset) -> bool:
    """Whether a count is a number of the item's names (as digits, a word or with its unit: "8.8", "5kg")."""
    if q is None:
        return False
    return f"{q.value:g}" in names or NUMBER_WORD.get(q.value) in names or f"{q.value:g}{q.unit or ''}".lower() in names


def sized(q: Qty | None, names: frozenset, said: str) -> bool:
    """Whether a bare number is a size the item's names give with its unit ("100 channel": "channel 100mm"),
    not a count said beside that size ("100 of the 100mm ...", "100 100mm ...")."""
    if q is None or q.unit is not None or q.strength > 1:
        return False
    num = f"{q.value:g}"
    units = [u for u in SIZE_UNITS if f"{num}{u}" in names]
    return bool(units) and not re.search(rf"(?<![\d.]){re.escape(num)}\s*(?:{'|'.join(units)})\b", said)


def unnamed(reading, options: list, names: frozenset):
    """A reading whose count is a number of its item's own name ("5 cats hanging decoration x 12") ranks
    below one taking another whole count of the chunk that the name lacks; a count in a unit other than a
    pack stays ("6 spools of ER70S-6 1.0 wire", "M12螺母 8盒") unless the name says it too ("grease 15kg pail")."""
    if reading is None or not named(reading[1], names) or not _as_in_name(reading[1], names):
        return reading
    mine = reading[1]
    if any(q is not None and q is not mine and not named(q, names) and q.value == int(q.value) for q in options):
        return (reading[0] - 0.5,) + reading[1:]
    return reading


def bracketed(body: str, q: Qty) -> bool:
    """Whether a count stands alone in brackets: "(24)", "(6pk)"."""
    return body[q.start - 1 : q.start] == "(" and body[q.end : q.end + 1] == ")"


def pack_described(body: str, q: Qty) -> bool:
    """Whether a count is a pack size in brackets after a name ("skull paper cups (6pk)", "(x4)"): it says
    what the item holds, as its name may ("PACK OF 6 ..."), rather than how many are wanted."""
    return (q.unit or "").lower() in PACK_MARKS and bracketed(body, q)


def kept_count(reading, options: list, names: frozenset, said: list[str]):
    """A count-less reading keeping a bare number its item's names lack ("tea spoons - 48" read as a name
    "tea spoons 48") ranks below the readings taking that number as the count: the number names nothing."""
    if reading is None or reading[1] is not None or not any(q is not None for q in options):
        return reading
    if any(t.isdigit() and t not in names for t in said):
        # 0.2, not less: the kept number also widens the margin over a sibling whose name holds a pack count
        # ("SET OF 2 DOOR WEDGES" under "24 door wedges"), which lifts the count-less reading by about 0.1
        return (reading[0] - KEPT_NUMBER_COST,) + reading[1:]
    return reading


def plain_words(said: list[str], skus, codes) -> list[str]:
    """A mention's words that are no catalogue code ("31520", "6205"); beside a SKU written out ("36 french floral
    cushion covers (20837)") a number of one or two digits is no code of its own, the SKU names the item."""
    sku_said = any(t in skus for t in said)
    return [t for t in said if t not in skus and (t not in codes or sku_said and len(t) < 3)]


def _as_in_name(q: Qty, names: frozenset) -> bool:
    """Whether a count is bare, a pack mark ("x4", "20 pk") or written with its unit as the name has it ("15kg")."""
    unit = (q.unit or "x").lower()
    return unit in PACK_MARKS or f"{q.value:g}{unit}" in names or {f"{q.value:g}", unit} <= names  # "(6 m length)"


def said_apart(old: Qty | None, q: Qty, names: frozenset) -> bool:
    """Whether a counted line and a lone count after it on its row say one count, one of the two a number of the
    item's name: the lone one ("the christmas ribbons, 6 by friday"), or the line's, when the lone count has its
    unit ("hydraulic oil 46 - five pails please"): the pails replace the grade."""
    new, said = named(q, names), named(old, names)
    return old is not None and new != said and (new or q.strength >= 2)


def recount(line: dict, q: Qty, names: frozenset, by_sku: dict) -> bool:
    """A lone count just after a counted line on the same row: "- star cake cases 36 - 12" gives 12 (36 is
    in the name, as "15kg" in "grease 15kg pail - 12"); "the christmas ribbons, 6" keeps its count (6 is
    in the name). True when the lone count was settled here."""
    old = line["_qty"]
    # "grease 15kg pail - 12"; "hydraulic oil 46 - five pails": a count in its unit replaces a bare name number
    if old is None or (q.unit is not None and (old.unit is not None or q.strength < 2)):
        return False
    if named(old, names) and not named(q, names) and _as_in_name(old, names):
        line["quantity"], line["_qty"] = round_qty(in_unit(q, by_sku[line["sku"]])), q
        return True
    return named(q, names) and not named(old, names)


def times_pair(body: str, x: Qty, q: Qty | None) -> bool:
    """ "vee belt B 1600 x 12": of "N x M" read with M as the count, N ends the name."""
    return q is not None and x.unit == "x" and q.unit is None and q.start >= x.end and not body[x.end : q.start].strip()


THE_BEFORE = re.compile(r"\bthe\s*$", re.I)
WITH_THE = re.compile(r"\bwith\s+the\s*$", re.I)  # "the light sets with the 10 santas": what the item has, a word of its name
PACK_BEFORE = re.compile(r"\b(?:set|pack|box|bag)s?\s+of\s*$|\bset\s+$", re.I)  # "SET 36 COLOURING PENCILS": a catalogue name's own "set N"


def in_name(body: str, x: Qty, known_code) -> bool:
    """Whether a weak number is said as part of the item's name: "2 spools of the 1.2 wire", "8 of the 6204
    bearings" (a decimal or a catalogue code after "the"; "12 of the 24" is none), "(set of 10)"."""
    if x.unit is not None:
        return False
    if PACK_BEFORE.search(body, max(0, x.start - 12), x.start):
        return True
    return bool(THE_BEFORE.search(body, max(0, x.start - 5), x.start)) and (
        x.value != int(x.value) or known_code(body[x.start : x.end].strip()) or WITH_THE.search(body, max(0, x.start - 12), x.start) is not None)


def stray_number(mention: str, names: frozenset, known_code) -> bool:
    """Whether a mention opens with a bare whole number that is neither a number of the item's names nor a
    catalogue code ("48 retrospot tissues" for PACK OF 12 RED RETROSPOT TISSUES): a count, no word of the name.
    (Only its very first word: "we'd want about 40 of the tin signs" may be a count-less line whose count follows.)"""
    said = terms(mention)
    return bool(said) and said[0].isdigit() and mention.lstrip(" -:,(").startswith(said[0]) and \
        said[0] not in numbers(names) and not known_code(said[0])


def slashed_packs(body: str, s: int, e: int) -> list[tuple[int, int]]:
    """The spans of body[s:e] that size a pack with a slash ("(25/pack)")."""
    # they size the count, no word of the item ("(24 to a box)" stays: it may name a boxed item)
    return [m.span() for m in INLINE_PACK.finditer(body, s, e) if "/" in m.group(0)]
