"""How the pack a count is said in picks between near-tied items: "4 pails" of grey paint, "10 spools" of wire."""
from __future__ import annotations

import re

from nlp.quantities import Qty
from nlp.text import has_digit, stem
from nlp.units import UNIT_WORDS

PACK_TIE = 0.05  # items this close are told apart by the pack word of the count


class PackWords:
    """Mixin of `Extractor` (needs `by_sku` and the `Readings` methods)."""

    def _family_in_packs(self, mention: str, q: Qty | None, matches) -> bool:
        """ "need 10 spools" of "welding wire": a family counted in the pack its variants are sold in
        ("... (15 kg spool)"), with the catalogue's default variant among the near-tied."""
        if q is None or not q.unit or len(matches) < 2 or has_digit(mention):
            return False
        if not self.by_sku[matches[1][0]].default:
            return False
        pack = q.unit.lower().rstrip("s")
        return all(re.search(rf"\b{re.escape(pack)}\b", self.by_sku[m].name, re.I) for m, _ in matches[:2])


    def _packed_as_said(self, q: Qty | None, matches):
        """ "grey paint …, 4 pails": among near-tied items, those whose names hold the count's pack word
        ("… (15 kg pail)" against "… (20 kg set)") are meant; the others drop behind them."""
        if not q or not q.unit or len(matches) < 2 or matches[1][1] < matches[0][1] - PACK_TIE \
                or UNIT_WORDS.get(q.unit, ("",))[0] != "pack" or not q.unit.isascii():
            return matches
        word, top = stem(q.unit), matches[0][1]
        near = [word in self._names_of(sku) if score >= top - PACK_TIE else None for sku, score in matches]
        if not any(near) or all(x for x in near if x is not None):
            return matches
        moved = [(sku, round(score - 2 * PACK_TIE, 4) if has is False else score) for (sku, score), has in zip(matches, near)]
        return sorted(moved, key=lambda m: -m[1])
