"""A group-buy 接龙 list ("1. 小美 妈妈厨房挂钟 ×2、勺托 ×1"): each member's row as one item a line, the member's
name left out, and an item said short ("挂钟") named as the member before wrote it in full."""
from __future__ import annotations

import re

# "#接龙", "接龙团购": the list is a chain each member adds a numbered row to
CHAIN = re.compile(r"接龙")
# "2. 阿琳 妈妈厨房挂钟 ×1、勺托 ×2": a row number, the member's name, then the items with their counts
ROW = re.compile(r"^[ \t]*(?P<no>\d{1,3})\s*[.、)）．]\s*(?P<who>[^\s\d×xX*:：]{1,6})(?:[ \t]+|[ \t]*[:：][ \t]*)(?P<rest>\S.*)$", re.M)
COUNTED = re.compile(r"[×xX*]\s*\d+|\d+\s*[个件只套份盒包箱]")
GOODS = re.compile(r"[\u4e00-\u9fff]{2}|[a-z]{3}", re.I)
SPLIT = re.compile(r"\s*[、,，;；]\s*")
ITEM_LINE = re.compile(r"^(\s*\d{1,3}\.\s*)(.+?)(\s*(?:[×xX*]\s*\d+|\d+\s*[个件只套份盒包箱])\s*)$")


def chained(body: str) -> str:
    """A 接龙 list with one counted item a line, without the members' names, short names said in full."""
    if not CHAIN.search(body):
        return body
    # (a row with goods after the name: "1. 妈妈厨房挂钟 ×2" has no name, its goods are not "×2")
    rows = [m for m in ROW.finditer(body) if COUNTED.search(m.group("rest")) and GOODS.search(COUNTED.sub("", m.group("rest")))]
    for m in reversed(rows):  # (rewritten from the end, so the earlier offsets hold)
        items = [it for it in SPLIT.split(m.group("rest").strip()) if it]
        body = body[: m.start()] + "\n".join(f"{m.group('no')}. {it}" for it in items) + body[m.end() :]
    return _named_in_full(body)


def _named_in_full(body: str) -> str:
    """Each short item name ("挂钟") that ends a longer one said earlier in the list ("妈妈厨房挂钟") said in full."""
    lines = body.split("\n")
    names: list[str] = []
    for k, line in enumerate(lines):
        m = ITEM_LINE.match(line)
        if not m:
            continue
        name = m.group(2).strip()
        longer = next((n for n in names if n.endswith(name) and n != name), None)
        if longer:
            lines[k] = m.group(1) + longer + m.group(3)
        elif name not in names:
            names.append(name)
    return "\n".join(lines)
