"""Buyer questions (English and Chinese): plain text -> a structured query, products found by the matcher."""
from __future__ import annotations

import datetime as dt
import re

from nlp.catalog import CatalogItem
from nlp.matcher import Matcher
from nlp.numbers import parse_en_words, parse_zh
from nlp.text import is_cjk, terms

KINDS = ("stock", "incoming", "runout", "cheapest", "suggestions", "heatmap", "unclear")
_ZN = "0-9零一二两三四五六七八九十百"

# First match wins: specific asks before the broad "how many / 多少" of a stock question.
CUES = [
    ("heatmap", r"heat ?map|cover by (?:group|category)|overview of (?:stock|cover)|热力图|库存总览|库存概览"),
    ("suggestions", r"suggest|recommend|what (?:should|do|must) (?:we|i) (?:buy|order|purchase|reorder)|"
                    r"(?:need|have) to (?:buy|reorder|purchase)|reorder list|buying list|shopping list|"
                    r"建议|该买|要买什么|该采购|该订|要订什么|需要采购什么|买什么"),
    ("cheapest", r"cheap|lowest price|best price|best offer|best deal|who (?:sells|supplies|has)|"
                 r"which (?:supplier|vendor)|supplier for|vendors? for|where (?:can|do|should) (?:we|i) (?:buy|get|source)|"
                 r"便宜|最低价|价格最低|报价最低|哪家|谁家|谁卖|哪个供应商|哪些供应商|供应商"),
    ("runout", r"run(?:s|ning)? (?:out|low|short|dry)|stock ?outs?|sell(?:s|ing)? out|days? of (?:cover|stock)|"
               r"how long (?:will|does|do|can)|last us|about to (?:run|go)|going to run|short(?:age)?s? (?:in|within|next|this)|"
               r"low (?:on )?stock|\bdeplet|断货|缺货|用完|卖完|快没|会没|撑几天|够用|够几天|还能用几天|还能撑|告急|库存不足"),
    ("incoming", r"arriv|incoming|coming in|\binbound|on order|due in|deliveries|expected in|in transit|on the way|"
                 r"what(?:'s| is) coming|(?:get|getting) more|\beta\b|when (?:does|do|will|are|is) .{0,40}"
                 r"(?:come|arrive|land|get here|be here|delivered)|到货|到什么|在途|路上|什么时候到|何时到|几时到|来货|"
                 r"到了吗|哪些货到|会到|货到|要到|有货来"),
    ("stock", r"how (?:many|much)|in stock|\bstock\b|on hand|do we (?:have|got|still have)|have we got|"
              r"\bleft\b|inventory|availab|\bqty\b|\blevel\b|\bcount of\b|got any|do you (?:have|carry|still have)|"
              r"多少|库存|有货|还有|剩|现货|有没有|几个|几套|几件|数量"),
]
_CUES = [(k, re.compile(p, re.I)) for k, p in CUES]
QUESTIONISH = re.compile(r"[?？]|^\s*(?:what|which|who|when|where|how|is|are|do|does|did|can|could|any|will|"
                         r"should)\b|吗|呢|什么|多少|哪|谁|几", re.I)
# An order pasted or typed by a salesperson: a request to supply, or a deadline for a quantity.
ORDER_CUE = re.compile(r"please (?:send|supply|ship|book|deliver|dispatch|quote)|pls send|(?<!do )\bwe need\b|"
                       r"\bwe'?ll take\b|\bcan (?:we|i) (?:get|have)\b|\bsend (?:us|me)\b|\bneed (?:them|it|these|those)\b|"
                       r"\bby (?:mon|tue|wed|thu|fri|sat|sun|tomorrow|the \d)|\bdeliver(?:ed|y)? (?:by|on|to)\b|"
                       r"下单|请发|发货|送到|安排发|订购|我们要|需要\s*[" + _ZN + r"]+", re.I)
CUSTOMER_VOICE = re.compile(r"\bdo you (?:have|carry|still have|stock)|\bhave you got\b|"
                            r"\bcan you (?:supply|send|deliver|ship|quote|do|offer|provide)\b|你们|贵司|贵公司",
                            re.I)
QTY = re.compile(r"(?:\b|^)(\d+(?:\.\d+)?)\s*(?:pcs|pieces|units|sets|boxes|pc|个|件|套|只|支|根|片)(?:\b|(?=\W)|$)"
                 r"|(?:\bfor|\bx)\s*(\d+(?:\.\d+)?)\b", re.I)
_EN_NUM = r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty)"
PERIODS = [
    ("n", re.compile(rf"\b(?:next|in|within|coming|the next|over the next|in the next)\s+{_EN_NUM}\s+"
                     r"(day|week|month|fortnight)s?\b", re.I)),
    ("n", re.compile(rf"\b{_EN_NUM}\s+(day|week|month)s?\b", re.I)),
    ("n_zh", re.compile(rf"(?:未来|接下来|最近|近)?([{_ZN}]+)\s*(天|日|周|星期|个星期|个月)(?:内|之内|以内)?")),
    ("this_week", re.compile(r"\bthis week\b|\bby (?:the )?(?:end of (?:the )?week|friday|sunday)\b|本周|这周|这个?星期|"
                             r"本星期|这礼拜|这个礼拜|周末前")),
    ("next_week", re.compile(r"\bnext week\b|下周|下个星期|下星期|下礼拜")),
    ("this_month", re.compile(r"\bthis month\b|\bend of (?:the )?month\b|本月|这个月|月底")),
    ("today", re.compile(r"\btoday\b|今天|今日")),
    ("tomorrow", re.compile(r"\btomorrow\b|明天")),
    ("fortnight", re.compile(r"\bfortnight\b|两周|二周")),
]
_UNIT_DAYS = {"day": 1, "天": 1, "日": 1, "week": 7, "周": 7, "星期": 7, "个星期": 7, "month": 30, "个月": 30,
              "fortnight": 14}
# Words of the question itself, dropped before the rest is matched against the catalogue.
EN_FILLER = set("""how many much do does did we us our have has got is are there any still left in stock on hand
what what's whats which who whom when where will would should could can the a an of for to at please pls check
tell me show level levels inventory qty quantity count available availability sells sell selling supplies supply
supplier suppliers vendor vendors cheapest cheaper cheap lowest best price prices offer deal buy get source from
runs run running out low short dry arrive arrives arriving arrival incoming coming come comes inbound order ordered
orders due expected transit way eta next this week weeks day days month today tomorrow within over i you your it
they them some right now currently current hand hi hey team stock-out stockout stockouts total left? more
cover last long about going go pcs pieces units sets pc s""".split())
ZH_FILLER = re.compile(r"请问|帮我|帮忙|查一下|查查|查询|看看|看一下|一下|我们|咱们|现在|目前|仓库里?|库存|还有|有多少|多少|"
                       r"有货吗|现货|有货|有没有|卖完|快|吗|呢|吧|的|了|还剩|剩下|剩|几个|几套|几件|数量|谁家|哪家|哪个|最便宜|便宜|"
                       r"最低价|价格|供应商|谁卖|卖|什么时候|何时|几时|到货|会到|到|断货|缺货|用完|快没|会没|没货|撑几天|"
                       r"够用几天|够用|够几天|还能|能|撑|多久|未来|接下来|天内|天|本周|这周|下周|今天|明天|在途|路上|"
                       r"什么|哪些|货|呀|啊|个|是|有|会|些|要")


class QuestionParser:
    """Reads a buyer's question; products are resolved against the catalogue with the shared matcher."""

    def __init__(self, items: list[CatalogItem], min_score: float = 0.5, band: float = 0.06):
        self.matcher = Matcher(items)
        self.min_score, self.band = min_score, band

    def parse(self, text: str, today: dt.date | None = None) -> dict | None:
        """The structured query, or None when the text is not a question (an order goes to intake)."""
        body = " ".join((text or "").split())
        if not body or body.startswith("/"):
            return None
        today = today or dt.date.today()
        lang = "zh" if is_cjk(body) else "en"
        kind = next((k for k, rx in _CUES if rx.search(body)), None)
        quantity = _quantity(body)
        voice = "customer" if CUSTOMER_VOICE.search(body) else "internal"
        if ORDER_CUE.search(body) or (voice == "customer" and quantity):
            return None
        if kind is None and not QUESTIONISH.search(body):
            return None
        days, period = _period(body, today)
        mention = _mention(body)
        candidates = self._candidates(mention)
        query = {"kind": kind or "unclear", "lang": lang, "mention": mention, "skus": [s for s, _ in candidates],
                 "scores": [sc for _, sc in candidates], "sure": len(candidates) == 1, "days": days,
                 "period": period, "quantity": quantity, "voice": voice}
        if kind in ("stock", "cheapest") and not candidates:
            query["kind"] = "unclear"  # "how many do we have?": of what?
            query["missing"] = "product"
        return query

    def products(self, mention: str) -> list[str]:
        """SKUs a bare product mention names (for "/stock M8x30"): one when clear, else the close family."""
        return [s for s, _ in self._candidates(_mention(mention))]

    def _candidates(self, mention: str) -> list[tuple[str, float]]:
        """The products the mention names: one when clear, the close family when several fit."""
        if not mention or not terms(mention):
            return []
        ranked = [(s, sc) for s, sc in self.matcher.match(mention, top=8) if sc >= self.min_score]
        if not ranked:
            return []
        best = ranked[0][1]
        if best >= 0.95 and (len(ranked) == 1 or ranked[1][1] < best - 0.02):
            return ranked[:1]
        return [(s, sc) for s, sc in ranked if sc >= best - self.band][:6]


def _quantity(body: str) -> float | None:
    m = QTY.search(body)
    return float(m.group(1) or m.group(2)) if m else None


def _period(body: str, today: dt.date) -> tuple[int | None, str]:
    """Days ahead the question looks (None: not said) and which phrase said it."""
    for name, rx in PERIODS:
        m = rx.search(body)
        if not m:
            continue
        if name == "n":
            count = _count(m.group(1))
            return (int(count * _UNIT_DAYS[m.group(2).lower()]) if count else None), m.group(0)
        if name == "n_zh":
            count = parse_zh(m.group(1))
            return (int(count * _UNIT_DAYS[m.group(2)]) if count else None), m.group(0)
        span = {"this_week": 6 - today.weekday(), "next_week": 13 - today.weekday(), "today": 0, "tomorrow": 1,
                "fortnight": 14, "this_month": _month_end(today) - today.day}[name]
        return span, m.group(0)
    return None, ""


def _count(word: str) -> float | None:
    word = word.lower()
    return float(word) if word.isdigit() else parse_en_words([word])


def _month_end(today: dt.date) -> int:
    nxt = (today.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return (nxt - dt.timedelta(days=1)).day


def _mention(body: str) -> str:
    """What is left of the question once its question words, periods and quantities are gone."""
    text = re.sub(r"(\w)['’](?:s|re|ll|ve|d)\b", r"\1", body)  # "what's" is "what"
    for _, rx in PERIODS:
        text = rx.sub(" ", text)
    text = QTY.sub(" ", text)
    text = ZH_FILLER.sub(" ", text)
    words = re.findall(r"[\w×*./-]+|[^\w\s]", text.lower())
    kept = [w for w in words if w.strip("?.,!'\"") and w.strip("?.,!'\"") not in EN_FILLER and not re.fullmatch(r"\W+", w)]
    return " ".join(kept).strip()
