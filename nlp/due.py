"""Which found date is the due date: explicit deadlines before bare dates, event dates only via "N before"."""
from __future__ import annotations

import datetime as dt
import re

from nlp.dates import WEEKDAYS, DateHit
from nlp.numbers import parse_en_words, parse_zh
from nlp.prefilter import prefiltered

# A cue right before or after the date that makes it a deadline for the goods ("元旦后第一个工作日，也就是1月4号": a day restated).
STRONG_BEFORE = prefiltered(r"(?:\bby|\bbefore|\buntil|\btill|no later than|\blatest(?: by)?|\bdeliver\w*(?: on| by| for)?|"
                            r"\bneed\w*(?: \w+)?(?: by| on| for)?|\bdispatch\w*(?: on| by)?|\barriv\w*(?: on| by)?|"
                            r"\bhere(?: by| on)?|\bwithin|\bsay|也就是|亦即|最迟|最晚|不晚于|务必|请于|请在|须于|需于|要求)\W*(?:the\s*|on\s*)?$", re.I)
# ("后天要用", "明天就得用": the day the goods are used is when they are wanted; not "今天用完了")
STRONG_AFTER = re.compile(r"\s*(?:at the latest|latest|前|之前|以前|内|之内|以内|送到|送达|到货|交货|到|送|发货|要到|必须到|"
                          r"(?:就|急着?|马上)?(?:要|得|需要)用(?![完掉了光])|"
                          r"delivery|dispatch)", re.I)
OWN_CUE = re.compile(r"(?:by|before|until|till|latest|(?:no )?later than)\b", re.I)  # a cue inside the date's match
OWN_ZH_CUE = re.compile(r"(?:前|内)$")  # "6月12日前", "十天内": the match holds its trailing cue
# A verb of getting goods in the date's clause: "please deliver 12 bags on Wednesday 2 December".
GOODS = re.compile(r"\b(?:send|ship|deliver|dispatch|need|want|arrive)\w*|送|到货|交货|发货|要货", re.I)
# A date that names an event (a call, a fair, an invoice), not when the goods are wanted.
EVENT_BEFORE = re.compile(r"(?:\bcall|\bmeeting|\bvisit|open day|\bopening|\breopen\w*|\bfestival|\bfair|\bmarket|\bshow|\bevent|\bwedding|"
                          r"\bparty|\blaunch|\bstocktake|\binvoice|\bstatement|\bwe(?:'re| are) open|会议|盘点|开业|展会|订货会|交易会|展销会|洽谈会|纪要|记录(?=(?:日期|时间)?\s*[（(:：]?\s*$)|"
                          r"活动|婚礼|发票|开会)[^.,;!?\n。，；！？]{0,20}$", re.I)
IN_TIME_FOR = re.compile(r"(?:\bbefore|\bby|ahead of|in time for|prior to)\s+(?:the |our |my |your )?(?:[\w-]+ )?$", re.I)
# "for the fair", "for the tables at a wedding on 8 August": goods for an event or for something at it
FOR_EVENT = re.compile(r"\bfor\s+(?:the |our |my |your |a |an )?(?:[\w-]+ )?(?:(?:at|of) (?:the |our |my |your |a |an )?)?$", re.I)
CLAUSE_START = re.compile(r"[.!?;\n。！？；,，]|\b(?:and|but|so)\b")  # punctuation or "and"/"but"/"so"
# ("年底赶工，要… 元旦前送拢": the year-end rush is when the work is done, the holiday the goods are wanted by)
EVENT_AFTER = re.compile(r"\s*(?:的|要)?(?:会议|盘点|开业|展会|活动|婚礼|开会|开张|施工|开工|检修|大修|停产|停机|保养|赶工|赶进度|赶工期|抢工)(?:[，,]\s*(?:[\u4e00-\u9fff]{2}(?=前))?)?((?:之|以)?前)?")  # "明天盘点前要到": wanted by it
# "关于第38周采购计划": a week or day naming a plan or report (which the message is about), not a deadline
PLAN_AFTER = re.compile(r"\s*(?:的)?(?:采购|生产|材料|物资|备货|进货)?(?:计划|周报|月报)")
# "the delivery on Friday was short", "周一送来的角钢": the day of something that already happened.
PAST_AFTER = re.compile(r"(?:'?s)?(?:\s+[\w-]+){0,2}?\s+(?:was|were|came|arrived|turned up)\b|"
                        r"\s*(?:送来|送过来|送到|收到|到|发来|发过来|发)的(?!话)", re.I)
# "明天那批货里再加…": the date names a shipment already booked (which the message edits), no new deadline
# "明天那批货能不能推迟到周五": the shipment moved, the new day is due
# (not "明天这批货要到", nor "跟明天那批一起送": the goods are sent that day, a date restated)
BOOKED_AFTER = re.compile(r"\s*的?那(?:批|车|趟)货?(?:里|中|一起(?![送发到])|[^，,。？?]{0,6}?(?:推迟|延后|延期|改到|改成|提前))")
# "for the wedding on 19 December, so delivery a week before": the event date minus the lead.
LEAD_EN = re.compile(r"^[^.!?\n]{0,60}?\b(a|an|the|one|two|three|four|five|six|seven|ten|\d+) (week|day)s? "
                     r"(?:before|earlier|prior|ahead)", re.I)
# "fair on Saturday 13 June, delivered the Monday before": that weekday before the event
LEAD_WD = re.compile(r"^[^.;!?\n]{0,40}?\bthe (mon|tue|wed|thu|fri|sat|sun)\w* (?:before|prior)\b", re.I)
# "could it arrive the Monday before the wedding?": that weekday before an event dated elsewhere in the message
WD_BEFORE_EVENT = re.compile(r"\s+(?:before|prior to|ahead of) (?:the|our|my|your) (?:[\w'-]+ ){0,2}?"
                             r"(wedding|fair|market|show|event|party|launch|opening|exhibition|festival|relaunch|sale)\b", re.I)
# "Baby shower on Saturday 13 June … I'd need them 3 days before the shower": a lead before an event dated elsewhere
LEAD_TO_EVENT = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|ten|\d+) (week|day)s? (?:before|prior to|ahead of) "
                           r"(?:the|our|my|your|her|his|their) (?:[\w'-]+ ){0,2}?([a-z]{3,})\b", re.I)
# "two days before the fair on the 12th": a lead said before the event's own date
LEAD_PRE = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|ten|\d+) (week|day)s? (?:before|prior to|ahead of) "
                      r"(?:the|our|my|your) [^.,;!?\n]{1,30}$", re.I)
BARE_WD_BEFORE = re.compile(r"\s+(?:before|prior)\b(?!\s+(?:the|our|my|your|\d))", re.I)  # "by the Thursday before."
# "for Easter (it falls on 28 March this year)": the day a feast or event falls on, said of it, asks nothing by then
FALLS_ON = re.compile(r"\b(?:falls|fall|falling|lands) on\s*(?:the\s*)?$", re.I)
THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# "the fete on Saturday 20th June - so by the Thursday?": that weekday before the day just written
SO_THE_WD = re.compile(r"\s*[-–—,;]?\s*so (?:by |for |on |latest )?the\s+", re.I)
# "the Friday before", "the Monday after": a weekday counted from another day, not the coming one
ANCHORED_WD = re.compile(r"\s+(?:before|after(?! next)|prior)\b", re.I)
# "Before Christmas please (23rd latest)": a day restated in brackets narrows the one before it
RESTATED = re.compile(r"[^.?!\n(]{0,25}\(\s*(?:by |latest |no later than |the )?$|"
                      # "window (Sunday 15th March) - so latest Thurs 12th": the event's day, then the deadline drawn from it
                      r"\)?\s*[-–—,;]?\s*so (?:by |latest |before |no later than )(?:the )?$", re.I)
LEAD_ZH = re.compile(r"^[^。；！？\n]{0,20}?(?:提前|前)([0-9一二两三四五六七八九十]+)(?:个)?(周|星期|天|日)")
DEADLINE_KINDS = {"within", "eom", "fortnight", "en_dot", "zh_within", "zh_eom", "win_dmy", "win_mdy", "zh_win", "mid", "zh_mid",
                  "holiday"}  # not week numbers: "材料计划 第23周 … 6月12日前进场" heads a plan, the day is the deadline
# "元旦前要货 … 1月2号前到": a day written out is more exact than a holiday, a mid-month or a month's end
ROUGH_KINDS = {"holiday", "mid", "zh_mid", "eom", "zh_eom", "week_no", "zh_week_no"}
DAY_KINDS = {"iso", "dmy", "mdy", "slash", "the_nth", "zh_md", "zh_nm", "zh_d", "dot_dmy"}
STATED_IS = re.compile(r"\b(?!deliver|dispatch|drop|due\b|need)[a-z][\w-]* (?:is|are|will be) (?:on )?(?:the )?$", re.I)
# "opening Friday 2 October, so they'd need to be here by then": the event's own day is the deadline
# (the day's own match holds its lead: "i.e. the 18th")
IE_THE = re.compile(r"[^.?!\n]{0,30}?\b(?:i\.?e\.?|that(?:'?s| is)|thats|which is)\W*(?:the\s*)?\d\d?(?:st|nd|rd|th)", re.I)
BY_THEN = re.compile(r"^[^.;!?\n]{0,60}?\b(?:by|for|before|in time for) then\b", re.I)
# "farm shop, opening 21 Nov. … Delivery before we open please": the opening's day, named again later, is the deadline
OPENS_ON = re.compile(r"\b(?:(?:re)?open(?:ing|s)?|launch(?:ing|es)?)\s+(?:on\s+)?(?:the\s+)?$", re.I)
BEFORE_OPEN = re.compile(r"\b(?:before|in time for|ahead of|by the time)\s+(?:we|the (?:shop|store|cafe|site)|it|they)\s+(?:re)?opens?\b|"
                         r"\b(?:before|in time for|ahead of)\s+(?:the|our)\s+(?:re)?(?:opening|launch)\b", re.I)


# "今天下单", "合适的话今天就定", "明天订购": the day the order is placed (or decided), not when the goods are wanted
ORDER_DAY_ZH = re.compile(r"\s*(?:就|先|再|会|可以)?(?:下单|落单|订购|定下来|确认订单|(?:定|订)(?![做制金的单货])(?=[了吧啦哈呀，,。！!？?\s]|$))")


def _clause(text: str, pos: int) -> str:
    """The clause before `pos` (back to the last punctuation or "and"/"so")."""
    return CLAUSE_START.split(text[max(0, pos - 60) : pos])[-1]


def strength(text: str, h: DateHit) -> int:
    """0: an event date; 2: an explicit deadline; 1: a date that is due without an explicit cue."""
    before, clause = text[max(0, h.start - 30) : h.start], _clause(text, h.start)
    if PAST_AFTER.match(text, h.end) or BOOKED_AFTER.match(text, h.end) or FALLS_ON.search(before) or ORDER_DAY_ZH.match(text, h.end):
        return 0
    if STRONG_BEFORE.search(before) or OWN_CUE.match(text, h.start, h.end) or OWN_ZH_CUE.search(text, h.start, h.end):
        return 2  # "by the 12th" holds its own cue
    event = EVENT_BEFORE.search(clause)
    if event and IN_TIME_FOR.search(clause[: event.start()]):
        return 2  # "we need them before the market on 5 December": wanted by the event
    if event and FOR_EVENT.search(clause[: event.start()]):
        return 1  # "for the fair on the 12th": the event, unless a deadline is given as well
    if (after := EVENT_AFTER.match(text, h.end)) and after.group(1):
        return 2
    if event or after or PLAN_AFTER.match(text, h.end):
        return 0
    if STATED_IS.search(before):
        return 1  # "prize-giving is Wednesday 15 July, so … by Monday 13th": a day stated for something else
    if STRONG_AFTER.match(text, h.end) or h.kind in DEADLINE_KINDS or GOODS.search(clause):
        return 2
    return 1


def _lead(text: str, h: DateHit) -> dt.date | None:
    """An event date with "so delivery a week before" / 提前一周 / "by then" after it: the day the goods are due."""
    wd = LEAD_WD.match(text[h.end :])
    if wd:
        back = (h.date.weekday() - WEEKDAYS[wd.group(1).lower()]) % 7 or 7
        return h.date - dt.timedelta(days=back)
    if BY_THEN.match(text[h.end :]) or (OPENS_ON.search(text, max(0, h.start - 25), h.start) and BEFORE_OPEN.search(text, h.end)):
        return h.date
    m = LEAD_EN.match(text[h.end :]) or LEAD_ZH.match(text[h.end :])
    if not m:
        return None
    return _back(h.date, m.group(1), m.group(2))


def _back(day: dt.date, word: str, unit: str) -> dt.date | None:
    """The day `word` days or weeks before `day` ("3", "a", "two", 三)."""
    word = word.lower()
    n = int(word) if word.isdigit() else (parse_en_words([word]) or parse_zh(word) or (1 if word in ("a", "an", "the") else 0))
    days = 7 if unit.lower() in ("week", "周", "星期") else 1
    return day - dt.timedelta(days=int(n) * days) if n else None


def _lead_to_event(text: str, hits: list[DateHit], today: dt.date) -> DateHit | None:
    """ "3 days before the shower", the shower dated elsewhere ("Baby shower on Saturday 13 June"): that many days before it."""
    # ("I'm getting married on 19 December … delivered a week before the wedding": the event named otherwise, the one
    # day written out is its day)
    days = [ev for ev in hits if ev.kind in DAY_KINDS and ev.date >= today]
    for m in LEAD_TO_EVENT.finditer(text):
        noun = re.compile(rf"\b{m.group(3)}", re.I)
        for ev in hits:
            near = text[max(0, ev.start - 80) : ev.start] + " " + text[ev.end : ev.end + 30]
            if noun.search(near) or (len({d.date for d in days}) == 1 and ev is days[0] and ev.end <= m.start()):
                day = _back(ev.date, m.group(1), m.group(2))
                if day and day >= today:
                    return DateHit(m.start(), m.end(), day, True, "derived")
    # "hen do on sat 8th aug!! … get them to me the day before": a bare lead in a later sentence, the one day written
    # out before it is the event's
    if len({d.date for d in days}) == 1:
        for m in LEAD_BARE.finditer(text, days[0].end):
            day = _back(days[0].date, m.group(1), m.group(2))
            if day and day >= today:
                return DateHit(m.start(), m.end(), day, True, "derived")
    return None


LEAD_BARE = re.compile(r"\b(a|an|the|one|two|three|four|five|six|seven|ten|\d+) (week|day)s? (?:before|earlier|prior|ahead)\b"
                       r"(?!\s+(?:the|our|my|your|her|his|their|that|this|it|then|\d))", re.I)


# "分两批送：下周一先到3吨，剩下的月底前到齐": goods sent in batches are one line, due when the last batch is (tests/data
# README, dev35/dev36 decisions)
BATCHES = prefiltered(r"分[两二三几多]?(?:批|次|趟)(?:送|发|交|到|走|来|[:：,，])|第[一二三]批|(?:先|首批)(?:到|送|发|交|来)[^。；;\n]{0,16}?[，,]\s*(?:剩下|剩余|余下|其余|另外)的?")


def pick(text: str, hits: list[DateHit], today: dt.date) -> DateHit | None:
    """The due date among the hits: the first of the strongest (sent in batches, the last's); an event's by its lead."""
    best, best_s = None, 0
    batched = BATCHES.search(text)
    for h in hits:
        h = _in_month_said(h, hits, today)
        restated = best and h.kind == "the_nth" and _restated_day(text, best, h)
        if h.date < today:
            continue
        s = strength(text, h) if h.due else 0
        if restated:  # "wk before xmas at the latest, i.e. the 18th": December's 18th narrows it
            h, s = DateHit(h.start, h.end, restated, True, "derived"), 3
        before_event = _before_event(text, h, hits) if h.kind == "weekday" else None
        if before_event and before_event >= today:
            h, s = DateHit(h.start, h.end, before_event, True, "derived"), 3
        elif h.kind == "weekday" and ANCHORED_WD.match(text, h.end):
            s = 0
        pre = LEAD_PRE.search(text, max(0, h.start - 60), h.start) if h.due else None
        if pre and (day := _back(h.date, pre.group(1), pre.group(2))) and day >= today:
            h, s = DateHit(h.start, h.end, day, True, "derived"), 3
        lead = _lead(text, h) if s <= 1 else None
        if lead and lead >= today and not _stated_after(text, h, hits):
            h, s = DateHit(h.start, h.end, lead, True, "derived"), 3
        if s > best_s or (best and s == best_s == 2 and (RESTATED.fullmatch(text, best.end, h.start) or
                                                         (best.kind in ROUGH_KINDS and h.kind in DAY_KINDS | {"weekday"}))):
            best, best_s = h, s
        elif batched and best and s == best_s == 2 and h.date > best.date and h.start > batched.start():
            best = h  # a later batch's day, said after the split
    return best if best_s >= 2 else (_lead_to_event(text, hits, today) or best)


def _restated_day(text: str, best: DateHit, h: DateHit) -> dt.date | None:
    """The day "i.e. the 18th" / "that's the 18th" names in the month of the date it restates (not after it)."""
    if not IE_THE.fullmatch(text, best.end, h.end) or best.end + 40 < h.start:
        return None
    try:
        day = best.date.replace(day=int(re.search(r"\d+", text[h.start : h.end]).group(0)))
    except ValueError:
        return None
    return day if day <= best.date else None


def _in_month_said(h: DateHit, hits: list[DateHit], today: dt.date) -> DateHit:
    """ "wedding on 22 August … so by the 15th": a bare day of the month after a written date, before it, is in its month."""
    said = [ev for ev in hits if ev.kind in ("dmy", "mdy", "slash", "iso") and ev.end <= h.start and ev.date >= today]
    if h.kind != "the_nth" or not said:
        return h
    try:
        day = said[-1].date.replace(day=h.date.day)
    except ValueError:  # the 31st in a shorter month
        return h
    return DateHit(h.start, h.end, day, h.due, h.kind) if today <= day < said[-1].date and day != h.date else h


def _before_event(text: str, h: DateHit, hits: list[DateHit]) -> dt.date | None:
    """ "the Thursday before the fair", the fair dated elsewhere ("fair on Saturday 5th December"): that weekday before it."""
    m = WD_BEFORE_EVENT.match(text, h.end)
    bare = not m and BARE_WD_BEFORE.match(text, h.end) and THE_BEFORE.search(text, max(0, h.start - 5), h.start)
    prior = next((ev for ev in hits if ev.kind in DAY_KINDS and SO_THE_WD.fullmatch(text, ev.end, h.start)), None)
    if prior and prior.date > h.date:
        return prior.date - dt.timedelta(days=(prior.date.weekday() - h.date.weekday()) % 7 or 7)
    if not m and not bare:
        return None
    noun = re.compile(rf"\b{m.group(1)}", re.I) if m else None
    # "supper on Saturday 3 October … By the Thursday before would be perfect": a bare "the <day> before" counts
    # back from the one day written out in the message
    days = {ev.date for ev in hits if ev.kind in DAY_KINDS and ev.date > h.date}
    for ev in hits:
        near = text[max(0, ev.start - 80) : ev.start] + " " + text[ev.end : ev.end + 30]
        if ev is not h and ev.kind != "weekday" and ev.date > h.date and (noun.search(near) if noun else ev.kind in DAY_KINDS and len(days) == 1):
            back = (ev.date.weekday() - WEEKDAYS[re.search(r"mon|tue|wed|thu|fri|sat|sun", text[h.start : h.end], re.I).group(0).lower()]) % 7 or 7
            return ev.date - dt.timedelta(days=back)
    return None


def _stated_after(text: str, event: DateHit, hits: list[DateHit]) -> bool:
    """ "the week before the fair (by Friday 4th Sept)": a deadline written out in the lead's sentence wins."""
    rest = text[event.end :]
    lead = LEAD_WD.match(rest) or LEAD_EN.match(rest) or LEAD_ZH.match(rest)
    start = event.end + (lead.end() if lead else 0)  # the lead's own weekday ("the Wednesday before") is no other date
    end = min([i for i in (text.find(c, start) for c in ".;!?\n。；！？") if i >= 0], default=len(text))
    return any(start <= h.start < end and h.due and strength(text, h) == 2 for h in hits)


def resolved(hits: list[DateHit], hit: DateHit | None) -> list[DateHit]:
    """The hits with the picked mention carrying the date the rules resolved it to ("by the 18th" after "24 May")."""
    if hit is None:
        return hits
    return [DateHit(h.start, h.end, hit.date, h.due, h.kind) if (h.start, h.end) == (hit.start, hit.end) else h for h in hits]
