"""One line per variant of a run said over one product ("yellow and white hard hats", "(red, ivory, blue)")."""
from __future__ import annotations

import re

from nlp.bare_text import marked
from nlp.followon import VARIANT_WORDS
from nlp.mentions import cut, lines_content, mention_text
from nlp.postprocess import heading, side_question
from nlp.quantities import Qty
from nlp.readings import SURE
from nlp.spaced_lists import MAX_NAMES, MAX_PHRASE, SPACED_AND, SpacedLists
from nlp.text import is_cjk, terms
from nlp.prefilter import prefiltered

EACH_OF = re.compile(r"\beach\b(?:\s+of)?(?:\s+the)?\b", re.I)

_VARIANT = "|".join(sorted((w for w in VARIANT_WORDS if w.isalpha() and w.isascii()), key=len, reverse=True))
# "yellow and white hard hats", "(red, ivory, blue)": several variants of one product named together.
VARIANT_WORD = re.compile(_VARIANT, re.I)
# "red pink ivory and green" (chat drops the commas): spaces part the variants of a run that ends in "and …" or
# fills a bracket.
VARIANT_RUN = prefiltered(rf"\b(?:{_VARIANT})(?:\s*(?:,|and|&|or|/)\s*(?:the\s+)?(?:{_VARIANT})\b)+|"
                          rf"\b(?:{_VARIANT})(?:\s+(?:{_VARIANT})\b)+\s+(?:and|&)\s+(?:the\s+)?(?:{_VARIANT})\b|"
                          # "(pink blue red)": a bracket holding nothing but variants closes the run with no "and"
                          rf"\(\s*(?:{_VARIANT})(?:\s+(?:{_VARIANT}))+\s*(?:\)|$)", re.I)
EACH_EN = prefiltered(r"\beach\b|\bboth\b", re.I)  # "2 each": the count goes to every variant
# "the ribbon reels rosie, daisy and sophie": names listed after a family, the last joined by "and"
NAME_LIST = re.compile(r"(?:,\s*[a-z][a-z' ]*){1,6}\s+and\s+[a-z][a-z' ]*$", re.I)
PLURAL_HEAD = re.compile(r"[a-z]{2,}[^s\W]s")  # "candles", "reels" (not "glass", "gas")
LIST_SEP = re.compile(r"\s*,\s*|\s+and\s+", re.I)
PAIRED = re.compile(rf"\b(?:{_VARIANT})\s*[/-]\s*(?:{_VARIANT})\b", re.I)  # "yellow/green", "green-yellow"
RUN_SEP = re.compile(r"\s*(?:,|\band\b|&|\bor\b)\s*(?:the\s+)?", re.I)


class VariantRuns(SpacedLists):
    """Extractor methods splitting a run of variants into a line each (needs `Readings`)."""

    def _run_lines(self, walk, body: str, doc, customer: str | None, chunk) -> bool:
        """Add one line per variant when the chunk names several together ("yellow and white hard hats",
        "the hot water bottles (chocolate and tea & sympathy)"), or the last of a run said chunk by chunk."""
        if self._each_variant(walk, body, doc, customer, chunk):
            return True
        lines = self._variant_lines(body, chunk, customer) or self._bracket_lines(body, chunk, customer) or \
            self._name_list_lines(body, chunk, customer)
        for line in lines or []:
            self._keep(walk, line, body[chunk[0] : chunk[1]])
            line["_side"] = side_question(body, chunk[0], chunk[1])
        if lines:
            walk.context = lines[-1]["mention"]
        return bool(lines)

    def _each_variant(self, walk, body: str, doc, customer: str | None, chunk) -> bool:
        """ "the tea towels - red, black and blue, 15 each": the last variant of a run read under its
        heading carries the shared count; it is read as a line before the count goes to the open ones."""
        s, e, qtys = chunk
        last = walk.lines[-1] if walk.lines else None
        # (a variant joined by "and" to a line read alone: "childs garden rake blue and pink - 48 of each")
        joined = re.search(r"(?:\band|&)\s*$", body[max(0, s - 6) : s]) is not None
        if not qtys or not last or not (last["_f"].get("kin") or joined) or last["quantity"] is not None \
                or not EACH_EN.search(body[s:e]) or not lines_content(body, s, e, qtys):
            return False
        line = self._line(body, chunk, doc, customer, walk.context, walk.distinct, last["sku"], last["mention"])
        # a variant read with the heading's words ("5 of each for the market stall" names no variant)
        if not line or line["quantity"] is None or line["confidence"] < SURE or not line["_f"].get("kin") or \
                any(ln["sku"] == line["sku"] and not heading(ln, walk.lines) for ln in walk.lines):
            return False
        self._keep(walk, line, body[s:e])
        line["_side"] = side_question(body, s, e)
        return True

    def _variant_lines(self, body: str, chunk, customer: str | None) -> list[dict] | None:
        """One line per variant of a run ("yellow and white hard hats"), or None; a count goes to each only
        when the chunk says so ("2 each")."""
        s, e, qtys = chunk
        plain = cut(body, s, e, [(x.start, x.end) for x in qtys])
        run = VARIANT_RUN.search(plain)
        if not run or is_cjk(plain) or (qtys and not EACH_EN.search(body[s:e])):
            return None
        words = list(dict.fromkeys(VARIANT_WORD.findall(run.group(0))))
        whole = self._reading(mention_text(plain), None, customer)
        # "in red, blue and yellow/green": a slashed pair is one two-colour variant (an earth wire's), tried first
        pieces = list(dict.fromkeys(p for p in RUN_SEP.split(run.group(0)) if p.strip())) if PAIRED.search(run.group(0)) else []
        for said_words in ([pieces] if len(pieces) >= 2 else []) + [words]:
            if len(said_words) < 2 or (whole and whole[0] >= SURE and sum(
                    set(terms(w)) <= self._names_of(whole[3][0][0]) for w in said_words) >= 2):
                continue  # "BLACK AND WHITE" names one item
            # (the pair's reading keeps the chunk's other numbers, "bv 2.5": only the count it shares is cut)
            text = plain if said_words is words else cut(body, s, e, [(x.start, x.end) for x in qtys[:1]])
            at = text.find(run.group(0)) if said_words is not words else run.start()
            if at < 0:
                continue
            end = at + len(run.group(0))
            said = [(w, f"{text[:at]} {w} {text[end:]}") for w in said_words]
            lines = self._each_named(said, qtys[0] if qtys else None, customer)
            if lines is not None or said_words is words:
                return lines
        return None

    def _name_list_lines(self, body: str, chunk, customer: str | None) -> list[dict] | None:
        """One line per name of a list after a family ("10 each of the ribbon reels rosie, daisy and sophie"),
        or None; the family's last words hold the first name, as long as the names after it."""
        s, e, qtys = chunk
        if is_cjk(body[s:e]) or (qtys and not EACH_EN.search(body[s:e])):
            return None
        plain = mention_text(EACH_OF.sub(" ", cut(body, s, e, [(x.start, x.end) for x in qtys])))
        m = NAME_LIST.search(plain)
        rest = [p.split() for p in LIST_SEP.split(m.group(0).strip(" ,")) if p.strip()] if m else []
        first = plain[: m.start()].split() if m else []
        if not m and not marked(body):
            return self._spaced_names(plain, qtys, customer)
        if not rest or any(len(p) > 3 for p in rest):
            return None
        whole = self._reading(plain, None, customer)
        if whole and whole[0] >= SURE and all(set(terms(" ".join(p))) <= self._names_of(whole[3][0][0]) for p in rest):
            return None  # "tea, coffee and sugar canister" names one item
        # "the botanical candles, lavender and pear": a plural noun before the comma heads the list, no name of it
        splits = [(first, [])] if PLURAL_HEAD.fullmatch(first[-1] if first else "") else []
        for k in sorted({len(p) for p in rest}, reverse=True):
            if len(first) > k:
                splits.append((first[:-k], [" ".join(first[-k:])]))
        for family, own in splits:
            head, names = " ".join(family), own + [" ".join(p) for p in rest]
            lines = self._each_named([(n, f"{head} {n}") for n in names], qtys[0] if qtys else None, customer)
            if lines:
                return lines
        return None

    def _spaced_names(self, plain: str, qtys, customer: str | None) -> list[dict] | None:
        """One line per name of a chat list without commas ("herb markers sage thyme and mint", "tea towels red
        retrospot pink polkadot and strawberry"), or None."""
        if len(qtys) > 1:  # two counts: which one the list shares is not said ("6 dozen …, a dozen each of")
            return None
        for m in SPACED_AND.finditer(plain):
            first, after = plain[: m.start()].split(), plain[m.end() :].split()
            for n in range(1, min(MAX_NAMES * MAX_PHRASE, len(first) - 1) + 1):
                head = first[:-n]
                family = set(terms(" ".join(head[-2:])))  # the words before the names: every named item holds them
                names = self._phrases(first[-n:], after, family)
                said = [(w, f"{' '.join(head)} {w}") for w in names or []]
                lines = self._each_named(said, qtys[0] if qtys else None, customer) if said else None
                # every phrase a sure reading of its own sibling: a run parted wrong reads some phrase vaguely
                if lines and all(family <= self._names_of(ln["sku"]) and ln["confidence"] >= SURE for ln in lines):
                    return lines
        return None

    def _each_named(self, said: list[tuple[str, str]], q: Qty | None, customer: str | None) -> list[dict] | None:
        """One line per (variant word, text naming it), each a different item whose name holds its word;
        None when any reading fails that."""
        lines = []
        for word, text in said:
            r = self._reading(mention_text(text), q, customer)
            if not r or r[0] < 0.5 or not terms(word) or not set(terms(word)) <= self._names_of(r[3][0][0]):
                return None
            lines.append(self._build_line(q, r[2], r[3], r[5]))
        if any(ln is None for ln in lines) or len({ln["sku"] for ln in lines}) < len(lines):
            return None
        return lines
