"""SKU matcher: inverted term index for recall, feature rerank for precision, alias memory."""
from __future__ import annotations

import math
from collections import OrderedDict, defaultdict
from types import MappingProxyType

import numpy as np

from nlp.alias_memory import AliasMemory
from nlp.attributes import ABBREVIATIONS
from nlp.catalog import CatalogItem
from nlp.glossary import english
from nlp.item_names import NEUTRAL, learn_synonyms, pack_terms
from nlp.item_scoring import ItemScoring
from nlp.negation import said_against
from nlp.postings import add_common, clear_rows
from nlp.resolve import Query, Resolver, Splits
from nlp.respell import respelt
from nlp.text import CJK_CHAR, content_text, glued_codes, has_digit, is_cjk, normalize, normalize_name, stem, terms

SHORTLIST = 24
TIE = 0.006  # scores this close cannot tell items apart
COMMON = 0.02  # share of the catalogue above which a term is left to the rerank
CACHE = 4096  # remembered mention results (the extractor asks again for the same words)
COLOUR_TIE = 0.015  # "union jack cushion covers": the VINTAGE one, not the PINK variant scoring a little higher
AGAINST = 0.2  # an item named by words the mention says it does not mean ("not the knitted")


class Matcher(Resolver, AliasMemory, ItemScoring):
    """Find the catalogue items a free-text product mention refers to."""

    def __init__(self, items: list[CatalogItem]):
        self.items = list(items)
        self._name_terms: list[list[frozenset[str]]] = []
        self._name_text: list[list[str]] = []
        postings: dict[str, list[int]] = defaultdict(list)
        self._sku: dict[str, int] = {}
        self._synonyms: dict[str, set[str]] = defaultdict(set)
        self._pack: dict[int, list[frozenset[str]]] = {}  # item -> per name, the words of its pack phrase
        self._final: dict[str, list[int]] = {}  # last word of a main name -> those names' widths ("...T-LIGHT HOLD")
        for idx, item in enumerate(self.items):
            self._add_item(idx, item, postings)
        n = max(len(self.items), 1)
        self._idf = {t: math.log(1 + n / len(p)) for t, p in postings.items()}
        # intp rows: numpy converts any other index type on every gather and scatter of a query
        self._post = {t: np.fromiter(p, dtype=np.intp, count=len(p)) for t, p in postings.items()}
        # The catalogue's words, each with the rows of the items that have it: read-only for the readers beside the
        # matcher (kin, completion, readings, row and spaced lists), which ask whether a word is a catalogue word
        self.words = MappingProxyType(self._post)
        self._build_lookups()
        self._codes = frozenset(t for t in self._post if has_digit(t))
        # Every term cut short by up to three letters: a word's stem differs from it only in its last three, so a
        # typo's slip whose head is none of these is no catalogue word, and is not stemmed (nlp/respell.py)
        self._stem_heads = frozenset(t[: len(t) - j] for t in self._post for j in range(4) if len(t) > j)
        self.zh_names = any(CJK_CHAR.match(t) for t in self._post)  # else Chinese is read through the glossary
        self._scores = np.zeros(len(self.items), dtype=np.float32)
        self._mask = np.zeros(len(self.items), dtype=bool)
        self._item_info: OrderedDict[int, tuple] = OrderedDict()  # least recently scored first
        self._cache: dict[tuple, tuple] = {}
        self._aliases: dict[str | None, dict[str, str]] = defaultdict(dict)
        self._resolve_cache: dict[str, list[tuple[str, float]]] = {}
        self.coverage: dict[str, float] = {}
        self._plain: dict[int, float] = {}  # item -> share of its main name the last mention covered
        self.alias_sku: str | None = None  # the SKU the last match took from alias memory
        self.mention_cover: dict[str, float] = {}  # sku -> share of the mention's words the item has
        self._against: frozenset[str] = frozenset()  # terms the last mention said it does not mean

    def _add_item(self, idx: int, item: CatalogItem, postings: dict[str, list[int]]) -> None:
        """Index every name of one item under each of its terms (once per item)."""
        texts = [normalize_name(nm) for nm in item.all_names()]
        term_lists = [terms(tx, drop_stop=False, normalized=True) for tx in texts]
        term_sets = [frozenset(tl) for tl in term_lists]
        self._name_terms.append(term_sets)
        self._name_text.append(texts)
        # Catalogue shorthand ("SS", "galv") is also indexed under the full word.
        term_sets = [ts | {ABBREVIATIONS[t] for t in ts if t in ABBREVIATIONS} for ts in term_sets]
        self._name_terms[-1] = term_sets
        for t in frozenset().union(*term_sets):
            postings[t].append(idx)
        learn_synonyms(self._synonyms, term_sets, term_lists)
        packs = [pack_terms(tl) for tl in term_lists]
        if any(packs):  # kept only for the names that have a pack phrase
            self._pack[idx] = packs
        if term_lists and term_lists[0]:  # the main name's width as its field holds it, before any rewriting
            self._final.setdefault(term_lists[0][-1], []).append(len(item.name.strip()))
        self._sku[item.sku.lower().replace(" ", "")] = idx

    def index_size(self) -> int:
        """Number of postings held (a memory proxy for benchmarks)."""
        return sum(len(p) for p in self._post.values())

    def _shortlist(self, query: Query, split: Splits, k: int) -> np.ndarray:
        """Items with the highest summed idf of matched terms (the index, never a full scan).
        Terms found in thousands of items ("red", "set") only add to rows the rarer terms found."""
        scores, touched, later = self._scores, [], []
        common = max(len(self.items) * COMMON, 1500)
        rare = any(len(self._post[t]) <= common for _, r in query for t, _ in r)
        for _, resolved in query:
            for t, w in resolved:
                weight = self._idf[t] * w * (1.5 if t in self._codes else 1.0)
                if rare and len(self._post[t]) > common:
                    later.append((self._post[t], weight))
                    continue
                scores[self._post[t]] += weight
                touched.append(self._post[t])
                for part in split.get(t, ()):
                    if part in self._post:
                        scores[self._post[part]] += self._idf[part] * w * 0.5
                        touched.append(self._post[part])
        if not touched:
            return np.empty(0, dtype=np.intp)
        rows = np.concatenate(touched)
        if later:
            add_common(scores, self._mask, rows, later)
        # A row repeats at most once per term: the best k*len(touched) entries hold the best k rows.
        cap = k * len(touched)
        hit = rows[np.argpartition(-scores[rows], cap)[:cap]] if len(rows) > cap else rows
        hit = np.unique(hit)
        if len(hit) > k:
            hit = hit[np.argpartition(-scores[hit], k)[:k]]
        top = hit.copy()
        clear_rows(scores, rows)
        return top

    def match(self, text: str, top: int = 5, customer: str | None = None) -> list[tuple[str, float]]:
        """Best catalogue items for a mention, best first, scores 0..1."""
        key = (text, top, customer)
        hit = self._cache.get(key)
        if hit is not None:
            self.coverage, self.alias_sku, self.mention_cover = hit[1], hit[2], hit[3]
            return hit[0]
        ranked = self._match(text, top, customer)
        if len(self._cache) >= CACHE:
            self._cache.clear()
        self._cache[key] = (ranked, self.coverage, self.alias_sku, self.mention_cover)
        return ranked

    def _match(self, text: str, top: int, customer: str | None) -> list[tuple[str, float]]:
        """Uncached match: index shortlist, rerank, then the customer's remembered aliases."""
        text = glued_codes(text, self._sku)  # "85099 b" pasted from a sheet is the SKU 85099B
        said, against = said_against(self.readable(text))
        query, split = self._query(said)
        # A word said for the item as well ("the wooden set, not the plastic set") tells no sibling apart.
        kept = {f for t, res in query for f in [t] + [r for r, _ in res]}
        # (most mentions say nothing against: no second query to read then)
        self._against = frozenset(f for t, res in self._query(against)[0] for f in [t] + [r for r, _ in res]) - kept \
            if against else frozenset()
        self.coverage = {}  # sku -> share of its best name the mention covered (for confidence)
        self._plain = {}
        self.mention_cover = {}
        # Filler ("hello, i'd like to order ... please") would only dilute the fuzzy name comparison.
        ranked = self._rank(query, split, content_text(said) or normalize(text), top)
        alias = self._alias_hit(text, customer)
        self.alias_sku = alias[0] if alias else None
        if alias:
            self.coverage[alias[0]] = self.mention_cover[alias[0]] = 1.0
            ranked = [alias] + [(s, min(sc, alias[1] - 0.2)) for s, sc in ranked if s != alias[0]]
        return ranked[:top]

    def respelt(self, text: str) -> str:
        """The text with words typed one slip off a catalogue word written as that word (nlp/respell.py)."""
        # stem uncached: a typo's few hundred slips are no words and would push real ones out of stem's cache
        heads, post = self._stem_heads, self._post
        return respelt(text, lambda word: word[: len(word) - 3] in heads and stem.__wrapped__(word) in post, heads)

    def readable(self, text: str) -> str:
        """The mention in English words when the catalogue holds no Chinese names ("红色午餐袋" against an
        English-only catalogue), else as it is (a bilingual catalogue reads its own Chinese words)."""
        if self.zh_names or not is_cjk(text):
            return text
        return english(text)

    def _rank(self, query: Query, split: Splits, qtext: str, top: int) -> list[tuple[str, float]]:
        """Shortlist by index, rerank by features, exact SKU mentions first."""
        if not query:
            return []
        out: dict[int, float] = {}
        for term, _ in query:
            idx = self._sku.get(term)
            if idx is not None and (len(term) >= 4 or not term.isdigit()):
                out[idx] = 1.0
                self.coverage[self.items[idx].sku] = self.mention_cover[self.items[idx].sku] = 1.0
        prepared = self._prepare(query, split, qtext)
        score, against = self._score_item, self._against  # bound once: this loop runs per shortlisted item
        for idx in self._shortlist(query, split, SHORTLIST).tolist():
            out[idx] = max(out.get(idx, 0.0), score(prepared, idx))
            if against and not against.isdisjoint(self._info(idx)[0]):
                out[idx] = max(0.0, out[idx] - AGAINST)
        # Exact ties go in catalogue order, not in the order the index happened to yield them.
        ranked = sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))[:max(top, 3)]
        ranked = self._plain_first(ranked, bool(prepared[5][0]))
        return [(self.items[i].sku, round(s, 4)) for i, s in ranked]

    def _plain_first(self, ranked: list[tuple[int, float]], colour_said: bool) -> list[tuple[int, float]]:
        """Among items the mention cannot tell apart ("6205 bearings": open, 2RS, ZZ), the one whose
        main name says least beyond the mention comes first (the plain item, not a variant)."""
        if len(ranked) < 2 or ranked[0][1] < 0.6:
            return ranked
        tied = [r for r in ranked if r[1] >= ranked[0][1] - TIE]
        if not colour_said and self._coloured(ranked[0][0]):
            # no colour said: a coloured item only a little ahead of a plain one is its variant
            tied = [r for r in ranked if r[1] >= ranked[0][1] - COLOUR_TIE and not self._coloured(r[0])] or tied
        if len(tied) < 2 and tied[0] == ranked[0]:
            return ranked
        first = max(tied, key=lambda r: (self._plain.get(r[0], 0.0), r[1]))
        if first[0] == ranked[0][0]:
            return ranked
        top = ranked[0][1]
        rest = [(i, min(sc, top - 0.001)) for i, sc in ranked if i != first[0]]
        return [(first[0], top)] + rest

    def _coloured(self, idx: int) -> bool:
        """Whether the item's main name has a colour other than a neutral one ("CLEAR", "NATURAL")."""
        return bool(self._info(idx)[1][0][5][0] - NEUTRAL)
