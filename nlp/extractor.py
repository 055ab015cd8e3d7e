"""Order extraction: message text in, intent + order lines + due date + confidences out."""
from __future__ import annotations

import datetime as dt
import re

from nlp.catalog import CatalogItem
from nlp.change import swap_lines
from nlp.clean import clean, customer_of, domain_of
from nlp.calibration import Calibration
from nlp.confidence import line_confidence
from nlp.due import pick as pick_due
from nlp.intent import classify
from nlp.followon import ONES, VARIANT_WORDS, drop_headers, echoes_code, other_than, scaled
from nlp.matcher import Matcher
from nlp.mentions import cut, family, has_terms, lines_content, mention_text, substitute, vary
from nlp.pipeline import run
from nlp.postprocess import attach, finish_lines, in_unit, round_qty, side_question
from nlp.quantities import Qty
from nlp.text import content_text, has_digit, is_cjk, normalize, terms
from nlp.variants import other_variants, prefer
from nlp.zh_rules import CONSUMED, NEGATED, REFINE, ChineseRules
from nlp.walk import MAX_INPUT, Walk as _Walk, asked as _asked, bad_input as _bad_input, better as _better  # noqa: F401

RELATIVE_DATES = {"weekday", "the_nth", "zh_wd", "zh_d", "rel", "zh_rel"}  # resolved by convention
WEAK_MATCH = 0.6  # a match this weak ("need 40 sets urgently, our kiln fan ...") yields to a line awaiting its count
SURE = 0.8  # a reading this sure needs no help from the family named before
MAX_CHARS = 20_000  # longer bodies are cut: no order spans pages of text
TOO = re.compile(r"\btoo\b|\bas well\b|\bsame (?:qty|quantity|amount|number|of|again of)\b|也要|也是|一样|同样", re.I)
FOLLOW_ON = re.compile(r"\s*(?:and|also|plus|what about|how about)\b", re.I)
EACH = re.compile(r"\beach\b|各|每种|每样|每款", re.I)
NEG_AFTER = re.compile(r"不要了|不用了|先不要|暂时不要|不需要了|取消|去掉|删掉")  # "6204-2RS先不要了"
# "Go ahead with the quote you sent" over the quoted offer takes its lines from the offer, like "same as last time".
SAME_AS_LAST = re.compile(r"same as (?:last|before|previous)|same again|as before|repeat|和上次一样|跟上次一样|同上次|照旧|"
                          r"(?:go ahead|proceed) with (?:the|your) (?:quote|quotation|offer)|accept (?:the|your) (?:quote|offer)",
                          re.I)


class Extractor(ChineseRules):
    """Turns forwarded customer messages into order lines against one catalogue."""

    def __init__(self, items: list[CatalogItem], threshold: float | None = None):
        self.items = list(items)
        self.by_sku = {it.sku: it for it in self.items}
        self.matcher = Matcher(self.items)
        self.calibration = Calibration.load()
        # A confidence at or above the threshold means an estimated precision of at least 99 %.
        self.threshold = self.calibration.threshold if threshold is None else threshold

    def remember_alias(self, customer: str, mention: str, sku: str) -> None:
        """Remember a human confirmation/correction; it wins for this customer next time."""
        self.matcher.remember_alias(customer, mention_text(normalize(mention)), sku)

    def load_aliases(self, rows) -> None:
        """Re-feed persisted (customer, mention, sku) confirmations."""
        for customer, mention, sku in rows:
            self.remember_alias(customer, mention, sku)

    def extract(self, text: str, today: dt.date, lang: str = "auto", customer: str | None = None,
                sender: str | None = None) -> dict:
        """Intent, lines (sku, quantity in catalogue unit, mention, confidence, candidates), due date."""
        return self.explain(text, today, lang, customer, sender)[0]

    def explain(self, text: str, today: dt.date, lang: str = "auto", customer: str | None = None,
                sender: str | None = None) -> tuple[dict, dict]:
        """`extract`'s result and the raw signals its calibrated confidences were computed from."""
        problem = _bad_input(text)
        if problem:
            return {"intent": "other", "lines": [], "due_date": None, "confidence": 0.0,
                    "customer": customer, "error": problem}, {}
        cleaned = clean(text[:MAX_CHARS * 5], sender)
        customer = customer or customer_of(cleaned)
        body = normalize(cleaned.body)[:MAX_CHARS]
        lang = ("zh" if is_cjk(body) else "en") if lang == "auto" else lang
        doc = run(body, lang, today)
        stats: dict = {}
        lines = self._lines(body, doc, customer, stats, self._quoted_family(cleaned.history, today, lang, customer))
        lines = self._from_history(body, lines, cleaned.history, today, lang, customer)
        intent = classify(body, len(lines), any(ln["quantity"] is not None for ln in lines))
        used = {id(ln.get("_qty")) for ln in lines}
        loose = sum(1 for *_, qs in doc._.chunks for q in qs
                    if q.strength >= 2 and id(q) not in used and not self._is_code(body, q))
        lines = finish_lines(lines, intent)
        swapped = False
        if intent == "change":
            stated = max((q for *_, qs in doc._.chunks for q in qs), key=lambda q: q.strength, default=None)
            qty = round_qty(stated.value) if stated else None
            swap = swap_lines(body, lines, lambda t: self._sure_sku(t, customer), qty)
            lines, swapped = swap or lines, bool(swap)
            lines = [ln for ln in lines if ln["quantity"] is not None]  # a change states new counts
        hit = pick_due(body, doc._.due_hits, today)
        due = hit.date if hit else None
        dates = len({h.date for h in doc._.due_hits})
        if intent in ("other", "cancel") or (intent == "stock_query" and hit and _asked(body, hit.end)):
            due = None  # "今天能发吗", "can you ship by Friday?" asks about lead time, sets no deadline
        ctx = {"loose": loose, "orphans": stats["orphans"], "dates": dates, "due": due is not None,
               "due_relative": due is not None and hit.kind in RELATIVE_DATES,
               "history": bool(cleaned.history), "swap": swapped, "chunks": len(doc._.chunks)}
        conf, signals = self.calibration.apply(intent, lines, body, ctx)
        return {"intent": intent, "lines": lines, "due_date": due.isoformat() if due else None,
                "confidence": conf, "customer": customer, "customer_domain": domain_of(cleaned.sender)}, signals

    def _lines(self, body: str, doc, customer: str | None, stats: dict | None = None, context: str = "") -> list[dict]:
        """Order lines of a body: one per chunk that names a product; stray quantities attach back.
        `stats["orphans"]` counts chunks that name catalogue words but gave no line."""
        walk, last, before = _Walk(context=context, quoted=context), None, None
        for s, e, qtys in doc._.chunks:
            qtys = [q for q in qtys if not self._is_code(body, q) and not echoes_code(body, s, e, q)]
            if self._refine(walk, body, doc, customer, last, (s, e, qtys)):
                last = None
                continue
            if self._described(walk, body, doc, customer, (s, e, qtys)) or \
                    self._each_lines(walk, body, customer, (s, e, qtys)):
                last = None
                continue
            line = self._later_count(walk, body, doc, customer, (s, e, qtys)) or \
                self._chunk_line(walk, body, doc, customer, (s, e, qtys))
            self._note_unlined(walk, body, (s, e, qtys), line)
            last = (s, e, qtys, line if isinstance(line, dict) and line else None, walk.context)
            if line is CONSUMED:
                continue  # a lone count went to an open line; the family context stays as it was
            if line:
                self._keep(walk, line, body[s:e])
                line["_side"] = side_question(body, s, e)
                self._shared_head(walk, body, line, before, s, customer)
            elif qtys and not lines_content(body, s, e, qtys):
                attach(walk.lines, qtys[0], body[s:e], self.by_sku)
            elif lines_content(body, s, e, qtys) and not NEGATED.match(body[s:e]) \
                    and self._catalogue_words(body[s:e]) >= 2:
                walk.orphans += 1  # product-like words that became no line: a person should look
            walk.follow(body, s, e, qtys, line)
            walk.distinct = self._distinct(line) if line else frozenset()
            before = (s, e) if not line and not qtys else None
        if stats is not None:
            stats["orphans"] = walk.orphans
        return drop_headers(walk.lines)

    def _refine(self, walk: "_Walk", body: str, doc, customer: str | None, last, chunk) -> bool:
        """Read a count-less describing chunk together with the counted line before, if surer."""
        # "24 of the wicker hearts please, the big ones", "手套要一百双，线手套那种".
        s, e, qtys = chunk
        if qtys or not last or not REFINE.search(body[s:e]):
            return False
        ps, _, pq, before, context = last
        # "上次那个角钢，63的，再来两吨": a count-less line may be refined too (its count comes later).
        if (not pq and (before is None or before["quantity"] is not None or not is_cjk(body[s:e]))) or \
                (before is not None and before["confidence"] >= SURE):
            return False
        line = self._line(body, (ps, e, pq), doc, customer, context)
        if not line or (pq and line["quantity"] is None) or \
                (before is not None and line["confidence"] <= before["confidence"]):
            return False
        if before is not None and before in walk.lines:
            walk.lines.remove(before)
        self._keep(walk, line, body[ps:e])
        line["_side"] = side_question(body, ps, e)
        return True

    def _chunk_line(self, walk: "_Walk", body: str, doc, customer: str | None, chunk) -> dict | None:
        """The line a chunk gives, or None; lone counts are attached to open lines on the way."""
        s, e, qtys = chunk
        text, own = body[s:e], lines_content(body, s, e, qtys)
        if qtys and not own and EACH.search(text) and not walk.lines:
            walk.pending = qtys[0]  # "please send 6 of each:" heads the list that follows
        if qtys and not own and walk.open():
            attach(walk.lines, qtys[0], text, self.by_sku)  # "我们这边大概要8台"
            return CONSUMED
        # Greetings and sign-offs (no count, no catalogue word) are not looked up at all.
        skip = NEGATED.match(text) or (not qtys and not self._catalogue_words(text, 1.0))
        line = None if skip else self._line(body, chunk, doc, customer, walk.context, walk.distinct,
                                                walk.lines[-1]["sku"] if walk.lines else None)
        weak = not line or line["confidence"] < 0.3 or line["candidates"][0]["score"] < WEAK_MATCH
        if qtys and weak and walk.open():
            attach(walk.lines, qtys[0], text, self.by_sku)  # "We'd want 10 spools."
            return {}  # no line, but the chunk still names what follows
        return line

    def _keep(self, walk: "_Walk", line: dict, text: str) -> None:
        """Add a line, filling its count from "too" / an "N of each:" header, or sharing its "each"."""
        if line["quantity"] is None and walk.lines and walk.lines[-1]["_qty"] and TOO.search(text):
            attach([line], walk.lines[-1]["_qty"], "", self.by_sku)  # "and the roses one too"
        if line["quantity"] is None and walk.pending is not None:
            attach([line], walk.pending, "", self.by_sku)
        if line["quantity"] is not None and EACH.search(text):
            attach(walk.lines, line["_qty"], "each", self.by_sku)  # "22727, 22728 - 16 of each"
        line["_neg"] = bool(NEG_AFTER.search(text))
        walk.lines.append(line)

    def _shared_head(self, walk: "_Walk", body: str, line: dict, before, start: int, customer: str | None) -> None:
        """ "HOME and LOVE building block words", "red and blue coat racks": a lone word joined by "and"
        to a line's mention is another variant of that line's product (its count comes later or not at all)."""
        if before is None or body[before[1] : start].strip() not in ("and", "&", ",", "or"):
            return
        words = content_text(body[before[0] : before[1]])
        if not words or len(words.split()) > 2:
            return
        base = vary(line["mention"], words, self._distinct(line))
        cand = self._reading(f"{base} {words}", None, customer) if base else None
        if not cand or cand[0] < SURE or cand[3][0][0] == line["sku"]:
            return
        new = self._build_line(None, cand[2], cand[3], cand[5])
        if new and new["sku"]:
            new["_side"] = line["_side"]
            walk.lines.insert(walk.lines.index(line), new)

    def _words(self, text: str) -> set[str]:
        """Index terms a text resolves to (its words, their abbreviations, synonyms and spellings)."""
        return {t for term, res in self.matcher._query(text) for t in [term] + [r for r, _ in res]}

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
        return len({t for t in terms(text) if (t in post and len(post[t]) <= cap) or t in self.matcher._sku})

    def _sure_sku(self, mention: str, customer: str | None) -> str | None:
        """The SKU a mention names when the match is clear, else None."""
        matches = self.matcher.match(mention, top=3, customer=customer)
        if not matches:
            return None
        cover = self.matcher.coverage.get(matches[0][0], 0.0)
        return matches[0][0] if line_confidence(matches, True, cover) >= 0.5 else None

    def _is_code(self, body: str, q: Qty) -> bool:
        """Whether the number is really a SKU written in the text (22423, 85123A, 84029G)."""
        m = re.match(r"[a-z0-9]+", body[q.start :])
        if not m or len(m.group(0)) < 3:
            return False
        # "304球阀", "6204的": a bare number glued to the words after it is a catalogue code, not a count.
        glued = q.unit is None and (re.match(r"[\u4e00-\u9fffa-z、]", body[q.end : q.end + 1]) is not None
                                    or body[q.start - 1 : q.start] == "、")  # "6204、6205各200套"
        return (m.group(0) in self.matcher._sku and len(m.group(0)) >= 4) or (glued and m.group(0) in self.matcher._codes)

    def _line(self, body: str, chunk, doc, customer: str | None, context: str = "",
              distinct: frozenset = frozenset(), prev_sku: str | None = None) -> dict | None:
        """Best (quantity choice, SKU) reading of one chunk, or None when it is not an order line."""
        s, e, qtys = chunk
        dates = [(h.start, h.end) for h in doc._.due_hits or [] if s <= h.start < e]
        options: list[Qty | None] = [q for q in qtys if q.strength >= 0.5][:3]
        if not options or options[0].strength < 2:
            options.append(None)  # bare numbers may be part of the name ("304 M8x40 bolts")
        mentions = [(q, self._mention_for(body, s, e, qtys, q, dates)) for q in options]
        best = None
        for q, mention in mentions:
            if has_terms(mention):
                best = _better(best, self._reading(mention, q, customer))
        head = family(context)
        # A bare variant ("12 black", "1.0的来10盘", "+ 6 large") borrows the family named before it.
        # "XL码呢", "black": no family words; "and the black skull ones?": a follow-on mention.
        bare_variant = all(not family(m) for _, m in mentions) or (
            bool(FOLLOW_ON.match(body[s:e])) and self._catalogue_words(mentions[-1][1], 0.1) >= 1)
        # "+ 6 large", "two dozen of the red": colour or size words alone name no product.
        attr_only = all(t in VARIANT_WORDS for t in terms(mentions[0][1])) and has_terms(mentions[0][1])
        # "20 of the vintage one", "the strawberry ones", "(S355 plate,) 16mm": a variant of what was just named.
        spec_only = not family(mentions[0][1]) and has_digit(mentions[0][1])
        anaphora = attr_only or spec_only or any(ONES.search(m) for _, m in mentions)
        if not is_cjk(mentions[0][1]) and (head or spec_only) and (qtys or bare_variant or attr_only) and (best is None or best[0] < SURE or anaphora):
            kin = None
            for q, mention in mentions:
                # "SS400 6厚 10吨，8厚 10吨": the new size replaces the old one, the grade stays.
                # On a tie the reading that keeps more of what was said before wins: it is tried first.
                for base in dict.fromkeys([substitute(context, mention), vary(context, mention, distinct), head]):
                    cand = self._reading(f"{base} {mention}", q, customer) if base else None
                    kin = cand if cand and (kin is None or cand[0] > kin[0] + 1e-3) else kin
            margin = -0.5 if attr_only else -0.05 if spec_only else -0.1 if anaphora else 0.25
            if kin and (best is None or kin[0] > best[0] + margin):
                best = other_than(kin, prev_sku) if anaphora else kin
                best[4]["kin"] = 1.0
        elif is_cjk(mentions[0][1]) and context and (qtys or bare_variant) and (best is None or best[0] < SURE):
            for q, mention in mentions:
                # "SS400 6厚 10吨，8厚 10吨": the new size replaces the old one, the grade stays.
                # "螺栓M12*50镀锌的…，不锈钢的…": the new material replaces the old one, the size stays.
                swapped = other_variants(context, mention)
                for base in dict.fromkeys([head, substitute(context, mention), swapped if swapped != context else ""]):
                    cand = self._reading(f"{base} {mention}", q, customer) if base else None
                    # the borrowed words must fit the item: "口罩，手套要大号的" is no mask
                    if cand and (cand[4]["mcover"] >= 0.6 or not is_cjk(mention)) and (best is None or cand[0] > best[0] + 0.25):
                        best = cand
        if best is None:
            return None
        _, q, mention, matches, seen, cover = best
        if q is None:
            q = self._the_count(body, qtys, matches[0][0])
        # A family-only mention ("焊条要一千二百公斤"): every word matched, the variant is a guess.
        vague = bool(q) and q.strength >= 2 and seen["mcover"] >= 0.9 and matches[0][1] >= 0.55 and is_cjk(mention)
        # The coverage of the chosen reading: the matcher's own table holds the last reading tried.
        line = self._build_line(q, mention, matches, cover, vague)
        if line:
            line["_f"].update(seen)
        return line

    def _the_count(self, body: str, qtys: list[Qty], sku: str) -> Qty | None:
        """ "cancel the 12 alarm clocks": a "the N" that is not part of the item's name is its count
        ("the 72 cake cases" names PACK OF 72 and stays a name)."""
        names = self._names_of(sku)
        for x in qtys:
            raw = body[x.start : x.end].strip()
            if x.strength <= 0.4 and re.search(r"\bthe\s*$", body[max(0, x.start - 5) : x.start]) \
                    and raw not in names and not re.search(r"\d\s*(?:pc|pcs|piece)", raw):
                return Qty(x.start, x.end, x.value, x.unit, 1.0)
        return None

    @staticmethod
    def _mention_for(body: str, s: int, e: int, qtys: list[Qty], q: Qty | None, dates) -> str:
        """Chunk text without the chosen count, other unit-bearing counts, old values and dates
        (bare numbers stay: they may be part of the name, "304 M8x40")."""
        spans = [(x.start, x.end) for x in qtys if x is q or x.strength >= 2 or x.strength <= 0.2] if q else []
        return mention_text(cut(body, s, e, spans + dates))

    def _reading(self, mention: str, q: Qty | None, customer: str | None):
        """(rank, quantity, mention, matches, signals, coverage) for one reading of a chunk, or None."""
        matches, picked = self.matcher.match(mention, top=5, customer=customer), False
        if is_cjk(mention):  # Chinese family-only mentions ("焊条", "6204轴承"): the default variant first
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
        coded = conf >= 0.8 and bool(re.search(r"[a-z]+\d|\d+[a-z]|\d{4,}", mention))  # "DN150", "22423"
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
                 "close": float(sum(1 for _, v in matches[1:3] if v >= top - 0.05))}
        return {"sku": sku if conf >= 0.3 or vague else None, "quantity": qty, "_qty": q, "_f": feats,
                "unit": item.unit, "mention": mention, "confidence": round(conf, 3),
                "candidates": [{"sku": k, "score": round(v, 3)} for k, v in matches[:3]]}

    def _coded(self, mention: str, sku: str) -> bool:
        """Whether the mention names the item by an exact code: its SKU or a model/spec code of its names."""
        idx, names = self.matcher._sku.get(sku.lower().replace(" ", "")), self._names_of(sku)
        return any(self.matcher._sku.get(t) == idx or (t in names and t in self.matcher._codes and len(t) >= 3)
                   for t in terms(mention) if has_digit(t))

    def _from_history(self, body, lines, history, today, lang, customer):
        """'Same as last time': take missing quantities from the quoted earlier order."""
        if not history or not SAME_AS_LAST.search(body):
            return lines
        if lines and all(ln["quantity"] is not None for ln in lines):
            return lines
        hist_body = normalize(re.sub(r"^\s*>+ ?", "", history, flags=re.M))[:MAX_CHARS]
        hdoc = run(hist_body, lang, today)
        old = self._lines(hist_body, hdoc, customer)
        old_by_sku = {ln["sku"]: ln for ln in old if ln["quantity"] is not None}
        if not lines:
            return scaled(body, list(old_by_sku.values()), self._words, self._names_of)
        for ln in lines:
            if ln["quantity"] is None and ln["sku"] in old_by_sku:
                ln["quantity"] = old_by_sku[ln["sku"]]["quantity"]
        return scaled(body, lines, self._words, self._names_of)
