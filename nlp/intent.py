"""Message intent from cue phrases (en/zh): order, quote, stock_query, cancel, change, other."""
from __future__ import annotations

import re
from functools import lru_cache

from nlp.intent_cues import (_MONTH, ACCOUNT_ASKED, ARRIVE_BY, ASIDE_ASK, CLOSED_NOTICE, COMPLAINT, COUNT_UNIT as _COUNT_UNIT,
                             DECIDED, DOCUMENTS, IF_CLAUSE, IF_STOCKED, INVOICE_ADMIN, MAKE_ANEW, NEW_ORDER, NEW_ROUND,
                             NOUN_CHANGE, ORDER_REF, ORDERED_BEFORE, OWN_RECOUNT, PAPERS, PAST_ROUND, PLACED_SAID, QUESTION_MARK, QUOTE_REF,
                             RECEIVED_SWAP, REPEAT_NEW, REPEAT_ORDER, REPLACED, SELF_PRICED, SELLER, SIGNATURE_LINE, SKIPPED_NOW)
from nlp.intent_voices import (ANSWERED_OFFER, AUTO_REPLY, FORGOT_LINE, MAKE_OTHER, MOVED_PASSIVE, ORDER_IF, PAY_TERMS, need_sizes_ask, papers_only,
                               PLACED_RECOUNT, RECOUNTED, STOCK_ASKED)
from nlp.numbers import EN_TENS, NUMBER_WORD
from nlp.prefilter import prefiltered

# A count in digits or a small number word: "5 rolls instead of 3", "five rolls instead of three" swap counts
_UNITS_W = "|".join(sorted((w for w in NUMBER_WORD.values()), key=len, reverse=True))
_N = r"(?:\d+|(?:" + "|".join(EN_TENS) + r")(?:[ -](?:" + _UNITS_W + r"|one))?|" + _UNITS_W + r"|a dozen|one)"  # "twenty five"
# Cue families per intent, English then Chinese; a message's cues are counted per family.
FAMILIES: dict[str, list[str]] = {
    "cancel": [
        r"\bcancel\w*|\bcall off\b|\bplease stop (?:the|our|my)\b|\btake (?:it|them|that) off\b|"
        r"\b(?:take|drop|knock|strike)\b[^.?!\n]{3,50}?\boff (?:(?:my|our|the|this|that|his|her|their|[\w-]+(?:'s)?) )?(?:order|po)\b|don'?t send|do not send",
        r"(?:^|[.!?\n]\s*)(?:please |pls |can you |could you )?take off (?:the|those|these|our|my)\b|no longer need|\bremove .{3,60}? from (?:my|our|the) order|\bscrap (?:the|our|my|that|this|it)\b",
        r"\bwithdraw (?:the|our|my)\b|\b(?:disregard|ignore) (?:my|our) (?:earlier|previous|last) (?:e-?mail|order|message|request)",
        r"\bforget (?:about )?(?:the|those|these|that|our)\b|\bscratch (?:the|that|those|these|our)\b",
        r"\b(?:don'?t|do not) need (?:them|it|those|these|the \w+) any ?more\b",
        r"取消|不要了|撤销|退订|作废|撤回|撤了|撤单|撤掉|不用发了|(?<!先)别发了|不需要了|删掉|删除|删了|(?:订单|单子|单)[^，,。？?]{0,20}?去掉",  # (去掉 takes off what is on the order, not "去掉包装盒")
    ],
    "change": [
        # "instead of the pink bags could you send the paisley ones?": another item asked for in place of one
        r"\binstead of\b[^.?!\n]{3,80}?\b(?:could|can|would|will) (?:you (?:please )?(?:send|supply|ship|do)|(?:we|i) (?:please )?(?:have|get))\b",
        r"\bchange\b|\bamend\w*|\bmodif\w*|\binstead of\b|\brather than\b|\bswap\b|\bswitch (?:the|our|my|it|them|those|these)\b|\bupdate (?:the |our |my )?(?:order|qty|quantity)|"
        # "Update to the lunch box order from 3 Aug", "Skipton now wants 8 spaceboy not 4": a placed order's new count
        r"\bupdate to (?:the|our|my|your) (?:[\w'-]+ ){0,3}(?:order|po)\b|\b\d+(?: [a-z][\w-]*){1,3},? not \d+\b(?! (?:days?|weeks?)\b)",
        r"\bincrease\b|\breduce\b|\bmake (?:them|those|these)\b[^.?!\n,]{1,30}?\bnot\b|\bmake (?:it|that)\b(?!\s*(?:[.?!,;]|$|by\b|in time|on time|happen|work))|\bbump\b|\bpush (?:back|out)|\bmove (?:the )?delivery",
        # "make the M12 nuts 6 boxes instead", "make the plate 4t not 3t": a line's count set anew;
        # "paint quantity now 6 sets"; "could one of the three be a bird house one instead?": an item in place of one
        MAKE_ANEW + "|" + MAKE_OTHER + "|" + FORGOT_LINE + "|"
        r"\b(?:qty|quantity|amount) (?:is |should be )?now\b|\bfrom " + _COUNT_UNIT + " to " + _COUNT_UNIT + r"|\b(?:be (?:an?|the)|of (?:the|those|these|them)(?: [\w-]+){0,6}? be) [^.?!\n]{1,40}?\binstead\b",
        r"\bcorrection\b|\brevise\w*|\b" + _N + r"(?: [a-z]+)? (?:instead of|rather than) " + _N + r"\b|"
        # "80 of the pink confetti instead of 60", "(robin cards) down to 36": a line's count set anew
        r"\b" + _N + r" (?:of (?:the|those|these) )?[^.?!\n\d]{2,40}? (?:instead of|rather than) " + _N + r"\b(?![:.]?\d|\s*(?:am|pm)\b)|"
        r"(?<!\bare )(?<!'re )(?<!\bam )(?<!'m )(?<!\bis )(?<!'s )(?<!\bnow )(?<!\bonly )(?<!\bwe )(?<!\bbeen )\bdown to \d+\b(?!\s*(?:%|p\b|pence|mm|cm|degrees|days?|weeks?))|(?<!\bprice )\bup (?:them|it|that|the)\b(?=[^.?!\n]{0,40}?\b(?:to|by) \d)|\bshould (?:be|have been|read)\b(?! \w{3,}ed\b)(?! (?:plenty|enough|fine|ok|okay|sufficient|ample|grateful|glad|pleased|happy|obliged|delighted|able|valid|exclusive|inclusive|firm|fixed)\b)|made a mistake",
        r"\badd .{3,120}? (?:on ?)?to (?:my|our|the|this|that|it\b|order|po\b|next|today|tomorrow|[\w-]+(?:'s)? (?:order|po|delivery|drop|shipment)\b|"
        r"what (?:we|i)(?:'ve)? (?:ordered|sent)\b)|\bbring (?:it )?forward|\bbrought forward|\bpostpone",
        # "put back the delivery to the 22nd", "the delivery a day earlier": only its day moved (the delivery, not a
        # thing of it: "put back the delivery note in the box" - a day, a span or the clause's end follows)
        r"\bput (?:back|off) (?:[\w-]+ ){0,3}?(?:delivery|dispatch|shipment|order)\b(?=\s+(?:to|until|till|by|for|of|on|a|one|two|\d)\b|\s*(?:[.,;!?]|$))|"
        r"\b(?:delivery|dispatch|shipment)\b[^.?!\n]{0,20}?\b(?:a|one|two|three|\d+) (?:day|week)s? (?:earlier|later|sooner)\b(?! than)|"
        r"\b(?:bring|move|push|hold|delay)\w* (?:back )?(?:[\w-]+ ){0,3}?(?:delivery|dispatch|shipment|order)"
        r"(?: [\w&/-]+){0,6}? (?:forward|back|until|till|to|for)\b|\bhold off\b|\bon hold\b|\bcorrect (?:it|that|this|the \w+) to\b",
        r"\b(?:in|on) with (?:our|the|my) (?:next|existing|current|last) (?:delivery|order)|" + MOVED_PASSIVE + "|" + PLACED_RECOUNT + _N + r"\b|"
        # "put 6 more onto PO 7781", "stick them on our existing order": onto an order already placed
        r"\b(?:put|pop|stick|tack)\b[^.?!\n]{2,80}?\b(?:on ?to|on|into|in with) (?:(?:order|po)\s*(?:no\.?|#)?\s*\d|"
        r"(?:my|our|the|that|this) (?:existing |current |last |open )?(?:order|po)\b)|"
        # "throw in 4 more with tomorrow's delivery", "include 10 in the delivery already booked"
        # (not "pop 8 on our next delivery": that is just the next order)
        r"\b(?:include|throw in|add|pop|stick)\b[^.?!\n]{2,80}?\b(?:in|with|on|into) (?:the|that|this|tomorrow|"
        r"today|\w+day)\W{0,2}s? (?:\w+ )?(?:delivery|shipment|drop)\b|"
        r"\b(?:knock|cut|bring)\w*(?: [\w-]+){0,4}? down to \d|\b(?:drop|lower)\w*(?: [\w-]+){0,4}? to \d",
        # (not "提前三天通知", "卸货请提前联系": ahead of time, not brought forward)
        # "刚才单子数量写错了，是80套不是50套": a count the sender wrote wrong, corrected (not 搞错: maybe the seller's)
        r"(?:写|填|打)错了?|是\s*[0-9一二两三四五六七八九十百千]+\s*[^\s，,。0-9]{0,2}\s*不是\s*[0-9一二两三四五六七八九十百千]|"
        r"(?:订单|单子|(?:下|订)的单)(?:号?\s*[:：]?\s*[A-Za-z0-9][\w-]*)?(?:里|上|基础上)?再?加|改成|改为|改做|修改|更改|换成|改一下|调整|追加|减少|增加到|改到|推迟|加到|减到|变更|多加|少要|"
        r"提前(?![0-9一二两三四五六七八九十]+个?[天日周]|(?:一下)?(?:联系|通知|告知|打个?电话|来电|电话|预约|沟通|说)|(?:准?备|采购|订|囤))",
        r"加.{1,12}?到.{0,8}(?:订单|单子|那单|送货|(?:那|这)批)|(?:那|这)批货?(?:里|中)再?(?:加|添)|(?:送货|发货|那车|这车|那趟)(?:里|中|里面)再?(?:加|添)|(?:跟|和|随|同)[^。，,]{0,6}?(?:那|这)批货?一起|(?:那|这个?|上次的?|昨天的?)单[^。？?]{0,12}?再(?:加|添)|"
        r"(?:昨天|前天|上次|上周|刚才|之前|早上|上午)(?:订|下|买)的[^。？?！!,，]{0,16}?再(?:加|添)|"  # "昨天订的帽子再加20顶": onto that order
        # "那单先别发，等通知": a delivery held, like "hold the delivery of PO 3310"
        r"先别发|先不要发|暂停发货|暂缓发货|等(?:我们|我)?(?:的)?通知再发",
        # "can the angle on PO 7781 come Wednesday instead?": the day swapped
        # "can the plate come by the 12th instead?"
        # "please deliver on Tuesday the 8th instead"
        r"\b(?:come|arrive|deliver\w*|send|ship)\w* (?:on |by |for )?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*(?: the \d\d?(?:st|nd|rd|th))?|"
        r"the \d\d?(?:st|nd|rd|th)|\d\d?(?:st|nd|rd|th)? " + _MONTH + r"|" + _MONTH + r" \d\d?(?:st|nd|rd|th)?|tomorrow|next \w+) instead\b|"
        # "can u move my order 2 next mon instead?": the placed order moved to another day
        r"\b(?:move|push|shift|switch)\w* (?:my|our|the|this|that) (?:order|delivery|po)\b[^.?!\n]{0,30}?\binstead\b",
        # "Re order 58340 - please add 6 ...", "re PO 60213: please drop the red": lines edited on a placed order
        r"(?:\bre:?\s*|\bon\s+|^\W*)(?:our |my |your |the )?(?:order|po|p\.o\.)\s*(?:(?:no\.?|number|#)?\s*(?:[a-z]{1,4}-?)?\d[\w-]*|(?:from|of) (?:\w+day|yesterday|last week))\s*[:\-–—,]\s*"
        r"(?:please |pls |can you |could you )?(?:add|drop|remove|make (?:the|those|these|them|it)\b)\b",  # ("on order 5530 – could you add", "re our order from Monday: add", "PO 5521: make the bolts …")
    ],
    "quote": [
        # (not "how much 40x40 box section have you got?": an amount in stock asked)
        r"\bquot\w*|\brfq\b|(?<!\s[a-z]\. )(?<!^[a-z]\. )\bprice\w*|\bpricing\b|how much(?!(?: (?!(?:and|per|for|is|are|each|would|will|do|does)\b)[\w/-]+){1,6} (?:have you got|do you have|you got|left)\b)|\bcosts?\b(?!\s*(?:cent(?:re|er)s?|codes?)\b)|\brates?\b|\boffer\b(?! (?:sale[- ]or[- ]return|credit|terms|trade accounts?|free (?:delivery|postage|shipping)|samples?)\b)|\bestimate\b|\bproforma\b",
        r"\bdiscount|\b(?:do|give|offer) (?:us |me )?(?:a |any )?(?:better |good )?(?:deal|price)\b|\ba deal on\b|price list|what (?:would |do |will )?you(?:'d)? charge|\bcharge for\b|\bcheapest\b|\bbest you can do\b",
        r"\bwhat (?:sort|kind) of (?:money|price)\b|\bset (?:me|us) back\b|\bwhat(?:'s| is)? the damage\b|\bwhat (?:would|will|do|does) (?:it|that|they|this) (?:be|work out|come) (?:at|if|for(?! (?:the )?(?:delivery|postage|carriage|shipping|p&p|courier)\b))\b|"  # the idioms of cost
        # ("what would that be for delivery?" after an order asks no price of the goods)
        r"\bwhat would [^?]{0,80}? come to\b|\bwhat would (?:\d+|a dozen|a gross) [^?.\n]{0,80}?\bbe\s*\?|\bwhat\b[^?.\n]{0,80}?\bwould (?:that |it |they )?come to\b|\bstill (?:at )?[£$€]\s?\d|\byou(?:'re| are)? charging\b",
        # "can you do the owl bags at £1.65 for 200?": a price offered back is a price asked
        r"\b(?:can|could|would|will) you (?:be able to )?(?:do|supply|let us have)\b[^?.\n]{0,60}?\b(?:at|for) [£$€]\s?\d",
        r"报价|询价|多少钱|价(?:格|钱)?是?多少|价格|单价|价钱|什么价|几多钱|几钱|报个价|(?:给|开|出)个价|含运|报一下|怎么卖|啥价|价位|优惠|含税|便宜点|便宜些|能便宜|打折|折扣|比价(?=\s*[:：,，])|比(?:个|一下)价|哪(?:个|种|家)(?:更|比较)?便宜",
    ],
    "stock_query": [
        r"in stock|coming in|\bcoming\?|back in|\b(?:back|in) yet\b|\bback again\b|\bleft\s*\?|"
        r"on the shelf|discontinued|have you got|if you have|is it possible|(?:^|[.!?\n]\s*)(?:have |do )?(?:you|u) got\b[^.?!\n]{0,60}?\b(?:in|left|spare)\s*\?",
        # "Winter lay-up stock: 3 pails ...", "hire stock top-up", "want the stock delivered":
        # stock as a heading, an order's kind or the sender's own goods asks nothing
        r"how many|\bthe stock\b(?! (?:delivered|sent|shipped|dispatched)\b)|(?<!\bthe )(?<!\bour )(?<!\bmy )\bstock\b(?!(?:\s+(?:eh|pls|please|list))?\s*[:：]|\s+(?:pls|please)\s*!|@|[\s-]*(?:top[\s-]?ups?|replenish\w*|orders?)\b)|availab\w*|(?:do|would) (?:you|u) (?:have|carry|still)|\bhave you any\b|\bdo we (?:still )?have\b|\b(?:whether|if) (?:you|they|u) (?:still )?(?:have|stock|carry) (?=\d|any\b|enough\b)|"
        r"\b(?:are|would) you (?:be )?able to (?:supply|provide|get hold of|source)\b|any left|lead time|\bhow soon\b|\bhow long\b",
        r"\bwhen can\b|\bwhen (?:will|do) you (?:have|get|expect)\b|\bwhen (?:will|would|are|is) (?:the|they|it|those|these|your)\b[^.?!\n]{0,60}?\bback\b(?! to\b)|\bwhen will\b[^.?!\n]{0,60}?\bbe (?:back|in)\b|do you (?:sell|stock)|\bdo (?:you|u) (?:do|make|supply)\b|\bgot any\b|"
        r"\bexpect\w* (?:more|stock|them|it|some|any)(?: [\w-]+){0,3}? (?:in|back)\b|\b(?:you|u) (?:still (?:got|have)|(?:have|got) still)\b",  # "u still got the …"
        r"\bany (?!chance\b|way\b|news\b|update\b)[^.?!\n]{3,60}?\bin\s*\?|\b(?:is|are|r)\b[^.?!\n]{0,50}?\bback\s*\?",  # "any red clocks in?": goods come in
        r"能发吗|能发货吗|有没(?:得)?(?=\s*(?:[?？。!！，,]|$))|有[0-9一二两三四五六七八九十百千万]+[^，,。？?]{0,4}吗|有[^\s，,。？?有]{1,8}?的吗|能做[^，,。!！]{0,12}?吗|有货|有没有|(?<!安全)库存|现货|还有吗|有吗|还有(?:多少|几[个盒箱包套卷桶吨件只支根条米])|有多少|(?:货期|交期)(?!\s*(?:[:：]|end\b|\d|本月|这个月|下个?月|月底|下?周|这周|明天|后天))|还有货|能供|还剩|剩多少",
        STOCK_ASKED + r"|多久能到|几天能到|缺货|断货|到货时间(?!\s*[:：])|能(?:到|交货|交|送到|送过来)吗|能不能(?:到|交货|送到)|能否(?:到货|交货|送到)",
        r"来得及吗|多久(?:能|可以)?发|几天(?:能|可以)?发|什么时候(?:能)?有货|最快(?:什么时候|何时|几天|多久|哪天)",
    ],
    "order": [
        r"\border\b|\bsend\b|\bship\b|\bdeliver\w*|\bwe need\b|\bneed\b|\bwant\b|\bwould like\b|\bwe'?ll take\b",
        r"\b(?:can|could) (?:we|i|you) (?:get|have)\b|\b(?:please|kindly) (?:supply|book|add|dispatch)|\bputs? (?:us|me) down",
        r"\breorder\b|\brestock\b|\btop[ -]up\b|\bsame as last\b|\bplus\b|\bpls\b|\bplease\b|\bwe'?ll (?:just )?take\b",
        r"\bi'?ll take\b|\bwe'?ll have\b|\bbook (?:in|us in)\b",
        r"要|订|下单|采购|发货|请发|(?:尽快|马上|先)发|送|来|需要|备货|安排|补货|买|开单",
    ],
}
CUES: list[tuple[str, str]] = [(k, "|".join(v)) for k, v in FAMILIES.items()]
_RES = [(k, prefiltered(p, re.I)) for k, p in CUES]  # scanned on every message: start-character look-ahead
_RX = dict(_RES)
REQUEST = re.compile(
    r"\?|\b(?:please|pls|plz|kindly|can you|could you|would you|will you|let me know|let's|lets|"
    r"need|send|need you to|i'd like|i would like|we would like|we need|get me|make sure|"
    r"should we|shall we|would it|can we|could we|do you|are you|is there|what about|how about|"
    r"remind|schedule|set up|call me|give me|review|advise|confirm|let us|you may want|"
    r"consider|discuss|would appreciate|feel free|don't hesitate|do not hesitate|why don't|"
    r"would be (?:best|great|good)|get back to)\b",
    re.I,
)
# The intent-data check scores sentences: a request is an imperative or a question.
IMPERATIVE = re.compile(r"^\W*(?:\d+\.\s*)?(?:please\s+)?(?:send|get|call|review|check|forward|give|bring|make|set|"
                        r"schedule|book|arrange|let|tell|prepare|put|add|provide|email|fax|print|"
                        r"sign|fill|come|meet|see|read|talk|look|join|select|apply|download|start|pick|"
                        r"visit|contact|click|register|reply|respond|note|keep|try|use|buy|order|sell)\b", re.I)


WEAK_CHANGE = re.compile(r"(?:(?:instead of|rather than) ?)+")  # "is Q355B available instead of Q345B?" is no change
# "deliver on Wednesday instead of Tuesday": a day swapped is a change of date
# (a day: "the 4th", "4 Dec", "Tuesday"; not a count: "48 instead of 24", "instead of the 24 you quoted")
DAY_SWAP = re.compile(r"\b(?:instead of|rather than) (?:on )?(?:(?:the )?\d\d?(?:st|nd|rd|th)\b|\d\d? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
                      r"(?:the )?(?:mon|tue|wed|thu|fri|sat|sun)\w*\b)", re.I)  # "… instead of the Thursday"
# "re-quote at 48 instead of 24", "36 instead of the 24 you quoted": a quote's counts changed, no order
QUOTE_AMEND = re.compile(r"\bre-?quot\w*|\binstead of (?:the )?\d+ (?:(?:that )?you |we were )?quoted\b", re.I)
STRONG_ORDER = re.compile(r"采购订单|物料清单|请发|再来|\bsend\b|\bcould (?:we|i) (?:get|have)\b|\border\b|\bwe need\b|\bplease supply|\bcan (?:we|i) (?:get|have)|"
                          r"\bsame as last|下单|订购|采购|发货|再来|再(?:下|订|要)一?(?:单|批)|加急要|另外(?:再)?(?:下|订)", re.I)
# "don't send", "no need to change", 不用改, 无需取消: a negated cue does not count for its intent.
NEGATION = re.compile(r"(?:\b(?:don'?t|do not|does not|doesn'?t|won'?t|will not|no need to|never|not)\s+(?:\w+\s+)?|"
                      r"(?:不用|不需要|无需|不必|(?<![分特个级类区差告识性型])别|没有|不))$", re.I)  # 分别, 特别: no 别 "don't"
# "if yes please send", "有货就发": the sender asks first and orders only on a yes.
CONDITIONAL = re.compile(r"\bif (?:yes|so|ok|okay|possible|available|in stock|you can|you do|they are|you(?: have|'ve got| still have) (?:them|it|any|some|enough)|"
                         r"(?:the )?(?:price|prices|it|that)(?:'s| is| are) (?:right|ok|okay|good|fine|competitive))\b|"
                         r"如果有(?:货|的话)?|有的话|有货就|有货的话|如有|(?:能|可以|行|方便|合适|没问题)的话|合适就", re.I)
SEND_WORD = re.compile(r"\b(?:send|ship|deliver|dispatch|book|order|go ahead)\b|发|下单|安排", re.I)
# A count with a unit or counting word: "another 10 of the", "x 6", 五桶, 一千二百公斤, 五百个.
QTY_WORD = re.compile(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万半]+)\s*(?:个|件|套|只|桶|吨|公斤|千克|箱|盒|卷|米|支|根|条|包|打|"
                      r"双|盘|台|张|块|(?:kg|pcs|pieces|boxes|rolls|sets|units|dozen|doz)\b)|"
                      r"\b\d+\s*(?:x\b|of (?:the|those|these|your)\b|more\b)|\bx\s*\d+\b|"
                      # "please deliver 24 cake stands", "24 cake stands please": a count ordered with its goods
                      r"\b(?:send|deliver|ship|need|want)\s+(?:us |me )?(?:another |a further )?\d+\s+[a-z]|"
                      r"(?:^|[,.;:!\n])\s*\d+\s+[a-z][a-z -]{2,40}?\s(?:please|pls)\b", re.I)
# "..., and what's the price on the rolling pins?": a price asked about something else than the list.
SIDE_PRICE = re.compile(r"(?:,|;|\band\b|\balso\b|\bbtw\b|\bby the way\b|\bplus\b)\s*"
                        r"(?:what(?:'s| is| are)?|how much|(?:can|could) you (?:tell|let) me(?: know)?)\b"
                        r"[^?]{0,30}?\b(?:price|cost|charge)s?\b\s*(?:on|of|for)\s+(?:the|your)\s+"
                        r"(?!above|same|these|those|them\b|it\b|lot\b|total|whole)\w", re.I)
PRICED_COUNT = re.compile(r"(?:\d+|[一二两三四五六七八九十百千万]+)\s*[个件套只桶吨箱盒卷米支根条包双盘台张块]\s*$")  # "各要十个多少钱": the price of that many
PRICE_ASKED = re.compile(r"[?？]|\bprice|\bquot|报价|报个价|价(?:格|钱)?是?多少|价格|多少钱|什么价", re.I)
PRICE_FIRST = re.compile(r"\b(?:price|cost|quote|total)s? first\b|\bfirst (?:let me know|tell me) (?:the )?(?:price|cost)", re.I)
NOT_AN_ORDER = re.compile(r"\b(?:minimum|min\.?|smallest) order\b|\bbefore (?:(?:i|we) (?:\w+ )?)?(?:plac|putt?|rais|send|confirm)\w* (?:in )?"
                          r"(?:an?|the|my|our|this) (?:order|po)\b|\bbefore (?:i|we) order\b|\bbefore ordering\b|\border (?:no|number|ref|confirmation)\b|\bMOQ\b", re.I)


def intent_scores(text: str) -> dict[str, int]:
    """How many cue phrases of each intent the text holds (a negated cue does not count)."""
    return dict(zip(_RX, _cue_counts(text)))


@lru_cache(maxsize=256)  # classification and calibration ask about the same texts
def _cue_counts(text: str) -> tuple[int, ...]:
    """`intent_scores` values in FAMILIES order."""
    return tuple(sum(1 for m in rx.finditer(text) if not NEGATION.search(text[max(0, m.start() - 20) : m.start()]))
                 for _, rx in _RES)




def classify(text: str, n_lines: int, has_qty: bool = True) -> str:
    """Intent of a cleaned message body, given how many order lines it yielded."""
    said, text = text, QUOTE_REF.sub(" ", SIGNATURE_LINE.sub(" ", text))
    if SELLER.search(text) or CLOSED_NOTICE.search(text) or DOCUMENTS.search(text) or AUTO_REPLY.search(text) or \
            (not n_lines and (INVOICE_ADMIN.search(text) or ACCOUNT_ASKED.search(text))) or papers_only(text) or (not (n_lines and has_qty) and PAPERS.search(text)):
        return "other"
    counted = has_qty and n_lines
    scored = NOUN_CHANGE.sub(" ", SELF_PRICED.sub(" ", SKIPPED_NOW.sub(" ", text) if counted else text))
    s = intent_scores(ARRIVE_BY.sub(" ", IF_STOCKED.sub(" ", scored)) if counted else scored)  # "24 jars if you have them"
    replaced = s["cancel"] and REPLACED.search(text)
    if s["cancel"] and not replaced and not (s["change"] and RECOUNTED.search(text)):
        return "cancel"
    if replaced:
        return "change"
    if s["change"] and _changes(text, n_lines):
        return "change"
    complaints = len(COMPLAINT.findall(PAY_TERMS.sub(" ", text) if counted else text))  # "payment on account" pays
    quoted = s["quote"] and n_lines and has_qty  # "quote 500 pcs 6205-2RS ... payment T/T" asks a price
    # "where's my order?": the word inside a complaint orders nothing
    if complaints >= 2 or (complaints and not STRONG_ORDER.search(COMPLAINT.sub(" ", text)) and not quoted and not _decided(said)):
        return "other"
    if _asks_then_sends(text, s):
        return "quote" if s["quote"] else "stock_query"  # "can ship this week? if yes pls send"
    if _decided(said) or ANSWERED_OFFER.search(text):
        return "order"  # "按这个价格下单", "we'll go ahead": a quote accepted is an order
    if s["quote"] and not _orders_despite_price(text):
        return "quote"
    # A list ordered with "could I get" plus an aside ("do you have any umbrellas left?") is an order.
    aside = ASIDE_ASK.search(text)
    listed = n_lines >= 3 and STRONG_ORDER.search(ORDER_IF.sub(" ", text)) and not need_sizes_ask(text) or \
        n_lines >= 2 and has_qty and aside and len(QTY_WORD.findall(text[: aside.start()])) >= 2
    if s["stock_query"] and not listed and not _sends(text):
        return "stock_query"
    if n_lines and (has_qty or STRONG_ORDER.search(text)):
        return "order"
    # The product or its count was not resolved ("灰色的漆要五桶", "another 10 of the red bags"):
    # a counted amount asked for without a question still orders.
    if (s["order"] or n_lines) and QTY_WORD.search(text) and not QUESTION_MARK.search(text):
        return "order"
    if REPEAT_ORDER.search(text) and not QUESTION_MARK.search(text):
        return "order"
    return "other"


def _changes(text: str, n_lines: int) -> bool:
    """Whether the change cues stand: no past round compared, no quote amended, no line of a new order recounted."""
    # "…, rest same": what else was ordered stays
    about_order = re.search(r"\b(?:rest|everything else) (?:(?:is|stays|as|the)\s+)*(?:same|fine|ok|unchanged)\b|\bsame (?:qty|quantity|amount|number)s?\b|order|\bpo\b|\breq\b|requisition|\bitem \d|deliver|dispatch|hold off|on hold|订单|那单|这单|改|交货期|交期|送|发货|别发|推迟|提前", text, re.I)
    if (NEW_ROUND.search(text) and PAST_ROUND.search(text) or REPEAT_NEW.search(text)) and not ORDER_REF.search(text):
        return False  # "last time 40, this time make it 60" compares with a past order, changes none
    if (QUOTE_AMEND.search(text) or ANSWERED_OFFER.search(text)) and not ORDER_REF.search(text) or RECEIVED_SWAP.search(text):
        return False
    # (a past round said beside it, "last year we had 36 … yes make it 18", compares, and edits no placed order)
    if OWN_RECOUNT.search(text) and _opens_order(text) and not (ORDER_REF.search(text) or PLACED_SAID.search(text)):
        return False  # "order for the shop please … the mug cosies make that 36": recounting a line just said
    return bool((n_lines or about_order or DAY_SWAP.search(text)) and (DAY_SWAP.search(text) or not WEAK_CHANGE.fullmatch(
        " ".join(m.group(0).lower() for m in _RX["change"].finditer(text)))))


def _opens_order(text: str) -> bool:
    """Whether the message opens with a new order, in its first or second sentence ("Hi! Small shop here. Could I get …")."""
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+|\n", text[:120])][:2]
    recount = OWN_RECOUNT.search(text)
    return any(NEW_ORDER.match(text, i) for i in starts) or bool(recount and ORDERED_BEFORE.search(text, 0, recount.start()))


def _decided(text: str) -> bool:
    """Whether the text accepts a quote or orders outright, not only on a condition ("if it's under 80p")."""
    for m in DECIDED.finditer(text):
        start = max([m.start() - 50] + [text.rfind(c, 0, m.start()) for c in ".?!\n。？！"])  # its own clause
        if not IF_CLAUSE.search(text[start + 1 : m.start()]):
            return True
    return False


def _sends(text: str) -> bool:
    """Whether the text asks to send, outside "if yes, send" and outside stock questions ("多久能发货？")."""
    text = re.sub(r"\bif (?:yes|so|ok|possible)\b.*", "", text, flags=re.I)  # "if yes pls send" still asks first
    said = "".join(q for q in re.findall(r"[^,，;；?？。.!！\n]*[,，;；?？。.!！\n]?", text)
                   if not (QUESTION_MARK.search(q) and _RX["stock_query"].search(q)))
    return bool(re.search(r"\b(?:send|ship|deliver)\b|请发|发货", said, re.I))


def _asks_then_sends(text: str, s: dict[str, int]) -> bool:
    """A question (stock, lead time or price) followed by "if yes, send": it asks first."""
    m = CONDITIONAL.search(text)
    if not m or not SEND_WORD.search(text[m.end() : m.end() + 40]):
        return False
    before = text[: m.start()]
    asked = QUESTION_MARK.search(before) or intent_scores(before)["stock_query"] or intent_scores(before)["quote"]
    return bool(asked) and not re.search(r"\b(?:please send|send us|we need|please supply)\b|请发|发货", before, re.I)


def _orders_despite_price(text: str) -> bool:
    """ "send 50, and what's the price of X?" is an order with a side question."""
    if PRICE_FIRST.search(text):
        return False  # "I'd like to order 3 but can you tell me the price first?": the order waits on the price
    if (side := SIDE_PRICE.search(text)) and QTY_WORD.search(text[: side.start()]) and not intent_scores(text[: side.start()])["quote"]:
        return True  # "10 x baking set, and what's the price on the rolling pins?"
    tail = re.split(r"[?？]", text)[-1]  # "a few questions first … anyway pls send 24 X": ordered after them
    if tail != text and QTY_WORD.search(tail) and _sends(tail) and not (IF_CLAUSE.search(tail) or intent_scores(tail)["quote"]):
        return True
    first, *asked = PRICE_ASKED.split(NOT_AN_ORDER.sub(" ", text), maxsplit=1)
    first = re.sub(r"\bsend (?:us |me )?(?:your |a |an |the )?(?:\w+ )?$", " ", first, flags=re.I)  # "send your best prices"
    # "…需以下电缆，请安排：… 上次的单价仍然有效吗？": arranged first, the price asked on the side
    bare = asked and (re.search(r"[，,。；;\s][\u4e00-\u9fff]{0,3}$", first) or PRICED_COUNT.search(first))  # "…各要200包，批发价多少？": the price of what was listed
    return bool(re.search(r"\b(?:please send|send us|ship|we need|order)\b|请发|发货|请安排(?=[:：,，。!！\s])", first, re.I)
                or (not bare and _count_asked(first)))


def _count_asked(text: str) -> bool:
    """要 before a count: in digits ("要6") or in characters before a measure word ("要六桶"), one order either way."""
    return bool(re.search(r"要\d", text)) or any(QTY_WORD.match(text, m.end()) for m in re.finditer("要", text))


def is_request(sentence: str) -> bool:
    """Whether a sentence asks the reader for something (question or imperative)."""
    return bool(REQUEST.search(sentence) or IMPERATIVE.search(sentence))
