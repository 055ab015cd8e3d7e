"""How one chunk of a message reads as an order line: quantity choice, mention, catalogue match, line."""
from __future__ import annotations

import re

from nlp.confidence import line_confidence
from nlp.followon import holding
from nlp.glossary import with_use
from nlp.item_names import pack_terms
from nlp.named_counts import bracketed, in_name, kept_count, named, pack_described, plain_words, sized, slashed_packs, stray_number, times_pair, unnamed
from nlp.mentions import cut, has_terms, mention_text
from nlp.postprocess import in_unit, round_qty
from nlp.quantities import Qty
from nlp.seals import seal_codes
from nlp.text import has_digit, is_cjk, normalize, numbers, terms
from nlp.variants import prefer
from nlp.walk import better as _better
from nlp.zh_rules import CLOSE, NEG_AFTER
from nlp.prefilter import prefiltered

SURE = 0.8  # a reading this sure needs no help from the family named before
CLEAR_ALONE = 0.7  # a count-less line this sure of its item is one though it covers a little less of the name
SAME_RANGE = prefiltered(r"\bsame (?:range|design|style|pattern|collection|series|print)\b|\bto match\b|\bmatching\b|\bditto\b", re.I)
TABLE_ROW = re.compile(r"\S(?:\t|  +)\S")  # cells of a pasted table are set apart by tabs or runs of spaces
THE_SPEC = re.compile(r"\bthe\s*$", re.I)
ROW_END = re.compile(r"[ \t]*(?:\n|$)")  # a number closing a line of a list
# "6305 zz 80套": a code and its short suffix spaced apart name an item in a Chinese clause too (not "b-1600的还是要")
SPACED_SUFFIX = re.compile(r"\d{3,}\s+[a-z0-9]*[a-z][a-z0-9]*")
PIECES = re.compile(r"\d\s*(?:pc|pcs|piece)")  # "the 11pc set": a piece count names the set
CODE_LIKE = re.compile(r"[a-z]+\d|\d+[a-z]|\d{4,}")  # "DN150", "22423"
GLUED_SPEC = re.compile(r"(?<![\da-z.])\d{2,}(?=[\u4e00-\u9fff])")  # "63角钢": a size said before the Chinese noun
WORD_RUN = prefiltered(r"[a-z0-9]+")
GLUED_AFTER = re.compile(r"[\u4e00-\u9fffa-z、]")


class Readings:
    """Mixin of `Extractor`: reading chunks against its `matcher` and `by_sku`."""

    def _words(self, text: str) -> set[str]:
        """Index terms a text resolves to (its words, their abbreviations, synonyms and spellings)."""
        return {t for term, res in self.matcher._query(text)[0] for t in [term] + [r for r, _ in res]}

    def _names_of(self, sku: str) -> frozenset:
        """Every index term of an item's names and aliases."""
        idx = self.matcher._sku.get(sku.lower().replace(" ", ""))
        return self.matcher._info(idx)[0] if idx is not None else frozenset()

    def _distinct(self, line: dict) -> frozenset:
        """Words that set a line's item apart from its runner-up ("owl" in HAND WARMER OWL DESIGN
        against HAND WARMER BIRD DESIGN): a follow-on variant replaces them."""
        cands = line.get("candidates") or []
        if len(cands) < 2:
            return frozenset()
        return self._names_of(cands[0]["sku"]) - self._names_of(cands[1]["sku"])

    def _catalogue_words(self, text: str, share: float = 0.02) -> int:
        """How many distinct catalogue words a text holds, leaving out those in over `share` of items."""
        post, cap = self.matcher.words, max(50, int(len(self.items) * share))
        return len({t for t in terms(self.matcher.readable(text)) if (t in post and len(post[t]) <= cap) or t in self.matcher._sku})

    def _sure_sku(self, mention: str, customer: str | None) -> str | None:
        """The SKU a mention names when the match is clear, else None."""
        matches = self.matcher.match(mention, top=3, customer=customer)
        if not matches:
            return None
        cover = self.matcher.coverage.get(matches[0][0], 0.0)
        return matches[0][0] if line_confidence(matches, True, cover) >= 0.5 else None

    def _is_code(self, body: str, q: Qty) -> bool:
        """Whether the number is really a SKU written in the text (22423, 85123A, 84029G)."""
        m = WORD_RUN.match(body, q.start)
        if not m or len(m.group(0)) < 3:
            return False
        # "304球阀", "6204的": a bare number glued to the words after it is a catalogue code, not a count.
        glued = q.unit is None and (GLUED_AFTER.match(body[q.end : q.end + 1]) is not None
                                    or body[q.start - 1 : q.start] == "、")  # "6204、6205各200套"
        return (m.group(0) in self.matcher._sku and len(m.group(0)) >= 4) or (glued and m.group(0) in self.matcher._codes)

    def _bare_size(self, body: str, qtys: list) -> bool:
        """ "any 4mm J421 rods in? and 3.2?": a lone decimal the catalogue names sizes by is a size, not a count."""
        return len(qtys) == 1 and (q := qtys[0]).unit is None and "." in body[q.start : q.end] and self._known_code(body[q.start : q.end])

    def _line(self, body: str, chunk, doc, customer: str | None, context: str = "",
              distinct: frozenset = frozenset(), prev_sku: str | None = None, prev_said: str = "",
              prev_counted: bool = False) -> dict | None:
        """Best (quantity choice, SKU) reading of one chunk, or None when it is not an order line."""
        s, e, qtys = chunk
        dates = [(h.start, h.end) for h in doc._.due_hits or [] if s <= h.start < e]
        options: list[Qty | None] = [q for q in qtys if q.strength >= 0.5][:3]
        if any(q.strength >= 2 for q in options):  # "5 rolls of 4 core 1.0": the size beside a real count is none
            options = [q for q in options if q.strength >= 2 or not self._bare_size(body, [q])]
        # Bare numbers may be part of the name ("304 M8x40 bolts"); one alone in brackets is a count
        # ("the retrospot ones (24)").
        if not options or (options[0].strength < 2 and not bracketed(body, options[0])):
            options.append(None)
        mentions = [(q, self._mention_for(body, s, e, qtys, q, dates)) for q in options]
        # "skull paper cups (6pk)": the pack size may be the name's ("PACK OF 6 ..."), the line then count-less
        described = [q for q in options if q is not None and pack_described(body, q)]
        mentions += [(None, self._mention_for(body, s, e, qtys, q, dates)) for q in described[:1]]
        row = TABLE_ROW.search(body[s:e]) is not None  # "6308        10": a table's item cell may be a bare code
        best = None
        for q, mention in mentions:
            if has_terms(mention) or (self._code_named(mention, row) and (not is_cjk(body[s:e]) or SPACED_SUFFIX.fullmatch(mention))):
                cand = self._counted(mention, q, customer, options)
                if cand and (q in described or sum(x is not None and x.strength >= 2 for x in options) > 1) and named(q, self._names_of(cand[3][0][0])):
                    cand = (cand[0] - 0.5,) + cand[1:]  # (also "10个vintage baubles…也60个": of two counts, the name's is none)
                best = _better(best, cand)
        best = self._weak_trimmed(best, mentions, customer, options)  # (less heading/purpose)
        best = self._leading_count(body, chunk, best, mentions, customer, options)
        c = self._cues(body, chunk, mentions, best, row, context, distinct, prev_sku, prev_said, prev_counted)
        if c.zh:  # a Chinese clause borrows zh_rules' bases, an English one the family words
            best = self._chinese_kin(body, chunk, mentions, best, customer, c)
        else:
            best = self._english_kin(chunk, mentions, options, best, customer, c)
        return self._finished(body, chunk, best, context, customer)

    def _leading_count(self, body: str, chunk, best, mentions: list, customer: str | None, options: list):
        """ "6 strawberry chopstick sets" (SET OF 6 …): a chunk's one bare number, leading the words of the item,
        counts it when the item reads the same without it: its name does not need the number to be told apart
        (a name's pack count is small; "304 stainless", "355 chop saw discs" name a grade or a size)."""
        if best is None or best[1] is not None or len(options) != 2 or options[1] is not None:
            return best
        q = options[0]
        sku = best[3][0][0]
        if q.unit is not None or q.value >= 100 or THE_SPEC.search(body, max(0, q.start - 5), q.start) or \
                is_cjk(body[chunk[0] : chunk[1]]) or not self._leads(body, chunk[0], q, sku) or not named(q, self._names_of(sku)):
            return best
        if not self._reordered(body, chunk[1], q, sku):
            return best
        cand = self._counted(next(m for x, m in mentions if x is q), q, customer, options)
        return cand if cand and cand[3][0][0] == best[3][0][0] else best

    def _reordered(self, body: str, e: int, q: Qty, sku: str) -> bool:
        """Whether words the item's name says before its number come after that number in the chunk: the name
        reordered around a count ("10 santas" alone is the name's own phrase; "6 ribbons …" opens its name)."""
        name = normalize(self.by_sku[sku].name).split()
        head = set(terms(" ".join(name[: name.index(f"{q.value:g}")]))) if f"{q.value:g}" in name else set()
        return bool(head & set(terms(body[q.end : e])))

    def _leads(self, body: str, s: int, q: Qty | None, sku: str) -> bool:
        """Whether a count stands before every word of the item's name said in its chunk."""
        return q is not None and not set(terms(body[s : q.start])) & self._names_of(sku)

    def _finished(self, body: str, chunk, best, context: str, customer: str | None) -> dict | None:
        """The order line of a chunk's chosen reading, its count settled (None when there is no reading)."""
        s, e, qtys = chunk
        if best is None:
            return None
        _, q, mention, matches, seen, cover = best
        # ("10 santas" after the name's other words is the name's; leading them, it counts: `_leading_count`)
        own = sized(q, self._names_of(matches[0][0]), body[s:e]) or \
            (self._worded_name(body, q, matches[0][0]) and not (self._leads(body, s, q, matches[0][0])
                                                                 and self._reordered(body, e, q, matches[0][0])))
        if q is None:
            q = self._the_count(body, qtys, matches[0][0])
        matches = self._packed_as_said(q, matches, mention, customer)
        # A family-only mention ("焊条要一千二百公斤"): every word matched, the variant is a guess.
        # "黄油还有吗": the same without a count, when the family alone is a fair match ("磨光片不要了" after another line too).
        # Not through the glossary: an English catalogue has no family with a default variant to fall back on.
        # "J421焊条取消吧": what is taken off is named by its family's grade, no describing clause to come
        off = NEG_AFTER.search(body[s:e]) is not None
        graded = not has_digit(mention) or (off and not self._sizes(mention, matches))
        vague = seen["mcover"] >= 0.9 and ((is_cjk(mention) and self.matcher.zh_names) or seen["picked"]) and (
            (bool(q) and q.strength >= 2 and matches[0][1] >= 0.55) or (q is None and (not context or off) and graded and matches[0][1] >= 0.6))
        # The coverage of the chosen reading: the matcher's own table holds the last reading tried.
        line = self._build_line(q, mention, matches, cover, vague)
        if line:
            line["_f"].update(seen)
            if own:  # "100 channel" (channel 100mm), "tea for one set": the number is the item's, its count comes apart
                line["quantity"], line["_qty"], line["_f"]["qstr"] = None, None, 0.0
        return line

    def _sizes(self, mention: str, matches) -> bool:
        """Whether a number of the mention picks among the close matches: "J421焊条" names the grade every variant
        has (the family), "1.2焊丝" one size."""
        near = [sku for sku, score in matches if score >= matches[0][1] - CLOSE]
        said = {t for t in terms(self.matcher.readable(mention)) if has_digit(t)}
        return bool(said) and (len(near) < 2 or not all(said <= self._names_of(sku) for sku in near))

    def _worded_name(self, body: str, q: Qty | None, sku: str) -> bool:
        """Whether a count in words is said as part of the item's name with the word before it ("tea for one"),
        or a bare number with the word after it ("christmas lights 10 santas": the name's "10 santas")."""
        if q is not None and q.unit is None and q.strength <= 1 and body[q.start : q.start + 1].isdigit():
            after = re.match(r"\s+([a-z]+)", body[q.end : q.end + 20])
            return bool(after) and f" {body[q.start : q.end]} {after.group(1)} " in f" {normalize(self.by_sku[sku].name)} "
        if q is None or not body[q.start : q.start + 1].isalpha():
            return False
        said = re.search(r"([a-z]+)\s+$", body[max(0, q.start - 20) : q.start])
        word = re.match(r"[a-z]+", body[q.start : q.end])
        return bool(said and word) and f" {said.group(1)} {word.group(0)} " in f" {normalize(self.by_sku[sku].name)} "

    def _named_before(self, sku: str | None) -> str:
        """The catalogue name of the line before, for "the X ones" after it: chat around the earlier mention
        ("... please for the markets, and a dozen zinc star ones") is no part of the family meant.
        Not a coded name: "the zz ones" after "6205-2RS" replaces a suffix, which `unsuffixed` reads."""
        name = self.by_sku[sku].name.lower() if sku in self.by_sku else ""
        if has_digit(name):  # "SET/6 RED SPOTTY PAPER PLATES": the pack's count is no code, the rest names the family
            light = pack_terms(terms(name))
            name = " ".join(w for w in name.split() if not set(terms(w)) <= light)  # ("of", too: no term)
        return "" if has_digit(name) else name

    def _said_anew(self, said: str, context: str) -> dict[str, set[str]]:
        """The catalogue words of `said` not in `context`, each with the forms it is looked up in."""
        query = {t: {t, *(r for r, _ in res)} for t, res in self.matcher._query(said)[0]}
        known = set(terms(context)) | {"one"}  # (once, not per word)
        return {t: forms for t, forms in query.items() if t not in known and forms & self.matcher.words.keys()}

    def _holds_new(self, reading, said: str, context: str) -> bool:
        """Whether a close match of the reading holds, in some form, most catalogue words said anew (none said: no)."""
        new = self._said_anew(said, context)
        plain = {t for t in new if t in self.matcher.words}
        names = self._names_of(holding(reading, plain, self._names_of)[3][0][0])
        return bool(new) and 2 * sum(1 for forms in new.values() if forms & names) >= len(new)

    def _counted(self, mention: str, q: Qty | None, customer: str | None, options: list):
        """`_reading`, ranked lower when its count is a number of the item's name and the chunk has another,
        or when it keeps as a name a number the item's name lacks."""
        reading = self._reading(mention, q, customer)
        if reading is None:
            return None
        names = self._names_of(reading[3][0][0])
        plain = plain_words(terms(mention), self.matcher._sku, self.matcher._codes)  # not "31520"
        return kept_count(unnamed(reading, options, names), options, names, plain)

    def _code_named(self, mention: str, row: bool = False) -> bool:
        """ "6204 zz": a catalogue code with a short word is a product mention too (alone in a table row)."""
        words = terms(mention)
        return (len(words) >= 2 or (row and len(words) == 1)) and any(len(t) >= 4 and t in self.matcher._codes for t in words)

    def _the_count(self, body: str, qtys: list[Qty], sku: str) -> Qty | None:
        """ "cancel the 12 alarm clocks", "sow 'n' grow set 24" ending a list row: a "the N" or a spec-like
        number closing its row that is not part of the item's name is its count ("the 72 cake cases" names
        PACK OF 72 and stays a name)."""
        names = self._names_of(sku)
        for x in qtys:
            raw = body[x.start : x.end].strip()
            said = THE_SPEC.search(body[max(0, x.start - 5) : x.start]) or ROW_END.match(body, x.end)
            if x.strength <= 0.4 and said and raw not in names and not PIECES.search(raw):
                return Qty(x.start, x.end, x.value, x.unit, 1.0)
        return None

    def _mention_for(self, body: str, s: int, e: int, qtys: list[Qty], q: Qty | None, dates) -> str:
        """Chunk text without the chosen count, other unit-bearing counts, old values and dates."""
        # bare numbers stay, part of the name maybe ("304 M8x40"), as does a measure it is named by ("4 bags of 500g")
        spans = [(x.start, x.end) for x in qtys if x is q or (x.strength >= 2 and not times_pair(body, x, q) and not
                 self._known_code(body[x.start : x.end].replace(" ", ""))) or (
            x.strength <= 0.2 and not in_name(body, x, self._known_code))] if q else []
        packs = slashed_packs(body, s, e) if q and q.pack_of else []
        return mention_text(cut(body, s, e, spans + dates + packs))

    def _reading(self, mention: str, q: Qty | None, customer: str | None):
        """(rank, quantity, mention, matches, signals, coverage) for one reading of a chunk, or None."""
        said = with_use(seal_codes(mention) if is_cjk(mention) else mention)  # "带胶封" is the 2RS suffix
        matches, picked = self.matcher.match(said, top=5, customer=customer), False
        # Family-only mentions ("焊条", "6204轴承", "welding wire ... 10 spools"): the default variant first
        if is_cjk(mention) or self._family_in_packs(mention, q, matches):
            matches, picked = prefer(matches, q, self.by_sku)
        if not matches:
            return None
        cover = self.matcher.coverage.get(matches[0][0], 0.0)
        rank = line_confidence(matches, True, cover) + (0.03 * q.strength if q else 0.0)
        sku = matches[0][0]
        if q is not None and q.unit is None and q.strength < 2 and q.value == int(q.value) \
                and len(str(int(q.value))) >= 3 and str(int(q.value)) in self._names_of(sku):
            rank -= 0.5  # "any 6305 bearings, sealed?": a number in the item's own name is not its count
        rank -= 0.3 * (q is None and stray_number(mention, self._names_of(sku), self._known_code))  # "48 tissues": a count
        seen = {"alias": float(self.matcher.alias_sku == sku), "mcover": self.matcher.mention_cover.get(sku, 0.0), "picked": float(picked)}
        return rank, q, mention, matches, seen, cover

    def _build_line(self, q: Qty | None, mention: str, matches, cover: float, vague: bool = False) -> dict | None:
        """The output line for a chosen quantity and match list (`vague`: a family-only mention,
        kept with a low confidence instead of dropped)."""
        conf = line_confidence(matches, q is not None, cover)
        # Without a quantity, only a clear product mention is a line (not "thanks dom", "usual address").
        coded = conf >= 0.8 and bool(CODE_LIKE.search(mention))  # "DN150", "22423"
        coded = coded or (conf >= 0.5 and self._coded(mention, matches[0][0]))  # "any 6206 bearings, sealed?"
        # "那批63角钢取消吧": a size glued before the noun, as the item's names give it, names it like a code
        coded = coded or (conf >= 0.8 and any(n in self._names_of(matches[0][0]) for n in GLUED_SPEC.findall(mention)))
        # "the water bomb packs" (BALLOON WATER BOMB PACK OF 35): a sure, clear match may leave a word of the name unsaid
        plain = cover >= 0.6 or (conf >= CLEAR_ALONE and cover >= 0.5)
        if (conf < 0.15 and not vague) or (q is None and not vague and (conf < 0.35 or (not plain and not coded))):
            return None
        sku = matches[0][0]
        item = self.by_sku[sku]
        qty = round_qty(in_unit(q, item)) if q else None
        top = matches[0][1]
        feats = {"top": top, "margin": top - (matches[1][1] if len(matches) > 1 else 0.0), "cover": min(cover, 1.0),
                 "coded": float(self._coded(mention, sku)), "qstr": q.strength if q else 0.0,
                 "converted": float(bool(q) and qty != round_qty(q.value)),
                 "close": float(sum(1 for _, v in matches[1:3] if v >= top - 0.05)),
                 "num_miss": float(bool(numbers(terms(mention)) - numbers(self._names_of(sku))))}
        return {"sku": sku if conf >= 0.3 or vague else None, "quantity": qty, "_qty": q, "_f": feats,
                "unit": item.unit, "mention": mention, "confidence": round(conf, 3),
                "candidates": [{"sku": k, "score": round(v, 3)} for k, v in matches[:3]]}

    def _coded(self, mention: str, sku: str) -> bool:
        """Whether the mention names the item by an exact code: its SKU or a model/spec code of its names."""
        idx, names = self.matcher._sku.get(sku.lower().replace(" ", "")), self._names_of(sku)
        return any(self.matcher._sku.get(t) == idx or (t in names and t in self.matcher._codes and len(t) >= 3)
                   for t in terms(mention) if has_digit(t))
