"""Chinese self-corrections that name the item they recount: "…二十个，不对，retrospot那个要三十个", "对了6205那个改成三百吧"."""
from __future__ import annotations

import re

from nlp.unit_counts import ZH_UNIT

_NUM = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万半]+)"
_STOP = r",.;!?\n，。；！？"
# "不对，螺丝要五千，其他不变": the cue, the item named by a word of it, its new count. After 对了 ("oh, and") only 改成 /
# 改为 recounts (a count after 要 there is another item: "对了，手套也要十打").
NAMED = re.compile(rf"(?:^|(?<=[{_STOP}]))[^\S\n]*(?:(?P<no>不对|说错了|我说错了|哦不)|对了|哦对了?)[\s,，]*"
                   rf"(?P<ref>[^\s{_STOP}]{{1,16}}?)(?:那个|那款|那种|那批|的)?\s*(?(no)(?:要|改成|改为|改到|是)|(?:改成|改为|改到))\s*"
                   rf"(?P<n>{_NUM})\s*(?P<unit>{ZH_UNIT})?(?:吧|啊|哈)?"
                   rf"(?:[\s,，]*(?:其他|其余|别的|其它)的?(?:都)?(?:不变|照旧|一样))?[\s{_STOP}]?")
_COUNT = re.compile(rf"(?P<n>{_NUM})\s*(?P<unit>{ZH_UNIT})|(?P<bare>{_NUM})\s*$")
_CUT = re.compile(rf"[{_STOP}]")
# "上周订的螺丝3000个，对了螺丝改成五千": after 对了 a placed order's count is changed, not the message's own
PLACED = re.compile(r"上次|上周|昨天|之前|订单|那单|这单|已(?:经)?(?:下|订|发)|订的|下的单")


def named_recounts(body: str) -> str:
    """The body with each named recount put in place of the count it corrects; left as it is when no earlier clause
    names the item."""
    if "对" not in body and "错" not in body and "哦不" not in body:
        return body
    for m in reversed(list(NAMED.finditer(body))):
        body = _applied(body, m)
    return body


def _applied(body: str, m: re.Match) -> str:
    """The body with one named recount applied (the clause naming the item recounted, the correction dropped)."""
    ref = m.group("ref").lower()
    if not m.group("no") and PLACED.search(body, 0, m.start()):
        return body
    before = body[: m.start()]
    cuts = [0] + [c.end() for c in _CUT.finditer(before)] + [len(before)]
    for s, e in reversed(list(zip(cuts, cuts[1:]))):
        clause = before[s:e].lower()
        counts = list(_COUNT.finditer(before, s, e - 1 if e > s and _CUT.match(before, e - 1) else e))
        if ref in clause and counts:
            c = counts[-1]
            start, end = c.span("n") if c.group("n") else c.span("bare")
            unit = "" if c.group("unit") or not m.group("unit") else m.group("unit")
            return before[:start] + m.group("n") + unit + before[end:] + body[m.end() :]
    return body
