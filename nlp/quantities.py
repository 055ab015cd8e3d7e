"""Quantity candidates in a chunk of text: numbers with units, markers, or bare, minus the noise."""
from __future__ import annotations

import re

from nlp.article_counts import OF_AFTER, article_count
from nlp.attributes import COLOURS
from nlp.count_context import (BROUGHT_DOWN, MADE_IT, held, damaged, YEAR_DOC_NEXT, YEAR_PREP_END, STOCK_BEFORE, THE_PACKS_OF, TAKEN_THE, STANDING, RATE_AFTER, PEOPLE_AFTER, talk_after, STREET_AFTER, PRICE_NEAR,
                               CLOCK, STANDARD_BEFORE, YEAR, PHONE_RE, RESTATED_BEFORE, totalled_item, ZH_MONEY_OR_PAPER)
from nlp.numbers import EN_NUMBER_WORDS, parse_en_words, parse_zh
from nlp.prefilter import prefiltered  # start-character look-ahead, same matches
from nlp.table_rows import CELL_SEP, table_row
from nlp.qty import Qty
from nlp.unit_counts import OLD_LATER, OLD_VALUE, PACK_UNIT as _PACK_UNIT, ZH_UNIT, unit_count
from nlp.units import UNIT_WORDS
from nlp.words import ORDER_VERB as _ORDER_VERB

_COLOUR = "|".join(sorted(c for c in COLOURS if c.isascii() and c.isalpha()))
_EN_NUM = "|".join(sorted(EN_NUMBER_WORDS - {"a", "an", "half", "few", "couple", "zero"}, key=len, reverse=True))
MONEY_CELL = re.compile(r"\d+\.\d\d")  # a price column: pence after the point
_DIG = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_ZH = r"[零一二两俩仨三四五六七八九十百千万半]+|\d+(?:\.\d+)?[百千万]"
# ("a couple each of the red and the blue": the "of" follows the "each")
_WORDNUM = rf"(?:half an?|half(?=\s+doz)|a couple(?= each of\b)|an?|a couple of|couple of|(?:{_EN_NUM})(?:[\s-]+(?:and\s+)?(?:{_EN_NUM}))*)"
_EN_UNIT = "|".join(sorted((w for w in UNIT_WORDS if w.isascii()), key=len, reverse=True))
NUM_RE = prefiltered(rf"(?P<num>\d+(?:\.\d+)?[百千万](?![a-z])|{_DIG}|{_ZH}|\b{_WORDNUM}\b)")
# A count written in words ("two dozen", "a gross", "三百公斤") rather than digits.
WORDED_COUNT = prefiltered(rf"\b(?:{_EN_NUM}|couple|dozen|gross)\b|[零一二两俩仨三四五六七八九十百千万半]+\s*(?:{ZH_UNIT})", re.I)
# "6305双面胶封的": 双 opening a word (双面 double-sided, 双色, 双层, 双头) is no pair counted
UNIT_AFTER = re.compile(rf"\s*(?:(?P<en>{_EN_UNIT})(?![a-z0-9])|(?P<zh>(?!双[面色层头向])(?:{ZH_UNIT})))", re.I)
ZH_UNIT_AFTER = re.compile(rf"(?:{ZH_UNIT})")
# "3 ctns of popcorn holders (ctn = 24)", "(24 per box)", "(12/pack)": a pack size defined inline, no count.
# "(box is 12 I think?)": a hedged size still sizes the count (the "?" may have ended the chunk before the bracket closed).
INLINE_PACK = prefiltered(rf"(?:\(|,(?=[^()]*\)))\s*(?:1\s*)?(?:{_PACK_UNIT})\s*(?:=|:|of|is)\s*(?P<n>\d+)(?:\s*(?:pcs|pieces|units|ea))?"
                          r"(?:\s*,?\s*(?:i|we)\s+(?:think|believe|reckon|guess))?\s*(?:\)|\?\s*\)?|$)|"
                          rf"\(\s*(?P<m>\d+)\s*(?:pcs\s*|pieces\s*|units\s*)?(?:per|/|a|to a|in a|each)\s*(?:{_PACK_UNIT})\s*\)", re.I)
# "and 2000 in XL", "12 in medium": a size after "in" says which variant is counted, the number is no inch size
_SIZE_SAID = r"x{0,2}s|m|l|x{1,3}l|small|medium|large|size"
PACK_MEASURE = re.compile(r"\(\s*(\d+(?:\.\d+)?)\s*(?:kg|kgs|m|l|ltr|litres?|liters?|metres?|meters?)\s*\)", re.I)
MARKER_BEFORE = prefiltered(r"(?:(?<![a-z0-9])x|×|(?<=[a-z\u4e00-\u9fff])\*|qty\.?:?|quantity:?|数量[:：]?|amount:?)\s*$", re.I)
SPEC_AFTER = prefiltered(rf"\s*(?:的|mm|cm|inch|in\b(?!\s+(?:the|each|all|place|{_COLOUR}|{_SIZE_SAID})\b)|\"|''|寸|平方|芯|号|#|级|厚|码|kv|v\b(?![\s-]*belts?\b)|w\b|kw|%|x\d|×|\*\d|"
                         r"/\d|-\d|-[a-z]|天|日|个?月|年|小时|days?\b|weeks?\b|months?\b|years?\b|hours?\b|mins?\b|minutes?\b|'s\b|s\b|th\b|(?<=\d)st\b|nd\b|rd\b|\.\d|mpa|tier|ply|hole|point\b|inch|ft|feet|cup|piece set|d\b|"
                         r"customers?\b|people\b|staff\b|guests?\b|times\b|shops?\b|stores?\b|branches\b|outlets\b|orders\b|deliveries\b|invoices\b|calls\b|certs?\b|certificates?\b|of\s+(?:this|next|the)\s+month\b)", re.I)
REF_BEFORE = re.compile(r"(?:\bno\.|(?<![\d\s])\s*#|\btel\.?|\bphone|\bmob|\bmobile|\bfax|\bext|\broom|\bsuite|\bfloor|\bward|\bitem|\b(?:pump|kiln|crusher|conveyor|boiler|generator|crane|hoist|furnace|silo)|"
                        r"(?<=\()unit|(?<=,\s)unit|(?<=^)unit|\bbuilding|\bbay|\bberth|\bquay|\bjetty|\bwharf|\bhull|\bapt|\bapartment|\b(?:stall|pitch|chalet|booth|kiosk)(?=\s*#?\s*$)|^\s*(?:flat|plot)|^\s*(?:branch|store|shop|site|depot)(?=\s*#?\s*$)|"  # "(Unit 4)", a sign-off's ", Unit 9", "crane 2 crew", "Branch 1 - Ludlow:", "Shop 3 (Deal): six …", "bay 3", "Berth 7", a row's "Flat 5 -"; a ship's "hull 512"
                        r"\b(?:to|at|via)\s+(?:the\s+)?(?:gate|dock|door|entrance|site|plot|block|store|shop|branch|depot|stage|studio|hall|unit|"
                        r"warehouse|yard|platform|pier|level|wing|ward|hangar)|"  # "to Gate 3", "to site 3", "delivered to Stage 3": a place
                        r"\b(?:our|the|for|in|of|to)\s+(?:year|yr|key stage|ks)\.?|\b(?:dock|loading|goods[- ]in|delivery)\s+(?:door|bay|gate)|"  # "Year 2", "Key Stage 2", "dock door 2"
                        r"\b(?:room|space|capacity|seating)\s+(?:for|of)\s+(?:about |around |up to )?|\bp\.?\s*o\.?\s*box|\blines?(?:\s+\d+(?:\s*(?:,|and|&)\s*\d+)*\s*(?:,|and|&))?|\bpos(?:ition)?\.?|\bpage|\bstep|\boption|\bcode|\btotal\w*(?: \w+)?|电话|手机|编号|qq|微信|第)\s*[:：#]?\s*$", re.I)
# Order, invoice and account numbers: these words are followed by long digit strings, not counts.
LONGREF_BEFORE = prefiltered(r"(?:order|po|p\.o\.|invoice|inv|ref|account|acct|a/c|\bjob|project|contract|\bticket|\breq(?:uisition)?|订单|单号|合同|发票|客户号)"
                             r"\s*(?:no\.?|number|#)?\s*[:：#]?\s*$", re.I)
# "please order 400 M10 washers", "we'd like to order 250 …": the verb, followed by a count ("on order 4471" is no verb)
ORDER_VERB = prefiltered(_ORDER_VERB, re.I)
# A number after "the" names a variant ("the 11pc tea set", "the 72 cake cases"), not a count; nor does one after
# a container's "of" ("the small tube of 12": what the pencils come in).
SPEC_BEFORE = prefiltered(r"(?:每(?!种|样|款)[\u4e00-\u9fff]?(?:装|是|有)?|(?<![\d一二两三四五六七八九十百千.])[一1](?:箱|盒|包|袋|捆|卷|桶|件)(?:装|是|有|=)?|从|由|(?:原来|原先|本来|之前)(?:是|订的?|要的?)?|\bthe|\bfrom|instead of|in place of|\(\s*(?:was|previously|originally|formerly)|down to|\bonly|\bnot|\bwe said|\brather than|\bsize|\bpack(?: of)?|\bset(?: of)?|\bbox of|\bsets? of|\b(?:tube|tin|jar|pot|tub|bottle) of|"
                          r"\blevel|\bgrade|\bclass|\bcategory|(?<!open )(?<!sealed )(?<!shielded )\btype|尺寸|型号|规格|等级)\s*$", re.I)  # "level 5" is a rating
# ("6308 open type 200 sets": a bearing's seal type said, the count after it)
# "现存2套，安全库存12套，需补10套" (a stock alert): a stock level is no count wanted, like an old value
NEW_VALUE = re.compile(r"改成|改为|改到|加到|减到|换成|\bmake (?:it|that)|\bto\s*$|\bnow\b", re.I)
REPEAT = re.compile(r"再(?:来|要|订|拉|发|买|补|送|加)|还要|这次|这回|(?:加|添|补|增加)上?\s*$|\bagain\b|\bthis time\b", re.I)  # "上次的单里加五卷"
RANGE_LOW = re.compile(r"\s*(?:到|至|~)\s*(?:\d|[一二两三四五六七八九十])")
CANCELLED_AFTER = re.compile(r"[^,;.!?\n，。；！？]{0,6}?(?:取消|不要了|退掉)")  # "上次订的吸管5包取消": the count cancelled now
REPEAT_LAST = re.compile(r"(?:按|照|跟|和|同)上(?:次|回|一单)(?:的|那样|一样)?\s*(?:再|重新)(?:来|订|发|下|补|要)")
SAME_OF = re.compile(r"\bthe same (?:of|for|again of|in)\b", re.I)  # "… and the same of the blue", "the same in spaceboy": a count said by reference
OFF_AFTER = re.compile(r"\s*off\b")  # "1000 off": the trade's "this many pieces"
# "around 6 tonnes", "approx. 200 m": the hedge belongs to the count, not to the product's words.
HEDGE_BEFORE = prefiltered(r"(?:\b(?:around|about|approx\.?|approximately|roughly|circa|some|~)\s*)$", re.I)
# "we've found a box" (in the stockroom): a count found on hand is no count wanted
# ("what the shop had last spring (20 x …)", "last year we sold 60": whoever had or sold them, a past season's count; "if we took 48" asks;
# "still have 40": stock held, the count right after it (not "still have the old ones, send 20"; nor "do you still have")
PAST_RE = prefiltered(r"(last time|last order|previous|previously|we bought|we ordered|we had|used to|we(?:'ve| have)? found|(?:(?<!\bif )(?<!\bwhen )\b(?:we|i) (?:sold|took|went through|got through)|(?<!\byou )(?<!\bu )\bstill (?:have|got))\s+(?:about |around |over |nearly |almost )?$|"
                      r"\bhad last (?:year|spring|summer|autumn|winter|christmas|easter|month|season)\b|"
                      r"\bfound\s*$|上次|上回|之前买|以前买|去年)", re.I)


def number_value(text: str) -> float | None:
    """Value of a number written in digits, English words or Chinese numerals."""
    t = text.strip().lower()
    if re.fullmatch(_DIG, t):
        return float(t.replace(",", ""))
    if re.fullmatch(_ZH, t):
        return parse_zh(t)
    t = t.replace("couple of", "couple").replace("a couple", "couple").replace("half an", "half").replace("half a", "half")
    return parse_en_words(re.split(r"[\s-]+", t))


# "双十一" / "双12" are the shopping days; "下面两个：…" counts the rows that follow: neither counts goods
ZH_NOT_COUNT = re.compile(r"(?<=双)(?:十[一二]|1[12])(?![\d十一二三四五六七八九个件只])|"
                          r"(?<=下面|以下|如下|下列)[\d一二两三四五六七八九十]+\s*[个样种项款条]\s*[:：]|"
                          # "请于两个工作日内告知", "三个月": a span of time, no count of goods
                          r"[\d一二两三四五六七八九十]+\s*(?:个\s*(?:工作日|工作天|小时|钟头|星期|礼拜|月)|工作日|工作天|小时|钟头)|" + ZH_MONEY_OR_PAPER)


# _noise's own context patterns, compiled once (it runs for every number of every line)
_MM_END = re.compile(r"\dmm$")
_TWO_LETTERS = re.compile(r"[a-z]{2}\b", re.I)
_OUTWARD_END = re.compile(r"\b[a-z]{1,2}\d[a-z\d]?\s+$", re.I)
_PRICE_END = re.compile(r"\bprice\s*$", re.I)
_OF_NEXT = re.compile(r"\s+of\b")
_BREAK_END = re.compile(r"\b(?:at|over|above|from)\s*$")
_AT_END = re.compile(r"\bat\s*$")
_LEADING_ZERO = re.compile(r"0\d+")
_PRICE_UNIT_NEXT = re.compile(r"\s*(?:元|块钱|/pc|/each|p\b|pence)", re.I)
_ARROW_NEXT = re.compile(r"\s*(?:→|->|=>)\s*\d")

def _noise(text: str, s: int, e: int, blocked: list[tuple[int, int]]) -> bool:
    """Whether the number at [s, e) is part of a code, price, reference, phone or date."""
    if any(bs <= s < be for bs, be in blocked):
        return True
    before, after = text[max(0, s - 14) : s], text[e : e + 20]
    prev = before[-1:]
    # "DN80两台", "6205两百套": a Chinese numeral after a code is its count, not part of it.
    # "[10" is the steel trade's channel section 10 (not a count in brackets: "[24]")
    glue = "-/.#=_δφ*×+" + ("[" if text[e : e + 1] != "]" else "")
    if prev and not ("\u4e00" <= text[s] <= "\u9fff") and ((prev.isascii() and prev.isalnum()) or prev in glue):
        # glued to a code, unless it is "x12" or a count after a thickness ("6厚5吨" reads "6mm5吨")
        return not MARKER_BEFORE.search(before) and not (_MM_END.search(before) and ZH_UNIT_AFTER.match(after))
    if _TWO_LETTERS.match(after) and _OUTWARD_END.search(before):
        return True  # "WB4 9XX", "S9 4AB": a postcode's inward part
    if after[:1].isascii() and after[:1].isalpha() and not UNIT_AFTER.match(after) and after[:1] != "x" and text[s:e] not in ("俩", "仨"):
        return True  # glued letters: "350h", "2rs" (not "再整俩DN50闸阀": 俩 is "two of them", never a code's part)
    # "for the fair stall: 60 packs of …": a stall, bay or room number is never counted in packs; "room for 40" a capacity
    # "could you price 50 of each": after the verb "price", a number "of" something counts it, no sum of money
    priced = PRICE_NEAR.search(before) and not (_PRICE_END.search(before) and _OF_NEXT.match(after))
    # ("… fish plant floor: 8 sets": after a colon, a count with its unit word heads the goods, no floor number)
    if (REF_BEFORE.search(before) and not _in_packs(after) and not totalled_item(before, after)
            and not (before.rstrip().endswith(":") and UNIT_AFTER.match(after))) or priced or \
            RESTATED_BEFORE.search(before):
        return True
    if STANDARD_BEFORE.search(text[max(0, s - 24) : s]):
        return True  # "EN 10204 3.1", "ISO 9001": a standard and its class
    if YEAR.fullmatch(text[s:e]) and (YEAR_PREP_END.search(before) or YEAR_DOC_NEXT.match(after)):
        return True  # "the catalogue for 2027", "codes from your 2026 brochure"
    if CLOCK.match(text, s):
        return True  # "rang at 10:40": a time of day, neither number a count
    if after[:1] == "+" and _BREAK_END.search(before):
        return True  # "still £1.65 at 100+?" is a price break, not a count
    if _AT_END.search(before) and "." in text[s:e]:
        return True  # "at 2.55" is a price, "at 100" a quantity
    ordered = ORDER_VERB.search(text[max(0, s - 30) : s])  # "could you order 400 …": the verb, a count follows
    if (LONGREF_BEFORE.search(before) and not ordered and text[s:e].isdigit() and e - s >= 3) or _LEADING_ZERO.fullmatch(text[s:e]):
        return True  # "store 014": a count is never written with a leading zero, a label is
    if _PRICE_UNIT_NEXT.match(after):
        return True
    if PEOPLE_AFTER.match(text, e) or held(text, s, e) or damaged(text, e) or talk_after(text, s, e) or (RATE_AFTER.match(text, e) and not STANDING.search(text[max(0, s - 30) : s])):
        return True  # "25 new starters" counts people, "2 quick questions" talk, "2 left" stock; "she makes 40 jars every January" is a habit
    if _ARROW_NEXT.match(after):
        return True  # an amended PO's "300 → 500": the old count before the arrow
    if STREET_AFTER.match(text, e):
        return True  # "Unit 7, Tyne Rd", "14 Mill Lane": a unit or house number of an address
    if ZH_NOT_COUNT.match(text, s):
        return True
    return bool(SPEC_AFTER.match(after)) and not UNIT_AFTER.match(after)


def _in_packs(after: str) -> bool:
    """Whether the text after a number opens with a pack word (boxes, packs, cartons, drums …)."""
    m = UNIT_AFTER.match(after)
    return bool(m and m.group("en") and UNIT_WORDS.get(m.group("en").lower(), ("",))[0] == "pack")


def find_quantities(text: str, blocked: list[tuple[int, int]]) -> list[Qty]:
    """Quantity candidates of a chunk (normalised text), strongest first."""
    # Phone numbers: 9+ digits in single-space/dash groups (table columns use runs of spaces).
    blocked = blocked + [m.span() for m in PHONE_RE.finditer(text)
                         if "  " not in m.group() and sum(c.isdigit() for c in m.group()) >= 9]
    out: list[Qty] = []
    for m in NUM_RE.finditer(text):
        s, e = m.span()
        raw = m.group("num")
        if not raw.strip() or _noise(text, s, e, blocked):
            continue
        value = number_value(raw)
        if value is None or value <= 0 or value > 1_000_000:
            continue
        q = _candidate(text, s, e, raw, value)
        hedge = HEDGE_BEFORE.search(text, max(0, s - 16), s) if q.strength >= 1 else None
        out.append(Qty(hedge.start(), q.end, q.value, q.unit, q.strength, q.pack_of) if hedge else q)
    out = _inline_packs(text, out)
    cells = CELL_SEP.split(text.strip())
    if len(cells) >= 3 and re.fullmatch(r"\d{1,5}", cells[0]) and MONEY_CELL.fullmatch(cells[-1]):
        # "24  LUNCH BAG RED RETROSPOT  1.65": a row led by a whole count ends in its unit price, no count
        end = len(text.rstrip())
        out = [Qty(q.start, q.end, q.value, None, 0.2) if q.end == end else q for q in out]  # cut, never the count
    elif len(cells) >= 2 and re.fullmatch(_DIG, cells[-1]):
        # A pasted table row ("22417<TAB>60 spaceboy cake cases<TAB>24", "6308    10"): the count is the last column.
        end = len(text.rstrip())
        out = [Qty(q.start, q.end, q.value, q.unit, q.strength + 0.5, q.pack_of) if q.end == end and q.unit is None
               else q for q in out]
    out = _made_it(text, out)
    return sorted([q for q in table_row(text, out) if q.strength > 0], key=lambda q: (-q.strength, q.start))


def _made_it(text: str, out: list[Qty]) -> list[Qty]:
    """The candidates with a count a change sets ("make it 2.5 t") above every count said before it."""
    # "(Q235 8mm plate, 2t): make it 2.5 t please": the old count is said first and as strongly, the new one wins
    top = max((x.strength for x in out), default=0) + 0.3
    return [Qty(q.start, q.end, q.value, q.unit, top, q.pack_of)
            if q.strength >= 1 and any(x.end <= q.start and x.strength >= 2 for x in out)
            and MADE_IT.search(text, max(0, q.start - 24), q.start) else q for q in out]  # the scan last: it costs most


def _inline_packs(text: str, out: list[Qty]) -> list[Qty]:
    """Counts in packs take the pack size defined inline after them; the size itself is no count."""
    for m in INLINE_PACK.finditer(text):
        size = float(m.group("n") or m.group("m"))
        out = [q for q in out if not m.start() <= q.start < m.end()]
        out = [Qty(q.start, q.end, q.value, q.unit, q.strength, size)
               if q.end <= m.start() and q.unit and UNIT_WORDS.get(q.unit, ("",))[0] == "pack" else q for q in out]
    return _pack_measures(text, out) if "(" in text else out


def _pack_measures(text: str, out: list[Qty]) -> list[Qty]:
    """ "8 sets (20kg)", "1 roll YJV 3x4 (100 m)": a measure in brackets after a count of packs or sets is what one
    holds, no count of its own; one pack counts that measure."""
    for m in PACK_MEASURE.finditer(text):
        packs = [q for q in out if q.end <= m.start() and q.unit and UNIT_WORDS.get(q.unit, ("",))[0] in ("pack", "count")]
        if not packs:
            continue
        q = packs[-1]
        out = [x for x in out if not m.start() <= x.start < m.end()]
        if q.value == 1 and UNIT_WORDS[q.unit][0] == "pack":
            out = [Qty(x.start, x.end, x.value, x.unit, x.strength, float(m.group(1))) if x is q else x for x in out]
    return out


def _candidate(text: str, s: int, e: int, raw: str, value: float) -> Qty:
    """Score one number as a quantity: unit after it, marker before it, or bare."""
    if RANGE_LOW.match(text, e):
        return Qty(s, e, value, None, 0.2)  # "50到60个": the range is read as its upper end
    spec, stock = _spec_or_stock(text, s, e)
    unit_m = UNIT_AFTER.match(text, e)
    if unit_m:
        return unit_count(text, s, e, raw, unit_m, value, spec, stock)
    # "数量一样": a Chinese numeral glued to a word (一样, 一致) is that word, even after a count marker
    word = re.fullmatch(_ZH, raw) is not None and re.match(r"[\u4e00-\u9fff]", text[e : e + 1]) is not None
    if MARKER_BEFORE.search(text[max(0, s - 10) : s]) and not re.search(r"\d\s*x\s*$", text[max(0, s - 10) : s]) \
            and not word:
        return Qty(s, e, value, None, 2.8)
    if raw in ("俩", "仨"):
        return Qty(s, e, value, None, 2.0)  # 俩 / 仨 are "two / three of them": counts by themselves
    if re.fullmatch(r"[零一二两三四五六七八九十百千万半]+", raw):
        return _zh_bare(text, s, e, raw, value, spec)
    if raw.strip() in ("a", "an", "half a", "half an", "one"):
        return article_count(text, s, e, raw, value)
    return _bare(text, s, e, raw, value, spec)


def _spec_or_stock(text: str, s: int, e: int) -> tuple[bool, bool]:
    """Whether the number at [s, e) names a variant or a stock level (both no count), and whether a stock level."""
    # "please cancel the 12 mistletoe wreaths": after a cancel verb the number is the count taken off
    spec = bool(SPEC_BEFORE.search(text[max(0, s - 12) : s])) and not TAKEN_THE.search(text[max(0, s - 16) : s]) \
        and not BROUGHT_DOWN.search(text[max(0, s - 60) : s])
    stock = STOCK_BEFORE.search(text[max(0, s - 8) : s]) is not None
    return (spec and not (re.search(r"\bthe\s*$", text[max(0, s - 5) : s]) and THE_PACKS_OF.match(text, e))) or stock, stock


def _zh_bare(text: str, s: int, e: int, raw: str, value: float, spec: bool) -> Qty:
    """Score a bare Chinese numeral: mostly a word (一下, 三角带); "要一千六" is a count."""
    ok = re.search(r"[要来订买共]$", text[max(0, s - 1) : s]) and (len(raw) > 1 or value >= 10)
    ok = ok or re.search(r"[百千万]", raw) or (len(raw) > 1 and "十" in raw)  # "口罩一千五", "三十"
    if ok and (spec or OLD_VALUE.match(text, e)):
        return Qty(s, e, value, None, 0.2)  # "数量从一百改到两百": the old count
    return Qty(s, e, value, None, 1.0 if ok else 0)


def _bare(text: str, s: int, e: int, raw: str, value: float, spec: bool) -> Qty:
    """Score a bare number in digits or English words: long digit runs are rather codes."""
    strength = 0.2 if spec else 1.0 if not raw.isdigit() or len(raw) < 5 else 0.3
    off = OFF_AFTER.match(text[e : e + 5])
    if off:  # "1000 off": the trade's "this many pieces"; the word is part of the count
        return Qty(s, e + off.end(), value, None, strength + 0.6)
    if OF_AFTER.match(text[e : e + 5]):
        strength += 0.6  # "24 of the cream ones"
    elif raw.isdigit() and len(raw) <= 2 and re.search(r"\b(?:need|want|take)\s+$", text[max(0, s - 6) : s]):
        strength = 2.0  # "need 10 today for a conveyor": a small number right after "need" is a count, not a code
    return Qty(s, e, value, None, strength)


def in_history(text: str, q: Qty) -> bool:
    """Whether the quantity sits in a clause about an earlier order ("last time we bought 100")."""
    # ("24 X (double what we had) and 6 Y": a closed aside and an "and" start the next item, now)
    before = re.split(r"[,;.!?\n]|\s-\s|\)\s*(?:and|plus|&)\s", text[max(0, q.start - 40) : q.start])[-1]
    paren = text.rfind("(", max(0, q.start - 40), q.start)
    if paren >= 0 and ")" not in text[paren : q.start]:  # "上次订单(po-1102, m10x50螺栓10盒)已收货": the bracket notes the past order
        said = re.split(r"[,;.!?\n]|\s-\s", text[max(0, paren - 60) : paren])[-1]
        before = said + text[paren : q.start] if PAST_RE.search(said) and not REPEAT.search(said) else before  # ("same again as …")
    past = ([None] + list(PAST_RE.finditer(before)))[-1]
    # "上次订单里的钢板从5吨改成8吨": a change verb after the cue makes the count current again;
    # so does a repeat verb: "上次那个安全帽再来五十顶" orders fifty now.
    if not past or REPEAT_LAST.search(text, 0, q.start) or CANCELLED_AFTER.match(text, q.end) or \
            OLD_VALUE.match(text, q.end) or OLD_LATER.match(text, q.end):  # ("…100套改成150套": a change's old count)
        return False  # "按上次的再来一批：> 上次订单：…4盒": the earlier order's counts are ordered again
    rest = before[past.end() :]
    # "same again as our last order please: 10 of …": a repeat said before the cue orders the counts now
    return not NEW_VALUE.search(rest) and not REPEAT.search(before)
