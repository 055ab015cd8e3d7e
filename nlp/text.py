"""Text normalisation and tokenisation shared by the matcher and the extractor."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from nlp.flip_phone import t9
from nlp.numbers import counted_words
from nlp.spec_forms import late_forms, ocr_digits, spaced_sizes, zh_cores, zh_decades, zh_slips
from nlp.traditional import simplified
from nlp.words import STOPWORDS, ZH_COLOURS, ZH_SHADES
from nlp.prefilter import prefiltered

CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
CJK_CHAR = prefiltered(f"[{CJK}]")
NUMBER = prefiltered(r"\d+(?:\.\d+)?")
_ACCENTED_RE = prefiltered("[\u00c0-\u024f]")  # Latin letters with marks (CJK is never touched)
_TOKEN_RE = prefiltered(f"[a-z0-9]+(?:[-/.][a-z0-9]+)*|[{CJK}]+")
# "M8 × 30", "10*20" -> "m8x30": dimension codes are written many ways and must compare equal.
# "DN50 ×6台": a spaced "×" before a number with a Chinese count word marks the count, as list rows write it.
_ZH_COUNTED = r"\d+\s*[个只件片块台把顶条粒颗张套副付双对打根支盒箱卷桶盘包组捆袋听吨]"
# "x 30\n* 60 cake cases": a spaced sign never joins across a line break (a "*" opening a line is a bullet); "20725 ×20" is a count
_DIM_RE = re.compile(r"(?<=\d)(?:[x×*]|(?![ \t]+[×*][ \t]*" + _ZH_COUNTED + r")(?![ \t]+[×*]\d)[ \t]*[×*][ \t]*)(?=\d)")
# With spaces, "x" joins only after a letter-led code ("M8 x 30"); "24 x 22386" is a count and a SKU,
# and so is "DN50 x 15 lengths": a number followed by a count or pack word is how many, not a size;
# "candles x4 x 12": a glued "x4" is a count mark (or a pack in the name), never a thread size; so is " ×20" after a number.
# "A2 x 12", "A4 x 500", "4 mm2 x 100 m": a stainless grade, a paper size or a cross-section's unit heads
# no dimension; the number after " x " counts. So does a pipe's nominal bore ("gate valve DN80 x 6"):
# a DN size is one number, never a pair.
_DIM_SPACED_RE = re.compile(r"\b(?!x\d)(?!a\d\s)(?!mm2\s)(?!dn\d)([a-z]{1,3}\d{1,2}(?:\.\d+)?)\s+x\s+(?=\d)(?!\d+(?:\.\d+)?\s*(?:lengths?|pcs|pieces|units|sets|pairs?|"
                            r"box(?:es)?|cartons?|ctns?|packs?|bags?|rolls?|coils?|reels?|spools?|drums?|pails?|tins?|"
                            r"bundles?|sheets?|bars?|off)\b)")
# "cutting discs 105 x 1.2": a decimal after " x " is a size (no count or code has a decimal point).
_DIM_DECIMAL_RE = re.compile(r"(?<![\d.])(\d{2,})\s+x\s+(?=\d+\.\d+(?:mm)?(?![\w.]))")
_ZH_TIMES_RE = re.compile(r"([零一二两三四五六七八九十百\d.]+)乘([零一二两三四五六七八九十百\d.]+)")
# "要五合": 合 typed for its homophone 盒 after a count (not 三合一, 二合板, 合同, 合计, 合格 ...)
_ZH_BOX_TYPO = re.compile(r"(?<=[一二两三四五六七八九十\d])合(?![\d一二两三四五六七八九十同计格适作金成并理法板页彩院])")  # not 百合 (lily)
_INCH_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:\"|''|inches|inch|寸)")
# Spec numbers in Chinese numerals ("八个厚", "十二厚", "两寸", "二点五平方", "十号槽钢") are digits; a 号 before a delivery word is a day.
_ZH_SPEC_NUM_RE = re.compile(r"(?<![零一二两三四五六七八九十百千万\d])([一二两三四五六七八九十]+)"
                             r"(?=个?厚|寸|平方|芯|毫米|长的|号(?![前之以到送交发要左右的]|$)[\u4e00-\u9fff])|"  # "J422三点二": after a code too
                             r"(?<![零一二两三四五六七八九十百千万])((?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])点[零一二三四五六七八九]+)")
# 加大号 / 特大号 are the letter sizes XL / XXL (大号 alone is L, see attributes.ABBREVIATIONS).
_ZH_BIG_SIZE_RE = re.compile(r"(加|特)大(?:号|码)")
_ZH_SPEC_TRIGGER = prefiltered(r"[一二两三四五六七八九十](?:个?厚|寸|平方|芯|毫米|号|长的)|点[零一二三四五六七八九]")
# "六二零五铁封的": four or more Chinese digits in a row (no 十/百) spell a code digit by digit, as codes are read out.
# ("J四二二", "DN五零": after a code's letters two or more do too)
_ZH_DIGIT_RUN_RE = re.compile(r"(?<![零一二两三四五六七八九十百千万\d])(?:[零〇一二三四五六七八九]{4,}|(?<=[a-z])[零〇一二三四五六七八九]{2,})(?![十百千万\d点])")
# "16锰", "40铬", "35铬钼": steel grades said with the elements' Chinese names are the grade codes 16Mn, 40Cr, 35CrMo.
_ZH_GRADE_RE = re.compile(r"(?<=\d)[锰铬钼钒硅镍]+")
_ELEMENTS = {"锰": "mn", "铬": "cr", "钼": "mo", "钒": "v", "硅": "si", "镍": "ni"}
# "M十二", "DN五十", "B一千六" (1600, a belt length): a size said as a Chinese number right after a code's letters is its digits
_ZH_SIZE_AFTER_LETTER_RE = re.compile(r"(?:(?<=(?<![a-z])[a-z])|(?<=(?<![a-z])[a-z]{2}))"
                                      r"(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]百(?:零?[一二三四五六七八九]十?[一二三四五六七八九]?)?|"
                                      r"[一二两三四五六七八九]千(?:零?[一二三四五六七八九]百(?:零?[一二三四五六七八九]十?[一二三四五六七八九]?)?|"
                                      r"零[一二三四五六七八九]?十[一二三四五六七八九]?|零?[一二三四五六七八九])?)"
                                      r"(?!\s*(?:[个只件套台盒箱卷桶包袋吨米条根支双张把顶组打盘斤升副对]|公斤|千克))")  # "XL一百盒": a count
_ZH_CODE_TRIGGER = re.compile(r"[零〇一二两三四五六七八九锰铬钼钒硅镍]")
_ZH_DIGITS = str.maketrans("零〇一二三四五六七八九", "00123456789")
_CIRCLED_RE = re.compile(r"[\u2460-\u2473]")  # ① .. ⑳
# 结422 / 结507: the Chinese way of writing the electrode grades J422 / J507.
_ZH_ELECTRODE_RE = re.compile(r"结\s*(?=\d{3})")
_TEALIGHT_RE = prefiltered(r"\btea[\s-]?lights?\b")
# "10 mm" -> "10mm": the number is a spec, not a quantity, when glued to a measure unit.
_MEASURE_RE = prefiltered(r"(?<=\d)\s+(mm|cm|kg|ml|mpa|kw|kv|v(?![\s-]*belts?\b)|w|hz|inch|pc|pcs|pce|piece)\b")  # "30 v belts" count belts
# Spec markers like "δ=10" or "Φ20" mean thickness / diameter: keep the number glued to the marker.
_SPEC_TRIGGER = prefiltered(r"[δφΦø厚]|毫米|\d\s*(?:mm\s*)?th(?:ic)?k")
_DIM_TRIGGER = prefiltered(r"\d\s*[x×*]\s*\d|[a-z]\d+(?:\.\d+)?\s+x\s")
_MEASURE_TRIGGER = prefiltered(r"\d\s+[a-z]")
_THICK_RE = re.compile(r"δ(\d+(?:\.\d+)?)(?:\s*mm)?|(\d+(?:\.\d+)?)\s*(?:个?厚|毫米|(?:mm\s*)?th(?:ic)?k\b)")  # "thk" = thick; 毫米 is mm
_SPEC_RE = re.compile(r"([δφΦø])\s*=?\s*(?=\d)")
# "2.0mm" and "2mm" are the same thickness: a ".0" before "mm" is dropped.
_POINT_ZERO_RE = re.compile(r"(?<=\d)\.0+(?=mm)")
def _zh_int(text: str) -> str:
    """Digits for a Chinese numeral inside a spec ("四乘二十五" -> 4x25)."""
    from nlp.numbers import parse_zh

    value = parse_zh(text)
    return text if value is None else (str(int(value)) if value == int(value) else str(value))


def _zh_decimal(text: str) -> str:
    """Digits for a Chinese spec number, decimals included ("二点五" -> 2.5)."""
    whole, _, tenths = text.partition("点")
    digits = _zh_int(whole)
    if tenths:
        digits += "." + "".join(str("零一二三四五六七八九".index(c)) for c in tenths)
    return digits


def is_cjk(text: str) -> bool:
    """Whether the text holds any CJK ideograph."""
    return not text.isascii() and bool(CJK_CHAR.search(text))  # (isascii reads a flag CPython keeps: no scan)


@lru_cache(maxsize=4096)  # a message's chunks and mentions are normalised again at every step
def normalize(text: str) -> str:
    """Fold width and case, unify dimension and spec notation."""
    # "YJV 3芯4平方" asks for the 3x4 cable; catalogue aliases in words keep them (other word orders match those).
    # (OCR slips and a flip phone's "cod" / "me" in messages only: catalogue names are typed; nlp/flip_phone.py)
    return t9(ocr_digits(zh_cores(normalize_name(text))))


def normalize_name(text: str) -> str:
    """`normalize` without remembering: for catalogue names, each read once at load."""
    if not text.isascii() and _CIRCLED_RE.search(text):  # "① 6204-2RS × 100": a list mark, not a count of 1 (NFKC would make it "1")
        text = _CIRCLED_RE.sub(lambda m: f"{ord(m.group(0)) - 0x245F}) ", text)
    text = simplified(unicodedata.normalize("NFKC", text).lower())  # 鋼板 is 钢板: one script for every rule below
    if not text.isascii() and _ACCENTED_RE.search(text):  # "café", "crème": the catalogue writes them plain ("CAFE")
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    text = text.replace("–", "-").replace("—", "-").replace("_", " ")
    if not text.isascii() and _ZH_CODE_TRIGGER.search(text):  # (first: "J四二二三点二" is J422 and 3.2, the code's digits end at the decimal)
        text = _ZH_DIGIT_RUN_RE.sub(lambda m: m.group(0).translate(_ZH_DIGITS), text)
    if not text.isascii() and _ZH_SPEC_TRIGGER.search(text):  # ("一点二的焊丝" = 1.2, set apart from a code before it)
        text = _ZH_SPEC_NUM_RE.sub(lambda m: (" " * text[m.start() - 1 : m.start()].isdigit()) + _zh_decimal(m.group(1) or m.group(2)), text)
    if not text.isascii() and _ZH_CODE_TRIGGER.search(text):
        text = _ZH_SIZE_AFTER_LETTER_RE.sub(lambda m: _zh_int(m.group(0)), text)
        text = _ZH_GRADE_RE.sub(lambda m: "".join(_ELEMENTS[c] for c in m.group(0)), text)
    if "大" in text:
        text = _ZH_BIG_SIZE_RE.sub(lambda m: "xl码" if m.group(1) == "加" else "xxl码", text)
    text = zh_decades(zh_slips(text))
    if "结" in text:
        text = _ZH_ELECTRODE_RE.sub("j", text)
    # Each rewrite runs only when its trigger character is present: catalogues of 100k names
    # are normalised at load, and most names need none of them (plain ASCII, a flag read, has no Han or marked letter).
    if _SPEC_TRIGGER.search(text):
        text = _SPEC_RE.sub(lambda m: {"φ": "φ", "ø": "φ"}.get(m.group(1).lower(), m.group(1).lower()), text)
        # Plate thickness: "δ=10", "δ10mm" and "10厚" all mean 10mm.
        text = _THICK_RE.sub(lambda m: (m.group(1) or m.group(2)) + "mm" + " " * bool(re.match(r"[a-z0-9]", text[m.end() : m.end() + 1], re.I)), text)  # "6毫米Q235B", "8厚3吨"
    if _DIM_TRIGGER.search(text):
        text = _DIM_RE.sub("x", text)
        text = _DIM_SPACED_RE.sub(r"\1x", text)
        text = _DIM_DECIMAL_RE.sub(r"\1x", text)
        text = spaced_sizes(text)
    if "tea" in text:
        text = _TEALIGHT_RE.sub("t-light", text)  # the catalogue's spelling
    if '"' in text or "'" in text or "inch" in text or "寸" in text:
        text = _INCH_RE.sub(r"\1inch", text)
        text = re.sub(r"(?<=[a-z])'s\b", "", text)  # "week's", "50's" -> possessive/plural mark dropped
    if ".0" in text:
        text = _POINT_ZERO_RE.sub("", text)
    if "乘" in text:
        text = _ZH_TIMES_RE.sub(lambda m: f"{_zh_int(m.group(1))}x{_zh_int(m.group(2))}", text)
    if "合" in text:
        text = _ZH_BOX_TYPO.sub("盒", text)
    return late_forms(_MEASURE_RE.sub(r"\1", text) if _MEASURE_TRIGGER.search(text) else text)


_CODE_PLURAL = re.compile(r"[a-z]+\d+s")


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """Crude English plural folding, enough for catalogue nouns (boxes->box, candles->candle)."""
    if len(word) <= 3:
        return word
    if any(c.isdigit() for c in word):
        # "A1000s", "KN95s": a plural of a code is the code.
        return word[:-1] if _CODE_PLURAL.fullmatch(word) else word
    if word.endswith("men") and len(word) > 4:  # "snowmen", "postmen": the plural meets the singular
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def numbers(tokens) -> set[str]:
    """The numbers written in index terms ("m8x40" -> 8, 40; "4.0" -> 4.0)."""
    return {n for t in tokens if has_digit(t) for n in NUMBER.findall(t)}


@lru_cache(maxsize=200_000)
def has_digit(token: str) -> bool:
    """Whether a token carries digits (a model/spec code rather than a word)."""
    return any(c.isdigit() for c in token)


# "4x25mm2", "2.5sqmm": a cable's cross-section unit glued to its size; the size is the code.
_SECTION_RE = re.compile(r"(?<=\d)(?:mm2|sqmm)$")
# Letter sizes spelt out ("extra large" = XL); "extra" alone is filler and would be dropped.
_SPELT_SIZE_RE = re.compile(r"\b(?:extra[\s-]?extra[\s-]?|xx-)large\b|\b(?:extra[\s-]?|x-)(large|small)\b")
# "M12 50mm": a length after a metric thread is the bolt's length, the catalogue's "M12x50".
_THREAD_LENGTH_RE = re.compile(r"\b(m\d{1,2})\s+(\d{2,3})mm\b")
# "18-piece cutlery set", "12-pc": a count of pieces hyphened to its word reads as said apart ("18 piece" -> "18piece")
_PARTS_HYPHEN_RE = re.compile(r"\b(\d+)-(pieces?|pcs?)\b")
# "SET/6", "S/6", "PACK/12" are "set of 6" ...: a count, not a code the mention must repeat.
_SET_SLASH_RE = re.compile(r"\b(set|s|pack|box)/(\d{1,3})\b")
# An inch fraction is one size ("1-1/2 inch" = 1.5inch), not the codes "1" and "2inch" ("5 1/2 inch":
# a count may stand before the fraction, so only a hyphen joins a whole number).
_INCH_FRACTION_RE = re.compile(r"\b(?:(\d+)-)?([1-9])/([248]|16)inch\b")
# A decade is one term however written: "50'S", "50s", "1950s".
_DECADE_RE = re.compile(r"\b(?:19)?([1-9]0)'?s\b")
# Trade words of one thing written as a phrase ("face cloth" is a flannel).
_PHRASE_RE = re.compile(r"\b(?:face|wash)\s?cloths?\b")
_SPLIT_RE = re.compile(r"[-/]|(?<!\d)\.|\.(?!\d)")
_DIMPART_RE = re.compile(r"(?<=\d)x(?=\d)")
_MM_RE = prefiltered(r"(\d{3,})mm")  # a disc or pipe diameter, not a plate or sheet thickness ("16mm")


@lru_cache(maxsize=200_000)
def _expand(raw: str) -> tuple[str, ...]:
    """One raw token into index terms: joined code plus its parts, or CJK bigrams."""
    if CJK_CHAR.match(raw):
        if len(raw) == 1:
            return (raw,)
        grams = tuple(raw[i : i + 2] for i in range(len(raw) - 1))
        return grams + tuple(dict.fromkeys(c for i, c in enumerate(raw)
                                           if c in ZH_COLOURS and (i == 0 or raw[i - 1] not in ZH_SHADES)))
    if _SECTION_RE.search(raw):
        return _expand(_SECTION_RE.sub("", raw)) + ("mm2",)
    # Decimal points between digits stay ("1.5kw"); hyphens, slashes and other dots split codes.
    parts = [p for p in _SPLIT_RE.split(raw) if p]
    dims = _DIMPART_RE.split(raw) if _DIMPART_RE.search(raw) else []
    if len(parts) == 1 and not dims:
        return (stem(raw),)
    joined = "".join(parts)
    if joined.isalpha():  # "T-LIGHTS" and "t-light" are one word, as "lights" and "light" are
        joined = stem(joined)
    # Codes also yield their parts, so "6204 2RS" and "M8 bolt, 30 long" still meet "6204-2RS", "M8x30".
    extra = [stem(p) for p in parts if len(parts) > 1 and (len(p) > 1 or p.isdigit())]
    return tuple([joined] + extra + [d for d in dims if d])


def terms(text: str, drop_stop: bool = True, normalized: bool = False) -> list[str]:
    """Index terms of a text: stemmed words, whole codes and code parts, CJK bigrams."""
    if normalized:  # catalogue names at load: each is read once, not worth remembering
        return _terms(text, drop_stop)
    return list(_mention_terms(text, drop_stop))


@lru_cache(maxsize=4096)
def _mention_terms(text: str, drop_stop: bool) -> tuple[str, ...]:
    """`terms` of a raw text, remembered: the extractor asks again for the same mentions and chunks."""
    out = _terms(normalize(text), drop_stop)
    if CJK_CHAR.search(text) or not any(t.isalpha() for t in out):  # "10厚", a bare "10mm": a plate's thickness
        return tuple(out)
    # "grinding discs 100mm" meets the first size of "100×6×16 mm" (a name's own "3.0mm" keeps its one term)
    return tuple(out + [m.group(1) for t in out if t.endswith("mm") for m in [_MM_RE.fullmatch(t)] if m and m.group(1) not in out])


def _terms(text: str, drop_stop: bool) -> list[str]:
    """Index terms of a normalised text."""
    out: list[str] = []
    if "large" in text or "small" in text:
        text = _SPELT_SIZE_RE.sub(lambda m: {"large": "xl", "small": "xs"}.get(m.group(1), "xxl"), text)
    if "mm" in text:
        text = _THREAD_LENGTH_RE.sub(r"\1x\2", text)
    text = counted_words(text)  # "set of three", "two tier": a name's own count in digits
    if "/" in text:
        text = _SET_SLASH_RE.sub(lambda m: f"{'set' if m.group(1) == 's' else m.group(1)} of {m.group(2)}", text)
    if "0" in text:
        text = _DECADE_RE.sub(r"\1s", text)
    text = _PARTS_HYPHEN_RE.sub(r"\1\2", text) if "-" in text else text
    if "/" in text and "inch" in text:
        text = _INCH_FRACTION_RE.sub(_inch_fraction, text)
    if "cloth" in text:
        text = _PHRASE_RE.sub("flannel", text)
    for raw in _TOKEN_RE.findall(text):
        if drop_stop and raw in STOPWORDS:
            continue
        out.extend(_expand(raw))
    return out


def _inch_fraction(m: re.Match) -> str:
    """'1-1/2inch' -> '1.5inch'."""
    value = int(m.group(1) or 0) + int(m.group(2)) / int(m.group(3))
    return f"{value:g}inch"


def content_text(text: str) -> str:
    """The words of a mention that can name a product, in order (greetings, requests and filler dropped)."""
    return " ".join(t for t in _TOKEN_RE.findall(normalize(text)) if t not in STOPWORDS)


def clean_key(text: str) -> str:
    """A canonical string for exact alias lookups (case, spacing and punctuation folded)."""
    return " ".join(_TOKEN_RE.findall(normalize(text)))


def skeleton(word: str) -> str:
    """Consonant skeleton used to resolve abbreviations (holder -> hldr, white -> wht)."""
    if len(word) < 3 or has_digit(word):
        return word
    return word[0] + re.sub(r"[aeiou]", "", word[1:])


CODE_GAP = re.compile(r"\b(\d{4,})\s([a-z])\b")  # "85099 b": a SKU's letter suffix written apart


def glued_codes(text: str, known) -> str:
    """ "85099 b" pasted from a sheet: a number and a letter apart are the code they make together, if known."""
    return CODE_GAP.sub(lambda m: m.group(1) + m.group(2) if m.group(1) + m.group(2) in known else m.group(0), text)
