"""Match strength of a reading (used to rank readings) and the wording that makes counts risky."""
from __future__ import annotations

import math
import re

from nlp.prefilter import prefiltered


def line_confidence(matches: list[tuple[str, float]], has_qty: bool, cover: float = 1.0) -> float:
    """How sure the line is right: top score, its lead over the runner-up, how much of the
    item's name the mention covered, and whether a quantity was found."""
    top = matches[0][1]
    second = matches[1][1] if len(matches) > 1 else 0.0
    margin = top - second
    z = 9.0 * (top - 0.72) + 14.0 * (margin - 0.08) + 3.0 * (min(cover, 0.7) - 0.5)
    z += 0.0 if has_qty else -1.5
    return 1.0 / (1.0 + math.exp(-z))


# Constructs whose counts the rules read literally but people mean otherwise (one \b for all the words:
# these are searched over every body, and a \b per branch is 2-3x slower; `prefiltered`: a start-character
# look-ahead, same matches, rejects most positions at once).
VAGUE = prefiltered(r"\b(?:double|half of|the rest)\b|same as|same again|一样|照旧|翻倍|一半", re.I)
RISKY = prefiltered(r"\b(?:each|double|half|too|instead|or)\b|same as|各|一样|照旧|或", re.I)
