"""A stated count broken down by where it goes ("6 X (2 for the shop, 4 for the cafe)") is said once."""
from __future__ import annotations

import re

from nlp.numbers import parse_zh

# "(2 for the shop, 4 for the cafe)", "- 2 for the shop and 4 for the cafe", "X: 2 for …, 4 for …": parts of a
# count said just before
_PART = r"(\d+)\s+(?:of them\s+|of those\s+)?(?:for|to|at|in)\s+(?:the|our|my)\s+[a-z' ]{2,30}?"
BREAKDOWN = re.compile(rf"(?P<open>\s*\(\s*|\s+[-–—]\s+|[,:]\s+)(?P<parts>{_PART}(?:\s*(?:,|\band\b|&|\+|/)\s*{_PART})+)"
                       r"(?P<close>\s*\)|(?=\s*(?:[.;\n]|$)))", re.I)
PART = re.compile(_PART, re.I)
TO_PLACE = re.compile(r"\d+\s+(?:of them\s+|of those\s+)?(?:for|to|at)\b", re.I)
COUNT_BEFORE = re.compile(r"(?<![\d.,])(\d+)(?!\d)[^\d\n()]{0,60}$")  # ("bunting x 20 (10 for …": the count right before)


def _places(parts: str) -> bool:
    """Whether every part sends its count for/to/at a place ("4 for the shop"), none "in" a variant ("2 in the red")."""
    return all(TO_PLACE.match(p.group(0)) for p in PART.finditer(parts))


def without_breakdowns(body: str) -> str:
    """A breakdown whose parts add up to the count said just before it is dropped: the goods are counted once; so is
    one sending only some of the count to places ("10 X (4 for the shop, 4 for the cafe)": the rest goes unsaid)."""
    for m in reversed(list(BREAKDOWN.finditer(body)) if PART.search(body) else []):
        said = COUNT_BEFORE.search(body, max(0, m.start() - 80), m.start())
        parts = [int(p.group(1)) for p in PART.finditer(m.group("parts"))]
        if said and len(parts) >= 2 and (sum(parts) == int(said.group(1)) or
                                         sum(parts) < int(said.group(1)) and _places(m.group("parts"))):
            body = body[: m.start()] + body[m.end() :]
    return body


# Chinese: "储物罐20个，其中8个给店里，6个给咖啡馆", "储物罐20个（店里8个，咖啡馆6个）": parts sent to places ("给X", or a
# generic place word) after a count; "其中8个红色，12个蓝色" splits variants and is left alone
_ZH_UNIT = r"(?:个|套|件|箱|盒|只|包|袋|条|张|把|台|米|顶|双|副|瓶|桶|卷|根|支|块|片|组)"
# (one list of Chinese places: destinations.ZH_DEST reads the same words)
ZH_PLACE = r"(?:店里|门店|分店|总店|店|食堂|办公室|咖啡馆|咖啡店|厨房|花园|工地|仓库|车间|学校|酒店|餐厅|超市|公司|家里)"
_ZH_TO = rf"(?:(?:给|送到?|发到?|留给)(?:[\u4e00-\u9fff]{{1,6}}?)|{ZH_PLACE})(?:用的?|里|那边)?"
_ZH_PART = rf"(?:{_ZH_TO}\s*(\d+)\s*{_ZH_UNIT}|(\d+)\s*{_ZH_UNIT}\s*{_ZH_TO})"
ZH_BREAKDOWN = re.compile(rf"(?<![\d.])(?P<n>\d+)\s*{_ZH_UNIT}(?P<b>\s*(?:[，,；;]\s*其中\s*|[（(]\s*)"
                          rf"{_ZH_PART}(?:\s*[，,、和及]\s*{_ZH_PART})+\s*(?:[）)]|(?=[。；;！!\n]|$)))")
ZH_PART = re.compile(_ZH_PART)


def without_zh_breakdowns(body: str) -> str:
    """A Chinese breakdown of a count by place, adding up to it or short of it, is dropped: the goods are counted once."""
    for m in reversed(list(ZH_BREAKDOWN.finditer(body)) if "其中" in body or "（" in body or "(" in body else []):
        parts = [int(p.group(1) or p.group(2)) for p in ZH_PART.finditer(body, m.start("b"), m.end())]
        if sum(parts) <= int(m.group("n")):
            body = body[: m.start("b")] + body[m.end() :]
    return body


# "6204轴承要20套，再加10套(，总共30套)": more of the same item said straight after its count, in the same unit, with no
# item of its own ("再加10套6205" names another): the count is the sum, or the total the writer gives
_ZN = r"([0-9]+|[零一二两三四五六七八九十百千]+)"
MORE_SAME = re.compile(_ZN + r"\s*([套个只件盒箱包袋卷桶吨米支根条双顶台把张组盘瓶片副对打捆扎])\s*[，,、]\s*(?:再加|另加|多加)\s*" + _ZN
                       + r"\s*\2(?:\s*[，,]\s*(?:总共|一共|合计|共)\s*" + _ZN + r"\s*\2)?(?=\s*(?:[，,。；;！!\n]|$))")

PLACED_BEFORE = re.compile(r"(?:昨天|前天|上次|上回|上周|刚才|之前|早上|上午|下午)(?:订|下|买|要)的[^。？?！!\n]*$")


def summed_more(body: str) -> str:
    """A count with "再加 N" of the same unit after it read as one count (the total said, else the sum)."""
    for m in reversed(list(MORE_SAME.finditer(body)) if "加" in body else []):
        first, more, total = (parse_zh(g) if g and not g.isdigit() else (int(g) if g else None) for g in m.group(1, 3, 4))
        if first is None or more is None:
            continue
        count = total if total is not None else first + more
        # "昨天订的焊丝二十盘，再加十盘": more on a placed order is a change at the new total ("加到" keeps that said)
        raised = "加到" if PLACED_BEFORE.search(body, max(0, m.start() - 30), m.start()) else ""
        body = body[: m.start()] + f"{raised}{count:g}{m.group(2)}" + body[m.end() :]
    return body


# "要两百个，分两批送：10号前先到一百，剩下一百30号前到": the batches' counts add up to the count said before the split,
# so they name no line of their own (tests/data README: 分两批送 is one line); the dates after them stay
BATCH_SPLIT = re.compile(r"分[两二三几]?(?:批|次|趟)")
_BATCH_UNITS = r"(?:个|套|件|箱|盒|只|包|袋|条|张|把|台|米|顶|双|副|瓶|桶|卷|根|支|块|片|组|吨|公斤|千克)"
_BATCH_UNIT = _BATCH_UNITS + "?"
BATCH_SAID = re.compile(rf"{_ZN}\s*{_BATCH_UNITS}[^。；;！!\n\d零一二两三四五六七八九十百千]{{0,12}}$")
# a count in the batches' sentence: not a date (11月, 10号, 周一), an ordinal (第一批) or a decimal
BATCH_PART = re.compile(rf"(?<![\d第周期拜月.])(?:(\d+)(?![\d月号日点.:：批周天])|([零一二两三四五六七八九十百千]+)(?![零一二两三四五六七八九十百千号日批周天点]))\s*{_BATCH_UNIT}")


def without_batch_counts(body: str) -> str:
    """The counts of the batches a stated count is split into, when they add up to it, taken out (the days kept)."""
    for m in reversed(list(BATCH_SPLIT.finditer(body)) if "分" in body else []):
        said = BATCH_SAID.search(body, max(0, m.start() - 40), m.start())
        end = min([i for i in (body.find(c, m.end()) for c in "。；;！!\n") if i >= 0], default=len(body))
        parts = [p for p in BATCH_PART.finditer(body, m.end(), end)  # (not a month: "十二月底"; "一百月底前" counts)
                 if not (p.group(2) and body.startswith("月", p.end(2)) and (parse_zh(p.group(2)) or 0) <= 12)]
        values = [int(p.group(1)) if p.group(1) else parse_zh(p.group(2)) for p in parts]
        total = said and (int(said.group(1)) if said.group(1).isdigit() else parse_zh(said.group(1)))
        if total and len(parts) >= 2 and None not in values and sum(values) == total:
            for p in reversed(parts):
                body = body[: p.start()] + " " + body[p.end() :]  # (a space: "剩下3吨月底" must not read "下月底")
    return body


# "两个店各要6块", "三个工地每个要二十顶": how many places, then the count each takes; the goods sent are their product
# (one count, said as the total, so the places' own number is no count of the goods)
_PLACES = r"(?:门店|分店|店铺|店面|店|工地|项目部|仓库|车间|分公司|网点|档口|食堂|学校|酒店|餐厅|超市)"
PER_PLACE = re.compile(rf"(?<![\d零一二两三四五六七八九十百千第])([0-9]|[两二三四五六七八九十])\s*(?:个|家|间)\s*{_PLACES}\s*"
                       rf"(?:都)?(?:各|每(?:个|家|间)(?:店|{_PLACES})?)(?:自)?\s*(要|拿|来|订|需要|补)?\s*{_ZN}\s*({_BATCH_UNITS})")


def per_place_counts(body: str) -> str:
    """A count each of several places takes read as the count of all ("两个店各要6块" is 要12块)."""
    for m in reversed(list(PER_PLACE.finditer(body)) if ("各" in body or "每" in body) else []):
        places, each = (int(g) if g.isdigit() else parse_zh(g) for g in m.group(1, 3))
        if places and each and places >= 2:
            body = body[: m.start()] + f"{m.group(2) or '要'}{places * each:g}{m.group(4)}" + body[m.end() :]
    return body
