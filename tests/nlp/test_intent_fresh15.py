"""Intent on fresh wording: the seller's replies, delivery complaints, date-only changes, own pricing (own sentences)."""
from __future__ import annotations

import pytest

from nlp.intent import classify
from nlp.intent_cues import SELLER
from nlp.text import normalize


def _intent(text: str, n_lines: int = 1, has_qty: bool = True) -> str:
    return classify(normalize(text), n_lines, has_qty)


@pytest.mark.parametrize("text,n,want", [
    # the seller offers part now and the rest later: no request of a customer
    ("Hi Ann, we can send 12 of the owl cushions today and the remaining 12 next week. Is that OK?", 1, "other"),
    ("we only have 3 of the 10 x 6204 in - can send these now and the other 7 on Monday. Alright?", 1, "other"),
    ("王工您好，角钢目前只有两吨现货，先发两吨，余下的月底发行吗？", 1, "other"),
    ("Thanks for your order. We'll dispatch 10 of the 6204 bearings today and the other 10 next week.", 1, "other"),
    ("Sorry Jo, the blue mugs are out of stock till Monday - shall we send the 4 we have?", 1, "other"),
    ("张工，6204库存只有40套，先发40套，剩下的月底发，您看行吗？", 1, "other"),
    ("Your order for 12 owl mugs has been dispatched and should be with you on Friday.", 1, "other"),
    ("Thanks Ann, we've received your order for 12 owl mugs and will deliver Tuesday.", 1, "other"),
    ("Just confirming we can do the 30 lanterns for Thursday. Sales", 1, "other"),
    ("Bob, we can do 3 tonnes of 8mm plate at £830/t, delivery Friday. Shall I book it in?", 1, "other"),
    ("We've received your order confirmation - please add 6 owl mugs to it.", 1, "change"),
    # (the buyer confirming an event of its own, or offering goods back, is no seller)
    ("Confirming we can do the stall at the fete on Saturday - please send 20 owl mugs by Friday.", 1, "order"),
    ("Shall we send the 3 spare crates back to you? Also please send 10 owl mugs.", 1, "order"),
    # what was delivered fell short
    ("Friday's delivery was missing 2 boxes of M8 washers.", 1, "other"),
    ("Tuesday's drop to our Leeds site was 3 valves short, we got 7 of 10. Can you look into it?", 1, "other"),
    # (goods short or missing, not a shortage of anything else; an order's own state, not its slot)
    ("The window display was missing some colour, so 10 owl mugs would be lovely.", 1, "order"),
    ("We got 2 of the 3 pitches we wanted! 10 owl mugs would be lovely.", 1, "order"),
    ("Where's my delivery slot for next month? I'd like 10 owl mugs.", 1, "order"),
    ("The minibus was 2 short of seats, so we'd like 10 owl mugs delivered.", 1, "order"),
    # only the day of a placed order moves
    ("Please bring the timber delivery for plot 9 forward to Friday.", 0, "change"),
    ("Could you move delivery of the garden bunting order to Monday instead?", 0, "change"),
    ("Sorry, we need to put back the bunting delivery to the 19th.", 0, "change"),
    ("Please put back the delivery note in the box; order 10 owl mugs.", 1, "order"),
    ("We'd like the mug delivery two days earlier if possible, on Tuesday.", 0, "change"),
    ("Can the lanterns come Friday rather than Monday?", 0, "change"),
    # the state of an order asked: no goods wanted
    ("Quick one - has our order for the lanterns been dispatched yet?", 0, "other"),
    ("Has my order 5120 gone out yet? Cheers", 0, "other"),
    ("Has the order form been sent over to you yet? If not, here it is again: 12 owl mugs please.", 1, "order"),
    ("Where's my order? 8 heart lanterns, ordered a fortnight ago.", 1, "other"),
    # a note of a call that ordered at a price already quoted
    ("Call 9:40 - Sue at Hill Farm: 3 tonnes of 10mm plate, wants it Monday. Price as per quote Q-2210.", 2, "order"),
    # what something costs, asked
    ("Can you tell me what the brass doorstop costs these days?", 1, "quote"),
    ("Could you tell me what 40 of the tin signs would come to, delivered?", 1, "quote"),
    ("We'd like to order 6 owl mugs but could you tell us the price first?", 1, "quote"),
    ("What would 60 tea towels set us back?", 1, "quote"),
    ("What's the damage on 30 of the owl mugs?", 1, "quote"),
    # an amount on hand asked is a stock question, not a price
    ("How much 50x50 angle have you got? Need roughly 3 tonnes.", 1, "stock_query"),
    ("How much per 12 and do you have them in stock?", 1, "quote"),
    # "price up" asks a price; "so I can price it up" is the sender's own pricing
    ("Could you price up 30 x bamboo trays? If OK we'll raise a PO.", 1, "quote"),
    ("Fair on the 3rd, want the stock sent a week before so I can price it all. 24 owl mugs, 24 fox mugs", 2, "order"),
    ("I need to price a job: 40 lengths of 2 inch pipe, what can you do?", 1, "quote"),
    # a stock top-up is an order of goods
    ("Shop stock top-up please:\n- 20 tea towels\n- 10 aprons\nNeed them by Friday.", 2, "order"),
    # a placed order's count set anew
    ("Re the Hilltop job order - make the M10 washers 4 boxes instead. Thanks", 1, "change"),
    # (a new order recounting its own line stays an order)
    ("Please send 10 red bags and 6 blue bags - actually make the blue bags 8 instead.", 2, "order"),
    ("Please send 12 owl mugs and 6 fox mugs - sorry, make the fox mugs 8 not 6.", 2, "order"),
    ("Re order 5521 - please make the fox mugs 8 not 6.", 1, "change"),
    ("Update on job 4471: timber quantity now 12 lengths, rest as before.", 1, "change"),
    ("上午的单子数量填错了，角钢是5吨不是3吨", 1, "change"),
    ("早上发的 paper chain kit 打错了，是 30 个不是 20 个", 1, "change"),
    # a warning not to get it wrong is no correction
    ("来五盒1.2的焊丝，莫搞错了是1.2的", 1, "order"),
    # an item left out of this round, others counted: an order, no cancel
    ("红色的那款这次就不要了，要蓝色的八个，绿色的四个", 2, "order"),
    # a line deleted from a placed order
    ("把上周订单里的槽钢删掉，其他照旧", 1, "cancel"),
    ("角钢的单子里把L50那行去掉，别的不变", 1, "cancel"),
    # (去掉 taking off packaging is how to send, no line cancelled)
    ("角钢二十根，去掉外包装直接发就行。", 1, "order"),
    # a price agreed before is no price asked
    ("照之前的价格，再来两吨槽钢，周四送到", 1, "order"),
    ("6204轴承200套，单价按合同价，月底前交货", 1, "order"),
    # a price stated in the list is no price asked
    ("Heart wreath 十个，单价¥30；star wreath 六个", 2, "order"),
    # papers asked beside an address update
    ("Have you got a spring/summer brochure? And please note our new address.", 0, "other"),
])
def test_fresh_intents(text: str, n: int, want: str) -> None:
    assert _intent(text, n) == want


def test_the_buyer_asking_for_the_stock_there_is_no_seller() -> None:
    assert not SELLER.search(normalize("你们角钢库存只有两吨的话，先发两吨给我们，其余的下周再说。"))
    assert SELLER.search(normalize("角钢目前只有两吨现货，先发两吨，其余的下周再说。"))
