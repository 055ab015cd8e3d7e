"""The two-character look-ahead of nlp.prefilter: it only skips positions, never changes a match."""
import re

import pytest

from nlp.prefilter import prefiltered

PATTERNS = [
    r"\bswap (?:the|our)\b|\bpush back\b|\d+ (?:tins?|jars?) instead\b",
    r"(?:re|un)?stock\w*|\bbo?x\b|\d{2,}-\d|[ab]c?d",
    r"\bwould (?:you|they) mind\b|改|退货|\bx\d",
    r"(?<!\bno )\b(?:dozen|gross)\b|几[个盒]",
]
TEXTS = [
    "Could you swap the lids, push back Friday's drop and send 12 tins instead? Restock box 12-4 bd ad acd",
    "Would you mind: no dozen, a gross of x4 bolts. 退货 几个 改成 unstocked BOX",
    "",
    "x",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_spans_and_groups_match_the_plain_pattern(pattern):
    plain, fast = re.compile(pattern, re.I), prefiltered(pattern, re.I)
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
               [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_a_pair_look_ahead_is_added_when_every_start_has_a_second_class():
    assert prefiltered(r"\bfoo|ba[rz]").pattern == r"(?=[fb])(?=[f][o]|[b][a])(?:\bfoo|ba[rz])"


def test_a_one_character_match_stands_alone_in_the_pair_look_ahead():
    assert prefiltered(r"ab|c").pattern == r"(?=[ac])(?=[a][b]|[c])(?:ab|c)"


def test_a_repeated_class_reads_itself_or_what_follows_as_second():
    assert prefiltered(r"\d+x").pattern == r"(?=[\d])(?=[\d][\dx])(?:\d+x)"
    assert prefiltered(r"\d{2}x").pattern == r"(?=[\d])(?=[\d][\d])(?:\d{2}x)"


def test_no_pair_look_ahead_when_no_start_has_a_second_class():
    assert prefiltered(r"a|b").pattern == r"(?=[ab])(?:a|b)"
    assert prefiltered(r"(?i:ab)c").pattern.count("(?=") == 1  # a group with inline flags is not read through
