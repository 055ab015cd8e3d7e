"""A Chinese clause naming its item by a bare 大的/小的 ("水壶要6个，小的来3个"): the named family's size variant."""
from __future__ import annotations

import re

from nlp.both_variants import SIZE_WORDS
from nlp.mentions import BARE_SIZE

SIZE_WORD = re.compile(r"[大小]号")
# ("大的要3个" read with no family before it: the size word alone names no product)
SIZE_ALONE = re.compile(r"\W*[大小]号\W*")


class BareSizes:
    """Keeps a bare size's line only when it is the size variant of the family named."""

    def _sized(self, line: dict | None, text: str, customer: str | None) -> dict | None:
        """The line of a clause with a bare 大的/小的, or None when no family is named or the size read lands on
        another family ("心形挂饰12个，大的要3个": no heart is large, so no candle is guessed)."""
        if not line or not line.get("sku") or not BARE_SIZE.search(text):
            return line
        if SIZE_ALONE.fullmatch(line["mention"]):
            return None
        plain = SIZE_WORD.sub(" ", line["mention"]).strip()
        r = self._reading(plain, line["_qty"], customer)
        # (any close reading of the family will do: "手套，大的五十盒" may first read the cotton ones, no large)
        sized = not r or any(c == line["sku"] or self.siblings.differs_by(c, line["sku"], SIZE_WORDS) for c, _ in r[3])
        return line if sized else None
