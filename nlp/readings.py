"""How one chunk of a message reads as an order line: quantity choice, mention, catalogue match, line."""
from __future__ import annotations

import re

from nlp.confidence import line_confidence
from nlp.followon import ONES, VARIANT_WORDS, holding, other_than
from nlp.glossary import with_use
from nlp.named_counts import bracketed, in_name, kept_count, named, pack_described, sized, times_pair, unnamed
from nlp.mentions import cut, family, has_terms, mention_text, new_head, substitute, vary
from nlp.postprocess import in_unit, round_qty
from nlp.quantities import Qty
from nlp.seals import seal_codes
from nlp.text import has_digit, is_cjk, normalize, numbers, terms
from nlp.variants import prefer
from nlp.walk import better as _better
from nlp.zh_rules import NEG_AFTER, near_tied

RUN_MARK = re.compile(r"(?:,|^[ \t]*[-*•])\s*\Z", re.M)  # a chunk after a comma or a list bullet
SURE = 0.8  # a reading this sure needs no help from the family named before
SAME_RANGE = re.compile(r"\bsame (?:range|design|style|pattern|collection|series|print)\b|\bto match\b|\bmatching\b|\bditto\b", re.I)
TABLE_ROW = re.compile(r"\S(?:\t|  +)\S")  # cells of a pasted table are set apart by tabs or runs of spaces
THE_SPEC = re.compile(r"\bthe\s*$", re.I)
ROW_END = re.compile(r"[ \t]*(?:\n|$)")  # a number closing a line of a list
PIECES = re.compile(r"\d\s*(?:pc|pcs|piece)")  # "the 11pc set": a piece count names the set
CODE_LIKE = re.compile(r"[a-z]+\d|\d+[a-z]|\d{4,}")  # "DN150", "22423"
WORD_RUN = re.compile(r"[a-z0-9]+")
GLUED_AFTER = re.compile(r"[\u4e00-\u9fffa-z、]")
FOLLOW_ON = re.compile(r"\s*(?:and|also|plus|what about|how about)\b", re.I)


def _one_less(context: str) -> list[str]:
    """The context with one of its (at most six) words left out, each way."""
    words = context.split()
    return [" ".join(words[:i] + words[i + 1 :]) for i in range(len(words))] if 1 < len(words) <= 6 else []


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
        post, cap = self.matcher._post, max(50, int(len(self.items) * share))
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

    def _line(self, body: str, chunk, doc, customer: str | None, context: str = "",
              distinct: frozenset = frozenset(), prev_sku: str | None = None, prev_said: str = "",
              prev_counted: bool = False) -> dict | None:
        """Best (quantity choice, SKU) reading of one chunk, or None when it is not an order line."""
        s, e, qtys = chunk
        dates = [(h.start, h.end) for h in doc._.due_hits or [] if s <= h.start < e]
        options: list[Qty | None] = [q for q in qtys if q.strength >= 0.5][:3]
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
            if has_terms(mention) or (self._code_named(mention, row) and not is_cjk(body[s:e])):
                cand = self._counted(mention, q, customer, options)
                if cand and q in described and named(q, self._names_of(cand[3][0][0])):
                    cand = (cand[0] - 0.5,) + cand[1:]
                best = _better(best, cand)
        head, best = family(context), self._weak_trimmed(best, mentions, customer, options)  # (less heading/purpose)
        # A bare variant ("12 black", "1.0的来10盘", "+ 6 large") borrows the family named before it.
        # "XL码呢", "black": no family words; "and the black skull ones?": a follow-on mention.
        follow = bool(FOLLOW_ON.match(body[s:e])) and self._catalogue_words(mentions[-1][1], 0.1) >= 1
        bare_variant = all(not family(m) for _, m in mentions) or follow
        # "+ 6 large", "two dozen of the red": colour or size words alone name no product.
        attr_only = all(t in VARIANT_WORDS for t in terms(mentions[0][1])) and has_terms(mentions[0][1])
        # "20 of the vintage one", "the strawberry ones", "(S355 plate,) 16mm": a variant of what was just named.
        spec_only = not family(mentions[0][1]) and has_digit(mentions[0][1])
        # "3 dozen wooden hearts, same range": the range of the line before is meant too.
        anaphora = attr_only or spec_only or any(ONES.search(m) or SAME_RANGE.search(m) for _, m in mentions)
        # "XL的呢", "ZZ的也来一百套": a Latin code said in a Chinese clause reads the Chinese way; English
        # words ("yellow 10顶") keep the English reading.
        zh = is_cjk(mentions[0][1]) or (is_cjk(body[s:e]) and not re.search(r"[a-z]{3,}", mentions[0][1]))
        # "迷你拼图 spaceboy 一百盒、dolly girl 一百盒": a name after 、 is a sibling of the item listed before it
        # "jumbo bag，50年代款（50's christmas）八十个": a 款 style after a line awaiting its count is its style
        styled = prev_sku is not None and not prev_counted and "款" in body[s:e]
        sibling = (body[max(0, s - 2) : s].strip().endswith("、") or styled) and bool(context)
        zh = zh or sibling
        # "ZZ的呢": a lone Latin code in a Chinese clause is a variant of what was just named.
        bare_variant = bare_variant or (zh and re.fullmatch(r"[a-z0-9-]{1,4}", mentions[-1][1]) is not None)
        # "YJV3x4" after another cable names its own item exactly: no family to borrow.
        # A table row's code cell ("6308        10") names its item as fully as any row above it.
        own_code = best is not None and (best[3][0][1] >= 0.95 or row) and self._coded(best[2], best[3][0][0])
        # "the landmark frames? Baker Street, London Bridge": a count-less name read with the family before it,
        # taken only when that reading is sure.
        listed = not (qtys or bare_variant or attr_only or is_cjk(body[s:e]))
        ones = listed and bool(ONES.search(mentions[-1][1]))  # "drop the suki ones": a variant, not a listed name
        own = None if listed and best is not None and best[5] < 0.6 else best  # too little of a name to be a line
        tied = near_tied(best[3]) if best is not None else frozenset()  # "不锈钢螺丝M8*30的五盒，M6*20的三盒"
        # "2 dz plasters in tin spaceboy, 2dz skulls, 1 dz woodland animals": a counted comma (or bullet) run names siblings
        # of the item before it, even where the words alone name another item surely (the jumbo bag)
        # (the count leads each entry: "water basins 4, the lidded pots 6" names its items in full)
        run = prev_counted and bool(qtys) and not body[s:qtys[0].start].strip() and bool(context) \
            and RUN_MARK.search(body, max(0, s - 4), s) is not None and not (own is None or own[0] < SURE or anaphora)
        if not zh and not own_code and (head or spec_only) and (qtys or bare_variant or attr_only or listed) and \
                (own is None or own[0] < SURE or anaphora or run):
            kin = None
            for q, mention in mentions:
                # "SS400 6厚 10吨，8厚 10吨": the new size replaces the old one, the grade stays.
                # On a tie the reading that keeps more of what was said before wins: it is tried first.
                # "reduce the spaceboy lunch bags ... drop the suki ones": "suki" replaces one word said before
                less = _one_less(context) if ones else []  # count-less only: each is one more lookup
                # "and the stacking tins" after "babushka nesting boxes": a new noun, the words before it carry over
                heads = [new_head(context, mention)] if follow else []
                earlier = self._named_before(prev_sku) if ONES.search(mention) else ""
                for base in dict.fromkeys([substitute(context, mention), vary(context, mention, distinct), head]
                                          + less + heads + [earlier]):
                    cand = self._counted(f"{base} {mention}", q, customer, options) if base else None
                    if cand and base == earlier and not self._holds_new(cand, mentions[0][1], context):
                        continue  # the earlier item's name only helps to an item that has the words said anew
                    kin = cand if cand and (kin is None or cand[0] > kin[0] + 1e-3) else kin
            margin = -0.5 if attr_only else -0.05 if spec_only else -0.1 if anaphora else 0.0 if run else 0.25
            sure = kin is not None and kin[0] >= SURE and kin[5] >= 0.6
            sibling_run = not run or kin is not None and kin[3][0][0] != prev_sku  # a sibling, not the item again
            if kin and (own is None or kin[0] > own[0] + margin) and (not listed or ones or sure) and sibling_run:
                best = other_than(kin, prev_sku) if anaphora else kin
                if ONES.search(kin[2]):  # "the spaceboy ones": the words said anew name the item meant
                    # the said words first, then the vocabulary test (not a copy of the whole vocabulary)
                    new = (set(terms(mentions[0][1])) - set(terms(context)) - {"one"}) & self.matcher._post.keys()
                    best = holding(best, new, self._names_of)
                best[4]["kin"] = 1.0
        elif zh and context and (qtys or bare_variant) and (best is None or best[0] < SURE or sibling or tied):
            for q, mention in mentions:
                bases = self._zh_bases(body, chunk, context, mention, head, distinct, prev_said)
                for base in dict.fromkeys(bases):
                    cand = self._reading(f"{base} {mention}", q, customer) if base else None
                    if cand and cand[3][0][0] == prev_sku and \
                            self._not_that_item(mention, context, prev_sku, prev_counted):
                        continue  # the words borrowed made it the item before, which it does not mean
                    # the borrowed words must fit the item: "口罩，手套要大号的" is no mask
                    if cand and (cand[4]["mcover"] >= 0.6 or not is_cjk(mention)) and \
                            (best is None or cand[0] > best[0] + (0.0 if sibling or cand[3][0][0] in tied else 0.25)):
                        best = cand
                        best[4]["kin"] = 1.0
        if best is None:
            return None
        _, q, mention, matches, seen, cover = best
        own = sized(q, self._names_of(matches[0][0]), body[s:e]) or self._worded_name(body, q, matches[0][0])
        if q is None:
            q = self._the_count(body, qtys, matches[0][0])
        matches = self._packed_as_said(q, matches, mention, customer)
        # A family-only mention ("焊条要一千二百公斤"): every word matched, the variant is a guess.
        # "黄油还有吗": the same without a count, when the family alone is a fair match ("磨光片不要了" after another line too).
        # Not through the glossary: an English catalogue has no family with a default variant to fall back on.
        vague = seen["mcover"] >= 0.9 and ((is_cjk(mention) and self.matcher.zh_names) or seen["picked"]) and (
            (bool(q) and q.strength >= 2 and matches[0][1] >= 0.55) or (q is None and (not context or NEG_AFTER.search(body[s:e])) and not has_digit(mention) and matches[0][1] >= 0.6))
        # The coverage of the chosen reading: the matcher's own table holds the last reading tried.
        line = self._build_line(q, mention, matches, cover, vague)
        if line:
            line["_f"].update(seen)
            if own:  # "100 channel" (channel 100mm), "tea for one set": the number is the item's, its count comes apart
                line["quantity"], line["_qty"], line["_f"]["qstr"] = None, None, 0.0
        return line

    def _worded_name(self, body: str, q: Qty | None, sku: str) -> bool:
        """Whether a count in words is said as part of the item's name with the word before it ("tea for one")."""
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
        return "" if has_digit(name) else name

    def _said_anew(self, said: str, context: str) -> dict[str, set[str]]:
        """The catalogue words of `said` not in `context`, each with the forms it is looked up in."""
        query = {t: {t, *(r for r, _ in res)} for t, res in self.matcher._query(said)[0]}
        return {t: forms for t, forms in query.items() if t not in set(terms(context)) | {"one"} and
                forms & self.matcher._post.keys()}

    def _holds_new(self, reading, said: str, context: str) -> bool:
        """Whether a close match of the reading holds, in some form, most catalogue words said anew (none said: no)."""
        new = self._said_anew(said, context)
        plain = {t for t in new if t in self.matcher._post}
        names = self._names_of(holding(reading, plain, self._names_of)[3][0][0])
        return bool(new) and 2 * sum(1 for forms in new.values() if forms & names) >= len(new)

    def _counted(self, mention: str, q: Qty | None, customer: str | None, options: list):
        """`_reading`, ranked lower when its count is a number of the item's name and the chunk has another,
        or when it keeps as a name a number the item's name lacks."""
        reading = self._reading(mention, q, customer)
        if reading is None:
            return None
        names = self._names_of(reading[3][0][0])
        plain = [t for t in terms(mention) if t not in self.matcher._sku and t not in self.matcher._codes]  # not "31520"
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
        """Chunk text without the chosen count, other unit-bearing counts, old values and dates
        (bare numbers stay: they may be part of the name, "304 M8x40")."""
        spans = [(x.start, x.end) for x in qtys if x is q or (x.strength >= 2 and not times_pair(body, x, q)) or (
            x.strength <= 0.2 and not in_name(body, x, self._known_code))] if q else []
        return mention_text(cut(body, s, e, spans + dates))

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
        seen = {"alias": float(self.matcher.alias_sku == sku), "mcover": self.matcher.mention_cover.get(sku, 0.0),
                "picked": float(picked)}
        return rank, q, mention, matches, seen, cover

    def _build_line(self, q: Qty | None, mention: str, matches, cover: float, vague: bool = False) -> dict | None:
        """The output line for a chosen quantity and match list (`vague`: a family-only mention,
        kept with a low confidence instead of dropped)."""
        conf = line_confidence(matches, q is not None, cover)
        # Without a quantity, only a clear product mention is a line (not "thanks dom", "usual address").
        coded = conf >= 0.8 and bool(CODE_LIKE.search(mention))  # "DN150", "22423"
        coded = coded or (conf >= 0.5 and self._coded(mention, matches[0][0]))  # "any 6206 bearings, sealed?"
        if (conf < 0.15 and not vague) or (q is None and not vague and (conf < 0.35 or (cover < 0.6 and not coded))):
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
