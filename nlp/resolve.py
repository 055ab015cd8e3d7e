"""Query side of the matcher: a mention's words mapped onto index terms (exact, shorthand, typo, compound)."""
from __future__ import annotations

import bisect
import re
from collections import defaultdict

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Hamming, Levenshtein

from nlp.attributes import ABBREVIATIONS, COLOURS
from nlp.text import CJK_CHAR, has_digit, skeleton, stem, terms
from nlp.filler_names import named_fillers
from nlp.words import STOPWORDS, ZH_COLOURS
from nlp.trade import trade_forms
from nlp.units import UNIT_WORDS
from nlp.prefilter import prefiltered

# "x2" after a product is the count of a set ("tea towels x2" = the catalogue's "SET/2", "SET OF 2").
COUNT = prefiltered(r"x(\d{1,2})")
PLURAL_NUMBER = re.compile(r"(\d{1,3})s")  # a number made plural names what holds that many ("the 72s")
# A grade code ends in a quality letter buyers often leave out ("Q355" for "Q355B").
_GRADE = re.compile(r"[a-z]+\d{2,}[a-z]")

TYPO_NEAR = 82  # a catalogue misspelling as far from its word as "BUTTERFILES" from "butterfly"
PAIR_MIN = 12  # main names sharing a word pair before its initials are read as it
QUOTED = re.compile(r"(?<!\w)[\"']([^\"']{3,60})[\"'](?!\w)")
_VOWELS = re.compile(r"[aeiouy]")
HEAD_OF = 0.6  # trust in a compound for its head word alone ("cup" -> "teacup")
Resolved = list[tuple[str, float]]  # index term, trust weight
Query = list[tuple[str, Resolved]]  # query term with its resolutions, in mention order
Splits = dict[str, tuple[str, str]]  # compound index term -> the two words the mention wrote apart


class Resolver:
    """Mixin of `Matcher`: needs its `_post` (term -> rows) and `_synonyms`; builds the look-up tables."""

    def _build_lookups(self) -> None:
        """Side tables for unknown words: consonant skeletons and first-letter fuzzy buckets; and for
        word families: -ed/-ing forms, grades by their number, words the name field cut short."""
        self._skel: dict[str, list[str]] = defaultdict(list)
        self._bucket: dict[str, list[str]] = defaultdict(list)
        self._tail: dict[str, list[str]] = defaultdict(list)  # CJK char -> index bigrams ending with it
        self._derived: dict[str, list[str]] = defaultdict(list)  # base word -> its -ed / -ing forms indexed
        self._grades: dict[str, list[str]] = defaultdict(list)  # "q355" -> ["q355b"]
        self._solid_cache: dict[str, tuple[str, str] | None] = {}
        self._clipped = self._cut_words()
        self._initials = self._word_pairs()
        self._learn_spellings()
        self._heads: dict[str, list[str]] = defaultdict(list)  # "cup" -> ["teacup"]: compounds it is the head of
        for t in sorted(self._post):  # sorted: ties between look-ups must not depend on the hash seed
            if len(t) == 2 and CJK_CHAR.match(t):
                self._tail[t[1]].append(t)
            if t.isalpha() and t.isascii() and len(t) >= 3:
                self._skel[skeleton(t)].append(t)
                self._bucket[t[0]].append(t)
                for k in range(3, len(t) - 2) if len(t) >= 6 else ():
                    # "teacup" is a cup, "birdcage" a cage; "BLACK/BLUE" glued is no kind of blue, and a
                    # "TOYBOX" no reading of the "boxes" goods are counted in
                    if t[:k] in self._post and t[k:] in self._post and t[k:] not in COLOURS and t[k:] not in UNIT_WORDS:
                        self._heads[t[k:]].append(t)
                for base in _bases(t):  # "mirror" also finds the catalogue's "MIRRORED"
                    if base in self._post:
                        self._derived[base].append(t)
                if (root := _root(t)) is not None:
                    self._derived["~" + root].append(t)
            elif _GRADE.fullmatch(t):
                self._grades[t[:-1]].append(t)

    def _word_pairs(self) -> dict[str, tuple[str, str]]:
        """Initials of a word pair many main names share -> the pair ("uj" -> union jack), when one pair owns them."""
        counts: dict[tuple[str, str], int] = defaultdict(int)
        for texts in self._name_text:
            words = texts[0].split() if texts else []
            for a, b in zip(words, words[1:]):
                if len(a) >= 3 and len(b) >= 3 and a.isalpha() and b.isalpha() and a.isascii() and b.isascii():
                    counts[(a, b)] += 1
        best: dict[str, list[tuple[int, tuple[str, str]]]] = defaultdict(list)
        for pair, n in counts.items():
            if n >= PAIR_MIN:
                best[pair[0][0] + pair[1][0]].append((n, pair))
        out = {}
        for key, found in best.items():
            found.sort(reverse=True)
            if len(found) == 1 or found[0][0] >= 2 * found[1][0]:  # "rr": no one pair clearly meant
                out[key] = found[0][1]
        return out

    def _learn_spellings(self) -> None:
        """Words the catalogue spells two ways ("SCOTTIE DOG" / "SCOTTY DOG") are synonyms: the same consonants
        in order (y read as a vowel), one or two letters apart, and a word both stand beside in main names."""
        shapes: dict[str, list[str]] = defaultdict(list)
        for t in self._post:
            if t.isalpha() and t.isascii() and len(t) >= 5:
                shapes[t[0] + _VOWELS.sub("", t[1:])].append(t)
        pairs = [(a, b) for found in shapes.values() if len(found) > 1 for i, a in enumerate(found)
                 for b in found[i + 1:] if _respelt(a, b)]
        if not pairs:
            return
        wanted = {w for p in pairs for w in p}
        starts = {w[:4] for w in wanted}
        beside: dict[str, set[str]] = defaultdict(set)
        for texts in self._name_text:
            words = texts[0].split() if texts else []
            for i, w in enumerate(words):
                if w[:4] in starts and (t := stem(w)) in wanted:
                    beside[t].update(words[max(i - 1, 0) : i] + words[i + 1 : i + 2])
        for a, b in pairs:
            # "wooden spoon" / "wooden spool" stand beside a common word: their consonants differ, no pair here
            if beside[a] & beside[b]:
                self._synonyms[a].add(b)
                self._synonyms[b].add(a)

    def _cut_words(self) -> dict[str, list[str]]:
        """Whole word -> the catalogue's cut form of it ("holder" -> ["hold"]); sorted-prefix scan at load."""
        clipped: dict[str, list[str]] = defaultdict(list)
        words = sorted(t for t in self._post if t.isalpha() and t.isascii())
        width = max((max(w) for w in self._final.values()), default=0)  # the name field's width
        for t in sorted(self._final):
            # A word cut short stands only at the end of names that fill the field ("HOLD", "BUTTERFL"),
            # never elsewhere: "STAR", "PEAR" are words of their own.
            cut = [w for w in self._final[t] if w >= width - 1]
            if len(cut) == len(self._post.get(t, ())) and len(t) >= 4 and t.isalpha() and t.isascii():
                at = bisect.bisect_right(words, t)
                while at < len(words) and words[at].startswith(t):
                    clipped[words[at]].append(t)
                    at += 1
        return clipped

    def _resolve(self, term: str) -> Resolved:
        """Map a query term onto index terms with a trust weight (exact, abbreviation, typo)."""
        cached = self._resolve_cache.get(term)
        if cached is not None:
            return cached
        out: Resolved = [(term, 1.0)] if term in self._post else []
        if not out and len(term) == 1 and CJK_CHAR.match(term):
            # A one-character head noun ("漆", "板") stands for the words ending with it (地坪漆, 钢板).
            out = self._head_noun(term)
        elif not out and len(term) == 2 and term[0] in ZH_COLOURS and term[1] not in "色的" and CJK_CHAR.match(term[1]):
            out = self._head_noun(term[1])  # "红漆", "蓝线": a colour glued to a one-character noun (the colour is a term too)
        full = ABBREVIATIONS.get(term)
        if full and full in self._post:
            out.append((full, 0.95))
        out += [(t, 0.9) for t in sorted(self._synonyms.get(term, ()))[:2] if t in self._post and t != full]
        if out and term.isalpha() and term.isascii() and len(term) >= 7:
            out += self._misspelt(term)
        out += self._related(term, {t for t, _ in out})
        if term in self._post:  # "cup & saucer" for the catalogue's "TEACUP AND SAUCER", below the word itself
            out += [(t, HEAD_OF) for t in self._heads.get(term, [])[:3] if t not in {r for r, _ in out}]
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
        if not out and len(term) == 2 and term in self._initials and term not in UNIT_WORDS and term not in STOPWORDS:
            out = [(w, 0.85) for w in self._initials[term]]  # "UJ bunting": the union jack one
        if len(self._resolve_cache) < 200_000:
            self._resolve_cache[term] = out
        return out

    def _misspelt(self, term: str) -> Resolved:
        """The catalogue's own misspellings of a word ("STRAWBERY", "BUTTERFILES"): a rare index word
        close to it, the closest of all its spellings when less alike (no other word is nearer)."""
        bucket, out = self._bucket.get(term[0], []), []
        for t, score, _ in process.extract(term, bucket, scorer=fuzz.ratio, score_cutoff=TYPO_NEAR, limit=3):
            if t == term or len(self._post[t]) > 3:
                continue
            if score >= 90:
                out.append((t, 0.9))
                continue
            if len(term) < 9:  # short words this far apart are other words ("garland", "grand")
                continue
            # Nearer words that are the term cut short ("BUTTERFL") are its spellings, no rivals.
            rival = process.extract(t, bucket, scorer=fuzz.ratio, score_cutoff=score, limit=4)
            if all(r in (t, term) or s < score or term.startswith(r) for r, s, _ in rival):
                out.append((t, 0.85))
        return out[:2]

    def _head_noun(self, char: str) -> Resolved:
        """Index words ending with a one-character noun, the most common first."""
        return [(t, 0.8) for t in sorted(self._tail.get(char, []), key=lambda t: -len(self._post[t]))[:6]]

    def _related(self, term: str, have: set[str]) -> Resolved:
        """Index words of the same word family: -ed / -ing forms, trade forms, a set's count, a grade's letter."""
        found: list[str] = list(trade_forms(term, term in self._post))
        if term.isalpha() and term.isascii():
            # Only a catalogue word's own family: chat words ("coming") must not turn into product words.
            found += self._derived.get(term, []) + (_bases(term) if term in self._post else [])
            # "mugs that come boxed": a pack word made a participle says the item is in one ("IN BOX")
            found += [b for b in _packed(term) if UNIT_WORDS.get(b, ("",))[0] == "pack"]
            if (root := _root(term)) is not None:  # "decorative" for the catalogue's "DECORATION"
                found += self._derived.get("~" + root, [])
            found += self._clipped.get(term, [])[:2]
        elif (count := COUNT.fullmatch(term)) is not None:
            found.append(count.group(1))
        elif term not in self._post and term[-1:].isdigit():
            found += self._grades.get(term, [])[:2]
        elif term not in self._post and (plural := PLURAL_NUMBER.fullmatch(term)) is not None:
            found.append(plural.group(1))  # "cake cases (72s)": the pack of 72, as "the 12s" are the packs of 12
        return [(t, 0.85) for t in dict.fromkeys(found) if t in self._post and t not in have]

    def _solid(self, term: str) -> tuple[str, str] | None:
        """Two index words a mention wrote as one ("dairymaid", "giftwrap"; "milkmaid" where the
        catalogue has both "MILKMAID" and "MILK MAIDS"); remembered, as every query asks again."""
        if not (term.isalpha() and term.isascii() and len(term) >= 6):
            return None
        if term in self._solid_cache:
            return self._solid_cache[term]
        pairs = []
        if term in self._post or all(w < 0.9 for _, w in self._resolve(term)):
            pairs = [(term[:k], stem(term[k:])) for k in range(3, len(term) - 2)]
            # Only words some item names together: chat words ("anyway") are no compound of the catalogue.
            pairs = [p for p in pairs if p[0] in self._post and p[1] in self._post
                     and np.intersect1d(self._post[p[0]], self._post[p[1]], assume_unique=True).size]
        # The most even split is the likeliest reading ("milk"+"maid", not "milkm"+"aid").
        found = max(pairs, key=lambda p: min(len(p[0]), len(p[1])), default=None)
        if len(self._solid_cache) < 200_000:
            self._solid_cache[term] = found
        return found

    def _query(self, text: str) -> tuple[Query, Splits]:
        """Query terms each with their resolutions, and the compounds this mention wrote apart
        (per query: an earlier mention must not change how a later one is read)."""
        seen: dict[str, None] = {}
        split: Splits = {}
        raw = terms(text)
        if "'" in text or '"' in text:
            # a slogan in quotes ("I am so poorly") is the item's name: its small words are the catalogue's too
            raw += [t for said in QUOTED.findall(text) for t in terms(said, drop_stop=False)
                    if t in self._post and t not in raw]
        raw += named_fillers(terms(text, drop_stop=False), raw, self._post, self._name_text)
        i = 0
        while i < len(raw):
            # "tea cup" / "cake stand" written apart: the catalogue's "teacup" / "cakestand".
            if i + 1 < len(raw) and raw[i] + raw[i + 1] in self._post and not has_digit(raw[i]):
                seen.setdefault(raw[i] + raw[i + 1], None)
                split[raw[i] + raw[i + 1]] = (raw[i], raw[i + 1])
                i += 2
                continue
            parts = self._solid(raw[i])
            if parts and raw[i] in self._post:
                split[raw[i]] = parts  # either reading counts: the word, or its two halves together
                parts = None
            for t in parts or (raw[i],):
                seen.setdefault(t, None)
            i += 1
        return [(t, self._resolve(t)) for t in seen], split


def _respelt(a: str, b: str) -> bool:
    """Whether two words of one consonant skeleton can be one word spelt two ways: a letter or two apart, but
    neither a vowel swapped in place ("CHECK", "CHICK") nor one word grown from the other ("GARDEN", "GARDENIA")."""
    if a.startswith(b) or b.startswith(a) or Levenshtein.distance(a, b) > 2:
        return False
    return len(a) != len(b) or Hamming.distance(a, b) > 1


def _root(word: str) -> str | None:
    """The stem an -ion / -ive word shares with its sibling ("decoration", "decorative" -> "decorat")."""
    if word.endswith(("ion", "ive")) and len(word) >= 8:
        return word[:-3]
    return None


def _packed(word: str) -> list[str]:
    """The noun of a pack participle ("boxed" -> box, "bagged" -> bag); [] for other words."""
    if not word.endswith("ed") or len(word) < 5:
        return []
    base = word[:-2]
    return [base, base[:-1]] if base[-1] == base[-2] else [base]


def _bases(word: str) -> list[str]:
    """Candidate base words of an -ed / -ing form ("mirrored" -> mirror, "wrapping" -> wrap, "glazed" -> glaze)."""
    for end in ("ing", "ed"):
        if word.endswith(end) and len(word) >= len(end) + 3:
            stem_ = word[: -len(end)]
            out = [stem_, stem_ + "e"]
            if stem_[-1] == stem_[-2]:  # doubled consonant: "wrapping", "potted"
                out.append(stem_[:-1])
            return [b for b in out if len(b) >= 4]  # "coming" is no form of "com"
    return []
