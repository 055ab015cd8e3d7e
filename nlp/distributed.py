"""Distributed variant lists in English: a product family named once, its variants listed after it, one line
each ("the spotty mugs, 6 each in red, green and blue", "heart tins: 4 large, 2 small", "gloves 10 M and 5 L")."""
from __future__ import annotations

import re

from nlp.attributes import COLOURS, LETTER_SIZES, SAME_SIZE, SIZES
from nlp.mentions import lines_content, mention_text, vary
from nlp.postprocess import side_question
from nlp.list_counts import CNT, count_value
from nlp.quantities import Qty
from nlp.readings import SURE
from nlp.text import has_digit, is_cjk, terms
from nlp.units import UNIT_WORDS
from nlp.prefilter import prefiltered

# words that end a variant's name: fillers, prepositions, negations ("6 each of red and ivory, no green ones")
_STOP = r"(?:and|or|no|not|but|please|pls|plz|thanks|thank|thx|cheers|for|to|by|if|the|in|on|at|asap|each|all|both|so|" \
        r"also|plus|another|then|x)"
_W = rf"(?!{_STOP}\b)(?!\d+\s+[a-z])[a-z0-9][a-z0-9'+]*"  # a number before a word starts the next item
VAR = rf"{_W}(?:\s+{_W}){{0,2}}"  # a variant: one to three words
LSEP = r"\s*(?:,\s*(?:and\s+|&\s+)?|\band\b|&|\s\+\s|/|\bor\b)\s*(?:the\s+)?"  # "10 pink + 10 blue"
ITEM = rf"\b{CNT}\s+(?:of\s+(?:the\s+)?|in\s+)?{VAR}(?:\s+ones?)?"  # "6 in cream and 6 in red"
# "- 20 apples, 10 pears and 10 of the alphabet ones": each variant with its own count
COUNTED = prefiltered(rf"{ITEM}(?:(?:{LSEP}|\s+){ITEM})+", re.I)  # "tins 4 large 2 small": spaces alone part them
# "3 pails blue": a unit word said before the variant (not a letter size, "10 M" is a size)
_UNIT = "|".join(sorted((w for w in UNIT_WORDS if w.isascii() and w.isalpha() and len(w) > 1 and w not in LETTER_SIZES),
                        key=len, reverse=True))
ITEM_RE = re.compile(rf"\b(?P<n>{CNT})\s+(?:(?P<u>{_UNIT})\s+(?=[a-z0-9]))?(?:of\s+(?:the\s+)?|in\s+)?(?P<v>{VAR})", re.I)
NOUN_REST = re.compile(rf"(?:\s+{_W})*", re.I)  # words a variant runs on with, up to a stop word or a sign
VLIST = rf"(?:the\s+)?{VAR}(?:{LSEP}{VAR})+"
# "12 in each colour (pink, blue, red)", "6 each of red and ivory", "6 each in red, green and blue"
EACH_LIST = re.compile(rf"\b(?P<n>{CNT})\s+(?:(?:in|of)\s+)?each(?:\s+(?:colou?r|size|design|style|one)s?)?\s*"
                       rf"(?:of|in|:|-)?\s*\(?\s*(?P<l>{VLIST})", re.I)
# "the garden trowels for kids, 6 of each colour": every colour / size the family comes in (no list after it)
EVERY = re.compile(rf"\b(?P<n>{CNT})\s+(?:of\s+|in\s+)?each\s+(?P<k>colou?r|size)s?\b"
                   r"(?!\s*(?:of\b|in\b|:|-|\()\s*[a-z])", re.I)
# "2 of each cottage garden number tile, 0 to 9", "… door signs, numbers 1 to 5": a run of numbered variants
RANGE = re.compile(rf"\b(?P<n>{CNT})\s+of\s+each\s+(?:of\s+)?(?:the\s+)?(?P<h>[a-z][a-z ]{{2,60}}?)\s*,?\s*"
                   r"(?:(?:numbers?|nos?\.?)\s+)?(?:from\s+)?(?P<a>\d{1,2})\s*(?:to|-)\s*(?P<b>\d{1,2})\b(?:\s*\([^()]*\))?", re.I)
# "the metal signs - no junk mail, beware of the cat, and cook with wine. prob 12 each": names after a dash
# (the space before a comma belongs to the name class alone: a second "\s*" there backtracks exponentially)
NAMES = re.compile(r"\s+(?:-|:)\s+(?P<l>[a-z][a-z' ]{2,30}?(?:,\s*(?:and\s+)?[a-z][a-z' ]{2,30}?)+)"
                   r"\s*(?=[.!?\n]|$)", re.I)
# "half a dozen of the X in pink, and another half doz in blue"
ANOTHER = re.compile(rf"\b(?P<n1>{CNT})\s+(?:of\s+)?(?:the\s+)?(?P<h>[a-z][a-z+ ]{{2,60}}?)\s+in\s+(?P<v1>{VAR})\s*,?\s*"
                     rf"(?:and|&|plus)\s+(?:another|then|also)?\s*(?P<n2>{CNT})\s+(?:in|of)\s+(?:the\s+)?(?P<v2>{VAR})", re.I)
SHARED = re.compile(r"\s*,?\s*(?:all|both)\s+(?:in\s+)?(?P<c>[a-z]+)\b", re.I)  # "…, 5 XL, all black please"
HEAD_CUT = re.compile(r".*(?:\b(?:the|of|some|any|order|have|send|repeat|for|want|need|get)\b|\b\d+\s+)", re.I)
HEAD_SPLIT = re.compile(r"[,;:()!?]|\s-\s|\bbut\b|\bthis time\b|\bplease\b", re.I)
# Words the EACH_LIST / RANGE and ANOTHER patterns cannot match without, as those patterns fold case.
EACH_CUE, IN_CUE = re.compile("each", re.I), re.compile("in", re.I)
JOIN_CUES = (re.compile("and", re.I), re.compile("&"), re.compile("plus", re.I))
SPELLED = {v: k for k, v in LETTER_SIZES.items() if k != v}  # "medium" -> "m", as a catalogue's "size M" says it
SENTENCE = re.compile(r"(?:[^.!?\n(]|\([^()\n]*\)|\()+[.!?\n]*")  # "rosemary x 12 (@ 65p?), basil x 12": an aside ends none
MAX_RANGE = 12
EVERY_TOP, EVERY_TIE, EVERY_MIN = 8, 0.1, 0.5  # "each colour": readings looked at for siblings, how close, how good
MAX_TAILS = 3  # family readings tried for a list that names its family after the last variant


def _ones(word: str) -> str:
    """A variant without a trailing "ones" or filler ("alphabet ones" -> "alphabet")."""
    return re.sub(r"\s+ones?$", "", word.strip(), flags=re.I)


def _trailing_heads(said: list) -> list[str]:
    """Family words the last variant of a list may end in, when only it names the family ("pink", "blue party
    bags" -> "party bags"): without its colour / size if the first variant names one, else its words after as
    many as the first variant has, then fewer of them."""
    first, last = _ones(said[0][0]).split(), _ones(said[-1][0]).split()
    own = first[0] in COLOURS and last[-1] in COLOURS and last[0] not in COLOURS  # "24 pink, 12 garden rake blue"
    if len(said) < 2 or len(last) <= len(first) or own:  # (own: a family after the list has its colour before it)
        return []
    tails = [vary(" ".join(last), " ".join(first))] + [" ".join(last[k:]) for k in range(len(first), len(last))]
    return [t for t in dict.fromkeys(tails) if t][:MAX_TAILS]


def _says(body: str, s: int, e: int, *cues: re.Pattern) -> bool:
    """Whether body[s:e] holds any of the cue words a list pattern cannot match without."""
    # why: the list patterns are slow to fail on each sentence of each message, and most sentences lack their words
    return any(c.search(body, s, e) for c in cues)


class DistributedLists:
    """Mixin of `Extractor` (needs the `Readings` methods): distributed variant lists over a whole body."""

    def _distributed(self, body: str, customer: str | None) -> list[tuple[int, int, list[dict]]]:
        """(start, end, lines) of every distributed variant list found in an English body."""
        if is_cjk(body):
            return []
        found = []
        for sent in SENTENCE.finditer(body):
            for finder in (self._range_list, self._each_list, self._every_variant, self._counted_list, self._another_list,
                           self._names_list, self._spaced_list, self._times_list, self._specs_each, self._tail_each):
                got = finder(body, sent.start(), sent.end(), customer)
                if got and not any(a < got[1] and got[0] < b for a, b, _ in found):
                    found.append(got)
        return found

    def _around(self, body: str, chunks, spans: list):
        """The chunks of a body with each distributed list in place of those it overlaps: a (lines, start)
        pair once per list; a chunk's words before the list stay a chunk of their own."""
        done = set()
        for said, s, e, qtys in chunks:
            hit = next((i for i, (a, b, _) in enumerate(spans) if a < e and s < b), None)
            if hit is None:
                yield said, s, e, qtys
                continue
            a = spans[hit][0]
            own = [q for q in qtys if q.end <= a]
            if s < a and hit not in done and lines_content(body, s, a, own) and self._catalogue_words(body[s:a]):
                yield body[s:a], s, a, own  # "6 owl hand warmers and the spotty mugs, 6 each in red and blue"
            if hit not in done:
                done.add(hit)
                yield spans[hit][2], a, spans[hit][1], None

    @staticmethod
    def _spread(walk, body: str, lines: list[dict], a: int, b: int) -> None:
        """Add the lines of one distributed list to the walk."""
        for line in lines:
            line["_side"], line["_neg"] = side_question(body, a, b), False
            walk.lines.append(line)
        walk.context = lines[-1]["mention"]

    def _head(self, body: str, s: int, e: int) -> tuple[str, int]:
        """The product family last named in body[s:e] and where it starts ("can we have 40 jumbo bags" ->
        "jumbo bags")."""
        text = body[s:e]
        cuts = list(HEAD_SPLIT.finditer(text))
        for a, b in reversed(list(zip([0] + [m.end() for m in cuts], [m.start() for m in cuts] + [len(text)]))):
            seg = self._without_purpose(text[a:b])  # "christmas trees 60cm for the stall - 6 black, …"
            if seg.strip() and self._catalogue_words(seg) >= 1:
                m = HEAD_CUT.match(seg)
                k = m.end() if m and seg[m.end() :].strip() else 0
                return mention_text(seg[k:]), s + a + k
        return "", e

    def _variant_set(self, head: str, said: list[tuple[str, Qty | None]], customer: str | None,
                     whole: bool = False) -> list[dict] | None:
        """One clear line per (variant, count) read as head + variant, or None when any is unclear (`whole`: each
        item must hold every word of the head, a head guessed from the last variant's words)."""
        lines, head_terms, rests = [], set(terms(head)), set()  # (rests: each item's name less its variant)
        for word, q in said:
            word = _ones(word)
            r = self._reading(mention_text(word if head in word else f"{head} {word}"), q, customer)
            letter = SPELLED.get(SAME_SIZE.get(word.lower(), word.lower()))
            if letter and (not r or r[0] < SURE or word.lower() not in self._names_of(r[3][0][0])):
                # "black nitrile, 40 boxes medium, 25 boxes large": the gloves name their sizes "size M", "size L"
                lettered = self._reading(mention_text(f"{head} size {letter}"), q, customer)
                word, r = (f"size {letter}", lettered) if lettered and lettered[0] >= SURE else (word, r)
            if not r or r[0] < SURE or not terms(word):
                return None
            names = self._names_of(r[3][0][0])
            if not self._variant_held(set(terms(word)), names, head_terms) or not head_terms & names:
                return None  # "apples" alone is no jumbo bag: the item must hold the variant and the family
            if whole and not all(self._words(t) & names for t in head_terms):
                return None  # "4 green and 4 pink garden gloves": no green gloves, though a green garden item
            line = self._build_line(q, r[2], r[3], r[5])
            if line is None or not line["sku"]:
                return None
            line["_f"].update(r[4])
            line["_f"]["kin"] = line["_f"]["spread"] = 1.0  # a variant of a list, never a heading of the rest
            lines.append(line)
            rests.add(frozenset(terms(self.by_sku[line["sku"]].name.lower())) - (set(terms(word)) - head_terms))
        if whole and len(rests) > 1:
            return None  # "12 in pink, and 6 of the Tuscan villa bird tables": a pink table clock is no sibling
        return lines if len({ln["sku"] for ln in lines}) == len(lines) >= 2 else None

    @staticmethod
    def _qty(m: re.Match, group: str) -> Qty | None:
        """The count a match group states."""
        v = count_value(m.group(group))
        return Qty(m.start(group), m.end(group), v, None, 1.6) if v else None

    def _counted_list(self, body: str, s: int, e: int, customer: str | None):
        """The first counted variant list of a sentence that reads as one (a sentence may hold other counts first)."""
        for m in COUNTED.finditer(body, s, e):
            got = self._counted_at(body, s, e, m, customer)
            if got:
                return got
        return None

    def _counted_at(self, body: str, s: int, e: int, m: re.Match, customer: str | None):
        """ "40 jumbo bags - 20 apples, 10 pears and 10 of the alphabet ones" (a total equal to the sum is no line)."""
        if not re.search(r"(?:[-:,]|\w)\s*$", body[s : m.start()]):
            return None
        before = body[s : m.start()]
        head, start = self._head(body, s, m.start())
        items = list(ITEM_RE.finditer(body, m.start(), m.end()))
        said, unit = [], None
        for it in items:  # "3 pails blue, 1 red": a bare count is in the unit said before it
            unit, q = it.group("u") or unit, self._qty(it, "n")
            said.append((it.group("v"), Qty(q.start, q.end, q.value, unit.lower(), 2.5) if q and unit else q))
        if any(q is None for _, q in said):
            return None
        lines = None
        total = re.search(rf"\b({CNT})\s+(?:[a-z]+\s+of\s+|of\s+(?:the\s+)?)?{re.escape(head.split()[0])}", before, re.I) if head else None
        if head and not (total and count_value(total.group(1)) != sum(q.value for _, q in said)):
            # (a total the counts do not add up to is no split of it)
            shared = SHARED.match(body, m.end(), e)
            colour = shared.group("c") if shared and shared.group("c").lower() in COLOURS else ""
            lines = self._variant_set(f"{head} {colour}".strip(), said, customer)
            if lines:
                return start, shared.end() if colour else m.end(), lines
        # "10 pink and 10 blue party bags": the family is said after the last variant, which runs on past the
        # pattern's three words ("4 pink childrens garden gloves")
        rest = NOUN_REST.match(body, m.end(), e).group(0)
        said = said[:-1] + [(said[-1][0] + rest, said[-1][1])]
        # (not "2 of the vintage tablecloth, 40 of the small paper gift bags": an entry naming its own item surely)
        for tail in _trailing_heads(said) if not any(self._names_own(w, q, customer) for w, q in said[:-1]) else []:
            lines = self._variant_set(tail, said, customer, whole=True)
            if lines:
                return m.start(), m.end() + len(rest), lines
        return None

    def _each_list(self, body: str, s: int, e: int, customer: str | None):
        """ "the spotty mugs, 6 each in red, green and blue": one shared count over a list of variants."""
        m = EACH_LIST.search(body, s, e) if _says(body, s, e, EACH_CUE) else None
        head, start = self._head(body, s, m.start()) if m else ("", s)
        q = self._qty(m, "n") if m else None
        words = [w for w in re.split(LSEP, m.group("l"), flags=re.I) if w.strip()] if q else []
        lines = self._variant_set(head, [(w, q) for w in words], customer) if head else None
        if not lines and len(words) >= 3:  # "3 dozen each of the wooden rulers, the giraffe and the revolver"
            head, start = words[0], m.start()  # (the list's first part names the family of the rest)
            lines = self._variant_set(head, [(w, q) for w in words[1:]], customer, whole=True)
        if not lines:
            return None
        close = re.match(r"\s*\)", body[m.end() : e])
        return start, m.end() + (close.end() if close else 0), lines

    def _every_variant(self, body: str, s: int, e: int, customer: str | None):
        """ "the little garden trowels for kids, 6 of each colour": one line per colour (size) of the family said
        just before, its siblings among the catalogue's close readings that differ from it by that word alone."""
        m = EVERY.search(body, s, e) if _says(body, s, e, EACH_CUE) else None
        q = self._qty(m, "n") if m else None
        start = max([s] + [body.rfind(c, s, m.start()) + 1 for c in ";:"]) if q else s
        said = mention_text(body[start : m.start()]) if q else ""
        if not said or has_digit(said):
            return None  # no family said before the count, or one already counted
        kind = SIZES | frozenset(LETTER_SIZES) if m.group("k").lower() == "size" else COLOURS
        matches = self.matcher.match(said, top=EVERY_TOP, customer=customer)
        if not matches or matches[0][1] < EVERY_MIN:
            return None
        rest, near = self._names_of(matches[0][0]) - kind, [sku for sku, v in matches if v >= matches[0][1] - EVERY_TIE]
        words = [sorted(self._names_of(sku) & kind) for sku in near if self._names_of(sku) - kind == rest]
        words = [w[0] for w in words if len(w) == 1]
        # "little … for kids" is said in the shop's words: the family is read in the catalogue's ("childs garden trowel")
        head = " ".join(w for w in self.by_sku[matches[0][0]].name.lower().split() if not set(terms(w)) & kind)
        lines = self._variant_set(head, [(w, q) for w in words], customer) if len(words) >= 2 else None
        return (start, m.end(), lines) if lines else None

    def _range_list(self, body: str, s: int, e: int, customer: str | None):
        """ "2 of each cottage garden number tile, 0 to 9": one line per number of the run."""
        m = RANGE.search(body, s, e) if _says(body, s, e, EACH_CUE) else None
        if not m:
            return None
        a, b, q = int(m.group("a")), int(m.group("b")), self._qty(m, "n")
        if not q or not 2 <= b - a + 1 <= MAX_RANGE:
            return None
        lines = self._variant_set(mention_text(m.group("h")), [(str(i), q) for i in range(a, b + 1)], customer)
        return (m.start(), m.end(), lines) if lines else None

    def _another_list(self, body: str, s: int, e: int, customer: str | None):
        """ "half a dozen of the X in pink, and another half doz in blue": a second count in another variant."""
        cued = _says(body, s, e, IN_CUE) and _says(body, s, e, *JOIN_CUES)
        m = ANOTHER.search(body, s, e) if cued else None
        if not m:
            return None
        said = [(m.group("v1"), self._qty(m, "n1")), (m.group("v2"), self._qty(m, "n2"))]
        lines = self._variant_set(mention_text(m.group("h")), said, customer) if all(q for _, q in said) else None
        return (m.start(), m.end(), lines) if lines else None

    def _names_list(self, body: str, s: int, e: int, customer: str | None):
        """ "the metal signs - no junk mail, beware of the cat, and cook with wine. prob 12 each": names listed
        after a family and a dash, with an "each" count said right after or none."""
        m = NAMES.search(body, s, e)
        if not m:
            return None
        head, start = self._head(body, s, m.start())
        tail = re.match(rf"[.!?\s]{{0,3}}[^.!?\n]{{0,12}}?\b({CNT})\s+each\b", body[m.end() : m.end() + 30], re.I)
        q = None
        if tail:
            v = count_value(tail.group(1))
            q = Qty(m.end() + tail.start(1), m.end() + tail.end(1), v, None, 1.6) if v else None
        words = [w for w in re.split(r"\s*,\s*(?:and\s+)?", m.group("l")) if w.strip()]
        lines = self._variant_set(head, [(w, q) for w in words], customer) if head else None
        return (start, m.end() + (tail.end() if tail else 0), lines) if lines else None
