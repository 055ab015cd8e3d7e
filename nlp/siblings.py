"""Sibling SKUs from the catalogue (one name but for one or two words: colour, size, grade, seal, design) and
which sibling the words around a line name ("the greyish heart bottles", "plate 12mm" said beside the line)."""
from __future__ import annotations

import re
from functools import lru_cache

from nlp.attributes import COLOURS, MATERIALS, SAME_SIZE
from nlp.negation import said_against
from nlp.postprocess import SIDE_ASK
from nlp.text import has_digit, normalize, normalize_name, terms
from nlp.prefilter import prefiltered

# Spoken forms of attribute values, folded to the catalogue's word (abbreviations a writer uses, not a name's own).
SPOKEN = {**SAME_SIZE, **{k: v for k, v in MATERIALS.items() if v != "stainless"},
          "lge": "large", "lrge": "large", "smll": "small", "sml": "small", "gray": "grey", "blk": "black",
          "wht": "white", "grn": "green", "blu": "blue", "pnk": "pink", "gry": "grey", "sealed": "2rs", "rubber": "2rs",
          "rs": "2rs", "2rs1": "2rs", "2rsh": "2rs", "ddu": "2rs", "shielded": "zz", "shield": "zz", "2z": "zz",
          "ss": "stainless", "inox": "stainless", "a2": "stainless", "a4": "stainless"}
# Words many siblings' names hold that tell none apart ("size M", "rubber sealed both sides", "pack of 6").
GENERIC = frozenset("both side size design pack set grade level with and of the in for".split())
SHADE = prefiltered(r"(?<=[a-z]{3})(?:ish|y)$")  # "greyish", "pinky": the colour itself
PARENS = re.compile(r"\([^)]*\)")
# (a side question after the lines, "…, and what's the price on the large ones?", is a sentence of its own: its words
# name the item asked about, not a sibling of the item ordered)
CUT = re.compile(SIDE_ASK.pattern + r"|[\n.;!?]+", re.I)
MAX_DIFF = 2  # words each side may differ by and still be one family
CROWD = 3000  # an item whose rarest words are in more items than this has no family worth reading


def _folded(text: str) -> frozenset[str]:
    """The words of a text with spoken attribute forms added in the catalogue's form."""
    out = set()
    for t in terms(text):
        out.update((t, SPOKEN.get(t, t)))
        base = SHADE.sub("", t)
        if base != t and base in COLOURS:
            out.add(base)
    return frozenset(out)


@lru_cache(maxsize=4096)
def said(text: str) -> frozenset[str]:
    """A mention's words with spoken attribute forms folded to the catalogue's ("lge" -> large, "greyish" -> grey),
    leaving out those it says against ("not the white", "red no sorry cream")."""
    kept, against = said_against(normalize(text))
    return _folded(kept) - _folded(against)


def around(text: str) -> frozenset[str]:
    """The words of the text around a mention that may tell a sibling: as written (no spoken forms: "little" in a
    shop's name is no size), no bare numbers (a count is no pack or size), none said against."""
    kept, against = said_against(normalize(text))
    return frozenset(t for t in terms(kept) if not t.isdigit()) - _folded(against)


COUNT = prefiltered(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])")  # a number standing alone: the first line's count


@lru_cache(maxsize=256)
def _sentences(text: str) -> tuple[tuple[frozenset, frozenset, frozenset], ...]:
    """Each sentence (or text line) of a message: its words, the words `around` reads, and those of its heading
    (before its first count: "kiddies cutlery sets - spaceboy 12, ..."), once per message."""
    out = []
    for s in CUT.split(text):
        first = COUNT.search(s)
        out.append((frozenset(terms(normalize(s))), around(s), around(s[: first.start()]) if first else frozenset()))
    return tuple(out)


def near(text: str, mention: str) -> tuple[frozenset, frozenset]:
    """The `around` words of the sentence of a message sharing most words with the mention, and of its heading."""
    want = said(mention)
    return max(_sentences(text), key=lambda s: len(want & s[0]), default=(None, frozenset(), frozenset()))[1:]


def _words(name: str) -> frozenset[str]:
    """A main name's words (first term of each, bracketed notes left out): the family skeleton's pieces."""
    out = set()
    for w in normalize_name(PARENS.sub(" ", name)).split():
        ts = terms(w, drop_stop=False, normalized=True)
        if ts:
            out.add(ts[0])
    return frozenset(out)


class Siblings:
    """The catalogue's sibling groups, found lazily per item through the matcher's index of its rarest words."""

    def __init__(self, matcher):
        self.m = matcher
        self.words = lru_cache(maxsize=65536)(lambda i: _words(matcher.items[i].name))
        self.of = lru_cache(maxsize=8192)(self._of)
        self._family = lru_cache(maxsize=8192)(self._family)

    def _idx(self, sku: str) -> int | None:
        """The item index of a SKU."""
        return self.m._sku.get(sku.lower().replace(" ", ""))

    def _family(self, i: int) -> tuple[int, ...]:
        """Items that may be siblings of item i: those holding one of its three rarest words (a sibling keeps one)
        and sharing enough terms (each shared word shares its first term), before any of their words are read."""
        mine = self.words(i)
        post = [self.m.words[w] for w in mine if w in self.m.words]
        if len(mine) < 2 or len(post) < len(mine):
            return ()
        rare = sorted(post, key=len)[: MAX_DIFF + 1]
        if sum(len(p) for p in rare) > CROWD:
            return ()
        terms_i, need = self.m._name_terms[i][0], max(2, len(mine) - MAX_DIFF)
        return tuple(j for j in sorted({int(j) for p in rare for j in p} - {i})
                     if len(terms_i & self.m._name_terms[j][0]) >= need)

    def _sibling(self, i: int, j: int) -> bool:
        """Whether item j's main name differs from item i's by at most two words each side, sharing two or more."""
        mine, other = self.words(i), self.words(j)
        shared = len(mine & other)
        return shared >= 2 and len(mine) - shared <= MAX_DIFF and len(other) - shared <= MAX_DIFF

    def _of(self, sku: str) -> tuple[str, ...]:
        """SKUs whose main name differs from this one's by at most two words each side, sharing at least two."""
        i = self._idx(sku)
        return tuple(self.m.items[j].sku for j in self._family(i) if self._sibling(i, j)) if i is not None else ()

    def differs_by(self, a: str, b: str, kind: frozenset) -> bool:
        """Whether two items' main names differ only by words of `kind` ("… WATERING CAN" / "… WATERING CAN SMALL")."""
        i, j = self._idx(a), self._idx(b)
        diff = self.words(i) ^ self.words(j) if i is not None and j is not None else frozenset()
        return bool(diff) and diff <= kind

    def pair(self, sku: str, kind: frozenset) -> str | None:
        """The one sibling of `sku` whose name differs from it only by words of `kind` (None when not exactly one)."""
        out = [s for s in self.of(sku) if self.differs_by(sku, s, kind)]
        return out[0] if len(out) == 1 else None

    def _all(self, sku: str) -> frozenset[str]:
        """Every index term of every name of an item."""
        i = self._idx(sku)
        return frozenset().union(*self.m._name_terms[i]) if i is not None else frozenset()

    def words_of(self, skus) -> frozenset[str]:
        """Every term of every name of the items (words another line's item explains)."""
        return frozenset().union(*(self._all(s) for s in skus))

    def telling(self, sku: str, other: str) -> frozenset[str]:
        """Words a name of `sku` has and no name of `other` has (what would tell `sku` apart)."""
        return frozenset(t for t in self._all(sku) - self._all(other) if t not in GENERIC)

    def named(self, sku: str, words: frozenset[str], taken: frozenset = frozenset()) -> str | None:
        """The one sibling the words name where the read item's own telling words are unsaid, else None.
        A sibling another line holds is never named: its words are that line's."""
        best, hits, tie, i = None, 0, False, self._idx(sku)
        mine, extra = self.words(i), words - self._all(sku)
        # only an item having a word said that the read item lacks can be named: its words are read, no other's
        kin = (self.m.items[j].sku for j in self._family(i)
               if any(not extra.isdisjoint(ts) for ts in self.m._name_terms[j]) and self._sibling(i, j))
        for s in kin:
            if s in taken or self.telling(sku, s) & words:
                continue
            hit = self.telling(s, sku) & words
            # every word the sibling's name adds must be said ("lunch bag" for LUNCH BAG RED SPOTTY, not "spotty"),
            # or a code of its own ("Q355B" for Q345B)
            if not (self.words(self._idx(s)) - mine <= words or any(has_digit(t) for t in hit)):
                continue
            theirs = len(hit)
            if theirs > hits:
                best, hits, tie = s, theirs, False
            elif theirs and theirs == hits:
                tie = True
        return None if tie else best

    def pick(self, line: dict, body: str, taken: frozenset) -> str | None:
        """The sibling a line's mention, or its sentence, names instead of the line's item (None: keep it).
        Words of the sentence another line's item has are that line's."""
        mention = line.get("mention") or ""
        own, (beside, heading) = said(mention), near(body, mention)
        if not any(t in self.m.words for t in (own | beside) - self._all(line["sku"])):
            return None  # no catalogue word the item's own names lack: no sibling is named (most lines end here)
        # a list's heading names the family of every line under it, whichever other lines share its words
        return self.named(line["sku"], own | heading | (beside - self.words_of(taken)), taken)


def told_apart(sib: Siblings, lines: list[dict], body: str, by_sku: dict) -> list[dict]:
    """The lines with each item swapped for the sibling the words around it name (same unit and pack only: the
    count was read in the item's unit)."""
    for i, ln in enumerate(lines):
        if not ln.get("sku") or ln["sku"] not in by_sku:
            continue
        taken = frozenset(x["sku"] for j, x in enumerate(lines) if j != i and x.get("sku"))
        new = sib.pick(ln, body, taken)
        if new is None or not same_measure(by_sku, new, ln["sku"]):
            continue
        ln["candidates"], ln["sku"] = promoted(ln.get("candidates") or [], new), new
    return lines


def same_measure(by_sku: dict, a: str, b: str) -> bool:
    """Whether two items are counted alike (unit and pack): a count read for one holds for the other."""
    return (by_sku[a].unit, by_sku[a].pack_size) == (by_sku[b].unit, by_sku[b].pack_size)


def promoted(cands: list[dict], sku: str) -> list[dict]:
    """A line's candidates with `sku` first, at the top score (the item the words around the line name)."""
    top = cands[0]["score"] if cands else 0.0
    return [{"sku": sku, "score": top}] + [c for c in cands if c["sku"] != sku]
