"""Due dates in English and Chinese, absolute or relative, resolved against the message date."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from nlp import date_spans
from nlp.date_spans import _MON, _ZNUM, MONTHS  # (one spelling of a month for both)
from nlp.due_cues import is_due
from nlp.numbers import EN_UNITS, parse_en_words, parse_zh
from nlp.prefilter import prefiltered
from nlp.text import is_cjk

WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "1": 0,
               "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6}
_NUM = r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple of|few)"
_WD = r"(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|r|rs|rsday|urday)?\b"
_WDN = r"(?:mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|r|rs|rsday|urday)?\b"

EN_PATTERNS = [
    ("iso", r"\b(20\d\d)-(\d\d?)-(\d\d?)\b"),
    ("dmy", rf"(?:\b{_WDN},? )?\b(\d\d?)(?:st|nd|rd|th)?(?: of)? {_MON}(?:,? (20\d\d))?"),
    ("mdy", rf"(?:\b{_WDN},? )?\b{_MON} (\d\d?)(?:st|nd|rd|th)?\b(?:,? (20\d\d))?"),
    ("slash", rf"(?:\b{_WDN},? )?\b(\d\d?)/(\d\d?)(?:/(20\d\d|\d\d))?\b"),  # "Friday 26/6": the date names the day
    # "deliver latest 20-11": day and month with a dash, only after a deadline's word (a bare "20-24" is a range;
    # "until 18.12." is date_spans' en_dot; nor is a range counted after it: "latest 5-6 working days")
    ("slash", r"(?:(?<=\blatest )|(?<=\bbefore )|(?<=\buntil )|(?<=\btill )|(?<=\bno later than ))"
              r"(\d\d?)-(\d\d?)(?:-(20\d\d))?(?![\d-]|\.\d|\s*(?:mm|cm|m|kg|t|pcs|x|%|am|pm|h|hrs)\b|\s+(?:working|business|days?|weeks?|wks|months?|hours|"
              r"guests|people|persons|visitors|staff)\b)"),
    # "within 2 weeks", "in 3 days", "2 weeks max": a span from today
    ("within", rf"\b(?:(within|in|inside)(?: the next)? )?{_NUM} (day|week|month|business day|working day)s?\b"
               r"(?(1)|(?= (?:max|maximum|tops|at (?:the )?most|at the latest)\b))"),
    ("eom", r"\b(?:end of|by end of|eo)(?: the)? ?(this |next )?(month|week|year|m\b|w\b)|"
            rf"\b(this |next )?(month|week)[- ]end\b|\bend of {_MON}"),
    # "by the 12th", "before 25th this month"
    # "before half term - that's the 23rd for us" (normalised "that the 23rd"): an occasion restated as its day
    # "(23rd latest)": a bare ordinal is a day when "latest" follows it
    # "put back the delivery to the 22nd" (not "to the 3rd floor", a place; nor "the 14th to the 21st", a span)
    # "Delivery date unchanged (24th)": a bare ordinal alone in brackets; "before the 20 of this month": no suffix
    ("the_nth", rf"(?:\b(?:(?:by|before|on|for|until|till|latest|later than|(?<!\d[a-z][a-z] )to|that(?:'?s| is)?|which is|i\.?e\.?,?|(?:weekend|wknd|wkend) of) the|(?:by|before|until|till)|"
                rf"{_WDN}(?: the)?) |\b(?=\d\d?(?:st|nd|rd|th),? (?:at the )?latest\b)|(?<=\()(?=\d\d?(?:st|nd|rd|th)\)))"
                r"(\d\d?)(?:(?:st|nd|rd|th)\b|(?= (?:of )?(?:this|next) month\b))"
                r"(?! (?:time|one|line|item|floor|storey|level|door|gate|bay|row|aisle|shelf|house|building|unit|plot|place|order|delivery|deliverie|"
                r"shipment|lot|batch|pallet|box|week|shop|store|branch|site|phase|stage|round|page|birthday|anniversary|edition)s?\b)(?: (?:of )?(this|next) month\b)?"),
    # "next week thursday", "Thursday next week": that day of the next calendar week
    # (not the Friday of "Good Friday" nor the Sunday of "Easter Sunday": that day is Easter's, read or left by the holiday pattern)
    ("weekday", rf"(?<!\bgood )(?<!\beaster )\b(this |next (?:week,? (?:on )?)?|coming |this coming )?{_WD}( week\b|,? next week\b)?"),
    # SMS shorthand "by 2moro pls" is tomorrow
    ("rel", r"\b(today|tonight|tomorrow|tmrw|tmr|2moro|2morrow|day after tomorrow|next week|next month)\b"),
]
ZH_PATTERNS = [
    ("zh_nm", rf"(下个月|下月|本月|这个月){_ZNUM}[日号]"),
    # (a month in digits or in characters, not both: "剩下一百11月30号前到" is a count, then the date)
    ("zh_md", rf"(?:(\d{{4}})年)?(\d{{1,2}}|[零一二两三四五六七八九十]{{1,3}}|元)月{_ZNUM}[日号]"),  # 元月 = January
    # not a table cell of its own ("锂基脂\t3号\t2桶" is a grade in the spec column), nor a street number ("纬三路18号")
    ("zh_d", rf"(?<![月\d路街道巷弄])(?<![路街道巷弄][\d零一二两三四五六七八九十])(?<![路街道巷弄][\d零一二两三四五六七八九十]{{2}})(?!(?<=\t)[0-9零一二两三四五六七八九十百]+号\t){_ZNUM}号(?=前|之前|以前|到|送|交|发|要|左右|[,，。.!！?？\s]|$)"),
    ("zh_wd", r"(?<!上)(?<!上个)(下下|下个|下|本|这个|这|)(?:周|星期|礼拜)([一二三四五六日天1-7])"),
    ("zh_within", rf"{_ZNUM}(?:个)?(天|日|周|星期|礼拜|个月|月)(?:内|之内|以内)"),
    ("zh_eom", r"(本月|这个月|下个月|下月|(?:明年)?[0-9一二三四五六七八九十元]+月|月)(底|末)|(年)(底|末)|(周|星期)末"),
    # 明日 / 今日 / 后日 are the written day words, 听日 (聽日) the Cantonese "tomorrow", 明儿(个) the northern one
    ("zh_rel", r"(大后天|后天|明天|今天|下周|下个月|大后日|(?<!前)后日|明日|今日|听日|明儿个?|后儿个?)"),
]


@dataclass
class DateHit:
    """A date found in text: where, which day, and whether it reads as a deadline."""

    start: int
    end: int
    date: dt.date
    due: bool
    kind: str = ""


def _weekday_after(today: dt.date, wd: int, mode: str) -> dt.date:
    """The weekday `wd` relative to today: coming one, or the one in next week."""
    if mode.strip() == "next":
        monday_next = today + dt.timedelta(days=7 - today.weekday())
        return monday_next + dt.timedelta(days=wd)
    delta = (wd - today.weekday()) % 7
    return today + dt.timedelta(days=delta or 7)


def _month_end(d: dt.date, months_ahead: int = 0) -> dt.date:
    """Last day of the month `months_ahead` after d."""
    y, m = d.year + (d.month - 1 + months_ahead) // 12, (d.month - 1 + months_ahead) % 12 + 1
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _named_month_end(today: dt.date, month: int) -> dt.date:
    """The last day of a named month: this year's, or next year's once it is past."""
    d = _month_end(dt.date(today.year, month, 1))
    return d if d >= today else _month_end(dt.date(today.year + 1, month, 1))


def _future(today: dt.date, month: int, day: int, year: int | None) -> dt.date | None:
    """A day/month with the year inferred so that it is not in the past."""
    try:
        d = dt.date(year or today.year, month, day)
    except ValueError:
        return None
    if year is None and d < today - dt.timedelta(days=7):
        d = d.replace(year=d.year + 1)
    return d


def _count(word: str) -> float | None:
    """A small count written in digits, English words or Chinese numerals."""
    word = word.replace("couple of", "couple")
    if word.isdigit():
        return int(word)
    if word in EN_UNITS:
        return EN_UNITS[word]
    return parse_en_words(word.split()) or parse_zh(word)


def _en(kind: str, m: re.Match, today: dt.date) -> dt.date | None:
    """Resolve one English date match."""
    g = m.groups()
    if kind in ("iso", "dmy", "mdy", "slash", "the_nth"):
        return _en_day(kind, g, today)
    if kind == "within":
        n = _count(g[1].lower()) or 1
        days = {"day": 1, "week": 7, "month": 30}.get(g[2].lower())
        if days is None:  # business days: skip weekends
            return _add_business_days(today, int(n))
        return today + dt.timedelta(days=int(n * days))
    if kind == "eom":
        return _en_end(g, today)
    if kind == "weekday":  # "Friday week" is the Friday after the coming one
        late = (g[2] or "").lower()
        mode = "next" if "next" in late else (g[0] or "").lower().split(" ")[0]
        d = _weekday_after(today, WEEKDAYS[g[1][:3].lower()], mode)
        return d + dt.timedelta(days=7) if late.strip() == "week" else d
    if kind == "rel":
        word = g[0].lower()
        rel = {"today": 0, "tonight": 0, "tomorrow": 1, "tmrw": 1, "tmr": 1, "2moro": 1, "2morrow": 1, "day after tomorrow": 2}
        if word in rel:
            return today + dt.timedelta(days=rel[word])
        if word == "next week":
            return _weekday_after(today, 0, "next")
        return _month_end(today, 1).replace(day=1)
    return None


def _en_day(kind: str, g: tuple, today: dt.date) -> dt.date | None:
    """Resolve an English date that names its day: written out in full, in slashes, or "the 3rd"."""
    if kind == "iso":
        return _future(today, int(g[1]), int(g[2]), int(g[0]))
    if kind == "dmy":
        return _future(today, MONTHS[g[1][:3].lower()], int(g[0]), int(g[2]) if g[2] else None)
    if kind == "mdy":
        return _future(today, MONTHS[g[0][:3].lower()], int(g[1]), int(g[2]) if g[2] else None)
    if kind == "slash":
        a, b = int(g[0]), int(g[1])
        day, month = (b, a) if b > 12 else (a, b)  # day-first unless impossible
        year = int(g[2]) if g[2] else None
        return _future(today, month, day, year + 2000 if year and year < 100 else year)
    day = int(g[0])  # "the 3rd of next month": that day a month on
    month_ahead = 1 if day < today.day or (g[1] or "").lower() == "next" else 0
    return _future(today, _month_end(today, month_ahead).month, day, None)


def _en_end(g: tuple, today: dt.date) -> dt.date:
    """Resolve "end of the month / week / year", "end of January"."""
    if g[4]:  # "end of January": that month's last day, this year or next
        return _named_month_end(today, MONTHS[g[4][:3].lower()])
    nxt, what = (g[0] or g[2] or "").strip().lower(), (g[1] or g[3]).lower()
    if what in ("month", "m"):
        return _month_end(today, 1 if nxt == "next" else 0)
    if what in ("week", "w"):  # Friday; "end of next week" is Friday of the next calendar week
        if nxt == "next":
            return _weekday_after(today, 4, "next")
        return today + dt.timedelta(days=(4 - today.weekday()) % 7)
    return dt.date(today.year + (nxt == "next"), 12, 31)


def _add_business_days(today: dt.date, n: int) -> dt.date:
    """Today plus n working days (Mon-Fri)."""
    d = today
    while n > 0:
        d += dt.timedelta(days=1)
        n -= d.weekday() < 5
    return d


def _zh(kind: str, m: re.Match, today: dt.date) -> dt.date | None:
    """Resolve one Chinese date match."""
    g = m.groups()
    if kind in ("zh_md", "zh_nm", "zh_d"):
        return _zh_day(kind, g, today)
    if kind == "zh_wd":
        wd = ZH_WEEKDAYS[g[1]]
        monday = today - dt.timedelta(days=today.weekday())
        weeks = {"下下": 2, "下个": 1, "下": 1}.get(g[0], 0)
        if g[0] in ("", "这", "这个", "本"):  # 周五前, 这周五: the next such day strictly after today
            return _weekday_after(today, wd, "")
        return monday + dt.timedelta(days=7 * weeks + wd)
    if kind == "zh_within":
        n = parse_zh(g[0]) or 1
        days = {"天": 1, "日": 1, "周": 7, "星期": 7, "礼拜": 7, "个月": 30, "月": 30}[g[1]]
        return today + dt.timedelta(days=int(n * days))
    if kind == "zh_eom":
        return _zh_end(g, today)
    if kind == "zh_rel":
        rel = {"今天": 0, "明天": 1, "后天": 2, "大后天": 3, "今日": 0, "明日": 1, "听日": 1, "后日": 2, "大后日": 3,
               "明儿": 1, "明儿个": 1, "后儿": 2, "后儿个": 2}
        if g[0] in rel:
            return today + dt.timedelta(days=rel[g[0]])
        if g[0] == "下周":
            return _weekday_after(today, 0, "next")
        return _month_end(today, 1).replace(day=1)
    return None


def _zh_day(kind: str, g: tuple, today: dt.date) -> dt.date | None:
    """Resolve a Chinese date that names its day: 6月18号, 下个月5号, 18号."""
    if kind == "zh_md":
        month, day = (1 if g[1] == "元" else parse_zh(g[1])), parse_zh(g[2])
        if not month or not day:
            return None
        return _future(today, int(month), int(day), int(g[0]) if g[0] else None)
    if kind == "zh_nm":
        day = parse_zh(g[1])
        return _future(today, _month_end(today, 0 if g[0] in ("本月", "这个月") else 1).month, int(day), None) \
            if day and day <= 31 else None
    day = parse_zh(g[0])
    if not day or day > 31:
        return None
    month = today.month if day >= today.day else _month_end(today, 1).month
    return _future(today, month, int(day), None)


def _zh_end(g: tuple, today: dt.date) -> dt.date | None:
    """Resolve 月底, 下个月底, 1月底, 年底, 周末."""
    if g[4]:  # 周末: this coming Sunday
        return today + dt.timedelta(days=(6 - today.weekday()) % 7)
    if g[2]:
        return dt.date(today.year, 12, 31)
    if g[0] not in ("月", "本月", "这个月", "下个月", "下月"):  # 1月底, 明年1月底: that month's end
        month = 1 if g[0].endswith("元月") else parse_zh(g[0].removeprefix("明年")[:-1])
        return _named_month_end(today, int(month)) if month and 1 <= month <= 12 else None
    return _month_end(today, 1 if g[0] in ("下个月", "下月") else 0)


# Every message is scanned with every pattern: `prefiltered` (a start-character look-ahead, same matches and
# groups) halves that scan.
_EN_RES = [(k, prefiltered(p, re.I)) for k, p in EN_PATTERNS]
# A trailing 前/之前/内 belongs to the date expression (月底前), not to the product words after it.
_ZH_RES = [(k, prefiltered(f"(?:{p})" + r"(?:之前|以前|前|之内|以内|内)?")) for k, p in ZH_PATTERNS]
_SPAN_RES = [(k, prefiltered(f"(?:{p})" + r"(?:之前|以前|前)?", re.I)) for k, p in date_spans.PATTERNS]


def find_dates(text: str, today: dt.date) -> list[DateHit]:
    """Every date expression in the text, longest first where they overlap."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def spans(kind: str, m: re.Match, today: dt.date) -> dt.date | None:
        return date_spans.resolve(kind, m, today, text)

    resolvers = [(k, r, spans) for k, r in _SPAN_RES] + [(k, r, _en) for k, r in _EN_RES] + \
        [(k, r, _zh) for k, r in _ZH_RES]
    han = is_cjk(text)
    for kind, rx, fn in resolvers:
        if not han and kind.startswith("zh_"):
            continue  # every Chinese pattern needs a Han character (月, 号, 周, 前 ...): none can match
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            d = fn(kind, m, today)
            if d is None:
                continue
            due = is_due(text, m, kind, d, today)
            hits.append(DateHit(m.start(), m.end(), d, due, kind))
            taken.append((m.start(), m.end()))
    return sorted(hits, key=lambda h: h.start)


def due_date(text: str, today: dt.date) -> dt.date | None:
    """The deadline the message sets: the first of the most explicit deadlines (see nlp.due)."""
    from nlp.due import pick  # nlp.due builds on this module's DateHit

    hit = pick(text, find_dates(text, today), today)
    return hit.date if hit else None
