"""Filler words a mention says as part of a product's name ("fine wicker heart", "hot stuff")."""
from __future__ import annotations

import numpy as np

from nlp.words import CHAT_FILLER, STOPWORDS


def named_fillers(every: list[str], raw: list[str], post, name_text: list[list[str]]) -> list[str]:
    """The chat filler words among a mention's terms (`every`, none dropped) that name goods here: a catalogue
    word said next to a word it stands next to in some item's name, in the same order ("FINE WICKER HEART" from
    "fine wicker heart"); a lone "fine", or "fine" beside another of the name's words ("that's fine, heart"), stays
    filler. `raw` holds the terms already kept."""
    if len(every) == len(raw):
        return []
    out: list[str] = []
    for i, t in enumerate(every):
        if t not in CHAT_FILLER or t not in post or len(t) < 4 or t in raw or t in out:
            continue
        pairs = [(every[i - 1], f"{every[i - 1]} {t}")] if i else []
        pairs += [(every[i + 1], f"{t} {every[i + 1]}")] if i + 1 < len(every) else []
        if any(_named_together(post, name_text, t, w, pair) for w, pair in pairs):
            out.append(t)
    return out


def _named_together(post, name_text: list[list[str]], t: str, w: str, pair: str) -> bool:
    """Whether some item's name has the two words side by side as the mention wrote them."""
    if w in STOPWORDS or w not in post:
        return False
    rows = np.intersect1d(post[t], post[w], assume_unique=True)
    return any(f" {pair} " in f" {name} " for r in rows.tolist() for name in name_text[r])
