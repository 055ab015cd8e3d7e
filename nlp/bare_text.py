"""Chat-style bodies with no punctuation at all ("are the mint ones back yet and the pink ones"): where a written
body would end a sentence, cut at the words that open one."""
from __future__ import annotations

import re

# Any mark a written body ends or parts its clauses with (a colon between digits is a time, a point a decimal).
SENTENCE_MARK = re.compile(r"[,;!?]|:(?!\d)|\.(?=\s|$)")
# "… back yet and the pink ones", "… 24 of the large also what's the price …", "… wall clock we'd want 6": an "and
# the …", an "also", or a wish with a count ("we'd want 6", "thinking 10 of each") opens a sentence of its own
# (the subject stays with its verb: no cut between "we'd" and "want").
OPENER = re.compile(r"\s+and\s+(?=(?:the|those)\s)|\s+also\s+|"
                    r"(?<!\bi)(?<!\bwe)(?<!'d)(?<!'ll)(?<!\swould)(?<!\swill)\s+"
                    r"(?=(?:(?:i|we)(?:'d|'ll| would| will)?\s+)?"
                    r"(?:want|need|take|could (?:do with|use)|thinking|looking for)\s+(?:[a-z~]+\s+){0,2}?\d)")
EACH_OF = re.compile(r"\b(?:each|both)\b")  # "10 each of the red bags and the blue bags" is one list


def bare_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence spans of a body, each cut before an OPENER when the body has no punctuation mark."""
    if SENTENCE_MARK.search(text):
        return spans
    out = []
    for s, e in spans:
        cuts = [m for m in OPENER.finditer(text, s, e)
                if text[s : m.start()].strip() and not EACH_OF.search(text, s, m.start())]
        starts, ends = [s] + [m.end() for m in cuts], [m.start() for m in cuts] + [e]
        out += [(a, b) for a, b in zip(starts, ends) if text[a:b].strip()]
    return out
