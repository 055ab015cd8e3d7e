"""Counts said in English lists: the pattern of one ("6", "twenty-four", "half a dozen") and its value."""
from __future__ import annotations

from nlp.numbers import EN_TENS, EN_UNITS
from nlp.quantities import number_value

_WORDS = "|".join(sorted((w for w in list(EN_UNITS) + list(EN_TENS)
                          if w not in ("a", "an", "half", "few", "couple", "zero")), key=len, reverse=True))
# "twenty-four" is one count: its "four" alone is none ("…centre: twenty-four daisy markers, 24 birdhouse ones")
_DIGIT_WORDS = "|".join(w for w, v in EN_UNITS.items() if isinstance(v, int) and 1 <= v <= 9 and len(w) > 2)
_COMPOUND = rf"(?:{'|'.join(EN_TENS)})[- ](?:{_DIGIT_WORDS})\b"
CNT = rf"(?:half\s+(?:a\s+)?doz(?:en)?|(?:(?:a|\d+|{_COMPOUND}|(?<!-){_WORDS})\s+)?doz(?:en)?\b|\d+|{_COMPOUND}|(?<!-)(?:{_WORDS}))"  # "two dozen"


def count_value(text: str) -> float | None:
    """Value of a count word or number ("half a dozen" 6, "a dozen" 12, "ten" 10)."""
    words = text.lower().split()
    if words[-1] in ("dozen", "doz"):
        rest = " ".join(words[:-1])
        n = number_value(rest) if rest not in ("", "a") else 1.0
        return 12.0 * n if n else None
    return number_value(text)
