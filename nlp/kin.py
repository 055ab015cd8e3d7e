"""How a chunk borrows the family named before it ("12 black", "1.0的来10盘"): the cues, then the English and
the Chinese borrowing."""
from __future__ import annotations

import re

import numpy as np
from typing import NamedTuple

from nlp.followon import ONES, VARIANT_WORDS, holding, other_than
from nlp.glossary import head_noun, item_nouns
from nlp.mentions import family, has_terms, new_head, substitute, vary
from nlp.readings import SAME_RANGE, SURE
from nlp.text import has_digit, is_cjk, terms
from nlp.zh_rules import near_tied

RUN_MARK = re.compile(r"(?:,|^[ \t]*[-*•])\s*\Z", re.M)  # a chunk after a comma or a list bullet
FOLLOW_ON = re.compile(r"\s*(?:and|also|plus|what about|how about)\b", re.I)
# "6 pharmacie first aid tins and 12 plain first aid tins": the family said again with "plain" is its base item,
# not the variant named before (a catalogue that sells "PLAIN" items reads the word as a name instead)
WEAK_NUMBER = 1.0  # a bare number no better read as a count than this ("6205 bearings") may be a code
# "还有太空人那款", "红色那种呢": a style pointed at with 那款 / 那种, naming no item noun, is a variant of the goods before
# ("白色骷髅那款不要了", "蓝的那种也取消": the style pointed at is dropped, still a variant of the goods before)
# ("KEEP CALM 的也一样数量": a style said with 的 and the same count as the goods before, naming no item noun)
POINTED = re.compile(r"(?:(?:那款|那种|那个)(?:的)?(?:呢|吗|也要|也来|(?:也|就|先)?(?:不要|不用|取消)(?:了|吧)?)?|"
                     r"(?:那款|那种|的)\s*也(?:要|来)?(?:一样|同样)(?:的)?(?:数量|多)?(?:吧|啊)?)\s*$")
PLAIN = re.compile(r"\b(?:plain|ordinary|regular|normal|standard|basic)\b", re.I)


def _one_less(context: str) -> list[str]:
    """The context with one of its (at most six) words left out, each way."""
    words = context.split()
    return [" ".join(words[:i] + words[i + 1 :]) for i in range(len(words))] if 1 < len(words) <= 6 else []


class Cues(NamedTuple):
    """What the line before and a chunk's own words say about borrowing the family named before."""
    context: str
    distinct: frozenset
    prev_sku: str | None
    prev_said: str
    prev_counted: bool
    head: str
    follow: bool
    bare_variant: bool
    attr_only: bool
    spec_only: bool
    anaphora: bool
    zh: bool
    sibling: bool
    own_code: bool
    listed: bool
    ones: bool
    own: tuple | None
    tied: frozenset
    run: bool


class Kin:
    """Mixin of `Extractor`: a chunk's reading with the words of the line before it."""

    def _cues(self, body: str, chunk, mentions: list, best, row: bool, context: str, distinct: frozenset,
              prev_sku: str | None, prev_said: str, prev_counted: bool) -> Cues:
        """The borrowing cues of one chunk, given its own best reading."""
        s, e, qtys = chunk
        head = family(context)
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
        bare_variant = bare_variant or (zh and re.fullmatch(r"[a-z0-9-]{1,4}", mentions[-1][1]) is not None) or \
            (zh and POINTED.search(body[s:e]) is not None and head_noun(body[s:e]) not in item_nouns())  # "还有太空人那款"
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
        return Cues(context, distinct, prev_sku, prev_said, prev_counted, head, follow, bare_variant, attr_only,
                    spec_only, anaphora, zh, sibling, own_code, listed, ones, own, tied, run)

    def _english_kin(self, chunk, mentions: list, options: list, best, customer: str | None, c: Cues):
        """The chunk's best reading once the English family named before is borrowed where it reads better."""
        # a chunk naming its own item by code, or surely and with no word pointing back, borrows nothing
        unsure = c.own is None or c.own[0] < SURE or c.anaphora or c.run
        if c.own_code or not (c.head or c.spec_only) or not (chunk[2] or c.bare_variant or c.attr_only or c.listed) \
                or not unsure or self._plain(mentions[0][1], c):
            return best
        kin = None
        for q, mention in mentions:
            if q is not None and q.strength <= WEAK_NUMBER and self._code_said(f"{q.value:g}", mention):
                continue  # "belts x 2 and 6205 bearings": a weak number that is a catalogue code borrows as no count
            # "SS400 6厚 10吨，8厚 10吨": the new size replaces the old one, the grade stays.
            # On a tie the reading that keeps more of what was said before wins: it is tried first.
            # "reduce the spaceboy lunch bags ... drop the suki ones": "suki" replaces one word said before
            less = _one_less(c.context) if c.ones else []  # count-less only: each is one more lookup
            # "and the stacking tins" after "babushka nesting boxes": a new noun, the words before it carry over
            heads = [new_head(c.context, mention)] if c.follow else []
            earlier = self._named_before(c.prev_sku) if ONES.search(mention) or SAME_RANGE.search(mention) else ""
            # "6205 bearings, 2 off, the rubber sealed type": the family with its model number (which the others
            # drop), said in the chunk before without giving a line
            coded = [c.context] if c.context != c.prev_said and has_digit(c.context) and not has_digit(mention) else []
            for base in dict.fromkeys([substitute(c.context, mention), vary(c.context, mention, c.distinct), c.head]
                                      + less + heads + [earlier] + coded):
                cand = self._counted(f"{base} {mention}", q, customer, options) if base else None
                # the earlier item's name only helps to an item that has the words said anew; nor does a family
                # read back to the item before ("24 t-light holders and a dozen red tea towels")
                # (a count of its own with product words of its own: a line of its own)
                # ("do you do 316 valves" after the bearings: a product word of its own, counted or not, is no variant)
                back = cand and cand[3][0][0] == c.prev_sku and self._said_anew(mentions[0][1], c.context) and (c.follow or any(
                    x.strength >= 1 for x in chunk[2]))
                if cand and (base == earlier or back) and not self._holds_new(cand, mentions[0][1], c.context):
                    continue
                kin = cand if cand and (kin is None or cand[0] > kin[0] + 1e-3) else kin
        margin = -0.5 if c.attr_only else -0.05 if c.spec_only else -0.1 if c.anaphora else 0.0 if c.run else 0.25
        sure = kin is not None and kin[0] >= SURE and kin[5] >= 0.6
        sibling_run = not c.run or kin is not None and kin[3][0][0] != c.prev_sku  # a sibling, not the item again
        if kin and (c.own is None or kin[0] > c.own[0] + margin) and (not c.listed or c.ones or sure) and sibling_run:
            best = other_than(kin, c.prev_sku) if c.anaphora else kin
            if ONES.search(kin[2]):  # "the spaceboy ones": the words said anew name the item meant
                # the said words first, then the vocabulary test (not a copy of the whole vocabulary)
                new = (set(terms(mentions[0][1])) - set(terms(c.context)) - {"one"}) & self.matcher.words.keys()
                best = holding(best, new, self._names_of)
            best[4]["kin"] = 1.0
        return best

    def _code_said(self, number: str, said: str) -> bool:
        """Whether a number is a catalogue code of an item that the chunk's other words also name."""
        # "6205 bearings" names the bearing 6205; "2000 size XL" after gloves counts, though a belt is "B-2000";
        # a colour or size word names no item ("200 white" after confetti, though straws are "200 RED + WHITE")
        if not self._known_code(number):
            return False
        holders = self.matcher.words.get(number)
        if holders is None:  # a SKU or code the word index does not hold: the number itself names it
            return True
        return any(t in self.matcher.words and np.intersect1d(holders, self.matcher.words[t]).size
                   for t in terms(said) if not has_digit(t) and t not in VARIANT_WORDS)  # ("200 white": no straws)

    def _plain(self, mention: str, c: Cues) -> bool:
        """Whether a mention names its own family as the plain one ("12 plain first aid tins"), no catalogue word."""
        m = PLAIN.search(mention)
        return m is not None and not (c.anaphora or c.bare_variant) and m.group().lower() not in self.matcher.words

    def _chinese_kin(self, body: str, chunk, mentions: list, best, customer: str | None, c: Cues):
        """The chunk's best reading once the Chinese family named before is borrowed where it reads better."""
        unsure = best is None or best[0] < SURE or c.sibling or c.tied
        if not c.context or not (chunk[2] or c.bare_variant) or not unsure:
            return best
        for q, mention in mentions:
            bases = self._zh_bases(body, chunk, c.context, mention, c.head, c.distinct, c.prev_said)
            for base in dict.fromkeys(bases):
                cand = self._reading(f"{base} {mention}", q, customer) if base else None
                if cand and cand[3][0][0] == c.prev_sku and \
                        self._not_that_item(mention, c.context, c.prev_sku, c.prev_counted):
                    continue  # the words borrowed made it the item before, which it does not mean
                # the borrowed words must fit the item: "口罩，手套要大号的" is no mask
                if cand and (cand[4]["mcover"] >= 0.6 or not is_cjk(mention)) and \
                        (best is None or cand[0] > best[0] + (0.0 if c.sibling or cand[3][0][0] in c.tied else 0.25)):
                    best = cand
                    best[4]["kin"] = 1.0
        return best

    def _further_back(self, walk, body: str, chunk, doc, customer: str | None, line: dict | None) -> dict | None:
        """A bare variant's line read with the family of an earlier line, when the family of the line before only
        read that line's item again ("4 pails yellow alkyd, 2 pails red oxide primer and 1 pail black")."""
        prev = walk.lines[-1] if walk.lines else None
        if not line or not prev or line["sku"] != prev["sku"] or not line["_f"].get("kin") or line["quantity"] is None:
            return line  # (a count-less chunk, "need them by Friday", names no variant)
        for earlier in reversed(walk.lines[:-1]):
            if earlier["sku"] in (None, prev["sku"]):
                continue
            cand = self._line(body, chunk, doc, customer, earlier["mention"], frozenset(), earlier["sku"],
                              earlier["mention"], earlier["quantity"] is not None)
            if cand and cand["sku"] not in (None, prev["sku"], earlier["sku"]) and cand["_f"].get("kin"):
                return cand  # (a variant of the earlier family; that family's own item again is no reading)
        return line
