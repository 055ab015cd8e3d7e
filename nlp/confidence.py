"""Match strength of a reading (used to rank readings) and the wording that makes counts risky."""
from __future__ import annotations

import math
import re


def line_confidence(matches: list[tuple[str, float]], has_qty: bool, cover: float = 1.0) -> float:
    """How sure the line is right: top score, its lead over the runner-up, how much of the
    item's name the mention covered, and whether a quantity was found."""
    top = matches[0][1]
    second = matches[1][1] if len(matches) > 1 else 0.0
    margin = top - second
    z = 9.0 * (top - 0.72) + 14.0 * (margin - 0.08) + 3.0 * (min(cover, 0.7) - 0.5)
    z += 0.0 if has_qty else -1.5
    return 1.0 / (1.0 + math.exp(-z))


# Constructs whose counts the rules read literally but people mean otherwise.
VAGUE = re.compile(r"\bdouble\b|\bhalf of\b|same as|same again|\bthe rest\b|一样|照旧|翻倍|一半", re.I)
RISKY = re.compile(r"\beach\b|\bdouble\b|\bhalf\b|same as|\btoo\b|\binstead\b|\bor\b|各|一样|照旧|或", re.I)
