"""Words beside a number that make it something other than a count wanted now: stock on hand, a habit, people,
an address, a price, a clock time, a standard, a year, a phone number."""
from __future__ import annotations

import re
from nlp.prefilter import prefiltered

# "账面120套、实际96套", "实际只有40套": the books' and the counted stock after a stocktake
STOCK_WORDS = r"(?:现存|现有|库存(?:(?:只|仅)有|(?:只|还)?剩下?)?|结存|在库|还剩|剩余?|账面|实际(?:只有|还有|有|剩)?|实盘)\s*[:：]?\s*"
STOCK_BEFORE = re.compile(STOCK_WORDS + "$")
THE_PACKS_OF = re.compile(r"\s*(?:(?:bags|boxes|packs|cases|cartons|rolls|tubs|pails|tins|jars|bottles)\s+of\b|(?:pieces|pcs|units)\b(?!\s+of\b))")  # "the 4 bags of 500g", "…, the 12 pieces": counted
# ("take the baskets off my order (the 6)": the bracket's count is read with the cancel, taken_off.BRACKET_COUNT)
TAKEN_THE = re.compile(r"\b(?:cancel|remove|scrap|drop)\s+the\s*$", re.I)
STANDING = re.compile(r"\b(?:send|deliver|supply|need|want|order|take|have|get)\b[^,.;!?\n]*$", re.I)  # "we need 20 every week" (not "she sends")
# "make it 2.5 t", "can you change that to 150": the count a change sets (after the one it replaces)
MADE_IT = re.compile(r"\b(?:make|change|up|increase|reduce|bump|bring|put)\s+(?:it|that|this|them|those|the order|the qty|the quantity)\s+(?:up\s+|down\s+)?(?:to\s+)?$", re.I)
# ("we go through about a carton a week": a habit too)
RATE_AFTER = prefiltered(r"(?:\s+[a-z'-]+){0,2}\s+(?:(?:a|per)\s+(?=(?:day|week|fortnight|month|year)\b)|every\s+|each\s+)(?:day|week|fortnight|month|year|season|term|christmas|summer|winter|spring|autumn|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b", re.I)
# ("2 of our staff", "3 of us": some of a group of people, no goods either)
PEOPLE_AFTER = prefiltered(r"\s*(?:of us\b|(?:of (?:our|the|my|your|their) )?(?:new |more |extra |other )?(?:starters?|workers|"
                           r"employees|staff|people|guests|visitors|pupils|students|members|volunteers|residents|patients|tenants|"
                           r"cubs|scouts|dancers|rooms|bedrooms)\b(?!\s*(?:of|x)\b))", re.I)
# "Spade Blue - 2 left", "only 3 boxes remaining", "5 on hand": what is still on the shelf is a stock level, no count
# wanted (not "left-handed", "left side", "3 left and 3 right": a side; nor "20 left in stock?" asked of the seller)
HELD_AFTER = re.compile(r"\s*(?:(?:pcs|pieces|units|boxes|packs)\s+)?(?:left|remaining|on hand)\b(?![\s-]*(?:hand|handed|side)\b)(?!-)"
                        r"(?!\s+in (?:your )?stock\b)(?![^.,;:!?\n]{0,25}\bright\b(?!\s+(?:now|away|here|there)\b))", re.I)


# "we've 2 discs left", "only 3 bags left": what the sender still holds, the goods named between count and "left"
_HOLDER_END = re.compile(r"\b(?:we(?:'ve| have)(?: got)?|i(?:'ve| have)(?: got)?|(?:we're |we are )?down to|only|just)\s*$", re.I)
_NAMED_LEFT = re.compile(r"\s+(?:[a-z-]+\s+){1,2}left\b(?![\s-]*(?:over|hand|handed|side)\b)", re.I)


def held(text: str, s: int, e: int) -> bool:
    """Whether the count at [s, e) is stock still on the shelf: "2 left" (not "the 12 remaining", the rest wanted), or
    goods named between the count and "left" by their holder ("we've 2 discs left")."""
    if HELD_AFTER.match(text, e):
        return not re.search(r"\bthe\s+$", text[max(0, s - 5) : s], re.I)
    return bool(_HOLDER_END.search(text, max(0, s - 24), s) and _NAMED_LEFT.match(text, e))


# "2 quick questions:", "3 things to check": a count of what is said or asked, no goods
# ("we're getting three prices", "3 quotes from other firms": how many offers are compared, no goods)
# ("one small thing: …", "one quick question": a single thing said is no count either)
TALK_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?(?:questions?|quer(?:y|ies)|things?|points|issues|problems|prices|quotes|quotations|bids|tenders)\b", re.I)
# "no 2 alike", "no two the same": a variety asked for, no count (after "no", as "none")
# "our shop was 5 short of … last summer": a shortfall that already happened is history, no count wanted now
# (not "the delivery was 5 short (of the …)": what a delivery lacked, a complaint's count)
_WAS_SHORT = (re.compile(r"\b(?:was|were|came|arrived|ended up|ran)\s*$", re.I), re.compile(r"\s*short\s+of\b(?!\s+(?:the|our|my|what)\b)", re.I))
_NONE_ALIKE = re.compile(r"\s*(?:alike|the same|identical|matching)\b", re.I)
# "Shop 14, Arcade Row", "Unit 7, Brook Ind Est", "3 Church Walk": street words no product name here uses
# (not "road cones"; nor "14 for the terrace", "6 for our yard": a street's name is no "for", "the" or "our")
STREET_AFTER = prefiltered(r",?\s+(?:(?!(?:for|the|our|my|a|an|in|on|at|to|of|from|by|with|into|outside|round|around)\s)[a-z]+\s+){1,2}(?:rd|road|street|st|lane|avenue|ave|drive|crescent|close|court|row|mews|"
                           r"terrace|grove|yard|arcade|walk|square|parade|estate|(?:industrial|ind\.?)\s+est(?:ate)?|business park|"
                           r"trading estate)\b\.?(?=\s*(?:[,.;\n]|$))", re.I)
PRICE_NEAR = prefiltered(r"(?:[£$€¥￥]|\brmb|\busd|\bgbp|\beur|\bcny|@|(?<!you )(?<!u )(?<!pls )(?<!please )(?<!to )\bprice|单价|价格|(?:[@£$€]\s*\d[\d,.]*|\d\.\d\d)\s*=)\s*$", re.I)  # "@ 9.95 = 39.80" a line total
# (after "can you", "please", "to" price is the verb: "can you price 20 doormats" asks about twenty)
CLOCK = re.compile(r"(?<![\d:])\d\d?:\d\d(?![\d:])|(?<=\d:)\d\d(?![\d:])")  # both halves of "10:40"
STANDARD_BEFORE = re.compile(r"\b(?:EN|ISO|DIN|BS|ASTM|ANSI|GB/?T?)\s*(?:\d{3,}(?:[-:.]\d+)*\s*(?:type\s*)?)?$", re.I)
YEAR = prefiltered(r"19[5-9]\d|20[0-3]\d")
PHONE_RE = prefiltered(r"\+?\(?\d[\d()\-. ]{7,}\d")


def talk_after(text: str, s: int, e: int) -> bool:
    """Whether the number at [s, e) counts what is said or asked, none alike, or a past shortfall ("2 questions",
    "no 2 alike", "we were 5 short")."""
    before = text[max(0, s - 12) : s]
    return bool(TALK_AFTER.match(text, e) or (_NONE_ALIKE.match(text, e) and re.search(r"\bno\s*$", before, re.I))
                or (_WAS_SHORT[1].match(text, e) and _WAS_SHORT[0].search(before)))


# "8 packs of the skull plates (that's 48 plates)": a count restated in other units in brackets is no count of its own
RESTATED_BEFORE = prefiltered(r"\(\s*(?:that(?:'?s| is)?|i\.?e\.?,?|=)\s*$", re.I)


# "Total 40 x vintage bunting, split between the shops": a total counted "x" an item's words is that item's count
# (not "Total: 34 x items", a sum over the lines)
_TOTAL_END = re.compile(r"\btotal:?\s*$", re.I)
_TIMES_ITEM = re.compile(r"\s*x\s+(?!(?:items?|units?|lines?|pcs|pieces|products|skus)\b)[a-z]{3,}", re.I)


def totalled_item(before: str, after: str) -> bool:
    """Whether a number after "total" is counted "x" an item's words ("Total 40 x vintage bunting")."""
    return bool(_TOTAL_END.search(before) and _TIMES_ITEM.match(after))
# "the catalogue for 2027", "codes from your 2026 brochure": a year, no count
YEAR_PREP_END = re.compile(r"\b(?:for|in|of|since|until)\s+$")
YEAR_DOC_NEXT = re.compile(r"\s*(?:[a-z]+\s+)?(?:brochures?|catalogues?|catalogs?|price ?lists?|range|collection|edition)\b", re.I)


# "2 of the bird ornaments chipped", "4 of the mugs were broken": goods reported damaged on arrival, a complaint's
# count, no goods wanted (not "the 3 broken mugs", which a replacement may count)
_DAMAGED_AFTER = re.compile(r"\s+of (?:the|them|those|these)\b(?:\s+[\w'-]+){0,4}?\s+(?:(?:were|was|came|arrived|got)\s+)?"
                            r"(?:chipped|cracked|broken|smashed|damaged|dented|scratched)\b", re.I)


def damaged(text: str, e: int) -> bool:
    """Whether the number ending at e counts goods reported damaged ("2 of the bird ornaments chipped")."""
    return bool(_DAMAGED_AFTER.match(text, e))


# "bring the red ones down to 4", ", the heart warmers down to 12" (no verb): the count asked now ("we're / the mugs are down to 4": stock)
_DOWN_BY = r"\b(?:bring|take|cut|drop|knock|reduce|put|scale|turn)\b|(?:^|[,:;]\s*)(?:the|those|these)\s(?![^.?!,;\n]*\b(?:is|are|was|were|'s|'re|we|i)\s)"
BROUGHT_DOWN = re.compile(rf"(?:{_DOWN_BY})[^.?!,;\n]{{0,40}}\bdown to\s*$", re.I)
