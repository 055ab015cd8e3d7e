"""Message intent from cue phrases (en/zh): order, quote, stock_query, cancel, change, other."""
from __future__ import annotations

import re
from functools import lru_cache

from nlp.intent_cues import (ZH_CLOSED, ZH_DOCUMENTS, ACCOUNT_ASKED, ARRIVE_BY, ASIDE_ASK, CLOSED_NOTICE, COMPLAINT, DECIDED, DOCUMENTS, IF_CLAUSE,
                             IF_STOCKED, INVOICE_ADMIN, NEW_ORDER, NEW_ROUND, NOUN_CHANGE, ORDER_REF, ORDERED_BEFORE, OWN_RECOUNT,
                             PAPERS, PAST_ROUND, PLACED_SAID, QUESTION_MARK, QUOTE_REF, RECEIVED_SWAP, REPEAT_ASKED, REPEAT_NEW, REPEAT_ORDER,
                             REPLACED, SELF_PRICED, SELLER, SIGNATURE_LINE, SKIPPED_NOW, DECLINED_NEW, PLACED_ZH)
from nlp.intent_families import FAMILIES
from nlp.intent_voices import (ANSWERED_OFFER, AUTO_REPLY, ORDER_IF, OWN_BROKEN, PAY_TERMS, RECOUNTED, need_sizes_ask, papers_only)
from nlp.prefilter import prefiltered

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


AS_OUR_ORDER = re.compile(r"\b(?:accept|take|treat) (?:this|it|the following|this e-?mail|this message) as (?:our|my|an?) (?:official |formal )?(?:order|purchase order|po)\b", re.I)
WEAK_CHANGE = re.compile(r"(?:(?:instead of|rather than) ?)+")  # "is Q355B available instead of Q345B?" is no change
# "deliver on Wednesday instead of Tuesday": a day swapped is a change of date
# (a day: "the 4th", "4 Dec", "Tuesday"; not a count: "48 instead of 24", "instead of the 24 you quoted")
DAY_SWAP = re.compile(r"\b(?:instead of|rather than) (?:on )?(?:(?:the )?\d\d?(?:st|nd|rd|th)\b|\d\d? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
                      r"(?:the )?(?:mon|tue|wed|thu|fri|sat|sun)\w*\b)", re.I)  # "… instead of the Thursday"
# "re-quote at 48 instead of 24", "36 instead of the 24 you quoted": a quote's counts changed, no order
QUOTE_AMEND = re.compile(r"\bre-?quot\w*|\binstead of (?:the )?\d+ (?:(?:that )?you |we were )?quoted\b", re.I)
STRONG_ORDER = prefiltered(r"采购订单|物料清单|请发|再来|\bsend\b|\bcould (?:we|i) (?:get|have)\b|\border\b|\bwe need\b|\bplease supply|\bcan (?:we|i) (?:get|have)|"
                           r"\bsame as last|下单|订购|采购|发货|再来|再(?:下|订|要)一?(?:单|批)|加急要|另外(?:再)?(?:下|订)", re.I)
# "don't send", "no need to change", 不用改, 无需取消: a negated cue does not count for its intent.
NEGATION = prefiltered(r"(?:\b(?:don'?t|do not|does not|doesn'?t|won'?t|will not|no need to|never|not)\s+(?:\w+\s+)?|"
                       r"(?:不用|不需要|无需|不必|(?<![分特个级类区差告识性型])别|没有|不))$", re.I)  # 分别, 特别: no 别 "don't"
# "if yes please send", "有货就发": the sender asks first and orders only on a yes.
CONDITIONAL = prefiltered(r"\bif (?:yes|so|ok|okay|possible|available|in stock|you can|you do|they are|you(?: have|'ve got| still have) (?:them|it|any|some|enough)|"
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
PRICE_ASKED = re.compile(r"[?？]|\bprice|\bquot|报价|报个价|价(?:格|钱)?是?多少|价格|多少钱|几多钱|什么价", re.I)
# "单价太高了…麻烦重新报个价": a price asked again (after haggling over the last one) waits on the new price, whatever
# count is said beside it
# "再让两块，36一套我就要一百套", "能不能便宜两毛": a count offered at a price still haggled over waits on that price
HAGGLED = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:块|元)?一[套个只件根米盒箱包](?:的话)?[,，]?我?就(?:要|订|拿)|能不能(?:再)?便宜|"
                     r"(?:再|能)让(?:[一两二几]|\d+)(?:块|毛|角|分|个点)")
REQUOTED = re.compile(r"重新(?:报|给|出|核)(?:一下|个|一个)?价|再(?:给|出)?(?:报|核)(?:一下|个|一个)?价")
SEND_ANYWAY = re.compile(r"\b(?:anyway|regardless|either way|in any case|in the meantime|meanwhile)\b", re.I)
SHIP_MODE = re.compile(r"\b(?:(?:we |you |u )?can |could |to )?ship(?:ped)? (?:by|via) (?:sea|air|road|rail|courier|post|freight|boat)\b", re.I)
PRICE_FIRST = re.compile(r"\b(?:price|cost|quote|total)s? first\b|\bfirst (?:let me know|tell me) (?:the )?(?:price|cost)", re.I)
NOT_AN_ORDER = re.compile(r"\b(?:minimum|min\.?|smallest) order\b|\bbefore (?:(?:i|we) (?:\w+ )?)?(?:plac|putt?|rais|send|confirm)\w* (?:in )?"
                          r"(?:an?|the|my|our|this) (?:[a-z]+ )?(?:order|po)\b|\bbefore (?:i|we) order\b|\bbefore ordering\b|\border (?:no|number|ref|confirmation)\b|\bMOQ\b", re.I)


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
            (not n_lines and (INVOICE_ADMIN.search(text) or ACCOUNT_ASKED.search(text) or ZH_DOCUMENTS.search(text) or ZH_CLOSED.search(text))) or papers_only(text) or (not (n_lines and has_qty) and PAPERS.search(text)):
        return "other"
    counted = has_qty and n_lines
    scored = NOUN_CHANGE.sub(" ", SELF_PRICED.sub(" ", SKIPPED_NOW.sub(" ", text) if counted else text))
    scored = DECLINED_NEW.sub(" ", scored) if counted and n_lines >= 2 and not PLACED_ZH.search(text) else scored
    s = intent_scores(ARRIVE_BY.sub(" ", IF_STOCKED.sub(" ", scored)) if counted else scored)  # "24 jars if you have them"
    replaced = s["cancel"] and REPLACED.search(text)
    if s["cancel"] and not replaced and not (s["change"] and RECOUNTED.search(text)):
        return "cancel"
    if replaced:
        return "change"
    if s["change"] and _changes(text, n_lines):
        return "change"
    complaints = len(COMPLAINT.findall(OWN_BROKEN.sub(" ", PAY_TERMS.sub(" ", text)) if counted else text))  # "payment on account" pays
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
    if REPEAT_ORDER.search(text) and (not QUESTION_MARK.search(text) or REPEAT_ASKED.search(text)):
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
    if AS_OUR_ORDER.search(text):
        return False  # "please accept this as our order for items 1 and 2 only; item 3 is on hold": a new order, part of a quote
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
    text = SHIP_MODE.sub(" ", text)  # "Singapore shop, can ship by sea": how goods may travel, no request to send
    text = re.sub(r"\bready to (?:send|ship|deliver|dispatch)\b", " ", text, flags=re.I)  # "do you have 36, ready to send by Friday?" asks
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
    if PRICE_FIRST.search(text) or REQUOTED.search(text) or HAGGLED.search(text):
        return False  # "I'd like to order 3 but can you tell me the price first?": the order waits on the price
    if (side := SIDE_PRICE.search(text)) and QTY_WORD.search(text[: side.start()]) and not intent_scores(text[: side.start()])["quote"]:
        return True  # "10 x baking set, and what's the price on the rolling pins?"
    tail = re.split(r"[?？]", text)[-1]  # "a few questions first … anyway pls send 24 X": ordered after them
    # "… And what price if I took 500? Send the 100s anyway.": the lines said first sent whatever the answer
    if tail != text and _sends(tail) and SEND_ANYWAY.search(tail) and re.search(r"\d", re.split(r"[?？]", text)[0]):
        return True
    if tail != text and QTY_WORD.search(tail) and _sends(tail) and not (IF_CLAUSE.search(tail) or intent_scores(tail)["quote"]):
        return True
    first, *asked = PRICE_ASKED.split(NOT_AN_ORDER.sub(" ", text), maxsplit=1)
    first = re.sub(r"\bsend (?:us |me )?(?:your |a |an |the )?(?:\w+ )?$", " ", first, flags=re.I)  # "send your best prices"
    # "…需以下电缆，请安排：… 上次的单价仍然有效吗？": arranged first, the price asked on the side
    bare = asked and (re.search(r"[，,。；;\s](?:你们|您|贵司)?[\u4e00-\u9fff]{0,3}$", first) or PRICED_COUNT.search(first))  # "…各要200包，批发价多少？": the price of what was listed
    return bool(re.search(r"\b(?:please send|send us|ship|we need|order)\b|请发|发货|请安排(?=[:：,，。!！\s])", first, re.I)
                or (not bare and _count_asked(first)))


def _count_asked(text: str) -> bool:
    """要 before a count: in digits ("要6") or in characters before a measure word ("要六桶"), one order either way."""
    return bool(re.search(r"要\d", text)) or any(QTY_WORD.match(text, m.end()) for m in re.finditer("要", text))


def is_request(sentence: str) -> bool:
    """Whether a sentence asks the reader for something (question or imperative)."""
    return bool(REQUEST.search(sentence) or IMPERATIVE.search(sentence))
