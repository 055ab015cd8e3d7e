"""Query side of the matcher: a mention's words mapped onto index terms (exact, shorthand, typo, compound)."""
from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz, process

from nlp.attributes import ABBREVIATIONS
from nlp.text import ZH_COLOURS, has_digit, skeleton, terms

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")

Resolved = list[tuple[str, float]]  # index term, trust weight
Query = list[tuple[str, Resolved]]  # query term with its resolutions, in mention order
Splits = dict[str, tuple[str, str]]  # compound index term -> the two words the mention wrote apart


class Resolver:
    """Mixin of `Matcher`: needs its `_post` (term -> rows) and `_synonyms`; builds the look-up tables."""

    def _build_lookups(self) -> None:
        """Side tables for unknown words: consonant skeletons and first-letter fuzzy buckets."""
        self._skel: dict[str, list[str]] = defaultdict(list)
        self._bucket: dict[str, list[str]] = defaultdict(list)
        self._tail: dict[str, list[str]] = defaultdict(list)  # CJK char -> index bigrams ending with it
        for t in sorted(self._post):  # sorted: ties between look-ups must not depend on the hash seed
            if len(t) == 2 and _CJK.match(t):
                self._tail[t[1]].append(t)
            if t.isalpha() and t.isascii() and len(t) >= 3:
                self._skel[skeleton(t)].append(t)
                self._bucket[t[0]].append(t)

    def _resolve(self, term: str) -> Resolved:
        """Map a query term onto index terms with a trust weight (exact, abbreviation, typo)."""
        cached = self._resolve_cache.get(term)
        if cached is not None:
            return cached
        out: Resolved = [(term, 1.0)] if term in self._post else []
        if not out and len(term) == 1 and _CJK.match(term):
            # A one-character head noun ("漆", "板") stands for the words ending with it (地坪漆, 钢板).
            out = self._head_noun(term)
        elif not out and len(term) == 2 and term[0] in ZH_COLOURS and term[1] not in "色的" and _CJK.match(term[1]):
            out = self._head_noun(term[1])  # "红漆", "蓝线": a colour glued to a one-character noun (the colour is a term too)
        full = ABBREVIATIONS.get(term)
        if full and full in self._post:
            out.append((full, 0.95))
        out += [(t, 0.9) for t in sorted(self._synonyms.get(term, ()))[:2] if t in self._post and t != full]
        if out and term.isalpha() and term.isascii() and len(term) >= 7:
            # The catalogue's own misspellings ("STRAWBERY") are found from the right spelling too.
            near = process.extract(term, self._bucket.get(term[0], []), scorer=fuzz.ratio, score_cutoff=90, limit=3)
            out += [(t, 0.9) for t, _, _ in near if t != term and len(self._post[t]) <= 3][:1]
        if term.isalpha() and term.isascii() and len(term) >= 3:
            # Vowel-less words look abbreviated ("hldr"): also try the words they abbreviate.
            if skeleton(term) == term:
                out += [(t, 0.85) for t in self._skel.get(skeleton(term), [])[:3] if t != term]
            if not out and len(term) >= 4:
                # A clipped word ("polka" for "polkadot", "xmas" aside): the vocabulary words it starts.
                out = [(t, 0.8) for t in self._bucket.get(term[0], []) if t.startswith(term)][:2]
            if not out and len(term) >= 5:
                hits = process.extract(term, self._bucket.get(term[0], []), scorer=fuzz.ratio,
                                       score_cutoff=78, limit=2)
                out = [(t, 0.9 * s / 100) for t, s, _ in hits]
        if len(self._resolve_cache) < 200_000:
            self._resolve_cache[term] = out
        return out

    def _head_noun(self, char: str) -> Resolved:
        """Index words ending with a one-character noun, the most common first."""
        return [(t, 0.8) for t in sorted(self._tail.get(char, []), key=lambda t: -len(self._post[t]))[:6]]

    def _query(self, text: str) -> tuple[Query, Splits]:
        """Query terms each with their resolutions, and the compounds this mention wrote apart
        (per query: an earlier mention must not change how a later one is read)."""
        seen: dict[str, None] = {}
        split: Splits = {}
        raw = terms(text)
        i = 0
        while i < len(raw):
            # "tea cup" / "cake stand" written apart: the catalogue's "teacup" / "cakestand".
            if i + 1 < len(raw) and raw[i] + raw[i + 1] in self._post and not has_digit(raw[i]):
                seen.setdefault(raw[i] + raw[i + 1], None)
                split[raw[i] + raw[i + 1]] = (raw[i], raw[i + 1])
                i += 2
                continue
            seen.setdefault(raw[i], None)
            i += 1
        return [(t, self._resolve(t)) for t in seen], split
