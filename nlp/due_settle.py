"""The message's due date: the rules' pick (body, else a forwarded note's time), then the learned picker's check."""
from __future__ import annotations

import datetime as dt
import re

from nlp.dates import DateHit, find_dates
from nlp.due import ANCHORED_WD, BATCHES, ORDER_DAY_ZH, pick as pick_due, resolved
from nlp.due_cues import BEFORE_CLOSING, ORDER_DAY, PAID_BEFORE, QUOTE_REACH, RAN_OUT_BY, VAGUE
from nlp.due_model import DueModel
from nlp.history import quoted_time
from nlp.text import normalize
from nlp.walk import asked as _asked

DUE_MODEL = DueModel.load()
RELATIVE_DATES = {"weekday", "the_nth", "zh_wd", "zh_d", "rel", "zh_rel"}  # resolved by convention
BY_WORD = re.compile(r"\b(?:by|before|until|till)\b|前", re.I)


def settle_due(body: str, hits: list[DateHit], cleaned, today: dt.date, intent: str, lines: list[dict]):
    """(due date or None, the date hit the rules took or None, what they picked from for the learned picker,
    the learned picker's probability of the date given, None without a picker)."""
    # "early next month is fine": a week or month without its day names no date (VAGUE), so the learned picker gets no such option
    hits = [h for h in hits if not VAGUE.fullmatch(body[h.start : h.end].lower())]
    hit, said = pick_due(body, hits, today), body
    picked = [(body, resolved(hits, hit))]  # each mention at the date the rules resolved it to
    # "please action Helen's list below, deliver end of month" over a forward; "请按客户要求时间交货" over a quoted order
    if hit is None and (note := cleaned.note or quoted_time(body, cleaned.history)):
        said = normalize(note)
        found = find_dates(said, today)
        hit = pick_due(said, found, today)
        picked.append((said, resolved(found, hit)))
    due = hit.date if hit else None
    # "can you do 10 t by the end of the month?", "要8吨，明天能发吗": a count asked by a deadline or for a later day keeps it
    kept = hit and any(ln["quantity"] is not None for ln in lines) and (hit.date > today or BY_WORD.search(said[max(0, hit.start - 8) : hit.end + 1]))
    # "any in stock? need 10 today": a stock question's "today" says how urgent, as "ASAP" does, not a deadline
    if intent in ("other", "cancel") or (intent == "stock_query" and hit and (_asked(said, hit.end) or hit.date == today) and not kept):
        due = None  # "今天能发吗" (today), "can you ship by Friday?" asks about stock or lead time, sets no deadline
    sure = None
    if DUE_MODEL:  # stacked on the rules: overrides their date only when sure (bench/nlp_due_probe.py)
        ruled = due
        due, sure = DUE_MODEL.decide(picked, today, intent, due)
        # "need it before we shut on the 22nd": the learned check took "shut" from closures ("we're shut on the 22nd")
        # and cannot tell the day goods are wanted before; the rules' reading of it stays
        if due is None and ruled and hit and said is body and BEFORE_CLOSING.search(body[max(0, hit.start - 60) : hit.start]):
            due = ruled
        # "分两批送：10号前先到一百，剩下的30号前到": the learned check leans to the first date; a batched delivery is due
        # with its last batch (the rules took it)
        elif due is not None and ruled and hit and said is body and due < ruled and BATCHES.search(body):
            due = ruled
        # "open day on Sat 10th Oct, so by the Thursday before": the learned check took the coming Thursday; the
        # weekday is counted back from the event, the day the rules derived
        elif due is not None and ruled and hit and said is body and due != ruled and hit.kind == "derived" and \
                _anchored_only(body, hits, due):
            due = ruled
        # a day the rules set aside that the learned check takes back, seeing only the day: the day of ordering
        # ("6205轴承三十套，明天下单") or a day for money or bids ("the grant has to be spent by 31 March")
        elif due is not None and ruled is None and (
                (said is body and _order_day_only(body, hits, due)) or _not_goods_day(body, hits, due)):
            due = None
    return due, hit, picked, sure


def _order_day_only(body: str, hits: list[DateHit], day: dt.date) -> bool:
    """Whether every mention of `day` is followed by an order word (今天下单, 明天就定, "Monday's bearing order")."""
    said = [h for h in hits if h.date == day]
    return bool(said) and all(ORDER_DAY_ZH.match(body, h.end) or (h.kind == "weekday" and ORDER_DAY.match(body, h.end))
                              for h in said)


def _anchored_only(body: str, hits: list[DateHit], day: dt.date) -> bool:
    """Whether every hit at `day` is a weekday counted from another day ("the Thursday before")."""
    at = [h for h in hits if h.date == day]
    return bool(at) and all(h.kind == "weekday" and ANCHORED_WD.match(body, h.end) for h in at)


def _not_goods_day(body: str, hits, day: dt.date) -> bool:
    """Whether every hit at that day stands after a money, bid or run-out cue (PAID_BEFORE, QUOTE_REACH, RAN_OUT_BY)."""
    at = [h for h in hits if h.date == day]
    return bool(at) and all(not h.due and (PAID_BEFORE.search(body[max(0, h.start - 30) : h.start]) or
                                           QUOTE_REACH.search(body[max(0, h.start - 80) : h.start]) or
                                           RAN_OUT_BY.search(body[max(0, h.start - 30) : h.start])) for h in at)


def relative(due: dt.date | None, hit, picked: list) -> bool:
    """Whether the due date was resolved by convention ("Friday", 明天): the rules' hit, or the found date chosen."""
    if due is None:
        return False
    if hit is not None and hit.date == due:
        return hit.kind in RELATIVE_DATES
    return any(h.date == due and h.kind in RELATIVE_DATES for _, hs in picked for h in hs)


def undated(body: str, s: int, e: int, hits) -> str:
    """body[s:e] with the dates found in it blanked ("12月10号前要" says when, and names no product)."""
    text = body[s:e]
    for h in hits or []:
        if s <= h.start and h.end <= e:
            text = text[: h.start - s] + " " * (h.end - h.start) + text[h.end - s :]
    return text
