"""Quantity candidates in a chunk of text: numbers with units, markers, or bare, minus the noise."""
from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.numbers import EN_COUNT_UNITS, EN_NUMBER_WORDS, parse_en_words, parse_zh
from nlp.units import UNIT_WORDS

_EN_NUM = "|".join(sorted(EN_NUMBER_WORDS - {"a", "an", "half", "few", "couple", "zero"}, key=len, reverse=True))
_DIG = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_ZH = r"[零一二两三四五六七八九十百千万半]+|\d+(?:\.\d+)?[百千万]"
_WORDNUM = rf"(?:half an?|an?|a couple of|couple of|(?:{_EN_NUM})(?:[\s-]+(?:and\s+)?(?:{_EN_NUM}))*)"
_EN_UNIT = "|".join(sorted((w for w in UNIT_WORDS if w.isascii()), key=len, reverse=True))
_ZH_UNIT = "|".join(sorted((w for w in UNIT_WORDS if not w.isascii()), key=len, reverse=True))
NUM_RE = re.compile(rf"(?P<num>{_DIG}|{_ZH}|\b{_WORDNUM}\b)")
UNIT_AFTER = re.compile(rf"\s*(?:(?P<en>{_EN_UNIT})(?![a-z0-9])|(?P<zh>{_ZH_UNIT}))", re.I)
PACK_OF = re.compile(r"\s*(?:of|x|@)\s*(?P<n>\d+)(?!\s*(?:inch|in\b|mm|cm|m\b|\"|寸|\.\d))(?:\s*(?:pcs|pieces|each|/\w+))?", re.I)
MARKER_BEFORE = re.compile(r"(?:(?<![a-z0-9])x|×|qty\.?:?|quantity:?|数量[:：]?|amount:?)\s*$", re.I)
SPEC_AFTER = re.compile(r"\s*(?:mm|cm|inch|in\b|\"|''|寸|平方|芯|号|#|级|厚|码|kv|v\b|w\b|kw|%|x\d|×|\*\d|"
                        r"/\d|-\d|\.\d|mpa|tier|ply|hole|inch|ft|feet|cup|piece set|d\b)", re.I)
REF_BEFORE = re.compile(r"(?:order|po|p\.o\.|invoice|inv|ref|no\.|#|tel|phone|mob|mobile|fax|ext|account|"
                        r"acct|订单|单号|电话|手机|合同|编号|发票|qq|微信|room|unit|suite|floor)\s*[:：#]?\s*$", re.I)
PRICE_NEAR = re.compile(r"(?:[£$€¥￥]|rmb|usd|gbp|eur|cny|@|at|price|单价|价格)\s*$", re.I)
PHONE_RE = re.compile(r"\+?\d[\d\s().-]{7,}\d")
PAST_RE = re.compile(r"(last time|last order|previous|previously|we bought|we ordered|we had|used to|"
                     r"上次|上回|之前买|以前买|去年)", re.I)


@dataclass
class Qty:
    """One quantity candidate: its span, value, unit word and how sure we are it is a quantity."""

    start: int
    end: int
    value: float
    unit: str | None
    strength: float
    pack_of: float | None = None


def number_value(text: str) -> float | None:
    """Value of a number written in digits, English words or Chinese numerals."""
    t = text.strip().lower()
    if re.fullmatch(_DIG, t):
        return float(t.replace(",", ""))
    if re.fullmatch(_ZH, t):
        return parse_zh(t)
    t = t.replace("couple of", "couple").replace("half an", "half").replace("half a", "half")
    return parse_en_words(re.split(r"[\s-]+", t))


def _noise(text: str, s: int, e: int, blocked: list[tuple[int, int]]) -> bool:
    """Whether the number at [s, e) is part of a code, price, reference, phone or date."""
    if any(bs <= s < be for bs, be in blocked):
        return True
    before, after = text[max(0, s - 14) : s], text[e : e + 6]
    prev = before[-1:]
    if prev and ((prev.isascii() and prev.isalnum()) or prev in "-/.#=_δφ*×+"):
        return not MARKER_BEFORE.search(before)  # glued to a code, unless it is "x12"
    if after[:1].isascii() and after[:1].isalpha() and not UNIT_AFTER.match(after) and after[:1] != "x":
        return True  # glued letters: "350h", "2rs"
    if REF_BEFORE.search(before) or PRICE_NEAR.search(before):
        return True
    if re.match(r"\s*(?:元|块钱|/pc|/each|p\b|pence)", after, re.I):
        return True
    return bool(SPEC_AFTER.match(after)) and not UNIT_AFTER.match(after)


def find_quantities(text: str, blocked: list[tuple[int, int]]) -> list[Qty]:
    """Quantity candidates of a chunk (normalised text), strongest first."""
    blocked = blocked + [m.span() for m in PHONE_RE.finditer(text)]
    out: list[Qty] = []
    for m in NUM_RE.finditer(text):
        s, e = m.span()
        raw = m.group("num")
        if not raw.strip() or _noise(text, s, e, blocked):
            continue
        value = number_value(raw)
        if value is None or value <= 0 or value > 1_000_000:
            continue
        out.append(_candidate(text, s, e, raw, value))
    return sorted([q for q in out if q.strength > 0], key=lambda q: -q.strength)


def _candidate(text: str, s: int, e: int, raw: str, value: float) -> Qty:
    """Score one number as a quantity: unit after it, marker before it, or bare."""
    unit_m = UNIT_AFTER.match(text, e)
    is_word = raw[0].isalpha() and raw.isascii()
    if unit_m:
        unit = (unit_m.group("en") or unit_m.group("zh")).lower()
        end = unit_m.end()
        mult = EN_COUNT_UNITS.get(unit)
        pack = PACK_OF.match(text, end) if UNIT_WORDS[unit][0] == "pack" else None
        strength = 3.0 if unit not in ("x", "t", "m", "g", "l", "no") else 2.5
        if mult:  # "2 doz" is 24 pieces
            return Qty(s, end, value * mult, "pcs", strength)
        return Qty(s, pack.end() if pack else end, value, unit, strength,
                   float(pack.group("n")) if pack else None)
    if MARKER_BEFORE.search(text[max(0, s - 10) : s]):
        return Qty(s, e, value, None, 2.8)
    if is_word and raw.strip() in ("a", "an", "half a", "half an"):
        return Qty(s, e, value, None, 0)
    if re.fullmatch(r"[零一二两三四五六七八九十百千万半]+", raw):
        return Qty(s, e, value, None, 0)  # bare Chinese numerals are words (一下, 三角带), not counts
    strength = 1.0 if not raw.isdigit() or len(raw) < 5 else 0.3
    if re.match(r"\s*(?:of|off)\b", text[e : e + 5]):
        strength += 0.6  # "24 of the cream ones"
    return Qty(s, e, value, None, strength)


def in_history(text: str, q: Qty) -> bool:
    """Whether the quantity sits in a sentence about an earlier order ("last time we bought 100")."""
    return bool(PAST_RE.search(text[max(0, q.start - 40) : q.start]))
