"""Due-date rules: windows, mid-month, week numbers, holidays, old and reply-by dates (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import due_date

WED = dt.date(2026, 11, 25)
SAT = dt.date(2026, 11, 28)


@pytest.mark.parametrize("text,today,want", [
    ("need them between 7 and 9 December", WED, "2026-12-09"),
    ("delivery 14-16 Dec please", WED, "2026-12-16"),
    ("anytime from the 2nd to the 4th of December", WED, "2026-12-04"),
    ("请12月8日到10日之间送到", WED, "2026-12-10"),
    ("mid-December is fine", WED, "2026-12-15"),
    ("by mid next month please", WED, "2026-12-15"),
    ("下月中前送到", WED, "2026-12-15"),
    ("please deliver in week 50", WED, "2026-12-11"),
    ("第51周交货", WED, "2026-12-18"),
    ("wk 2 is fine for the rest", WED, "2027-01-15"),
    ("春节前到货", WED, "2027-02-06"),  # the festival itself, as 元旦前 is 1 January
    ("国庆前要送到", WED, "2027-10-01"),
    ("元旦前送到", WED, "2027-01-01"),  # the named day, as 周五前 is that Friday (dev13's decision)
    ("明天盘点前要送到", WED, "2026-11-26"),
    ("第48周生产计划里的角钢改成三吨", WED, None),
    ("加两盒螺母到明天那批货里", WED, None),  # the day names the booked shipment
    ("螺母加两盒，跟明天那批一起发", WED, "2026-11-26"),  # sent with it: that day restated
    ("we need them before Christmas", WED, "2026-12-25"),  # the named day itself (settled in the eleventh round)
    ("for our Christmas fair, 20 wreaths", WED, None),
    ("原定周五送的那批改到下周二", WED, "2026-12-01"),
    ("本来约好的12月3号送，改成12月9号吧", WED, "2026-12-09"),
    ("原来说的周四到，推到下周一", WED, "2026-11-30"),
    ("originally due on Friday, please move it to 3 December", WED, "2026-12-03"),
    ("I ordered these on Monday and we need them by Friday", WED, "2026-11-27"),
    ("I ordered 10 tins on Tuesday and the note says 100 - please fix", SAT, None),
    ("今天下午四点前回复有没有货", WED, None),
    ("please confirm by Friday 3pm with your quote", WED, None),
    ("这周五前送到", WED, "2026-11-27"),
    ("这周五前送到", SAT, "2026-12-04"),
    ("end of next week", SAT, "2026-12-04"),
    ("end of next week", WED, "2026-12-04"),
    ("ASAP please", WED, None),
    ("any chance of a Monday delivery?", WED, "2026-11-30"),
    ("we're out of nuts - ship 5 boxes today if you can", WED, "2026-11-25"),
    ("Dave is off today, I'll be placing orders for him", WED, None),
    ("can you do 8 lanterns for tomorrow?", WED, "2026-11-26"),
    ("offer valid until 31 December", WED, None),
    ("元月8号前要到", dt.date(2026, 12, 28), "2027-01-08"),
    ("我们下个月中需要角钢五吨", WED, "2026-12-15"),
    ("the warehouse is shut from 21 Dec to 4 Jan, so the 30 tins by the 18th please", WED, "2026-12-18"),
    ("please ship right away by Friday", WED, "2026-11-27"),
    ("could we move thursday's delivery to next monday?", WED, "2026-11-30"),
    ("下月初送", WED, None),
    # within this week: the week's last day (weeks run Monday to Sunday); early / late in a month is vague
    ("角钢两吨，本周内送到", WED, "2026-11-29"),
    ("这个星期之内要到", SAT, "2026-11-29"),
    ("焊丝1月初送过来", WED, None),
    ("early January delivery is fine", WED, None),
    ("十二月下旬送", WED, None),
    # mid-month in more wordings; "in the last three months" names no month
    ("中旬前到货就行", WED, "2026-12-15"),
    ("下个月中的时候送过来", WED, "2026-12-15"),
    ("过去三个月中用了很多", WED, None),
    # the day something already happened, and the day a decision is due, are no deadline
    ("The drop on Monday was two boxes short, send them by Friday", WED, "2026-11-27"),
    ("周一送到的那批钢管有问题，周四前补两支", WED, "2026-11-26"),
    ("prices for 40 planters please, the board decides by Thursday", WED, None),
    ("我们周五前决定，先报个价", WED, None),
    # 上周一 is last week's Monday (past), not the coming one
    ("扎带二十包，周四前到，上周二送的那批快用完了", WED, "2026-11-26"),
    ("a price for 30 planters please, I have to confirm with my manager by Thursday", WED, None),
    # an event's date with "the day before": the goods are due the day before it
    ("the school fete is on Saturday 12 December so we need the bunting the day before", WED, "2026-12-11"),
    ("下周内送到就行", WED, None),
    ("12.9前到货", WED, "2026-12-09"),
    ("12/9前送到", WED, "2026-12-09"),
    ("钢管外径2.5到3公分", WED, None),
    ("for delivery on or before 9.12.", WED, "2026-12-09"),
    ("within the next fortnight please", WED, "2026-12-09"),
    # month end written the other way round
    ("the planters by month end please", WED, "2026-11-30"),
    ("month-end delivery is fine", WED, "2026-11-30"),
    ("by next month end", WED, "2026-12-31"),
    # the end of a named month, this year or next
    ("the wreaths by the end of December please", WED, "2026-12-31"),
    ("end of Feb for the garden stock", WED, "2027-02-28"),
    ("焊丝十盘，1月底前送到", WED, "2027-01-31"),
    ("角钢三吨12月底前到", WED, "2026-12-31"),
    ("11月底前到", WED, "2026-11-30"),
    ("明年3月底交货", WED, "2027-03-31"),
    # a bare "tomorrow" asked for without a verb
    ("6 rolls of bin bags and 2 mops, tomorrow if poss", WED, "2026-11-26"),
    ("two tubs of grease, tomorrow please", WED, "2026-11-26"),
    # an order or reference number is not a date
    ("Ref PO 14/12 - 30 tins of paint please", WED, None),
    ("Order #3/4: 12 brooms", WED, None),
    # the date a quotation or an offer is wanted by is no due date
    ("Please quote for 80 fence panels, we need your offer by Friday.", WED, None),
    ("Kindly send your best prices by 4 December for the items below.", WED, None),
    ("quotation by 2 December please", WED, None),
    # a deadline stated only for an order not placed yet: a span counted from it sets none, a day and month written
    # out is when the goods are wanted (quotes keep that date: en10-060, en21-036, en22-023, en29-027)
    ("What would 60 lamps cost? If we go ahead we'd need them by the end of next month.", WED, None),
    ("What would 60 lamps cost? If we go ahead we'd need them by 18 December.", WED, "2026-12-18"),
    ("如果我们下单，12月18日前能到吗？", WED, None),
    ("Please send 60 lamps; we need them by 18 December.", WED, "2026-12-18"),
    # ship by and deliver by both set the due date
    ("ship by Thursday please", WED, "2026-11-26"),
    ("请于下周三前发货", WED, "2026-12-02"),
    ("within 3 weeks please", WED, "2026-12-16"),
    ("三周内送到", WED, "2026-12-16"),
    # goods brought "to us" on a day, the verb far back in the sentence
    ("could you get 4 lamps and 10 of the brass hooks to us tomorrow?", WED, "2026-11-26"),    # a spec's dimension before 到 is no month.day
    ("BVR 2*1.5到货了吗", WED, None),
])
def test_due_date_rules(text, today, want):
    got = due_date(text, today)
    assert (got.isoformat() if got else None) == want


@pytest.mark.parametrize("text,want", [
    # an explicit deadline wins over a date that names an event, a call or an invoice
    ("Following our meeting on Tuesday 1 December, please deliver the lamps by 7 December.", "2026-12-07"),
    ("The shop opening is on 14 December. Send the bunting by the 9th please.", "2026-12-09"),
    ("Invoice 778 due 20 December attached. Please also send 6 clocks by Monday.", "2026-11-30"),
    ("我们12月6日开业，请12月4日前把货送到", "2026-12-04"),
    ("发票日期11月30日，角钢五吨请下周四前送到", "2026-12-03"),
    # an event date with a lead before it
    ("The candles are for a gala on 18 December, so delivery five days before please.", "2026-12-13"),
    ("12月20日展会，提前一周送到", "2026-12-13"),
    # "the Monday before" an event: that weekday before the event day
    ("For our open day on Saturday 12 December, could they arrive the Wednesday before?", "2026-12-09"),
    ("The bazaar is on Thursday 10 December, deliver the Monday prior please.", "2026-12-07"),
    # a lead with its own written-out deadline: the stated day, not the computed one
    ("Our craft market is on Sunday 13 December, so delivery a week before (by Friday 4 Dec) works.", "2026-12-04"),
    # wanted by the event itself
    ("We need the stands before the craft fair on 6 December.", "2026-12-06"),
])
def test_due_date_picks(text, want):
    assert due_date(text, WED).isoformat() == want


def test_a_forward_note_sets_the_due_date(small):
    """A colleague's short note over a forwarded order keeps its deadline (the note itself is dropped)."""
    text = ("Hi all, please action Sue's list below, she is away. Deliver end of month please.\nPete\n\n"
            "---------- Forwarded message ---------\nFrom: Sue Bell\nSubject: order\n\n"
            "JUMBO BAG RED RETROSPOT - 20\nREGENCY CAKESTAND 3 TIER - 4\n")
    got = small.extract(text, WED)
    assert got["intent"] == "order" and got["due_date"] == "2026-11-30"
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("85099B", 20), ("22423", 4)}
