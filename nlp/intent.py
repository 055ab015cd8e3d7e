"""Message intent from cue phrases (en/zh): order, quote, stock_query, cancel, change, other."""
from __future__ import annotations

import re

CUES: list[tuple[str, str]] = [
    ("cancel", r"\bcancel\w*|\bcall off\b|\bplease stop (?:the|our|my)\b|\btake (?:it|them|that) off\b|don'?t send|do not send|no longer need|\bremove .{3,60}? from (?:my|our|the) order|"
               r"取消|不要了|撤销|退订|作废|撤回|不用发了|先别发|别发了"),
    ("change", r"\bchange\b|\bamend\w*|\bmodif\w*|\binstead of\b|\bswap\b|\bupdate (?:the |our |my )?(?:order|qty|quantity)|"
               r"\bincrease\b|\breduce\b|\bmake (?:it|that)\b|\bbump\b|\bpush (?:back|out)|\bmove (?:the )?delivery|"
               r"\bcorrection\b|\brevise\w*|\b\d+ instead of \d+|\bup (?:them|it|that|the)\b|\bshould be\b|made a mistake|"
               r"\badd .{3,120}? to (?:my|our|the|this|next|today|tomorrow)|\bbring (?:it )?forward|\bbrought forward|\bpostpone|"
               r"(?:订单|单子)(?:里|上)?再?加|改成|改为|修改|更改|换成|改一下|调整|追加|减少|增加到|改到|推迟|提前|加到|减到|变更|多加|少要"),
    ("quote", r"\bquot\w*|\bprice\w*|\bpricing\b|how much|\bcost\b|\brates?\b|\boffer\b|\bestimate\b|\bproforma\b|"
              r"\bdiscount|price list|报价|询价|多少钱|价格|单价|价钱|什么价|报个价|报一下|怎么卖|啥价|价位|优惠|含税"),
    ("stock_query", r"in stock|coming in|\bcoming\?|back in|on the shelf|discontinued|have you got|if you have|is it possible|"
                    r"how many|\bstock\b|availab\w*|do (?:you|u) (?:have|carry|still)|能发吗|能发货吗|any left|lead time|\bhow soon\b|"
                    r"\bwhen can\b|do you (?:sell|stock)|有货|有没有|库存|现货|还有吗|有吗|还有多少|有多少|货期|交期|还有货|能供|"
                    r"多久能到|几天能到|缺货|断货|到货时间"),
    ("order", r"\border\b|\bsend\b|\bship\b|\bdeliver\w*|\bwe need\b|\bneed\b|\bwant\b|\bwould like\b|\bwe'?ll take\b|"
              r"\bcan (?:we|i|you) (?:get|have)\b|\bplease (?:supply|book|add|dispatch)|\bputs? (?:us|me) down|"
              r"\breorder\b|\brestock\b|\btop up\b|\bsame as last\b|\bplus\b|\bpls\b|\bplease\b|"
              r"要|订|下单|采购|发货|送|来|需要|备货|安排|补货|买"),
]
_RES = [(k, re.compile(p, re.I)) for k, p in CUES]
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


WEAK_CHANGE = re.compile(r"(?:instead of ?)+")  # "is Q355B available instead of Q345B?" is no change
COMPLAINT = re.compile(r"\bbroken|\bdamaged|\breplacement|\brefund|\bcredit us|\breturns?\b|\bleak|\bfaulty|"
                       r"arrived|\bpayment|\bpaid|\binvoice attached|\bout of office|\bstop sending|\bunsubscribe|"
                       r"thanks for the quote|thank you for the quote|where is (?:my|our) order|still not (?:here|arrived)|"
                       r"\bnewsletter|\bremittance|\bstatement\b|谢谢您的报价|谢谢报价|漏水|换货|退货|损坏|坏了|对账|"
                       r"催款|投诉|质量问题|什么时候能发货|什么时候发货|还没到|没收到",
                       re.I)
DECIDED = re.compile(r"下单吧|决定采购|确认订购|请安排生产|go ahead|please proceed|we accept", re.I)
STRONG_ORDER = re.compile(r"采购订单|物料清单|请发|再来|\bsend\b|\bcould (?:we|i) (?:get|have)\b|\border\b|\bwe need\b|\bplease supply|\bcan (?:we|i) (?:get|have)|"
                          r"\bsame as last|下单|订购|采购|发货|再来", re.I)


def intent_scores(text: str) -> dict[str, int]:
    """How many cue phrases of each intent the text holds."""
    return {k: len(rx.findall(text)) for k, rx in _RES}


IF_STOCKED = re.compile(r"\bif you (?:have|'ve got|still have) (?:them|it|any|some|enough)\b|如果有货的话|有货的话", re.I)


def classify(text: str, n_lines: int, has_qty: bool = True) -> str:
    """Intent of a cleaned message body, given how many order lines it yielded."""
    s = intent_scores(IF_STOCKED.sub(" ", text) if has_qty and n_lines else text)  # "24 jars if you have them"
    if s["cancel"] and not (s["change"] and re.search(r"reduce|increase|改|减", text, re.I)):
        return "cancel"
    if s["change"] and (n_lines or re.search(r"order|\bpo\b|delivery date|订单|改|交货期|交期", text, re.I)) and not WEAK_CHANGE.fullmatch(
            " ".join(m.group(0).lower() for m in _RES[1][1].finditer(text))):
        return "change"
    complaints = len(COMPLAINT.findall(text))
    quoted = s["quote"] and n_lines and has_qty  # "quote 500 pcs 6205-2RS ... payment T/T" asks a price
    if complaints >= 2 or (complaints and not STRONG_ORDER.search(text) and not quoted):
        return "other"
    if DECIDED.search(text):
        return "order"  # "按这个价格下单", "we'll go ahead": a quote accepted is an order
    if s["quote"] and not _orders_despite_price(text):
        return "quote"
    # A list ordered with "could I get" plus an aside ("do you have any umbrellas left?") is an order.
    listed = n_lines >= 3 and STRONG_ORDER.search(text)
    sends = re.sub(r"\bif (?:yes|so|ok|possible)\b.*", "", text, flags=re.I)  # "if yes pls send" still asks first
    if s["stock_query"] and not listed and not re.search(r"\b(?:send|ship|deliver)\b|请发|发货", sends, re.I):
        return "stock_query"
    if n_lines and (has_qty or STRONG_ORDER.search(text)):
        return "order"
    return "other"


def _orders_despite_price(text: str) -> bool:
    """ "send 50, and what's the price of X?" is an order with a side question."""
    first = re.split(r"[?？]|\bprice|\bquot|报价|报个价|价格|多少钱|什么价", text, maxsplit=1, flags=re.I)[0]
    return bool(re.search(r"\b(?:please send|send us|ship|we need|order)\b|请发|发货|要\d", first, re.I))


def is_request(sentence: str) -> bool:
    """Whether a sentence asks the reader for something (question or imperative)."""
    return bool(REQUEST.search(sentence) or IMPERATIVE.search(sentence))
