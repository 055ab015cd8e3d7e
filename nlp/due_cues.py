"""Whether a date found in a message is the deadline for the goods, from the words around it."""
from __future__ import annotations

import datetime as dt
import re
from nlp.prefilter import prefiltered

from nlp import date_spans

# "... and 12 plates to us tomorrow?": goods brought "to us" on a day are wanted that day.
DUE_CUE = prefiltered(r"(by|before|until|till|no later than|deliver|delivery|need|due|latest|within|in|\bfor|\bto (?:us|me)\b|"
                      r"前|之前|以前|内|要|交|到货|送到|发货)", re.I)
ABSOLUTE = {"iso", "dmy", "mdy", "slash", "the_nth", "zh_md", "zh_d", "zh_nm"}  # written-out dates
NOT_DUE = prefiltered(r"(\bof|\bfrom|\bdated|\bsent|wrote|\be-?mail|\bmessage|\bletter|invoice|quote|\bpo|\bref|\border no|(?<!\d)#|"
                      # "Generated: 2026-11-05 06:00": a report's own run date ("channel 10#, tomorrow": a size, above);
                      # "Weekly top-up — w/e 17 Jan": the week a list is for; "APPROVED 03/06/2026": a sign-off's date
                      r"\bgenerated|\bcreated|\bprinted|\brun on|\bw/e|\bweek ending|\bapproved|\brejected|valid(?:ity)?(?: until| till| to| through| thru)?|"
                      r"expir\w*(?: on)?|since|由|从|原|有效期(?:至|到)?|"
                      # "申请人：赵磊  日期：2026-09-01", a field "Date: 3 May": a form's own date (not 交货日期, 交付日期, 期望日期: "delivery date")
                      r"(?<![货求要场付望])日期|(?:^|(?<=\n)|(?<=\t)|(?<=\|)|(?<=  ))date)\W*$", re.I)
# "we're closed from 24 Dec to 2 Jan": when nobody can take goods in, not when they are wanted.
CLOSED = prefiltered(r"\b(?:closed|closes|shut|shuts|shutting|(?<!right )away|on holiday|on leave|out of (?:the )?office)\b|放假|休假|停工|不在", re.I)
# "need it before we shut on the 23rd": the goods wanted before the closing day, which is then their deadline
BEFORE_CLOSING = re.compile(r"\b(?:before|by the time|ahead of)\s+(?:we|they|i|the (?:shop|store|yard|site|office|school|college))(?:'re| are| will)?\s+"
                            r"(?:shut|close|closes|shuts|closing|shutting)(?:\s+(?:down|up|for (?:the )?\w+))?\s+(?:on\s+)?(?:the\s+)?$", re.I)
# "will collect tmrw": goods picked up that day are wanted then
GOODS_VERB = re.compile(r"\b(?:send|ship|deliver|dispatch|need|want|get|have|arrive|collect)\w*|\bpick(?:ing)? (?:them |it )?up\b", re.I)
DELIVERY_AFTER = re.compile(r"\s*(?:delivery|deliveries|dispatch|drop|送货|送达|交货|到货)", re.I)  # "Monday delivery"
# "今天下午三点前确认", "by Friday 3pm with your quote", "明天要回复客户": the date a reply is wanted by.
# "4月10日17:00前将报价单送达": a bid's closing hour, then the quotation handed in.
REPLY_BY = re.compile(r"\s*(?:(?:上午|下午|中午|晚上)?[0-9一二三四五六七八九十两]+点(?:半|钟)?(?:之?前)?|\d\d?[:：]\d\d\s*(?:之?前)?|"
                      r"(?:at )?\d\d?(?::\d\d)?\s*(?:am|pm)\b)?\s*(?:之?前)?(?:将|把)?\s*(?:要|得|需要|必须)?\s*(?:给我|给)?\s*"
                      r"(?:报价|回复|答复|确认|决定|定下来|for (?:the|your) quote|with (?:a|your) quote|reply)", re.I)
# "原定下周一送的…改到下周三", "originally due on the 4th": the date being replaced.
OLD_DATE = prefiltered(r"(?:原定|(?:原来|本来|原先)(?:定|订|约|说|安排)?(?:好)?的?|原计划|originally(?: due| planned| scheduled| booked)?|was due|were due|"
                       r"was (?:scheduled|planned|booked)(?: for)?|instead of|\bmove|\bmoving|\bpush|\bshift|\breschedule|"
                       # "make the channel 1.5t … Same delivery Monday": the day already booked, kept, set anew by nothing
                       r"\bsame (?:delivery|dispatch|drop)(?: (?:day|date))?|\b(?:delivery|dispatch) (?:stays|remains|as planned)(?: (?:on|for))?)\W*(?:on |for |the )?$",
                       re.I)  # "move Friday's delivery to Monday": the date being moved
# "tomorrow (morning) if you can": the day asked for, a part of it said or not
ASKED_DAY = re.compile(r"\W{0,2}(?:(?:morning|afternoon|evening|lunchtime|first thing)\W{0,2})?(?:if (?:poss\w*|you can|at all poss\w*)|please|pls|latest|at the latest)\b", re.I)
# "… 5 boxes 105 discs. tmrw am": a day said as a sentence of its own (a part of it or not) is when the goods are wanted
DAY_ALONE = re.compile(r"\W{0,2}(?:(?:am|pm|a\.m\.|p\.m\.|morning|afternoon|first thing)\b)?\s*(?:please|pls)?\s*(?:[.!\n]|$)", re.I)
# "Urgent, tomorrow am.": a word of urgency before such a day leaves it alone in its sentence
URGENT = re.compile(r"\b(?:very |most )?(?:urgent(?:ly)?|asap|rush|a\.s\.a\.p\.?)\b", re.I)
# "Today" alone on a line (a letter's or signature's date line, as "Sent: Today") says when it was written
DATE_LINE = re.compile(r"[^\S\n]*today[^\S\n]*[.,]?[^\S\n]*(?:\n|$)", re.I)
# "if we go ahead we'd need them by the 10th": a deadline of an order not yet placed
IF_ORDERED = re.compile(r"\bif (?:we|i) (?:go ahead|order|proceed|place (?:the|an|this) order|decide)\b|"
                        r"(?:如果|要是)(?:我们)?(?:下单|订)", re.I)
# ("Needed by 18 December if we go ahead": a day and month written out is the goods' date whenever the order comes;
# a span, "by end of next month if we go ahead", counts from an order not yet placed)
CALENDAR_DAYS = {"iso", "dmy", "mdy", "slash"}
# "合同签订后15天内", "收到预付款后10天内": a span counted from a contract or payment not yet dated, not from today
AFTER_EVENT = re.compile(r"(?:合同|签订|签约|签字|中标|预付款?|定金|货款|付款|到账)[^，,。；;\n]{0,6}后的?\s*$")
# "within 4 weeks of order", "10 days from award / receipt of PO": a span counted from an order not yet placed
OF_ORDER = re.compile(r"\s*(?:of|from|after)\s+(?:(?:the\s+)?(?:receipt|date)\s+of\s+(?:(?:the|your|our)\s+)?)?(?:order|award|po|contract|"
                      r"purchase order|official order)\b", re.I)
VAGUE = prefiltered(r"(?:next week|next month|下周|下个月)(?:之内|以内|内|之前|以前|前)?")  # no day given: not a due date
# A clause of the past: "we had", "ordered", "were meant to come Friday", "all despatched today" (goods already sent)
# ("… and ran out by the 10th of December", "were all gone by Friday": the day a past stock ran out)
RAN_OUT = r"\bran out\b|\b(?:were|was) (?:all )?(?:out|gone)\b|\bsold out by\b"
RAN_OUT_BY = re.compile(rf"(?:{RAN_OUT})[^.?!\n,]{{0,10}}$", re.I)
PAST_CUE = prefiltered(rf"(last|ago|previous|bought|ordered|placed|we had|{RAN_OUT}|\b(?:all|was|were|been) (?:despatched|dispatched|shipped|sent)\b|\b(?:was|were) (?:meant|supposed) to\b|\bshould have (?:come|arrived|been)\b|\b(?:the one|order|po) (?:that )?(?:i|we) put in\b|上次|上回|之前买|去年|上个月|上周)", re.I)
# "sold out in 2 days", "arrived in 3 days": a span of time already past, not a deadline.
PAST_SPAN = re.compile(r"(?:\b\w+ed|\bsold out|\bwent|\bcame|\btook|\bsold)\s*$", re.I)
# "报价请于本周五前发我", "please quote by Friday", "need to decide by Friday": when a reply is wanted, not the goods.
# "Quote due: 14/05/2026", "Quote required by 20 March", "Response required by 17/04": the reply's deadline
QUOTE_BY = prefiltered(r"(?:报价|回复|答复|\bquot\w*|\breply|\brespon[sd]\w*|\boffer|\bprices?|\bpricing|\bdecid\w*|\bdecision|"
                       r"\blet (?:you|u) know|\bconfirm\w*(?: (?:with|to) (?:the |our |my )?\w+)?|"
                       # "we need to raise the order by 30/01": when the buyer places its order, not when goods come
                       r"\b(?:rais|plac|submitt?|approv)\w* (?:the |our |an |this |a )?(?:order|po|requisition)\b|\bbe (?:submitted|lodged)\b|"
                       r"\b(?:are|is)(?= to be (?:submitted|returned|lodged)\b))"  # "(Quotations) are to be returned by": the noun far back
                       # "Quotations should be submitted by 10 July", "Quote due", "Response required by"
                       r"(?: (?:due|deadline|closes?|closing|required|needed|wanted)|(?: (?:should|must|shall|needs? to|has to|have to|to))? be "
                       r"(?:submitted|returned|received|sent|lodged|in))?"
                       # "Quotations are to be returned by 5pm on Friday 22 May": an hour of the day said first
                       r"\W{0,2}(?:请于|请在|请|于|在|by|before)?\s*(?:\d\d?(?:[:.]\d\d)?\s*(?:am|pm)\s*(?:on\s*|,\s*)?)?(?:本|这)?$", re.I)
# "钱月底一起结", "月底付款", "payment due by the 30th", "invoice us by Friday": when money is paid, not when goods come
PAID_AFTER = re.compile(r"(?:之?前)?\s*(?:一起|统一|再|才)?(?:结账|结算|结清|结款|结|付款|付清|付|打款|对账|开票)")
# ("the grant has to be spent by 31 March", "budget must be committed by": when money is spent, not when goods come)
PAID_BEFORE = re.compile(r"(?:钱|货款|款)\s*$|\b(?:(?:grant|budget|funds?|money)\b[^.?!\n]{0,20}?\b(?:spent|committed|used)|"
                         r"pay|paid|payment|invoice\w*|settle\w*)(?: (?:due|us|you|it|the \w+))?\W{0,2}(?:by|on|before|at)?\s*(?:the\s*)?$", re.I)
# "Goods in is open Mon-Fri", "(volunteer, Tues & Thurs)": days of a weekly schedule, not a date
_WDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|r|rs|rsday|urday)?"
SCHEDULE_BEFORE = re.compile(rf"\b{_WDAY}\s*(?:-|–|&|/|to|thru|through)\s*$", re.I)
SCHEDULE_AFTER = re.compile(rf"\s*(?:-|–|&|/|to|thru|through)\s*{_WDAY}\b", re.I)
# "please reply with prices and lead time by 20/03": the sentence asks a reply by then (unless the goods are named due)
# "want to know before our opening on Saturday": the answer is wanted before the event
REPLY_SENTENCE = re.compile(r"\b(?:reply|respond|get back to (?:us|me)|come back to (?:us|me)|(?:want|need|like) to know|quote)\b"
                            r"(?:(?!\b(?:deliver\w*(?! (?:time|date|lead)s?\b)|need\w*|arriv\w*|ship\w*|dispatch\w*|site|goods|here)\b)[^.?!\n])*"
                            r"\b(?:by|before)\s*(?:(?:the|our|my) [\w-]+(?: [\w-]+)? (?:on )?)?(?:the\s*)?$", re.I)
# "Quotations need to reach us by 12 January": when the offers are wanted, not the goods
# "Quotations to reach the buyer by 12 February", "Submit by 08/06": a bid's return day, its reader named or not
QUOTE_REACH = re.compile(r"\b(?:quot\w*|offers?|tenders?|bids?|responses?|prices?) (?:(?:need|needs|must|should|has|have) )?(?:to )?reach "
                         r"(?:us|me|the (?:buyer|purchaser|buying office|purchasing (?:office|department|team)|undersigned)|our (?:office|buyer))"
                         r"\W{0,2}(?:by|before|no later than)?\s*(?:the\s*)?$|"
                         r"(?:^|[.;:\n])\s*(?:please |kindly )?(?:submit(?: (?:your|the|all) )?(?:quot\w*|offers?|bids?|tenders?|responses?)?|"
                         r"(?:return|send)(?: (?:your|the|all))? (?:quot\w*|offers?|bids?|tenders?|prices?|pricing))"
                         r"\W{0,2}(?:by|before|no later than)\s*(?:the\s*)?$|"
                         # "Quotations to be received by 12:00 Friday 12 February", "Tenders close at 12:00 on Friday 9 October":
                         # the bids' closing day (its hour said before the day or not), not when goods come
                         r"\b(?:quot\w*|offers?|tenders?|bids?|submissions?)\b[^.?!\n]{0,20}?\b(?:close[sd]?|closing|due|deadline|"
                         r"(?:(?:are |is )?to|must|should|shall|will) be (?:received|submitted|returned|lodged|in))\b"
                         r"\W{0,2}(?:by|before|at|on|no later than)?\s*(?:(?:at\s*)?\d\d?[:.]\d\d\s*(?:am|pm|hrs?)?\W{0,2}(?:on\s*)?)?"
                         r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\W{0,2})?(?:the\s*)?$", re.I)
# "Replenishment order wk 23:", "production plan week 12": the week names the order or plan, as 第23周采购计划 does
# "Weekly list — Gift Loft — wk 21": the heading's week, its parts set apart by dashes
# "WEEKLY NEEDS - Plots 14-22, Hollins Lane - wk 17": a weekly heading, its site between dashes
WEEK_LABEL = re.compile(r"\b(?:order|plan|report|rota|forecast)\s*$|\b(?:list|top-?up|order)\b[^\n.]{0,30}?\s[—–-]\s*$|"
                        r"\bweekly (?:needs|requirements|requisition|consumables|list|order|top-?up|call-?off)\b[^\n.]{0,50}?\s[—–-]\s*$", re.I)
WEEK_PAST = re.compile(r"\bsame as\s*$", re.I)  # "same as wk 32 + 2 more jars": the week of a past order
HEADING_END = re.compile(r"\s*(?:[:：\n]|$)")  # the label heads a list: "… order wk 23:"
# "Stock take done Sat, reorder below": the day a job was done (not "want it done by Friday", "get them done Friday")
DONE_DAY = re.compile(r"\b(?:done|did|counted)\s+(?:on\s+)?(?:last\s+)?$", re.I)
WANT_DONE = re.compile(r"\b(?:need|needs|needed|want|wants|get|have|like)\b[^.,;!?\n]*\bdone\s+(?:on\s+)?$", re.I)
# "on Friday's order could you …": the day the order was placed (not "Friday's delivery", when it comes)
# ("Monday's bearing order" reads "monday bearing order" once normalised: up to two words naming the goods between)
ORDER_DAY = re.compile(r"(?:'?s)?\s+(?:(?!(?:by|before|for|and|or|the|to|as|with|please|pls|so|then|latest)\b)[a-z0-9-]+\s+){0,2}?(?:order|po)\b", re.I)
# "Approved: Site Manager (L. Hughes) 02/12/2026": a sign-off line dates the approval, not the goods
# "招标办 2026年4月1日" closing a letter: the day it was written, when the line asks nothing of the goods
LINE_END = re.compile(r"[^\S\n]*(?:\n|$)")
GOODS_LINE = re.compile(r"到|送|交|发|前|要|需|\b(?:by|deliver\w*|need\w*|want\w*|due)\b", re.I)
SIGN_OFF_LINE = re.compile(r"[^\S\n]*(?:approved|rejected|signed|authori[sz]ed)\b", re.I)
CLAUSE_BREAK = re.compile(r"[.!?;\n。！？；,，]|\b(?:and|but|so)\b|但是?|并且|而且")  # where the clause before a date starts
SPANS = {k for k, _ in date_spans.PATTERNS}  # windows, mid-month, week numbers, holidays: always deadlines


def is_due(text: str, m: re.Match, kind: str, d: dt.date, today: dt.date) -> bool:
    """Whether a found date reads as the deadline for the goods (not a past, old, reply or letter date)."""
    before = text[max(0, m.start() - 30) : m.start()]
    after = text[m.end() : m.end() + 4]
    due = bool(DUE_CUE.search(before[-14:] + " " + after) or kind in ("within", "eom", "zh_within", "weekday"))
    # The clause the date stands in: "I ordered 12 bags on Tuesday and ..." dates the old order;
    # "today" / "tomorrow" after a verb of getting goods is when they are wanted ("send 20 boxes today").
    clause = CLAUSE_BREAK.split(text[max(0, m.start() - 60) : m.start()])[-1]
    due = due or (kind == "rel" and not VAGUE.fullmatch(m.group(0).lower()) and
                  bool(GOODS_VERB.search(clause) or ASKED_DAY.match(text, m.end()) or
                       (not re.search(r"[a-z\d]", URGENT.sub("", _sentence_before(text, m)), re.I) and DAY_ALONE.match(text, m.end())
                        and not DATE_LINE.match(text, _line_start(text, m)))))
    # A written-out future date in an order is its deadline, unless it dates a letter or invoice.
    if (kind in ABSOLUTE or kind in SPANS or kind.startswith("zh")) and not NOT_DUE.search(before[-16:]):
        due = True
    elif NOT_DUE.search(before[-16:]) and not DELIVERY_AFTER.match(text, m.end()):
        due = False
    closing = BEFORE_CLOSING.search(clause)
    due = due or bool(closing)
    if PAST_CUE.search(clause) or (CLOSED.search(clause) and not closing) or OLD_DATE.search(clause[-24:]) or d < today or \
            VAGUE.fullmatch(m.group(0).lower()) or REPLY_BY.match(text, m.end()) or QUOTE_BY.search(before) or \
            PAID_AFTER.match(text, m.end()) or PAID_BEFORE.search(before) or \
            (kind == "within" and m.group(0).lower().startswith("in ") and PAST_SPAN.search(before)) or \
            (kind == "zh_within" and AFTER_EVENT.search(before)) or (kind == "within" and OF_ORDER.match(text, m.end())) or _letter_date(text, m, d, today) or \
            (IF_ORDERED.search(_sentence(text, m)) and kind not in CALENDAR_DAYS) or REPLY_SENTENCE.search(said := _sentence_before(text, m)) or QUOTE_REACH.search(said) or \
            SIGN_OFF_LINE.match(text, _line_start(text, m)) or \
            (kind == "weekday" and (ORDER_DAY.match(text, m.end()) or DONE_DAY.search(before) and not WANT_DONE.search(before))) or \
            (kind == "weekday" and (SCHEDULE_BEFORE.search(before) or SCHEDULE_AFTER.match(text, m.end()))) or \
            (kind == "week_no" and (WEEK_LABEL.search(text[max(_line_start(text, m), m.start() - 80) : m.start()]) and HEADING_END.match(text, m.end()) or WEEK_PAST.search(before))):
        due = False
    return due


def _letter_date(text: str, m: re.Match, d: dt.date, today: dt.date) -> bool:
    """Today's date alone at the end of a line that asks nothing of the goods: the letter's own date."""
    written = bool(re.search(r"20\d\d|\d\s*月", m.group(0)))  # a day written out ("今天" may close a line and be wanted)
    return d == today and written and bool(LINE_END.match(text, m.end())) and \
        not GOODS_LINE.search(text[_line_start(text, m) : m.start()])


def _line_start(text: str, m: re.Match) -> int:
    """Where the line a date stands in starts."""
    return text.rfind("\n", 0, m.start()) + 1


def _sentence_before(text: str, m: re.Match) -> str:
    """The sentence a date stands in, up to the date."""
    return text[max(text.rfind(c, 0, m.start()) for c in ".?!\n。？！") + 1 : m.start()]


def _sentence(text: str, m: re.Match) -> str:
    """The sentence a date stands in."""
    start = max(text.rfind(c, 0, m.start()) for c in ".?!\n。？！")
    ends = [i for i in (text.find(c, m.end()) for c in ".?!\n。？！") if i >= 0]
    return text[start + 1 : min(ends, default=len(text))]
