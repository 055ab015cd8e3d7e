"""Numbers a message's reading does not account for: a strong sign a person should look."""
from __future__ import annotations

import re

from nlp.quantities import PHONE_RE, _noise
from nlp.text import numbers, terms

DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# Spoken decimals: "一吨二" is 1.2 t, "两米五" 2.5 m; a digit after the measure word that no count took.
ZH_TAIL = re.compile(r"(?<=[吨米斤桶箱卷盒包个只套件条根支双张台盘组袋])[一二两三四五六七八九](?=[\s,.;，。；！!]|$)")


def unexplained(body: str, lines: list[dict], dates: list[tuple[int, int]], is_code) -> int:
    """How many numbers of the body are none of: a line's count, a date, a code, a price, a phone or
    reference number, or part of a line's product name (`lines` still hold their `_qty`)."""
    # A count nobody used ("12 thick I think", "2 of the red") means a line was missed or misread.
    used = [(q.start, q.end) for q in (ln.get("_qty") for ln in lines) if q is not None]
    named = {n for ln in lines for n in numbers(terms(ln["mention"]))}
    blocked = dates + [m.span() for m in PHONE_RE.finditer(body)]
    count = 0
    for m in DIGITS.finditer(body):
        s, e = m.span()
        # Cheapest explanations first: the noise check runs several searches around the number.
        explained = m.group().replace(",", "") in named or any(a <= s < b or s <= a < e for a, b in used)
        count += not (explained or is_code(m.group()) or _noise(body, s, e, blocked))
    return count + sum(1 for m in ZH_TAIL.finditer(body) if not any(a <= m.start() < b for a, b in used))
