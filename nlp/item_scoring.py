"""How a mention is scored against one catalogue item: the mention's facts once per query, the item's
facts once per item (bounded), then their similarity."""
from __future__ import annotations

from rapidfuzz.fuzz import token_set_ratio

from nlp.attributes import COLOURS, attributes, closing_size, materials, penalty_of
from nlp.item_names import code_penalty, covered, name_mass, variant_codes
from nlp.resolve import COUNT, HEAD_OF, Query, Splits
from nlp.text import has_digit
from nlp.prefilter import prefiltered

MEASURE = prefiltered(r"\d+(?:\.\d+)?(?:mm|cm|inch|kg|kw|v|w|m|g|l|pc|pcs|pce|piece)")
# Per-item scoring facts kept (~1.5 KB each): unbounded, a service that meets every item of a 100k
# catalogue would hold ~150 MB of them on top of the index.
INFO_CAP = 40_000
SPLIT_READ = 0.98  # a compound the catalogue has ("birdcage") met by its halves apart ("BIRD PLANT CAGE")


class ItemScoring:
    """Mixin of `Matcher`: needs its index (`_idf`, `_post`, `_codes`, `_name_terms`, `_name_text`, `_pack`), its
    `_item_info` store and the per-query `coverage`, `mention_cover`, `_plain`."""

    def _info(self, idx: int):
        """Per-item facts used by scoring, computed on first use: all-names term set and,
        per name, its terms, pack-phrase terms, idf mass, text, variant codes and attributes."""
        info = self._item_info.get(idx)
        if info is not None:
            self._item_info.move_to_end(idx)  # one caller at a time: the matcher's scratch state is per call
        else:
            idf = self._idf
            attrs = [(cs, ss | closing_size(text), materials(names)) for names, text in
                     zip(self._name_terms[idx], self._name_text[idx]) for cs, ss in (attributes(names),)]
            # A size or finish one name declares ("size M", "zinc-plated") is the item's: its alias
            # "... blue M" / "M8x30" has it too.
            sizes, finish = (frozenset().union(*(a[k] for a in attrs)) for k in (1, 2))
            packs = self._pack.get(idx) or [frozenset()] * len(attrs)
            per_name = [(names, pack, name_mass(names, pack, idf) or 1.0, text,
                         variant_codes(names, self._codes), (cs, ss or sizes, ms or finish))
                        for names, text, pack, (cs, ss, ms) in zip(self._name_terms[idx], self._name_text[idx], packs, attrs)]
            union = frozenset().union(*self._name_terms[idx])
            info = (union, per_name, bool(union & self._codes))
            if len(self._item_info) >= INFO_CAP:
                self._item_info.popitem(last=False)
            self._item_info[idx] = info
        return info

    def _prepare(self, query: Query, split: Splits, qtext: str):
        """What scoring needs of the mention, computed once per query rather than once per item:
        each term's weight with its resolutions, their total, its codes, attributes and text."""
        idf, weighted, q_total = self._idf, [], 0.0
        for term, resolved in query:
            # Words the catalogue has never seen say little about which item: small weight.
            weight = idf.get(term, 0.0) or max((idf[t] for t, _ in resolved), default=0.5)
            weight *= 1.5 if has_digit(term) else 1.0
            q_total += weight
            weighted.append(self._hit_terms(weight, resolved, split))
        # Codes carry most signal (measures like "2inch" or "10mm" are descriptions items may omit).
        # "x2" is the count of a set, not a code the item must carry.
        # A code is there when the item holds any form of it ("m8x30mm" as the catalogue's "m8x30").
        qcodes = [frozenset([t, *(r for r, _ in res)]) for t, res in query
                  if has_digit(t) and len(t) >= 2 and not MEASURE.fullmatch(t) and not COUNT.fullmatch(t)]
        # The words as said count too: "large" asks for a size where the catalogue has only "size L".
        said = [t for _, r in query for t, _ in r[:1]] + [t for t, _ in query]
        qattrs = attributes(said) + (materials(said),)
        return weighted, q_total, qcodes, split, qtext, qattrs

    def _score_item(self, prepared, idx: int) -> float:
        """Similarity of the mention with an item, 0..1: query words against all its names together
        (a mention may mix words of two aliases), name coverage against its best single name."""
        weighted, q_total, qcodes, split, qtext, qattrs = prepared
        if not q_total:
            return 0.0
        union, per_name, has_codes = self._info(idx)
        q_hit, matched, weak = self._query_hits(weighted, split, union)
        idf = self._idf
        # (most mentions meet no word as a compound's head only: no per-word test then)
        masses = [(t, idf.get(t, 1.0) * (HEAD_OF if t in weak else 1.0)) for t in matched] if weak else \
            [(t, idf.get(t, 1.0)) for t in matched]
        best, best_cov = self._best_name(idx, per_name, masses, matched, qtext, qattrs)
        score = 0.6 * (q_hit / q_total) + best - (code_penalty(qcodes, union) if has_codes and qcodes else 0.0)
        sku = self.items[idx].sku
        self.coverage[sku] = best_cov
        self.mention_cover[sku] = q_hit / q_total
        return max(0.0, min(1.0, score))

    def _query_hits(self, weighted, split: dict, union) -> tuple[float, set[str], set[str]]:
        """(weight of the query words an item's names hold, those words, those met only as a compound's head)."""
        q_hit = 0.0
        matched: set[str] = set()
        weak: set[str] = set()  # "cup" met as "teacup": the compound covers its name only in part
        for resolved in weighted:
            # each resolution's facts come from _hit_terms, once per query
            for t, hit, head, parts, colours, halves in resolved:
                if t in union:
                    q_hit += hit
                    matched.add(t)
                    if head:
                        weak.add(t)
                    if colours and union.issuperset(parts):
                        matched.update(parts)  # "black and blue" also covers the "black", "blue" of "black/blue"
                    break
                if parts and parts[0] in union and parts[1] in union:  # "nightlight" vs "night light"
                    q_hit += halves
                    matched.update(parts)
                    break
        return q_hit, matched, weak

    def _hit_terms(self, weight: float, resolved, split: dict) -> list[tuple]:
        """Per resolution of a query word, what _query_hits needs of it: the term, its weight as met, whether
        only a compound's head, its halves, whether those are colours, and its weight when met by its halves."""
        out = []
        for t, w in resolved:
            parts = split.get(t)
            # the word as written, where an item has it, reads a little better than its halves apart
            out.append((t, weight * w, w <= HEAD_OF, parts, bool(parts and COLOURS.issuperset(parts)),
                        weight * w * (SPLIT_READ if t in self._post else 1.0)))
        return out

    def _best_name(self, idx: int, per_name, masses, matched: set[str], qtext: str, qattrs) -> tuple[float, float]:
        """(score of the item's name the mention reads best as, that name's coverage); notes the main name's coverage."""
        best = best_cov = 0.0
        plain = None
        for names, pack, n_total, ntext, own_codes, nattrs in per_name:
            n_hit = covered(masses, names, pack)
            if plain is None:  # the main name comes first
                plain = self._plain[idx] = n_hit / n_total
            score = 0.3 * (n_hit / n_total) + 0.1 * token_set_ratio(qtext, ntext) / 100
            score -= penalty_of(qattrs, nattrs)
            if own_codes:  # a variant code the mention never said ("2RS") makes this name a worse reading
                score -= 0.04 * sum(1 for t in own_codes if t not in matched)
            if score > best:
                best, best_cov = score, n_hit / n_total
        return best, best_cov
