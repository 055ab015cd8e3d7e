"""Variant lists counted with a times sign ("name x N" or "N x name"), one line each: the family said before the
list ("snack trays - red gingham x10, the happy forest one x10, London x5") or by its first entry alone ("12 x
the love hot water bottle, 12 x hot stuff, 6 x keep calm"); sizes listed before their family, counted each ("6mm
and 8mm Q235 plate, approx 4t each"); variants named after their family and a comma, counted "N of each" ("the
regency teacups & saucers, roses and the green ones, maybe 24 of each")."""
from __future__ import annotations

import re

from nlp.distributed import HEAD_CUT, VAR
from nlp.list_counts import CNT, count_value
from nlp.mentions import TRAILING_PURPOSE, has_terms, mention_text
from nlp.quantities import Qty
from nlp.readings import SURE
from nlp.text import terms
from nlp.units import UNIT_WORDS
from nlp.prefilter import prefiltered

TIMES = r"(?:x|×|\*)"
_TIMES_NUM = re.compile(rf"\d\s*{TIMES}|{TIMES}\s*\d", re.I)  # compiled once: checked per row
_EACH = re.compile(r"\beach\b", re.I)
# "12 x the bonbons one", "rosemary x 12 (@ 65p?)": an entry's count before or after its name (an aside after it)
BEFORE = prefiltered(rf"\s*(?:(?:and|&|plus|also)\s+)?(?P<n>{CNT})\s*{TIMES}\s+(?:the\s+)?(?P<v>[^,;]+?)\s*[.!]?\s*", re.I)
AFTER = re.compile(rf"\s*(?:(?:and|&|plus|also)\s+)?(?:the\s+)?(?P<v>[^,;]+?)\s*{TIMES}\s*(?P<n>\d+)\b"
                   r"(?:\s*\([^()]*\)?)?\s*[.!]?\s*", re.I)
_SPEC = r"[a-z]{0,3}\d+(?:\.\d+)?[a-z]{0,3}"  # "6mm", "M10", "DN50", "2.5"
# "6mm and 8mm Q235 plate, approx 4t each", "M8, M10 and M12 hex nuts - 2 boxes each"
SPECS_EACH = re.compile(rf"\b(?P<l>{_SPEC}(?:\s*(?:,|and|&|/)\s*{_SPEC})+)\s+(?P<h>[a-z][a-z0-9-]*(?:\s+[a-z0-9][a-z0-9-]*){{0,3}}?)"
                        rf"\s*(?:,|-)?\s*(?:approx\.?|about|around|roughly|say|~)?\s*(?P<n>{CNT})\s*(?P<u>[a-z]+)?\s+(?:of\s+)?each\b", re.I)
_NAMED = rf"(?:the\s+)?{VAR}(?:\s+ones?)?"
TAIL_EACH = re.compile(rf"(?:,|\s-|:)\s*(?P<l>{_NAMED}(?:\s*,\s*{_NAMED})*\s*,?\s*(?:and|&|or)\s+{_NAMED})\s*,?\s*"
                       rf"(?:maybe|say|about|around|approx\.?|probably|prob)?\s*(?P<n>{CNT})\s+(?:of\s+)?each\b", re.I)
FIRST_WORD = re.compile(r"\W*([a-z]+)", re.I)
PARTS = re.compile(r"[^,;]+")  # entries of a list are parted by commas
LEAD = prefiltered(r":|\s-\s")  # "recipe boxes: …", "hand warmers - …": a family heads the entries after it
MAX_NAME = 4  # words of a variant's name in an entry ("the happy forest one")
MAX_FAMILY = 4  # words of a family named before a purpose ("christmas trees 60cm for the stall")
OWN_NAME = 0.95  # a list entry whose top match scores this names its own item ("the vintage christmas tablecloth")
MAX_DROP = 2  # words of the first entry's name that may be its variant ("cafe", "red gingham")


class RowLists:
    """Mixin of `Extractor` (needs `DistributedLists` and `Readings`): list finders of `_distributed` and the
    variant test of `_variant_set`."""

    def _times_list(self, body: str, s: int, e: int, customer: str | None):
        """(start, end, lines) of a comma list of two or more entries counted with "x", read under the family
        said before it or under its first entry's family, or None."""
        if not _TIMES_NUM.search(body[s:e]):
            return None  # why: most sentences hold no such count, and the readings below are costly
        # a list may open the sentence, follow its family and a colon or dash, or follow other entries
        led = [m.end() for m in LEAD.finditer(body, s, e)][::-1]
        for a in led + [s] + [s + m.end() for m in re.finditer(",", body[s:e])]:
            said, end = self._entries(body, a, e)
            if not said:
                continue
            head, start = self._head(body, s, a) if a in led else ("", a)
            lines = self._variant_set(head, said, customer) if head else None
            if lines:
                return start, end, lines
            lines = self._first_family(said, customer)
            if lines:
                return a + len(body[a:e]) - len(body[a:e].lstrip()), end, lines  # from the first entry on
        return None

    @staticmethod
    def _entries(body: str, a: int, e: int) -> tuple[list[tuple[str, Qty]] | None, int]:
        """(name, count) of each comma part of body[a:e], when every part is one entry counted with "x" and
        naming a short variant (else None), and where the last entry ends."""
        said, end = [], e
        parts = list(PARTS.finditer(body, a, e))
        for part in parts:
            m = BEFORE.fullmatch(body, part.start(), part.end()) or AFTER.fullmatch(body, part.start(), part.end())
            # "…, chives x 5 thanks": words naming nothing (nor a unit: "x 20 lengths") after the last count close it
            m = m or (AFTER.match(body, part.start(), part.end()) if part is parts[-1] else None)
            rest = body[m.end() : part.end()] if m else ""
            word = FIRST_WORD.match(rest)
            if has_terms(rest) or (word and word.group(1).lower() in UNIT_WORDS):
                return None, e
            name = mention_text(m.group("v")) if m else ""
            v = count_value(m.group("n")) if m else None
            if not v or not name or (said and len(name.split()) > MAX_NAME):  # (the first may name the family)
                return None, e
            said.append((name, Qty(m.start("n"), m.end("n"), v, None, 2.5)))
            end = m.end()
        return (said if len(said) >= 2 else None), end

    def _first_family(self, said: list[tuple[str, Qty]], customer: str | None):
        """The entries read under the family of the first one, which names its item surely: its name less a
        variant of one or two words at either end ("french style storage jar cafe", "the bonbons one")."""
        first = said[0][0].split()
        r = self._reading(said[0][0], said[0][1], customer)
        if not r or r[0] < SURE:
            return None
        for k in range(1, min(MAX_DROP, len(first) - 1) + 1):
            for head in (" ".join(first[k:]), " ".join(first[:-k])):
                lines = self._variant_set(head, said, customer)
                family = set(terms(head))
                if lines and lines[0]["sku"] == r[3][0][0] and all(family <= self._names_of(ln["sku"]) for ln in lines):
                    return lines  # every item holds the family's words
        return None

    def _variant_held(self, said: set, names: frozenset, head: set) -> bool:
        """Whether an item holds a variant's words: all of them, or some and the rest no sibling's (an item holding
        the family words) ("the little birds" of the hand warmers: no hand warmer is little)."""
        if said <= names:
            return True
        held = {t for t in said if self._words(t) & names}  # "red spot" of RED RETROSPOT: in a form it is looked up in
        if held == said or not held:
            return held == said
        post, rest = self.matcher.words, set().union(*(self._words(t) | {t} for t in said - held))
        family = [t for t in head if t in post]
        kin = set.intersection(*(set(post[t].tolist()) for t in family)) if family else set()
        return bool(kin) and not any(rest & self.matcher._info(i)[0] for i in kin)

    def _specs_each(self, body: str, s: int, e: int, customer: str | None):
        """(start, end, lines) of sizes listed before their family and counted "N each", or None."""
        m = SPECS_EACH.search(body, s, e) if _EACH.search(body[s:e]) else None
        v = count_value(m.group("n")) if m else None
        if not v:
            return None
        unit = (m.group("u") or "").lower()
        q = Qty(m.start("n"), m.end("u") if unit in UNIT_WORDS else m.end("n"), v, unit if unit in UNIT_WORDS else None, 2.5)
        specs = [p for p in re.split(r"\s*(?:,|\band\b|&|/)\s*", m.group("l"), flags=re.I) if p]
        lines = self._variant_set(mention_text(m.group("h")), [(p, q) for p in specs], customer)
        return (m.start(), m.end(), lines) if lines else None

    def _tail_each(self, body: str, s: int, e: int, customer: str | None):
        """(start, end, lines) of variants named after their family and a comma, then counted "N of each", or None."""
        m = TAIL_EACH.search(body, s, e) if _EACH.search(body[s:e]) else None
        q = self._qty(m, "n") if m else None
        head, start = self._head(body, s, m.start()) if q else ("", s)
        names = [re.sub(r"^the\s+", "", p, flags=re.I) for p in re.split(r"\s*,\s*|\s+(?:and|&|or)\s+", m.group("l"), flags=re.I)
                 if p] if head else []
        lines = self._variant_set(head, [(p, q) for p in names], customer) if names else None
        return (start, m.end(), lines) if lines else None

    def _without_purpose(self, seg: str) -> str:
        """A family named in a few words before a purpose, without the purpose ("christmas trees 60cm for the stall"
        -> "christmas trees 60cm"); any other text as it is ("what you'd charge for the regency teacups")."""
        pre = TRAILING_PURPOSE.sub("", seg)
        cut = HEAD_CUT.match(pre)
        family = pre[cut.end() :] if cut and pre[cut.end() :].strip() else pre
        return pre if pre != seg and len(family.split()) <= MAX_FAMILY and self._catalogue_words(family) else seg

    def _names_own(self, words: str, q, customer: str | None) -> bool:
        """Whether a list entry's words alone name an item surely (its top match is near exact)."""
        r = self._reading(mention_text(words), q, customer)
        return r is not None and r[3][0][1] >= OWN_NAME
