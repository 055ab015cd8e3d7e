"""Family-only mentions and lists of variants: which variant a vague mention means, "红的蓝的各两卷"."""
from __future__ import annotations

import re

from nlp.attributes import COLOURS
from nlp.catalog import CatalogItem
from nlp.glossary import family_styles, latin_styles, styles
from nlp.quantities import Qty
from nlp.units import UNIT_WORDS, item_unit

TIE = 0.02  # candidates this close to the top are readings the mention cannot tell apart
# 黄绿 / 双色 is one colour of wire (the earth conductor), not yellow and green.
# Shades of the gift trade ("薄荷绿", "奶白", "米色") are one colour each, not green or white plus a word.
ZH_COLOUR = re.compile(r"(?:黄绿双?|双)色|黄绿|(?:薄荷|松石|墨|军)绿色?|(?:米|奶|象牙)白色?|粉红色?|(?:米|奶油|咖啡|巧克力|橘|金|褐)色|"
                       r"(?:大|中|铁)?[红蓝绿黄黑白灰紫粉橙棕银]色?")
ZH_MATERIAL = re.compile(r"镀锌|不锈钢|碳钢|发黑")
# A size letter alone is a size only next to 码/号 or in a list ("S/M", "M、L、XL").
ZH_SIZE = re.compile(r"(?<![a-z])(?:xxl|xl|xs|s|m|l)(?![a-z0-9])(?:码|号|(?=\s*[/、])|(?<=[/、][a-z])|(?<=[/、][a-z]{2})|"
                     r"(?<=[/、][a-z]{3}))|[大中小]号")
CODE = re.compile(r"[a-z]*\d[a-z0-9.x*#-]*")
LIST_SEP = re.compile(r"[和及与、/,](?=\s|$)|(?:^|(?<=\s))[和及与、/,]|、")  # what joined the items


def fits(q: Qty | None, item: CatalogItem) -> bool:
    """Whether the count's unit word can be read in the item's unit ("50盒" of boxed gloves, not of pairs)."""
    if q is None or not q.unit:
        return True
    kind = UNIT_WORDS.get(q.unit, ("count", 1))[0]
    ikind = item_unit(item)[0]
    if kind == "pack":
        return ikind == "pack" or bool(item.pack_size)
    if kind in ("mass", "length", "volume"):
        return ikind == kind
    return ikind in ("count", "pair", "pack") or (kind == "stick" and bool(item.pack_size))


def prefer(matches: list[tuple[str, float]], q: Qty | None, by_sku: dict) -> tuple[list, bool]:
    """Near-tied candidates of a family-only mention: the one whose unit fits the count, then the
    catalogue's default variant goes first. Returns the list and whether the order changed."""
    if len(matches) < 2:
        return matches, False
    top = matches[0][1]
    tied = [m for m in matches if m[1] >= top - TIE]
    if len(tied) < 2:
        return matches, False
    best = max(tied, key=lambda m: (fits(q, by_sku[m[0]]), by_sku[m[0]].default))
    if best is matches[0]:
        return matches, False
    return [best] + [m for m in matches if m is not best], True


# "门牌数字1到5", "3~6号": a short run of numbered variants (not a code's digits: "a2-70", "6305-2rs")
NUMBER_RUN = re.compile(r"(?<![a-z0-9.])(\d{1,2})\s*(?:到|至|~|-)\s*(\d{1,2})(?![a-z0-9.])")
MAX_RUN = 12


def number_run(mention: str) -> list[str]:
    """"金属门牌 数字1到4" -> ["金属门牌 数字 1", …, "金属门牌 数字 4"]: one mention per number of a short run."""
    m = NUMBER_RUN.search(mention)
    if not m or not 2 <= int(m.group(2)) - int(m.group(1)) + 1 <= MAX_RUN:
        return []
    base = re.sub(r"\s+", " ", f"{mention[: m.start()]} {mention[m.end() :]}").strip()
    return [f"{base} {i}" for i in range(int(m.group(1)), int(m.group(2)) + 1)]


def each_variants(mention: str) -> list[str]:
    """"bv2.5红 蓝" (said with 各) -> ["bv2.5 红", "bv2.5 蓝"]: one mention per colour, size or
    code of one shape ("m8、m10镀锌螺母" -> ["镀锌螺母 m8", "镀锌螺母 m10"])."""
    for rx in (ZH_COLOUR, ZH_SIZE, ZH_MATERIAL, CODE):
        found = list(dict.fromkeys(m.group(0) for m in rx.finditer(mention)))
        if rx is CODE:  # codes of one shape only: "j421焊条2.5和3.2" lists 2.5 and 3.2, not j421
            shapes = [re.sub(r"\d+", "9", c) for c in found]  # "304板2.0和3.0": 2.0 and 3.0, not the grade
            found = [c for c, sh in zip(found, shapes) if shapes.count(sh) >= 2]
            if len(set(re.sub(r"\d+", "9", c) for c in found)) != 1:
                break
        if len(found) >= 2:
            rest = rx.sub(" ", mention) if rx is not CODE else re.sub("|".join(map(re.escape, found)), " ", mention)
            base = " ".join(dict.fromkeys(LIST_SEP.sub(" ", rest).split()))  # "bv2.5红线、蓝线": one 线
            if rx is ZH_COLOUR:  # "blue owl soft toy 蓝色…和粉色的": the colour said in English is the first one's too
                base = " ".join(w for w in base.split() if w not in COLOURS)
            return [f"{base} {v}".strip() for v in found]
    return shared_code(mention) or styles(mention) or latin_styles(mention) or family_styles(mention)


def shared_code(mention: str) -> list[str]:
    """"m10平垫和弹垫" -> ["m10平垫", "m10 弹垫"]: items joined by 和 / 、 after a code take the code
    when they have none of that shape themselves ("6205轴承开式和2rs" -> "6205 2rs")."""
    parts = [p.strip() for p in re.split(r"[和及与、]", mention) if p.strip()]
    codes = [c for c in CODE.findall(parts[0]) if re.search(r"[a-z]\d|\d\d", c)] if len(parts) >= 2 else []
    if not codes:
        return []
    out = [parts[0]]
    for part in parts[1:]:
        if re.search(r"\d{3}", part):  # "6205-2rs和6205zz": a full model number borrows nothing
            out.append(part)
            continue
        own = {re.sub(r"\d+", "9", c) for c in CODE.findall(part)}
        for c in codes:  # "rvv3x1.5和3x2.5": the second spec takes the type letters of the first
            letters, tail = re.match(r"([a-z]*)(.*)", c).groups()
            bare = [x for x in CODE.findall(part) if x[0].isdigit() and re.sub(r"\d+", "9", x) == re.sub(r"\d+", "9", tail)]
            if letters and bare:
                part = part.replace(bare[0], letters + bare[0], 1)
                own.add(re.sub(r"\d+", "9", c))
        out.append(" ".join([c for c in codes if re.sub(r"\d+", "9", c) not in own] + [part]))
    return out


def variant_kinds(text: str) -> list:
    """The kinds of attribute (colour, size, material) a text names."""
    return [rx for rx in (ZH_COLOUR, ZH_SIZE, ZH_MATERIAL)
            if rx.search(text) or (rx is ZH_SIZE and re.fullmatch(r"\s*(?:xxl|xl|xs|s|m|l)\s*", text))]


def other_variants(context: str, variant: str) -> str:
    """The context without the attribute of the variant's kind ("丁腈手套 蓝色 m码", "l码" -> "丁腈手套 蓝色");
    the whole context when it names no attribute of that kind ("手套 大号 丁腈", "蓝色": the colour adds to it)."""
    kinds = variant_kinds(variant)
    if kinds and not any(rx.search(context) for rx in kinds):
        return context
    for rx in kinds:
        context = rx.sub(" ", context)
    return re.sub(r"\s+", " ", context).strip()
