"""Alias memory of the matcher: what each customer has confirmed a mention to mean."""
from __future__ import annotations

from rapidfuzz import fuzz, process

from nlp.text import clean_key


class AliasMemory:
    """Mixin of `Matcher`: needs its `_aliases` (customer -> mention key -> SKU) and result `_cache`."""

    def remember_alias(self, customer: str | None, mention: str, sku: str) -> None:
        """Remember that this customer means `sku` by `mention`; it wins next time."""
        key = clean_key(mention)
        if key and sku:
            self._cache.clear()  # a confirmation changes what later mentions mean
            self._aliases[customer][key] = sku
            self._aliases[None].setdefault(key, sku)

    def _alias_hit(self, text: str, customer: str | None) -> tuple[str, float] | None:
        """A remembered alias of this customer (exact, or near-exact for typos)."""
        key = clean_key(text)
        for who, score in ((customer, 1.0), (None, 0.9)):
            memory = self._aliases.get(who)
            if who is None and customer is None:
                score = 0.95
            if not memory:
                continue
            if key in memory:
                return memory[key], score
            best = process.extractOne(key, list(memory), scorer=fuzz.ratio, score_cutoff=92)
            if best:
                return memory[best[0]], score - 0.03
        return None
