"""How much each word of a catalogue name says about the item: a pack phrase ("PACK OF 12") says little."""
from __future__ import annotations

import math

# Words that count the contents of a pack: "PACK OF 12", "SET/6", "BOX OF 4", "SET 2".
PACK_HEADS = frozenset(("pack", "set", "box"))
# Share of its idf a pack phrase's word keeps: buyers name the product and rarely its pack
# ("retrospot tissues" for "PACK OF 12 RED RETROSPOT TISSUES"), so an unsaid pack phrase costs little.
PACK_WEIGHT = 0.4


def pack_terms(words: list[str]) -> frozenset[str]:
    """The terms of a name's pack phrase: "pack of 12" / "set 2" and a count the name starts with ("60 CAKE CASES")."""
    light: set[str] = set()
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


def name_masses(names: frozenset[str], light: frozenset[str], idf: dict[str, float]) -> tuple[dict[str, float], float]:
    """Each term of one name with the weight it carries (idf, its pack phrase's words lighter), and their total."""
    mass = {t: idf.get(t, 1.0) * (PACK_WEIGHT if t in light else 1.0) for t in names}
    return mass, math.fsum(mass.values()) or 1.0
