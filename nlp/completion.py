"""Context completion: a mention naming only a variant (counted, or in English a sure count-less one) read again
with a family said elsewhere in the message (its row or list heading, the words of its sentence before it, the
family just said, the line before, the quoted order), kept only when the catalogue reads it clearly better."""
from __future__ import annotations

import re

from nlp.followon import holding
from nlp.mentions import TRAILING_PURPOSE, cut, family, mention_text, trimmed, vary
from nlp.quantities import SAME_OF
from nlp.readings import SURE
from nlp.text import is_cjk, terms
from nlp.walk import better

WEAK_SCORE = 0.8  # a top match below this may be a variant read without its family
WEAK_COVER = 0.75  # ... as may one that covers less of its item's name than this
MARGIN = 0.1  # how much better the completed mention must fit its item than the bare mention's item
CLEAR = 0.5  # the completed reading's rank must be at least this (a line this sure names its item)
MAX_VARIANT_WORDS = 4  # a mention of more words names more than a variant
MAX_HEADS = 4  # completions tried per weak line (each is one matcher call, cached)
HEADED_WEAK = 0.8  # a top match below this may hold a message's heading or a purpose around the item
# "Kiddies cutlery sets - spaceboy 12", "We're low on the french enamel bits: utensil holders 6"
ROW_HEAD = re.compile(r"^[ \t>*•·-]*(?P<h>[^\n:]{3,80}?)(?::|\s[-–—]\s)")
LIST_HEAD = re.compile(r"^[ \t>*•·-]*(?P<h>[^\n]{3,80}?):\s*$")  # "Gloves for stores:" over its rows
LEAD_REACH = 80  # characters of its sentence before a chunk read as the noun phrase a list hangs on
HEAD_REACH = 8  # body lines above a row in which its list heading is looked for


class Completion:
    """Mixin of `Extractor` (needs the `Readings` methods): weak lines completed with a family from context."""

    def _in_context(self, walk, body: str, chunk, line: dict | None, customer: str | None) -> dict | None:
        """The chunk's line completed with a family said around it, when its own reading is weak (or none) and
        the catalogue clearly prefers a completion; else None."""
        s, e, qtys = chunk
        if line is not None and not self._weak(line) and not self._refuted(body, chunk, line):
            return None
        q = line["_qty"] if line else next((x for x in qtys if x.strength >= 0.5), None)
        if q is None and walk.lines and SAME_OF.search(body, s, e):
            q = walk.lines[-1]["_qty"]  # "… and the same in spaceboy": the count said before, for another variant
        if q is None and is_cjk(body[s:e]):
            return None  # a count-less clause may say what stays ("蓝色的照常送"), which the English rules read
        # the chunk's own words: a line's mention may hold words it borrowed from the line before
        # ("6 cartons 7018 rods": a bare number that is a catalogue code, not the count, is a word of it too)
        mention = mention_text(cut(body, s, e, [(x.start, x.end) for x in qtys if x is q or x.unit is not None
                                                or not self._known_code(body[x.start : x.end].strip())]))
        said = set(terms(self.matcher.readable(mention)))  # in English words ("鸟桌" is "bird table")
        if len(said) > MAX_VARIANT_WORDS and re.search(r"\bones?\b[^-]*\s-\s", mention):
            mention = mention.split(" - ")[0]  # "dinosaur ones, by the 8th - kids back soon": a remark after the dash
            said = set(terms(self.matcher.readable(mention)))
        # a reading that borrowed the family before ("kin") holds words not said here: every word said must stay
        borrowed = line is None or not line["sku"] or bool(line["_f"].get("kin"))
        kept = said & (self.matcher.words.keys() if borrowed else self._names_of(line["sku"]))
        if not kept or len(said) > MAX_VARIANT_WORDS:
            return None  # no word said is the catalogue's, or too many for a bare variant ("the circus ones")
        before = walk.lines[-1] if walk.lines else None
        if before and before["sku"] and kept <= self._names_of(before["sku"]):
            return None  # "… 31520 - about 40 of the tin signs": nothing said anew, the line before is meant
        heads = self._heads(body, s, [walk.context, walk.quoted], before, walk.distinct)
        return self._completed(q, mention, said, kept, line["sku"] if line else None, heads, customer)

    def _refuted(self, body: str, chunk, line: dict) -> bool:
        """Whether a line read with the family before ("kin") lacks a catalogue word its chunk said anew ("48 x hand
        warmer red love heart, 24 x babushka": no love heart babushka)."""
        if not line["sku"] or not line["_f"].get("kin"):
            return False
        own = mention_text(cut(body, chunk[0], chunk[1], [(x.start, x.end) for x in chunk[2]]))
        said = set(terms(self.matcher.readable(own))) & self.matcher.words.keys()
        return bool(said - self._names_of(line["sku"]))

    def _weak(self, line: dict) -> bool:
        """Whether a line's match is weak enough to try completing: no item, a low score or a low coverage."""
        if not line["sku"]:
            return True
        return line["candidates"][0]["score"] < WEAK_SCORE or line["_f"].get("cover", 1.0) < WEAK_COVER

    def _heads(self, body: str, at: int, said: list[str], before: dict | None, distinct: frozenset) -> list:
        """(family phrase, words a variant replaces in it) said around position `at`, nearest first: its row's
        heading, the list heading above its row (whole), the family just `said` (and the quoted one) and the
        line before by its item's name (less the words that set that item apart)."""
        start = body.rfind("\n", 0, at) + 1
        found = []
        row = ROW_HEAD.match(body, start, at)
        if row:
            found.append((row.group("h"), frozenset()))
        top = start
        for _ in range(HEAD_REACH):  # the rows above, nearest first (no split of a long body per chunk)
            if top <= 0:
                break
            end, top = top - 1, body.rfind("\n", 0, top - 1) + 1
            heading = LIST_HEAD.match(body[top:end])
            if heading:
                found.append((heading.group("h"), frozenset()))
                break
        lead = body[max(start, *(body.rfind(c, 0, at) + 1 for c in ".!?"), at - LEAD_REACH) : at]
        found.append((lead, frozenset()))  # "how many of the regency cups & saucers, the pink and the green?"
        found += [(h, distinct) for h in said]
        if before and before["sku"]:
            # "Camden Town, Notting Hill and Oxford Street", "ribbon reels … 10 x lace design, 10 x polkadots": a line
            # read alone, or whose runner-up is of another family, is set apart by the words it said
            own = self._names_of(before["sku"]) & set(terms(self.matcher.readable(before["mention"])))
            apart = distinct if distinct and distinct <= own else own or distinct
            found.append((self.by_sku[before["sku"]].name.lower(), apart))
        heads = ((family(mention_text(h)), d) for h, d in found if h)
        return list(dict.fromkeys((h, d) for h, d in heads if h and self._catalogue_words(h)))

    def _completed(self, q, mention: str, said: set, kept: set, bare_sku: str | None, heads: list,
                   customer: str | None) -> dict | None:
        """The line read as head + mention, when the best completion's item holds words of the head and the
        `kept` words of the mention, and scores clearly above the bare item; else None."""
        best, tried = None, 0
        # a borrowed reading whose item lacks a word said is refuted already: no margin over it is asked
        margin = MARGIN if bare_sku and kept <= self._names_of(bare_sku) else None
        for head, distinct in heads:
            # "size L" before "same in XL", "owl" before "the scottie dog one": what is said anew replaces it
            base = vary(head, mention, distinct) or head
            new = (set(terms(self.matcher.readable(base))) - said) & self.matcher.words.keys()
            if not new:
                continue  # the head adds no catalogue word to what is said: nothing to read anew
            tried += 1
            if tried > MAX_HEADS:
                break
            r = self._reading(f"{base} {mention}", q, customer)
            # "…i love london款，pantry款": the head's own variant may lead; a close match holding the words said is meant
            r = holding(r, kept, self._names_of) if r else None
            if not r or r[3][0][0] == bare_sku or r[0] < (CLEAR if q else SURE) or \
                    (margin is not None and r[3][0][1] < self._score_of(r, bare_sku) + margin):
                continue  # no clear reading, or the bare mention's item reads about as well with the head
            names = self._names_of(r[3][0][0])
            if new & names and kept <= names and (best is None or r[0] > best[0]):
                best = r  # the head names the family, and the variant's words stay in the item
        if best is None:
            return None
        line = self._build_line(q, best[2], best[3], best[5])
        if not line or not line["sku"]:
            return None
        line["_f"].update(best[4])
        line["_f"]["kin"] = 1.0
        return line

    def _weak_trimmed(self, best, mentions: list, customer: str | None, options: list):
        """The best reading of a chunk, tried again without a heading before a colon or a purpose after the item
        when it is weak ("New order for the X kitchen (…): 36 blue egg cups", "12 pantry aprons for the pub
        kitchen"); "the herb markers: rosemary" reads well whole and stays so."""
        if best is not None and best[3][0][1] >= HEADED_WEAK:
            return self._purpose_cut(best, mentions, customer, options)
        # (a purpose is cut only when the weak reading's item holds a word of it: "kitchen" of a thermometer)
        top = self._names_of(best[3][0][0]) if best else frozenset()
        for q, m in mentions:
            for bare in trimmed(m, lambda purpose: bool(self._words(purpose) & top)):
                best = better(best, self._counted(bare, q, customer, options))
        return best

    def _purpose_cut(self, best, mentions: list, customer: str | None, options: list):
        """A strong reading whose item holds a word only its purpose said ("wooden scandinavian hearts for the
        tree" is no wooden tree) read again without the purpose, when the item said before it reads as well."""
        top = self._names_of(best[3][0][0])
        for q, m in mentions:
            purpose = TRAILING_PURPOSE.search(m)
            if not purpose or not (self._words(purpose.group(0)) & top - self._words(m[: purpose.start()])):
                continue
            cand = self._counted(m[: purpose.start()], q, customer, options)
            if cand and cand[3][0][0] != best[3][0][0] and cand[3][0][1] >= HEADED_WEAK and \
                    not self._words(purpose.group(0)) & top <= self._names_of(cand[3][0][0]):
                return cand
        return best

    @staticmethod
    def _score_of(reading, sku: str | None) -> float:
        """The score a reading gives an item: its listed score, or at most its last listed one."""
        matches = reading[3]
        return next((v for k, v in matches if k == sku), matches[-1][1] if sku and len(matches) >= 5 else 0.0)
