"""Intent and due date on round-9 kinds of wording: the seller offering part stock, faults and wrong goods, counts set
anew, politeness idioms, chat stock questions, papers asked, orders after a complaint, reply and payment deadlines
(own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import find_dates
from nlp.intent import classify
from nlp.text import normalize


def _intent(text: str, n_lines: int = 1, has_qty: bool = True) -> str:
    return classify(normalize(text), n_lines, has_qty)


@pytest.mark.parametrize("text,n,want", [
    # the seller answering the buyer's order from its own stock: no request of a customer
    ("Hi Tom, we only have 5 of the 20 copper kettles right now - happy to post those Monday and the rest later?", 1, "other"),
    ("Morning Jo, I can ship the 10 lanterns today and the candle jars after the weekend, is that alright? Kev (sales)", 1, "other"),
    ("刘经理，您订的法兰目前只有30片现货，其余的月底到，先发30片行吗？", 1, "other"),
    ("陈工您好，你要的圆钢现在只有两吨库存，要不要先发过去？", 1, "other"),
    # (a buyer asking for goods, with a count of a sized item, is no seller)
    ("Could we have 6 of the 12-inch cake boards and 4 cake tins please", 2, "order"),
    # goods that fail or are not what was ordered
    ("Two of the fairy lights you sent don't work at all. Can we send them back for new ones?", 1, "other"),
    ("The hinges delivered Tuesday were brass, not the chrome ones we ordered (10 of them). Please sort a swap.", 1, "other"),
    ("Monday's drop was short - we got 8 of the enamel jugs instead of 10. Please credit us.", 1, "other"),
    # a line's count set anew on a placed order
    ("Guest list has grown - can we have 50 of the gold table numbers instead of 40 please", 1, "change"),
    ("could you make the paper lanterns thirty five instead of thirty, rest as it was", 1, "change"),
    ("Re our order last week: - tea towels down to 24 - the rest stays", 1, "change"),
    ("can you switch the blue vases for the green ones, same qty as before", 0, "change"),
    # (the buyer's own stock running low is no change)
    ("do you have more of the owl mugs coming? we're down to 3", 0, "stock_query"),
    # politeness and other idioms are no change cues
    ("We should be grateful if you could tell us whether the brass hooks are in stock, we need 40.", 1, "stock_query"),
    ("We're fixing up the guest rooms in May - do you have the linen baskets in stock? maybe 6.", 1, "stock_query"),
    # chat stock questions
    ("r the green garden gloves back?? want 12", 1, "stock_query"),
    ("6204轴承的有没", 0, "stock_query"),
    # papers asked, not goods
    ("Could you email me a copy of your spring brochure and trade price list? New shop here.", 0, "other"),
    # a new order after a complaint, or with the sender recounting its own line in the second sentence
    ("上周的货还没到！另外再下一单：M8螺栓200个", 1, "order"),
    ("Hello! New café in Rye. Could I get 10 jam jars and 6 milk jugs - actually make that 8 jugs", 2, "order"),
    ("Order for the kiosk:\n10 x sun hats\n6 x beach balls\nwe had 20 hats last summer, maybe go 14. Yes make it 14 hats.", 2, "order"),
    # a forwarded store list to be handled is no complaint
    ("帮忙处理一下这个门店的需求：6204轴承20个", 1, "order"),
    # a line of the list taken back at once is no cancel
    ("Please send: 10 rope baskets, 6 doorstops - the star cushions? no scratch that - and 8 mugs", 3, "order"),
    # a question put aside after a counted list
    ("8 x enamel jugs\n4 x tin trays\nAlso do you still do the striped ones? Would take a few.", 2, "order"),
    # a price asked as "what would it be for"
    ("Nice. What would it be for 60 of the blue ones and 30 green? Incl postage?", 1, "quote"),
    # a price quoted before, taken as it is
    ("之前报的不锈钢水槽，就照这个价格，订 5 个", 1, "order"),
    ("按这个价格能不能再便宜点？要五个", 1, "quote"),
    # an account asked for, no goods
    ("Is there a discount for schools? We'd like to set up a trade account before term starts.", 0, "other"),
    # a tender's deadline for submitting prices is no change
    ("Tenders should be submitted by 3 March and remain open for 30 days. Please quote for 100 units of item 4.", 1, "quote"),
])
def test_intent_kinds(text: str, n: int, want: str) -> None:
    assert _intent(text, n) == want


def _due(text: str, today: dt.date = dt.date(2026, 6, 10)) -> list[tuple[dt.date, bool]]:
    return [(h.date, h.due) for h in find_dates(text, today)]


def test_weekday_before_a_numeric_date_is_that_date() -> None:
    assert _due("Please deliver Thursday 25/6, the van is booked.") == [(dt.date(2026, 6, 25), True)]


@pytest.mark.parametrize("text", [
    "Offers must be lodged by 20 June 2026. Please quote for 20 valves.",
    "Please quote for 20 valves; we have to place the order by 22/06.",
])
def test_reply_and_ordering_deadlines_are_not_due(text: str) -> None:
    assert all(not due for _, due in _due(text))


def test_payment_day_is_not_due_but_the_delivery_day_is() -> None:
    hits = _due("货款月底统一结账，后天送到仓库")
    assert [due for _, due in hits] == [False, True]
    assert [due for _, due in _due("Payment due by the 30th, deliver on Friday please")] == [False, True]


def test_a_past_expected_delivery_is_not_due() -> None:
    assert _due("The spare belts were meant to come Thursday, can you chase?") == [(dt.date(2026, 6, 11), False)]


def test_a_lead_said_well_after_the_event_date() -> None:
    from nlp.dates import due_date
    text = "We're catering a party on 20 December at the village hall and would like delivery two days before, thanks"
    assert due_date(text, dt.date(2026, 12, 1)) == dt.date(2026, 12, 18)


def test_goods_from_before_a_holiday_set_no_deadline() -> None:
    assert _due("The kids loved the crackers from before Christmas, so 20 more please", dt.date(2026, 1, 9)) == []


def test_goods_already_sent_set_no_deadline() -> None:
    assert _due("Thanks, your 24 mugs were all despatched today, invoice to follow.") == [(dt.date(2026, 6, 10), False)]
