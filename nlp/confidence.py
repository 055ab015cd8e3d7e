"""Confidence of a line and of a whole message, from match scores and margins."""
from __future__ import annotations

import math
import re

from nlp.intent import intent_scores


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


def message_confidence(intent: str, lines: list[dict], body: str, loose: int = 0, orphans: int = 0) -> float:
    """The weakest line decides, less for counts that no line used and for risky constructs;
    a message with no lines is as sure as its intent cues."""
    if not lines:
        # Nothing to order: sure unless a count was found and left unused, or the words are vague.
        if intent == "other":
            return 0.5 if loose or VAGUE.search(body) else 0.9
        return 0.85 if intent == "cancel" and not loose and not orphans else 0.5
    conf = min(ln["confidence"] for ln in lines) - 0.2 * min(loose, 2) - 0.15 * min(orphans, 2)
    if RISKY.search(body):
        conf -= 0.1
    if VAGUE.search(body):
        conf -= 0.25
    cues = intent_scores(body)
    rivals = {k for k, v in cues.items() if v and k != "order"} - {intent}
    if rivals:
        conf -= 0.15  # another intent's cue words are present too: the label is a judgement call
    missing = [ln["quantity"] is None for ln in lines]
    if any(missing) and (intent in ("order", "change") or not all(missing)):
        conf -= 0.3  # some lines have a count and others none: probably a count went astray
    return round(max(conf, 0.0), 3)
