"""Tandem's rule components (dates, chunks, quantities) run over a body, also as spaCy pipelines (blank en / zh+jieba)."""
from __future__ import annotations

import datetime as dt
import logging
import re
from functools import lru_cache
from types import SimpleNamespace

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nlp.dates import find_dates
from nlp.quantities import Qty, find_quantities, in_history

Doc.set_extension("today", default=None, force=True)
Doc.set_extension("due_hits", default=None, force=True)
Doc.set_extension("chunks", default=None, force=True)  # list of (start, end, [Qty]) char spans

STRONG_SPLIT = re.compile(r"[;；。!！?\n]|(?<=[a-z0-9)]{2})(?<!\d no)(?<!\dno)\.(?=\s)")  # "20 no. DN25" is a count
# Chinese clause commas (no space after, once NFKC made "，" into ",") always separate;
# English ", " and "and" only when the sentence holds several quantities; ", and what's the price …?" always.
HARD_SPLIT = re.compile(r",?\s+and\s+(?=(?:what|how|are|is|do|does|can|could|have|has)\b)|,(?!\d{3}\b)(?=\S)|\s/\s|\s[-–—]\s|(?:(?<!\d)|(?<=[a-z]\d)|(?<=[a-z]\d\d)|(?<=[a-z]\d{3})|(?<=\d{4}))、|还有(?!货|吗|多少|没|现货|库存)|另外|以及|再要|再加"
                        r"|(?<=[桶箱卷盒包吨个只套件条根支双副付张台顶盘组袋米斤])\s+(?=[\u4e00-\u9fff])")
WEAK_SPLIT = re.compile(r",(?=\s)|(?<=\s)(?<!hundred )(?<!thousand )(?:and|also|plus|&)(?=\s)|\s\+\s|和")
CODE_RE = re.compile(r"[a-z]+\d|\d+[a-z]|\d{4,}", re.I)
EACH_RE = re.compile(r"\beach\b|各|每种|每样|每款")
EACH_REACH = 60  # characters after a clause in which an "N of each" still refers to its list
BULLET_RE = re.compile(r"^\s*(?:[-*•·>]+\s+|\d+[.)]\s+|\d{1,2}、\s*|[a-z][.)]\s+)", re.M)
CONTENT_RE = re.compile(r"[a-z]{3,}|[\u4e00-\u9fff]{2,}|[a-z]+\d|\d+[a-z]|\d{5,}", re.I)


@Language.component("tandem_dates")
def dates_component(doc: Doc) -> Doc:
    """Find date expressions; they are due dates or noise, never quantities."""
    hits = find_dates(doc.text, doc._.today or dt.date.today())
    doc._.due_hits = hits
    spans = [doc.char_span(h.start, h.end, label="DATE", alignment_mode="expand") for h in hits]
    doc.spans["date"] = [s for s in spans if s is not None]
    return doc


@Language.component("tandem_chunks")
def chunks_component(doc: Doc) -> Doc:
    """Cut the body into candidate order-line chunks, each with its quantity candidates."""
    chunks = doc._.chunks = find_chunks(doc.text, doc._.due_hits)
    spans = [doc.char_span(s, e, label="CHUNK", alignment_mode="expand") for s, e, _ in chunks]
    doc.spans["chunk"] = [sp for sp in spans if sp is not None]
    return doc


def find_chunks(text: str, due_hits) -> list[tuple[int, int, list[Qty]]]:
    """Candidate order-line chunks of a body as (start, end, quantity candidates), dates left out of counts."""
    blocked = [(h.start, h.end) for h in due_hits or []]
    chunks: list[tuple[int, int, list[Qty]]] = []
    for ss, se in _spans(STRONG_SPLIT, text, 0, len(text)):
        sentence: list = []
        for hs, he in _spans(HARD_SPLIT, text, ss, se):
            clause = _soft_pieces(text, hs, he, blocked)
            if sentence:
                # A dash joins like a comma ("hot water bottles - chocolate one"); 、/，do not.
                dash = bool(re.search(r"\s[-–—]\s", text[sentence[-1][1] : hs]))
                sentence = _merge(text, sentence, clause[0], soft=dash)
                clause = clause[1:]
            for piece in clause:
                sentence = _merge(text, sentence, piece)
        chunks += sentence
    return chunks


def _soft_pieces(text: str, s: int, e: int, blocked) -> list:
    """A clause cut at ", " / "and" when it holds several quantities (else a name like
    "SWISS ROLL TOWEL, PINK SPOTS" stays whole)."""
    pieces = [(a, b, _qty(text, a, b, blocked)) for a, b in _spans(WEAK_SPLIT, text, s, e)]
    counted = sum(1 for *_, q in pieces if any(x.strength >= 1 for x in q))
    coded = sum(1 for a, b, _ in pieces if CODE_RE.search(text[a:b]))
    # "DN100和DN150", "22727, 22728": one product per coded piece even without counts.
    # "HOME and LOVE block words? we'd take 20 of each": an "each" just after also splits the list.
    if counted < 2 and not EACH_RE.search(text[s : e + EACH_REACH]) and coded < 2:
        return [(s, e, _qty(text, s, e, blocked))]
    return pieces


def _qty(text: str, s: int, e: int, blocked) -> list[Qty]:
    """Quantity candidates of text[s:e] in body coordinates, minus those about earlier orders."""
    qty = [_shift(q, s) for q in find_quantities(text[s:e], _local(blocked, s))]
    return [q for q in qty if not in_history(text, q)]


def _spans(rx: re.Pattern, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-blank spans of text[start:end] between separator matches, bullets skipped."""
    out, pos = [], start
    for m in list(rx.finditer(text, start, end)) + [None]:
        stop = m.start() if m else end
        s = pos
        b = BULLET_RE.match(text, s)
        if b and b.end() <= stop:
            s = b.end()
        if text[s:stop].strip():
            out.append((s, stop))
        pos = m.end() if m else end
    return out


def _merge(text: str, chunks, new, soft: bool = True):
    """Glue a piece to the previous chunk when one of them lacks a quantity or a product
    (across a hard clause break only a lone quantity glues back: "平垫 M8，2000个")."""
    if not chunks:
        return [new]
    ps, pe, pq = chunks[-1]
    s, e, q = new
    has_content = bool(CONTENT_RE.search(_strip(text[s:e], q, s)))
    prev_content = bool(CONTENT_RE.search(_strip(text[ps:pe], pq, ps)))
    strong, prev_strong = any(x.strength >= 2 for x in q), any(x.strength >= 2 for x in pq)
    lone = q and not has_content and prev_content and (not pq or (strong and not prev_strong))
    # "500 M10x40 bolts, plus same of M10 nuts": two coded pieces are two products, counted or not.
    joined = re.fullmatch(r"[\s,]*(?:and|also|plus|&|\+)\s*", text[pe:s]) is not None
    two_codes = joined and bool(CODE_RE.search(_strip(text[s:e], q, s))) and bool(CODE_RE.search(_strip(text[ps:pe], pq, ps)))
    if (soft and not q and pq and not two_codes) or lone:
        return chunks[:-1] + [(ps, e, pq + q)]
    return chunks + [new]


def _strip(text: str, qty: list[Qty], offset: int) -> str:
    """Text of a chunk with its quantity spans removed."""
    for q in sorted(qty, key=lambda q: -q.start):
        text = text[: q.start - offset] + " " + text[q.end - offset :]
    return text


def _shift(q: Qty, by: int) -> Qty:
    """A quantity moved from chunk to body coordinates."""
    return Qty(q.start + by, q.end + by, q.value, q.unit, q.strength, q.pack_of)


def _local(spans: list[tuple[int, int]], by: int) -> list[tuple[int, int]]:
    """Spans moved from body to chunk coordinates."""
    return [(s - by, e - by) for s, e in spans]


@lru_cache(maxsize=2)
def get_pipeline(lang: str) -> Language:
    """The blank pipeline for a language, with the rule components (zh segmented by jieba)."""
    if lang == "zh":
        import jieba

        jieba.setLogLevel(logging.WARNING)  # its dictionary-loading chatter would pollute CLI output
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    else:
        nlp = spacy.blank("en")
    nlp.add_pipe("tandem_dates")
    nlp.add_pipe("tandem_chunks")
    return nlp


class Parsed:
    """The rule components' output for one body, read as `doc._.due_hits` / `doc._.chunks` like the
    spaCy Doc extensions: the extractor reads no tokens, so `run` skips tokenising (and jieba)."""

    def __init__(self, text: str, today: dt.date):
        self.text = text
        self._ = SimpleNamespace(today=today, due_hits=None, chunks=None)


def run(text: str, lang: str, today: dt.date) -> Parsed:
    """Dates and chunks of a (normalised) body with the message date set; the same rules as the
    spaCy pipeline of `get_pipeline(lang)`, without building the token Doc."""
    doc = Parsed(text, today)
    doc._.due_hits = find_dates(text, today or dt.date.today())
    doc._.chunks = find_chunks(text, doc._.due_hits)
    return doc
