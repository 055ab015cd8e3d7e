"""What one pack holds, said beside a count of packs ("五箱，每箱10盒", "要 3 件 X，一件 10 个", "一箱6个，要两箱"):
the packs counted are counted in the inner unit, which the catalogue unit then converts as usual."""
from __future__ import annotations

import re

from nlp.count_context import STOCK_WORDS
from nlp.quantities import Qty, number_value
from nlp.unit_counts import HOLDING, ZH_NUM, ZH_PACK, ZH_UNIT
from nlp.prefilter import prefiltered

# "五箱，每箱10盒", "两箱，一箱20盒", "三箱（每箱400片）", "四包 12双/包", "两箱 20盒一箱": what each counted pack holds.
INNER_PACK = re.compile(rf"[\s,:;()（）]{{0,3}}(?:(?:[每一]|(?<![\d.])1\s*)(?P<p1>{ZH_PACK})\s*(?:装|是|有|=)?\s*(?P<n1>{ZH_NUM})\s*(?P<u1>{ZH_UNIT})|"
                        rf"(?P<n2>{ZH_NUM})\s*(?P<u2>{ZH_UNIT})\s*(?:/|一|每)\s*(?P<p2>{ZH_PACK})|(?P<n3>{ZH_NUM})\s*(?P<u3>{ZH_UNIT})\s*装)")
# "一箱（6个装）要两箱", "一箱6个，要两箱": what one pack holds said before the packs are counted
HELD_BEFORE = re.compile(rf"(?:[每一]|(?<![\d.])1\s*)(?P<p>{ZH_PACK})\s*(?:装|是|有|=)?\s*[(（]?\s*(?P<n>{ZH_NUM})\s*(?P<u>{ZH_UNIT})\s*装?[)）]?[^\d一二两三四五六七八九十]{{0,4}}$")
# "你们一件是10个对吧", "（一件24个）": what one pack holds, said anywhere in the message
DECLARED = re.compile(rf"(?:每|(?<![\d.一二两三四五六七八九十百千])[一1])\s*(?P<p>{ZH_PACK})\s*(?:装|[都就]?是|都?有|=)?\s*(?P<n>{ZH_NUM})\s*(?P<u>(?!块)(?:{ZH_UNIT}))|"
                      rf"(?<![¥￥$\d.])(?P<n2>{ZH_NUM})\s*(?P<u2>(?!块)(?:{ZH_UNIT}))\s*(?:/|[一每](?=箱|件))\s*(?P<p2>{ZH_PACK})")  # "（24个/件）", "100个一箱" (a carton; "60个一包" is the item), not "12块/件"


def inner_pack(text: str, q: Qty, stop: int) -> Qty:
    """"五箱，每箱10盒" is fifty 盒: a counted pack with what each holds (right after it, opening the next clause when the
    goods come between, or said before it) is counted in the inner unit; a description after joins the span."""
    if not (q.unit and q.strength >= 2 and q.unit in HOLDING):
        return q
    m = INNER_PACK.match(text, q.end)
    after = INNER_PACK.match(text, stop) if m is None and q.unit not in text[q.end : stop] else None
    m = m or (after if after and after.group("p1") == q.unit else None)
    if m and (m.group("p1") or m.group("p2") or q.unit) == q.unit:
        inner, unit = number_value(m.group("n1") or m.group("n2") or m.group("n3")), m.group("u1") or m.group("u2") or m.group("u3")
        end = m.end() if m.end() <= stop else q.end
    else:
        before = HELD_BEFORE.search(text[max(0, q.start - 24) : q.start])
        if not before or before.group("p") != q.unit:
            return _declared(text, q)
        inner, unit, end = number_value(before.group("n")), before.group("u"), q.end
    if not inner or unit == q.unit:
        return q
    return Qty(q.start, end, q.value * inner, unit, q.strength)


def _declared(text: str, q: Qty) -> Qty:
    """"A 要一件（一件=24个），B 也要一件": a pack size said once in the message holds for every count of that pack,
    unless the message gives that pack several sizes."""
    said = [(m.group("p") or m.group("p2"), m.group("n") or m.group("n2"), m.group("u") or m.group("u2"), m)
            for m in DECLARED.finditer(text)]
    sizes = {(number_value(n), u) for p, n, u, m in said if p == q.unit and u != q.unit and not m.start() <= q.start < m.end()
             and not _bracketed(text, m.start(), p)}
    if len(sizes) != 1:
        return q
    (inner, unit), = sizes
    return Qty(q.start, q.end, q.value * inner, unit, q.strength) if inner else q


def _bracketed(text: str, start: int, pack: str) -> bool:
    """ "切割片要20盒（每盒50片），磨光片要10盒", "40盒（25片/盒）": a size in brackets right after a count of packs describes
    those packs (磨光片 keep the catalogue's), unlike "两件（一件=12个）", which defines what one such pack holds."""
    if re.match(r"[一1]", text[start:]):
        return False
    return bool(re.search(rf"(?:{ZH_NUM})\s*{re.escape(pack)}\s*[(（]\s*$", text[max(0, start - 12) : start]))


TOP_UP_TO = prefiltered(r"(?:补|加|备)(?:到|足到?|齐到?|够)\s*$")  # "补到200套": stock brought up to that many
STOCK_SAID = re.compile(rf"{STOCK_WORDS}(?P<n>{ZH_NUM})\s*(?P<u>{ZH_UNIT})")


def topped_up(text: str, qty: list[Qty]) -> list[Qty]:
    """ "实际96套，补到200套" orders 104: a count topped up to is less the stock counted before it in its clause."""
    out = []
    for q in qty:
        if q.strength >= 2 and q.unit and TOP_UP_TO.search(text[max(0, q.start - 4) : q.start]):
            start = max(text.rfind(c, 0, q.start) for c in ";；。\n") + 1
            stock = [m for m in STOCK_SAID.finditer(text, start, q.start) if m.group("u") == q.unit]
            have = number_value(stock[-1].group("n")) if stock else None
            if have is not None and q.value > have:
                q = Qty(q.start, q.end, q.value - have, q.unit, q.strength, q.pack_of)
        out.append(q)
    return out
