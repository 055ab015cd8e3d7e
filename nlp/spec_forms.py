"""Sizes and trade words written other ways than the catalogue's: spaced dimensions, bolt lengths said after
the noun, cable cores in words, pinyin slips. Used by `text.normalize_name` / `text.normalize`."""
from __future__ import annotations

import re

from nlp.numbers import parse_zh
from nlp.prefilter import prefiltered

_COUNT_WORDS = (r"(?:lengths?|pcs|pieces|units|sets|pairs?|box(?:es)?|cartons?|ctns?|packs?|bags?|rolls?|coils?|reels?|"
                r"spools?|drums?|pails?|tins?|bundles?|sheets?|bars?|off|tonnes?|tons?|kgs?|metres?|meters?)\b")
# "gift bag 25 x 24 x 12": three numbers joined by " x " are a size when the line counts elsewhere
# (" x 12" after them, "- 12", "12 of the ..." before them) or a unit follows; alone they may be a
# two-way size and its count ("zip ties 4 x 200 x 12").
_DIM_TRIPLE_RE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s+x\s+(\d+(?:\.\d+)?)\s+x\s+(\d+(?:\.\d+)?)(?!\d|\.\d)")
_COUNT_AFTER_DIM = re.compile(r"\s*(?:x\s*\d|[-:|]\s*\d|cm\b|mm\b)")
_COUNT_BEFORE_DIM = re.compile(r"(?:^|\s)\d+(?:\.\d+)?\s*(?:x\s+|of\s+)?(?:the\s+)?[a-z]")
# "grinding discs 100 x 6 - 2 boxes": two are a size when a count with its unit comes right after them.
_DIM_COUNTED_RE = prefiltered(r"(?<![\w.])(\d+(?:\.\d+)?)\s+x\s+(?=\d+(?:\.\d+)?(?:\s*[-:,]\s*|\s+)(?:qty\s*)?"
                              r"\d+(?:\.\d+)?\s*" + _COUNT_WORDS + ")")
# "25x24x12cm" and "25 x 24 x 12" name one size: a three-way size keeps its unit apart.
_DIM3_UNIT_RE = re.compile(r"\b(\d+(?:\.\d+)?x\d+(?:\.\d+)?x\d+(?:\.\d+)?)(cm|mm)\b")
# A thread size with the length said after the noun ("m10 hex bolts, 50 mm long", "m10 bolts 50 long"): m10x50.
_BOLT_LENGTH_RE = re.compile(r"\b(m\d{1,2})\b((?:\s+[a-z-]+){1,3}?)\s*,?\s+(\d{1,3})(?:\s*mm)?\s+long\b")
_ZH_BOLT_LENGTH_RE = re.compile(r"\b(m\d{1,2})(?![\dx.])(\s*[\u4e00-\u9fff]{0,6}?)\s*(\d{2,3})\s*(?:mm|毫米)?\s*长")
# Pinyin-input slips of trade words: the right word sounds the same (丁晴 / 丁青 for 丁腈 nitrile, 镀辛 for 镀锌).
_ZH_TYPOS = {"丁晴": "丁腈", "丁青": "丁腈", "丁清": "丁腈", "丁睛": "丁腈", "镀辛": "镀锌", "渡锌": "镀锌", "度锌": "镀锌",
             "棉沙": "棉纱", "棉砂": "棉纱", "绵纱": "棉纱",  # (棉沙手套: cotton-yarn gloves)
             "兰色": "蓝色", "口造": "口罩", "口照": "口罩", "理基": "锂基", "里基": "锂基",  # (兰 lan2, 罩 zhao4, 锂 li3)
             "螺拴": "螺栓", "螺毋": "螺母"}  # (a handwritten slip read by OCR: 拴 for 栓, 毋 for 母)
_ZH_TYPO_RE = re.compile("|".join(_ZH_TYPOS))
# A cable's cores and cross-section said in words: "3芯4平方", "4芯 2.5平方" are the sizes 3x4, 4x2.5.
_ZH_CORES_RE = re.compile(r"(?<![\d.+])(\d+)\s*芯\s*(\d+(?:\.\d+)?)\s*(?:平方|mm2|mm²)")
# (in English: "the 4 core 1mm RVV", "3-core 2.5mm2 flex" are 4x1, 3x2.5)
_EN_CORES_RE = re.compile(r"(?<![\d.+x])(\d{1,2})[\s-]*cores?\s+(\d+(?:\.\d+)?)\s*(?:mm2|mm²|sq\.?\s*mm|mm)(?![\w.])")
# A decade in Chinese: "50年代", "1950年代" are the 50s the catalogue writes "50'S".
_ZH_DECADE_RE = re.compile(r"(?<![\d.])(?:19)?([1-9]0)\s*年代")

# "YJV 4 x 25 mm2", "3 x 16 + 1 x 10 mm2": cores times a cross-section in mm2 are one cable size, no count
_CORES_SPACED_RE = re.compile(r"(?<![\w.])(\d{1,2})\s+x\s+(\d+(?:\.\d+)?)(?:\s*(\+)\s*)?"
                              r"(?=(?:\d{1,2}\s*x\s*\d+(?:\.\d+)?)?\s*mm2(?!\d))")


def _triple(m: re.Match) -> str:
    """ "25 x 24 x 12" written as one size when the line says its count apart from it."""
    line = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()]
    if _COUNT_AFTER_DIM.match(m.string, m.end()) or _COUNT_BEFORE_DIM.search(line):
        return "x".join(m.groups())
    return m.group(0)


def spaced_sizes(text: str) -> str:
    """Spaced dimensions that are sizes, not "count x item", joined ("100 x 6 - 2 boxes" -> "100x6 - 2 boxes")."""
    if " x " not in text:  # both forms are spaced; most names have none
        return text
    if "mm2" in text:
        text = _CORES_SPACED_RE.sub(lambda m: f"{m.group(1)}x{m.group(2)}{m.group(3) or ''}", text)
    return _DIM_COUNTED_RE.sub(r"\1x", _DIM_TRIPLE_RE.sub(_triple, text))


def late_forms(text: str) -> str:
    """Bolt lengths said after the noun and three-way sizes' units, on normalised text."""
    if "long" in text:  # "M8 bolts 30mm long" is the M8x30 bolt
        text = _BOLT_LENGTH_RE.sub(r"\1x\3\2", text)
    if "长" in text:  # "M10的螺栓40长的" is the M10x40 bolt too
        text = _ZH_BOLT_LENGTH_RE.sub(r"\1x\3\2", text)
    # plain substring tests first: every catalogue name passes here at load
    return _DIM3_UNIT_RE.sub(r"\1 \2", text) if "x" in text and ("cm" in text or "mm" in text) else text


def zh_slips(text: str) -> str:
    """Pinyin slips of trade words mended (丁晴手套 -> 丁腈手套; 要量盒, a voice slip, -> 要两盒; 04胶封 -> 6204胶封)."""
    if text.isascii():  # every catalogue name passes here at load: plain ASCII has none of the characters mended
        return text
    if "量" in text:
        text = _ZH_TWO_SLIP_RE.sub("两", text)
    if "封" in text or "盖" in text or "开式" in text:
        text = _SHORT_BEARING_RE.sub(r"62\1", text)
    if "和" in text or "统" in text or "合" in text:
        text = _ZH_PACK_SLIP_RE.sub(lambda m: _ZH_PACK_SLIPS[m.group(0)], text)
    if "个" in text:
        text = _ZH_DECIMAL_GE_RE.sub(r"\1mm", text)
    if "件套" in text:
        text = _ZH_SET_OF_RE.sub(_set_of, text)
    if not any(c in text for c in "丁锌辛沙砂绵兰造照基拴毋"):
        return text
    return _ZH_TYPO_RE.sub(lambda m: _ZH_TYPOS[m.group(0)], text)


# "04胶封两百，05铁盖一百": the shop's short name of a 62-series bearing, its last two digits before the seal
_SHORT_BEARING_RE = re.compile(r"(?<![a-z0-9.*×-])(0\d)(?=\s*(?:双面|两面|带)?(?:胶封|胶盖|铁封|铁盖|钢盖|密封|开式|防尘盖))")
# "三十和，", "要四统": a pack word typed as its sound-alike right after a count, with nothing after it but a stop
# (盒 he2 as 和, 桶 tong3 as 统; not 三通 a tee or 三相 three-phase, real words of the trade)
_ZH_PACK_SLIPS = {"和": "盒", "统": "桶", "合": "盒"}  # (合 he2: a handwritten 盒 without its 皿, "10合")
_ZH_PACK_SLIP_RE = re.compile(r"(?<=[\d一二两三四五六七八九十百千万])[和统合](?=\s*(?:[,，。.;；!！?？、\n]|$))")
# "焊条3.2个，五箱": a count of pieces has no decimals, so a decimal said with 个 is a size in millimetres (southern speech)
_ZH_DECIMAL_GE_RE = re.compile(r"(?<![\d.])(\d\.\d{1,2})\s*个(?![\u4e00-\u9fff]*[吨公斤])")
# "三件套蛋糕罐 六套": how many pieces make one set names the item (SET OF 3 CAKE TINS), it counts nothing
_ZH_SET_OF_RE = re.compile(r"(?<![\d一二两三四五六七八九十百千万.])([一二两三四五六七八九十]|\d{1,2})\s*件套(?:装)?的?")
_ZH_TWO_SLIP_RE = re.compile(r"(?<=[要来订拿])量(?=[盒箱包卷桶袋套])")  # 两 heard as 量 before a pack word


def _set_of(m: re.Match) -> str:
    """ "三件套" as "set of 3": the set's own size in digits."""
    n = m.group(1)
    return f" set of {n if n.isdigit() else f'{parse_zh(n):g}'} "


def zh_decades(text: str) -> str:
    """A decade said in Chinese as the English one ("50年代圣诞款" -> "50s 圣诞款")."""
    return _ZH_DECADE_RE.sub(r"\1s ", text) if "年代" in text else text


def zh_cores(text: str) -> str:
    """Cable cores and section in words as the size ("yjv 3芯4平方" -> "yjv 3x4")."""
    text = _EN_CORES_RE.sub(r"\1x\2", text) if "core" in text else text
    return _ZH_CORES_RE.sub(r"\1x\2", text) if "芯" in text else text


# A photographed handwritten list read by OCR: a letter o, l or i between digits is the digit it looks like
# ("22o86" = 22086, "2l733" = 21733, "85i23a" = 85123a), as is an o ending a bolt's length ("m8x3o" = m8x30)
_OCR_DIGIT_RE = re.compile(r"(?<=\d)[oli](?=\d)|(?<=x\d)o(?![a-z\d])")


def ocr_digits(text: str) -> str:
    """Letters OCR reads for digits inside numbers put back (on lower-cased text)."""
    return _OCR_DIGIT_RE.sub(lambda m: "0" if m.group(0) == "o" else "1", text) if _OCR_DIGIT_RE.search(text) else text
