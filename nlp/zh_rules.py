"""Order-writing habits the extractor reads, Chinese first: counts said in a later clause (English too),
describing clauses, "各 / 每种" over several variants, the product of a quoted offer."""
from __future__ import annotations

import re

from nlp.attributes import COLOURS
from nlp.glossary import KINDS, english, english_noun, head_noun, head_only, item_nouns, modifiers
from nlp.mentions import cut, has_terms, lines_content, mention_text, substitute, unsuffixed, vary
from nlp.numbers import parse_zh
from nlp.pipeline import ZH_EACH_WORD
from nlp.postprocess import side_question
from nlp.quantities import Qty
from nlp.text import has_digit, is_cjk
from nlp.units import UNIT_WORDS
from nlp.variants import each_variants, number_run, other_variants, variant_kinds
from nlp.prefilter import prefiltered

_EACH_WORD = re.compile(ZH_EACH_WORD)  # compiled once: checked per line
_ASKED = re.compile(r"几|多少")
# "巴士杯子和I love London帆布袋各要200": two kinds of goods, each naming an item noun of its own (杯子, 帆布袋), joined
# by 和 / 、 (not styles of one item: "猫头鹰的和苏格兰狗的", "薄荷色和红色")
_ITEM_JOINT = re.compile(r"\s*(?:和|、|及|与)\s*")


def _named_items(text: str) -> list[str]:
    """The goods of a short list joined by 和 / 、 when each names an item noun of its own last ([] otherwise)."""
    parts = [p.strip() for p in _ITEM_JOINT.split(re.sub(r"[\s\d.]+$", "", text)) if p.strip()]  # (the count said after)
    nouns = [head_noun(p) for p in parts]
    ends = all(n in item_nouns() for n in nouns)  # (the last glossary word of each part: its item noun)
    return parts if 2 <= len(parts) <= 4 and ends and len({english_noun(english(n)) for n in nouns}) == len(parts) else []


_HALF_EACH = re.compile(r"各半(?![吨斤米公千升])")

REFINE = re.compile(r"那种|那款|那个|^\W*(?:要|需要)?带?[\w.-]{1,6}的(?:\W|$)|\bthe (?:[\w.-]+ )?ones?\b|^\W*[a-z]+ ones\b", re.I)
# "Not the pink.", "Keep the pantry ones." (beside a cancel): names what is not wanted, or not taken off
# "No 3 lithium grease", "No.2 brush": "no" before a number is "number", no negation.
NEGATED = prefiltered(r"\s*(?:not|no(?!\.?\s*\d)|never|(?:(?:we'?ll|we will|please|but)\s+)?keep (?:the|those|these|our|my)|keep \d+(?=\s*(?:[.!,;]|$))|不要|别)\b",  # "… cancel 20 of the 60 – keep 40."
                      re.I)
# "6204-2RS先不要了", "磨光片不要了": a product said with these words is taken off
NEG_AFTER = re.compile(r"不要了|不用了|先不要|暂时不要|不需要了|取消|去掉|删掉")
# "上次送来的安全帽有3顶帽衬断了": goods already delivered reported faulty are a complaint, no line to supply
DEFECT = re.compile(r"(?:送来|发来|送到|收到|到货)的[^,;!?。，；]{0,20}?(?:断了|坏了|破了|裂了|碎了|漏了|弯了|生锈|锈了|不合格|有问题)")
CONSUMED: dict = {"consumed": True}  # marker: the chunk was only a count for an earlier line
EVERY_KIND = re.compile(r"(?:所有|全部|每个|每一个|各个|各种)的?(?:颜色|款式|款|花色|种类|图案)")  # "所有颜色各十个"
MAX_KINDS = 12  # a family read as every kind has at most this many items
KIND_TIE, KIND_GAP = 0.1, 0.2  # the kinds counted read the family within KIND_TIE of the best, the next KIND_GAP behind
CLOSE = 0.05  # variants a bare spec names nearly alike ("m6x20": zinc and stainless), told apart by words said before


# a thread or bore size ("M10", "DN50"); of "M8x40" the thread M8 (a nut or washer after a bolt fits its thread)
SIZE_CODE = re.compile(r"\b(?:m|dn|φ)\d+(?:\.\d+)?(?=x\d|(?![\d.x*]))")
# "猫头鹰的", "骷髅款": a 的/款-phrase standing for the noun said before
NOMINAL = re.compile(r"(?:的|款|款式)(?:那种|那款|那个)?\s*(?:也|再|还)?(?:要|来)?\s*$")
NOMINAL_WORD = re.compile(r"\S+(?:的|款|款式)(?=\s|$)")


class ChineseRules:
    """Extractor methods for the ways Chinese buyers spread one order line over several clauses."""

    def _note_unlined(self, walk, body: str, chunk, line) -> None:
        """Remember a chunk that names catalogue words but gave no line (its count may follow: "got any
        welding wire in? need 10 spools", "不锈钢板2个厚的还有吗？要一吨半")."""
        s, e, qtys = chunk
        if line:  # a line, or a count given to an open line ("Customer wants 2."): nothing left unlined
            walk.unlined = None
        # "have you got 6206 bearings in stock?": a bare number there is part of the name, no count
        elif not any(q.strength >= 2 for q in qtys) and self._catalogue_words(body[s:e]) >= 1 \
                and not NEGATED.match(body[s:e]):
            walk.unlined, walk.unlined_counts = (s, e), [q for q in qtys if not is_cjk(body[s:e])]

    @staticmethod
    def _open_variant(walk, body: str, chunk) -> dict | None:
        """The latest count-less line, naming a family and no variant, when a counted clause of a Chinese body names
        only a colour, size or material ("安全帽，黄的要一百个", "kitchen scales … 2. 阿杰 red 2"): the clause is that
        variant of the family (one of its candidates), no lone count for its guess; "…各要五十个" counts it too."""
        s, e, qtys = chunk
        last = next((ln for ln in reversed(walk.lines) if ln["quantity"] is None), None)
        if not (qtys and last and len(last["candidates"]) > 1 and is_cjk(body)) or varied(last["mention"]) \
                or _EACH_WORD.search(body[s:e]):
            return None
        said = mention_text(cut(body, s, e, [(q.start, q.end) for q in qtys]))
        return last if varied(said) and not has_digit(said) else None

    def _later_count(self, walk, body: str, doc, customer: str | None, chunk) -> dict | None:
        """"不锈钢板2个厚的还有吗？要一吨半": the product was named, its count comes in a later clause."""
        s, e, qtys = chunk
        if walk.unlined and not walk.open() and self._count_only(body, s, e, qtys):
            # "复古闹钟bakelike，红色两打": a word beside the count (a colour) says which of the items named before
            # "the marbles - the 4 bags of 500g": a measure the catalogue names items by says which too
            sized = any(x.unit and self._known_code(body[x.start : x.end].replace(" ", "")) for x in qtys)
            start, end = (walk.unlined[0], e) if sized or (is_cjk(body[s:e]) and lines_content(body, s, e, qtys)) else walk.unlined
            return self._line(body, (start, end, qtys), doc, customer, walk.context)
        return None

    def _described(self, walk, body: str, doc, customer: str | None, chunk) -> bool:
        """"轴承要6204的，带密封那种，五百个": the describing clause belongs to the product before it."""
        s, e, qtys = chunk
        if not walk.unlined or not REFINE.search(body[s:e]):
            return False
        if not qtys:
            walk.unlined = (walk.unlined[0], e)
            return True
        line = self._line(body, (walk.unlined[0], e, qtys or walk.unlined_counts), doc, customer, walk.context)
        if not line:
            return False
        walk.unlined = None
        self._keep(walk, line, body[s:e])
        line["_side"] = side_question(body, s, e)
        return True

    def _count_only(self, body: str, s: int, e: int, qtys: list[Qty]) -> bool:
        """Whether a chunk is a count with a unit and no catalogue words ("数量还是十五吨")."""
        if not qtys or qtys[0].strength < 2:
            return False
        rest = cut(body, s, e, [(q.start, q.end) for q in qtys])
        # "we'd want about 10 dozen pairs": a unit word after the count names no product
        return not self._catalogue_words(" ".join(w for w in re.findall(r"[\w'-]+", rest) if w not in UNIT_WORDS))

    def _each_lines(self, walk, body: str, customer: str | None, chunk) -> bool:
        """"BV2.5红的蓝的各两卷", "白色和黄色的安全帽各来二十顶", "白的和黑的，各要几桶": one line per
        variant named (with the clause before when it only names variants), each with the count."""
        s, e, qtys = chunk
        qtys = sorted(qtys, key=lambda x: -x.strength)  # "j421焊条2.5和3.2各十箱": the count, not a size
        unknown = _ASKED.search(body[s:e]) and not qtys  # "各要几桶": the count is asked, not given
        each_n = qtys and _EACH_WORD.search(body[max(s, qtys[0].start - 3) : qtys[0].start])  # "各要200": a bare count each
        if not (unknown or (qtys and (qtys[0].strength >= 2 or each_n))) or not _EACH_WORD.search(body[s:e]):
            return False
        q = None if unknown else qtys[0]
        text = self._mention_for(body, s, e, qtys, q, []).replace("半", " ")
        # the clause before names the item (a count-less line or none): "储物罐果酱、咖啡馆、糖果各200个"
        open_line = walk.lines[-1]["mention"] if walk.lines and walk.lines[-1]["quantity"] is None else ""
        before = body[walk.unlined[0] : walk.unlined[1]] if walk.unlined else open_line
        # "门牌数字1到5，各十个": a run of numbered variants, its numbers kept from the count's reading
        run = number_run(mention_text(cut(body, s, e, [(q.start, q.end)] if q else [])))
        if len(each_variants(text)) < 2 and before and not run:
            # the word that joined them stays: "suki款和woodland款各十五个" lists two styles
            joint = body[max(0, s - 2) : s].strip()[-1:]
            gap = joint if joint in ("、", "和", "及", "与") else " "
            text = f"{before}{gap}{text}"
        variants = run or each_variants(mention_text(text)) or _named_items(mention_text(text))
        if variants and not has_terms(other_variants(text, variants[0]).strip(" /")) and walk.context:
            variants = [f"{other_variants(walk.context, v)} {v}" for v in variants]  # "丁腈手套（蓝色，M/L各半）"
        if q and _HALF_EACH.search(body[s:e]) and variants:  # not "各半吨"  # half of the count each
            q = Qty(q.start, q.end, q.value / len(variants), q.unit, q.strength, q.pack_of)
        readings = [self._reading(v, q, customer) for v in variants] or self._every_kind(text, q, customer)
        if not readings or any(r is None for r in readings) or len({r[3][0][0] for r in readings}) < len(readings):
            return False
        vague = q is None and self.matcher.zh_names  # a family-only name, not one read through the glossary
        lines = [self._build_line(q, mention, matches, cover, vague and matches[0][1] >= 0.6)
                 for _, q, mention, matches, _, cover in readings]
        if any(ln is None for ln in lines):
            return False
        for line, reading in zip(lines, readings):
            line["_f"].update(reading[4])
            line["_side"] = side_question(body, s, e)
        walk.lines[:] = [ln for ln in walk.lines if ln["quantity"] is not None] + lines  # they refine the family line
        walk.unlined = None
        return True

    def _every_kind(self, text: str, q: Qty | None, customer: str | None) -> list:
        """"Kitchen scales 四个颜色各要五十个", "所有颜色各十个": the family's readings, one per kind, when as many items
        as the kinds counted (all that read it alike) read the family alike and the next one falls well behind."""
        kinds, every = KINDS.search(text), EVERY_KIND.search(text)
        n = int(parse_zh(kinds.group(1)) or 0) if kinds and kinds.group(1) else 0
        said = mention_text(EVERY_KIND.sub(" ", KINDS.sub(" ", text)))
        r = self._reading(said, q, customer) if n >= 2 or every else None
        matches = self.matcher.match(said, top=MAX_KINDS, customer=customer) if r else []
        n = n or sum(1 for m in matches if m[1] >= matches[0][1] - KIND_TIE)
        if n < 2 or len(matches) < n or matches[n - 1][1] < matches[0][1] - KIND_TIE or \
                (len(matches) > n and matches[n][1] > matches[n - 1][1] - KIND_GAP) or (len(matches) == n == MAX_KINDS):
            return []
        return [(r[0], r[1], r[2], [m] + [x for x in matches if x is not m], r[4], r[5]) for m in matches[:n]]

    def _list_lines(self, walk, body: str, customer: str | None, chunk) -> bool:
        """"J421焊条3.2和4.0的有货吗", "黑色丁腈手套M号L号还有吗": a count-less list of variants, one line each."""
        s, e, qtys = chunk
        if any(q.strength >= 2 for q in qtys) or not is_cjk(body[s:e]):
            return False
        variants = each_variants(mention_text(body[s:e]))
        readings = [self._reading(v, None, customer) for v in variants]
        if len(readings) < 2 or any(r is None for r in readings) or len({r[3][0][0] for r in readings}) < len(readings):
            return False
        # vague (a family-only name) only in the catalogue's own words, not read through the glossary
        lines = [self._build_line(None, mention, matches, cover, matches[0][1] >= 0.6 and self.matcher.zh_names)
                 for _, _, mention, matches, _, cover in readings]
        if any(ln is None or not ln["sku"] for ln in lines):
            return False
        return self._add_read(walk, body, (s, e), lines, readings)

    def _respective_lines(self, walk, body: str, customer: str | None, chunk) -> bool:
        """"M8、M10螺母分别两盒、三盒": the n-th variant named takes the n-th count."""
        s, e, qtys = chunk
        counts = sorted((q for q in qtys if q.strength >= 2), key=lambda q: q.start)
        if "分别" not in body[s:e] or len(counts) < 2:
            return False
        variants = each_variants(mention_text(cut(body, s, e, [(q.start, q.end) for q in qtys])))
        if len(variants) != len(counts):
            return False
        readings = [self._reading(v, q, customer) for v, q in zip(variants, counts)]
        if any(r is None for r in readings) or len({r[3][0][0] for r in readings}) < len(readings):
            return False
        lines = [self._build_line(q, mention, matches, cover) for _, q, mention, matches, _, cover in readings]
        if any(ln is None for ln in lines):
            return False
        return self._add_read(walk, body, (s, e), lines, readings)

    def _zh_bases(self, body: str, chunk, context: str, mention: str, head: str, distinct: frozenset,
                  prev_said: str = "") -> list[str]:
        """What a Chinese clause may borrow from the product said before it, most faithful first."""
        s, e, qtys = chunk
        # "SS400 6厚 10吨，8厚 10吨": the new size replaces the old one, the grade stays.
        # "螺栓M12*50镀锌的…，不锈钢的…": the new material replaces the old one, the size stays.
        # "6205-2RS一百套，ZZ的也来一百": the new seal suffix replaces the old one, the number stays.
        swapped = other_variants(context, mention)
        cut_code = unsuffixed(context, mention) if self._catalogue_words(mention, 0.1) else ""
        adds = swapped == context and bool(variant_kinds(mention))  # a new kind of attribute
        # "M10的螺母五盒，平垫也要五盒": a new family without a size of its own takes the size before.
        named = self._catalogue_words(mention, 0.1) >= 1 and not has_digit(mention)
        sizes = " ".join(SIZE_CODE.findall(context)) if named else ""
        bases = [head, substitute(context, mention), swapped if swapped != context or adds else "", cut_code, sizes]
        # "丁腈手套黑色的，大号，十盒": a new kind of attribute keeps the colour said before; "要50套" under a quoted
        # "> 新到货：6205开式轴承" (no line before it): a clause naming nothing is for the quoted item, code and all
        if adds or not (prev_said or self._catalogue_words(mention, 0.1) or has_digit(mention)):
            bases.insert(0, context)
        if not self.matcher.zh_names:  # through the glossary: "HEART OF WICKER SMALL 48个，大号的24个" is LARGE
            # (the words before in English: "橙色 orange" goes when "巧克力色 chocolate" follows)
            bases.append(vary(self.matcher.readable(context), self.matcher.readable(mention), distinct))
            # "草莓环保袋100个，猫头鹰的50个", "粉色圆点款": an owl 环保袋, the noun said before
            if NOMINAL.search(cut(body, s, e, [(x.start, x.end) for x in qtys])):
                # under a list heading ("门店补货：") the noun is the one the line before was said with
                said = NOMINAL_WORD.sub(" ", prev_said)  # "午餐袋 骷髅款": the noun is 午餐袋, not the style
                bases += [head_noun(context), english_noun(context), head_noun(said), english_noun(said)]
            elif head_only(mention):  # "红色波点盘子十二个，碗也要": a red retrospot bowl
                bases.append(modifiers(context))
        return bases

    def _not_that_item(self, said: str, context: str, sku: str, counted: bool) -> bool:
        """Whether a Chinese follow-on, read with the words before it as the item of the line before, cannot mean
        that item: a catalogue word said anew is in none of its names ("M10x50螺栓…，配套的螺母也两百个",
        "vintage leaf款三十包，pantry款三十包"), or nothing is said anew after a counted line (a count said again:
        "…这回三盒就够"); after a count-less line the count is its own ("马戏团款还有吗？有的话送三十盒")."""
        names = self._names_of(sku)
        new = self._said_anew(self.matcher.readable(said), self.matcher.readable(context))
        return (counted and not new) or any(not forms & names for forms in new.values())

    @staticmethod
    def _add_read(walk, body: str, span: tuple[int, int], lines: list[dict], readings) -> bool:
        """Add lines built from their readings, with the readings' signals and the chunk's side question."""
        for line, reading in zip(lines, readings):
            line["_f"].update(reading[4])
            line["_side"] = side_question(body, *span)
            walk.lines.append(line)
        walk.unlined = None
        return True


def told_apart(line: dict, before: dict) -> bool:
    """Whether a describing clause moved the reading to another item at least as clearly as the first
    reading held ("灰色的漆四桶，还是刷设备的": the equipment enamel, not the floor paint)."""
    def margin(ln: dict) -> float:
        c = ln["candidates"]
        return c[0]["score"] - (c[1]["score"] if len(c) > 1 else 0.0)

    return line["sku"] is not None and line["sku"] != before["sku"] and margin(line) >= margin(before)


def near_tied(matches: list[tuple[str, float]]) -> frozenset:
    """The SKUs of the candidates within CLOSE of the top when there are several, else none: a Chinese bare spec
    ("…不锈钢螺丝M8*30的五盒，M6*20的三盒") then takes the words said before, however sure its own reading."""
    tied = frozenset(k for k, v in matches if v >= matches[0][1] - CLOSE)
    return tied if len(tied) > 1 else frozenset()


def varied(text: str) -> bool:
    """Whether a text names a colour, size or material, in Chinese or an English colour word ("red", "ivory")."""
    return bool(variant_kinds(text)) or any(w in COLOURS for w in text.split())
