"""Chat lists with no commas ("the landmark frames notting hill covent garden and camden town 8 each"): the run
after a family parted into variant phrases by the catalogue, the family's sibling items giving the phrases."""
from __future__ import annotations

import re

from nlp.bare_text import SENTENCE_MARK
from nlp.distributed import CNT, count_value
from nlp.mentions import mention_text
from nlp.text import terms

MAX_PHRASE = 3  # words of one variant's name ("red retrospot", "back door", "covent garden")
MAX_NAMES = 5  # variant phrases before the "and" of a comma-less list
MAX_FILLER = 2  # words between the last variant and its shared count ("notting hill maybe 10 of each")
SPACED_AND = re.compile(r"\s+and\s+", re.I)
WORD = re.compile(r"\S+")
EACH_TAIL = re.compile(rf"\b(?P<n>{CNT})\s+(?:of\s+)?each\b", re.I)  # "a dozen each", "10 of each"


class SpacedLists:
    """Extractor methods parting a comma-less run of variant names (needs `Readings` and `DistributedLists`)."""

    def _phrases(self, run: list[str], after: list[str], family: set) -> list[str] | None:
        """The fewest phrases of 1-3 words a run parts into, each naming a sibling of the family (an item holding
        its words), then the longest such phrase after the "and"; None when a word names no sibling."""
        post = self.matcher._post
        family = {t for t in family if t in post}  # a word no item holds ("thinking") names no family
        if not family:
            return None
        siblings = set.intersection(*(set(post[t].tolist()) for t in family))
        names = [self.matcher._info(i)[0] - family for i in siblings]

        def names_one(words: list[str]) -> bool:
            """Whether every word is a name word and one sibling holds them all."""
            said = [set(terms(w)) for w in words]
            return all(said) and any(set().union(*said) <= nm for nm in names)

        best: list[list[str] | None] = [[]] + [None] * len(run)  # best[i]: the fewest phrases parting run[:i]
        for i in range(1, len(run) + 1):
            for k in range(1, min(MAX_PHRASE, i) + 1):
                prev = best[i - k]
                if prev is not None and names_one(run[i - k : i]) and (best[i] is None or len(prev) + 1 < len(best[i])):
                    best[i] = prev + [" ".join(run[i - k : i])]
        last = next((after[:k] for k in range(min(MAX_PHRASE, len(after)), 0, -1) if names_one(after[:k])), None)
        return best[-1] + [" ".join(last)] if best[-1] and last else None

    def _spaced_list(self, body: str, s: int, e: int, customer: str | None):
        """ "the key fobs shed back door and front door 24 each": a family, its comma-less variants and one count
        for each, in a body with no punctuation; (start, end, lines) or None."""
        m = EACH_TAIL.search(body, s, e) if not SENTENCE_MARK.search(body) else None
        joins = list(SPACED_AND.finditer(body, s, m.start())) if m else []
        if not joins or not count_value(m.group("n")):
            return None
        words = list(WORD.finditer(body, s, joins[-1].start()))
        after = body[joins[-1].end() : m.start()].split()
        q = self._qty(m, "n")
        for n in range(1, min(MAX_NAMES * MAX_PHRASE, len(words) - 1) + 1):
            head, start = self._head(body, s, words[-n].start())
            names = self._phrases([w.group(0) for w in words[-n:]], after, set(terms(head))) if head else None
            if not names or len(after) - len(names[-1].split()) > MAX_FILLER:
                continue
            lines = self._variant_set(mention_text(head), [(w, q) for w in names], customer)
            if lines:
                return start, m.end(), lines
        return None
