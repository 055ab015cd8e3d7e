"""Where goods go or what they are for ("4 for the shop", "to our cafe", "给食堂用") is no product: a line matched to an
item ("WRAP FLOWER SHOP", "LOCAL CAFE MUG") only on such a phrase's generic place or occasion word is dropped, while
a name that says the word outside the phrase ("wrap flower shop", "kitchen scales for our kitchen") stays."""
from __future__ import annotations

import re

from nlp.breakdowns import ZH_PLACE
from nlp.code_only import without_other_kinds
from nlp.followon import drop_corrected, drop_headers, drop_open_headers
from nlp.postprocess import round_qty
from nlp.text import terms

# generic places and occasions a buyer sends goods to or buys them for; product words ("scales", "bunting") are not here
_PLACES = ("shop", "shops", "store", "stores", "cafe", "café", "cafes", "kitchen", "kitchens", "office", "offices",
           "garden", "gardens", "party", "parties", "home", "house", "school", "church", "hall", "bar", "bars", "pub",
           "restaurant", "hotel", "site", "yard", "workshop", "factory", "warehouse", "depot", "club", "team", "staff",
           "wedding", "fete", "fair", "market", "centre", "center", "branch", "window", "counter", "room", "nursery",
           "kids", "children", "event", "festival", "canteen", "studio", "salon", "gallery", "museum", "farm", "plant",
           "mill", "stall", "unit", "flat", "lobby", "reception", "christmas", "xmas", "birthday", "sale",
           "tea", "bathroom", "bedroom", "lounge", "classroom", "staffroom", "toilets", "picnic", "disco", "shower")
PLACE_TERMS = frozenset(t for w in _PLACES for t in terms(w))
# "for the shop", "to our new cafe", "at my office": up to three words after the determiner, to a stop or the end
DEST = re.compile(r"\b(?:for|to|at)\s+(?:the|our|my|a|an|his|her|their|your|this|next)\s+((?:[a-z'&-]+\s*){1,3})", re.I)
OWN_WORDS = re.compile(r"[^,.;:!?()\n\d]*")  # what a count's own clause says after it
ONES = re.compile(r"\bones?\b|\b(?:range|design|style|kind|sort)s?\b", re.I)  # "price for the picnic ones": goods
OF_THEM = re.compile(r"^\W*(?:of\s+)?(?:them|those|these|which)\b", re.I)  # a part of the count said before
# "给食堂用", "送到店里", "办公室用的": a Chinese destination or use, with nothing else in the mention
# "hello it's brenda again at ambleside post office", "bev from the old post office, clun": a sender naming herself and
# her shop or place, the whole mention; the place ("post office") is no product
SELF_INTRO = re.compile(r"^(?:(?:hi|hello|hiya|hey|morning|afternoon|evening)\b[\s,!]*)?(?:(?:it|its|it's|this is|i am|i'm|im)\s+)?"
                        r"([a-z]+)(?:\s+(?:again|here))*\s+(?:from|at|@)\s+(?:the\s+)?(?:[a-z'&-]+\s*){1,4}(?:,\s*[a-z'-]+)?$")
_NOT_NAMES = frozenset(("ones", "them", "those", "these", "some", "more", "send", "order", "stock", "items", "goods",
                        "stuff", "any", "all", "lot", "rest", "delivery", "prices", "price", "samples"))
ZH_DEST = re.compile(r"^\W*(?:给|送到|发到|寄到|送去|发去)?(?:我们|咱们)?(?:的)?"
                     + ZH_PLACE +
                     r"(?:里|那边|这边)?(?:用的?|的)?\W*$")


def _place_only(mention: str, named: frozenset) -> bool:
    """Whether every word the mention shares with the item's name terms is a generic place word said only inside a
    for/to/at + article-or-owner phrase."""
    shared = set(terms(mention)) & set(named)
    if not shared or not shared <= PLACE_TERMS or ONES.search(mention):
        return False
    inside = {t for m in DEST.finditer(mention) for t in terms(m.group(1))}
    outside = set(terms(DEST.sub(" ", mention)))
    return shared <= inside and not shared & outside


def is_destination(mention: str, named: frozenset) -> bool:
    """Whether a line's mention names only where its goods go or what they are for, not the item (`named`: the
    item's name terms)."""
    return ZH_DEST.match(mention or "") is not None or _place_only(mention or "", named)


def without_destinations(lines: list[dict], terms_of, body: str = "") -> list[dict]:
    """The lines, less those read from a destination or purpose phrase alone (`terms_of`: a SKU's name terms); the
    count of one said like the line before's place is more of that line ("12 X to the shop and 12 to the cafe")."""
    out: list[dict] = []
    for ln in lines:
        mention = ln.get("mention") or ""
        if not (_placed(ln, terms_of(ln["sku"]), body) if ln.get("sku") else _bare_place(mention)):
            out.append(ln)
        elif out and _parallel(out[-1], ln):
            prev, q = out[-1], ln["_qty"]
            prev["quantity"] = round_qty(prev["quantity"] * (1 + q.value / prev["_qty"].value))  # in the line's unit
    return out


def _placed(ln: dict, named: frozenset, body: str) -> bool:
    """Whether the line's mention, or the words said right after its count, name only a destination ("40 X, 20 for
    the garden centre": the line read with X's words carried over is still read from a place)."""
    q, kin = ln.get("_qty"), (ln.get("_f") or {}).get("kin")  # (only a line whose words were carried over)
    own = OWN_WORDS.match(body, q.end).group(0) if kin and q is not None and q.end <= len(body) else ""
    return is_destination(ln.get("mention") or "", named) or bool(own.strip()) and is_destination(own, named)


def _parallel(prev: dict, ln: dict) -> bool:
    """Whether a destination line's count goes to another place beside the line before's own place ("… to the shop
    and 12 to the cafe"), not a part of its count ("24 X, 12 of them for the shop")."""
    q, p = ln.get("_qty"), prev.get("_qty")
    return q is not None and p is not None and q.unit is None and p.value and prev.get("quantity") is not None and \
        DEST.search(prev.get("mention") or "") is not None and not OF_THEM.search(ln.get("mention") or "")


def _bare_place(mention: str) -> bool:
    """Whether a line matched to no item was read from a place phrase and nothing else ("10 for the office")."""
    return ZH_DEST.match(mention) is not None or DEST.search(mention) is not None and not terms(DEST.sub(" ", mention))


def walked_lines(lines: list[dict], names_of, body: str, vocabulary=frozenset()) -> list[dict]:
    """A walk's lines less headers, corrected lines, destinations, self-introductions and other kinds of goods."""
    lines = without_destinations(drop_corrected(drop_open_headers(drop_headers(lines, names_of))), names_of, body)
    lines = [ln for ln in lines if not _self_intro(ln.get("mention") or "", vocabulary)]
    return without_other_kinds(lines, names_of, vocabulary)


def _self_intro(mention: str, vocabulary) -> bool:
    """Whether a line's whole mention is the sender introducing herself by a name no item's name has, and her place."""
    m = SELF_INTRO.match(mention)
    # (by its catalogue terms: "Mugs @ trade price" names goods, its plural no word of the vocabulary as said)
    return m is not None and m.group(1) not in _NOT_NAMES and not any(w in vocabulary for w in (m.group(1), *terms(m.group(1))))
