"""Bearing seals written in Chinese words ("带胶封", "铁盖的", "不带密封") read as the trade's suffix codes."""
from __future__ import annotations

import re
from functools import lru_cache

BEARING = re.compile(r"轴承|(?<![\d.])6[0-3]\d\d(?!\d)")
# Order matters: "不带密封" is open before "密封" is read as a rubber seal.
SEAL_WORDS = [
    (re.compile(r"(?:不带|不要|无|没有|没)(?:橡胶|胶|铁|钢)?(?:密封|封|盖|防尘盖)|开口|开式"), " open "),
    (re.compile(r"(?:双面|两面|两边|带)?(?:铁|钢|金属)(?:封|盖)|(?:双面|两面|带)?防尘盖"), " zz "),
    (re.compile(r"(?:双面|两面|两边|带)?(?:橡胶|胶)(?:密封|封|圈|盖)|(?:双面|两面|带)?密封圈?"), " 2rs "),
]
ANY_SEAL = re.compile("|".join(rx.pattern for rx, _ in SEAL_WORDS))  # "改成铁封的": a seal named, whichever
# "204轴承" is the old Chinese name of 6204: with a seal said, the ISO number carries the suffix.
OLD_SERIES = re.compile(r"(?<![\d.])([23]\d\d)(?=\s*轴承)")


@lru_cache(maxsize=4096)
def seal_codes(text: str) -> str:
    """A bearing mention with its seal words as codes ("6205带胶封" -> "6205 2rs"); other text as it is."""
    if not BEARING.search(text):
        return text
    out = text
    for rx, code in SEAL_WORDS:
        out = rx.sub(code, out)
    return OLD_SERIES.sub(r"6\1", out) if out != text else text
