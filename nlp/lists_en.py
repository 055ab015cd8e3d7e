"""English list habits the extractor reads: a mixed count split by variants named after it, two items under
one head noun with an "each" count, a second mention in other words of an item already ordered, variants
listed in brackets after a product."""
from __future__ import annotations

import re

from nlp.mentions import cut, mention_text
from nlp.postprocess import side_question
from nlp.readings import SURE
from nlp.bare_text import marked
from nlp.variant_runs import EACH_EN, EACH_OF
from nlp.text import is_cjk, terms
from nlp.units import UNIT_WORDS
from nlp.prefilter import prefiltered

EACH_WORD = prefiltered(r"\beach\b", re.I)
BOTH = prefiltered(r"\W*both\b", re.I)
PAIR_SEP = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?", re.I)
# "we no longer need the easter chicks or the ice cream bubbles": after a negation or a cancel "or" joins two items too
NOT_EITHER = re.compile(r"\b(?:no longer|don't|do not|won't|will not|not|never|cancel|remove|drop|scrap|without)\b(?!.*\b(?:but|instead)\b)", re.I)
NOR_SEP = re.compile(r"\s+(?:and|&|or|nor)\s+(?:the\s+)?", re.I)
MIXED = re.compile(r"\b(?:mixed|assorted)\b", re.I)  # "100 mixed": a total over variants named apart
MIX_PARTS = re.compile(r"\s*(?:,|\band\b|&|/|\bor\b)\s*", re.I)
# "the hot water bottles (chocolate and tea & sympathy)": the variants of one product listed in brackets after it
# (a sentence the chunk runs on into after the bracket, or its closing mark, is no part of it: "(girls' and boys'). Delivery by …")
BRACKET_LIST = re.compile(r"\(\s*([^()]+?(?:,|\band\b)[^()]+?)\s*\)?\s*(?:[.!?]+(?:\s[^()]*)?)?$", re.I)
NOT_PART = re.compile(r"(?:but\s+)?not\b|\bno\b", re.I)
AND_TOP, AND_COVER = 0.75, 0.6  # a part of an "and" this well matched names an item of its own
MIX_LEAD = re.compile(r"^\W*(?:mostly|mainly|largely|probably|say|some|a mix of|in)\s+", re.I)


class EnglishLists:
    """Mixin of `Extractor` (needs the `Readings` methods)."""

    def _mixed_lines(self, walk, body: str, customer: str | None, chunk) -> bool:
        """ "the bakelike alarm clocks if we take 100 mixed? Mostly chocolate and ivory": variants named after a
        mixed count replace its line, one each, without a count (the total is no count of any one)."""
        s, e, qtys = chunk
        prev = walk.lines[-1] if walk.lines else None
        if qtys or prev is None or not MIXED.search(prev["mention"]):
            return False
        parts = [p for p in MIX_PARTS.split(MIX_LEAD.sub("", body[s:e].strip(" .!?"))) if p.strip()]
        lines = self._each_named([(p, f"{prev['mention']} {p}") for p in parts], None, customer) \
            if 2 <= len(parts) <= 6 else None
        if not lines:
            return False
        walk.lines.remove(prev)
        for ln in lines:
            ln["_side"] = prev["_side"]
            walk.lines.append(ln)
        return True

    def _longer_list(self, body: str, chunk, customer: str | None) -> bool:
        """Whether a variant run or a name list reads the chunk as more than two lines."""
        return any(len(lines or []) > 2 for lines in (self._variant_lines(body, chunk, customer),
                                                      self._name_list_lines(body, chunk, customer)))

    def _pair_lines(self, walk, body: str, customer: str | None, chunk) -> bool:
        """ "10 rolls each of the 50's christmas and vintage christmas wrap": two items joined by "and" under
        one head noun, with an "each" count, are one line each (a pack word of the count helps name them)."""
        s, e, qtys = chunk
        if not qtys or qtys[0].strength < 2 or not EACH_WORD.search(body[s:e]) or is_cjk(body[s:e]):
            return False
        q = qtys[0]
        parts = PAIR_SEP.split(EACH_OF.sub(" ", self._mention_for(body, s, e, qtys, q, [])).strip())
        # "A, B and C" lists three names, read by the name-list rule
        if len(parts) != 2 or not terms(parts[0]) or not terms(parts[1]) or "," in parts[0]:
            return False
        if not marked(body) and self._longer_list(body, chunk, customer):
            return False  # "… in blue yellow and orange": a chat list with its commas dropped, more than two
        # "the red spotty paper cups and plates": a lone noun after "and" takes the words before the first noun
        shared = len(terms(parts[1])) == 1 and len(terms(parts[0])) >= 3
        if len(terms(parts[1])) < 2 and not shared:
            return False
        unit = q.unit if q.unit and UNIT_WORDS.get(q.unit, ("",))[0] == "pack" else ""
        whole = self._reading(" ".join(parts), q, customer)
        if whole and whole[0] >= SURE and set(terms(" ".join(parts))) <= self._names_of(whole[3][0][0]):
            return False  # "salt and pepper shakers" names one item
        head = parts[1].split()[-1]
        texts = [parts[0], " ".join(parts[0].split()[:-1] + [parts[1]])] if shared else [f"{parts[0]} {head}", parts[1]]
        readings = [self._reading(f"{text} {unit}", q, customer) for text in texts]
        if any(r is None or r[0] < 0.5 for r in readings) or readings[0][3][0][0] == readings[1][3][0][0]:
            return False
        for r in readings:
            line = self._build_line(q, r[2], r[3], r[5])
            if line is None:
                return False
            line["_f"].update(r[4])
            line["_side"] = side_question(body, s, e)
            walk.lines.append(line)
        return True

    def _not_again(self, line: dict, earlier: list[dict]) -> None:
        """ "a score of the spotty bunting … also 10 of the retrospot bunting": a line reading as an item
        already ordered in other words is its near runner-up when that one has more of the words said
        (the line is changed in place: callers hold it)."""
        cands = line.get("candidates") or []
        said = set(terms(line["mention"]))
        again = [ln for ln in earlier if ln["sku"] == line["sku"] and set(terms(ln["mention"])) != said]
        if not again or len(cands) < 2 or cands[1]["score"] < cands[0]["score"] - 0.06 or \
                any(ln["sku"] == cands[1]["sku"] for ln in earlier):
            return
        if len(said & self._names_of(cands[1]["sku"])) <= len(said & self._names_of(cands[0]["sku"])):
            return
        matches = [(cands[1]["sku"], cands[0]["score"]), (cands[0]["sku"], cands[1]["score"])] + \
            [(c["sku"], c["score"]) for c in cands[2:]]
        new = self._build_line(line["_qty"], line["mention"], matches, line["_f"]["cover"])
        if new is None:
            return
        new["_f"] = {**line["_f"], **new["_f"]}
        line.update(new)

    def _one_name(self, plain: str, lines: list[dict], customer: str | None) -> bool:
        """Whether the whole of an "X and Y" chunk reads an item at least as well as its two sides do."""
        def top(text: str) -> float:
            return (self.matcher.match(text, top=1, customer=customer) or [("", 0.0)])[0][1]
        if top(plain) >= min(ln["_f"]["top"] for ln in lines):
            return True
        # Without a heading before a colon too ("office kitchen: 2 x cake tin red and cream"), against a first side
        # read without it as well: "newsletter: ENAMEL COLANDER CREAM and ENAMEL WASH BOWL CREAM" stays two items.
        bare = plain.rsplit(": ", 1)[-1]
        return bare != plain and top(bare) >= min(top(lines[0]["mention"].rsplit(": ", 1)[-1]), lines[1]["_f"]["top"])

    def _and_lines(self, walk, body: str, doc, customer: str | None, chunk) -> bool:
        """ "the skull paper cups (6pk) and the skull cake cases": a chunk naming two items joined by "and", each
        part a clear reading of another item that the whole reads worse, is two lines; each part keeps the
        counts said inside it."""
        s, e, qtys = chunk
        both = not qtys and BOTH.match(body, s, e) is not None  # "the robin cards - both the cheerful and the snowy robin"
        if is_cjk(body[s:e]) or (EACH_EN.search(body[s:e]) and not both):
            return False  # "owl and bird designs, 50 of each" is read by the list rules
        negated = NOT_EITHER.search(body, max(0, s - 60), s) and not re.search(r"[.?!\n]", body[NOT_EITHER.search(body, max(0, s - 60), s).end() : s])
        for m in (NOR_SEP if negated else PAIR_SEP).finditer(body, s, e):
            parts = [(s, m.start(), [q for q in qtys if q.start < m.start()]),
                     (m.end(), e, [q for q in qtys if q.start >= m.end()])]
            if any(not self._catalogue_words(body[a:b]) for a, b, _ in parts):
                continue  # a side naming no rarer catalogue word is no item of its own (a cheap check first)
            lines = [self._part_line(walk, body, doc, customer, part) for part in parts]
            if any(not ln or ln["_f"]["top"] < AND_TOP or ln["_f"]["mcover"] < AND_COVER for ln in lines) or \
                    lines[0]["sku"] == lines[1]["sku"]:
                continue
            plain = mention_text(cut(body, s, e, [(m.start(), m.end())] + [(q.start, q.end) for q in qtys]))
            if self._one_name(plain, lines, customer):
                continue  # "salt and pepper shakers", "cups & saucers": one item's name holds both sides
            if both:
                self._both_of(walk, lines)
            for line in lines:
                self._keep(walk, line, body[s:e])
                line["_side"] = side_question(body, s, e)
            walk.context = lines[-1]["mention"]
            return True
        return False

    def _both_of(self, walk, lines: list[dict]) -> None:
        """ "cancel the robin cards - both the cheerful robin and the snowy robin": two items said with "both"
        right after a line of their family name which ones that line meant; they replace it, with its count."""
        prev = walk.lines[-1] if walk.lines else None
        if prev is None or not prev["sku"] or any(ln["sku"] == prev["sku"] for ln in lines):
            return
        said = set(terms(prev["mention"])) & self._names_of(prev["sku"])
        if said and all(2 * len(said & self._names_of(ln["sku"])) >= len(said) for ln in lines):  # most of its words
            walk.lines.remove(prev)
            for ln in lines:
                ln["quantity"], ln["_qty"] = prev["quantity"], prev["_qty"]

    def _part_line(self, walk, body: str, doc, customer: str | None, part) -> dict | None:
        """The line one side of an "and" gives (a bare variant read with the family said around it); a side
        read count-less is kept on a clear match alone."""
        line = self._line(body, part, doc, customer)
        line = self._in_context(walk, body, part, line, customer) or line
        if line and line["sku"]:
            return line
        a, b, qtys = part
        r = self._reading(mention_text(cut(body, a, b, [(q.start, q.end) for q in qtys])), None, customer)
        line = self._build_line(None, r[2], r[3], r[5], vague=True) if r else None
        if line:
            line["_f"].update(r[4])
        return line if line and line["sku"] else None

    def _bracket_lines(self, body: str, chunk, customer: str | None) -> list[dict] | None:
        """One line per variant listed in brackets after a product ("X (A and B)"), each named in its item,
        or None; a count goes to each only when the chunk says so."""
        s, e, qtys = chunk
        plain = cut(body, s, e, [(x.start, x.end) for x in qtys])
        m = BRACKET_LIST.search(plain)
        # "(the little ones with the labels - elixir, tonic and perfume, mixed)": the list follows the dash;
        # "mixed" says the count is a total over the parts, it is none of them
        said = m.group(1).rsplit(" - ", 1)[-1] if m else ""
        parts = [p.strip() for p in re.split(r",|\band\b", said, flags=re.I) if not MIXED.fullmatch(p.strip())]
        # "(the feeding station, not the dovecote)": a part said not to be meant tells which one, it lists none
        if any(NOT_PART.match(p) for p in parts):
            return None
        if len(parts) < 2 or not all(0 < len(p.split()) <= 3 for p in parts) or is_cjk(plain):
            return None
        whole = self._reading(mention_text(plain), None, customer)
        if whole and whole[0] >= SURE and set(terms(" ".join(parts))) <= self._names_of(whole[3][0][0]):
            return None  # "cake stands (white, 2 tier)": parts whose words are all one item's name describe it
        own = self._part_counts(body, s, e, qtys, len(parts))
        if own:  # "the valves (2 x DN80 check, 4 x DN100 butterfly)": each part counted in its own place
            lines = [self._each_named([(part, f"{plain[: m.start()]} {part}")], q, customer) for part, q in zip(parts, own)]
            ok = all(lines) and len({ln[0]["sku"] for ln in lines}) == len(lines)
            return [ln[0] for ln in lines] if ok else None
        q = qtys[0] if qtys and EACH_EN.search(body[s:e]) else None  # "12 each": the count's span holds the word
        return self._each_named([(part, f"{plain[: m.start()]} {part}") for part in parts], q, customer)

    @staticmethod
    def _part_counts(body: str, s: int, e: int, qtys: list, n: int) -> list | None:
        """One count per part of a bracket list when each of its n parts holds exactly one, else None."""
        m = BRACKET_LIST.search(body, s, e)
        if not m or " - " in m.group(1):
            return None
        spans, pos = [], m.start(1)
        for sep in list(re.finditer(r",|\band\b", m.group(1), re.I)) + [None]:
            end = m.start(1) + sep.start() if sep else m.end(1)
            spans.append((pos, end))
            pos = m.start(1) + sep.end() if sep else pos
        inside = [[q for q in qtys if a <= q.start and q.end <= b and q.strength >= 0.5] for a, b in spans]
        return [x[0] for x in inside] if len(spans) == n and all(len(x) == 1 for x in inside) else None

