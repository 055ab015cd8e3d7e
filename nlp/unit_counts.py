"""A number with a unit word after it, scored as a count: multipliers, halves and tenths, pack sizes, pack talk."""
from __future__ import annotations

import re

from nlp.numbers import EN_COUNT_UNITS, ZH_DIGITS
from nlp.qty import Qty
from nlp.units import UNIT_WORDS
from nlp.prefilter import prefiltered

ZH_UNIT = "|".join(sorted((w for w in UNIT_WORDS if not w.isascii()), key=len, reverse=True))
PACK_UNIT = "|".join(sorted((w for w, (k, _) in UNIT_WORDS.items() if k == "pack" and w.isascii()), key=len, reverse=True))
# "3 boxes of 50", "2 rolls x 100m", "4 lengths of 6m": what each counted pack holds (a whole number, not a size).
PACK_OF = re.compile(r"\s*(?:of|x|@)\s*(?P<n>\d+)(?!\d|\.\d|\s*(?:inch|in\b|mm|cm|g\b|grams?\b|\"|寸))"
                     r"(?:\s*(?:pcs|pieces|each|/\w+|m\b|metres?\b|meters?\b|mtrs?\b|kgs?\b|l\b|litres?\b|liters?\b))?", re.I)
PACK_DESC = re.compile(r"\s*(?:一|/|每)\s*(?:盒|箱|卷|桶|盘|包|组|捆|袋|听|支|根|件|套|副)|\s*装(?![车货好上])")  # "(20盒装)"
PACK_DESC_BEFORE = re.compile(r"(?:\d|[一二两三四五六七八九十百千])\s*(?:公斤|千克|kg|米|升|只|个|片|根|双|张|支|条|块|颗|粒)\s*$")
ZH_PACK = "箱|盒|包|卷|桶|袋|捆|组|件"
HOLDING = frozenset(ZH_PACK.split("|")) | {u for u, (k, _) in UNIT_WORDS.items() if k == "pack" and not u.isascii()}  # "一件=12个": 件 too
ZH_NUM = r"\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+"
PER_PACK = re.compile(rf"(?:每|(?<![\d一二两三四五六七八九十百千.])[一1])(?:{ZH_PACK})(?:装|[都就]?是|都?有|=)?\s*$")  # "一箱是48个"
PACK_IS = re.compile(rf"(?:每|(?<![\d一二两三四五六七八九十百千.])[一1])(?:{ZH_PACK})(?:[都就]?是|都?有)\s*$")  # "一件都是24个": says, orders nothing
ONE_HOLDS = re.compile(rf"\s*(?:(?:装|[都就]?是|都?有|=)?\s*(?:{ZH_NUM})\s*(?:{ZH_UNIT})|[(（]\s*(?:{ZH_NUM})\s*(?:{ZH_UNIT})\s*装)")  # "一箱二十盒": what one pack holds, no count
TENTH = re.compile(r"([一二两三四五六七八九])(?=$|[^\u4e00-\u9fff]|左右|的|就|吧|即可|够)")
# (a count only before a new count: "十箱改成4.0的" swaps the size, its ten boxes stand)
OLD_VALUE = prefiltered(r"\s*,?\s*(?:改成|改为|改到|换成|减到|加到|减为|加为)\s*(?!\d+\.\d+\s*(?:的|mm|毫米|$))(?=\d|[一二两三四五六七八九十百千]|$)")
# "昨天订的24个蜡烛台改成36个": a count before the name, a new count set later in the same clause
OLD_LATER = re.compile(rf"[^，,。;；!！?？\n]{{1,20}}?(?:改成|改为|改到|减到|加到|减为|加为)\s*(?:{ZH_NUM})(?![\d.一二两三四五六七八九十百千]|\s*[号日月点周])")  # (not "改到5号": a day)
# "B-1600皮带原订20条，先取消10条": the count first ordered, before the one taken off or set anew
OLD_BEFORE = re.compile(r"(?:原订|原定|原来订?的?|原先订?的?|本来订?的?|之前订的?)\s*$")
PIECES_BRACKETED = re.compile(rf"\s*[(（]\s*(共|一共|总共|合计)?\s*(?:{ZH_NUM})\s*[个只支把条根片]\s*[)）]")
AND_A_HALF = re.compile(r"\s+and a half\b", re.I)
KIND_OF = re.compile(r"的(?:那种|那款|这种|这款)")
# "三个款式果酱、咖啡馆…各200个", "两个颜色": a number of kinds, not of goods
KINDS_AFTER = re.compile(r"\s*(?:款式|款|种类?|颜色|花色|系列|规格|型号)")
# "8 piece dinosaur set", "3piece cookie cutter set": a singular "piece" naming how many pieces a set holds, no count
# (the phrase ends in a set's word; "send 50 piece red mugs", a buyer's unit, still counts 50)
PIECE_NAMED = re.compile(r"\s*(?!(?:of|each|per|please|pls|and|for|in|to|x|at|@)\b)(?:[a-z][a-z'-]*\s+){0,5}?"
                         r"(?:sets?|kits?|puzzles?|jigsaws?|collections?|suites?)\b", re.I)
COUNTED_AFTER = re.compile(r"\s+(pairs?|pcs|pieces|units|sets)\b", re.I)


def unit_count(text: str, s: int, e: int, raw: str, unit_m: re.Match, value: float, spec: bool, stock: bool) -> Qty:
    """Score the number at [s, e) whose unit word `unit_m` follows it (`spec`: it names a variant, `stock`: a stock level)."""
    unit, end = _unit_word(text, unit_m)
    if unit == "x" and len(raw) >= 3 and re.match(rf"\s*\d+(?:\.\d+)?\s*(?:{ZH_UNIT})", text[end:]):
        return Qty(s, e, value, None, 0)  # "轴承6206 x 30套": a model number, the count is after the x
    if unit == "x" and len(raw) >= 5 and raw.isdigit() and re.match(r"\s*\d{1,4}(?![\d.]|\s*(?:mm|cm|m\b|inch|x|\*))", text[end:]):
        return Qty(s, e, value, None, 0)  # "22720 x 6": a five-digit stock code, the count is after the x
    if unit == "piece" and value >= 2 and PIECE_NAMED.match(text, end):
        return Qty(s, e, value, None, 0.2)  # "eight piece dinosaur set": how many pieces one set holds, a name's word
    # "the swirly marbles 500g bags", "(500g swirly)": a weight before more words of the goods names them (not "500 g of")
    if unit in ("g", "gram", "grams") and re.match(r"\s*(?!(?:of|each|per|if|or|and|not|for)\b)[a-z]{3,}", text[end:]):
        return Qty(s, e, value, None, 0.3)
    strength = _unit_strength(text, s, end, unit, spec, stock)
    if unit in EN_COUNT_UNITS and unit not in ("pair", "pairs"):  # "2 doz" is 24 pieces
        # "5 dozen pairs": the word after the multiplier says what is counted, it names no product
        what = COUNTED_AFTER.match(text, end)
        counted = "pairs" if what and what.group(1).lower().startswith("pair") else "pcs"
        return Qty(s, what.end() if what else end, value * EN_COUNT_UNITS[unit], counted, strength)
    value, end = _fractions(text, end, unit, value)
    return _packed(text, s, end, value, unit, _pack_talk(text, s, end, unit, value, strength))


def _unit_word(text: str, unit_m: re.Match) -> tuple[str, int]:
    """The unit word and where it ends."""
    unit = (unit_m.group("en") or unit_m.group("zh")).lower()
    end = unit_m.end()
    times = re.match(r"\s*(dozen|doz|dz|gross)\b", text[end:], re.I) if unit == "x" else None
    if times:  # "1 x gross", "3 x dozen": the multiplier names the count unit
        unit, end = times.group(1).lower(), end + times.end()
    return unit, end


def _unit_strength(text: str, s: int, end: int, unit: str, spec: bool, stock: bool) -> float:
    """How sure a count with this unit is, before what follows the unit is read."""
    strength = 0.4 if spec else 3.0 if unit not in ("x", "t", "m", "g", "l", "no") else 2.5
    if stock or (spec and PER_PACK.search(text[max(0, s - 4) : s])) or PACK_IS.search(text, max(0, s - 6), s):
        strength = 0.2  # "每盒100个", "现存2套": what a pack holds, a stock level, left out of the name like an old value
    if unit in ("pc", "piece", "pieces") and re.match(r"\s*[a-z]", text[end:]) and not \
            re.match(r"\s*(?:of|each|and|please|pls)\b", text[end:]):
        strength = 1.5  # "11pc tea set", "9 piece baking set": a size, unless nothing better
    return strength


def _fractions(text: str, end: int, unit: str, value: float) -> tuple[float, int]:
    """The value with a half or tenth said after the unit added, and where the count then ends."""
    if text.startswith("半", end):
        value, end = value + 0.5, end + 1  # 三吨半 = 3.5 t
    half = AND_A_HALF.match(text, end) if UNIT_WORDS[unit][0] in ("mass", "length", "volume") else None
    if half:
        value, end = value + 0.5, half.end()  # "a tonne and a half" = 1.5 t
    tenth = TENTH.match(text, end) if unit in ("吨", "米", "公斤", "斤") else None
    if tenth:  # 一吨二 = 1.2 t, 一米五 = 1.5 m: a lone digit after the measure is its tenths
        value, end = value + ZH_DIGITS[tenth.group(1)] / 10, tenth.end(1)
    return value, end


def _pack_talk(text: str, s: int, end: int, unit: str, value: float, strength: float) -> float:
    """The strength, lowered where the words after the unit make the count an old one, a pack's content or a kind."""
    if OLD_VALUE.match(text, end) or OLD_LATER.match(text, end) or OLD_BEFORE.search(text[max(0, s - 6) : s]):
        strength = 0.2  # "两百套改成三百套": the count before the change verb is the old one
    # "一盒多少片" asks what a pack holds; "二十个多少钱" asks the price of twenty, a count
    if re.match(r"多少(?!钱)|几(?!多?钱)", text[end : end + 3]) or re.search(r"(?:多少|几多|好多|几)[钱钿]$|价钿$|每$|\d\s*[元块]$", text[max(0, s - 3) : s]) \
            or _per_pack(text, end) or (value == 1 and PACK_DESC_BEFORE.search(text[max(0, s - 8) : s])) \
            or (value == 1 and unit in HOLDING and ONE_HOLDS.match(text, end)) or (value == 1 and _priced_one(text, s, end)):
        strength = 0  # "一盒多少片", "多少钱一盒" (几钱一个, 好多钱一米), "0.8元一只", "每根6米", "15公斤一盘": not counts
    pieces = PIECES_BRACKETED.match(text, end) if unit in HOLDING else None
    if pieces and (value == 1 or pieces.group(1)):
        strength = 0.2  # "jumbo bag一件（10个）", "两箱（共96个）": the pieces in brackets are the count
    if KIND_OF.match(text, end):
        strength = 0.2  # "一千二只的那种大箱": the count says which kind (its pack), no count of the order
    if unit == "个" and KINDS_AFTER.match(text, end):
        strength = 0
    return strength


def _packed(text: str, s: int, end: int, value: float, unit: str, strength: float) -> Qty:
    """The count, with what each counted pack holds ("3 boxes of 50") or counted in the inner packs."""
    pack = PACK_OF.match(text, end) if UNIT_WORDS[unit][0] == "pack" else None
    inner = re.match(rf"\s*({PACK_UNIT})\b", text[pack.end() :], re.I) if pack else None
    if inner:  # "a case of 10 boxes of gloves": counted in the inner packs, as "五箱，每箱10盒" is
        return Qty(s, pack.end() + inner.end(), value * float(pack.group("n")), inner.group(1).lower(), strength)
    # The pack span stays in the mention: "2 boxes of 105 cutting discs" names the 105 disc.
    return Qty(s, end, value, unit, strength, float(pack.group("n")) if pack else None)


# "你上次报的38一套，太贵了", "36一套我就要一百套": a bare sum before 一套 is a price per set while haggling
_SUM_QUOTED = re.compile(r"(?:报|价|卖|算|按|给)的?\s*\d+(?:\.\d+)?\s*$")
_SUM_BEFORE = re.compile(r"(?<![\w.+*/-])\d+(?:\.\d+)?\s*$")
_TAKEN_AT = re.compile(r"(?:的话)?\s*[,，]?\s*(?:我们?就(?:要|订|拿)|太贵|贵了)")


def _priced_one(text: str, s: int, end: int) -> bool:
    """Whether "一套" follows a bare sum said as a price ("报的38一套", "36一套我就要"), no count of one."""
    before = text[max(0, s - 12) : s]
    return bool(_SUM_QUOTED.search(before) or (_SUM_BEFORE.search(before) and _TAKEN_AT.match(text, end)))


def _per_pack(text: str, end: int) -> bool:
    """"15公斤一盘", "(20盒装)": what one pack holds, said after it; not "两件一件24个", where what one pack holds
    follows (the two cases are counted)."""
    m = PACK_DESC.match(text, end)
    return m is not None and not (text[end:m.end()].strip().startswith("一") and ONE_HOLDS.match(text, m.end()))
