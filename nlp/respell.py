"""A word typed one slip off a catalogue word is read as that word ("balck" -> "black", "legnths" -> "lengths")."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from nlp.text import stem
from nlp.units import UNIT_WORDS

_WORD = re.compile(r"(?<![\w-])[a-z]{5,}(?![\w-])")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=1)
def _english() -> dict:
    """pyspellchecker's English word list: a real word ("there", "files") is never taken for a slip."""
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1).word_frequency.dictionary


def slips(word: str) -> set[str]:
    """Words one slip from `word`: two neighbours swapped, a letter dropped, added or mistyped (the first kept)."""
    heads = [(word[:i], word[i:]) for i in range(1, len(word) + 1)]
    swapped = {a + b[1] + b[0] + b[2:] for a, b in heads if len(b) > 1}
    dropped = {a + b[1:] for a, b in heads if b}
    typed = {a + c + b[1:] for a, b in heads if b for c in _LETTERS}
    added = {a + c + b for a, b in heads for c in _LETTERS}
    return (swapped | dropped | typed | added) - {word}


def slips_under(word: str, heads: frozenset[str]) -> set[str]:
    """`slips(word)` whose letters but the last three are one of `heads`: a slip's head is tested before the slip
    is spelled out, and an edit inside the last letters leaves one head for all its spellings (the first letter kept)."""
    n, tail = len(word), word[len(word) - 3 :]
    out = {w for w in (word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, n - 1)) if w[: n - 3] in heads}
    out.update(w for w in (word[:i] + word[i + 1 :] for i in range(1, n)) if w[: n - 4] in heads)
    for i in range(1, n):  # a letter typed at i: the slip's head is its first n - 3 letters
        if i >= n - 3:
            if word[: n - 3] in heads:
                out.update(word[:i] + c + word[i + 1 :] for c in _LETTERS)
            continue
        out.update(h + tail for c in _LETTERS for h in (word[:i] + c + word[i + 1 : n - 3],) if h in heads)
    for i in range(1, n + 1):  # a letter added at i: the first n - 2 letters of the slip
        if i >= n - 2:
            if word[: n - 2] in heads:
                out.update(word[:i] + c + word[i:] for c in _LETTERS)
            continue
        out.update(h + tail for c in _LETTERS for h in (word[:i] + c + word[i : n - 3],) if h in heads)
    out.discard(word)
    return out


def respelt(text: str, known: Callable[[str], bool], heads: frozenset[str] | None = None) -> str:
    """`text` with each word that neither the catalogue (`known`) nor English has, and that is one slip from
    words of a single catalogue stem, written as that word (`heads`: no word is known unless its letters but the
    last three are one of them)."""
    english = _english()

    def fix(m: re.Match) -> str:
        word = m.group(0)
        if word in english or known(word) or word in UNIT_WORDS:  # the dictionary first: most words are English, a lookup is cheap
            return word  # (a unit word a writer brings from another language, "stuks", is no slip of "studs")
        near = sorted(w for w in (slips(word) if heads is None else slips_under(word, heads)) if known(w))
        # Between words of several stems, the one with the very letters typed (two swapped) is meant: "balck" is
        # black, not back
        same = [w for w in near if sorted(w) == sorted(word)]
        near = same if len({stem(w) for w in near}) > 1 and same else near
        return near[0] if near and len({stem(w) for w in near}) == 1 else word

    return _WORD.sub(fix, text)
