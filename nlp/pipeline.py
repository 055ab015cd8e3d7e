"""Tandem's rule components (dates, chunks, quantities) run over a body, also as spaCy pipelines (blank en / zh+jieba)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from types import SimpleNamespace

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nlp.bare_text import bare_sentences, run_on_counts
from nlp.clause_splits import (HARD_SPLIT, KEEP_THE, KEPT, NEW_QUESTION, STRONG_SPLIT, WEAK_SPLIT, aside_marks, each_head,
                               list_items, run_on_split, split_spans)
from nlp.dash_clauses import dash_clause
from nlp.dates import find_dates
from nlp.inner_packs import inner_pack, topped_up
from nlp.jieba_words import glued_and as _glued_and, jieba as _jieba, jieba_words as _jieba_words
from nlp.quantities import SAME_OF, Qty, find_quantities, in_history
from nlp.quote_picks import cited_counts
from nlp.variants import variant_kinds
from nlp.prefilter import prefiltered

Doc.set_extension("today", default=None, force=True)
Doc.set_extension("due_hits", default=None, force=True)
Doc.set_extension("chunks", default=None, force=True)  # list of (start, end, [Qty]) char spans

CODE_RE = re.compile(r"[a-z]+\d|\d+[a-z]|\d{4,}", re.I)
# 一样 before a count is "each" ("红的蓝的一样来两卷"); after 也 / 同 / 上次 it is "the same".
ZH_EACH_WORD = r"各(?!位)|每种|每样|每款|(?<![也同次])一样(?=来|要|[一二两三四五六七八九十百千\d])"
ZH_EACH = prefiltered(ZH_EACH_WORD + "|分别")
EACH_RE = re.compile(r"\beach\b|" + ZH_EACH_WORD)
LIST_GAP = re.compile(r"\s*[、和及与]\s*")  # "M8、M10", "DN50和DN80": items of one list
ZH_CHAR = re.compile(r"[\u4e00-\u9fff]")
NAMED_SIZE = re.compile(r"[\u4e00-\u9fff]{2}\d+(?:\.\d+)?的")  # "磨光片100的和…": an item with its own noun and size
ZH_SPEC = re.compile(r"(?<![\d.])\d+(?:\.\d+)?的")  # "100的": the goods of size 100
LIST_ITEM = 14  # characters: a longer piece before 各 is a clause of its own, not a list item
EACH_REACH = 60  # characters after a clause in which an "N of each" still refers to its list
CONTENT_RE = prefiltered(r"[a-z]{3,}|[\u4e00-\u9fff]{2,}|[a-z]+\d|\d+-?[a-z]|\d{5,}", re.I)  # "6205-zz" names a product


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
    glued = _glued_and((t.idx, t.text) for t in doc)
    chunks = doc._.chunks = find_chunks(doc.text, doc._.due_hits, glued)
    spans = [doc.char_span(s, e, label="CHUNK", alignment_mode="expand") for s, e, _ in chunks]
    doc.spans["chunk"] = [sp for sp in spans if sp is not None]
    return doc


# ("改成两桶白的": the new count may name which variant of the goods it counts; "改成六桶啊送货还是明天":
# in unpunctuated speech a particle after the count closes the change, the talk after it counts nothing)
NEW_COUNT = re.compile(r"\s*(?:改成|改为|换成|改到|加到|减到)\s*(?:吧|了)?\s*(?P<which>[\u4e00-\u9fff]{1,3}的)?\s*"
                       r"(?:[啊呀吧哈啦嘛][\u4e00-\u9fff\s]*)?")
WEAK_CITED = 0.2  # no count a reading takes (0.5), cut from the name like other weak numbers (readings._mention_for)
ONE_PACK, PIECES = frozenset("箱盒包袋组捆件"), frozenset("个只支把条根片")
LENGTH_SPEC = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:m|mm|cm|ft|metres?|meters?)\s+(?:long|leng\w*)\b", re.I)

def find_chunks(text: str, due_hits, glued: frozenset[int] | None = None) -> list[tuple[int, int, list[Qty]]]:
    """Candidate order-line chunks of a body as (start, end, quantity candidates), dates left out of counts."""
    if glued is None:  # jieba is asked only when there is a 和 to judge
        glued = _glued_and(_jieba_words(text)) if "和" in text else frozenset()
    blocked = [(h.start, h.end) for h in due_hits or []]
    chunks: list[tuple[int, int, list[Qty]]] = []
    for ss, se in bare_sentences(text, split_spans(STRONG_SPLIT, text, 0, len(text), aside_marks(text))):
        head = each_head(text, ss, se)  # "6 of each: A, B, C": every item after the colon is a chunk of its own
        if head is not None:
            chunks += _sentence_chunks(text, ss, head, blocked, glued) + [
                (a, b, _qty(text, a, b, blocked)) for a, b in list_items(text, head, se, _in_brackets(text, head, se))]
        else:
            chunks += _sentence_chunks(text, ss, se, blocked, glued)
    return chunks


def _sentence_chunks(text: str, ss: int, se: int, blocked, glued) -> list:
    """The chunks of one sentence, text[ss:se]."""
    sentence: list = []
    # "RECIPE BOX 三款（metal heart、blue sketchbook、retrospot）": a bracketed 、 list is one chunk's
    listed = frozenset(i for i in _in_brackets(text, ss, se) if text[i] == "、")
    for hs, he in (p for span in split_spans(HARD_SPLIT, text, ss, se, listed) for p in run_on_split(text, *span)):
        clause, hard = _soft_pieces(text, hs, he, blocked, glued), False
        if sentence:
            # A dash joins like a comma ("hot water bottles - chocolate one"); 、/，do not.
            # "… (red, ivory, blue) - and are the bread bins back?": a question opening after it is a clause of its own.
            dash = bool(re.search(r"\s[-–—]\s", text[sentence[-1][1] : hs])) and not NEW_QUESTION.match(text, hs)
            parted = dash_clause(text, clause, bool(sentence[-1][2]), lambda a, b: _qty(text, a, b, blocked),
                                 lambda a, b: _in_brackets(text, a, b), CONTENT_RE) if dash else clause
            hard = parted is not clause and not sentence[-1][2]  # (after a count closing a line, the next item is its own)
            clause = parted
            if dash and _row_item(text, sentence[-1], clause[0], len(clause)):
                # "Mini jigsaws - circus parade: 24": on a list row, the dash joins a name's two halves
                sentence = sentence[:-1] + [(sentence[-1][0], clause[0][1], sentence[-1][2] + clause[0][2])]
            else:
                sentence = _merge(text, sentence, clause[0], soft=dash)
            clause = clause[1:]
        for k, piece in enumerate(clause):
            sentence = _merge(text, sentence, piece, soft=not (hard or _counted_after(text, clause, k)))
    return _join_lists(text, sentence)


def _counted_after(text: str, pieces: list, k: int) -> bool:
    """ "the sweetheart cakestand, 12 pcs, and the regency one, 12 pcs": a count-less name whose own count
    follows it alone is a line of its own, not a description of the counted one before."""
    if k + 1 >= len(pieces) or pieces[k][2] or not pieces[k + 1][2]:
        return False
    (s, e, _), (ns, ne, nq) = pieces[k], pieces[k + 1]
    return bool(CONTENT_RE.search(text, s, e)) and not CONTENT_RE.search(_strip(text[ns:ne], nq, ns))


def _row_item(text: str, prev, new, pieces: int) -> bool:
    """Whether a count-less name, a dash, and one counted piece closing its line make one list row."""
    ends = re.match(r"[ \t.]*(?:\n|$)", text[new[1]:]) is not None
    return not prev[2] and len(new[2]) == 1 and pieces == 1 and ends and "\n" not in text[prev[0] : new[1]]


def _soft_pieces(text: str, s: int, e: int, blocked, glued=frozenset()) -> list:
    """A clause cut at ", " / "and" when it holds several quantities ("SWISS ROLL TOWEL, PINK SPOTS" stays whole)."""
    skip = glued | _in_brackets(text, s, e)
    pieces = [(a, b, _qty(text, a, b, blocked)) for a, b in split_spans(WEAK_SPLIT, text, s, e, skip)]
    # "three score of the red spoons and the same of the blue": "the same of" counts its piece by the one before
    counted = sum(1 for a, b, q in pieces if any(x.strength >= 1 for x in q) or SAME_OF.search(text, a, b))
    coded = sum(1 for a, b, q in pieces if CODE_RE.search(text[a:b]) or _zh_spec(text, a, b, q))
    # "DN100和DN150", "22727, 22728": one product per coded piece even without counts.
    # "HOME and LOVE block words? we'd take 20 of each": an "each" just after also splits the list.
    # "make the pink ones 36, the green ones stay as they are": a piece naming what stays parts from the count
    stays = counted and any(not q and (KEPT.search(text, a, b) or KEEP_THE.match(text, a)) for a, b, q in pieces[1:])
    if counted < 2 and not EACH_RE.search(text[s : e + EACH_REACH]) and coded < 2 and not stays:
        # a clause that split into nothing is its own one piece: its counts are already read
        whole = pieces[0][2] if len(pieces) == 1 and pieces[0][:2] == (s, e) else _qty(text, s, e, blocked)
        return run_on_counts(text, [(s, e, whole)])
    return run_on_counts(text, pieces)  # "6 of the cans 6 of the buckets and 20 pads": each piece may run on too


def _zh_spec(text: str, a: int, b: int, qty: list[Qty]) -> bool:
    """"磨光片100的", "105切割片": a Chinese piece naming its goods by a bare size number (no count) is coded too."""
    return bool(ZH_CHAR.search(text, a, b)) and (ZH_SPEC.search(text, a, b) is not None or any(
        q.unit is None and q.strength < 2 and ZH_CHAR.match(text, q.end) for q in qty))


def _in_brackets(text: str, s: int, e: int) -> frozenset[int]:
    """Offsets inside a closed bracket of text[s:e]: "(set of 2, ctn = 12)" says one thing, its comma parts nothing."""
    if "(" not in text[s:e]:
        return frozenset()
    inside, depth = set(), 0
    for i in range(s, e):
        depth += (text[i] == "(") - (text[i] == ")" and depth > 0)
        if depth:
            inside.add(i)
    close = text.rfind(")", s, e)
    return frozenset(i for i in inside if i < close)


def _qty(text: str, s: int, e: int, blocked) -> list[Qty]:
    """Quantity candidates of text[s:e] in body coordinates, minus those about earlier orders."""
    qty = topped_up(text, [inner_pack(text, _shift(q, s), e) for q in find_quantities(text[s:e], _local(blocked, s))])
    # "your list shows '… (12)'. a better price at 36?": the cited count stays out of the name, but is no option
    cited = cited_counts(text, qty)
    qty = [q for q in qty if q not in cited] + [replace(q, strength=WEAK_CITED) for q in cited]
    # ("上次订的轴承100套，这次要150套": in Chinese last time's count too stays out of the name, as no option)
    said = [replace(q, strength=min(q.strength, WEAK_CITED)) for q in qty if in_history(text, q)] if ZH_CHAR.search(text, s, e) else []
    return [q for q in qty if not in_history(text, q)] + said


def _join_lists(text: str, chunks: list) -> list:
    """"M8、M10镀锌螺母各两盒", "DN50和DN80闸阀各两台": the short list items before an 各 clause
    join it in one chunk (they share its family words and its count)."""
    out: list = []
    for s, e, q in chunks:
        if ZH_EACH.search(text[s:e]):
            # "白漆和黄漆，各要几桶": a clause opening with 各 counts the list before its comma.
            gap = re.compile(r"\s*[、和及与,]\s*") if ZH_EACH.match(text, s) else LIST_GAP
            while out and gap.fullmatch(text[out[-1][1] : s]) and out[-1][1] - out[-1][0] <= _item_reach(text, out[-1], s) \
                    and not any(x.strength >= 2 for x in out[-1][2]):
                gap = LIST_GAP
                ps, _, pq = out.pop()
                s, q = ps, sorted(pq + q, key=lambda x: (-x.strength, x.start))
        elif out and not out[-1][2] and not any(x.strength >= 2 for x in q) and LIST_GAP.fullmatch(text[out[-1][1] : s]) \
                and out[-1][1] - out[-1][0] <= LIST_ITEM and ZH_CHAR.search(text[s:e]) and not NAMED_SIZE.search(text, *out[-1][:2]):
            ps, _, pq = out.pop()  # "请问DN100和DN150的蝶阀什么价": a count-less list is one chunk too
            s, q = ps, pq + q
        elif out and "分别" in text[out[-1][0] : out[-1][1]] and LIST_GAP.fullmatch(text[out[-1][1] : s]) \
                and q and not CONTENT_RE.search(_strip(text[s:e], q, s)):
            ps, _, pq = out.pop()  # "分别要一百套和两百套": the counts after 分别 stay with their list
            s, q = ps, pq + q
        out.append((s, e, q))
    return out


def _item_reach(text: str, item, start: int) -> int:
    """How long a list item before an 各 clause may be: one ending in a colour, size or material before an
    enumeration comma (、) may carry the family name too ("alarm clock bakelike 绿色、红色、粉色各二十个")."""
    tail = text[item[0] : item[1]].split()[-1:]
    return LIST_ITEM * 3 if text[item[1] : start].strip() == "、" and tail and variant_kinds(tail[0]) else LIST_ITEM


def _merge(text: str, chunks, new, soft: bool = True):
    """Glue a piece to the previous chunk when one of them lacks a quantity ("(set of 6)" only sizes a pack) or a product
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
    joined = re.fullmatch(r"[\s,]*(?:(?:and|also|plus|&|\+)\s*)+", text[pe:s]) is not None  # "and also 2mm" too
    two_codes = joined and bool(CODE_RE.search(_strip(text[s:e], q, s))) and bool(CODE_RE.search(_strip(text[ps:pe], pq, ps)))
    # "22423, 85123A, 84879": a comma alone parts codes too when no real count sits with them.
    listed = text[pe:s].strip() == "," and not any(x.strength >= 0.5 for x in pq + q) \
        and bool(CODE_RE.search(text[ps:pe])) and bool(CODE_RE.search(text[s:e]))
    # "1" galv pipe, 6m lengths": the length of the pieces describes the item before, no product of its own.
    lone = lone or (prev_content and LENGTH_SPEC.match(text, s) is not None)
    # "…, the green ones stay as is"; "… and the same of the blue" is a line of its own
    stays = not q and pq and (KEPT.search(text, s, e) or KEEP_THE.match(text, s) or SAME_OF.search(text, s, e))
    # "白漆要两桶，改成四桶": a new count for the goods just named, said in a clause of its own; the count
    # before it is the old one
    new_count = NEW_COUNT.fullmatch(_strip(text[s:e], q, s)) if q and prev_content else None
    # "挂灯烛台来一箱，48个", "两件，共96个": packs, then on their own the pieces they hold: the pieces are the count
    in_pieces = len(pq) == 1 == len(q) and pq[0].value < q[0].value and pq[0].unit in ONE_PACK and q[0].unit in PIECES
    in_pieces = in_pieces and re.fullmatch(r"[\s。.]*(?:一共|总共|共|合计)?[\s。.]*", _strip(text[s:e], q, s)) is not None  # not "M码两千只"
    new_count = new_count or (in_pieces and text[pe:s].strip() in (",", "，"))
    if new_count and (new_count is True or not new_count.group("which") or variant_kinds(new_count.group("which"))):
        old = [Qty(x.start, x.end, x.value, x.unit, min(x.strength, 0.2), x.pack_of) for x in pq]
        return chunks[:-1] + [(ps, e, sorted(q + old, key=lambda x: (-x.strength, x.start)))]
    if ((soft and not q and any(x.strength >= 0.5 for x in pq) and not two_codes) or lone) and not listed and not stays:
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
        _jieba()
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
