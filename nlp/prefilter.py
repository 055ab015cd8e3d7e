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


def _pairs(seq) -> list[tuple[str, str | None]] | None:
    """(first character's class, second's or None for any) per way a match of the sequence can start; None
    when some way has no first class. Zero-width items are skipped: the test only grows weaker."""
    seq = list(seq)
    for i, (op, av) in enumerate(seq):
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        rest = seq[i + 1:]
        if op is C.BRANCH:  # each alternative, followed by what comes after the alternation
            out = []
            for alt in av[1]:
                got = _pairs(list(alt) + rest)
                if got is None:
                    return None
                out += got
            return out
        if op is C.SUBPATTERN and not av[1] and not av[2]:  # a group without inline flags: read through it
            return _pairs(list(av[-1]) + rest)
        if op in _REPEATS and av[0] >= 1 and len(av[2]) == 1 and av[2][0][0] in (C.LITERAL, C.IN):
            return _repeat_pairs(av, rest)  # "\d+", "[a-z]{2,}": one class repeated
        one = [re.escape(chr(av))] if op is C.LITERAL else _char_class(av) if op is C.IN else None
        if one is None:  # anything else first: its first-character class alone
            frags, empty = _first(seq[i:])
            return None if frags is None or empty else [("".join(frags), None)]
        two, empty = _first(rest)
        return [("".join(one), None if two is None or empty else "".join(dict.fromkeys(two)))]
    return None


def _repeat_pairs(av, rest) -> list[tuple[str, str | None]] | None:
    """`_pairs` of a repeat of one character class (at least once) followed by `rest`."""
    lo, hi, ((op, item),) = av[0], av[1], list(av[2])
    one = [re.escape(chr(item))] if op is C.LITERAL else _char_class(item)
    if one is None:
        return None
    seconds = list(one) if hi >= 2 else []  # the class again, while the repeat may go on
    if lo == 1:  # or what follows, once it has matched once
        two, empty = _first(rest)
        if two is None or empty:
            return [("".join(one), None)]
        seconds += two
    return [("".join(one), "".join(dict.fromkeys(seconds)))]


def _pair_lookahead(seq) -> str:
    """A look-ahead on the first two characters ("(?=[a][bc]|[d])": a start allowing any second stands alone),
    or "" when none can be derived."""
    pairs = _pairs(seq)
    if not pairs or all(two is None for _, two in pairs):
        return ""
    seconds: dict[str, list[str] | None] = {}
    for one, two in pairs:
        if two is None or seconds.get(one, []) is None:
            seconds[one] = None
        else:
            seconds.setdefault(one, []).append(two)
    return "(?=" + "|".join(f"[{one}]" if twos is None else f"[{one}][{''.join(dict.fromkeys(twos))}]"
                            for one, twos in seconds.items()) + ")"


def prefiltered(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)` with a look-ahead on the first character when one can be derived, and
    one on the first two characters when every way a match can start has a second character class."""
    if P is None:
        return re.compile(pattern, flags)
    parsed = P.parse(pattern, flags)
    frags, empty = _first(parsed)
    if frags is None or empty:
        return re.compile(pattern, flags)
    # why: a long alternation of words passes the first-character test at most letters of a message;
    # the second character rejects most of those before the branches are tried one by one.
    return re.compile(f"(?=[{''.join(dict.fromkeys(frags))}]){_pair_lookahead(parsed)}(?:{pattern})", flags)
