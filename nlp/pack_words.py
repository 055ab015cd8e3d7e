"""How the pack a count is said in picks between near-tied items: "4 pails" of grey paint, "10 spools" of wire."""
from __future__ import annotations

import re

from nlp.quantities import Qty
from nlp.text import has_digit, is_cjk, numbers, stem, terms
from nlp.postprocess import in_unit, round_qty
from nlp.units import UNIT_WORDS, carried_unit

PACK_TIE = 0.05  # items this close are told apart by the pack word of the count
PACK_NAMED = 0.15  # a runner-up this close whose name holds the pack word is read with that word said


class PackWords:
    """Mixin of `Extractor` (needs `by_sku` and the `Readings` methods)."""

    def _family_in_packs(self, mention: str, q: Qty | None, matches) -> bool:
        """ "need 10 spools" of "welding wire": a family counted in the pack its variants are sold in
        ("... (15 kg spool)"), with the catalogue's default variant among the near-tied."""
        if q is None or not q.unit or len(matches) < 2:
            return False
        # "E6013 electrodes": a number every near-tied variant holds names the family, not a variant
        said = numbers(terms(mention)) if has_digit(mention) else set()
        if said and not all(said <= numbers(self._names_of(m)) for m, _ in matches[:2]):
            return False
        tied = [self.by_sku[m] for m, score in matches if score >= matches[0][1] - PACK_TIE]
        if not any(it.default for it in tied[1:]):  # the default variant is not already first
            return False
        pack = q.unit.lower().rstrip("s")
        pack_rx = re.compile(rf"\b{re.escape(pack)}\b", re.I)  # once per call, not per item
        if all(pack_rx.search(self.by_sku[m].name) for m, _ in matches[:2]):
            return True
        # "welding rods, 4 cartons": a strong count in packs of a family whose near-tied variants are all
        # sold by a pack of one size (the catalogue's default variant is then the one meant).
        return q.strength >= 2 and UNIT_WORDS.get(q.unit.lower(), ("",))[0] == "pack" and len(tied) >= 2 \
            and len({(it.unit, it.pack_size) for it in tied}) == 1 and bool(tied[0].pack_size)


    def _packed_as_said(self, q: Qty | None, matches, mention: str, customer: str | None):
        """ "grey paint …, 4 pails", "灰色的漆四桶": among near-tied items, those whose names hold the count's pack word
        ("… (15 kg pail)" against "… (20 kg set)") are meant; the others drop behind them."""
        if not q or not q.unit or len(matches) < 2 or UNIT_WORDS.get(q.unit, ("",))[0] != "pack":
            return matches
        if matches[1][1] < matches[0][1] - PACK_TIE:
            return self._pack_named(q.unit, matches, mention, customer)
        top = matches[0][1]
        near = [self._sold_in(sku, q.unit) if score >= top - PACK_TIE else None for sku, score in matches]
        if not any(near) or all(x for x in near if x is not None):
            return matches
        moved = [(sku, round(score - 2 * PACK_TIE, 4) if has is False else score) for (sku, score), has in zip(matches, near)]
        return sorted(moved, key=lambda m: -m[1])

    def _pack_named(self, unit: str, matches, mention: str, customer: str | None):
        """ "10 rolls of the 50's christmas wrap": when a close runner-up's name holds the pack word the count was
        said in ("ROLL WRAP …") and the top item's does not, the mention is read again with that word, which
        the count took out of it; the new reading stands if its top item holds the word."""
        if not mention or is_cjk(unit) or self._sold_in(matches[0][0], unit) or \
                not any(self._sold_in(sku, unit) for sku, score in matches[1:] if score >= matches[0][1] - PACK_NAMED):
            return matches
        again = self.matcher.match(f"{unit} {mention}", top=len(matches), customer=customer)
        return again if again and self._sold_in(again[0][0], unit) else matches

    def _carry_unit(self, line: dict, before: dict | None) -> None:
        """ "2 rolls red, 2 blue": a bare count after a line counted in a pack or measure is in that unit."""
        q, said = line["_qty"], before and before["_qty"]
        if q is None or q.unit is not None or not said or not said.unit \
                or not line["sku"] or not before["sku"]:
            return
        item = self.by_sku[line["sku"]]
        unit = carried_unit(q.value, said.unit, item, self.by_sku[before["sku"]])
        if unit:
            line["_qty"] = Qty(q.start, q.end, q.value, unit, q.strength, said.pack_of)
            line["quantity"] = round_qty(in_unit(line["_qty"], item))

    def _sold_in(self, sku: str, unit: str) -> bool:
        """Whether an item's names say the pack a count was said in ("pail" of "(15 kg pail)", 桶 of "15公斤/桶")."""
        if unit.isascii():
            return stem(unit) in self._names_of(sku)
        return any(unit in name for name in self.by_sku[sku].all_names())

