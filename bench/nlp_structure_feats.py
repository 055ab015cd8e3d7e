"""Features of a product span's place in its message's structure, for bench/nlp_structure_probe.py (measures only).

A span is described by its clause (bench/nlp_spans.py's cuts) and the clauses around it: the clause's words, cue
classes before and after the span inside the clause, the cues of the previous and next clause and of the sentence,
the clause's position, whether it is quoted or a question, whether a count stands next to the span, and the
rules' intent for the message. The product's own words are left out: the tagger is to read structure, not items.
"""
from __future__ import annotations

import re
import zlib

from nlp_spans import clauses, is_quoted

DIM = 1 << 14
TOK = re.compile(r"[a-z]+|\d+|[\u4e00-\u9fff]")
SENT = re.compile(r"[.!?\n。！？；;](?:\s|$)|\n")
NUM = re.compile(r"\d|\b(?:one|two|three|four|five|six|ten|twelve|twenty|thirty|fifty|hundred|dozen|doz|gross|score|"
                 r"a couple)\b|[一二两三四五六七八九十百千万半]+[个只件套箱盒包卷桶吨米条根张把台双对支打]", re.I)
# Cue classes: wording that says what a clause does (orders, corrects, swaps, quotes history, only asks)
CUES = {k: re.compile(v, re.I) for k, v in {
    "nowait": r"\bno wait\b|\bactually\b|\bscratch that\b|\bcorrection\b|\bi mean\b|\bmake (?:that|it|those|them)\b|"
              r"\bon second thought|\bsorry\b|\bmy mistake\b|\btypo\b|不对|说错|更正|搞错|应该是",
    "change": r"\bchange\b|\bswap\b|\breplace\b|\bswitch\b|\bamend\b|\bupdate\b|\bincrease\b|\breduce\b|\bbump\b|"
              r"换成|改为|改成|改到|调整|换|改",
    "instead": r"\binstead\b|\brather than\b|\bin place of\b|\bnot the\b|代替|而不是|不要",
    "link_to": r"\bto\b|\bfor\b|\binto\b|\bwith\b|->|→|=>|成|为",
    "not": r"\bnot\b|n't\b|\bno\b|\bwithout\b|\bnever\b|\bnone\b|不|没|别|无",
    "cancel": r"\bcancel|\bremove|\btake (?:off|out)\b|\bdrop\b|\bdelete|\bdon'?t need\b|取消|删|去掉|不需要",
    "last": r"\blast (?:time|order|week|month|year)|\bprevious|\bago\b|\bbefore\b|\busual\b|上次|上回|之前|以前|去年|原来",
    "same": r"\bsame (?:as|again)\b|\brepeat\b|\bas before\b|\bagain\b|同上次|照旧|一样|再来",
    "was": r"\bwas\b|\bwere\b|\bhad\b|\bbought\b|\bordered\b|\bsent\b|\breceived\b|\bcame\b|\barrived\b|\bdelivered\b|了",
    "ask": r"\bdo you\b|\bhave you\b|\bany\b|\bavailable\b|\bin stock\b|\bhow (?:much|many)\b|\bcan you\b|吗|有没有|是否|多少",
    "stock": r"\bout of stock\b|\bsold out\b|\bunavailable\b|\bback ?order|\bdiscontinued\b|\bno longer\b|缺货|没货|断货|停产",
    "price": r"[£$€¥]|\bprice|\bcost|\bquote\b|\bpaid\b|\bper\b|价格|单价|报价|元|块钱",
    "want": r"\bneed|\bwant|\bplease\b|\bpls\b|\border\b|\bsend\b|\bget\b|\bwe'?ll take\b|\badd\b|\bplus\b|要|订|来|发|补|加",
    "also": r"\balso\b|\band\b|\bplus\b|\bas well\b|还|再|另外|以及|和",
    "like": r"\blike\b|\bsimilar\b|\bmatching\b|\bgo with\b|\bsame as\b|类似|配",
    "customer": r"\bcustomer|\bclient|\bshe\b|\bhe\b|\bthey\b|客户|他|她",
    "future": r"\bnext (?:time|month|week|year|order)\b|\blater\b|\bmaybe\b|\bmight\b|\bthinking\b|下次|以后|可能",
    "sig": r"^\s*(?:--|regards|thanks|thank you|cheers|best|kind regards|sent from)|此致|谢谢",
    "qmark": r"\?|？",
}.items()}


def _h(name: str) -> int:
    """A stable bucket for a feature name."""
    return zlib.crc32(name.encode("utf-8")) % DIM


def indices(feats: list[str]) -> list[int]:
    """Hashed columns of a feature list (each once)."""
    return sorted({_h(f) for f in feats})


def _cues(tag: str, s: str) -> list[str]:
    """Cue classes present in a stretch of text."""
    return [f"{tag}:{k}" for k, rx in CUES.items() if rx.search(s)]


def _toks(s: str) -> list[str]:
    """Lowercase words, digit runs (as one class) and Han characters."""
    return ["<n>" if t.isdigit() else t for t in TOK.findall(s.lower())]


def features(text: str, a: int, b: int, intent: str, lang: str) -> list[str]:
    """Feature names of the product span text[a:b]."""
    cl = clauses(text) or [(0, len(text))]
    i = next((k for k, (s, e) in enumerate(cl) if s <= a < e), max([k for k, (s, _) in enumerate(cl) if s <= a] or [0]))
    cs, ce = cl[i]
    before, after = text[cs:a] if cs <= a else "", text[b:ce] if b <= ce else ""
    prev, nxt = (text[slice(*cl[i - 1])] if i else ""), (text[slice(*cl[i + 1])] if i + 1 < len(cl) else "")
    s0 = max((m.end() for m in SENT.finditer(text, 0, a)), default=0)
    m1 = SENT.search(text, b)
    sent = text[s0 : m1.end() if m1 else len(text)]
    f = ["B", f"lang:{lang}", f"intent:{intent}", f"ci:{min(i, 4)}", f"clast:{i == len(cl) - 1}",
         f"cfrac:{int(4 * i / len(cl))}", f"ncl:{min(len(cl), 8) // 2}", f"slen:{min(len(_toks(text[a:b])), 6)}"]
    q = is_quoted(text, a)
    f += ["quoted", f"quoted:{intent}"] * q
    before_cues, sent_cues = _cues("cb", before), _cues("S", sent)  # (each used twice)
    f += before_cues + _cues("ca", after) + _cues("P", prev) + _cues("N", nxt) + sent_cues
    f += _cues("Mb", text[:s0]) + _cues("Ma", text[b:])  # the message before the sentence, after the span
    f += [f"{c}:{intent}" for c in before_cues + sent_cues]
    f += _structure(before, after, prev, sent)
    f += ["num_before"] * bool(NUM.search(text[max(cs, a - 14) : a])) + ["num_after"] * bool(NUM.search(text[b : min(ce, b + 14)]))
    f += ["num_clause"] * bool(NUM.search(before + after))
    f += [f"W:{w}" for w in _toks(before + " " + after)]
    lt, rt = _toks(text[max(0, a - 40) : a]), _toks(text[b : b + 30])
    f += [f"L1:{w}" for w in lt[-1:]] + [f"L2:{w}" for w in lt[-3:-1]] + [f"R1:{w}" for w in rt[:1]] + [f"R2:{w}" for w in rt[1:3]]
    f += [f"P:{w}" for w in _toks(prev)[-3:]]
    return f


def _structure(before: str, after: str, prev: str, sent: str) -> list[str]:
    """Where the span sits against a swap or correction: "change X to Y" (X old, Y new), "Y instead of X"."""
    out = []
    chg_b, to_a = CUES["change"].search(before), CUES["link_to"].search(after)
    to_b = re.search(r"\b(?:to|for|into|with)\b|->|→|=>|成|为", before[chg_b.end():] if chg_b else "", re.I)
    if chg_b and not to_b:
        out.append("between_change_and_to" if to_a else "after_change")
    if chg_b and to_b:
        out.append("after_change_to")
    if re.search(r"\b(?:instead of|rather than|in place of)\s*(?:the\s+)?$|\bnot (?:the\s+)?$", before, re.I):
        out.append("right_after_instead_of")
    if re.search(r"^\s*(?:,\s*)?(?:instead|not)\b", after, re.I):
        out.append("right_before_instead")
    if CUES["nowait"].search(prev) or CUES["nowait"].search(before):
        out.append("after_nowait")
    if CUES["nowait"].search(after) or re.search(r"\b(?:no wait|actually|sorry)\b", sent[len(before):], re.I):
        out.append("before_nowait")
    return out
