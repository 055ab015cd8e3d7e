"""A generated catalogue of realistic variety (families, codes, materials, colours, sizes) and
queries written the way people write them (other order, abbreviations, typos, code formats)."""
from __future__ import annotations

import random
import re

from nlp.catalog import CatalogItem

FAMILIES = [
    ("hex bolt", "M{a}x{b}"), ("hex nut", "M{a}"), ("flat washer", "M{a}"), ("spring washer", "M{a}"),
    ("socket cap screw", "M{a}x{b}"), ("threaded rod", "M{a}x{c}"), ("deep groove ball bearing", "6{a}{b}-2RS"),
    ("shielded ball bearing", "6{a}{b}ZZ"), ("taper roller bearing", "30{a}{b}"), ("gate valve", "DN{c}"),
    ("ball valve", "DN{c}"), ("butterfly valve", "DN{c}"), ("check valve", "DN{c}"), ("v-belt", "A-{d}"),
    ("timing belt", "HTD{d}-{b}M"), ("hydraulic hose", "R2-{a}-{d}"), ("pressure gauge", "PG{c}-{a}BAR"),
    ("centrifugal pump", "PSLX{c}H"), ("submersible pump", "QDX{a}-{b}"), ("electric motor", "Y2-{c}M-{a}"),
    ("contactor", "LC1D{b}{a}"), ("circuit breaker", "C{b}A {a}P"), ("power cable", "YJV {a}x{b}"),
    ("flexible cable", "RVV {a}x{b}"), ("cable tie", "{a}x{c}"), ("cutting disc", "{c}x{a}"),
    ("grinding disc", "{c}x{a}x16"), ("drill bit", "HSS {a}.{b}mm"), ("welding rod", "E{c}"),
    ("welding wire", "ER{a}S-{b}"), ("safety helmet", "H{c}"), ("nitrile glove", "NG{c}"),
    ("work glove", "WG{c}"), ("respirator mask", "KN{c}"), ("led panel light", "{c}W"),
    ("led tube", "T8 {a}ft"), ("floodlight", "FL{c}W"), ("t-light holder", "TL{c}"),
    ("hanging heart decoration", "HD{c}"), ("lunch bag", "LB{c}"), ("jumbo bag", "JB{c}"),
    ("cake stand", "CS{a} tier"), ("tea cup and saucer", "TC{c}"), ("hot water bottle", "HW{c}"),
    ("cushion cover", "CC{c}"), ("photo frame", "PF{a}x{b}"), ("ceramic mug", "MG{c}"),
    ("storage tin", "ST{c}"), ("gift wrap", "GW{c}"), ("paper napkins", "PN{c}"),
]
MATERIALS = ["zinc plated", "stainless", "galvanised", "brass", "plastic", "ceramic", "enamel", "cotton"]
COLOURS = ["red", "blue", "green", "black", "white", "pink", "yellow", "grey", "ivory", "orange"]
SIZES = ["small", "medium", "large", "jumbo", "mini"]
UNITS = ["pcs", "pcs", "pcs", "set", "box", "m", "kg"]
ABBREV = {"black": "blk", "white": "wht", "green": "grn", "small": "sml", "medium": "med", "large": "lrg",
          "stainless": "ss", "galvanised": "galv", "holder": "hldr", "bearing": "brg", "decoration": "deco"}


def _code(pattern: str, rng: random.Random) -> str:
    """A model/spec code from a family pattern."""
    return pattern.format(a=rng.randint(1, 9), b=rng.randint(0, 9), c=rng.choice(range(10, 400, 5)),
                          d=rng.choice(range(500, 3000, 50)))


def generate(n: int, seed: int = 7) -> list[CatalogItem]:
    """n distinct items: family + code + material/colour/size variants."""
    rng = random.Random(seed)
    seen: set[str] = set()
    items: list[CatalogItem] = []
    while len(items) < n:
        fam, pattern = rng.choice(FAMILIES)
        parts = [rng.choice(MATERIALS) if rng.random() < 0.5 else "", fam, _code(pattern, rng),
                 rng.choice(SIZES) if rng.random() < 0.3 else "", rng.choice(COLOURS) if rng.random() < 0.5 else ""]
        name = " ".join(p for p in parts if p).upper()
        if name in seen:
            continue
        seen.add(name)
        sku = f"G{len(items):06d}"
        items.append(CatalogItem(sku=sku, name=name, unit=rng.choice(UNITS)))
    return items


def _recode(word: str, rng: random.Random) -> str:
    """The same code written another way: separators changed, case changed."""
    w = word
    if "-" in w and rng.random() < 0.5:
        w = w.replace("-", rng.choice(["", " "]))
    if re.search(r"\dx\d", w, re.I) and rng.random() < 0.5:
        w = re.sub(r"(?<=\d)x(?=\d)", rng.choice(["*", " x ", "×"]), w, flags=re.I)
    return w.lower() if rng.random() < 0.5 else w


def _typo(word: str, rng: random.Random) -> str:
    """One swapped or dropped letter in a long word."""
    if len(word) < 6 or any(c.isdigit() for c in word):
        return word
    i = rng.randint(1, len(word) - 3)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :] if rng.random() < 0.5 else word[:i] + word[i + 1 :]


def perturb(items: list[CatalogItem], n: int, seed: int = 11) -> list[tuple[str, str]]:
    """(query, sku) pairs: each query is an item's name rewritten as a person might write it."""
    rng = random.Random(seed)
    out = []
    for item in rng.sample(items, n):
        words = item.name.lower().split()
        words = [ABBREV.get(w, w) if rng.random() < 0.3 else w for w in words]
        words = [_typo(w, rng) if rng.random() < 0.15 else w for w in words]
        words = [_recode(w, rng) if any(c.isdigit() for c in w) else w for w in words]
        if rng.random() < 0.5:
            rng.shuffle(words)
        out.append((" ".join(words), item.sku))
    return out
