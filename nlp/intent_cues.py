"""Cue patterns of intent.py kept apart: complaints, quotes accepted, offers referred to, signatures, and
messages that ask the seller for no goods (the seller speaking, a closure notice, papers, invoice details)."""
from __future__ import annotations

import re

from nlp.intent_voices import AGREED_PRICE, WRONG_SENT
from nlp.prefilter import prefiltered
from nlp.words import ORDER_NAMED, ZH_AS_LAST

COMPLAINT = prefiltered(WRONG_SENT + r"|\bbroken|\bdamaged|\breplacement|\brefund|\bcredit us|(?<!-)\breturns?\b(?!-)|\bleak|\bfaulty|"
                       r"arrived|\b(?:over)?charged\b|\bonly (?:got|received)\b|\bbut (?:we|i) (?:only )?(?:received|got) \d+\b(?! (?:more|extra|new)\b)|\bshort[- ](?:shipped|delivered)|\bdelivered short\b|\bpayment|\bpaid|\bpay (?:by|via|with|using)\b|\binvoice attached|\bout of office|\bstop sending|\bunsubscribe|"
                       r"thanks for the quote|thank you for the quote|where(?: is|'s)? (?:my|our) (?:order|delivery|parcel)\b(?=\s*(?:[?.!,;]|$)|\s+(?:for|from|of|no|today|yet|now|then|please|pls|at|gone|got)\b|\s+#|\s+\d)|still not (?:here|arrived)|"
                       r"\bha(?:s|ve) (?:my|our|the) (?:order|delivery|parcel)(?:\s+(?:no\.?\s*|#\s*)?\d[\w-]*|\s+(?:for|of|from|to)\b[^?.\n]{0,50}?)?\s+"
                       r"(?:already |now |yet |just )?(?:gone out|been sent|shipped|left|been dispatched)\b|"  # the order itself ("has our order for …", not "the order form")
                       r"\b(?:received|got) (?:the|your) (?:quote|quotation|offer|price list|prices)\b|\bget back to you\b|"
                       r"\bwe can only (?:do|send|supply|ship|deliver|offer|manage)\b|\b(?:balance|remainder|rest|other \d+) (?:will|would|to) follow\b|"
                       r"只能先发|我们(?:这边)?只能|(?:剩下|剩余|余下)的?.{0,8}补(?:上|发|齐)|"
                       r"\bnewsletter|\bremittance|\bstatement\b|\baccount manager\b|\bcredit (?:terms|limit)\b|谢谢您的报价|谢谢报价|收到(?:您的|你们的|贵司的)?报价|已(?:经)?发(?:到)?(?:您|你)的?邮箱|"
                       r"漏水|换货|退货|损坏|坏了|对账|催款|投诉|质量问题|什么时候能发货|什么时候发货|还没到|没收到|少了|少发|漏发|缺了|多发了|"
                       # what was delivered is wrong: "was short", "2 were cracked", "有两根是弯的", "过来处理一下" (goods missing or
                       # short, not "the van was 2 short of seats", "the display was missing some colour", "we got 2 of the 3 stalls")
                       r"\b(?:was|were|came|arrived) (?:\d+ (?:[\w-]+ ){0,3})?short\b(?! of (?!(?:the|our|my|what)\b))|\bonly had \d|\bwe (?:only )?got \d+ of (?:the )?\d+\b(?!\s+[a-z])|"
                       r"\b(?:delivery|order|parcel|box(?:es)?|pallet|shipment|consignment|\d+)\b[^.?!\n]{0,30}?\b(?:was|were) missing\b|\b(?:was|were) missing from\b|"
                       r"\bcracked|\bchipped|\bdented|\bsort (?:this|it) out\b|"
                       r"是弯的|弯了|变形了?|裂了|开裂|破了|碎了|摔碎|破损|生锈|锈了|划伤|不合格|受潮|发霉|霉了|下次注意|(?:桶|罐|瓶|袋|箱)[^，,。；;\s]{0,2}?漏了|漏油|渗漏|(?:弯|坏|烂|崩|裂)咗|"  # 弯咗: Cantonese 弯了
                       # "the Christmas order arrived safe and sound", "your driver left 3 boxes at Unit 9": goods already come
                       r"\b(?:the|our|my|your) (?:[\w'-]+ )?(?:order|delivery|parcel|goods) (?:arrived|came|turned up|got here)\b|"
                       r"\b(?:driver|courier)s? (?:left|dropped|delivered|took|went|brought)\b|"
                       r"发错|送错|处理一下(?!下面|以下|这(?:个|份|张)(?:门店|需求|清单|单))|转不动|不能用|用不了|需要换(?!成|为)|"
                       # thanks for goods received, a donation asked: "thx 4 the delivery 2day", "do you donate … to charities?"
                       r"\b(?:thanks|thank you|thx|ta|cheers) (?:for|4) (?:the|my|our|your|today'?s) (?:\w+ )?(?:delivery|parcel|goods)\b|"
                       r"\bdonat(?:e|es|ed|ing|ions?)\b|"
                       # goods that fail or are not what was ordered: "2 of them don't work", "send them back",
                       # "were 6204s, not the 6205s we ordered"
                       # (not "need 20 more, the old ones don't work": goods of their own, not the ones sent)
                       r"\b(?:of (?:them|these|those)|they|it) (?:don'?t|doesn'?t|do not|does not|won'?t|will not) (?:work|switch on|light up)\b|\bsend (?:them|it|these|those) back\b|"
                       r"\bnot (?:the|what) [^.?!\n]{0,30}?\b(?:we|i) (?:had )?ordered\b",
                       re.I)
# A quote accepted is an order: "go ahead", "we'll take half of each", 安排下单, 按这个价格下单, 就这么定了.
DECIDED = prefiltered(r"下单吧|决定采购|确认订购|请安排生产|就这么定|就定了|"
                     r"(?:按|照)[^，,。！!？?]{0,6}?(?:下面|以下|下列|如下|这个|这张|这份|上面|附件)(?:[^，,。！!？?]{0,6}?的)?(?:这张|这个|的)?(?:单子|清单|订单|明细|申请|需求)?(?:安排)?(?:发货|下单|安排|送|发|备货)|"
                     # "好的收到报价了，那就红色的六个": a count taken once the answer is in
                     r"那就[^。？?，,]{0,10}?[0-9一二两三四五六七八九十百千]+\s*[个件套只桶吨箱盒卷支根条包打双台张块]|"
                     r"\b(?:action|process|enter|book|put through)\b[^.\n]{0,40}\b(?:list|order|items|lines)\b[^.\n]{0,30}\bbelow\b|"
                     r"(?:安排|确认|那就|就|可以|直接|按(?:这个|此|该|你们?|您)?(?:报|给|开|发)?的?(?:价格?|报价)?)下单|"  # 按你报的价下单
                     r"(?:按|按照|照)(?:你们|您|贵司)?的?(?:报价单|报价)(?:上|里)?的?(?:数量|数)(?:下单?|订|来|发|要)|"  # 按报价单上的数量下
                     # "就按你们12月3号的报价单下吧", "就按报价单下单": the offer a dated sheet made, taken as it stands
                     r"(?:按|按照|照)[^，,。！!？?]{0,12}?报价单(?:上|里)?的?下(?:单|吧|了)(?![^，,。]{0,8}(?:的话|吗|[?？]))|"
                     r"go ahead(?<!if we go ahead)(?<!if i go ahead)(?<!once we go ahead)(?<!when we go ahead)(?<!should we go ahead)|"
                     r"(?:please|pls|kindly) proceed|\bproceed with \d|we accept|(?:那就|好的|行)[^。？?]{0,12}?安排(?:发货|送货|生产)|"
                     # "OK the price is fine, please send the 60", "价格没问题，安排发货"
                     r"\b(?:price|prices|quote|that)(?: is| are|s)? (?:fine|ok|okay|good|acceptable|agreed)\b[^?\n]{0,60}?"
                     r"\b(?:send|ship|deliver|go ahead|book|order|proceed)\b|价格(?:没问题|可以|合适|ok)[^？?]{0,20}?(?:发货|下单|安排|送)|"
                     r"\bwe'?ll (?:just )?take (?:\d|half|all|them|it|those|these|\w+ of)|"
                     # "we'll go with your offer on items 1 and 3", "happy to go with your quote": the offer chosen
                     r"\b(?:we'?ll|we will|we'?re going to|we are going to|happy to|decided to|(?:we|i)'?d like to) go with (?:your|the) "
                     r"(?:revised |alternate |latest )?(?:offer|quot\w*|alternates?|proposal)\b|"
                     # part of a quote taken: "we'd like to take lines 1 and 3", "we'll go with the first two lines"
                     r"\b(?:take|go with|proceed with|accept) (?:lines?|items?) \d|\b(?:take|go with|proceed with|accept) the (?:first|last|top) "
                     r"(?:\w+ )?(?:lines?|items?)\b|同意[按照]?[^，,。！!？?]{0,8}?(?:采购|订购|购买|下单)",
                     re.I)
# "as per your quotation dated 20 Nov, please supply ...": an offer referred to is not a price asked.
QUOTE_REF = prefiltered(AGREED_PRICE + r"|\b(?:as per|per|according to|following|further to|re:?|against|based on|in line with) "
                       r"(?:your|our|the) (?:latest |recent |last )?(?:quot\w*|offer|price list|prices)"
                       r"(?: (?:dated|ref|no|number|of) [\w./-]+(?: \w+)?)?|"
                       r"\b(?:prices? )?as per quot\w*(?: (?:no\.?|ref\.?|#))?(?: [\w./-]*\d[\w./-]*)?|按照?(?:你们|您|贵司)?(?:发|给|报)?的?报价|"
                       r"(?:上次|之前|刚才|前面|昨天)(?:贵司|你们|您|你司)?(?:的)?报价(?:的|单)?|"
                       # "prices as last time", "at the usual price", "价格就按4200": the price already agreed
                       r"(?:价格|单价)就?按\s?[¥￥]?\d[\d,.]*(?:元)?(?![^，,。？?]*[?？吗])|"
                       # "按上次的价格", "单价按合同价": a price agreed before
                       r"(?:(?:价格|单价)就?按|按|照)(?:上次|之前|原来|合同|老|那个?|这个?)的?(?:价格|单价|价)(?![^，,。？?]*[?？吗])|"  # 就照那个价格
                       r"\bprices? (?:as|same as) (?:last time|before|agreed|quoted|usual)\b|"
                       r"\b(?:at|on) (?:the )?(?:same|usual|agreed|old|current|(?:this|last) year(?:'?s)?) prices?\b|"
                       # "(please quote on invoice)": the order's reference to be written on the invoice
                       r"\bquote (?:it |this |that |them )?on (?:the |your |all |each )?(?:invoices?|paperwork|delivery notes?|documents?)\b|"
                       # "价格还行，就是交期太长": a price or lead time judged (of another supplier), not asked
                       r"(?:价格|价钱|交期|货期)(?:还行|还可以|还好|不错|挺好|偏高|太高|有点高|太长|太久|有点长|偏长)(?![^，,。]{0,2}(?:的话|吗|[?？]))|报价单?(?=已(?:经)?发)|"
                       r"\bquot(?:e|ing) (?:our|the|this|my|your) (?:po|p\.o\.|order|ref\w*|account|invoice|job)\b|"
                       # "六吨（单价4,350元/吨）", "unit price: £1.20": a price stated in the list, not asked
                       r"[(（]\s*(?:含税)?(?:单价|价格|unit price|price|@)[:：\s]*[¥￥$£€]?\s?\d[^)）\n]{0,20}[)）]|"
                       r"(?:单价|unit price)[:：]\s*[¥￥$£€]?\s?\d[\d,.]*|"
                       r"(?:单价|unit price)\s*[¥￥$£€]\s?\d[\d,.]*(?![^，,。；;\n]*[?？吗])|"  # "单价¥45", not "单价¥45可以吗"
                       # "(desc x qty @ price)", "Qty | Unit price": a spreadsheet's column names, the price a column
                       r"\b(?:desc\w*|qty|quantity|code|item|sku)\s*(?:[x@|/,]|\s)\s*(?:unit\s*)?price\b", re.I)
# A signature's title line ("Buyer - Stock & Orders | Quotes", "Tel 0161 ...") holds no request.
SIGNATURE_LINE = re.compile(r"^(?=[^.!?。！？]{0,60}$)(?:[^\n\d]*\|[^\n\d]*$|\s*(?:tel|mob|mobile|phone|fax|e-?mail|www)\b|"
                            r"(?![^\n]*\b(?:please|pls|kindly|need|send|quote|order|can|could|would)\b)"
                            r"[^\n]*\b(?:buyer|manager|purchasing|procurement|director|officer|assistant|coordinator|controller|supervisor|administrator)\b)"
                            r"[^\n]*$", re.I | re.M)
# The seller speaking (a partial shipment offered back): "we can ship 30 of your 50 today", "we can send 20
# now and the balance next week", "先发四盒，剩下的下周补" - no request of a customer.
# ("we can do 4 of the 6" offers a part; "we'll do 20 of your X", "we'll do 24 of the 48" is a customer's choice)
SELLER = prefiltered(r"\bwe(?:(?: can| could| will|'ll)(?: only)? (?:ship|dispatch|send|deliver|supply)|(?: can| could)(?: only)? do) "
                     r"(?:you )?\d+[^.?!\n]{0,20}? of (?:your|the \d+)\b|"
                     # "we can send 20 now and the balance next week", "we can send the 4\" discs today and the rest
                     # next week", "we're short, can send 8 now and the other 4" (no subject): a part delivery offered
                     r"(?:\bwe(?: can| could| will|'ll)(?: only)?|(?:^|[,;:–—-]\s*)(?:can|could)(?: only)?) "
                     r"(?:ship|dispatch|send|deliver|supply) (?:you )?(?:\d+\b|the\b|th(?:o|e)se\b)[^.?!\n]{0,60}? (?:and|with) the "
                     r"(?:balance|remainder|rest|remaining|other \d+)\b|"
                     # "we only have 30 in stock - shall we send those?": the seller offers what it holds
                     r"\bwe (?:only )?have (?:only )?\d+[^.?!\n]{0,30}?\b(?:in stock|available|left)\b[^?\n]{0,40}?"
                     r"\b(?:shall|should|can|could) we (?:send|ship|dispatch)\b|"
                     # "your order … has been dispatched", "we've received your order", "confirming we can do the 20",
                     # "shall I book it in?": the seller reporting on, confirming or offering an order (what it can do is
                     # the buyer's goods: not "confirming we can do the stall")
                     r"\byour (?:order|po|delivery|goods)\b[^.?!\n]{0,60}?\b(?:has|have) been (?:dispatched|shipped|sent|packed)\b|"
                     r"\bwe(?:'ve| have) (?:now )?received your (?:order|po)\b(?! (?:confirmation|acknowledge?ment|number|no|ref))|\bconfirm(?:ing)?(?: that)? we can (?:do|supply|deliver|send) (?:you )?(?:the |all |your )?(?:\d|your\b)|"
                     r"\bshall (?:i|we) book (?:it|that|them|this) in\b|"
                     # "out of stock until Friday - shall we send the 6 we have?": what the seller holds, offered (goods sent
                     # back go the other way: "shall we send the 5 broken ones back?" is the buyer's)
                     r"\b(?:shall|should) we (?:send|ship|dispatch|deliver) (?:you )?(?:the \d+|those|these|what)\b(?![^.?!\n]*\bback\b)|"
                     r"先发[^，,。？?]{0,8}[，,]\s*(?:剩下|剩余|余下)的?[^，,。]{0,8}补|"
                     # "槽钢目前只有一吨现货，先发一吨", "库存只有30套，先发30套": the seller's own stock, part of it offered
                     # (not "…先发30套给我们": the buyer asking for what is there)
                     r"(?:只有[^，,。？?]{0,8}(?:现货|库存)|(?:现货|库存)[^，,。？?]{0,4}只有[^，,。？?]{0,8})[，,]\s*先发"
                     r"(?![^，,。？?]{0,8}给(?:我们|我|咱们))|"
                     # "您订的6205目前只有120套现货", "你要的角钢只有一吨现货": the buyer's order answered from the seller's stock
                     r"(?:您|你)(?:订|要|下)的[^，,。？?]{0,20}?(?:目前|现在)?只有[^，,。？?]{0,10}?(?:现货|库存)(?!\s*(?:了)?\s*(?:吗|么|嘛|[?？]))|"  # (not asked back)
                     # "we only have 18 of the 30 in stock", "we can send the hearts now and the stars next week, would that be OK?"
                     r"\bwe (?:only have|have only) \d+ of (?:your \d+\b(?!-)|the \d+\b(?!-)(?![^.?!\n]{0,30}\b(?:left|remaining)\b))|"  # (not the buyer's "3 of the 12 left")
                     r"\b(?:we|i) (?:can|could) (?:send|ship|dispatch|deliver) "
                     r"[^.?!\n]{2,60}? (?:now|today|tomorrow) and the [^.?!\n]{2,40}? (?:next week|later|when|once|after)\b", re.I)
# "we're closed 31 Dec - 3 Jan, so please don't send anything then": a closure notice, no order cancelled
CLOSED_NOTICE = prefiltered(r"\b(?:we(?:'re| are| will be| shall be)|(?:shop|store|office|site|warehouse|kiosk|branch|unit|depot|premises)s? (?:is|are|will be)) "
                            r"closed\b[^?]{0,80}?\b(?:don'?t|do not|no need to|no) (?:send|deliver|ship|dispatch)\w*\b"
                            r"(?! (?:the|our|my|that|this|those|these|them|it)\b)", re.I)
# "send us your current price list and the MSDS", "do you have a printed catalogue yet?", "an autumn/winter catalogue":
# papers asked, not goods
DOCUMENTS = re.compile(r"\b(?:send|e-?mail|post|do you have|have you got|could (?:we|i) have|can (?:we|i) (?:have|get))\s+(?:us |me )?"
                       r"(?:a copy of |copies of )?(?:a |an |your |the )?(?:(?:current|latest|new|updated|printed|full|trade|\d{4}|(?:(?:spring|summer|autumn|fall|winter)/?)+) )*"
                       r"(?:catalogues?|catalogs?|brochures?|price ?lists?)\b(?! for\b(?! (?:20)?\d\d\b))(?![^.?!\n]{0,30}\b(?:price|cost)s?\b(?! ?lists?\b))", re.I)
# "有没有新的产品目录？发一份PDF", "寄本画册给我们": a catalogue or price list asked for in Chinese (when no line is read)
ZH_DOCUMENTS = re.compile(r"(?:产品|商品|新|最新|电子版?|纸质)的?(?:目录|画册|图册|样本册)(?![上里中]|第)|价目表|价格表|报价目录")
# "下周二停电检修，送货请避开那天", "月底盘点，那两天别送货": days the buyer cannot take goods, no order placed
ZH_CLOSED = re.compile(r"(?:送货|发货|到货|送)[^。，,？?\n]{0,4}?(?:避开|错开)|"
                       r"(?:停电|放假|休息|盘点|不上班|关门|停工|检修|没人收货)[^。？?\n]{0,20}?(?:别|不要|勿|不能|没法|没办法)(?:送|发|收)")
# "send the datasheets and test certs for the valves we had": papers for goods, unless goods are counted too
# ("could you send over the safety certificate / CE paperwork": a particle after the verb, one paper or several)
PAPERS = re.compile(r"\b(?:send|e-?mail|post|forward)\s+(?:(?:over|across|through|on)\s+)?(?:us |me )?(?:the |your |a |an )?(?:[\w.-]+ ){0,2}?"
                    r"(?:(?:data ?|spec(?:ification)? |safety data )sheets?|cert(?:ificate)?s?|msds|paperwork|documentation|"
                    r"declarations? of conformity|test reports?)\b", re.I)
# "we'd like to open an account", "开个月结账户": an account asked for, no goods (when no line is read)
ACCOUNT_ASKED = re.compile(r"\b(?:open|set up|setting up|opening|apply for|applying for) (?:an? |our |a new )?(?:trade |credit |wholesale )?account\b|"
                           r"(?:开|申请|办)(?:个|一个)?(?:月结)?(?:账户|帐户)", re.I)
# "发票抬头改成…", "税号发你": invoice details changed, no order line touched
# ("发票抬头请改成…": a polite word between the invoice and the change)
# ("发票抬头写错了…麻烦重开一张专票": the invoice written wrong and issued again, no goods changed)
INVOICE_ADMIN = re.compile(r"(?:发票|开票)(?:抬头|信息|资料)?(?:要|请|麻烦|需要|帮忙)?(?:改|换|重开)|抬头(?:请|麻烦|要)?(?:改|换)|税号|"
                           r"(?:发票|抬头|开票信息)(?:上的?)?[^，,。]{0,4}?(?:写|开|打)错|(?:重开|补开|重新开)(?:一张|一下|个)?(?:增值税)?(?:专票|普票|发票)")

# "balloons from 8 to 12", "from 3 t to 5 t": a count and its new value (not "from 24 Dec to 4 Jan", "from 9 to 5pm";
# nor "we grew from 2 to 3 shops": places and people, which quantities.SPEC_AFTER keeps from goods too)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
_NOT_GOODS = r"(?:shops?|stores?|branch(?:es)?|outlets?|sites?|staff|people|customers?|guests?)\b"
COUNT_UNIT = (rf"\d+(?:\.\d+)?(?![\d:.])(?:\s?(?:t|tonnes?|kg|box(?:es)?|packs?|sets?|rolls?|pcs|units|bags|cases|tins|pairs|"
              rf"dozen|doz)\b)?(?!\s?(?:{_MONTH}|am\b|pm\b|st\b|nd\b|rd\b|th\b|years?\b|yrs?\b|months?\b|mm\b|cm\b|{_NOT_GOODS}))")
# "we got 3 instead of 5", "received 10 not 12": counts of goods received, not a change asked
RECEIVED_SWAP = re.compile(r"\b(?:got|received|had|were sent) \d+ (?:[^.?!\n\d]{2,40}? )?(?:instead of|rather than|not) \d+|"
                           r"\bnot (?:the|what) [^.?!\n]{0,30}?\b(?:we|i) (?:had )?ordered\b", re.I)
# "so I can price it all up": the sender pricing goods for their own sale asks no price
SELF_PRICED = re.compile(r"\bso (?:that )?(?:i|we) can (?:re-?)?price\b", re.I)
# "hydraulic unit - oil change, 2 pails HM46", "bearing change planned for the shutdown": maintenance work named, no order changed
# (not "the belts change to 12", "seals change from 10 to 12": a count set anew is a change of the order)
NOUN_CHANGE = prefiltered(r"\b(?:oil|bearing|belt|filter|tyre|tire|blade|seal|wheel|battery|bulb|lamp|fluid|coolant|grease|hose|"
                          r"brake|pad|disc|tool|shift|nappy)s? change(?:s|over)?\b(?!\s+(?:to|from)\b)", re.I)
# "make the M12 nuts 6 boxes instead", "make the plate 4t not 3t": a line's count set anew (a placed order's change, or
# in a new order the sender recounting a line just said: OWN_RECOUNT)
MAKE_ANEW = r"\bmake (?:the|those|these|our|my) [^.?!\n]{2,40}?\b\d+(?:\.\d+)?\s?[a-z]*\s+(?:[a-z]+\s+)?(?:instead\b|not \d)"
# "Addition to yesterday's order: …", "on our order from Friday make the pink owls 40": a placed order named, then a
# line added to it or a line's count set anew ("yesterday's" reads "yesterday" once normalised)
# (an order of a kind, "our first / usual / Christmas order", and "for this order" in a new one name none placed)
_KIND = r"(?!(?:first|next|new|usual|regular|standing|future|initial|opening|trial|christmas|xmas|easter|spring|summer|autumn|winter)\b)"
_PLACED = (r"(?:(?:my|our|the|this|that|yesterday|today|last|\w+day)(?:'?s)? ){1,2}" + _KIND + r"(?:[\w'-]+ )?(?:order|po)\b"
           r"(?: (?:from|of) (?:yesterday|last \w+|\w+day|the \d+\w*))?")
ON_PLACED = (r"\badditions? to " + _PLACED + r"|"
             r"\b(?:on|in|for) (?!this )" + _PLACED + r"\W{0,3}(?:(?:please|pls|can you|could you)\s+)?make (?:the|those|these) [^.?!\n]{2,40}?\b\d")
# "we had 40 last time ... this time make it 60": a count set against a past order is a new order's count.
# A message opening with a new order, and its own line recounted later ("… make that thirty six of those").
NEW_ORDER = re.compile(r"\W*(?:hi|hello|hiya|hey|morning|afternoon|good (?:morning|afternoon))?\W*(?:(?:an? |new )?order (?:for|from)\b|(?:please )?(?:can|could) (?:i|we) (?:have|get|order)\b|"
                       r"(?:please )?(?:can|could) you send (?:me|us)\b|(?:please )?(?:proceed|go ahead) with (?:the|this|our) (?:order|items|quot\w*)\b|"
                       r"(?:please )?send (?:me|us)?\b|i(?:'d| would) like\b|(?:i |we )?need\b)", re.I)
# "Need to change the gloves we ordered on Monday - make it 30": the opener asks of a placed order, no new one
# ("yesterday's order" reads "yesterday order" once normalised)
# "12 x red bunting - no, make that 14", "can you send us ten boxes … oh and make it twelve": a line of this message,
# listed or asked to be sent before the recount, is what is recounted
ORDERED_BEFORE = re.compile(r"\b(?:can|could) you (?:please )?send (?:me|us|over)\b|\bplease (?:send|supply)\b|(?:^|\n)\s*\d+\s*(?:x\s*)?[a-z]|\b\d+ x ", re.I)
PLACED_SAID = re.compile(r"\b(?:we|i|you) (?:ordered|placed)\b|(?:'s|\b\w*day) order\b|\bamend\w*", re.I)
OWN_RECOUNT = re.compile(r"\bsorry\b[^.?!\n]{0,50}?,\s*make (?:it|that)\b|\bmake (?:it|that)\b[^.?!\n]{0,25}\b(?:of (?:those|these|them)|each|in total)\b|\b(?:no|sorry|wait|actually|yes|yeah|oh(?: and)?)\W+(?:(?:wait|sorry|no)\W+)?make (?:it|that)\b|\bactually,? no\b[^.?!\n]{0,80}?\bmake (?:it|that)\b|" + MAKE_ANEW, re.I)  # "- no wait, make that …": said anew at once
NEW_ROUND = re.compile(r"\bthis time\b|这次|这回|这一次|本次", re.I)
PAST_ROUND = re.compile(r"\blast time\b|\blast (?:order|delivery|month|week)\b|\bwe had\b|上次|上回|上一次|上个月", re.I)
ORDER_REF = re.compile(ORDER_NAMED, re.I)  # (self_corrections.PLACED_OR_PAST widens it with any order or past round)

# "cancel the pink ones and send 20 blue instead", "取消，换成M6*20的": a line swapped, not dropped.
REPLACED = re.compile(r"\b(?:send|ship|supply|do|have|want|take|make it)\b[^.?!\n]{0,40}\binstead\b|\breplace\w* (?:it|them|with)\b|"
                      r"换成|改成|换为|改为", re.I)
# "Same as our March order please", "照上次的再来一批": a repeat order, its lines in the history.
# ("please the same as the last time", "send the usual bits when you can": the last order again, no line said)
REPEAT_ORDER = re.compile(r"\bsame (?:again|as (?:(?:the )?last|before|(?:our|my|the) (?:last |previous )?(?:\w+ )?order))\b|"
                          r"\b(?:send|ship|deliver) (?:us |me )?(?:the|our|my) usual\b|"
                          rf"\brepeat (?:our|my|the|last)\b|{ZH_AS_LAST}", re.I)
# "按上次的来一批，M码的改成80盒": a new round of the earlier order, a row of it edited (no placed order changed)
# "could you send the usual Christmas bits?": the repeat asked as a polite question still orders (not the usual papers)
REPEAT_ASKED = re.compile(r"\b(?:can|could|would|will) you (?:please |pls |kindly |just )?(?:send|ship|deliver) (?:us |me )?"
                          r"(?:the|our|my) usual\b(?! (?:\w+ )?(?:price|invoice|statement|paperwork|catalogue|catalog|brochure|"
                          r"newsletter|email|form|docs?|documents?|certificates?|details|quote)s?\b)", re.I)
REPEAT_NEW = re.compile(ZH_AS_LAST + r"\s*(?:再|还是)?(?:来|下|订|要|发)")
# "if it's under 80p we'll take them", "价格合适的话就下单": an acceptance that waits on the answer.
QUESTION_MARK = prefiltered(r"[?？吗]")  # a question said in the text
IF_CLAUSE = re.compile(r"\bif\b|\bprovided\b|\bas long as\b|\bunless\b|如果|要是|的话|合适就", re.I)
# "两打…一打。周六前能到吗？": a counted order asking whether it arrives by a day; it orders, due that day
ARRIVE_BY = prefiltered(r"(?:元旦|春节|过年|国庆|平安夜|圣诞夜|圣诞节?|今天|明天|明早|后天|(?:这|本|下)?(?:周|星期|礼拜)[一二三四五六日天]|[0-9一二三四五六七八九十]+[号日]|月底|周末)"
                        r"(?:之?前)?(?:能|可以)(?:到|送到|到货)吗")
# "圣诞款这次就不要了，要 keep calm 十块": an item left out of this round of a counted order cancels no placed order
SKIPPED_NOW = re.compile(r"(?:这次|这回|本次)就?先?不要了|"
                         # "woodland decs? no scrap that", "- actually forget those": a line of this list taken back at once
                         r"\b(?:no|nah|actually|sorry|wait|oh)\W{1,3}(?:scrap|scratch|forget|cancel|ignore|delete|remove) (?:that|this|it|those|these)\b"
                         r"(?! (?:order|po)\b)", re.I)
# "…螺母也要四盒，那个平垫就不要了": in a new order of several lines with nothing placed before (no 那六盘 pointing at a
# placed count either), goods declined are no cancellation
DECLINED_NEW = re.compile(r"就不要了|就不用了")
PLACED_ZH = re.compile(r"[那这][0-9一二两三四五六七八九十]|(?:订|下|买|讲|说|要|发|送)的|订单|那单|这单|上次|上回|昨天|前天|上周|上个?月|礼拜[一二三四五六天日]|星期[一二三四五六天日]")
# "12 x red bins / 6 x ivory bins / Also are the pink ones back in yet?": a question put aside after a counted list
ASIDE_ASK = re.compile(r"(?:^|[.!\n]\s*)(?:also|plus|btw|by the way|oh and|p\.?s\.?)\W{0,2}[^.?!\n]{3,80}\?", re.I)
# "嘛时候有货嘛时候送", "几时有货几时发", "有货了就送": sent whenever stocked, an order that does not ask
IF_STOCKED = prefiltered(r"\bif you (?:have|'ve got|still have) (?:them|it|any|some|enough)\b|如果有货的话|有货的话|"
                         r"(?:什么|啥|嘛|甚么?|几)时(?:候)?有货(?:了)?[，,]?\s*(?:(?:什么|啥|嘛|甚么?|几)时(?:候)?)?(?:就|再)?(?:送|发|到)(?![^，,。]{0,4}[吗么?？])|"
                         r"有货了?就(?:送|发)(?![^，,。]{0,4}[吗么?？])", re.I)
