"""Intent cues of newer writers kept apart from intent_cues.py: auto-replies, payment terms beside an order, a price
already agreed, stock asked through a third party, a delivery moved in the passive, a placed order's line recounted."""
from __future__ import annotations

import re
from nlp.prefilter import prefiltered

# "I am out of the office until Monday 7 December with limited access to email": an auto-reply, whatever it quotes
# (not "I'm out of the office Friday, so deliver Thursday please": a plain order)
# ("Delivery received … No action required.": a system's notice, nothing asked)
AUTO_REPLY = prefiltered(r"\b(?:automatic|auto)[ -]?reply\b|\bno (?:further )?action (?:is )?(?:required|needed)(?=\.?\s*(?:\n|$))|\bout of (?:the )?office\b[^\n]{0,80}?\b(?:limited access|for urgent)\b", re.I)
# "Payment will be by RTGS on receipt of PI", "Payment on account no. 40112": how a counted order is paid, no complaint
PAY_TERMS = re.compile(r"\bpayment (?:will be |is |to be |terms\W{0,2})?(?:by|via|on (?:account|receipt|delivery)|in advance|"
                       r"upfront|against|\d+ days)\b[^.?!\n]*", re.I)
# "我们渔场增氧机坏了好几台，要6305轴承12套": the buyer's own machines broke, the reason for the counted order, no
# complaint about goods sent (not "我们收到的闹钟坏了")
OWN_BROKEN = re.compile(r"(?:我们|咱们|厂里|车间|工地|渔场|场里)(?:(?!收到|到的|发的|送的|买的|寄的|货|你们)[^，,。！!？?；;\n]){0,10}?坏了")
# "the cutting discs delivered Monday were 105 not 355. Please collect and replace": goods sent wrong, sent back
WRONG_SENT = (r"\b(?:delivered|sent|supplied|came)\b[^.?!\n]{0,30}?\b(?:was|were) (?:\d+|the \w+) not \d+\b|"
              r"\b(?:collect|pick up|take back)\b[^.?!\n]{0,20}?\band (?:replace|swap|exchange)\b")
# A price already agreed, said beside the order and asked of no one: "Price as per our contract rate £812/t",
# "As discussed, the price for the gin mug was £1.65 each", "price按上次的就行", "价格按上次的来", "价格还是4350一吨吧？", "老价格"
AGREED_PRICE = (r"\b(?:price|prices|rate|rates|cost)\b[^.?!\n]{0,20}?\b(?:as per|per|at|on) (?:our|the|your) (?:contract|agreed|framework|account)\b[^.?!\n]*|"
                r"\bas (?:discussed|agreed)\b,? (?:the )?(?:price|prices|rate|cost)s?\b[^.?!\n]{0,60}?\b(?:was|were|is|are|of|at) [£$€]\s?\d[^.?!\n]*|"
                r"(?:价格|单价|价钱|price)\s*就?(?:还是)?(?:按|照)(?:上次|之前|原来|合同|老)的?(?:价格|单价|价)?(?:来|算|走|就行|就好|就可以|即可)?"
                r"(?![^，,。？?]*[?？吗])|"
                # "按上次12块一盒的价格", "还按上次的580一桶算": the earlier price, its figure said in between
                r"(?:(?:价格|单价|价钱)\s*(?:就|还|也|还是)?\s*)?(?:按|照)(?:上次|之前|原来|合同|老)的?[^，,。？?\n]{0,12}?(?:价格|单价|价钱|价|算)(?![^，,。？?]*[?？吗])|"
                # "来5吨，老价格", "at the same price as last time": the price the goods had before, not asked anew
                r"(?:老|原)(?:价格|价钱|单价|价)(?:不变)?(?![^，,。？?\n]*[?？吗])|(?:价格|单价|价钱)(?:照旧|不变)(?![^，,。？?\n]*[?？吗])|"
                r"\b(?:at |for )?(?:the )?(?:same|usual|old) (?:price|prices|rate)(?: as (?:last time|before|usual|last order))?\b(?![^.?!\n]*\?)|(?:价格|单价)(?:还是|照旧|就)\s*[¥￥]?\d[\d,.]*\s*(?:元)?\s*(?:一|每|/)?\s*(?:吨|公斤|个|套|件|桶|米)?吧|"
                # "订单编号,商品名称,货号,数量,单位,单价": a price column of an exported table, not a price asked
                r"(?:数量|单位|货号|名称|规格|型号)\s*[,，|\t]\s*(?:[^\n,，|\t]{1,6}\s*[,，|\t]\s*){0,3}(?:单价|价格|金额)")
# "do we know if the supplier has …?", "anyone know if we can get …?", "just checking if you've got …": stock asked
# "Cust rang - wants to know if we've got …": a salesperson relays the customer's stock question ("we": the supplier)
STOCK_ASKED = (r"\b(?:wants?|wanted) to know (?:if|whether) we(?:'ve| have)? (?:got|have|stock|carry)\b|"
               r"\b(?:know|checking|check|wondering|asking|see) (?:if|whether) (?:you|u|they|the (?:supplier|warehouse|factory|mill|depot))"
               r"(?:'ve| have| has| still have)? (?:got|have|has|stock|carry)\b|\bknow (?:if|whether) (?:we|i) (?:can|could) (?:get|source)\b|"
               r"\bfor store\s*\?|有冇")  # Pidgin "you get X for store?" (in stock); 有冇货: Cantonese 有没有货
# "can our delivery be moved to 5 January instead?": a placed delivery moved, said in the passive
MOVED_PASSIVE = (r"\b(?:delivery|dispatch|shipment|order)\b[^.?!\n]{0,10}?\b(?:be|is|get|gets|being) (?:moved|pushed (?:back|out)|put back|"
                 r"brought forward|delayed|postponed|rescheduled)\b")
# "that order I put in, the hand warmers, can you make the owl ones twenty-five": a line of a placed order recounted
PLACED_RECOUNT = (r"\border (?:that )?(?:i|we)(?:'ve)? (?:put in|placed|sent)\b[^?]{0,120}?\bmake (?:the|those|these) [\w' -]{1,30}?\bones? "
                  r"(?=\S)")  # a count follows (intent.py adds its pattern)
# "Thanks for the offer below, answers in caps. > 1. … YES, MAKE IT 16 > 2. … YES": an offer answered line by line
# (two answers opening on yes) accepts it, its "make it 16" recounting the offer, no placed order
# (read back once the inline answers are folded into "1. regency cakestand: 16" lines: the offer's answers, counted)
ANSWERED_OFFER = prefiltered(r"\b(?:offer|quote|quotation)\b[\s\S]*?(?:^|\n)[^\S\n]*yes\b[^\n]*\n(?:[^\n]*\n)*?[^\S\n]*yes\b|"
                             r"\b(?:offer|quote|quotation) below\b[^\n]*\banswers?\b[^\n]*\n(?:\s*\n)*\d+\.\s[^\n]+:\s*\d+\s*\n", re.I)
# "make the tape measures silver not black": a placed line's variant swapped (not "make sure it's not late")
# ("make the 4 red ones blue instead": another variant in place of the one ordered, its count said or not)
MAKE_OTHER = r"\bmake (?:the|those|these|our|my) [^.?!\n,]{2,40}? [a-z]+ not (?:the )?[a-z]+\b|" \
    r"\bmake (?:the|those|these|our|my) (?:\d+ )?(?:[a-z]+ ){1,3}?ones? [a-z]+(?: ones?)? instead\b"
# "Forgot to say - half a dozen of the egg cups too": a line added to what was just ordered (not "forgot to say thanks")
FORGOT_LINE = r"\bforgot to (?:say|add|mention|include|put)\b(?! (?:thanks|thank you|hello|hi)\b)"
# "Said she'd order if yes": an order only on the answer, no order yet
ORDER_IF = prefiltered(r"\b(?:order|send|take)\w* (?:them |it |some )?if (?:yes|so|you (?:have|do)|they are|available|in stock)\b|"
                       # "if all in I'll order this afternoon": the order waits on the answer, said first
                       r"\bif (?:all|they(?:'re| are)|it(?:'s| is)|everything(?:'s| is)) (?:in|there|available|in stock)\b,? (?:i|we)(?:'ll| will) (?:order|send)\b", re.I)
# "reduce the bolts …, cancel the nuts", "change the M to 40 pairs and cancel the large ones": lines recounted beside the
# cancelled ones make a change
# (not words that only hold 改 or 减: "市场改造推迟了" renovates a market, 减速机 and 减压阀 are goods; "单子改一下咯，3.2的不要了"
# announces the edit, which is the cancellation)
# ("6206的40套取消掉，另外追加6308的10套": goods added beside those called off edit the order too)
RECOUNTED = re.compile(r"reduce|increase|\bchange\b[^.?!\n]{0,60}?\bto \d|(?<!整)改(?!造|革|建|装|善|进|良|一下[咯啦哈嘛，,。\s])|减(?!速|震|压阀)|"
                       r"追加", re.I)
# "can you resend invoice INV-2093 for the 48 lanterns?", "please issue a credit note for the 2 cartons": a paper asked
ADMIN_ASKED = re.compile(r"\b(?:re-?send|send (?:us |me )?(?:a |another )?(?:copy|duplicate) of)\s+(?:us |me )?(?:the |our |your |a |an )?"
                         r"(?:copy of (?:the |our )?)?invoice\b|\b(?:issue|raise|send)\s+(?:us |me )?(?:a |the )?credit(?: note)?\b|"
                         r"\b(?:a |another )?copy of (?:the |our |your )?invoice\b", re.I)


def papers_only(text: str) -> bool:
    """Whether the text asks for an invoice or credit note and, outside those sentences, counts or orders no goods."""
    if not ADMIN_ASKED.search(text):
        return False
    # each sentence up to the paper it asks for ("please send 24 mugs, and resend the invoice" still orders)
    rest = " ".join(s[: m.start()] if (m := ADMIN_ASKED.search(s)) else s for s in re.split(r"(?<=[.?!\n])", text))
    return not re.search(r"\d|\b(?:send|ship|deliver|need|order|want|add|supply)\b", rest, re.I)


# "do you have the white hard hats in stock? we need 30": a stock question said first, then only the need that sizes it
STOCK_ASKED_FIRST = re.compile(r"^[^?]*\b(?:in stock|have you got|do you (?:have|stock|carry)|any left|available)\b[^?]*\?", re.I)
SENT_AFTER = re.compile(r"\b(?:send|ship|deliver|dispatch|order|book|please supply|(?:can|could) (?:we|i) (?:get|have)|i'?ll take|we'?ll take)\b", re.I)


def need_sizes_ask(text: str) -> bool:
    """Whether a stock question opens the text and what follows only says how many are needed (nothing sent or ordered)."""
    # (nothing asked for before the question either: "Could I get: … x six … Also - do you have any umbrellas left?"
    # is a list ordered with an aside)
    return bool(STOCK_ASKED_FIRST.match(text)) and not SENT_AFTER.search(text)
