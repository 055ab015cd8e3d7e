"""Features of an output line for the line-drop probe (bench/nlp_drop_probe.py): is its product wanted at all?

Measures only: the learned dropper did not help honestly (see the probe), so nothing here is wired into nlp/.
"""
from __future__ import annotations

import re
import zlib

from nlp.text import is_cjk

DIM = 1 << 12  # hashed feature space; small enough to ship as a JSON list
SENT_END = re.compile(r"[.!?\n。！？；;]")
# Wording near a mention that says the product is not being asked for now (history, a swap, a side remark).
CUES = {name: re.compile(rx, re.I) for name, rx in {
    "last": r"\blast (?:time|order|week|month|year)|\bprevious|\bago\b|上次|上回|之前|以前|去年",
    "instead": r"\binstead\b|\brather than\b|\breplace|\bswap|\bchange\b|换成|改成|代替|不要",
    "not": r"\bnot\b|n't\b|\bno\b|\bwithout\b|\bcancel|\bdrop\b|\bremove|不|没|别|取消",
    "stock": r"\bout of stock\b|\bsold out\b|\bunavailable\b|\bback ?order|缺货|没货|断货",
    "price": r"[£$€¥]|\bprice|\bcost|\bpaid\b|\bper\b|\beach\b|价格|单价|元|块",
    "ref": r"\border\s*(?:no|number|#)|\bpo\b|\bref\b|\binvoice|\btel\b|\bphone|\bcall\b|订单号|单号|电话|手机",
    "ask": r"\?|\bdo you\b|\bhave you\b|\bany\b|吗|有没有|是否",
    "was": r"\bwas\b|\bwere\b|\bhad\b|\bbought\b|\bordered\b|\bsent\b|\breceived\b|\bcame\b|了",
    "like": r"\blike\b|\bsimilar\b|\bsame as\b|\bmatching\b|\bgo with\b|一样|类似|配",
    "also": r"\balso\b|\bplus\b|\band\b|还|再|另外|加",
    "sig": r"^\s*(?:--|regards|thanks|thank you|cheers|best|kind regards|sent from)|此致|谢谢",
}.items()}
WORDS = True  # False: leave out the words of the mention and around it (bench/nlp_drop_probe.py --no-words)
QTY_BINS = ((0, "q0"), (1, "q1"), (10, "q10"), (100, "q100"), (1000, "q1k"), (10**9, "qbig"))


def _h(name: str) -> int:
    """A stable bucket for a feature name (Python's hash is salted per process)."""
    return zlib.crc32(name.encode("utf-8")) % DIM


def _tokens(s: str) -> list[str]:
    """Lowercased English words and single Han characters, in order."""
    return re.findall(r"[a-z]+|\d+|[\u4e00-\u9fff]", s.lower())


def locate(text: str, mention: str) -> tuple[int, int]:
    """Where a line's mention stands in the text (the first word of it when the whole is not found)."""
    low, m = text.lower(), mention.lower().strip()
    i = low.find(m) if m else -1
    if i >= 0:
        return i, i + len(m)
    for w in sorted(_tokens(m), key=len, reverse=True):
        j = low.find(w)
        if j >= 0 and len(w) > 2 or j >= 0 and is_cjk(w):
            return j, j + len(w)
    return -1, -1


def _qbin(q) -> str:
    """A coarse bin of a count."""
    if q is None:
        return "qnone"
    return next((name for top, name in QTY_BINS if q <= top), "qbig")


def _context(text: str, a: int, b: int) -> list[str]:
    """Features of the words and lines around a mention."""
    if a < 0:
        return ["nopos"]
    left, right = _tokens(text[max(0, a - 40) : a]), _tokens(text[b : b + 25])
    out = [f"L1:{w}" for w in left[-1:]] + [f"L:{w}" for w in left[-4:]] + [f"R1:{w}" for w in right[:1]]
    out += [f"R:{w}" for w in right[:3]]
    s0 = max((m.end() for m in SENT_END.finditer(text, 0, a)), default=0)
    s1 = (SENT_END.search(text, b) or re.search(r"$", text)).end()
    near, sent = text[max(0, a - 30) : min(len(text), b + 20)], text[s0:s1]
    for name, rx in CUES.items():
        out += [f"{side}:{name}" for side, span in (("cN", near), ("cS", sent)) if rx.search(span)]
    line = text[text.rfind("\n", 0, a) + 1 : a]
    out += ["quoted"] * bool(re.match(r"\s*>", line))
    out += ["below_quote"] * bool(re.search(r"^\s*(?:>|-{2,}|_{3,}|on .{5,60} wrote:|from:|发件人)", text[:a], re.I | re.M))
    out += [f"posfrac{min(int(4 * a / max(len(text), 1)), 3)}"]
    return out


def features(text: str, intent: str, lines: list[dict], k: int) -> list[str]:
    """Feature names of the k-th output line of a message read by the rules."""
    ln = lines[k]
    lang = "zh" if is_cjk(text) else "en"
    cands = ln.get("candidates") or []
    top = cands[0]["score"] if cands else 0.0
    gap = top - cands[1]["score"] if len(cands) > 1 else 1.0
    conf = ln.get("confidence") or 0.0
    mt = _tokens(ln.get("mention") or "")
    f = ["B", f"lang:{lang}", f"intent:{intent}", f"nl:{min(len(lines), 5)}", f"k:{min(k, 3)}",
         f"last:{k == len(lines) - 1}", _qbin(ln.get("quantity")), f"unit:{ln.get('unit') or '-'}",
         f"top:{int(top * 10)}", f"gap:{min(int(gap * 10), 5)}", f"conf:{int(conf * 10)}",
         f"mlen:{min(len(mt), 8)}", f"ncand:{min(len(cands), 3)}"]
    f += [f"{lang}:top:{int(top * 10)}", f"{lang}:conf:{int(conf * 10)}", f"{intent}:nl:{min(len(lines), 5)}"]
    f += ["dup_sku"] * (sum(x.get("sku") == ln.get("sku") for x in lines) > 1)
    f += ["sibling_out"] * any(c["sku"] == x.get("sku") for c in cands[1:] for x in lines if x is not ln)
    f += [f"M:{w}" for w in mt[:6] if not w.isdigit()]
    a, b = locate(text, ln.get("mention") or "")
    f = sorted(set(f + _context(text, a, b)))
    return f if WORDS else [x for x in f if not re.match(r"(?:M|L|R|L1|R1):", x)]


def indices(feats: list[str]) -> list[int]:
    """Hashed columns of a feature list (each name once)."""
    return sorted({_h(f) for f in feats})

