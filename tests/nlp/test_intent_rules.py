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


def test_prefilter_leaves_patterns_that_may_match_anywhere():
    from nlp.prefilter import prefiltered

    for pattern in (r"a?", r".x", r"[^a]b", r"(?:x|)y?"):
        assert prefiltered(pattern).pattern == pattern
    assert prefiltered(r"\bfoo|ba[rz]").pattern.startswith("(?=[fb])")
