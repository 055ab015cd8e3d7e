"""Read numbers written the way invoices write them: 1.234,56 / 1,234.56 / € 3,89 / 12- / 1 234,00."""
from __future__ import annotations

import re

_CURRENCY = re.compile(r"(€|\$|£|¥|￥|₹|zł|CHF|EUR|USD|GBP|CNY|RMB|JPY|INR|PLN|SEK|NOK|DKK)", re.I)
_NUMERIC = re.compile(r"^[-+(]?\d[\d\s.,'’]*\d?[-)]?$|^[-+]?[.,]\d+$")


def parse_number(text: str | None) -> float | None:
    """The number in a cell, or None when the cell is not (only) a number. Percentages are not numbers."""
    if text is None:
        return None
    s = _CURRENCY.sub("", str(text)).strip().replace("\u00a0", " ")
    if not s or "%" in s or not _NUMERIC.match(s):
        return None
    negative = s.startswith(("-", "(")) or s.endswith(("-", ")"))
    s = re.sub(r"[\s'’()+-]", "", s)
    if "," in s and "." in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
    elif s.count(",") == 1 and not re.search(r",\d{3}$", s):
        decimal = ","
    elif s.count(",") == 1 and s.startswith("0,"):
        decimal = ","
    elif s.count(".") > 1 or s.count(",") > 1:
        decimal = "none"
    else:
        decimal = "."
    thousands = "," if decimal == "." else "."
    s = s.replace(thousands, "") if decimal != "none" else s.replace(",", "").replace(".", "")
    s = s.replace(",", ".")
    try:
        value = float(s)
    except ValueError:
        return None
    return -value if negative else value


def is_number(text: str) -> bool:
    """True when the text reads as a number."""
    return parse_number(text) is not None


def first_number(text: str) -> tuple[float | None, str]:
    """(first number in a cell, the rest of the cell): '1.00 kg' -> (1.0, 'kg')."""
    for match in re.finditer(r"[-+]?\d[\d.,]*", text or ""):
        value = parse_number(match.group(0))
        if value is not None:
            return value, (text[: match.start()] + text[match.end():]).strip()
    return None, (text or "").strip()
