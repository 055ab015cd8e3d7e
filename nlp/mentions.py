"""Mention text: what is left of a chunk once counts, dates, references and filler are gone."""
from __future__ import annotations

import re
from functools import lru_cache

from nlp.attributes import COLOURS, LETTER_SIZES, SAME_SIZE, SIZES, attributes
from nlp.branches import OWN_PLACE, PER_PLACE, SENT_TO
from nlp.breakdowns import ZH_PLACE
from nlp.clean import PO_BOX
from nlp.glossary import zh_colours
from nlp.inner_packs import DECLARED
from nlp.pipeline import CONTENT_RE
from nlp.quantities import Qty
from nlp.text import content_text, is_cjk, terms
from nlp.units import UNIT_WORDS
from nlp.prefilter import prefiltered

# "订货：" heads a list and names nothing, nor do "昨天下的单里面" (tried before 订 / 发 / 要 / 里 alone)
# "我们项目部要一百支", "咱们车间": the buyer's own unit or site names no goods
# "我是老张啊": who is speaking names no goods either (not "我是要…", "I do want")
ZH_FILLER = re.compile(r"我是(?![要想需说])[\u4e00-\u9fff]{1,12}?(?=[\s,.]|$)|(?:我们|咱们|我司|本)[\u4e00-\u9fff]{0,2}?(?:项目部|项目上|项目|车间里?|工地上|工地|现场|工厂|厂里|公司|仓库|班组|部门|门店|店里|店)|"
                       # "第2行槽钢取消": a row of the earlier order referred to, no size; "M8螺母从2000改成1000": the count
                       # changed from is no size of the goods either
                       r"第\s*[\d一二三四五六七八九十]+\s*(?:行|项)的?|"
                       r"从\s*[\d一二两三四五六七八九十百千万]+\s*(?:[个只套盒箱吨卷桶包条根支米]\s*)?(?=改|变|减|加|调|到)|"
                       r"订货|要货|进货|发货|到货|货物|物料|清单|明细|如下|以下|里面|下的单|下单|"
                       r"昨天|前天|上周|上星期|上个月|这周|本周|刚才|刚刚|"
                       # "客户问：…她想要50个": who asks or wants, on someone's behalf, names no goods
                       r"(?:客户|顾客|对方)(?:问|说|想|要求)|(?:她|他|客户|顾客|对方)?想(?=要|订|买)|"
                       r"^[\u4e00-\u9fff]{1,2}(?:工|总|经理|老板|师傅|姐|哥)(?=\W|$)|你好|您好|麻烦|帮忙|帮我|请|需要|"
                       r"报个价|报价|询价|(?:(?<=也)|(?<=一起)|(?<=再))报(?![告废销表修警名备到关])|报(?=一下)|价格|批发价|零售价|单价|多少钱|几多钱|还有多少|有多少|多少|几|有没有货|有没有|还有吗|有吗|安全库存|库存|现存|需补|待补|补货|现货|左右|大概|急用|"
                       r"尽快|这边|那边|这次|那个|这个|就是|然后|取消|订单|里|呢|还是|数量|不变|不要|不用|不需要|改成|改为|换成|"
                       r"合计|总计|共计|要|订购|采购|下单|订|发|送|来|给我们|我们|一下|谢谢|吧|呢|啊|的|了|先|就|共|每种|每样|每款|各|再|一共|总共|"
                       # follow-ons and repeats name no product: "8厚的也一样", "老规格的焊条再拉六十箱过来"
                       r"也|一样|同样|照旧|老规格|老样子|老款|上次|上回|之前|还有|有货|吗|(?<=再)[拉加]|[拉加](?=[一二两三四五六七八九十百千万\d]|过来)|过来|"
                       # "焊丝那十盘", "这批": a demonstrative before a count (cut out already) or 些/批 points, naming nothing
                       r"[这那](?:些|批)|[这那](?=[\s一二两三四五六七八九十百千\d]|$)|^那(?:么|就)?")
# "咖啡馆用的杯子", "给餐厅订的蛋糕架", "送到店里的": where the goods go or what they are used in is no word of the item
# (a place said as the item's style, "咖啡馆款的杯子", "储物罐咖啡馆", has no 用 and no 给 before it)
_ZH_PLACES = r"(?:茶餐厅|咖啡厅|奶茶店|花店|民宿|饭店|餐馆|茶馆|面包店|甜品店|" + ZH_PLACE[3:]
ZH_USE = re.compile(r"(?<![\u4e00-\u9fff])(?:(?:给|为|送到|发到|寄到)(?:我们|咱们|我司|自己|新开的|新)?的?" + _ZH_PLACES
                    + r"(?:里|那边|这边)?(?:用的?)?|(?:我们|咱们|我司|自己|新开的|新)?的?" + _ZH_PLACES
                    + r"(?:里|那边|这边)?用的?)")
# "…要12个，小的6个": a size word said alone with 的 names the family's size variant (like 小号), not filler
BARE_SIZE = prefiltered(r"(?<![\u4e00-\u9fff])([大小])的")
ZH_PRICE = re.compile(r"[¥￥]?\d+(?:\.\d+)?\s*(?:元|块钱|块)(?:\s*/\s*[\u4e00-\u9fffa-z]+)?")  # "4850元/吨"
TINT = re.compile(r"\b(?:(grey|gray|green|pink|yellow|black|white|purple|brown|orange)ish|(red)dish|blu(ish))\b", re.I)
# "the bigger size", "in the smaller ones": a comparative asks for the size word itself, and "size" after a size
# word adds nothing the item's name says (it only dilutes the match).
COMPARATIVE = re.compile(r"\b(?:(big)g|(larg)|(small))(?:er|est)\b", re.I)
SIZE_NOUN = re.compile(r"\b(small|big|large|medium|little|mini|jumbo)\s+sized?\b", re.I)
ASKING = prefiltered(r"\blooking for\b|\bon the lookout for\b", re.I)  # "looking for about 30": no "looking" mirror
PACK_DEF = prefiltered(r"\b(?:ctn|carton|case|box|pack|pk|outer)s?\s*(?:=|is)\s*\d+\b(?:\s*,?\s*(?:i|we)\s+(?:think|believe|reckon|guess)\b)?", re.I)  # "(ctn = 12)" sizes the count
# "bunting please, for the jubilee window": what it is for (not a heading: "hi, for the X job: items …")
# ("hi, for a wedding in october i need 150 of the …", "hello, for my wedding favours could you quote me for …": a
# clause going on to say what is needed or asked for is more than a purpose)
PURPOSE = re.compile(r",\s*for (?:the|our|my|a|an)\s(?![^,;:]*\b(?:(?:i|we)(?:'d| would)? (?:need|want|like)|"
                     r"(?:could|can|would) you (?:quote|price|send|supply|do)|please (?:quote|send|supply))\b)[^,;:]*$", re.I)
REFERENCE = prefiltered(r"(?:\border|\bpo|\binvoice|\bref|\baccount|\bticket|\breq(?:uisition)?\b|订单|单号|合同)\s*(?:no\.?|number|#)?\s*[:：#]?\s{0,2}"
                        r"(?!m\d{1,2}(?![\d-]))[a-z0-9-]*\d[a-z0-9/-]*", re.I)  # not "order: [4 x] dn50" once the count is blanked out
# ("订单：M12×50 螺栓 4盒": a thread size M6…M64 after 订单 is the goods, no order number)
# "please cancel that line (100 pcs)", "lines 1 and 3 approved" (a bare "lines" once its numbers are cut): a line of
# the order, no PHOTO CLIP LINE
# ("Lines received: 3 of 3", "lines outstanding": a delivery's lines counted, no PHOTO CLIP LINE either)
LINE_REF = prefiltered(r"\b(?:that|this|the|those|these|each|both|other|all)\s+lines?\b|\blines?\s+\d+(?:\s*(?:,|and|&)\s*\d+)*|^\W*lines?\W*$|"
                       r"\blines?\s+(?:received|delivered|shipped|picked|outstanding|missing|short|open|matched)\b", re.I)
# "Howdy from Lone Star Gifts in Austin TX!", "greetings from Nairobi": a greeting from a shop or a town signs the
# message, no goods ("Dawn @ Gala Bingo" is read as a line and dropped by destinations.SELF_INTRO, which checks the name
# against the catalogue)
GREETING_FROM = prefiltered(r"^\W*(?:hi|hello|hiya|hey|howdy|greetings|g'day|(?:good )?(?:morning|afternoon|evening))"
                        r"(?:\s+(?:all|there|folks|y'all|everyone))?\W*\s+from\s+[a-z'&.]+(?:\s+[a-z'&.]+){0,6}\W*$", re.I)
# "the last invoice (INV-20931)", "our PI-1130", "ref LAB-CHEM-1193", "P.O. Box 41822-00100": a document's or an
# address's code holds digits that are no SKU and a "box" that is no goods
DOC_CODE = prefiltered(r"\b(?:inv|pi|po|so|cn|qt|quo|ref|acct|ord|grn|rfq|req|wo|lab|q)(?:[-/#][a-z]{0,6})*[-/#]\s?\d[a-z0-9/-]*|" +
                       PO_BOX + r"[\d-]+", re.I)
# "the BV earth wire from DC-FAC-0932": the order it is on, by a letters-and-digits reference with no order word
FROM_REF = prefiltered(r"\bfrom\s+(?:our\s+|the\s+)?[a-z]{2,5}-(?:[a-z0-9]+-)*\d{3,}[a-z0-9]*\b", re.I)


def cut(body: str, s: int, e: int, spans: list[tuple[int, int]]) -> str:
    """Chunk text with the given spans blanked out."""
    chars = list(body[s:e])
    for a, b in spans:
        for i in range(max(a, s), min(b, e)):
            chars[i - s] = " "
    return "".join(chars)


LONE_TIMES = prefiltered(r"(?:^|\s)[x×](?=\s*$)|(?<=\S)\s+×(?=\s|$)")
RANGE_LEFT = re.compile(r"(?:^|\s)[到至~](?=\s|$)")  # what is left of a range "50到60个"
LEAD_OF = re.compile(r"^\W*(?:of|off)\b", re.I)
TAIL_OF = prefiltered(r"\b(?:of the|of|the)\s*$", re.I)
SPACES = prefiltered(r"\s+")
# "size L" said before "the blue ones in medium": a letter size goes with the word sizes
ANY_SIZE = SIZES | frozenset(SAME_SIZE) | frozenset(LETTER_SIZES)


@lru_cache(maxsize=4096)  # the same chunk text is cleaned again for each count reading tried
def mention_text(text: str) -> str:
    """The product words of a chunk: filler, references, punctuation and stray separators dropped."""
    text = DOC_CODE.sub(" ", LINE_REF.sub(" ", FROM_REF.sub(" ", REFERENCE.sub(" ", text))))
    text = GREETING_FROM.sub(" ", PURPOSE.sub(" ", text))
    text = PER_PLACE.sub(" ", text)  # "4 x cafe mug per site": how the count is meant, no word of the item
    text = SENT_TO.sub(" ", OWN_PLACE.sub(" ", text))
    text = PACK_DEF.sub(" ", text)
    text = ASKING.sub(" ", text)
    text = NOT_VARIANT.sub(" ", text)  # "the cake stands (white pls not pink)": the variant refused names no goods
    text = TINT.sub(lambda m: m.group(1) or m.group(2) or "blue", text)  # "greyish", "bluish": the colour itself
    text = COMPARATIVE.sub(lambda m: m.group(1) or (m.group(2) and "large") or m.group(3), text)
    text = SIZE_NOUN.sub(r"\1", text)
    if is_cjk(text):  # every Chinese price and filler pattern holds a CJK character
        text = BARE_SIZE.sub(r"\1号", ZH_PRICE.sub(" ", text))
        text = ZH_FILLER.sub(" ", DECLARED.sub(" ", ZH_USE.sub(" ", text)))  # "一件10个": what a case holds names no goods
    text = RANGE_LEFT.sub(" ", text)
    text = LEAD_OF.sub(" ", text.strip())
    text = TAIL_OF.sub(" ", text)
    text = LONE_TIMES.sub(" ", text)  # "轴承6206 x [30套]": the count's mark, left when the count is cut
    return SPACES.sub(" ", text.strip(" ,.;:-|\t()[]*")).strip()


NOT_VARIANT = re.compile(r"(?<!,)(?<!, )\b(?:not|no) (?:the )?(?:" + "|".join(sorted((w for w in COLOURS | SIZES if w.isascii()), key=len, reverse=True))
                         + r")\b(?: ones?)?", re.I)
NOT_FAMILY = re.compile(r"[a-z]*\d[a-z0-9.x*#-]*|[红蓝黄绿黑白灰][色的]?|\b(?:red|blue|green|black|white|pink|grey|yellow)\b|"
                        r"(?:xxl|xl|xs|[sml])?码|号|\b(?:xxl|xl|xs|[sml])\b")


@lru_cache(maxsize=4096)
def family(mention: str) -> str:
    """Product-family words of a mention: codes, numbers, colours and sizes dropped
    ("二保焊丝1.2" -> "二保焊丝", "red retrospot lunch bags" -> "retrospot lunch bags")."""
    # "奶油色的呢": every colour the glossary knows names a variant, not the family
    return SPACES.sub(" ", NOT_FAMILY.sub(" ", zh_colours().sub(" ", mention) if is_cjk(mention) else mention)).strip(" ,")


def vary(context: str, mention: str, distinct: frozenset = frozenset()) -> str:
    """The earlier mention without what this follow-on replaces: its colour when a colour is named,
    its size when a size is, else the words that set the earlier item apart ("owl" before "union jack")."""
    if _SEAL.search(mention) and _SEAL.search(context):
        return " ".join(_SEAL.sub(" ", context).split())  # "6205 2RS … and the same in ZZ": the bearing kept, its seal swapped
    colours, sizes = attributes(terms(mention))
    drop = (COLOURS if colours else frozenset()) | (ANY_SIZE if sizes else frozenset())
    if not colours and not sizes:
        drop = distinct
    kept = CODE_TOKEN.sub(" ", context).split()
    words = [w for w in kept if not set(terms(w)) & drop]
    if len(words) == len(kept) and drop is not distinct and _ONES.search(mention):
        # "union jack hand warmers … the red polka dot ones": no colour said before, so the design words go
        # (only for a mention pointing back by "ones": "… with the red apples on" may name an item of its own)
        words = [w for w in kept if not set(terms(w)) & distinct]
    return " ".join(words) if len(words) < len(kept) else ""


CODE_TOKEN = prefiltered(r"[a-z]*\d[a-z0-9.x*#-]*")
_ONES = re.compile(r"\bones?\b")
_SEAL = re.compile(r"(?:(?<=\s)|(?<=\d)|^)-?(?:2rs|zz|2z)\b|\bopen\b")  # a bearing's seal code, glued to its number or not


def substitute(context: str, mention: str) -> str:
    """The earlier mention without the codes shaped like this mention's ("" when the mention has no code)."""
    # "ss400 6厚" and "8厚" give "ss400 厚"; "10mm 16mn plate" and "8mm" give "16mn plate".
    shapes = {re.sub(r"\d+(?:\.\d+)?", "9", t) for t in CODE_TOKEN.findall(mention)}
    if not shapes:
        return ""
    kept = CODE_TOKEN.sub(lambda m: m.group(0) if re.sub(r"\d+(?:\.\d+)?", "9", m.group(0)) not in shapes else " ",
                          context)
    if kept == context and family(mention):
        return ""  # "6205轴承" after a plate names its own family
    # "SS400 plate" then "8mm": no earlier code of that shape, so the bare spec adds to the grade named before.
    return re.sub(r"\s+", " ", kept).strip()


def new_head(context: str, mention: str) -> str:
    """The earlier mention's leading words, for a follow-on naming a new item noun ("babushka nesting boxes",
    "and the stacking tins" -> "babushka"): English puts the noun last, the words before it carry over."""
    own = content_text(mention).split()
    said = content_text(re.sub(r"\([^)]*\)?", " ", context)).split()
    return " ".join(said[: -len(own)]) if own and len(said) > len(own) else ""


def unsuffixed(context: str, mention: str) -> str:
    """The earlier mention with its codes' variant suffixes cut ("6205-2rs" -> "6205"), for a mention that
    names another variant without the number ("zz", "开式"); "" when nothing is cut or the mention has a number."""
    if re.search(r"\d{3}", mention):
        return ""
    # "6205-2rs", "6205 2rs" (a short code after a space: not "6205 bearings")
    kept = re.sub(r"(?<![a-z0-9])(\d{3,})(?:-?|\s(?=[a-z0-9]{2,3}(?![a-z0-9])))[a-z0-9]*[a-z][a-z0-9]*(?![a-z0-9])",
                  r"\1", context)
    return kept if kept != context else ""


def trimmed(mention: str, misleads=lambda purpose: True) -> list[str]:
    """The mention without what may head it before a colon, without a purpose after it that `misleads` the
    reading, and without both ("new order for the x kitchen: blue egg cups", "pantry aprons for the pub kitchen")."""
    after = mention.rsplit(": ", 1)[-1]
    purpose = TRAILING_PURPOSE.search(after)
    bare = [after, SIGNED_OFF.sub(r"\1", after), BRACKET_TAIL.sub("", after), DASH_ASIDE.sub("", after), REF_BRACKET.sub("", after)]
    bare += [TRAILING_PURPOSE.sub("", mention), TRAILING_PURPOSE.sub("", after)] if purpose and misleads(purpose.group(0)) else []
    return [t for t in dict.fromkeys(bare) if t != mention and has_terms(t)]


# "gate valves (asset tags FV-101 to FV-106)", "(ref 88-1)", "(for job 5520)": a bracket of the buyer's references names no goods
# (not "(for job M12 stainless)": a size or material in the bracket still says which item)
REF_BRACKET = re.compile(r"\s*\((?:asset|tags?\b|ref\b|reference|wo\b|work order|job\b|for job|po\b|acct|account|cost cent)"
                         r"(?![^()]*\b(?:m\d{1,2}(?:x\d+)?|dn\d+|\d+(?:\.\d+)?\s?mm|stainless|zinc\w*|galv\w*|brass|nylon)\b)[^()]*\)?\s*$", re.I)
# "birdcage holders (the hanging bird cage ones, white metal)": a bracket describing the item in other words
BRACKET_TAIL = re.compile(r"\s*\((?=[^()\d]*(?:,|\bones?\b))[^()\d]*\)?\s*$")
# "6 of the pantry aprons please, Copper Pan": after a closing "please," / "thanks," come the sender's names
SIGNED_OFF = re.compile(r"(\b(?:please|pls|thanks|thank you|cheers))\s*,\s*[^,;:]*$", re.I)
# "18 owl mugs - the youth club is opening a cafe": a dash opening a clause of its own (a subject and an
# auxiliary verb) says why, not which item ("mugs - the owl one" describes the item and stays)
DASH_ASIDE = re.compile(r"\s+[-–]\s+(?:the|our|my|we|i|it|they|she|he|this|that)\b(?=[^,;:]*(?:\s(?:is|are|was|were|has|have|had|will|"
                        r"would|can)|'(?:s|re|m|ll|ve))\s)[^,;:]*$", re.I)
TRAILING_PURPOSE = re.compile(r"\s+for (?:the|our|my|a|an|his|her|their)\s[^,;:]*$", re.I)


def lines_content(body: str, s: int, e: int, qtys: list[Qty]) -> bool:
    """Whether a chunk has product words besides its quantities."""
    return has_terms(mention_text(cut(body, s, e, [(q.start, q.end) for q in qtys])))


# "M码二十盒": a letter size with 码/号 names a variant of the item before (not the metre unit "m")
LETTER_SIZE = re.compile(r"(?<![a-z])x{0,3}[sml]\s*[码号]")


def has_terms(mention: str) -> bool:
    """Whether a mention holds any product word once stop words, unit words and filler are gone."""
    return bool(CONTENT_RE.search(mention)) and any(t not in UNIT_WORDS for t in terms(mention)) or \
        LETTER_SIZE.search(mention) is not None
