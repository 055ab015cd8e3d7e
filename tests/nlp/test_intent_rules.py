"""Intent rules: negation, ask-then-send, side price questions, accepted quotes, changes (own sentences)."""
from __future__ import annotations

import pytest

from nlp.intent import classify, intent_scores
from nlp.text import normalize


def _intent(text: str, n_lines: int = 1, has_qty: bool = True) -> str:
    return classify(normalize(text), n_lines, has_qty)


@pytest.mark.parametrize("text,n,want", [
    # a negated cue does not count
    ("No need to change anything, just send 12 more of the heart lanterns", 1, "order"),
    # a question, then "if yes / if so, send": it asks first
    ("Are the 6205 bearings in stock? If so, please send 50.", 1, "stock_query"),
    ("Can you dispatch 300 M10 nuts by Thursday? if yes go ahead and ship", 1, "stock_query"),
    ("What's your price on 100 M8x30 bolts? If OK we will order this week.", 1, "quote"),
    ("请帮忙看下6204有没有货，有货就发100套", 1, "stock_query"),
    # polite Chinese forms
    ("麻烦报个价：6205-2RS 两百套", 1, "quote"),
    ("能不能帮忙报个价，Q235 10厚 五吨", 1, "quote"),
    ("麻烦把订单里的M8螺栓取消", 1, "cancel"),
    ("请帮忙把上周的订单改成200套", 1, "change"),
    # a quote accepted is an order, with or without lines
    ("OK, price is fine, we'll take 200 of each.", 0, "order"),
    ("按你们的报价下单，周五前送到", 0, "order"),
    ("价格没问题，就这么定了", 0, "order"),
    # acknowledging a quote asks nothing
    ("Thanks, got your quote. We'll discuss it internally and get back to you.", 0, "other"),
    # moving or holding a delivery, correcting a quantity
    ("Could you push the delivery for PO 5521 back to 9 December?", 0, "change"),
    ("Please hold the delivery of order 3310 until the 8th, the loading bay is closed", 0, "change"),
    ("There's a typo in our order, can you correct it to 30 please", 1, "change"),
    # an order with a side price question about another product
    ("20 x tea towels, 10 x aprons, and what do you charge for the oven gloves?", 2, "order"),
    ("Hi, what would you charge for 300 pairs of work gloves?", 1, "quote"),
    ("What is the minimum order for the nitrile gloves, and the price per box?", 1, "quote"),
    # the product was not resolved, but the request orders a counted amount
    ("灰色地坪漆先来三桶", 0, "order"),
    ("Could we get another 15 of the spotty bags from last time", 0, "order"),
    ("我们要的那种焊丝，还有吗？", 0, "stock_query"),
    ("不锈钢螺母M12的还有几箱？", 1, "stock_query"),  # how many boxes are left: a stock question
    ("M8平垫再来两盒，跟周五那批货一起送过来", 1, "change"),  # with a booked shipment: it edits that order
    ("这周能不能发M12螺栓三千个？能的话就安排", 0, "stock_query"),
    ("月底前能交货吗？角钢五吨", 0, "stock_query"),
    ("Do you do the enamel mugs in green?", 0, "stock_query"),
    ("Could you hold off sending the mugs until we confirm the date?", 0, "change"),
    ("Please disregard my earlier email about the tea towels.", 0, "cancel"),
    ("麻烦把上次报价的M12螺栓三千个发过来", 1, "order"),
    # cue families: colloquial asks, cancels and changes
    ("角钢五吨能便宜点吗", 0, "quote"),
    ("What would 40 tea towels come to?", 1, "quote"),
    ("Are the enamel mugs still £2.10?", 0, "quote"),
    ("M12螺栓仓库里还剩多少？", 0, "stock_query"),
    ("角钢多久能发货？", 0, "stock_query"),
    ("How long would 300 mugs take to come?", 1, "stock_query"),
    ("Got any tea towels?", 0, "stock_query"),
    ("角钢那个单子撤了吧", 1, "cancel"),
    ("Forget the tea towels, we don't need them anymore", 0, "cancel"),
    ("Scratch the mugs from today's order please", 0, "cancel"),
    ("角钢再加两吨到昨天的订单里", 1, "change"),
    ("Pop 12 mugs in with our next delivery please", 1, "change"),
    ("Can you make the mugs 36 rather than 24?", 1, "change"),
    ("上次发的螺栓少了二十个", 1, "other"),
    ("Please send another 30 mugs, and are the tea towels still available?", 1, "order"),
    # a signature's title line is not a request
    ("Hi Jo\n30 enamel mugs please\nAnna Berg\nBuyer - Orders | Quotes\nTel 0113 496 0000", 1, "order"),
    # an offer referred to is not a price asked; a wrong charge is a complaint; "scrap" cancels
    ("Further to your quotation of 12 Nov, please supply 40 sets of 6306 bearings by the 9th.", 1, "order"),
    ("Re invoice 90817: we were charged for 60 tins but only got 40.", 1, "other"),
    ("Please scrap the order we sent on Monday, plans changed.", 0, "cancel"),
    ("could we move thursday's delivery to next monday?", 0, "change"),
    # adding to a placed order, however the order is named
    ("Please add 8 brass door stops to order 40117, thank you", 1, "change"),
    ("Re: PO 2231 - could you add 5 pairs of rigger gloves to that one before it leaves?", 1, "change"),
    # a cancelled line replaced by another is a change, not a cancel
    ("Cancel the green storage tins on our order and send 10 of the blue ones instead", 1, "change"),
    ("订单里的不锈钢扎带取消，换成尼龙的，还是五包", 1, "change"),
    # an order with a price asked about something else in a "can you tell me" form
    ("Please send 12 x biscuit tins and 6 x tea caddies. Could you tell me the price of the bread crocks too?", 2,
     "order"),
    # a price asked with a go-ahead only weighed up, or an order waiting on the price
    ("How much for 150 garden kneelers? If we go ahead we'd want them before spring.", 1, "quote"),
    ("焊丝十盘什么价？合适的话就下单", 1, "quote"),
    ("Price for 40 doormats please? If the price is right we'll order this week.", 1, "quote"),
    ("OK, go ahead with the 40 doormats.", 0, "order"),
    # asking when more stock is expected
    ("Any news on the glass cloches? When are you expecting more in?", 0, "stock_query"),
    ("Do you expect any large lanterns back before Easter?", 0, "stock_query"),
    # a forwarded list handed on to be processed is the order, even before its lines are read
    ("Hi, please process the order below from our Bath branch, delivery Friday.", 0, "order"),
    ("麻烦按以下清单发货，下周一前到。", 0, "order"),
    ("李工，麻烦按仓库下面这张单子备货，谢谢！", 0, "order"),
    # a supplier proposing a partial delivery is no order
    ("Hi Tom, we can only send 30 of the 50 ladders this week; the balance will follow next Tuesday.", 1, "other"),
    ("李工您好，轴承我们这边只能先发一百套，剩下的月底补齐。", 1, "other"),
    # 提前十天 before an event is a lead time, not an order brought forward
    ("月底展会，提前十天送到，展架二十个", 1, "order"),
    # "can you make it?" asks whether the date can be met; "make it 30" changes
    ("We need 60 chair pads by Tuesday - can you make it?", 1, "order"),
    ("Can you make it 30 chair pads on that order?", 1, "change"),
    # a short delivery reported; the quickest dispatch asked
    ("The hooks were delivered short by one carton, please advise.", 1, "other"),
    ("扎带五十包，最快哪天能发？", 1, "stock_query"),
    # a delivery day swapped; a price asked as 给个价; a supplier saying the quote was sent
    ("Could you bring our order on Thursday instead of Monday?", 0, "change"),
    ("Can you knock the door wedges down to 20 on our last order?", 1, "change"),
    ("Please drop the candle jars to 8 on order 51120.", 1, "change"),
    ("How long would 40 candle jars take to come, 3 to 5 days?", 1, "stock_query"),
    ("Is the grey paint available instead of the green?", 0, "stock_query"),
    ("焊丝二十盘，能给个价吗？含运", 1, "quote"),
    ("王工，焊丝二十盘的报价已发您邮箱，请查收。", 1, "other"),
    # a hyphenated "non-return" names a kind of valve, not goods sent back
    ("Pump room: 3 x DN65 non-return valves, 5 x DN40 strainers", 2, "order"),
    ("We need to return 3 of the strainers, they leak.", 1, "other"),
    # a price offered back in a question, or asked as "what are you charging", asks a price
    ("Could you do the garden kneelers at £3.20 for 60? If so please send.", 1, "quote"),
    ("What are you charging for the rigger gloves these days?", 1, "quote"),
    # the seller speaking: a partial shipment offered back to the customer
    ("Hi Sue, we can send 12 of your 40 lanterns tomorrow and the rest next week, is that alright?", 1, "other"),
    ("We can dispatch 200 now with the balance on Friday - ok for you?", 1, "other"),
    ("Hi Pat, we could ship 30 of the 50 oak shelves this week and the other 20 once the van is back - alright?", 1, "other"),
    ("刘工，焊丝先发五盘，剩下的月底补，行吗？", 1, "other"),
    ("Hi Jo, we only have 18 of the lanterns in stock at the moment - shall we send those now?", 1, "other"),
    ("We only have 2 lanterns left on the shelf, please send 20 more", 1, "order"),
    # a line put "onto" or "on to" a placed order is a change
    ("Could you put 6 more oven gloves onto PO 7781 as well?", 1, "change"),
    ("Please add 3 rolls of gaffer tape on to order 88120, same delivery", 1, "change"),
    # a count set against a past order ("last time … this time make it") is a new order
    ("We took 12 of the tin signs last time and sold out, so this time make it 30 please", 1, "order"),
    # a line of this new order recounted in the same breath
    ("Could I have 10 enamel jugs and the linen napkins, make that 40 of those, cheers", 2, "order"),
    ("Can you make it 40 of those napkins on our order instead of 20?", 1, "change"),
    ("上次拿了五桶油漆，这次改成八桶吧，下周送", 1, "order"),
    ("Please make it 30 tin signs on order 4410 instead of 12", 1, "change"),
    # "are they back yet?" asks about stock, whatever is said after it
    ("Are the zinc planters back yet? Would take 8 if they are", 1, "stock_query"),
    # a delivery gone wrong (short, cracked, bent, sent wrong) is a complaint
    ("Tuesday's pallet was short and two of the mirrors were cracked. Credit note please.", 1, "other"),
    ("上周送来的钢管有三根变形了，麻烦安排人过来处理一下", 1, "other"),
    # a conditional acceptance waits on the answer: still a price asked
    ("How much are the garden kneelers for 80? If you can do under £2 we'll take them", 1, "quote"),
    ("Price on 50 bird feeders? If it's sharp, go ahead and send them", 1, "quote"),
    # a PO reference asked for on the paperwork, and a price written in the list, ask no price
    ("Please deliver 10 boxes of M6 washers; quote our order ref 5512 on the invoice.", 1, "order"),
    ("明细：角钢50x5 三吨（单价4200元/吨），送货：本周内", 1, "order"),
    ("Unit price: £2.40\nQty 30 bird feeders, deliver by Friday", 1, "order"),
    # a delivery-time field is no lead-time question; "contact us ahead of unloading" brings nothing forward
    ("请安排：镀锌管DN25 二十支，交期：12月10日前，送货前请提前打电话", 1, "order"),
    # a list handed on to be sent "as this one", and a repeat of a named earlier order
    ("转发仓库的单子，照这个发货就行", 0, "order"),
    ("Same as our June order please, delivery Tuesday.", 0, "order"),
    ("Same as last order?", 0, "other"),
    # more ways of adding to what was already ordered or booked; "our next delivery" is just the next order
    ("Also add 4 brass hooks to what we ordered on Tuesday", 1, "change"),
    ("Could you throw in 2 more planters with Thursday's delivery?", 1, "change"),
    ("周一订的单再加三卷BV2.5", 1, "change"),
    ("Could you pop 5 planters on our next delivery", 1, "order"),
    # "in yet?", "... left?" ask about stock; "N more please" orders a count
    ("Are the enamel jugs in yet? We'd have 20 if so", 1, "stock_query"),
    ("Do you reckon you've got 16 of the wicker baskets left?", 1, "stock_query"),
    ("The planters went in a day. 20 more please", 0, "order"),
    # a price accepted with a send, and an order at the price agreed before
    ("Price is fine, please ship the 40 planters this week", 1, "order"),
    ("Please send 6 boxes of M10 nuts, prices as last time", 1, "order"),
    # an order at the quote sent; a line taken off; a count corrected after the fact
    ("就按贵司给的报价，角钢三吨，月底前送到", 1, "order"),
    ("Can you take the brass hooks off our order please", 0, "cancel"),
    ("Apologies, the 10 planters on Monday's order should have been 15", 1, "change"),
    # "would you be able to do N at £x?" offers a price back; 能做…吗 asks what can be supplied
    ("Would you be able to do 300 tea lights at £0.20 each?", 1, "quote"),
    ("6308轴承能做五十套吗？", 1, "stock_query"),
    # "would you have N", "are you able to supply N", 有N套吗: asking whether the goods can be had
    ("Would you have 30 bird feeders we could collect on Monday?", 1, "stock_query"),
    ("Are you able to supply 200 M12 washers this side of Christmas?", 1, "stock_query"),
    ("DN50闸阀你们仓库有二十个吗？", 1, "stock_query"),
    # goods the catalogue did not resolve, still ordered with a count ("deliver 30 X", "30 X please")
    ("Could you deliver 30 garden gnomes on Tuesday, the last van came when we were shut", 0, "order"),
    ("Morning! 18 owl doorstops please, cheers", 0, "order"),
    ("Our order 61120 arrived yesterday, all present and correct.", 0, "other"),
    # a price agreed in figures, and a go-ahead with no product named, are orders
    ("焊丝十盘，单价就按95，周四前送到", 1, "order"),
    ("行，那就这样，安排发货吧", 0, "order"),
    # more to an order already placed, a held delivery, a day swapped: changes
    ("上周那单扎带再添十包", 1, "change"),
    ("这单先不要发，等我们通知", 0, "change"),
    ("Could the valves on order 6650 arrive Thursday instead?", 0, "change"),
    # "when will you have more?" asks about stock; goods that do not work are a complaint
    ("The bird feeders went in a weekend. When do you expect more?", 0, "stock_query"),
    ("上周到的闸阀有一个关不严，转不动，麻烦来看看", 1, "other"),
    # a request for quotation by its abbreviation, even when it asks the lead time too
    ("RFQ - 20 off 6306-2RS, 10 off 6306-ZZ; state lead time please", 2, "quote"),
    # a price asked before ordering is a quote, the order not yet placed
    ("Before we put in an order, can you confirm your price on the zinc buckets? We'd want 40.", 1, "quote"),
    ("Before placing the order, what's the price of the zinc buckets? Roughly 40.", 1, "quote"),
    # asking availability, then "if you have them, please send": it asks first
    ("Could you check stock on 48 x doormats? If you have them, please send.", 1, "stock_query"),
    ("Please send 48 doormats if you have them", 1, "order"),
    ("Are the 36 cake tins available? if you've got them pls send", 1, "stock_query"),
    # "any X in?" asks about stock, even when no line was read
    ("any of the green enamel bread bins in? want a couple", 0, "stock_query"),
    # "kindly dispatch" orders; a signature's job title is no stock question
    ("Kindly dispatch 6 bread bins and 6 flour tins.\n\nRegards\nJo Smith\nStock Controller", 2, "order"),
    # the seller's own part-delivery note (no subject): no customer request
    ("Hi Sue, we're low on the cake stands, can send 6 today and the other 6 on Monday, ok?", 1, "other"),
    ("Can you send 6 today and the other 6 on Monday?", 1, "order"),
    # a bare price question after the counts asks the price of what was listed
    ("镀锌螺栓M12*60要300个，M12螺母要300个，出厂价多少？", 2, "quote"),
    ("M12螺母要300个，另外M16的螺栓价格是多少？", 1, "order"),
    # more onto an order named by its number is a change
    ("订单号PO-7731里再加十盒扎带", 1, "change"),
    # an order that asks whether it can arrive by a day still orders
    ("角钢要三吨，槽钢两吨，周五前能到吗？", 2, "order"),
    ("6205轴承有现货吗？明天能到吗？", 1, "stock_query"),
])
def test_intent_rules(text, n, want):
    assert _intent(text, n) == want


def test_negated_cue_is_not_counted():
    assert intent_scores("please don't cancel, we still want them")["cancel"] == 0
    assert intent_scores("不用取消了")["cancel"] == 0
    assert intent_scores("please cancel the mugs")["cancel"] == 1


PREFILTER_TEXTS = [
    "Hi both, could we get 40 x enamel mugs? If they're in stock please ship by Tues. Cheers",
    "Please cancel the 12 lanterns, and change the rest to 30 instead of 20 - what's the price now?",
    "£4.50 each still? we'd take 2 dozen. Don't send the blue ones. 取消蓝色的，其余改成三十个，多少钱？",
    "Can you do the kneelers at £3.20 for 60? what are you charging now? we can ship 20 of your 50",
    "  \n-- Purchasing manager | Tel 0161 496 0000\n有货吗？库存多少？下单前先报个价",
]


@pytest.mark.parametrize("text", PREFILTER_TEXTS)
def test_prefiltered_cues_match_exactly_like_the_plain_patterns(text):
    import re

    from nlp.intent import CUES
    from nlp.prefilter import prefiltered

    for _, pattern in CUES:
        plain, fast = re.compile(pattern, re.I), prefiltered(pattern, re.I)
        assert fast.pattern != pattern  # a start class was found
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("text", PREFILTER_TEXTS + [
    "The drop was short, 2 cracked; quote our PO 5512 (unit price £1.20). OK, price is fine, please send 上周送来的是弯的",
    "按贵司给的报价下单，请按这个发货。Further to your quotation, go ahead",
])
def test_prefiltered_complaint_decided_and_reference_patterns_match_like_plain_ones(text):
    import re

    from nlp import intent

    for rx in (intent.COMPLAINT, intent.DECIDED, intent.QUOTE_REF):
        plain = re.compile(rx.pattern.split(")(?:", 1)[1][:-1], rx.flags)  # the pattern without its look-ahead
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_prefilter_leaves_patterns_that_may_match_anywhere():
    from nlp.prefilter import prefiltered

    for pattern in (r"a?", r".x", r"[^a]b", r"(?:x|)y?"):
        assert prefiltered(pattern).pattern == pattern
    assert prefiltered(r"\bfoo|ba[rz]").pattern.startswith("(?=[fb])")


@pytest.mark.parametrize("text", [
    "Re the Tuesday order - make the M10 washers 8 boxes instead. Sam",
    "Office rang: make the angle 2t not 1.5t, rest same.",
    "Ticket 4471 update: gloves quantity now 12 boxes.",
    "I ordered four of the owl mugs - could two of them be a robin one instead?",
])
def test_a_line_counted_anew_or_an_item_in_place_of_one_is_a_change(text):
    assert classify(text, 1) == "change"


def test_a_count_from_old_to_new_is_a_change():
    assert intent_scores("the brass hooks from 40 to 55, rest unchanged.")["change"] == 1
    assert intent_scores("shop shut from 24 dec to 2 jan.")["change"] == 0  # a date range is no count changed
    assert intent_scores("open from 9 to 5pm.")["change"] == 0
    assert intent_scores("aprons for ages from 3 to 6 years, sizes from 10 to 14mm")["change"] == 0
    assert intent_scores("we've gone from 4 to 6 stores this year, so 30 aprons please")["change"] == 0  # places, not goods
