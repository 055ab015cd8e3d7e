"""Date expressions beyond single days: delivery windows, mid-month, week numbers, holidays (en + zh)."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil.easter import easter
from lunar_python import Lunar

from nlp.numbers import parse_zh

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
# ("Jan. 24" abbreviates; "for January. 24 jumbo bags": a full name's point ends its sentence, the count is no day)
_MON = (r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?"
        r"\b(?:\.(?!\s*\d)|(?<![a-z]{4})\.|(?<=sept)\.)?")
_D = r"(\d\d?)(?:st|nd|rd|th)?"
_ZNUM = r"([0-9零一二两三四五六七八九十百]+)"
# Festivals that move with the lunar calendar, as (lunar month, day); 清明 is a solar term. lunar-python does the
# calendar arithmetic (a hand-kept table of dates runs out). "端午节前" names the festival's day itself.
LUNAR = {"春节": (1, 1), "元宵": (1, 15), "小年": (12, 23), "端午": (5, 5), "七夕": (7, 7), "中秋": (8, 15), "重阳": (9, 9), "腊八": (12, 8),
         "清明": None, "冬至": None}  # (None: a solar term, from the calendar's table)
# Days that fall on the same date each year ("before X" names X): shops stock for them; 母亲节 / 父亲节 are the nth
# Sunday of May / June.
FIXED_DAYS = {"情人节": (2, 14), "妇女节": (3, 8), "三八节": (3, 8), "儿童节": (6, 1), "教师节": (9, 10),
              "双十一": (11, 11), "双11": (11, 11), "双十二": (12, 12), "双12": (12, 12), "劳动节": (5, 1), "国庆": (10, 1),
              "平安夜": (12, 24), "圣诞夜": (12, 24), "valentine": (2, 14), "halloween": (10, 31), "bonfire": (11, 5)}
# (month, weekday, n-th; -1 the last): Mother's/Father's Day as 母亲节/父亲节 are; a US buyer's Memorial Day, Labor Day
# and Thanksgiving (an English "Mother's Day" is left alone: the UK keeps it in Lent; a "Labour Day" so spelt is
# Kenya's, Australia's or New Zealand's, on other days)
NTH_WEEKDAY = {"母亲节": (5, 6, 2), "父亲节": (6, 6, 3), "father day": (6, 6, 3), "memorial day": (5, 0, -1),
               "labor day": (9, 0, 1), "thanksgiving": (11, 3, 4)}

# Checked before the single-day patterns, so "between 10 and 12 Dec" is one window, not "12 Dec".
# A window's due date is its last day: the goods are wanted by then.
PATTERNS = [
    ("win_dmy", rf"\b(?:between (?:the )?{_D}(?: of)?(?: {_MON})? and (?:the )?|"
                rf"(?:from )?(?:the )?{_D}(?: of)?(?: {_MON})? ?(?:-|–|to|until|till) ?(?:the )?){_D}(?: of)? {_MON}"),
    ("win_mdy", rf"\b(?:between )?{_MON} {_D} ?(?:-|–|and|to) ?{_D}\b(?!\s*(?:x\b|pcs|pieces|boxes|of\b|[a-z]))"),
    ("zh_win", rf"{_ZNUM}月{_ZNUM}[日号]?(?:到|至|-|–|~|～)(?:{_ZNUM}月)?{_ZNUM}[日号]"),
    # Chinese writes month first: "12.10前", "12/10前到货"; only read so when a date word follows
    # (not a spec's dimension: "RVV 3*2.5到下周的送货里").
    ("zh_dot", r"(?<![\d./x*×φø])(\d\d?)[./](\d\d?)(?![\d./])(?=\s?(?:前|之前|以前|到(?![\d一二三四五六七八九十])|送|交|发|日|号))"),
    # "on or before 11.12.", "delivery latest 31.03.": day first, only after a deadline word (a bare 11.12 may be a size).
    ("en_dot", r"\b(?:by|before|on|until|till|delivery|deliver|due|latest)\s+(\d\d?)\.(\d\d?)\.(20\d\d)?(?!\d)"),
    # "22.05.2026": a dotted day.month with its full year is a date wherever it stands (a form's delivery column)
    ("dot_dmy", r"(?<![\d.])(\d\d?)\.(\d\d?)\.(20\d\d)(?!\d|\.\d)"),
    ("fortnight", r"\b(?:within|in)(?: the next| the coming| a)? fortnight\b|\bin two weeks'? time\b"),
    ("mid", rf"\b(?:mid|middle of)[- ]?(?:(?:the )?(next |this )?month\b|{_MON})"),
    # "下月中前", "12月中旬", a bare "中旬到货" (this month's); not "三个月中" (in three months)
    ("zh_mid", rf"(?:(?:(下个?|本|这个)月|(?<!个)月|{_ZNUM}月)中旬?|(?<![月上下])中旬)"
               r"(?=前|之前|以前|左右|的时候|时|到|送|交|发|需|要|能|可以|施工|开工|进场|再|[,，。.!！?？\s]|$)"),  # "中旬再送"  # "下月中施工": work starts then
    # "这周内送到", "本星期之内": by the end of this calendar week (weeks start on Monday)
    ("zh_this_week", r"(?:这|本)(?:个)?(?:周|星期|礼拜)(?:内|之内|以内)"),
    ("week_no", r"\b(?:(?:calendar )?week|wk|kw|cw)\.? ?(\d\d?)\b"),
    ("zh_week_no", r"第\s?(\d\d?)\s?周"),
    # a day of the lunar calendar: 正月十八, 腊月二十三, 冬月初八, 三月初三 (a day 初X / 廿X or a month 正 / 冬 / 腊 is
    # lunar; "二月十八" without them is read as the solar calendar's)
    ("zh_lunar", r"(?<![0-9零一二两三四五六七八九十])(?:(正|冬|腊)月(初[一二三四五六七八九十]|廿[一二三四五六七八九]?|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]?)|"
                 r"(十一|十二|[二三四五六七八九十])月(初[一二三四五六七八九十]|廿[一二三四五六七八九]?))(?![0-9零一二两三四五六七八九十日号])"),
    ("holiday", r"(春节|过年|(?<!过)小年(?!轻|纪|夜饭)|元旦|国庆|平安夜|圣诞夜|圣诞节?|(?:元宵|清明|端午|中秋|七夕|重阳|腊八)节?|除夕|冬至|情人节|妇女节|三八节|儿童节|教师节|母亲节|父亲节|双十一|双11|双十二|双12|(?<![0-9零一二两三四五六七八九十百])五一(?:劳动)?节?(?=前|之前|以前)|劳动节|\bchristmas(?: eve)?\b|\bxmas(?: eve)?\b|\bnew year'?s?(?: day| eve)?\b|"
                r"\bchinese new year\b|\bcny\b|\bgood friday\b|\beaster(?: sunday| monday)?\b|"
                # days fixed in the calendar that shops stock for: Valentine's (14 Feb), Halloween, Bonfire Night (5 Nov)
                r"\b(?:st\.? )?valentine'?s?(?: day)?\b|\bhallowe'?en\b|\bbonfire night\b|"
                r"\bfather'?s? day\b|\bmemorial day\b|\blabor day\b|\bthanksgiving(?: day)?\b)"),  # (normalised text drops the "'s")
]
# A holiday only sets a deadline when the text says "before" it: "for our Christmas stall" does not, nor does
# "the games from before Christmas" (a past round).
HOLIDAY_BEFORE = re.compile(r"(?:\bby|(?<!\bfrom )(?<!\bsince )\b(?:before|b4)|\bahead of|\bin time for|\bprior to)\s*(?:the\s*)?$", re.I)
# "we need them for Easter Sunday", "needed for Christmas Eve": the goods wanted for a day the name itself calls one
# (not "for Christmas", a season, nor "for our Christmas stall")
NEED_FOR = re.compile(r"\bneed(?:ed|s)?\s+(?:them|it|these|those|this|they)?\s*(?:for|on)\s*(?:the\s*)?$", re.I)
NAMED_DAY = re.compile(r"(?:sunday|monday|friday|eve|day|night)$", re.I)
HOLIDAY_AFTER = re.compile(r"^\s*(?:[（(][^）)]{1,12}[）)]\s*)?(?:前|之前|以前)")  # "小年（腊月二十三）之前": glossed
# "Good Friday latest", "Christmas at the latest": the deadline word after the day; "we open on Good Friday so would
# love them in by then": "by then" later in the same sentence points back at the day just named
HOLIDAY_LATER = re.compile(r"^\s*,?\s*(?:at the )?latest\b|^[^.?!\n]{0,60}\b(?:by|before) then\b", re.I)


def _future(today: dt.date, month: int, day: int, year: int | None = None) -> dt.date | None:
    """A day/month with the year inferred so that it is not in the past."""
    try:
        d = dt.date(year or today.year, month, day)
    except ValueError:
        return None
    return d.replace(year=d.year + 1) if year is None and d < today - dt.timedelta(days=7) else d


def _mid(today: dt.date, months_ahead: int) -> dt.date:
    """The 15th of this month (or of the next one once it is past), or of a later month."""
    y, m = today.year + (today.month - 1 + months_ahead) // 12, (today.month - 1 + months_ahead) % 12 + 1
    d = dt.date(y, m, 15)
    return d if d >= today else _mid(today, months_ahead + 1)


def _holiday(name: str, today: dt.date, text: str, m: re.Match) -> dt.date | None:
    """The day of a holiday the text asks for the goods before ("before X" names X, settled in the eleventh round)."""
    before = HOLIDAY_BEFORE.search(text[max(0, m.start() - 14) : m.start()]) or \
        (NAMED_DAY.search(m.group(0)) and NEED_FOR.search(text[max(0, m.start() - 24) : m.start()]))
    after = text[m.end() :]
    if not (before or m.group(0).endswith("前") or HOLIDAY_AFTER.match(after) or HOLIDAY_LATER.match(after)):
        return None
    name = name.lower()
    festival = "春节" if name in ("春节", "过年", "chinese new year", "cny") else name.removesuffix("节")
    if festival in LUNAR:
        return _lunar(festival, today)
    if name == "除夕":  # the eve of the Spring Festival: the day before the next 春节 after today
        return _lunar("春节", today + dt.timedelta(days=1)) - dt.timedelta(days=1)
    fixed = _fixed_key(name)
    if fixed in FIXED_DAYS:
        return _future(today, *FIXED_DAYS[fixed])
    if (nth := _nth_key(name)) in NTH_WEEKDAY:
        return _nth_weekday(today, *NTH_WEEKDAY[nth])
    if name == "元旦":  # "元旦前到" names the day itself, as 周五前 is that Friday
        return dt.date(today.year + 1, 1, 1)
    if name.endswith(" eve"):  # "by Christmas Eve", "before New Year's Eve": the eve itself
        return _future(today, 12, 31 if name.startswith("new") else 24)
    if name.startswith("new year"):  # "by New Year": New Year's Day, as 元旦前 is 1 January
        return dt.date(today.year + 1, 1, 1)
    if name.startswith(("good friday", "easter")):  # "before Good Friday": that day, this year's or next year's
        return _easter_day(name, today)
    return _future(today, 12, 25)  # "before Christmas" names the day itself (settled in the eleventh round)


def _nth_key(name: str) -> str:
    """A holiday's key in NTH_WEEKDAY: "Father's Day", "fathers day" are "father day"."""
    key = re.sub(r"'?s? day$", " day", name)
    return "thanksgiving" if key.startswith("thanksgiving") else key


def _fixed_key(name: str) -> str:
    """A holiday's key in FIXED_DAYS: 五一 is 劳动节; "St Valentine's Day", "hallowe'en" by their English key."""
    if name.startswith("五一"):
        return "劳动节"
    return next((key for key in ("valentine", "halloween", "bonfire") if key[:6] in name), name)


def _lunar(name: str, today: dt.date) -> dt.date:
    """The next day of a moving festival, this year's or next year's, not before today."""
    for year in (today.year - 1, today.year, today.year + 1):  # (腊八 of lunar year N falls in January of N + 1)
        if LUNAR[name] is None:  # 清明 (4 or 5 April), 冬至: solar terms
            day = Lunar.fromYmd(year, 1, 1).getJieQiTable()[name]
        else:
            day = Lunar.fromYmd(year, *LUNAR[name]).getSolar()
        day = dt.date(day.getYear(), day.getMonth(), day.getDay())
        if day >= today:
            return day
    return day


def resolve(kind: str, m: re.Match, today: dt.date, text: str) -> dt.date | None:
    """Resolve one match of PATTERNS against the message date."""
    g = m.groups()
    if kind == "win_dmy":
        day, mon = g[4], g[5]
        return _future(today, MONTHS[mon[:3].lower()], int(day))
    if kind == "win_mdy":
        return _future(today, MONTHS[g[0][:3].lower()], int(g[2]))
    if kind == "zh_win":
        month, day = parse_zh(g[2] or g[0]), parse_zh(g[3])
        return _future(today, int(month), int(day)) if month and day else None
    if kind == "zh_dot":
        return _future(today, int(g[0]), int(g[1])) if 1 <= int(g[0]) <= 12 else None
    if kind in ("en_dot", "dot_dmy"):
        return _future(today, int(g[1]), int(g[0]), int(g[2]) if g[2] else None) if 1 <= int(g[1]) <= 12 else None
    if kind == "fortnight":
        return today + dt.timedelta(days=14)
    if kind == "mid":
        if g[1]:
            return _future(today, MONTHS[g[1][:3].lower()], 15)
        return _mid(today, 1 if (g[0] or "").strip() == "next" else 0)
    if kind == "zh_mid":
        month = parse_zh(g[1]) if g[1] else None
        if month:
            return _future(today, int(month), 15) if 1 <= month <= 12 else None
        return _mid(today, 1 if (g[0] or "").startswith("下") else 0)
    if kind == "zh_this_week":
        return today + dt.timedelta(days=6 - today.weekday())  # its Sunday, as 月底 is the month's last day
    if kind in ("week_no", "zh_week_no"):
        return _week_friday(int(g[0]), today)
    if kind == "holiday":
        return _holiday(g[0], today, text, m)
    if kind == "zh_lunar":
        return _lunar_day(g[0] or g[2], g[1] or g[3], today)
    return None


_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12, "十一": 11, "十二": 12}


def _lunar_day(month: str, day: str, today: dt.date) -> dt.date | None:
    """The next solar date of a lunar month and day ("正月十八"), not before today."""
    n_month = _LUNAR_MONTHS.get(month) or parse_zh(month)
    n_day = parse_zh(day.replace("初", "").replace("廿", "二十") if day != "廿" else "二十")
    if not n_month or not n_day or n_day > 30:
        return None
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            solar = Lunar.fromYmd(year, int(n_month), int(n_day)).getSolar()
        except Exception:  # (a 30th in a month of 29 days)
            return None
        day_ = dt.date(solar.getYear(), solar.getMonth(), solar.getDay())
        if day_ >= today:
            return day_
    return None


def _week_friday(week: int, today: dt.date) -> dt.date | None:
    """The Friday of ISO week `week` (its last working day), this year or next, not before today."""
    for year in (today.year, today.year + 1):
        try:
            friday = dt.date.fromisocalendar(year, week, 5)
        except ValueError:
            continue
        if friday >= today:
            return friday
    return None


def _easter_day(name: str, today: dt.date) -> dt.date:
    """Good Friday, Easter Sunday or Easter Monday, the next one not before today."""
    shift = {"good friday": -2, "easter monday": 1}.get(name, 0)
    day = easter(today.year) + dt.timedelta(days=shift)
    return day if day >= today else easter(today.year + 1) + dt.timedelta(days=shift)


def _nth_weekday(today: dt.date, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (-1: last) weekday of a month (Mother's Day: May's 2nd Sunday), this year's or next, not before today."""
    for year in (today.year, today.year + 1):
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        if n < 0:  # the last: the first of the next month's, a week back
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            day = nxt + dt.timedelta(days=(weekday - nxt.weekday()) % 7 - 7)
        if day >= today:
            return day
    return day
