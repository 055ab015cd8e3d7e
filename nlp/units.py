"""Units of measure and packs: what a message's unit word means in the SKU's catalogue unit."""
from __future__ import annotations

import re

from nlp.catalog import CatalogItem

# unit word -> (kind, factor): kind "count" (pieces), "pack" (box/roll/pail ...), or a measure kind.
UNIT_WORDS: dict[str, tuple[str, float]] = {}
for _words, _kind, _factor in [
    # ("Stk." / "stck": the German and Swiss writer's Stück, pieces; "stuks": the Dutch writer's, "szt": the Polish)
    ("pc pcs piece pieces unit units ea each item items no nos stk stck stuks stuk szt x 个 只 件 片 块 台 把 顶 条 粒 颗 张", "count", 1),
    ("set sets 套 副 付", "count", 1),
    ("pair pairs pr prs 双 对", "pair", 1),
    ("dozen doz dz dzn 打", "count", 12),
    ("gross", "count", 144),
    ("score", "count", 20),
    ("根", "stick", 1),
    ("支", "stick", 1),
    ("box boxes bx carton cartons ctn ctns case cases pack packs pk pkt pkts packet packets pail pails "
     "drum drums tub tubs keg kegs jerrycan jerrycans bucket buckets tin tins can cans roll rolls reel reels coil coils spool spools bag bags "
     "bundle bundles length lengths 盒 箱 卷 桶 盘 包 组 捆 袋 听", "pack", 1),
    ("t ton tons tonne tonnes mt 吨", "mass", 1000),
    ("kg kgs kilo kilos kilogram kilograms 公斤 千克", "mass", 1),
    ("斤", "mass", 0.5),
    ("g gram grams 克", "mass", 0.001),
    ("m metre metres meter meters mtr mtrs 米", "length", 1),
    ("km 公里", "length", 1000),
    ("l litre litres liter liters ltr 升", "volume", 1),
]:
    for _w in _words.split():
        UNIT_WORDS[_w] = (_kind, _factor)
# The English unit words of two letters or more as a regex alternation, longest first ("boxes" before "box").
EN_UNIT_ALT = "|".join(sorted((w for w in UNIT_WORDS if w.isascii() and w.isalpha() and len(w) > 1), key=len, reverse=True))

# The catalogue unit's own kind and factor.
ITEM_UNITS = {"pcs": ("count", 1), "set": ("count", 1), "pair": ("pair", 1), "t": ("mass", 1000),
              "kg": ("mass", 1), "m": ("length", 1), "l": ("volume", 1), "box": ("pack", 1),
              "bag": ("pack", 1), "roll": ("pack", 1)}


def item_unit(item: CatalogItem) -> tuple[str, float]:
    """Kind and factor of the SKU's catalogue unit (unknown units count as pieces)."""
    return ITEM_UNITS.get(item.unit.lower(), UNIT_WORDS.get(item.unit.lower(), ("count", 1)))


def convert(qty: float, word: str | None, item: CatalogItem, pack_of: float | None = None) -> float:
    """The quantity in the SKU's catalogue unit, using measure factors and the pack size."""
    if not word:
        return qty
    kind, factor = UNIT_WORDS.get(word.lower(), ("count", 1))
    ikind, ifactor = item_unit(item)
    if word.lower() in ("pair", "pairs") and ikind != "pair" and not (ikind == "count" and paired(item)):
        return _from_count(qty * 2, ikind, item)  # "a pair of" candles is 2; "30 pairs" of gloves is 30
    if pack_of and kind == "pack":  # "3 boxes of 24" says its own pack size
        return _from_count(qty * pack_of, ikind, item)
    if kind == ikind:  # same kind: boxes of a boxed item, tonnes vs kg
        return qty * factor / ifactor
    if kind == "pack":
        return qty * item.pack_size if item.pack_size and ikind != "pack" else qty
    if kind == "stick":
        # 支/根 of a measured item (pipe lengths) are packs; of a bagged item they are pieces.
        return _stick(qty, ikind, item)
    if kind in ("count", "pair"):
        if ikind in ("mass", "length", "volume") and item.pack_size:
            return qty * factor * item.pack_size  # "6 sets" of a 20 kg paint set
        return _from_count(qty * factor, ikind, item)
    return qty


# Goods named in the plural that one piece of is a pair: "48 pairs of garden gloves" are 48 of that item.
_PAIRED = re.compile(r"\b(?:pair|gloves|mittens|socks|earrings|slippers|shoes|boots|wellies|wellingtons|sandals|"
                     r"scissors|tongs|trousers|jeans|shorts|goggles|glasses|spectacles|binoculars|chopsticks|cufflinks)\b", re.I)


def paired(item: CatalogItem) -> bool:
    """Whether one piece of the item is already a pair (its name is a pair noun or says "pair")."""
    return _PAIRED.search(item.name) is not None


def _stick(qty: float, ikind: str, item: CatalogItem) -> float:
    """支/根: a length of pipe for measured items, a piece for counted ones."""
    if ikind in ("length", "mass", "volume"):
        return qty * (item.pack_size or 1)
    return _from_count(qty, ikind, item)


def _from_count(pieces: float, ikind: str, item: CatalogItem) -> float:
    """Pieces into the item's unit: packs divide by the pack size, counts stay."""
    if ikind == "pack" and item.pack_size:
        return pieces / item.pack_size
    return pieces


def carried_unit(value: float, said: str | None, item: CatalogItem, before: CatalogItem) -> str | None:
    """The unit a bare count takes over from the counted line just before it ("4 pails white enamel,
    2 pails black, 2 yellow": 2 pails), or None: only for a measured item sold like that line's item,
    and only when the bare number is too small to be the measure itself."""
    kind = UNIT_WORDS.get((said or "").lower(), ("",))[0]
    ikind = item_unit(item)[0]
    if ikind not in ("mass", "length", "volume") or item.unit != before.unit or kind not in ("pack", ikind):
        return None
    if kind == "pack" and not (item.pack_size and value < item.pack_size):
        return None
    return said

