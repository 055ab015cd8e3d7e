"""Variant attributes (colour, size) that decide between otherwise identical items."""
from __future__ import annotations

from nlp.words import ZH_SHADE_COLOURS

COLOURS = frozenset(
    "red blue green yellow black white pink purple orange brown grey gray silver gold cream ivory "
    "beige navy turquoise teal lilac lavender natural clear rose copper bronze khaki mint aqua "
    "red/white blue/white 红 蓝 绿 黄 黑 白 粉 紫 橙 棕 灰 银 金".split()
) | ZH_SHADE_COLOURS
SIZES = frozenset("small medium large mini jumbo giant big xl xxl xs tiny 大 中 小 大号 中号 小号".split())
# Common salesperson shorthand, mapped to catalogue words (the skeleton rule misses these).
ABBREVIATIONS = {
    "blk": "black", "wht": "white", "wh": "white", "grn": "green", "blu": "blue", "rd": "red",
    "pnk": "pink", "gry": "grey", "gray": "grey", "sml": "small", "sm": "small", "med": "medium",
    "lg": "large", "lrg": "large", "big": "large", "hldr": "holder",
    "tealight": "tlight", "xmas": "christmas", "choc": "chocolate", "vint": "vintage",
    "brg": "bearing", "brgs": "bearing", "ss": "stainless", "galv": "galvanised",
    "galvanized": "galvanised", "pkt": "pack", "bx": "box", "kids": "childrens", "kid": "childrens", "kiddies": "childrens",
    "children": "childrens", "mug": "mug", "polka": "polkadot",
    # Retail catalogue clippings ("BLUE/NAT", "ASSTD COLOURS", "TURQ", "NECKL").
    "nat": "natural", "asst": "assorted", "asstd": "assorted", "turq": "turquoise", "neckl": "necklace",
    "garld": "garland", "pk": "pack", "no": "number",
    # Chinese size words for the catalogue's letter sizes (手套要大号的 = size L).
    "大号": "l", "中号": "m", "小号": "s", "加大号": "xl", "特大号": "xxl",
}


# A fastener's or pipe's finish: stainless and zinc-plated are two variants, never one.
MATERIALS = {"stainless": "stainless", "ss": "stainless", "不锈": "stainless", "zinc": "zinc", "zn": "zinc",
             "galvanised": "zinc", "galvanized": "zinc", "galv": "zinc", "镀锌": "zinc", "zp": "zinc", "bzp": "zinc",
             "hdg": "zinc"}
LETTER_SIZES = {"s": "small", "m": "medium", "l": "large", "xs": "xs", "xl": "xl", "xxl": "xxl"}
# A catalogue's MINI is its small size (comparatives are read as the size word in mentions.mention_text).
SAME_SIZE = {"big": "large", "lrg": "large", "lg": "large", "sml": "small", "little": "small", "med": "medium",
             "tiny": "small", "mini": "small"}


def attributes(terms: list[str] | set[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The colour and size words among the terms (sizes folded: "big" asks for what "large" names)."""
    colours = frozenset(t for t in terms if t in COLOURS)
    sizes = frozenset(SAME_SIZE.get(t, t) for t in terms if t in SIZES or t in SAME_SIZE)
    if "size" in terms or "码" in terms or "号" in terms:
        # A lone letter is a size only where the text says so ("size S", "S码"): "I'm", "L-HM" are none.
        sizes |= {LETTER_SIZES[t] for t in terms if t in LETTER_SIZES}
    return colours, sizes


_NONE: frozenset[str] = frozenset()


def closing_size(name: str) -> frozenset[str]:
    """The size a catalogue name ends with as a lone letter ("PAPER LANTERN HOLLY STAR L", "POLO SHIRT NAVY XL")."""
    if len(name) < 5 or " " not in name[-4:-1]:  # most names end in a word: no slicing for them
        return _NONE
    last = name[name.rfind(" ") + 1:]
    return frozenset((LETTER_SIZES[last],)) if last in LETTER_SIZES else _NONE


def attribute_penalty(query: list[str], name: set[str]) -> float:
    """Penalty when the mention asks for a colour/size that the item has a different value of."""
    return penalty_of(attributes(query), attributes(name))


def materials(terms: list[str] | set[str]) -> frozenset[str]:
    """The finish or material words among the terms, folded ("galv", "zn", "镀锌" -> zinc)."""
    return frozenset(MATERIALS[t] for t in terms if t in MATERIALS)


def penalty_of(query_attrs: tuple[frozenset, ...], name_attrs: tuple[frozenset, ...]) -> float:
    """attribute_penalty on attributes already extracted (the matcher caches them per name);
    a third element, when both have it, is the finish (stainless asked, zinc-plated named)."""
    (qc, qs, *qm), (nc, ns, *nm) = query_attrs, name_attrs
    penalty = 0.0
    if qm and nm and qm[0] and nm[0] and not (qm[0] & nm[0]):
        penalty += 0.25
    if qc and nc and not (qc & nc):
        penalty += 0.25
    if qs and ns and not (qs & ns):
        penalty += 0.2
    if qc and not nc:
        penalty += 0.05
    return penalty
