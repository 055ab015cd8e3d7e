"""A reply accepting a quoted list but some of its rows ("yes to all of the above except the doormats"): the quoted
rows left are the order."""
from __future__ import annotations

import re

from nlp.text import stem

# "yes to all of the above except the doormats", "ok for all apart from the bunting", "confirm all but the mugs"
ALL_BUT = re.compile(r"\b(?:yes|ok|okay|happy|fine|go ahead|confirm(?:ed)?|agreed?)\b[^.\n]{0,20}?\ball\b"
                     r"(?:\s+(?:of\s+)?(?:the above|that|those|these|them|items|lines|rows))?\s*,?\s*"
                     r"(?:except|apart from|bar|but not|but|minus|without)\s+(?:for\s+)?(?P<x>[a-z][^.;!?\n]*)", re.I)
# "same as invoice 4471 minus the mugs", the invoice's rows pasted below: those rows but the ones named
SAME_BUT = re.compile(r"\bsame as (?:(?:the|our|my|last)\s+)?(?:invoice|order|po|delivery)\b[^.\n]{0,25}?\s"
                      r"(?:minus|except(?: for)?|but without|without|less|bar)\s+(?:the\s+)?(?P<x>[a-z][^.;!?\n]*?)"
                      r"(?=\s*(?:please|pls|thanks|ta\b|[,.!;\n]|$))", re.I)
_SPLIT = re.compile(r"\s*(?:,|\band\b|&|\bor\b)\s*(?:the\s+)?", re.I)


def all_but(body: str, quoted: str) -> tuple[str, list[str]] | None:
    """The body without its acceptance and the quoted rows it keeps (those naming no excepted item), or None.
    `quoted`: the history's rows, quote marks and mail headers gone."""
    m = ALL_BUT.search(body) if quoted else None
    if not m:
        return None
    excepted = [_stems(x) for x in _SPLIT.split(re.sub(r"^the\s+", "", m.group("x").strip(), flags=re.I)) if _stems(x)]
    rows = [ln for ln in quoted.split("\n") if ln.strip()]
    kept = [ln for ln in rows if not any(x <= _stems(ln) for x in excepted)]
    if not excepted or len(kept) == len(rows):
        return None  # no quoted row is named: the reply's "except" says something else
    return body[: m.start()] + body[m.end() :], kept


def _stems(text: str) -> frozenset[str]:
    """The words of a text without a plural ending ("doormats" and "DOORMAT" are one word)."""
    words = re.findall(r"[a-z]{3,}", text.lower())
    return frozenset(stem(w) for w in words if w not in ("the", "ones", "one", "please"))


def same_but(body: str) -> str:
    """The body without the pasted rows a "same as invoice N minus the X" leaves out (rows after it naming X)."""
    m = SAME_BUT.search(body)
    if not m:
        return body
    excepted = [_stems(x) for x in _SPLIT.split(m.group("x").strip()) if _stems(x)]
    head, rows = body[: m.end()], body[m.end() :].split("\n")
    kept = [ln for ln in rows if not (re.search(r"\d", ln) and any(x <= _stems(ln) for x in excepted))]
    return head + "\n".join(kept) if excepted and len(kept) < len(rows) else body
