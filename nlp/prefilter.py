"""Faster cue scans: a regex prefixed with a look-ahead for the characters its matches can start with.

A long alternation is tried branch by branch at every position of a message; the look-ahead rejects
most positions with one character-class test. Matches are unchanged: every match of a pattern that
cannot match the empty string starts with a character of that class.
"""
from __future__ import annotations

import re

try:
    from re import _constants as C, _parser as P  # the stdlib's own pattern parser: no second grammar here
except ImportError:  # private modules: a Python that moves them gets plain patterns, slower but the same matches
    C = P = None

_CATEGORIES = {} if C is None else {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
               C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_REPEATS = () if C is None else (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))


def _char_class(items) -> list[str] | None:
    """Class fragments of a [...] set, None when it is negated."""
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is C.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            return None
    return out


def _first(seq) -> tuple[list[str] | None, bool]:
    """(class fragments a match of the sequence can start with or None if any, whether it can be empty)."""
    frags: list[str] = []
    for op, av in seq:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the first consumed character comes later
        if op is C.LITERAL:
            got, empty = [re.escape(chr(av))], False
        elif op is C.IN:
            got, empty = _char_class(av), False
        elif op is C.SUBPATTERN:
            got, empty = _first(av[-1])
        elif op is C.BRANCH:
            got, empty = [], False
            for alt in av[1]:
                f, e = _first(alt)
                if f is None:
                    return None, True
                got, empty = got + f, empty or e
        elif op in _REPEATS:
            got, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:
            return None, True  # any character, back-references, ...: no useful class
        if got is None:
            return None, True
        frags += got
        if not empty:
            return frags, False
    return frags, True


def prefiltered(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)` with a look-ahead on the first character when one can be derived."""
    if P is None:
        return re.compile(pattern, flags)
    frags, empty = _first(P.parse(pattern, flags))
    if frags is None or empty:
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{''.join(dict.fromkeys(frags))}])(?:{pattern})", flags)
