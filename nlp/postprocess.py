"""Order-line bookkeeping: counts into catalogue units, lone counts, one line per SKU."""
from __future__ import annotations

import re

from nlp.bare_text import bare_bounds
from nlp.catalog import CatalogItem
from nlp.pipeline import ZH_EACH_WORD
from nlp.quantities import Qty
from nlp.text import terms
from nlp.units import convert
from nlp.prefilter import prefiltered
from nlp.count_context import MADE_IT

# "… the lunch box and the doormat? thinking 24 + 6": lone counts in a row, one per open line in turn
COUNT_RUN = re.compile(r"\s*(?:\+|&|and)\s*\d+(?:\.\d+)?(?=\s*(?:[.,;!?\n]|$))")


def attach(lines: list[dict], q: Qty, text: str, by_sku: dict, body: str = "") -> None:
    """A quantity alone ("need like 8", "50 of each") belongs to the lines still without one (the first of them
    when another lone count follows it in `body`)."""
    open_lines = [ln for ln in lines if ln["quantity"] is None and ln["sku"]]
    if not open_lines:
        return
    each = re.search(r"\beach\b|both|all|" + ZH_EACH_WORD, text, re.I)
    first = bool(body) and COUNT_RUN.match(body, q.end) is not None
    targets = [ln for ln in open_lines if not heading(ln, lines)] if each else _named(open_lines, text, by_sku, first, q)
    if not targets or q is None or q.strength < 0.5:
        return
    for ln in targets:
        ln["quantity"] = round_qty(in_unit(q, by_sku[ln["sku"]]))
        ln["_qty"] = q
        ln["confidence"] = round(ln["confidence"] * 0.95, 3)
        ln.setdefault("_f", {})["attached"] = 1.0


def heading(line: dict, lines: list[dict]) -> bool:
    """ "the key fobs - shed, back door and front door, 24 each": a count-less line whose words the variant
    lines after it were read with is their heading; the "each" counts the variants only."""
    head = line["mention"] + " "
    return any(ln.get("_f", {}).get("kin") and ln["mention"].startswith(head) for ln in lines[lines.index(line) + 1 :])


def each_over_articles(lines: list[dict], body: str, q: Qty, by_sku: dict) -> None:
    """ "a pail of white and a pail of yellow? need 2 of each": counts said as "a <pack>" name the form sold;
    a bare "N of each" after them is their count, in that pack."""
    said = [ln for ln in lines if ln["sku"] and ln.get("_qty") is not None and ln["_qty"].value == 1
            and ln["_qty"].unit and re.match(r"an?\s", body[ln["_qty"].start : ln["_qty"].end])]
    if len(said) < 2 or q.unit:
        return
    for ln in said:
        ln["quantity"] = None
    attach(said, Qty(q.start, q.end, q.value, said[0]["_qty"].unit, q.strength), "each", by_sku)


def _named(open_lines: list[dict], text: str, by_sku: dict, first: bool = False, q: Qty | None = None) -> list[dict]:
    """The open line a lone count's words name ("could take 10 boxes of the zinc" after zinc and stainless
    bolts): the only one whose item names share a word with them, else the last one (the first: `first`)."""
    said = set(terms(text)) if text else set()
    hits = [ln for ln in open_lines if said & set(terms(" ".join(by_sku[ln["sku"]].all_names())))]
    if not hits and text:
        # "ball valves DN50 and DN25 … 4 of the 50": a bare number after "the" names the size code that ends in it
        sizes = set(BARE_CODE.findall(text)) - ({f"{q.value:g}"} if q is not None else set())
        hits = [ln for ln in open_lines if any(re.search(rf"\b[a-z]{{1,3}}{n}\b", " ".join(by_sku[ln["sku"]].all_names()), re.I)
                                               for n in sizes)]
    return hits if len(hits) == 1 else open_lines[:1] if first else open_lines[-1:]


BARE_CODE = re.compile(r"\bthe\s+(\d{2,3})s?\b(?!\s*(?:mm|m\b|x|kg|l\b|pcs|pieces|boxes|off))", re.I)


def in_unit(q: Qty, item: CatalogItem) -> float:
    """A quantity in the SKU's unit; a bare count of a boxed/bagged item in whole packs is pieces."""
    boxed = item.unit.lower() in ("box", "bag")
    if q.unit in (None, "x") and item.pack_size and boxed and q.value >= item.pack_size and q.value % item.pack_size == 0:
        return q.value / item.pack_size
    if q.unit == "x" and boxed:
        return q.value  # "12 x nitrile gloves" sold by the box: 12 of the item as sold, as "gloves x 12"
    return convert(q.value, q.unit, item, _pack_of(q, item))


def _pack_of(q: Qty, item: CatalogItem) -> float | None:
    """The message's own pack size, unless the item itself is that pack ("PACK OF 12 ...") or the
    number is the item's code ("3 ctns of 22197": a code is never a count)."""
    if q.pack_of and f"{q.pack_of:g}" == item.sku:
        return None
    names = " ".join(item.all_names())
    if q.pack_of and re.search(rf"(?:of|/)\s*{int(q.pack_of)}\b|\b{int(q.pack_of)}\b", names, re.I):
        return None
    return q.pack_of


def round_qty(x: float) -> float | int:
    """Whole numbers as int, others to 4 decimals."""
    return int(round(x)) if abs(x - round(x)) < 1e-6 else round(x, 4)


TOTAL = re.compile(r"\b(?:total|altogether|in all)\b", re.I)


def merge_same_sku(lines: list[dict], keep_tiers: bool = False) -> list[dict]:
    """One line per SKU: quantities of repeated SKUs are summed (for a quote, different
    quantities of one SKU are price tiers, so the quantity is left open)."""
    out: dict[str, dict] = {}
    rest = []
    for ln in lines:
        key = ln["sku"]
        if key is None:
            rest.append(ln)
        elif key in out:
            prev = out[key]
            if prev["quantity"] is None or ln["quantity"] is None:
                prev["quantity"] = prev["quantity"] if ln["quantity"] is None else ln["quantity"]
            elif keep_tiers and prev["quantity"] != ln["quantity"]:
                prev["quantity"] = None
            elif TOTAL.search(ln["mention"] or "") and not TOTAL.search(prev["mention"] or ""):
                prev["quantity"] = ln["quantity"]  # "8 more for Leeds, so the total goes to 32": the sum is said
            elif prev["quantity"] is not None and ln["quantity"] is not None:
                prev["quantity"] = round_qty(prev["quantity"] + ln["quantity"])
            # The same item read from two places is more often a misread variant than a repeat.
            prev["confidence"] = min(prev["confidence"], ln["confidence"], 0.5)
            prev.setdefault("_f", {})["merged"] = 1.0
        else:
            out[key] = ln
    return list(out.values()) + rest


PRICE_Q = prefiltered(r"\bprice|\bcost|how much|\bquot|多少钱|价格|报价", re.I)
# "请报价" asks; "上回报价的那批", "贵司的报价", "按该报价采购" only refer to an earlier offer.
ASKING = re.compile(r"\?|how much|\bwhat\b|\bquot|多少|(?<!上回)(?<!上次)(?<!之前)(?<!贵司)(?<!的)(?<!按)(?<!该)(?<!此)报价(?!的)|报个价|什么价|吗", re.I)
SIDE_ASK = prefiltered(r",\s*(?:and\s+)?(?=what|how much)|\band (?=what|how much)", re.I)
QUESTION_Q = prefiltered(r"\?|do you have|any left|还有吗|有没有", re.I)
# "30 (not 40 as quoted)", "at the quoted price": words pointing back at an offer made ask no price
OFFER_SAID = re.compile(r"\b(?:as|than|was|were)\s+quoted\b|\bquoted\s+(?:price|rate|figure)s?\b", re.I)


def side_question(body: str, s: int, e: int) -> str:
    """Whether the chunk's sentence asks a price ("price") or another question ("question")."""
    # "pls send 24 of the lunch bags also what's the price on the jumbo bags": bare, "also" opens a sentence too
    bare_start, bare_end = bare_bounds(body, s)
    start = max([body.rfind(c, 0, s) + 1 for c in ".!?\n。！？"] + [bare_start])
    ends = [i for i in (body.find(c, e) for c in ".!?\n。！？") if i >= 0] + [bare_end - 1] * (bare_end < len(body))
    ends += [m.start() + e for m in [SIDE_ASK.search(body[e:])] if m]  # "10 x A, and what's the price on B?"
    sentence = OFFER_SAID.sub(" ", body[start : (min(ends) + 1 if ends else len(body))])
    if PRICE_Q.search(sentence) and ASKING.search(sentence):  # "price £1.65 agreed" asks nothing
        return "price"
    return "question" if QUESTION_Q.search(sentence) else ""


KINDS_HEADING = re.compile(r"(?:\d|[两二三四五六七八九十几])\s*(?:款|种)\s*[:：]")


def finish_lines(lines: list[dict], intent: str) -> list[dict]:
    """Final line list for an intent: side questions in an order get no line, quote tiers
    ("at 50 and at 100") leave the quantity open, one line per SKU, private keys dropped."""
    if intent == "other":
        return []
    # "cancel the tea towels - the retrospot ones (24)": a count-less line read again, refined, by the next
    lines = [ln for ln, nxt in zip(lines, lines[1:] + [None]) if not (
        nxt and ln["quantity"] is None and nxt["quantity"] is not None and nxt.get("_f", {}).get("kin"))]
    # "6204-2RS先不要了": a product taken off is no line of an order or a question, and 0 in a change.
    if intent in ("order", "quote", "stock_query"):
        lines = [ln for ln in lines if not ln.get("_neg")]
    elif intent == "change":
        for ln in lines:
            ln["quantity"] = 0 if ln.get("_neg") else ln["quantity"]
    # (unless every line is a counted one of a price question: "how much is X? … ok, six of each then" takes them)
    if intent == "order" and not all(ln["_side"] == "price" and ln["quantity"] is not None for ln in lines):
        lines = [ln for ln in lines if not (ln["_side"] == "price" or (ln["_side"] and ln["quantity"] is None))]
        if any(ln["quantity"] is not None for ln in lines):  # a count-less line heading real lines
            lines = [ln for ln in lines if ln["quantity"] is not None]
    # "hot water bottle 两款：22111 …, 22835 …": the family heading the kinds listed after it is no line of its own
    if any(ln["quantity"] is not None for ln in lines):
        lines = [ln for ln in lines if not (ln["quantity"] is None and KINDS_HEADING.search(ln.get("mention") or ""))]
    out = merge_same_sku(lines, keep_tiers=intent == "quote")
    for ln in out:
        ln.pop("_qty", None)
        ln.pop("_side", None)
        ln.pop("_neg", None)
    return out


# "we need 12 a week, please send 12", "… so just send 12 then": a clause that only asks for a count (N) of what was
# just named; "another", "more", "extra", "too", "also" would add to it, so they are not matched here
BARE_SEND = re.compile(r"\W*(?:(?:so|and|then|ok|okay)\W+)*(?:(?:please|pls|plz|could you|can you|would you|if you could)\s+)?"
                       r"(?:just\s+)?(?:send|order|supply|deliver|do|ship)\s+(?:us\s+|me\s+)?N"
                       r"(?:\s+(?:of (?:them|those|these|each)|please|pls|this time|for now|then|thanks?|now))*\W*", re.I)
MADE_TAIL = re.compile(r"(?:\s+(?:please|pls|instead|then|now|thanks?|for us|if you can|if poss(?:ible)?))*\W*", re.I)
# "we go through 12 a week", "we sell about 10 per month": how fast it goes, not the count sent now
RATE = re.compile(r"\b(?:a|per|every|each)\s+(?:day|week|fortnight|month|term|year)\b", re.I)


def restated(body: str, s: int, e: int, qtys: list, lines: list[dict], by_sku: dict) -> bool:
    """Whether body[s:e] only asks to send the count the line before has (no line; after a rate, the count sent wins)."""
    prev = lines[-1] if lines else None
    if len(qtys) != 1 or not prev or not prev["sku"] or prev["quantity"] is None or prev.get("_qty") is None:
        return False
    q, was = qtys[0], prev["_qty"]
    if q.strength < 1 or was.end > s:  # before the scans below: most lines stop here
        return False
    made = MADE_IT.search(body, max(s, q.start - 24), q.start) and re.fullmatch(r"[\w\s,']{0,40}", body[s : q.start]) \
        and MADE_TAIL.fullmatch(body, q.end, e)  # "… (2 t). Can you make that 4 t?": the line's count set anew
    if q.strength < 1 or was.end > s or not (made or BARE_SEND.fullmatch(body[s : q.start] + "N" + body[q.end : e])):
        return False
    if q.value == was.value and q.unit == was.unit:
        return True
    if (made or RATE.search(body, was.end, s)) and q.unit in (None, was.unit):
        prev["quantity"] = None
        attach([prev], q, "", by_sku)
        return prev["quantity"] is not None
    return False
