"""A reply accepting a quoted list but some of its rows ("yes to all of the above except the doormats"): the quoted
rows left are the order."""
from __future__ import annotations

import re

from nlp.text import stem

# "yes to all of the above except the doormats", "ok for all apart from the bunting", "confirm all but the mugs"
ALL_BUT = re.compile(r"\b(?:yes|ok|okay|happy|fine|go ahead|confirm(?:ed)?|agreed?)\b[^.\n]{0,20}?\ball\b"
                     r"(?:\s+(?:of\s+)?(?:the above|that|those|these|them|items|lines|rows))?\s*,?\s*"
                     r"(?:except|apart from|bar|but not|but|minus|without)\s+(?:for\s+)?(?P<x>[a-z][^.;!?\n]*)", re.I)
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
