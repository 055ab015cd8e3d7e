"""How much each word of a catalogue name says about the item: a pack phrase ("PACK OF 12") says little."""
from __future__ import annotations

import math

from nlp.attributes import COLOURS, SIZES
from nlp.words import STOPWORDS

# Words that count the contents of a pack: "PACK OF 12", "SET/6", "BOX OF 4", "SET 2".
PACK_HEADS = frozenset(("pack", "set", "box"))
# Share of its idf a pack phrase's word keeps: buyers name the product and rarely its pack
# ("retrospot tissues" for "PACK OF 12 RED RETROSPOT TISSUES"), so an unsaid pack phrase costs little.
PACK_WEIGHT = 0.4
NEVER_SYNONYMS = COLOURS | SIZES | STOPWORDS  # words that tell variants apart, or say nothing
# A colourless finish says as little as a pack phrase: "small sundae dishes" are the CLEAR ones, not the PINK.
NEUTRAL = frozenset(("clear", "natural"))


def pack_terms(words: list[str]) -> frozenset[str]:
    """The terms of a name's pack phrase: "pack of 12" / "set 2", a count the name starts with ("60 CAKE CASES")
    and a neutral colour word."""
    light: set[str] = set(NEUTRAL.intersection(words))
    if len(words) > 2 and words[0].isdigit():
        light.add(words[0])
    for i, w in enumerate(words[:-1]):
        if w not in PACK_HEADS:
            continue
        rest = words[i + 1 : i + 3]
        if rest[0] == "of" and len(rest) == 2 and rest[1].isdigit():
            light.update((w, "of", rest[1]))
        elif rest[0].isdigit():
            light.update((w, rest[0]))
    return frozenset(light)


def name_mass(terms: frozenset[str] | set[str], light: frozenset[str], idf: dict[str, float]) -> float:
    """Summed idf of the terms, the words of the name's pack phrase (`light`) counting PACK_WEIGHT of theirs."""
    mass = math.fsum([idf.get(t, 1.0) for t in terms])
    if light:  # most names have no pack phrase: nothing more to do
        mass -= (1.0 - PACK_WEIGHT) * math.fsum([idf.get(t, 1.0) for t in light if t in terms])
    return mass


def covered(masses: list[tuple[str, float]], names: frozenset[str], light: frozenset[str]) -> float:
    """`name_mass` of the matched terms (with their idf) that one name holds."""
    if not masses:  # runs for every name of every shortlisted item: a mention matching none of its words is common
        return 0.0
    mass = math.fsum([v for t, v in masses if t in names])
    if light:
        mass -= (1.0 - PACK_WEIGHT) * math.fsum([v for t, v in masses if t in light and t in names])
    return mass


def variant_codes(names: frozenset[str], codes: frozenset[str]) -> list[str]:
    """The codes of a name that set it apart from its siblings: letters with digits ("2RS", "M8x30") and long
    numbers (a design number "17211"); a short number is a count or size the mention may leave out."""
    return [t for t in names if t in codes and (not t.isdigit() or len(t) >= 4)]


def code_penalty(qcodes: list[frozenset[str]], names: frozenset[str]) -> float:
    """A query code the item lacks in every form, while it has other codes, is a strong no."""
    if not qcodes:
        return 0.0
    return 0.15 * sum(1 for forms in qcodes if forms.isdisjoint(names))


def learn_synonyms(synonyms: dict[str, set[str]], term_sets: list[frozenset[str]], term_lists: list[list[str]]) -> None:
    """Two names of one item that differ in one word each ("LUNCH BAG RED SPOTTY" beside
    "LUNCH BAG RED RETROSPOT") say the two words mean the same: other items may use either."""
    for i, a in enumerate(term_sets[:4]):
        for j, b in enumerate(term_sets[i + 1 : 4], i + 1):
            x, y = a - b, b - a
            if len(x) == 1 == len(y) and len(a) >= 3:
                (u,), (v,) = x, y
                # Two colours or sizes are two variants of a design, never one word ("BLUE/GREEN").
                if {u, v} & NEVER_SYNONYMS:
                    continue
                # Only a word swapped in place: a renamed item that also moved its words
                # ("DOILIES PANTRY DESIGN" / "PANTRY PAPER DOILIES") says nothing of design = paper.
                if [v if t == u else t for t in term_lists[i]] != term_lists[j]:
                    continue
                if u.isalpha() and v.isalpha() and u.isascii() and v.isascii() and min(len(u), len(v)) >= 3:
                    synonyms[u].add(v)
                    synonyms[v].add(u)
