"""Fasteners listed as a set after one spec ("stainless M8x30 bolts and nuts", "M12 bolts, nuts and washers"): the
nuts and washers take the bolts' thread size and material, written out before each."""
from __future__ import annotations

import re

_MATERIAL = r"(?:stainless(?:\s+steel)?|ss|a2|a4|304|316|zinc(?:[\s-]plated)?|galv(?:anised|anized)?)"
_FOLLOWER = r"(?:flat\s+|spring\s+|lock\s+)?(?:nuts|washers)"
# (the bolts' own words may sit between spec and noun: "M10x50 hex bolts"; only nuts and washers follow, bare)
_SET = re.compile(rf"\b(?P<mat>{_MATERIAL}\s+)?(?P<size>m\d{{1,2}})(?:\s*[x×*]\s*\d+)?(?:\s+(?:hex|cap|coach|set))?"
                  rf"\s+(?:bolts|screws)(?P<rest>(?:\s*(?:,|and|&|\+|with|plus)\s*(?:the\s+)?(?:\d+\s+(?:x\s+)?)?{_FOLLOWER}\b)+)", re.I)
_BARE = re.compile(_FOLLOWER, re.I)  # (leftmost: the spec goes before "spring" of "spring washers")


def shared_specs(text: str) -> str:
    """Nuts and washers listed bare after specified bolts with the bolts' size and material written before them."""
    if "nut" not in text and "washer" not in text:
        return text
    return _SET.sub(_spelt, text)


def _spelt(m: re.Match) -> str:
    """The matched set with the spec before each bare follower."""
    spec = f"{m.group('mat') or ''}{m.group('size')} "
    rest = _BARE.sub(lambda f: spec + f.group(0), m.group("rest"))
    return m.group(0)[: m.start("rest") - m.start()] + rest
