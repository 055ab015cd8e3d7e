"""A line read by its size codes alone while the buyer names another kind of goods ("M12 washers" is no M12 nut)."""
from __future__ import annotations

import re

from nlp.attributes import COLOURS
from nlp.text import is_cjk, terms
from nlp.units import UNIT_WORDS
from nlp.words import FILLER

_CODE = re.compile(r"[a-z]+\d|\d[a-z]")  # "m12", "dn80", "pn16", "4x25": a size or rating code
_WORD = re.compile(r"[a-z]{4,}")
# ("stainless M12": a material asked of the sized item is another grade of it, not another kind of goods)
MATERIALS = frozenset("stainless steel zinc galvanised galvanized brass nylon copper plated plain black bright".split())


def other_kind(mention: str, names: frozenset, vocabulary) -> bool:
    """Whether the mention shares only codes with the item's names and a catalogue word beside one names other goods."""
    # ("M12 washers" read as the M12 nut; a word the catalogue lacks, "rebuild B1600", "galv", says nothing)
    if not mention or is_cjk(mention):
        return False
    said = set(terms(mention))
    shared = said & names
    if not shared or not all(_CODE.search(t) for t in shared):
        return False
    words = mention.split()
    for i, w in enumerate(words):
        if w.strip(",.;:()") not in shared:
            continue
        for near in words[max(0, i - 1) : i] + words[i + 1 : i + 2]:  # only a word in the same phrase, no comma between
            t = set(terms(near))
            if _WORD.fullmatch(near) and t and all(x in vocabulary for x in t) and not t & names \
                    and not t & (FILLER | COLOURS | MATERIALS | set(UNIT_WORDS)):
                return True
    return False


def without_other_kinds(lines: list[dict], names_of, vocabulary) -> list[dict]:
    """The lines but those whose item only shares codes with a mention naming another kind of goods."""
    return [ln for ln in lines if not (ln.get("sku") and other_kind(ln.get("mention") or "", names_of(ln["sku"]), vocabulary))]
