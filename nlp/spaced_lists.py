"""Chat lists with no commas ("the landmark frames notting hill covent garden and camden town 8 each"): the run
after a family parted into variant phrases by the catalogue, the family's sibling items giving the phrases."""
from __future__ import annotations

import re

from nlp.bare_text import marked
from nlp.list_counts import CNT, count_value
from nlp.mentions import mention_text
from nlp.text import terms

MAX_PHRASE = 3  # words of one variant's name ("red retrospot", "back door", "covent garden")
MAX_NAMES = 5  # variant phrases before the "and" of a comma-less list
MAX_FILLER = 2  # words between the last variant and its shared count ("notting hill maybe 10 of each")
SPACED_AND = re.compile(r"\s+(?:and|&)\s+", re.I)
OF_THE = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?", re.I)  # "10 each of the …": the list follows the count
WORD = re.compile(r"\S+")
EACH_TAIL = re.compile(rf"\b(?P<n>{CNT})\s+(?:of\s+)?each\b", re.I)  # "a dozen each", "10 of each"


class SpacedLists:
    """Extractor methods parting a comma-less run of variant names (needs `Readings` and `DistributedLists`)."""

    def _phrases(self, run: list[str], after: list[str], family: set) -> list[str] | None:
        """The fewest phrases of 1-3 words a run parts into, each naming a sibling of the family (an item holding
        its words), then the longest such phrase after the "and"; None when a word names no sibling."""
        post = self.matcher.words
        family = {t for t in family if t in post}  # a word no item holds ("thinking") names no family
        top = self.matcher.match(" ".join(sorted(family)), top=1) if family else None
        # "hand warmers come to": the family is the words its best reading holds ("come" is some other item's)
        family &= self._names_of(top[0][0]) if top else set()
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
        """ "the key fobs shed back door and front door 24 each", "reels - 10 each of rosie daisy and ruby": a family,
        its comma-less variants and one count for each, in a body with no punctuation; (start, end, lines) or None."""
        if marked(body):
            return None
        for m in EACH_TAIL.finditer(body, s, e):
            got = count_value(m.group("n")) and (self._listed_before(body, s, m, customer) or
                                                 self._listed_after(body, s, e, m, customer))
            if got:
                return got
        return None

    def _listed_before(self, body: str, s: int, m: re.Match, customer: str | None):
        """The variants said between a family and their count ("… and front door 24 each"), or None."""
        joins = list(SPACED_AND.finditer(body, s, m.start()))
        if not joins:
            return None
        words = list(WORD.finditer(body, s, joins[-1].start()))
        after, q = body[joins[-1].end() : m.start()].split(), self._qty(m, "n")
        for n in range(1, min(MAX_NAMES * MAX_PHRASE, len(words) - 1) + 1):
            head, start = self._head(body, s, words[-n].start())
            names = self._phrases([w.group(0) for w in words[-n:]], after, set(terms(head))) if head else None
            if not names or len(after) - len(names[-1].split()) > MAX_FILLER:
                continue
            lines = self._variant_set(mention_text(head), [(w, q) for w in names], customer)
            if lines:
                return start, m.end(), lines
        return None

    def _listed_after(self, body: str, s: int, e: int, m: re.Match, customer: str | None):
        """The variants said after their count, the family before it ("reels - 10 each of rosie daisy and ruby")."""
        of = OF_THE.match(body, m.end())
        join = SPACED_AND.search(body, of.end(), e) if of else None
        head, start = self._head(body, s, m.start()) if join else ("", s)
        if not head:
            return None
        run, after = body[of.end() : join.start()].split(), list(WORD.finditer(body, join.end(), e))
        names = self._phrases(run, [w.group(0) for w in after[:MAX_PHRASE]], set(terms(head)))
        q = self._qty(m, "n")
        lines = self._variant_set(mention_text(head), [(w, q) for w in names], customer) if names else None
        return (start, after[len(names[-1].split()) - 1].end(), lines) if lines else None
