"""A flip phone's predictive text (T9) read back: it types "and" as "cod" and "of" as "me" (the same keys)."""
from __future__ import annotations

import re

# "12 red clocks cod 6 ivory ones", "2 doz me the hand warmers": only between counted items ("cod" before a count,
# "me" after one), so "pay cod" and "send me the invoice" stay as they are
_AND = re.compile(r"(?<=[a-z]) cod (?=\d|(?:a|an|one|two|three|four|five|six|ten|twelve|half|the)\b)")
_OF = re.compile(r"(?:(?<=\d )|(?<=\bdoz )|(?<=\bdozen )|(?<=\bdzn ))me(?= the\b)")


def t9(text: str) -> str:
    """Normalised text with a flip phone's "cod" and "me" between counted items read as "and" and "of"."""
    if " cod " not in text and " me the" not in text:
        return text
    return _OF.sub("of", _AND.sub(" and ", text))
