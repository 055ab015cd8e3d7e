"""Numbers written in words: English ("two dozen", "a gross") and Chinese (五百, 两千, 1.5万)."""
from __future__ import annotations

import re

EN_UNITS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "couple": 2, "few": 3, "half": 0.5,
}
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
           "eighty": 80, "ninety": 90}
EN_SCALES = {"hundred": 100, "thousand": 1000, "k": 1000}
# Multipliers that are also units of count: "two dozen" = 24 pieces.
EN_COUNT_UNITS = {"dozen": 12, "doz": 12, "dz": 12, "gross": 144, "score": 20, "pair": 2, "pairs": 2}
EN_NUMBER_WORDS = set(EN_UNITS) | set(EN_TENS) | set(EN_SCALES) - {"k"}
# A small whole number as the one word that writes it (2 -> "two"): "FIVE CATS", "SET OF THREE".
NUMBER_WORD = {v: w for w, v in EN_UNITS.items() if isinstance(v, int) and v >= 2 and w not in ("couple", "few")}
# Regex alternations of the count words one to nineteen (longest first: "seventeen" before "seven") and the tens,
# for patterns that read a count said in words ("make the blue ones fifteen", "half a case")
SMALL_WORDS = "|".join(sorted((w for w, v in EN_UNITS.items() if isinstance(v, int) and 1 <= v <= 19
                               and w not in ("a", "an", "couple", "few")), key=len, reverse=True))
TENS_WORDS = "|".join(EN_TENS)

ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "仨": 3, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9, "半": 0.5, "壹": 1, "贰": 2, "叁": 3, "肆": 4,
             "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
ZH_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
ZH_BIG = {"万": 10_000, "亿": 100_000_000}
ZH_NUM_CHARS = "".join(ZH_DIGITS) + "".join(ZH_SMALL) + "".join(ZH_BIG)


def parse_en_words(words: list[str]) -> float | None:
    """Value of a run of English number words ("two hundred and fifty"), None if not a number."""
    total, current, seen = 0.0, 0.0, False
    for w in words:
        if w == "and" and seen:
            continue
        if w in EN_UNITS:
            current += EN_UNITS[w]
        elif w in EN_TENS:
            current += EN_TENS[w]
        elif w in EN_SCALES:
            current = (current or 1) * EN_SCALES[w]
            if EN_SCALES[w] >= 1000:
                total, current = total + current, 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_zh(text: str) -> float | None:
    """Value of a Chinese numeral (五百, 两千三, 一万二千, 1.5万, 十二), None when not one."""
    if not text:
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(.*)", text)
    if m:
        value, rest = float(m.group(1)), m.group(2)
        for ch in rest:
            mult = ZH_SMALL.get(ch) or ZH_BIG.get(ch)
            if mult is None:
                return None
            value *= mult
        return value
    return _parse_zh_chars(text)


def _parse_zh_chars(text: str) -> float | None:
    """Pure-character Chinese numerals, including the spoken 两千三 (=2300) shorthand."""
    total, section, digit, last_mult = 0.0, 0.0, None, 1
    for ch in text:
        if ch in "零〇" and digit is None:
            last_mult = 1  # 一百零五: the zero marks the next digit as plain units
        elif ch in ZH_DIGITS:
            if digit is not None:  # digit run like 一二三 -> read positionally
                digit = digit * 10 + ZH_DIGITS[ch]
            else:
                digit = ZH_DIGITS[ch]
        elif ch in ZH_SMALL:
            section += (1 if digit is None else digit) * ZH_SMALL[ch]
            digit, last_mult = None, ZH_SMALL[ch]
        elif ch in ZH_BIG:
            total += (section + (digit or 0)) * ZH_BIG[ch]
            section, digit, last_mult = 0.0, None, ZH_BIG[ch] // 10
        else:
            return None
    if digit is not None:
        # 两千三 means 2300: a trailing lone digit scales to one step below the last multiplier.
        section += digit * (last_mult // 10 if last_mult >= 100 and len(text) > 2 else 1)
    return total + section


# "蝶阀一百的两个", "角钢六十三的两吨": a Chinese numeral with 的 before the count is the item's size, not a count
_ZH_N = "零一二两三四五六七八九十百千"
SAID_SIZE = re.compile(rf"(?<=[\u4e00-\u9fff\s])(?<![{_ZH_N}第])([{_ZH_N}]{{2,}})的(?=\s*(?:要|来|拿|再来|各要)?\s*(?:[{_ZH_N}半]+|\d+)\s*[\u4e00-\u9fff])")


def sizes_in_digits(body: str) -> str:
    """A Chinese body with each size said in numerals before 的 and a count written in digits ("一百的" -> "100的")."""
    return SAID_SIZE.sub(lambda m: f"{parse_zh(m.group(1)):g}的" if (parse_zh(m.group(1)) or 0) >= 10 else m.group(0), body)


# "SET OF THREE": the count inside a set's name is one whatever way it is written ("set of 3"); so is a count of its
# own parts ("TWO TIER", "SIX DRAWER", "EIGHT PIECE", "FOUR HOOK" beside "2 TIER", "3 DRAWERS", "3 PIECE", "5 HOOK")
_WORDS = "|".join(NUMBER_WORD.values())
_SET_WORD_RE = re.compile(rf"\b(set|pack|box)\s+(?:of\s+)?({_WORDS})\b|"
                          rf"\b({_WORDS})[\s-](?=(?:tier|piece|hook|drawer|door|wick|strand|layer|shel(?:f|ve))s?\b)")
_PARTS_TRIGGER = re.compile(r"\b(?:set|pack|box|tier|piece|hook|drawer|door|wick|strand|layer|shel)")
_COUNT_WORDS = {w: str(v) for v, w in NUMBER_WORD.items()}
# a catalogue name's count words for its alias in digits: two to ten (not "one": "tea for one", "one person")
_NAME_COUNT_RE = re.compile(rf"\b(?:{'|'.join(NUMBER_WORD[v] for v in range(2, 11))})\b", re.I)


def counted_words(text: str) -> str:
    """A normalised text with the count word of a set or of a name's parts in digits ("set of 3", "2 tier")."""
    if not _PARTS_TRIGGER.search(text):
        return text
    return _SET_WORD_RE.sub(lambda m: f"{m.group(1)} of {_COUNT_WORDS[m.group(2)]}" if m.group(1) else _COUNT_WORDS[m.group(3)] + " ", text)


def name_in_digits(name: str) -> str:
    """A catalogue name with its count words two to ten in digits ("TWO TIER" -> "2 TIER", "FIVE CATS" -> "5 CATS")."""
    return _NAME_COUNT_RE.sub(lambda m: _COUNT_WORDS[m.group(0).lower()], name)
