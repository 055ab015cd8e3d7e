"""Order extraction: message text in, intent + order lines + due date + confidences out."""
from __future__ import annotations

import datetime as dt
import re

from nlp.catalog import CatalogItem
from nlp.clean import clean, customer_of
from nlp.confidence import line_confidence, message_confidence
from nlp.intent import classify
from nlp.matcher import Matcher
from nlp.pipeline import CONTENT_RE, run
from nlp.quantities import Qty
from nlp.text import is_cjk, normalize
from nlp.units import convert

MAX_CHARS = 20_000  # longer bodies are cut: no order spans pages of text
MAX_INPUT = 2_000_000
ZH_FILLER = re.compile(r"^[\u4e00-\u9fff]{1,2}(?:工|总|经理|老板|师傅|姐|哥)(?=\W|$)|你好|您好|麻烦|帮忙|帮我|请|需要|"
                       r"报个价|报价|询价|价格|多少钱|还有多少|有多少|多少|有没有|还有吗|有吗|库存|现货|左右|大概|急用|"
                       r"尽快|这边|那边|这次|那个|这个|取消|订单|里|呢|还是|数量|不变|"
                       r"要|订购|采购|下单|订|发|送|来|给我们|我们|一下|谢谢|吧|呢|啊|的|了|先|共|各|再|一共|总共")
REFERENCE = re.compile(r"(?:\border|\bpo|\binvoice|\bref|\baccount|订单|单号|合同)\s*(?:no\.?|number|#)?\s*[:：#]?\s*"
                       r"[a-z0-9-]*\d[a-z0-9-]*", re.I)
EACH = re.compile(r"\beach\b|各", re.I)
SAME_AS_LAST = re.compile(r"same as (?:last|before|previous)|same again|as before|repeat|和上次一样|跟上次一样|同上次|照旧", re.I)


class Extractor:
    """Turns forwarded customer messages into order lines against one catalogue."""

    def __init__(self, items: list[CatalogItem], threshold: float = 0.8):
        self.items = list(items)
        self.by_sku = {it.sku: it for it in self.items}
        self.matcher = Matcher(self.items)
        self.threshold = threshold

    def remember_alias(self, customer: str, mention: str, sku: str) -> None:
        """Remember a human confirmation/correction; it wins for this customer next time."""
        self.matcher.remember_alias(customer, _mention_text(normalize(mention)), sku)

    def load_aliases(self, rows) -> None:
        """Re-feed persisted (customer, mention, sku) confirmations."""
        for customer, mention, sku in rows:
            self.remember_alias(customer, mention, sku)

    def extract(self, text: str, today: dt.date, lang: str = "auto", customer: str | None = None,
                sender: str | None = None) -> dict:
        """Intent, lines (sku, quantity in catalogue unit, mention, confidence, candidates), due date."""
        problem = _bad_input(text)
        if problem:
            return {"intent": "other", "lines": [], "due_date": None, "confidence": 0.0,
                    "customer": customer, "error": problem}
        cleaned = clean(text[:MAX_CHARS * 5], sender)
        customer = customer or customer_of(cleaned)
        body = normalize(cleaned.body)[:MAX_CHARS]
        lang = ("zh" if is_cjk(body) else "en") if lang == "auto" else lang
        doc = run(body, lang, today)
        lines = self._lines(body, doc, customer)
        lines = self._from_history(body, lines, cleaned.history, today, lang, customer)
        lines = _merge_same_sku(lines)
        intent = classify(body, len(lines))
        if intent == "other":
            lines = []
        due = next((h.date for h in doc._.due_hits if h.due and h.date >= today), None)
        if intent in ("other", "cancel"):
            due = None
        return {"intent": intent, "lines": lines, "due_date": due.isoformat() if due else None,
                "confidence": message_confidence(intent, lines, body), "customer": customer}

    def _lines(self, body: str, doc, customer: str | None) -> list[dict]:
        """Order lines of a body: one per chunk that names a product; stray quantities attach back."""
        lines: list[dict] = []
        context = header = ""
        for chunk in doc._.chunks:
            s, e, qtys = chunk
            qtys = [q for q in qtys if not self._is_code(body, q)]
            own = lines_content(body, s, e, qtys)
            if qtys and not own and any(ln["quantity"] is None for ln in lines):
                _attach(lines, qtys[0], body[s:e], self.by_sku)  # "我们这边大概要8台"
                continue
            line = self._line(body, (s, e, qtys), doc, customer, context)
            if line:
                if line["quantity"] is not None and EACH.search(body[s:e]):
                    _attach(lines, line["_qty"], "each", self.by_sku)  # "22727, 22728 - 16 of each"
                lines.append(line)
            elif qtys and not lines_content(body, s, e, qtys):
                _attach(lines, qtys[0], body[s:e], self.by_sku)
            if body[s:e].rstrip().endswith(":") and not qtys:
                header = _mention_text(body[s:e].rstrip(" :"))  # "we need drawer knobs:" heads a list
            elif not qtys or not line:
                header = ""
            # The product family said just before ("the edwardian parasols, 12 black") helps a bare variant.
            context = header or (_mention_text(_cut(body, s, e, [(q.start, q.end) for q in qtys]))
                                 if not line or line["quantity"] is None else line["mention"])
        for ln in lines:
            ln.pop("_qty", None)
        return lines
        return lines

    def _is_code(self, body: str, q: Qty) -> bool:
        """Whether the number is really a SKU written in the text (22423, 85123A, 84029G)."""
        m = re.match(r"[a-z0-9]+", body[q.start :])
        return bool(m) and m.group(0) in self.matcher._sku and len(m.group(0)) >= 4

    def _line(self, body: str, chunk, doc, customer: str | None, context: str = "") -> dict | None:
        """Best (quantity choice, SKU) reading of one chunk, or None when it is not an order line."""
        s, e, qtys = chunk
        dates = [(h.start, h.end) for h in doc._.due_hits or [] if s <= h.start < e]
        options: list[Qty | None] = [q for q in qtys if q.strength >= 0.5][:3]
        if not options or options[0].strength < 2:
            options.append(None)  # bare numbers may be part of the name ("304 M8x40 bolts")
        best = None
        for q in options:
            # Blank the chosen count, other unit-bearing counts and old values ("from 50"); bare
            # numbers stay, they may be part of the name ("304 M8x40").
            spans = [(x.start, x.end) for x in qtys if x is q or x.strength >= 2 or x.strength <= 0.2] if q else []
            mention = _mention_text(_cut(body, s, e, spans + dates))
            family = _family(context)
            if not CONTENT_RE.search(mention) and not family:
                continue
            tries = [mention, f"{family} {mention}"] if family else [mention]
            for text in tries if CONTENT_RE.search(mention) else tries[1:]:
                if text is not mention and best and best[0] >= self.threshold:
                    break  # the list header only helps lines that are unclear alone
                matches = self.matcher.match(text, top=3, customer=customer)
                if not matches:
                    continue
                cover = self.matcher.coverage.get(matches[0][0], 0.0)
                rank = line_confidence(matches, True, cover) + (0.03 * q.strength if q else 0.0)
                if best is None or rank > best[0]:
                    best = (rank, q, text, matches)
        if best is None:
            return None
        _, q, mention, matches = best
        return self._build_line(q, mention, matches, self.matcher.coverage.get(matches[0][0], 0.0))

    def _build_line(self, q: Qty | None, mention: str, matches, cover: float) -> dict | None:
        """The output line for a chosen quantity and match list."""
        conf = line_confidence(matches, q is not None, cover)
        # Without a quantity, only a clear product mention is a line (not "thanks dom", "usual address").
        if conf < 0.15 or (q is None and (conf < 0.35 or cover < 0.6)):
            return None
        sku = matches[0][0]
        item = self.by_sku[sku]
        qty = _round(_in_unit(q, item)) if q else None
        sure = conf >= self.threshold
        return {"sku": sku if sure or conf >= 0.3 else None, "quantity": qty, "_qty": q,
                "unit": item.unit, "mention": mention, "confidence": round(conf, 3),
                "candidates": [{"sku": k, "score": round(v, 3)} for k, v in matches[:3]]}

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
            return [ln for ln in old_by_sku.values()]
        for ln in lines:
            if ln["quantity"] is None and ln["sku"] in old_by_sku:
                ln["quantity"] = old_by_sku[ln["sku"]]["quantity"]
        return lines


def _bad_input(text) -> str | None:
    """Why an input cannot be read as a message, or None."""
    if not isinstance(text, str):
        return "text is not a string"
    if len(text) > MAX_INPUT:
        return f"message too large ({len(text)} chars)"
    sample = text[:4000]
    ctrl = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t")
    if "\x00" in sample or (sample and ctrl / len(sample) > 0.05):
        return "binary input"
    return None


def _cut(body: str, s: int, e: int, spans: list[tuple[int, int]]) -> str:
    """Chunk text with the given spans blanked out."""
    chars = list(body[s:e])
    for a, b in spans:
        for i in range(max(a, s), min(b, e)):
            chars[i - s] = " "
    return "".join(chars)


def _mention_text(text: str) -> str:
    """The product words of a chunk: filler, references, punctuation and stray separators dropped."""
    text = REFERENCE.sub(" ", text)
    text = ZH_FILLER.sub(" ", text)
    text = re.sub(r"^\W*(?:of|off)\b", " ", text.strip(), flags=re.I)
    text = re.sub(r"\b(?:of the|of|the)\s*$", " ", text, flags=re.I)
    return re.sub(r"\s+", " ", text.strip(" ,.;:-|\t()[]")).strip()


def _family(mention: str) -> str:
    """Product-family words of a mention: codes, numbers, colours and sizes dropped
    ("二保焊丝1.2" -> "二保焊丝", "red retrospot lunch bags" -> "retrospot lunch bags")."""
    text = re.sub(r"[a-z]*\d[a-z0-9.x*#-]*|[红蓝黄绿黑白灰][色的]?|\b(?:red|blue|green|black|white|pink|grey|yellow)\b|"
                  r"\b[sml]\b|\bxl\b|[sml]?码|号", " ", mention)
    return re.sub(r"\s+", " ", text).strip(" ,")


def lines_content(body: str, s: int, e: int, qtys: list[Qty]) -> bool:
    """Whether a chunk has product words besides its quantities."""
    return bool(CONTENT_RE.search(_mention_text(_cut(body, s, e, [(q.start, q.end) for q in qtys]))))


def _attach(lines: list[dict], q: Qty, text: str, by_sku: dict) -> None:
    """A quantity alone ("need like 8", "50 of each") belongs to the lines still without one."""
    open_lines = [ln for ln in lines if ln["quantity"] is None and ln["sku"]]
    if not open_lines:
        return
    targets = open_lines if re.search(r"\beach\b|各|both|all", text, re.I) else open_lines[-1:]
    if not targets or q is None:
        return
    for ln in targets:
        ln["quantity"] = _round(_in_unit(q, by_sku[ln["sku"]]))
        ln["confidence"] = round(ln["confidence"] * 0.95, 3)


def _in_unit(q: Qty, item: CatalogItem) -> float:
    """A quantity in the SKU's unit; a bare count of a boxed/bagged item in whole packs is pieces."""
    if q.unit is None and item.pack_size and item.unit.lower() in ("box", "bag") \
            and q.value >= item.pack_size and q.value % item.pack_size == 0:
        return q.value / item.pack_size
    return convert(q.value, q.unit, item, _pack_of(q, item))


def _pack_of(q: Qty, item: CatalogItem) -> float | None:
    """The message's own pack size, unless the item itself is that pack ("PACK OF 12 ...")."""
    names = " ".join(item.all_names())
    if q.pack_of and re.search(rf"(?:of|/)\s*{int(q.pack_of)}\b|\b{int(q.pack_of)}\b", names, re.I):
        return None
    return q.pack_of


def _round(x: float) -> float | int:
    """Whole numbers as int, others to 4 decimals."""
    return int(round(x)) if abs(x - round(x)) < 1e-6 else round(x, 4)


def _merge_same_sku(lines: list[dict]) -> list[dict]:
    """One line per SKU: quantities of repeated SKUs are summed."""
    out: dict[str, dict] = {}
    rest = []
    for ln in lines:
        key = ln["sku"]
        if key is None:
            rest.append(ln)
        elif key in out:
            prev = out[key]
            if prev["quantity"] is not None and ln["quantity"] is not None:
                prev["quantity"] = _round(prev["quantity"] + ln["quantity"])
            prev["confidence"] = min(prev["confidence"], ln["confidence"])
        else:
            out[key] = ln
    return list(out.values()) + rest
