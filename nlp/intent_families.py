"""Cue families per intent (en/zh): the phrases counted for order, quote, stock_query, cancel and change."""
from __future__ import annotations

from nlp.intent_cues import _MONTH, COUNT_UNIT as _COUNT_UNIT, MAKE_ANEW, ON_PLACED
from nlp.intent_voices import FORGOT_LINE, MAKE_OTHER, MOVED_PASSIVE, PLACED_RECOUNT, STOCK_ASKED
from nlp.numbers import EN_TENS, NUMBER_WORD

# A count in digits or a small number word: "5 rolls instead of 3", "five rolls instead of three" swap counts
_UNITS_W = "|".join(sorted((w for w in NUMBER_WORD.values()), key=len, reverse=True))
_N = r"(?:\d+|(?:" + "|".join(EN_TENS) + r")(?:[ -](?:" + _UNITS_W + r"|one))?|" + _UNITS_W + r"|a dozen|one)"  # "twenty five"
# Cue families per intent, English then Chinese; a message's cues are counted per family.
FAMILIES: dict[str, list[str]] = {
    "cancel": [
        # ("PO#… 请整单cancel": an English verb written straight after Chinese has no \b before it)
        r"(?:\b|(?<=[\u4e00-\u9fff]))cancel\w*|\bcall off\b|\bplease stop (?:the|our|my)\b|\btake (?:it|them|that) off\b|"
        # ("a credit note is fine, don't send replacements": goods sent broken, nothing of an order called off)
        r"\b(?:take|drop|knock|strike)\b[^.?!\n]{3,50}?\boff (?:(?:my|our|the|this|that|his|her|their|[\w-]+(?:'s)?) )?(?:order|po)\b|(?:don'?t|do not) send(?! (?:a |any )?replacements?\b)",
        r"(?:^|[.!?\n]\s*)(?:please |pls |can you |could you )?take off (?:the|those|these|our|my)\b|no longer need|\b(?:remove|drop|delete) .{3,60}? from (?:my|our|the|this|that) (?:[\w'-]+ )?order|\bscrap (?:the|our|my|that|this|it)\b",
        r"\bwithdraw (?:the|our|my)\b|\b(?:disregard|ignore) (?:my|our) (?:earlier|previous|last) (?:e-?mail|order|message|request)",
        r"\bforget (?:about )?(?:the|those|these|that|our)\b|\bscratch (?:the|that|those|these|our)\b",
        r"\b(?:don'?t|do not) need (?:them|it|those|these|the \w+) any ?more\b",
        r"取消|不要了|撤销|退订|作废|撤回|撤了|撤单|撤掉|不用发了|(?<!先)别发了|不需要了|删掉|删除|删了|(?:订单|单子|单)[^，,。？?]{0,20}?去掉",  # (去掉 takes off what is on the order, not "去掉包装盒")
    ],
    "change": [
        # an edit of a placed order that names what it leaves alone: "the pink lids stay at 4 dozen", "the soap dishes
        # stay as they are", "cream ones stay 24"; a line added to an order named first ("to our order from Monday please
        # add 12 …"); a count set anew against the old ("please make 36, not 24")
        r"\b(?:stays?|remains?)\s+(?:at\s+)?\d|\b(?:stays?|remains?) (?:as (?:they are|it is|is|ordered)|the same|unchanged)\b|"
        r"\bto (?:my|our|the|this|that) (?:[\w'-]+ )?(?:order|po)\b(?: (?:from|of) (?:yesterday|last \w+|\w+day|the \d+\w*))?\W{0,3}(?:(?:please|pls|can you|could you)\s+)?add\b|"
        r"\bmake \d+(?:\.\d+)?\s?[a-z]*,? (?:not|instead of) \d+|"
        # "can you hold it and deliver on Monday 1 March instead?": a placed delivery's day moved
        r"\b(?:deliver|dispatch|ship|send)\w*(?: (?:it|them))? (?:on |for )?(?:the )?(?:mon|tue|wed|thu|fri|sat|sun)\w*[^.?!\n]{0,20}? instead\b(?! of)",
        # "instead of the pink bags could you send the paisley ones?": another item asked for in place of one
        r"\binstead of\b[^.?!\n]{3,80}?\b(?:could|can|would|will) (?:you (?:please )?(?:send|supply|ship|do)|(?:we|i) (?:please )?(?:have|get))\b",
        r"\bchange\b|\bamend\w*|\bmodif\w*|\binstead of\b|\brather than\b|\bswap\b|\bswitch (?:the|our|my|it|them|those|these)\b|\bupdate (?:the |our |my )?(?:order|qty|quantity)|"
        # "Update to the lunch box order from 3 Aug", "Skipton now wants 8 spaceboy not 4": a placed order's new count
        # (not "6 arrived, not 8": what a delivery brought, a complaint)
        r"\bupdate to (?:the|our|my|your) (?:[\w'-]+ ){0,3}(?:order|po)\b|\b\d+(?! (?:arrived|came|turned up|were delivered|got here|showed up)\b)(?: [a-z][\w-]*){1,3},? not \d+\b(?! (?:days?|weeks?)\b)",
        r"\bincrease\b|\breduce\b|\bmake (?:them|those|these)\b[^.?!\n,]{1,30}?\bnot\b|\bmake (?:it|that)\b(?!\s*(?:[.?!,;]|$|by\b|in time|on time|happen|work))|\bbump\b|\bpush (?:back|out)|\bpush (?:the|our|my) (?:[\w'-]+ ){0,5}?(?:delivery|order|shipment) (?:back|out)\b|\bmove (?:the )?delivery",
        # "make the M12 nuts 6 boxes instead", "make the plate 4t not 3t": a line's count set anew;
        # "paint quantity now 6 sets"; "could one of the three be a bird house one instead?": an item in place of one
        MAKE_ANEW + "|" + ON_PLACED + "|" + MAKE_OTHER + "|" + FORGOT_LINE + "|"
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
        r"\b(?:knock|cut|bring)\w*(?: [\w-]+){0,4}? down to \d|\b(?:drop|lower)\w*(?: [\w-]+){0,4}? to \d|\braise (?:the|those|these|our|my)(?: [\w-]+){1,6}? to \d",
        # (not "提前三天通知", "卸货请提前联系": ahead of time, not brought forward)
        # "刚才单子数量写错了，是80套不是50套": a count the sender wrote wrong, corrected (not 搞错: maybe the seller's)
        r"(?:写|填|打)错了?|是\s*[0-9一二两三四五六七八九十百千]+\s*[^\s，,。0-9]{0,2}\s*不是\s*[0-9一二两三四五六七八九十百千]|"
        # "昨天说那个6204的不是五十个是八十个，我说错了": what was said on an earlier day taken back (the count is
        # mended before intent is read: the words left are these)
        r"(?:昨天|前天|刚才|上午|早上|下午|之前|上次|上回)[^。？?\n]{0,6}?说[^。？?\n]{0,24}?说错了|"
        r"(?:订单|单子|(?:下|订)的单)(?:号?\s*[:：]?\s*[A-Za-z0-9][\w-]*)?(?:里|上|基础上)?再?加|改成|改为|改做|修改|更改|换成|改一下|调整|追加|减少|增加到|改到|推迟|加到|减到|变更|多加|少要|"
        r"提前(?![0-9一二两三四五六七八九十]+个?[天日周]|(?:一下)?(?:联系|通知|告知|打个?电话|来电|电话|预约|沟通|说)|(?:准?备|采购|订|囤))",
        r"加(?:.{1,12}?|[^。，,？?！!\n]{13,60}?)到.{0,8}(?:订单|单子|那单|送货|(?:那|这)批)|"  # ("加20个 <an English name> 到上周那单里")
        r"(?:那|这)批货?(?:里|中)再?(?:加|添)|(?:送货|发货|那车|这车|那趟)(?:里|中|里面)再?(?:加|添)|(?:跟|和|随|同)[^。，,]{0,6}?(?:那|这)批货?一起|(?:那|这个?|上次的?|昨天的?)单[^。？?]{0,12}?再(?:加|添)|"
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
        # (a line of its own under a greeting too: "Hello,\n\nPO 5521: make the bolts …")
        r"(?:\bre:?\s*|\bon\s+|(?:^|\n)\W*)(?:our |my |your |the )?(?:order|po|p\.o\.)\s*(?:(?:no\.?|number|#)?\s*(?:[a-z]{1,4}-?)?\d[\w-]*|(?:from|of) (?:\w+day|yesterday|last week))\s*[:\-–—,]\s*"
        r"(?:please |pls |can you |could you )?(?:add|drop|remove|make (?:the|those|these|them|it)\b)\b",  # ("on order 5530 – could you add", "re our order from Monday: add", "PO 5521: make the bolts …")
    ],
    "quote": [
        # ("OK, at your price then: 60 …" accepts a price, it asks none; "… be at your price?" still asks)
        # (not "how much 40x40 box section have you got?": an amount in stock asked)
        r"\bquot\w*|\brfq\b|(?<!\s[a-z]\. )(?<!^[a-z]\. )(?:(?<!\bat your )(?<!\bat that )(?<!\bat the agreed )|(?=[^.?!\n]*\?))\bprice\w*|\bpricing\b|how much(?!(?: (?!(?:and|per|for|is|are|each|would|will|do|does)\b)[\w/-]+){1,6} (?:have you got|do you have|you got|left)\b)|\bcosts?\b(?!\s*(?:cent(?:re|er)s?|codes?)\b)|\brates?\b|\boffer\b(?! (?:sale[- ]or[- ]return|credit|terms|trade accounts?|free (?:delivery|postage|shipping)|samples?)\b)|\bestimate\b|\bproforma\b",
        r"\bdiscount|\b(?:do|give|offer) (?:us |me )?(?:a |any )?(?:better |good )?(?:deal|price)\b|\ba deal on\b|price list|what (?:would |do |will )?you(?:'d)? charge|\bcharge for\b|\bcheapest\b|\bbest you can do\b",
        r"\bwhat (?:sort|kind) of (?:money|price)\b|\bset (?:me|us) back\b|\bwhat(?:'s| is)? the damage\b|\bwhat (?:would|will|do|does) (?:it|that|they|this) (?:be|work out|come) (?:at|if|for(?! (?:the )?(?:delivery|postage|carriage|shipping|p&p|courier)\b))\b|"  # the idioms of cost
        # ("what would that be for delivery?" after an order asks no price of the goods)
        r"\bwhat would [^?]{0,80}? come to\b|\bwhat would (?:\d+|a dozen|a gross) [^?.\n]{0,80}?\bbe\s*\?|\bwhat\b[^?.\n]{0,80}?\bwould (?:that |it |they )?come to\b|\bstill (?:at )?[£$€]\s?\d|\byou(?:'re| are)? charging\b",
        # "can you do the owl bags at £1.65 for 200?": a price offered back is a price asked
        r"\b(?:can|could|would|will) you (?:be able to )?(?:do|supply|let us have)\b[^?.\n]{0,60}?\b(?:at|for) [£$€]\s?\d",
        r"报价|询价|多少钱|价(?:格|钱)?是?多少|价格|单价|价钱|什么价|几多钱|几钱|报个价|(?:给|开|出)个价|含运|报一下|(?:请|麻烦|烦请|帮忙|帮我们?)报(?![告废销表修警名备到关])|(?:请|麻烦|烦请|帮忙|帮我们?|给个|出个)\s*quote|quote\s*(?:一下|下|个价)|怎么卖|啥价|价位|优惠|含税|便宜点|便宜些|能便宜|打折|折扣|比价(?=\s*[:：,，])|比(?:个|一下)价|哪(?:个|种|家)(?:更|比较)?便宜",
        # dialect "how much" (湘鄂 好多钱, 吴 几钿 / 价钿, 川 啥子价, 湘 么子价, 粤 咩价 / 乜价) and haggling
        # ("能不能便宜两毛", "再让两块", "36一套我就要"): a price still being settled, no order yet
        r"(?<!了)好多钱|(?:几|多少)钿|价钿|(?:啥子|么子|咩|乜|嘛)价|能不能(?:再)?便宜|(?:再|能)?让(?:[一两二几]|\d+)(?:块|毛|角|分|个点)|"
        r"(?<![\d.])\d+(?:\.\d+)?(?:块|元)?一(?:套|个|只|件|根|米|盒|箱|包)(?:的话)?[,，]?我就(?:要|订|拿)",
    ],
    "stock_query": [
        r"in stock|coming in|\bcoming\?|back in(?! (?:full swing|business|action|the office|work|production|operation)\b)|\b(?:back|in) yet\b|\bback again\b|\bleft\s*\?|"
        r"on the shelf(?! (?:before|by|for|in time)\b)|discontinued|have you got|if you have|is it possible|(?:^|[.!?\n]\s*)(?:have |do )?(?:you|u) got\b[^.?!\n]{0,60}?\b(?:in|left|spare)\s*\?|"
        r"(?:^|[.!?\n]\s*)(?:you|u) got (?:the|any|some)\b[^.?!\n]{0,60}?\?",  # "u got the bum bags? need like 8"
        # (a stock word in a request says where the goods go, no question: "need the stock in by Saturday", "we'd like
        # these on the shelf before the party", "back in full swing Monday", "thank you for confirming stock")
        # "Winter lay-up stock: 3 pails ...", "hire stock top-up", "want the stock delivered":
        # stock as a heading, an order's kind or the sender's own goods asks nothing ("Freshers stock for the SU shop",
        # "Northgate Steel Stock Ltd": a kind of goods or a company's name); "do you hold 6204-2RS?" asks
        r"how many|\bthe stock\b(?! (?:delivered|sent|shipped|dispatched|in (?:by|before|for)|by|before)\b)|(?<!\bthe )(?<!\bour )(?<!\bmy )(?<!\bconfirming )(?<!\bconfirmed )\bstock\b(?!(?:\s+(?:eh|pls|please|list))?\s*[:：]|\s+(?:pls|please)\s*!|@|[\s-]*(?:top[\s-]?ups?|replenish\w*|orders?)\b|\s+for\s+(?:the|our|my|a|an)\b|\s+(?:ltd|limited|plc|llp|inc|co|company|holders)\b)|availab\w*|(?:do|would) (?:you|u) (?:have|carry|still|hold)|\bhave you any\b|\bdo we (?:still )?have\b|\b(?:whether|if) (?:you|they|u) (?:still )?(?:have|stock|carry) (?=\d|any\b|enough\b)|"
        r"\b(?:are|would) you (?:be )?able to (?:supply|provide|get hold of|source)\b|any left|lead time|\bhow soon\b|\bhow long\b",
        r"\bwhen can\b|\bwhen (?:will|do) you (?:have|get|expect)\b|\bwhen (?:will|would|are|is) (?:the|they|it|those|these|your)\b[^.?!\n]{0,60}?\bback\b(?! to\b)|\bwhen will\b[^.?!\n]{0,60}?\bbe (?:back|in)\b|do you (?:sell|stock)|\bdo (?:you|u) (?:do|make|supply)\b|\bgot any\b|"
        r"\bexpect\w* (?:more|stock|them|it|some|any)(?: [\w-]+){0,3}? (?:in|back)\b|\b(?:you|u) (?:still (?:got|have)|(?:have|got) still)\b",  # "u still got the …"
        r"\bany (?!chance\b|way\b|news\b|update\b)[^.?!\n]{3,60}?\bin\s*\?|\b(?:is|are|r)\b[^.?!\n]{0,50}?\bback\s*\?",  # "any red clocks in?": goods come in
        r"能发吗|能发货吗|有没(?:得)?(?=\s*(?:[?？。!！，,]|$))|有[0-9一二两三四五六七八九十百千万]+[^，,。？?]{0,4}吗|有[^\s，,。？?有]{1,8}?的吗|能做[^，,。!！]{0,12}?吗|有货|有没有|(?<!安全)库存(?!\s*(?:还|只|仅)?(?:剩下?|有)\s*[0-9一二两三四五六七八九十]+\s*[^\s，,。？?吗么]{0,3}\s*(?:[，,。；;]|$))|现货|还有吗|有吗|还有(?:多少|几[个盒箱包套卷桶吨件只支根条米])|有多少|(?:货期|交期)(?!\s*(?:[:：]|end\b|\d|本月|这个月|下个?月|月底|下?周|这周|明天|后天))|还有货|能供|还剩(?!\s*[0-9一二两三四五六七八九十]+\s*[^\s，,。？?吗么]{0,3}\s*(?:[，,。；;]|$))|剩多少",
        STOCK_ASKED + r"|多久能到|几天能到|缺货|断货|到货时间(?!\s*[:：])|能(?:到|交货|交|送到|送过来)吗|能不能(?:到|交货|送到)|能否(?:到货|交货|送到)",
        r"来得及吗|多久(?:能|可以)?发|几天(?:能|可以)?发|(?:什么|甚么?|啥)时候(?:能|才)?有货|几时(?:能|才)?有货|最快(?:什么时候|啥时候|甚时候|何时|几时|几天|多久|哪天)",
    ],
    "order": [
        r"\border\b|\bsend\b|\bship\b|\bdeliver\w*|\bwe need\b|\bneed\b|\bwant\b|\bwould like\b|\bwe'?ll take\b",
        r"\b(?:can|could) (?:we|i|you) (?:get|have)\b|\b(?:please|kindly) (?:supply|book|add|dispatch)|\bputs? (?:us|me) down",
        r"\breorder\b|\brestock\b|\btop[ -]up\b|\bsame as last\b|\bplus\b|\bpls\b|\bplease\b|\bwe'?ll (?:just )?take\b",
        r"\bi'?ll take\b|\bwe'?ll have\b|\bbook (?:in|us in)\b",
        r"要|订|下单|采购|发货|请发|(?:尽快|马上|先)发|送|来|需要|备货|安排|补货|买|开单",
    ],
}
