"""Order extraction: message text in, intent + order lines + due date + confidences out."""
from __future__ import annotations

import datetime as dt

from nlp.bare_text import question_marked
from nlp.branches import per_place
from nlp.catalog import CatalogItem
from nlp.change import swap_lines
from nlp.side_words import side_counts
from nlp.destinations import walked_lines
from nlp.clause_cues import TOO, EACH, EACH_FOR, TENTATIVE, MAYBE, PURPOSE, stays, GLUED, TIER, REMOVED, CROSSED, same_as, same_qty
from nlp.clean import clean, customer_of, domain_of
from nlp.completion import Completion
from nlp.distributed import DistributedLists
from nlp.due_settle import relative, settle_due, undated
from nlp.body_forms import chinese_forms, english_forms
from nlp.calibration import Calibration
from nlp.explained import unexplained
from nlp.history import QuotedHistory
from nlp.kin import WEAK_NUMBER, Kin
from nlp.beside import Beside
from nlp.intent import classify
from nlp.intent_model import read_signals, shipped as intent_model
from nlp.lists_en import EnglishLists
from nlp.followon import corrects, echoes_code
from nlp.matcher import Matcher
from nlp.mentions import cut, lines_content, mention_text
from nlp.clause_splits import KEPT, KEPT_COUNTED, heads_list
from nlp.pipeline import run
from nlp.quantities import find_quantities
from nlp.postprocess import attach, each_over_articles, finish_lines, in_unit, restated, round_qty, side_question
from nlp.text import is_cjk, normalize
from nlp.taken_off import TakenOff, narrowed
from nlp.pack_words import PackWords
from nlp.readings import SAME_RANGE, Readings
from nlp.row_lists import RowLists
from nlp.bare_sizes import BareSizes
from nlp.both_variants import both_variants
from nlp.code_runs import parted_codes
from nlp.siblings import Siblings, told_apart
from nlp.variant_runs import VariantRuns
from nlp.zh_rules import CONSUMED, DEFECT, NEG_AFTER, NEGATED, ChineseRules
from nlp.pipe_tables import unpipe
from nlp.walk import ASIDE, PLANS, ROW_LABEL, Walk as _Walk, bad_input as _bad_input

WEAK_MATCH = 0.6  # a match this weak ("need 40 sets urgently, our kiln fan ...") yields to a line awaiting its count
MAX_CHARS = 20_000  # longer bodies are cut: no order spans pages of text


class Extractor(QuotedHistory, Completion, TakenOff, ChineseRules, EnglishLists, VariantRuns, RowLists, DistributedLists, PackWords, Kin, Beside, BareSizes, Readings):
    """Turns forwarded customer messages into order lines against one catalogue."""

    def __init__(self, items: list[CatalogItem], threshold: float | None = None):
        self.items = list(items)
        self.by_sku = {it.sku: it for it in self.items}
        self.matcher = Matcher(self.items)
        self.siblings = Siblings(self.matcher)
        self.calibration = Calibration.load()
        self.intent_model = intent_model()  # None when no weights are shipped
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
        if problem := _bad_input(text):
            return {"intent": "other", "lines": [], "due_date": None, "confidence": 0.0,
                    "customer": customer, "error": problem}, {}
        cleaned = clean(text[:MAX_CHARS * 5], sender)
        customer = customer or customer_of(cleaned)
        body, lang = self._body(cleaned, lang)
        doc = run(body, lang, today)
        stats: dict = {}
        family, old = self._quoted(body, cleaned.history, today, lang, customer)
        lines = self._lines(body, doc, customer, stats, family)
        lines = self._from_history(body, lines, cleaned.history, today, lang, customer, old)
        intent = classify(question_marked(body), len(lines), any(ln["quantity"] is not None for ln in lines))  # chat asks with no "?"
        read = (body, doc, customer, cleaned, today, stats["orphans"])
        fresh = [dict(ln) for ln in lines]  # settling edits lines in place; another intent settles a fresh copy
        out, ctx = self._settled(intent, lines, read)
        if self.intent_model is not None:  # a learned check overrides the rules only when sure (nlp/intent_model.py)
            better, p = self.intent_model.decide(intent, out["lines"], cleaned.body, bool(cleaned.history), bool(fresh))
            if better != intent:  # its probabilities of the reading finally made are a confidence input (calibration.py)
                out, ctx = self._settled(better, fresh, read)
                p = self.intent_model.proba(better, out["lines"], cleaned.body, bool(cleaned.history))
            ctx.update(read_signals(p, better))
        out["confidence"], signals = self.calibration.apply(out["intent"], out["lines"], body, ctx)  # set once settled
        return out, signals

    def _settled(self, intent: str, lines: list[dict], read: tuple) -> tuple[dict, dict]:
        """The result for one intent (lines by the conventions, other has none; due date) and its signals' context."""
        body, doc, customer, cleaned, today, orphans = read
        if intent == "cancel":
            lines = self._cancelled(body, doc, customer, lines)
        used = {id(ln.get("_qty")) for ln in lines}
        loose = sum(1 for *_, qs in doc._.chunks for q in qs
                    if q.strength >= 2 and id(q) not in used and not self._is_code(body, q))
        stray = unexplained(body, lines, [(h.start, h.end) for h in doc._.due_hits], self._known_code)
        # Counted lines an "other" reading sets aside ("can send 8 now, 4 next week, ok?"): the intent is in doubt
        dismissed = sum(1 for ln in lines if ln["quantity"] is not None) if intent == "other" else 0
        lines = finish_lines(per_place(body, lines), intent)  # "each of our 6 shops takes: 4 x …"
        lines = told_apart(self.siblings, lines, body, self.by_sku)  # "plate 12mm" said beside "q345 plate"
        lines = both_variants(self.siblings, lines, body, self.by_sku)  # "the skull windmills, both sizes"
        lines, swapped = self._swapped(body, doc, lines, customer) if intent == "change" else (lines, False)
        due, hit, picked, due_p = settle_due(body, doc._.due_hits, cleaned, today, intent, lines)
        ctx = {"loose": loose, "orphans": orphans, "dates": len({h.date for h in doc._.due_hits}), "due_p": due_p,
               "due": due is not None, "dismissed": dismissed, "due_relative": relative(due, hit, picked),
               "history": bool(cleaned.history), "swap": swapped, "chunks": len(doc._.chunks), "unexplained": stray,
               # Catalogue words in a message that gave no line: "2 x DN100 gate valves" read as nothing.
               "unread_products": 0 if lines else self._catalogue_words(body)}
        return {"intent": intent, "lines": lines, "due_date": due.isoformat() if due else None,
                "confidence": None, "customer": customer, "customer_domain": domain_of(cleaned.sender)}, ctx

    def _body(self, cleaned, lang: str) -> tuple[str, str]:
        """The cleaned body normalised, respelt and with its spoken or table forms read, and its language."""
        body = parted_codes(unpipe(self.matcher.respelt(normalize(cleaned.body))[:MAX_CHARS]), self.matcher._sku)  # "balck"; "22725 22729 stock?"
        lang = ("zh" if is_cjk(body) else "en") if lang == "auto" else lang
        return (english_forms(body) if lang == "en" else chinese_forms(body)), lang

    def _swapped(self, body: str, doc, lines: list[dict], customer: str | None) -> tuple[list[dict], bool]:
        """A change's lines with a variant swap read in (and whether one was), only lines with a new count kept
        ("swap the X for the same in red" still names its new variant)."""
        # "…二十顶，换成红色的": no new count, the old order's kept; "换成M6*20的，还是两盒": in the new item's unit
        said = [q for *_, qs in doc._.chunks for q in qs] or find_quantities(body, [(h.start, h.end) for h in doc._.due_hits])
        stated = max((q for q in said if not self._is_code(body, q)), key=lambda q: q.strength, default=None)  # not "6206开式"
        qty = (lambda sku: round_qty(in_unit(stated, self.by_sku[sku]))) if stated else (lambda sku: None)
        swap = swap_lines(body, lines, lambda t: self._sure_sku(t, customer), qty, lambda sku: self.by_sku[sku].name)
        return [ln for ln in swap or lines if ln["quantity"] is not None] or (swap or [])[-1:], bool(swap)

    def _known_code(self, number: str) -> bool:
        """Whether a number written alone is a SKU or a model code of the catalogue ("22423", "6204")."""
        return number in self.matcher._sku or (len(number) >= 3 and number in self.matcher._codes)

    def _lines(self, body: str, doc, customer: str | None, stats: dict | None = None, context: str = "") -> list[dict]:
        """Order lines of a body: one per chunk that names a product; stray quantities attach back.
        `stats["orphans"]` counts chunks that name catalogue words but gave no line."""
        walk, last, before = _Walk(context=context, quoted=context, body=body), None, None
        spans = self._distributed(body, customer)  # "heart tins: 4 large, 2 small": read over chunk bounds
        # "sorry, can you cancel the 24 mats from our order?": the item is read alone, the verb stays its cue
        chunks = (p for chunk in doc._.chunks for p in narrowed(body, *chunk))
        for said, s, e, qtys in self._around(body, chunks, spans):
            if qtys is None:  # a distributed list: its lines were read over the chunks it spans
                self._spread(walk, body, said, s, e)
                last = before = None
                continue
            qtys = [q for q in qtys if not self._is_code(body, q) and not echoes_code(body, s, e, q)]
            if qtys and (stays(body, s, e) or restated(body, s, e, qtys, walk.lines, self.by_sku)):  # "the angel cards stay at 12", "… a week, please send 12": a count restated, no line
                last = before = None
                continue
            if not qtys and PLANS.match(body, s, e):  # "I'm going to hang one in the window": no line, no family
                last = before = None
                continue
            if self._refine(walk, body, doc, customer, last, (s, e, qtys)):
                last = None
                continue
            if self._name_number(walk, body, last, (s, e, qtys), customer):
                continue
            # "the gate and check valves are still required": what stays is read by no list rule (nor made a line)
            kept = not qtys and KEPT.search(body[s:e]) is not None
            if not kept and self._by_list_rules(walk, body, doc, customer, (s, e, qtys)):
                last = None
                continue
            line = self._later_count(walk, body, doc, customer, (s, e, qtys)) or \
                self._chunk_line(walk, body, doc, customer, (s, e, qtys))
            self._note_unlined(walk, body, (s, e, qtys), line)
            if line is CONSUMED:
                last = self._counted_open(walk, body, last, (s, e, qtys))  # a lone count went to an open line
                continue  # the family context stays as it was
            last = (s, e, qtys, line if isinstance(line, dict) and line else None, walk.context)
            self._place(walk, body, said, (s, e, qtys), line, before, customer)
            # "J421…，不够用 / 这回多拿点", "the blue cups - 12. They're the ones everyone wants.": a remark naming nothing keeps the family
            remark = not (line or qtys or self._catalogue_words(body[s:e]))
            if not remark or not is_cjk(body[s:e]):  # ("6205 bearings, 2 off": a weak number that is a code names)
                walk.follow(body, s, e, [q for q in qtys if q.strength > WEAK_NUMBER or not self._known_code(body[q.start : q.end].strip())],
                            line, keep=remark and bool(walk.lines))
            walk.distinct = self._distinct(line) if line else frozenset()
            before = (s, e) if not line and not qtys else None
        if stats is not None:
            stats["orphans"] = walk.orphans
        lines = walked_lines(walk.lines, self._names_of, body, self.matcher.words)
        return lines if is_cjk(body) else side_counts(lines, lambda sku: self.by_sku[sku].name, body)  # "need 60 before …"

    def _by_list_rules(self, walk: "_Walk", body: str, doc, customer: str | None, chunk) -> bool:
        """Whether a list rule read the chunk (its lines are in `walk`)."""
        return bool(self._described(walk, body, doc, customer, chunk) or self._respective_lines(walk, body, customer, chunk) or
                    self._list_lines(walk, body, customer, chunk) or self._each_lines(walk, body, customer, chunk) or
                    self._pair_lines(walk, body, customer, chunk) or self._run_lines(walk, body, doc, customer, chunk) or
                    self._mixed_lines(walk, body, customer, chunk) or self._and_lines(walk, body, doc, customer, chunk))

    def _place(self, walk: "_Walk", body: str, said, chunk, line, before, customer: str | None) -> None:
        """Keep the chunk's line, or attach its lone count to the line before, or count it an orphan."""
        s, e, qtys = chunk
        if line:
            if before and corrects(body[before[0] : before[1]]):  # "… white lace ones. no sorry, hanging lace. the …"
                line.setdefault("_f", {})["corrects"] = 1.0
            self._keep(walk, line, said)
            line["_side"] = side_question(body, s, e)
            self._shared_head(walk, body, line, before, s, customer)
        elif qtys and not lines_content(body, s, e, qtys):
            attach(walk.lines, qtys[0], body[s:e], self.by_sku)
        elif lines_content(body, s, e, qtys) and not NEGATED.match(body[s:e]) \
                and self._catalogue_words(body[s:e]) >= 2:
            walk.orphans += 1  # product-like words that became no line: a person should look

    def _chunk_line(self, walk: "_Walk", body: str, doc, customer: str | None, chunk) -> dict | None:
        """The line a chunk gives, or None; lone counts are attached to open lines on the way."""
        s, e, qtys = chunk
        text, own = body[s:e], lines_content(body, s, e, qtys)
        heads = heads_list(text) and bool(body[e:].strip())  # ("2 x A, 3 x B. Also 6 of each: C, D": after lines too)
        if qtys and (not own or heads_list(text)) and EACH.search(text) and (not walk.lines or heads and not walk.open()):
            walk.pending = qtys[0]  # "please send 6 of each:" heads the list that follows
            if walk.lines:
                return CONSUMED  # the lines before keep their own counts
        # "我们这边大概要8台", "Customer wants 2.": words that name no product leave the count to an open line
        refines = self._open_variant(walk, body, chunk)  # "安全帽，黄的要一百个": the yellow one, not the guess
        if qtys and walk.open() and not self._bare_size(body, qtys) and not refines and (not own or (not is_cjk(text) and
                                                                 self._nameless(body, s, e, qtys[:1], customer) or PURPOSE.match(text))):
            attach(walk.lines, qtys[0], text, self.by_sku, body)
            return CONSUMED
        if qtys and walk.lines and EACH.search(text) and not is_cjk(text) and \
                (EACH_FOR.search(text) or self._nameless(body, s, e, qtys, customer)):
            # "need around 30 each for a school fair": the count of the lines named; "if we go to 500 of
            # each?" over counted lines is a price tier, no line of its own.
            each_over_articles(walk.lines, body, qtys[0], self.by_sku)
            attach(walk.lines, qtys[0], "each", self.by_sku)
            return CONSUMED
        if qtys and walk.lines and TIER.search(text) and self._nameless(body, s, e, qtys, customer):
            return CONSUMED  # "and is there a better rate at 96?" after the lines: a price tier, no line
        if not qtys and len(walk.lines) > 1 and (said := same_qty(text, walk.lines[:-1])):
            attach(walk.lines[-1:], said, "", self.by_sku)  # "And the zinc hearts, | same qty.", "…, same qty as the 150s"
            return CONSUMED
        # Greetings and sign-offs (no count, no catalogue word) are not looked up at all.
        skip = NEGATED.match(text) or DEFECT.search(text) or KEPT_COUNTED.search(text) or (not qtys and (
            not self._catalogue_words(undated(body, s, e, doc._.due_hits), 1.0) or KEPT.search(text) or ASIDE.fullmatch(text) or ROW_LABEL.fullmatch(text)))
        # "wooden hearts, same range" under a list heading: the range is the line before's, not the heading's.
        context = walk.lines[-1]["mention"] if walk.lines and SAME_RANGE.search(text) else walk.context
        prev = walk.lines[-1] if walk.lines else {}
        line = None if skip else self._line(body, chunk, doc, customer, context, walk.distinct, prev.get("sku"),
                                            prev.get("mention", ""), prev.get("quantity") is not None)
        # "Kiddies cutlery sets - spaceboy 12, dolly girl 12": a bare variant read with the family said around it
        line = None if skip else self._in_context(walk, body, chunk, line, customer) or line
        line = self._further_back(walk, body, chunk, doc, customer, line)  # "…, 1 pail red primer and 1 pail black"
        line = self._sized(line, text, customer)  # "，大的要3个": the size variant of the family named, if it has one
        weak = not line or line["confidence"] < 0.3 or line["candidates"][0]["score"] < WEAK_MATCH
        if qtys and weak and walk.open():
            attach(walk.lines, qtys[0], text, self.by_sku)  # "We'd want 10 spools."
            return {}  # no line, but the chunk still names what follows
        if refines and line and line["sku"] in {c["sku"] for c in refines["candidates"]}:
            walk.lines.remove(refines)
        if line and qtys and all(q.strength < 0.5 for q in qtys) and walk.lines \
                and self._nameless(body, s, e, qtys, customer):
            return CONSUMED  # "…, both the 60 packs": a spec of the lines before, naming no product, is no line
        return line

    def _nameless(self, body: str, s: int, e: int, qtys: list, customer: str | None) -> bool:
        """Whether a chunk's words besides its counts name no product by themselves."""
        text = mention_text(cut(body, s, e, [(q.start, q.end) for q in qtys]))
        weak = lambda c: c is None or c[0] < 0.3 or c[3][0][1] < WEAK_MATCH  # noqa: E731
        cand = self._reading(text, None, customer)
        if weak(cand) and GLUED.search(text):  # "…，RVV2*1.0 300米": the glued code names a product when read apart
            cand = self._reading(GLUED.sub(r"\1 ", text), None, customer)
        return weak(cand)

    def _keep(self, walk: "_Walk", line: dict, text: str) -> None:
        """Add a line, filling its count from "too" / an "N of each:" header, or sharing its "each"."""
        prev = same_as(text, walk.lines)  # (the last line's count, or the one "same qty as the 150s" names)
        if line["quantity"] is None and prev and TOO.search(text) and not _tentative(walk.body, prev, text):
            attach([line], prev, "", self.by_sku)  # "and the roses one too"
        q = line["_qty"]
        if walk.pending is not None and q is not None and q.unit is None and q.strength < 2 \
                and f"{q.value:g}" in self._names_of(line["sku"] or ""):
            line["quantity"] = line["_qty"] = None  # "a gross each of: - 72 retrospot cake cases": 72 names the pack
        if line["quantity"] is None and walk.pending is not None:
            attach([line], walk.pending, "", self.by_sku)
        if line["quantity"] is not None and EACH.search(text):
            attach(walk.lines, line["_qty"], "each", self.by_sku)  # "22727, 22728 - 16 of each"
        self._carry_unit(line, walk.lines[-1] if walk.lines else None)
        line["_neg"] = bool(NEG_AFTER.search(text) or (REMOVED.match(text) and line["quantity"] is None) or CROSSED.search(text))
        self._not_again(line, walk.lines)
        walk.lines.append(line)


def _tentative(body: str, q, text: str) -> bool:
    """Whether a bare "too" follows a price's condition ("might take 10") or a maybe ("and maybe the pink cups too")."""
    return "same" not in text.lower() and (TENTATIVE.search(body[max(0, q.start - 30) : q.start]) or MAYBE.search(text)) is not None
