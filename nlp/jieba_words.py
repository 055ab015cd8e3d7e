"""jieba's word segmentation, loaded once, and what it tells of 和 inside words."""
from __future__ import annotations

import logging
from functools import lru_cache


def glued_and(words) -> frozenset[int]:
    """Offsets of a 和 inside or at the end of a word: "调和漆" holds a 和 that joins nothing (one that starts
    a word still separates: jieba reads "螺母和平垫" as 螺母 / 和平 / 垫)."""
    return frozenset(i + k for i, w in words if len(w) > 1 for k, c in enumerate(w) if c == "和" and k > 0)


def jieba_words(text: str) -> list[tuple[int, str]]:
    """(offset, word) of jieba's segmentation, as the zh pipeline's tokenizer cuts the text."""
    return [(start, word) for word, start, _ in jieba().tokenize(text)]


@lru_cache(maxsize=1)
def jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)  # its dictionary-loading chatter would pollute CLI output
    return jieba
